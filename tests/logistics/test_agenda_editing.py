"""Adding and editing sessions and items on the Agenda page, through their dialogs."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTime  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from meetingdesk.services.drafting import documents
from meetingdesk.services.logistics import agenda as agenda_service  # noqa: E402
from meetingdesk.services.logistics import participants  # noqa: E402
from meetingdesk.ui.logistics.agenda_view import AgendaView  # noqa: E402
from meetingdesk.ui.logistics.item_dialog import ItemDialog  # noqa: E402
from meetingdesk.ui.logistics.session_dialog import RoomDialog, SessionDialog  # noqa: E402
from meetingdesk.ui.qtnames import OK  # noqa: E402

LEFT = Qt.MouseButton.LeftButton


def _person(desk, meeting_id: int, family: str) -> int:
    return next(
        p.id for p in participants.list_participants(desk, meeting_id) if p.family_name == family
    )


def _check(dialog: SessionDialog, person_id: int) -> None:
    for i in range(dialog.speakers.count()):
        row = dialog.speakers.item(i)
        if row.data(Qt.ItemDataRole.UserRole) == person_id:
            row.setCheckState(Qt.CheckState.Checked)


def _audit_count(desk) -> int:
    from sqlalchemy import func, select

    from meetingdesk.model import AuditEvent

    with desk.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent))


def test_add_a_session_through_the_dialog(qtbot, navigate, window, monkeypatch):
    view = navigate(window, AgendaView)
    desk, meeting = window.hub.desk, window.hub.meeting
    yamada = _person(desk, meeting.id, "Yamada")
    head_fra = _person(desk, meeting.id, "HeadFra")

    def run(dialog: SessionDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("working_lunch"))
        qtbot.keyClicks(dialog.title_en, "Working lunch: digital economy")
        dialog.title_ja.setText("ワーキングランチ")  # keyClicks types ASCII only
        assert dialog.day.count() == 2  # 29 and 30 April
        dialog.day.setCurrentIndex(1)
        dialog.start.setTime(QTime(12, 30))
        dialog.end.setTime(QTime(14, 0))
        dialog.room.setCurrentIndex(dialog.room.findText("Main Hall", Qt.MatchFlag.MatchStartsWith))
        dialog.chair.setCurrentIndex(dialog.chair.findData(yamada))
        dialog.speaker_filter.setText("fra")
        shown = [dialog.speakers.item(i) for i in range(dialog.speakers.count())]
        assert [r.text() for r in shown if not r.isHidden()] == ["Alex HEADFRA — FRA"]
        _check(dialog, head_fra)
        assert dialog.speakers_label.text() == "Speakers (1)"
        assert dialog.error.isHidden()
        qtbot.mouseClick(dialog.buttons.button(OK), LEFT)
        return dialog.result()

    monkeypatch.setattr(SessionDialog, "exec", run)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        qtbot.mouseClick(view.add_session_button, LEFT)
    added = next(x for x in view.sessions() if x.title_en.startswith("Working lunch"))
    # 12:30–14:00 in Tokyo (UTC+9) on 30 April is 03:30–05:00 UTC.
    assert added.starts_at == datetime(2016, 4, 30, 3, 30, tzinfo=UTC)
    assert added.ends_at == datetime(2016, 4, 30, 5, 0, tzinfo=UTC)
    stored = agenda_service.get_session(desk, added.id)
    assert (stored.kind, stored.title_ja, stored.room_name) == (
        "working_lunch",
        "ワーキングランチ",
        "Main Hall",
    )
    assert stored.chair_id == yamada and stored.speaker_ids == (head_fra,)
    row = view.editor.session_item(added.id)
    assert row.text(0) == "12:30–14:00" and view.editor.tree.currentItem() is row
    assert view.editor.tree.indexOfTopLevelItem(row.parent()) == 1  # the second day


def test_edit_a_session_room_and_chair(qtbot, navigate, window, monkeypatch):
    view = navigate(window, AgendaView)
    desk, meeting = window.hub.desk, window.hub.meeting
    opening = view.sessions()[0]
    head_jpn = _person(desk, meeting.id, "HeadJpn")
    monkeypatch.setattr(
        RoomDialog,
        "get_room",
        classmethod(
            lambda _cls, _parent: (
                {"name_en": "Room 61", "name_ja": "61号室", "capacity": 40},
                True,
            )
        ),
    )

    def run(dialog: SessionDialog) -> int:
        assert dialog.title_en.text() == "Opening session"
        assert dialog.start.time() == QTime(9, 30) and dialog.end.time() == QTime(10, 30)
        assert dialog.room.currentText().startswith("Main Hall")
        qtbot.mouseClick(dialog.new_room_button, LEFT)
        assert dialog.room.currentText() == "Room 61 / 61号室"
        dialog.chair.setCurrentIndex(dialog.chair.findData(head_jpn))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SessionDialog, "exec", run)
    view.select_session(opening.id)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        qtbot.mouseClick(view.edit_button, LEFT)
    stored = agenda_service.get_session(desk, opening.id)
    assert stored.room_name == "Room 61" and stored.chair_id == head_jpn
    assert stored.starts_at == opening.starts_at and stored.ends_at == opening.ends_at
    assert stored.row_version > opening.row_version
    rooms = {r.name_en: r for r in agenda_service.list_rooms(desk, meeting.id)}
    assert rooms["Room 61"].capacity == 40
    row = view.editor.session_item(opening.id)
    assert row.text(3) == "Room 61" and row.text(4) == "Alex HEADJPN"


def test_add_an_item_linked_to_a_document(qtbot, navigate, window, monkeypatch):
    view = navigate(window, AgendaView)
    desk, meeting = window.hub.desk, window.hub.meeting
    second = view.sessions()[1]
    decl = next(
        d for d in documents.list_documents(desk, meeting.id) if d.short_name == "declaration"
    )

    def run(dialog: ItemDialog) -> int:
        assert dialog.session.currentData() == second.id  # the selected session
        assert not dialog.buttons.button(OK).isEnabled()  # no title yet
        qtbot.keyClicks(dialog.title_en, "Adoption of the Joint Declaration")
        dialog.title_ja.setText("共同宣言の採択")  # keyClicks types ASCII only
        dialog.document.setCurrentIndex(dialog.document.findData(decl.id))
        qtbot.mouseClick(dialog.buttons.button(OK), LEFT)
        return dialog.result()

    monkeypatch.setattr(ItemDialog, "exec", run)
    view.select_session(second.id)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        qtbot.mouseClick(view.add_item_button, LEFT)
    items = agenda_service.get_session(desk, second.id).items
    assert [i.title_en for i in items][-1] == "Adoption of the Joint Declaration"
    assert (items[-1].title_ja, items[-1].document_id) == ("共同宣言の採択", decl.id)
    current = view.editor.tree.currentItem()
    assert current.text(1) == "Adoption of the Joint Declaration  [declaration]"


def test_edit_an_item_by_double_click(qtbot, navigate, window, monkeypatch):
    view = navigate(window, AgendaView)
    desk, meeting = window.hub.desk, window.hub.meeting
    welcome = view.sessions()[0].items[0]
    annex = next(d for d in documents.list_documents(desk, meeting.id) if d.short_name == "annex")

    def run(dialog: ItemDialog) -> int:
        assert dialog.title_en.text() == "Welcome" and not dialog.session.isEnabled()
        dialog.title_en.clear()
        qtbot.keyClicks(dialog.title_en, "Welcome address")
        dialog.document.setCurrentIndex(dialog.document.findData(annex.id))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ItemDialog, "exec", run)
    row = view.editor.entry_item("item", welcome.id)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.editor.tree.itemDoubleClicked.emit(row, 1)
    stored = agenda_service.get_session(desk, view.sessions()[0].id).items[0]
    assert (stored.id, stored.title_en, stored.title_ja) == (
        welcome.id,
        "Welcome address",
        "歓迎の挨拶",
    )
    assert stored.document_id == annex.id and stored.row_version > welcome.row_version
    assert view.editor.current_entry() == ("item", welcome.id)


def test_a_stale_edit_is_refused_and_the_page_reloads(qtbot, navigate, window, monkeypatch, boxes):
    view = navigate(window, AgendaView)
    desk = window.hub.desk
    seen = view.sessions()[0]
    # Someone else renames the session after this page showed it.
    agenda_service.edit_session(
        desk, seen.id, expected_version=seen.row_version, title_en="Opening plenary"
    )

    def run(dialog: SessionDialog) -> int:
        assert dialog.title_en.text() == "Opening session"  # what the page showed
        dialog.title_en.clear()
        qtbot.keyClicks(dialog.title_en, "Opening ceremony")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SessionDialog, "exec", run)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        assert view.edit_session(seen.id) is None
    assert boxes.kinds() == ["warning"]
    assert boxes.shown[0][1] == "Changed by someone else"
    assert "Nothing was saved" in boxes.texts()
    assert agenda_service.get_session(desk, seen.id).title_en == "Opening plenary"
    assert view.editor.session_item(seen.id).text(1) == "Opening plenary"  # reloaded


def test_end_before_start_is_shown_in_the_dialog_and_nothing_is_written(
    qtbot, navigate, window, monkeypatch
):
    view = navigate(window, AgendaView)
    desk = window.hub.desk
    before = (len(view.sessions()), _audit_count(desk))
    seen: dict[str, object] = {}

    def run(dialog: SessionDialog) -> int:
        qtbot.keyClicks(dialog.title_en, "Press conference")
        dialog.start.setTime(QTime(16, 0))
        dialog.end.setTime(QTime(15, 30))
        seen["error"] = dialog.error.text()
        seen["visible"] = not dialog.error.isHidden()
        seen["ok"] = dialog.buttons.button(OK).isEnabled()
        qtbot.mouseClick(dialog.buttons.button(OK), LEFT)  # disabled: nothing happens
        seen["result"] = dialog.result()
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(SessionDialog, "exec", run)
    assert view.add_session() is None
    assert "ends before it starts" in str(seen["error"]) and seen["visible"]
    assert seen["ok"] is False and seen["result"] != QDialog.DialogCode.Accepted
    assert (
        len(agenda_service.list_sessions(desk, window.hub.meeting_id)),
        _audit_count(desk),
    ) == before


def test_moving_the_start_keeps_the_length(qtbot, window):
    dialog = SessionDialog(window.hub.desk, window.hub.meeting)
    qtbot.addWidget(dialog)
    assert (dialog.start.time(), dialog.end.time()) == (QTime(9, 0), QTime(10, 0))
    dialog.end.setTime(QTime(10, 45))
    dialog.start.setTime(QTime(14, 0))
    assert dialog.end.time() == QTime(15, 45)
    assert not dialog.buttons.button(OK).isEnabled()  # still no English title
    assert "English title" in dialog.error.text()


def test_a_skipped_summer_time_hour_is_refused_in_the_dialog(qtbot, window):
    # Paris skipped 02:00–03:00 on 27 March 2016.
    paris = dataclasses.replace(
        window.hub.meeting,
        time_zone="Europe/Paris",
        start_date=date(2016, 3, 26),
        end_date=date(2016, 3, 27),
    )
    dialog = SessionDialog(window.hub.desk, paris)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_en, "Night session")
    dialog.day.setCurrentIndex(1)
    dialog.start.setTime(QTime(2, 30))
    assert "02:30 does not exist" in dialog.error.text()
    assert not dialog.buttons.button(OK).isEnabled()
    dialog.start.setTime(QTime(3, 0))
    assert dialog.error.isHidden() and dialog.buttons.button(OK).isEnabled()
    data = dialog.values()
    assert data["starts_at"] == datetime(2016, 3, 27, 1, 0, tzinfo=UTC)  # 03:00 CEST


def test_dialog_values_are_stored_on_sqlite_and_postgresql(qtbot, desk):
    """The dialog's values, written by the service, come back as they were entered."""
    from meetingdesk.services import meetings
    from meetingdesk.services.logistics import delegations

    m = meetings.create_meeting(
        desk,
        title_en="ICT Ministers",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
    )
    d = delegations.add_delegation(desk, m.id, code="JPN", name_en="Japan", kind="member")
    chair = participants.add_participant(desk, d.id, family_name="Takaichi", role="head")
    dialog = SessionDialog(desk, m)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_en, "Opening")
    dialog.start.setTime(QTime(9, 30))
    dialog.chair.setCurrentIndex(dialog.chair.findData(chair.id))
    _check(dialog, chair.id)
    session_id = agenda_service.add_session(desk, m.id, **dialog.values())
    stored = agenda_service.get_session(desk, session_id)
    assert stored.starts_at == datetime(2016, 4, 29, 0, 30, tzinfo=UTC)
    assert stored.ends_at == datetime(2016, 4, 29, 1, 30, tzinfo=UTC)
    assert (stored.chair_id, stored.speaker_ids, stored.room_id) == (chair.id, (chair.id,), None)
    again = SessionDialog(desk, m, stored)
    qtbot.addWidget(again)
    assert again.values() == {
        "kind": "plenary",
        "title_en": "Opening",
        "title_ja": "",
        "starts_at": stored.starts_at,
        "ends_at": stored.ends_at,
        "room_id": None,
        "chair_id": chair.id,
        "speaker_ids": (chair.id,),
    }


def test_remove_a_session_and_its_calendar_cancels_it(qtbot, navigate, window):
    import icalendar

    from meetingdesk.services.logistics.schedule import calendar_ics

    view = navigate(window, AgendaView)
    desk, meeting = window.hub.desk, window.hub.meeting
    seen = view.sessions()[-1]
    view.select_session(seen.id)
    assert view.remove_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        assert view.remove_selected(confirm=False)
    assert seen.id not in [x.id for x in view.sessions()]
    assert view.editor.session_item(seen.id) is None
    cal = icalendar.Calendar.from_ical(calendar_ics(desk, meeting.id))
    gone = [e for e in cal.walk("VEVENT") if str(e["uid"]).startswith(seen.uuid)]
    assert [str(e["status"]) for e in gone] == ["CANCELLED"]
