"""New meeting, Open database (good and bad), Recent databases and Backup, through the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from meetingdesk.services import meetings
from meetingdesk.services.base import Desk
from meetingdesk.ui import settings
from meetingdesk.ui.logistics.delegations_view import DelegationsView
from meetingdesk.ui.meetings.new_meeting import NewMeetingDialog
from meetingdesk.ui.meetings.open_database import OpenDatabaseDialog
from meetingdesk.ui.meetings.overview import OverviewView
from meetingdesk.ui.qtnames import OK


def fill_new_meeting(qtbot, dialog: NewMeetingDialog, title: str) -> None:
    qtbot.keyClicks(dialog.title_en, title)
    dialog.title_ja.setText("第二回会合")  # QTest cannot type kanji
    qtbot.keyClicks(dialog.city_en, "Kyoto")
    dialog.start.setDate(QDate(2017, 9, 25))
    dialog.end.setDate(QDate(2017, 9, 26))
    dialog.zone.setCurrentText("Asia/Tokyo")


def test_new_meeting_dialog_creates_the_meeting(qtbot, ui_desk):
    dialog = NewMeetingDialog(ui_desk)
    qtbot.addWidget(dialog)
    fill_new_meeting(qtbot, dialog, "Second Ministers' Meeting")
    qtbot.mouseClick(dialog.buttons.button(OK), _left())
    assert dialog.result() == QDialog.DialogCode.Accepted
    created = dialog.created
    assert created is not None and created.title_en == "Second Ministers' Meeting"
    stored = meetings.get_meeting(ui_desk, created.id)
    assert (stored.title_ja, stored.city_en, stored.time_zone) == (
        "第二回会合",
        "Kyoto",
        "Asia/Tokyo",
    )
    assert str(stored.start_date) == "2017-09-25" and str(stored.end_date) == "2017-09-26"


def test_new_meeting_dialog_refuses_bad_input_and_writes_nothing(qtbot, ui_desk):
    before = len(meetings.list_meetings(ui_desk))
    dialog = NewMeetingDialog(ui_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.buttons.button(OK), _left())  # no title
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "English title" in dialog.error.text()

    qtbot.keyClicks(dialog.title_en, "Zoned out")
    dialog.zone.setCurrentText("Mars/Olympus")
    qtbot.mouseClick(dialog.buttons.button(OK), _left())
    assert "Mars/Olympus" in dialog.error.text()
    assert dialog.isVisible()
    assert len(meetings.list_meetings(ui_desk)) == before
    dialog.reject()


def test_new_meeting_from_the_window_switches_to_it(qtbot, window, monkeypatch):
    def run(dialog: NewMeetingDialog) -> int:
        fill_new_meeting(qtbot, dialog, "Third Meeting")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewMeetingDialog, "exec", run)
    overview = window.view(OverviewView)
    with qtbot.waitSignal(overview.loaded, timeout=20_000):
        window.actions_.new_meeting.trigger()
    assert window.hub.meeting.title_en == "Third Meeting"
    assert overview.title_en.text() == "Third Meeting"
    assert "Third Meeting" in [m.title_en for m in window.meetings_listed()]
    assert window.meeting_box.currentText().startswith("Third Meeting")


def test_open_database_dialog_returns_a_sqlite_url(qtbot, tmp_path):
    dialog = OpenDatabaseDialog("sqlite:///x.sqlite")
    qtbot.addWidget(dialog)
    assert dialog.file_choice.isChecked() and not dialog.server.isEnabled()
    qtbot.keyClicks(dialog.path, str(tmp_path / "other.sqlite"))
    qtbot.mouseClick(dialog.buttons.button(OK), _left())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.url() == f"sqlite:///{tmp_path / 'other.sqlite'}"


def test_open_database_dialog_refuses_a_non_postgresql_server_url(qtbot):
    dialog = OpenDatabaseDialog("")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server_choice.setChecked(True)
    assert dialog.server.isEnabled() and not dialog.path.isEnabled()
    qtbot.keyClicks(dialog.server, "mysql://host/db")
    qtbot.mouseClick(dialog.buttons.button(OK), _left())
    assert dialog.isVisible() and "postgresql" in dialog.error.text()
    dialog.reject()


def test_open_database_reopens_on_another_file(qtbot, navigate, window, tmp_path, ui_desk):
    other_path = tmp_path / "other.sqlite"
    other = Desk.open(f"sqlite:///{other_path}", user="tester")
    meetings.create_meeting(
        other,
        title_en="Other Meeting",
        start_date=QDate(2020, 1, 1).toPython(),
        end_date=QDate(2020, 1, 2).toPython(),
    )
    other.close()

    old = window.hub.desk
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        window.open_database(str(other_path))
    assert window.hub.desk is not old
    assert str(other_path) in window.db_label.toolTip()
    assert window.hub.meeting.title_en == "Other Meeting"
    assert [m.title_en for m in window.meetings_listed()] == ["Other Meeting"]
    view = navigate(window, DelegationsView)
    assert view.delegations.rows() == []
    assert settings.last_database() == f"sqlite:///{other_path}"
    assert settings.recent_databases()[0] == f"sqlite:///{other_path}"

    # Recent databases lists it and brings the first one back.
    settings.remember_database(ui_desk.url)
    menu = window.actions_.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.data()]
    assert [a.data() for a in entries][:2] == [ui_desk.url, f"sqlite:///{other_path}"]
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        entries[0].trigger()
    assert window.hub.desk.url == ui_desk.url
    assert ui_desk.label in window.db_label.toolTip()
    assert window.hub.meeting.title_en == "Test ICT Ministers' Meeting"


def test_opening_a_bad_file_keeps_the_old_database(qtbot, window, tmp_path, boxes):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are meeting notes, not a database\n" * 10)
    old = window.hub.desk
    label = window.db_label.text()
    with qtbot.waitSignal(window.database_failed, timeout=20_000) as blocker:
        window.open_database(str(bad))
    assert "not a MeetingDesk database" in blocker.args[0]
    assert window.hub.desk is old
    assert window.db_label.text() == label
    assert boxes.kinds() == ["critical"]
    assert "not a MeetingDesk database" in boxes.texts() and old.label in boxes.texts()
    assert bad.read_text().startswith("these are meeting notes"), "the file is untouched"
    # The old database still answers.
    assert meetings.list_meetings(window.hub.desk)


def test_open_database_action_drives_the_dialog(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "fresh.sqlite"
    monkeypatch.setattr(
        OpenDatabaseDialog, "get_url", classmethod(lambda cls, parent, url="": (str(target), True))
    )
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        window.actions_.open_database.trigger()
    assert target.exists()
    assert window.hub.meeting is None
    assert str(target) in window.db_label.toolTip()


def test_backup_writes_a_file(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "copy.sqlite"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    with qtbot.waitSignal(window.backup_written, timeout=20_000) as blocker:
        window.actions_.backup.trigger()
    assert Path(blocker.args[0]).exists()
    assert out.read_bytes()[:16] == b"SQLite format 3\x00"
    copy = Desk.open(f"sqlite:///{out}", user="tester")
    try:
        titles = {m.title_en for m in meetings.list_meetings(copy)}
    finally:
        copy.close()
    assert "Test ICT Ministers' Meeting" in titles
    assert str(out) in window.statusBar().currentMessage()


def test_backup_into_a_missing_folder_says_why(qtbot, window, tmp_path, boxes):
    out = tmp_path / "no" / "such" / "folder" / "copy.sqlite"
    window.backup_to(out)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=20_000)
    assert boxes.kinds() == ["critical"]
    assert str(out.parent) in boxes.texts() or "folder" in boxes.texts()
    assert not out.exists()


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
