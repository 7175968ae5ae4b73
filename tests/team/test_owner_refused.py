"""Desktops never connect as the owner (issue 16): the window refuses the owner's login
before anything is changed and says which login to use; the command line keeps the owner
for maintenance (`server ...` and the other commands)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from meetingdesk.cli import main
from meetingdesk.services.base import Desk
from meetingdesk.store.engine import make_engine
from meetingdesk.store.server import ServerError

OWNER_HINT = "server add-user LOGIN --role ROLE"


def schema_of(url: str) -> str:
    engine = make_engine(url)
    try:
        with engine.connect() as c:
            return c.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


def test_the_owner_is_refused_for_a_desktop_before_any_migration(pg_factory):
    if pg_factory is None:
        pytest.skip("PostgreSQL not configured")
    url = pg_factory.empty()  # as the owner, Desk.open would create the schema here
    with pytest.raises(ServerError, match=f"desktops never connect as the owner.*{OWNER_HINT}"):
        Desk.open(url, desktop=True)
    engine = make_engine(url)
    try:
        with engine.connect() as c:
            tables = c.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
            assert tables.scalar() == 0  # nothing created, nothing migrated
    finally:
        engine.dispose()


def test_the_command_line_keeps_the_owner_for_maintenance(team_db, capsys):
    assert main(["server", "list-users", "--db", team_db]) == 0
    assert main(["check", "--db", team_db]) == 0
    desk = Desk.open(team_db)  # what every other command does
    try:
        assert desk.role == "owner"
    finally:
        desk.close()


def test_a_staff_login_still_opens_on_a_desktop(team_db, staff):
    desk = Desk.open(staff("drafter"), desktop=True)
    try:
        assert desk.role == "drafter"
    finally:
        desk.close()


def test_the_window_refuses_the_owner_in_one_translated_line(qtbot, tmp_path, team_db, boxes):
    from meetingdesk.ui.main_window import MainWindow

    starting = MainWindow()  # a start with --db naming the owner
    qtbot.addWidget(starting)
    with qtbot.waitSignal(starting.start_failed, timeout=60_000) as blocker:
        starting.open_first(team_db, remember=False)
    (reason,) = blocker.args
    assert starting.hub.desk is None
    assert "is the owner of" in reason and OWNER_HINT in reason and "\n" not in reason
    local = Desk.open(f"sqlite:///{tmp_path / 'local.sqlite'}", user="tester")
    window = MainWindow(local)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_failed, timeout=30_000) as failed:
        window.open_database(team_db)
    assert OWNER_HINT in failed.args[0]
    kind, _title, shown = boxes.shown[-1]
    assert kind == "critical" and OWNER_HINT in shown
    assert window.hub.desk is local  # the window keeps its database
    window.close()
    local.close()
