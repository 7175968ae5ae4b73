"""Shared fixtures: a real SQLite file and, where configured, a real PostgreSQL server.

MEETINGDESK_TEST_PG names a PostgreSQL server URL (any database on it, e.g. .../postgres);
each test gets a fresh database cloned from a migrated template. Without it the PostgreSQL
variants are skipped with a visible reason — except under CI (CI=true), where a missing
server is an error, so CI can never pass without running them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_ENV = "MEETINGDESK_TEST_PG"


@pytest.fixture(autouse=True)
def _collect_qt_garbage_between_tests():
    """After a test that used Qt: let background jobs finish, then run the cyclic garbage
    collector now, while no worker thread runs, instead of at a random moment of the next
    test (where it met a worker inside SQLAlchemy and crashed the process under load)."""
    yield
    import gc
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        return
    from meetingdesk.ui.jobs import wait_for_jobs

    wait_for_jobs(30_000)
    QCoreApplication.sendPostedEvents(None, 0)  # deferred deletes of closed widgets
    QCoreApplication.processEvents()
    gc.collect()


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Never touch the real user data folder or a database named in the environment."""
    monkeypatch.setenv("MEETINGDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("MEETINGDESK_DB", raising=False)
    monkeypatch.setenv("MEETINGDESK_USER", "tester")


def pg_server_url() -> str | None:
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{PG_ENV} is not set under CI: the PostgreSQL tests must run")
        return None
    return url


class PgFactory:
    """Creates throw-away databases on the configured server, cloned from a template."""

    def __init__(self, server_url: str) -> None:
        self.server = make_url(server_url).set(database="postgres")
        self.admin = create_engine(self.server, isolation_level="AUTOCOMMIT")
        self.template: str | None = None
        self.created: list[str] = []

    def _url(self, name: str) -> str:
        return self.server.set(database=name).render_as_string(hide_password=False)

    def empty(self) -> str:
        name = f"md_test_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        self.created.append(name)
        return self._url(name)

    def migrated(self) -> str:
        from meetingdesk.store.migrate import upgrade

        if self.template is None:
            url = self.empty()
            upgrade(url)
            self.template = make_url(url).database
        name = f"md_test_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"'))
        self.created.append(name)
        return self._url(name)

    def drop_all(self) -> None:
        with self.admin.connect() as c:
            for name in reversed(self.created):
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_factory() -> Iterator[PgFactory | None]:
    url = pg_server_url()
    if url is None:
        yield None
        return
    factory = PgFactory(url)
    try:
        yield factory
    finally:
        factory.drop_all()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path: Path, pg_factory: PgFactory | None) -> str:
    """A URL to a migrated, empty database on each engine."""
    if request.param == "sqlite":
        from meetingdesk.store.migrate import upgrade

        url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
        upgrade(url)
        return url
    if pg_factory is None:
        pytest.skip(f"PostgreSQL not configured: set {PG_ENV} to a server URL")
    return pg_factory.migrated()


@pytest.fixture
def desk(db_url: str):
    from meetingdesk.services.base import Desk

    d = Desk.open(db_url, user="tester")
    try:
        yield d
    finally:
        d.close()


@pytest.fixture
def sqlite_desk(tmp_path: Path):
    from meetingdesk.services.base import Desk

    d = Desk.open(f"sqlite:///{tmp_path / 'desk.sqlite'}", user="tester")
    try:
        yield d
    finally:
        d.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with the demo meeting, built once and copied per test."""
    from meetingdesk.services.base import Desk
    from meetingdesk.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    d = Desk.open(f"sqlite:///{path}", user="demo")
    load_demo(d)
    d.close()
    return path


@pytest.fixture
def demo_desk(_demo_template: Path, tmp_path: Path):
    """A desk on a private copy of the demo meeting (SQLite file)."""
    from meetingdesk.services.base import Desk
    from meetingdesk.store.migrate import backup_sqlite

    path = tmp_path / "demo.sqlite"
    backup_sqlite(_demo_template, path)
    d = Desk.open(f"sqlite:///{path}", user="tester")
    try:
        yield d
    finally:
        d.close()
