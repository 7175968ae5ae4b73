"""A team server for each test: a fresh database set up by `server init`, and staff logins.

Roles are cluster-wide and the test server is shared with other test runs: every login is
unique to its test and dropped afterwards; the three group roles are created once and kept
(server init is idempotent about them).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

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
