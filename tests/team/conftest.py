"""A team server for each test: a fresh database set up by `server init`, and staff logins.

Roles are cluster-wide and the test server is shared with other test runs: every login is
unique to its test and dropped afterwards; the three group roles are created once and kept
(server init is idempotent about them).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

PG_ENV = "MEETINGDESK_TEST_PG"


@pytest.fixture
def team_db(pg_factory) -> str:
    """The owner's URL of a database on which `server init` has run."""
    if pg_factory is None:
        pytest.skip(f"PostgreSQL not configured: set {PG_ENV} to a server URL")
    from meetingdesk.store.server import init_server

    url = pg_factory.empty()
    init_server(url)
    return url


@pytest.fixture
def staff(team_db: str, pg_factory) -> Iterator[Callable[..., str]]:
    """make(role) → the URL of a new login in that group (password 'pw', trust auth here)."""
    from meetingdesk.store.engine import make_engine
    from meetingdesk.store.server import add_user

    made: list[str] = []
    owner = make_engine(team_db)

    def make(role: str | None, name: str = "") -> str:
        login = f"md_t_{uuid.uuid4().hex[:10]}_{name or role or 'none'}"
        if role is None:
            with owner.begin() as c:
                c.execute(text(f'CREATE ROLE "{login}" LOGIN'))
        else:
            add_user(owner, login, role, "pw")
        made.append(login)
        return make_url(team_db).set(username=login).render_as_string(hide_password=False)

    try:
        yield make
    finally:
        owner.dispose()
        with pg_factory.admin.connect() as c:
            for login in made:
                c.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :u"
                    ),
                    {"u": login},
                )
                c.execute(text(f'DROP ROLE IF EXISTS "{login}"'))


# -- a server that checks passwords (the shared test server trusts 127.0.0.1) ---------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def scram_server() -> Iterator[str]:
    """A throwaway PostgreSQL with scram-sha-256 logins, run as the postgres system user."""
    initdb = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    runuser = shutil.which("runuser")
    if not initdb or runuser is None or os.geteuid() != 0:
        pytest.skip("needs root, runuser and PostgreSQL's initdb to start a password server")
    bindir = Path(initdb[-1]).parent
    folder = Path(tempfile.mkdtemp(prefix="md_scram_"))
    os.chmod(folder, 0o755)
    data = folder / "data"
    pwfile = folder / "pw"
    pwfile.write_text("ownerpw\n", encoding="utf-8")
    shutil.chown(folder, "postgres")
    shutil.chown(pwfile, "postgres")
    port = _free_port()
    as_pg = [runuser, "-u", "postgres", "--"]
    subprocess.run(
        [
            *as_pg,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-A",
            "scram-sha-256",
            "-U",
            "postgres",
            f"--pwfile={pwfile}",
        ],
        check=True,
        capture_output=True,
    )
    opts = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        [
            *as_pg,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            opts,
            "-w",
            "-l",
            str(folder / "log"),
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres:ownerpw@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*as_pg, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def scram_db(scram_server) -> Callable[[], str]:
    """new() → the owner's URL of a fresh initialised database on the password server."""
    import sqlalchemy

    from meetingdesk.store.server import init_server

    def new() -> str:
        name = f"md_scram_{uuid.uuid4().hex[:8]}"
        admin = sqlalchemy.create_engine(scram_server, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        url = make_url(scram_server).set(database=name).render_as_string(hide_password=False)
        init_server(url)
        return url

    return new


@pytest.fixture
def scram_staff(scram_db) -> Callable[[str, str], tuple[str, str]]:
    """new(role, name) → (login, URL without password) of a fresh login on a fresh database
    of the password server; its password is "right horse"."""
    from meetingdesk.store.engine import make_engine
    from meetingdesk.store.server import add_user

    def new(role: str, name: str) -> tuple[str, str]:
        owner_url = make_url(scram_db())
        owner = make_engine(owner_url.render_as_string(hide_password=False))
        login = f"{name}.{uuid.uuid4().hex[:6]}"
        add_user(owner, login, role, "right horse")
        owner.dispose()
        url = f"postgresql+psycopg://{login}@127.0.0.1:{owner_url.port}/{owner_url.database}"
        return login, url

    return new
