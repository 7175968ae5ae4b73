"""Export and print actions: a Hub on a private copy of the demo meeting; PDF fixtures."""

from __future__ import annotations

import pytest


def make_hub(desk):
    from meetingdesk.services import meetings
    from meetingdesk.ui.hub import Hub

    hub = Hub(desk)
    hub.set_meeting(meetings.list_meetings(desk)[0])
    return hub


@pytest.fixture
def hub(demo_desk):
    return make_hub(demo_desk)


@pytest.fixture
def statuses(hub) -> list[str]:
    said: list[str] = []
    hub.status_message.connect(said.append)
    return said


@pytest.fixture
def controller(qtbot, hub):
    from PySide6.QtWidgets import QWidget

    from meetingdesk.ui.exports import ExportController

    host = QWidget()
    qtbot.addWidget(host)
    return ExportController(hub, host)


def doc_id(hub, short_name: str) -> int:
    from meetingdesk.services.drafting import documents

    return documents.find_document(hub.desk, hub.meeting_id, short_name).id


@pytest.fixture
def demo(demo_desk):
    from meetingdesk.services import meetings

    return demo_desk, meetings.list_meetings(demo_desk)[0].id
