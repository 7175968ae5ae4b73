"""Harness for the export and print actions: a Hub on a private copy of the demo meeting,
settings in a temp folder, message boxes and the system PDF viewer recorded instead of
shown, background jobs drained after each test. Offscreen (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtGui import QDesktopServices  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from meetingdesk import APP_NAME, ORG_NAME  # noqa: E402


class Boxes:
    """What the stubbed QMessageBox was asked to show."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []

    def kinds(self) -> list[str]:
        return [k for k, _t, _m in self.shown]

    def texts(self) -> str:
        return "\n".join(m for _k, _t, m in self.shown)


@pytest.fixture(autouse=True)
def qt_settings(qapp, tmp_path: Path) -> Iterator[None]:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> Boxes:
    record = Boxes()

    def stub(kind: str):
        def show(_parent, title, text, *args, **kwargs):
            record.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, stub(kind))
    return record


@pytest.fixture(autouse=True)
def opened(monkeypatch) -> list[str]:
    """Local files the program asked the system viewer to open."""
    calls: list[str] = []

    def open_url(url) -> bool:
        calls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return calls


@pytest.fixture(autouse=True)
def drain_jobs(qapp) -> Iterator[None]:
    yield
    from meetingdesk.ui.jobs import wait_for_jobs

    assert wait_for_jobs(30_000), "background jobs still running after the test"


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

    from meetingdesk.ui.exporting import ExportController

    host = QWidget()
    qtbot.addWidget(host)
    return ExportController(hub, host)


def doc_id(hub, short_name: str) -> int:
    from meetingdesk.services import documents

    return documents.find_document(hub.desk, hub.meeting_id, short_name).id
