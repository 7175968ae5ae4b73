"""Harness for the drafting window: the demo meeting on a private SQLite copy, message
boxes recorded instead of shown, settings in a temp folder, background jobs drained."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from meetingdesk import APP_NAME, ORG_NAME  # noqa: E402


class Boxes:
    """What the stubbed QMessageBox was asked to show; ``answer`` is what it returns."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Ok

    def texts(self) -> str:
        return "\n".join(m for _k, _t, m in self.shown)


@pytest.fixture(autouse=True)
def qt_settings(qapp, tmp_path: Path) -> Iterator[None]:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> Boxes:
    record = Boxes()

    def stub(kind: str):
        def show(_parent, title, text, *args, **kwargs):
            record.shown.append((kind, title, text))
            return record.answer

        return staticmethod(show)

    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, stub(kind))
    return record


@pytest.fixture(autouse=True)
def drain_jobs(qapp) -> Iterator[None]:
    yield
    from meetingdesk.ui.jobs import wait_for_jobs

    assert wait_for_jobs(30_000), "background jobs still running after the test"


@pytest.fixture(scope="session")
def _drafting_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from meetingdesk.services.base import Desk
    from meetingdesk.services.demo import load_demo

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
    from meetingdesk.services import documents, meetings

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
