"""The drafting window on a private SQLite copy of the demo meeting."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")


@pytest.fixture
def drafting_desk(demo_desk):
    """The demo meeting (a private copy), as the drafting tests call it."""
    return demo_desk


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
