"""pytest-qt: the participant dialog, the import dialog, the agenda editor, the seating view."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView  # noqa: E402

from meetingdesk.services.logistics import agenda as ag  # noqa: E402
from meetingdesk.services.logistics import delegations as dl  # noqa: E402
from meetingdesk.services.logistics import participants as pt  # noqa: E402
from meetingdesk.services.logistics.seating import get_seating  # noqa: E402

from .conftest import jst  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


def test_edit_participant_in_dialog(qtbot, g7_sqlite):
    from meetingdesk.ui.logistics.participant_dialog import ParticipantDialog

    g7 = g7_sqlite
    desk = g7.desk
    p = pt.add_participant(desk, g7.delegations["FRA"], family_name="Lemaire", arrival=jst(28, 15))
    dels = dl.list_delegations(desk, g7.meeting_id)
    dialog = ParticipantDialog(dels, "Asia/Tokyo", p)
    qtbot.addWidget(dialog)
    assert dialog.arrival.edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2016-04-28 15:00"
    dialog.fields["given_name"].clear()
    qtbot.keyClicks(dialog.fields["given_name"], "Axelle")
    dialog.role.setCurrentIndex(dialog.role.findData("head"))
    dialog.accreditation.setCurrentIndex(dialog.accreditation.findData("accredited"))
    dialog.departure.enabled.setChecked(True)
    dialog.departure.set_value(jst(30, 18))
    dialog.fields["family_name"].clear()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.fields["family_name"], "Lemaire")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    data = dialog.values()
    saved = pt.edit_participant(desk, p.id, expected_version=p.row_version, **data)
    assert (saved.given_name, saved.role, saved.accreditation) == ("Axelle", "head", "accredited")
    assert saved.arrival == datetime(2016, 4, 28, 6, tzinfo=UTC)
    assert saved.departure == datetime(2016, 4, 30, 9, tzinfo=UTC)


def _load(qtbot, dialog, path):
    with qtbot.waitSignal(dialog.previewed, timeout=60_000):
        dialog.load_file(path)


def test_import_dialog_confirm_only_when_clean(qtbot, g7_sqlite):
    from meetingdesk.ui.logistics.import_dialog import ImportDialog

    g7 = g7_sqlite
    dialog = ImportDialog(g7.desk, g7.meeting_id)
    qtbot.addWidget(dialog)
    _load(qtbot, dialog, FIXTURES / "participants_bad.csv")
    assert not dialog.confirm.isEnabled()
    assert dialog.errors.rowCount() == 12 and dialog.errors.item(0, 0).text() == "3"
    _load(qtbot, dialog, FIXTURES / "participants_good.csv")
    assert dialog.confirm.isEnabled() and dialog.table.rowCount() == 3
    assert dialog.read_as.text() == "Read as: CSV, UTF-8"
    assert dialog.table.item(0, 4).text() == "2016-04-28 15:00"  # arrival, meeting zone
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as blocker:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert blocker.args == [3]
    assert len(pt.list_participants(g7.desk, g7.meeting_id)) == 3


def test_import_dialog_mapping_step_and_decisions(qtbot, g7_sqlite, tmp_path):
    from meetingdesk.ui.logistics.import_dialog import ImportDialog

    from .registration_files import INDICO_HEADER, INDICO_ROWS, write_csv

    g7 = g7_sqlite
    rows = [
        *INDICO_ROWS,
        (
            "105",
            "Mr",
            "Luc",
            "Bernard",
            "luc@example.fr",
            "Permanent Delegation of France to the OECD",
            "Counsellor",
            "France",
            "",
            "2016-03-05 10:00:00",
            "complete",
        ),
    ]
    path = write_csv(tmp_path / "registrants.csv", INDICO_HEADER, rows, "utf-16")
    dialog = ImportDialog(g7.desk, g7.meeting_id)
    qtbot.addWidget(dialog)
    _load(qtbot, dialog, path)
    assert dialog.read_as.text() == "Read as: CSV, UTF-16"
    assert dialog.mapping.rowCount() == len(INDICO_HEADER)
    assert dialog.mapping.combos[3].currentData() == "family_name"  # Last Name
    assert dialog.mapping.combos[0].currentData() == ""  # ID: not recognised
    assert not dialog.confirm.isEnabled() and dialog.tabs.currentIndex() == 0
    with qtbot.waitSignal(dialog.previewed, timeout=60_000):
        dialog.ignore_unknown.setChecked(True)
    # Still one problem: row 6 names both France and the OECD.
    assert [dialog.errors.item(r, 0).text() for r in range(dialog.errors.rowCount())] == ["6"]
    assert dialog.decisions.rowCount() == 1
    combo = dialog.decisions.cellWidget(0, 1)
    with qtbot.waitSignal(dialog.previewed, timeout=60_000):
        combo.setCurrentIndex(combo.findData("FRA"))
    assert dialog.confirm.isEnabled(), dialog.summary.text()
    # Read "Position" as the Japanese position instead: the file is read again.
    position = dialog.mapping.combos[INDICO_HEADER.index("Position")]
    with qtbot.waitSignal(dialog.previewed, timeout=60_000):
        position.setCurrentIndex(position.findData("position_ja"))
    assert dialog.preview.rows[0].get("position_ja") == "Director"
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as blocker:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert blocker.args == [5]
    people = {p.family_name: p for p in pt.list_participants(g7.desk, g7.meeting_id)}
    assert people["Bernard"].delegation_code == "FRA"
    assert people["Durand"].delegation_code == "OECD"
    # The same layout next time: the choices were remembered.
    again = ImportDialog(g7.desk, g7.meeting_id)
    qtbot.addWidget(again)
    _load(qtbot, again, path)
    assert again.mapping.combos[INDICO_HEADER.index("Position")].currentData() == "position_ja"
    assert again.mapping.combos[0].currentData() == ""
    assert again.errors.rowCount() == 1  # only the ambiguous row needs deciding again


def test_import_dialog_stop_reading(qtbot, g7_sqlite, tmp_path):
    from meetingdesk.ui.jobs import wait_for_jobs
    from meetingdesk.ui.logistics.import_dialog import ImportDialog

    from .registration_files import write_csv

    rows = [(f"Name{i}", "France") for i in range(20_000)]
    path = write_csv(tmp_path / "big.csv", ("Last Name", "Country"), rows)
    dialog = ImportDialog(g7_sqlite.desk, g7_sqlite.meeting_id)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    assert dialog.stop.isVisible() or not dialog.isVisible()
    dialog.cancel_reading()
    assert wait_for_jobs(60_000)
    assert "nothing was imported" in dialog.summary.text()
    assert not dialog.confirm.isEnabled()
    assert pt.list_participants(g7_sqlite.desk, g7_sqlite.meeting_id) == []


def test_clash_list_shows_each_clash(qtbot, g7_sqlite):
    from meetingdesk.services.logistics.schedule import clashes
    from meetingdesk.ui.logistics.clash_list import ClashList

    g7 = g7_sqlite
    a = ag.add_session(
        g7.desk,
        g7.meeting_id,
        title_en="A",
        starts_at=jst(29, 9),
        ends_at=jst(29, 10),
        room_id=g7.room,
    )
    ag.add_session(
        g7.desk,
        g7.meeting_id,
        title_en="B",
        starts_at=jst(29, 9),
        ends_at=jst(29, 11),
        room_id=g7.room,
    )
    widget = ClashList()
    qtbot.addWidget(widget)
    widget.set_clashes(clashes(g7.desk, g7.meeting_id), "Asia/Tokyo")
    assert widget.count() == 1
    assert "Main Hall" in widget.item(0).text() and "2016-04-29 09:00" in widget.item(0).text()
    with qtbot.waitSignal(widget.sessionRequested) as blocker:
        widget.itemActivated.emit(widget.item(0))
    assert blocker.args == [a]


def test_move_session_in_agenda_editor(qtbot, g7_sqlite):
    from meetingdesk.ui.logistics.agenda_editor import AgendaEditor

    g7 = g7_sqlite
    desk, mid = g7.desk, g7.meeting_id
    first = ag.add_session(desk, mid, title_en="Opening", starts_at=jst(29, 9), ends_at=jst(29, 10))
    ag.add_session(desk, mid, title_en="Session 1", starts_at=jst(29, 10), ends_at=jst(29, 12))
    last = ag.add_session(
        desk,
        mid,
        title_en="Lunch",
        starts_at=jst(29, 12),
        ends_at=jst(29, 13),
        kind="working_lunch",
    )
    ag.add_item(desk, first, title_en="Welcome")
    editor = AgendaEditor(desk, mid)
    qtbot.addWidget(editor)
    day = editor.tree.topLevelItem(0)
    assert [day.child(i).text(1) for i in range(3)] == ["Opening", "Session 1", "Lunch"]
    dragged, target = editor.session_item(last), editor.session_item(first)
    with qtbot.waitSignal(editor.agendaChanged):
        assert editor.handle_drop(
            dragged, target, QAbstractItemView.DropIndicatorPosition.AboveItem
        )
    day = editor.tree.topLevelItem(0)
    assert [day.child(i).text(1) for i in range(3)] == ["Lunch", "Opening", "Session 1"]
    assert day.child(0).text(0) == "09:00–10:00"
    assert [x.title_en for x in ag.list_sessions(desk, mid)] == ["Lunch", "Opening", "Session 1"]
    # an item dropped onto another session moves there
    item = editor.session_item(first).child(0)
    with qtbot.waitSignal(editor.agendaChanged):
        editor.handle_drop(
            item, editor.session_item(last), QAbstractItemView.DropIndicatorPosition.OnItem
        )
    assert [i.title_en for i in ag.get_session(desk, last).items] == ["Welcome"]
    assert editor.session_item(last).child(0).text(1) == "Welcome"


def test_drag_a_seat(qtbot, g7_sqlite):
    from PySide6.QtTest import QTest

    from meetingdesk.ui.logistics.seating import SeatingView

    g7 = g7_sqlite
    view = SeatingView(g7.desk, g7.meeting_id)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    before = [s.code for s in view.plan.seats]
    source, target = view.item_for(1), view.item_for(2)
    start = view.mapFromScene(source.home)
    end = view.mapFromScene(target.home)
    with qtbot.waitSignal(view.seatingChanged) as blocker:
        QTest.mousePress(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start
        )
        for n in range(1, 11):
            QTest.mouseMove(view.viewport(), start + (end - start) * (n / 10))
        QTest.mouseRelease(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end
        )
    plan = blocker.args[0]
    expected = before[:]
    expected[1], expected[2] = expected[2], expected[1]
    assert [s.code for s in plan.seats] == expected
    assert [s.code for s in get_seating(g7.desk, g7.meeting_id).seats] == expected
    assert [item.seat.code for item in view.seat_items] == expected
    # a drop far from any seat puts the seat back and saves nothing
    item = view.item_for(3)
    item.setPos(0, 0)  # the middle of the table
    view.seat_dropped(item)
    assert item.pos() == item.home
    assert get_seating(g7.desk, g7.meeting_id).version == 1


def test_new_participant_defaults_to_member_and_the_meetings_first_day(qtbot, g7_sqlite):
    from datetime import date

    from meetingdesk.ui.logistics.participant_dialog import ParticipantDialog

    dels = dl.list_delegations(g7_sqlite.desk, g7_sqlite.meeting_id)
    fra = g7_sqlite.delegations["FRA"]
    dialog = ParticipantDialog(dels, "Asia/Tokyo", None, None, fra, date(2016, 4, 29))
    qtbot.addWidget(dialog)
    assert dialog.role.currentData() == "member"
    assert dialog.delegation.currentData() == fra
    dialog.arrival.enabled.setChecked(True)
    shown = dialog.arrival.edit.dateTime().toString("yyyy-MM-dd HH:mm")
    assert shown == "2016-04-29 09:00"
    assert dialog.arrival.value() == datetime(2016, 4, 29, 0, 0, tzinfo=UTC)  # 09:00 Tokyo
