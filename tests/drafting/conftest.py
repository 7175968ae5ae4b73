"""The drafting window on a private SQLite copy of the demo meeting."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")


@pytest.fixture(scope="session")
def _drafting_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from meetingdesk.demo.meeting import load_demo
    from meetingdesk.services.base import Desk

    path = tmp_path_factory.mktemp("drafting") / "demo.sqlite"
    desk = Desk.open(f"sqlite:///{path}", user="demo")
    try:
        load_demo(desk)
    finally:
        desk.close()
    return path


@pytest.fixture
def drafting_desk(_drafting_template: Path, tmp_path: Path):
    from meetingdesk.services.base import Desk
    from meetingdesk.store.migrate import backup_sqlite

    path = tmp_path / "desk.sqlite"
    backup_sqlite(_drafting_template, path)
    desk = Desk.open(f"sqlite:///{path}", user="tester")
    try:
        yield desk
    finally:
        desk.close()


@pytest.fixture
def declaration(drafting_desk):
    from meetingdesk.services import meetings
    from meetingdesk.services.drafting import documents

    meeting = meetings.list_meetings(drafting_desk)[0]
    return documents.find_document(drafting_desk, meeting.id, "declaration")


@pytest.fixture
def view(qtbot, drafting_desk, declaration):
    """The DraftingView on the demo declaration, shown."""
    from meetingdesk.services import meetings
    from meetingdesk.ui.drafting import DraftingView
    from meetingdesk.ui.hub import Hub

    hub = Hub(drafting_desk)
    hub.set_meeting(meetings.list_meetings(drafting_desk)[0])
    v = DraftingView(lambda: drafting_desk, hub)
    qtbot.addWidget(v)
    v.resize(1300, 850)
    v.show_document(declaration.id)
    v.show()
    qtbot.waitExposed(v)
    yield v
    v.close()
