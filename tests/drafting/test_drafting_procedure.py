"""The end of a negotiation in the drafting window: the silence procedure and lifting ad ref."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from meetingdesk.services import drafting
from meetingdesk.snapshots.drafting import ObjectionSnap, SilenceSnap
from meetingdesk.ui.drafting.silence import SilenceDialog, banner, duration_text


def _open_silence(qtbot, view) -> SilenceDialog:
    assert view.silence_action.isEnabled()
    view.silence_action.trigger()
    dialog = next(w for w in view.findChildren(SilenceDialog) if w.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def test_silence_deadline_in_another_zone_then_broken(qtbot, view, drafting_desk, boxes):
    doc_id = view.document_id
    assert not view.silence_label.isVisible()
    dialog = _open_silence(qtbot, view)
    assert "No silence procedure" in dialog.state.text()
    assert dialog.deadline_zone.currentText() == "Asia/Tokyo"  # the meeting's zone by default
    assert not dialog.object_button.isEnabled()  # nothing to object to yet

    day = datetime.now(UTC).date() + timedelta(days=3)
    dialog.deadline_date.setDate(QDate(day.year, day.month, day.day))
    dialog.deadline_time.setTime(QTime(12, 0))
    dialog.deadline_zone.setCurrentText("Europe/Paris")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)

    state = drafting.silence_state(drafting_desk, doc_id)
    paris = datetime(day.year, day.month, day.day, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert state.zone == "Europe/Paris" and state.deadline == paris
    text = dialog.state.text()
    assert f"{day:%Y-%m-%d} 12:00 (Europe/Paris)" in text
    tokyo = paris.astimezone(ZoneInfo("Asia/Tokyo"))
    assert f"{tokyo:%Y-%m-%d %H:%M} (Asia/Tokyo)" in text  # and in the meeting's time
    assert "Time left: 2 d" in text or "Time left: 3 d" in text

    assert view.silence_label.isVisible()
    assert view.silence_label.text().startswith(
        f"Under silence until {day:%Y-%m-%d} 12:00 (Europe/Paris)"
    )
    assert "meeting time (Asia/Tokyo)" in view.silence_label.text()

    # an objection dated before the procedure started is refused, with the reason
    index = dialog.delegation.findData("FRA")
    assert index >= 0
    dialog.delegation.setCurrentIndex(index)
    default_received = dialog.received.dateTime()
    dialog.received.setDateTime(QDateTime(QDate(2016, 4, 29), QTime(9, 0)))
    qtbot.mouseClick(dialog.object_button, Qt.MouseButton.LeftButton)
    assert "before the silence procedure started" in boxes.texts()
    assert not drafting.silence_state(drafting_desk, doc_id).objections
    boxes.shown.clear()

    # FRA objects in writing, received now (the default, in Tokyo time)
    dialog.received.setDateTime(default_received)
    assert dialog.received_zone.currentText() == "Asia/Tokyo"
    qtbot.keyClicks(dialog.note, "letter of the French delegation")
    qtbot.mouseClick(dialog.object_button, Qt.MouseButton.LeftButton)

    state = drafting.silence_state(drafting_desk, doc_id)
    assert state.broken and [o.delegation_code for o in state.objections] == ["FRA"]
    assert state.objections[0].note == "letter of the French delegation"
    assert view.silence_label.text() == "Silence broken by FRA"
    assert "Broken: FRA objected in time." in dialog.state.text()
    assert dialog.objections.rowCount() == 1
    assert dialog.objections.item(0, 0).text() == "FRA"
    assert not boxes.shown


def test_silence_refuses_unknown_zone_and_past_deadline(qtbot, view, drafting_desk, boxes):
    dialog = _open_silence(qtbot, view)
    dialog.deadline_zone.setCurrentText("Mars/Olympus_Mons")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert "Unknown time zone Mars/Olympus_Mons" in boxes.texts()

    dialog.deadline_zone.setCurrentText("Asia/Tokyo")
    dialog.deadline_date.setDate(QDate(2016, 4, 29))
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert "has already passed" in boxes.texts()
    assert not drafting.silence_state(drafting_desk, view.document_id).active
    assert not view.silence_label.isVisible()


def test_silence_expired_state_and_banner_texts(qtbot, view, drafting_desk):
    deadline = datetime.now(UTC) + timedelta(hours=5)
    drafting.set_silence(drafting_desk, view.document_id, deadline, "Asia/Tokyo")
    view.refresh()
    assert view.silence_label.text().startswith("Under silence until")
    assert "meeting time" not in view.silence_label.text()  # same zone: said once

    later = SilenceDialog(view.ctx, view.delegations, view, now=lambda: deadline + timedelta(1))
    qtbot.addWidget(later)
    assert "Expired: the deadline passed with no objection" in later.state.text()

    held = SilenceSnap(1, deadline, "Asia/Tokyo", None, (), False, True)
    assert banner(held, "Asia/Tokyo")[1] == "held"
    late = ObjectionSnap(1, "USA", deadline + timedelta(hours=1), "", True)
    still_held = SilenceSnap(1, deadline, "Asia/Tokyo", None, (late,), False, True)
    assert "Silence held" in banner(still_held, "Asia/Tokyo")[0]
    assert duration_text(timedelta(days=1, hours=2, minutes=3)) == "1 d 2 h 3 min"


def _ad_ref_clause(view, codes=("CAN", "USA")):
    clause = next(
        c
        for c in view.clauses.shown()
        if c.kind == "operative" and c.status in ("draft", "agreed") and not c.open_brackets
    )
    assert view.apply_status(clause.id, "ad_ref", codes, "capitals to confirm") is not None
    assert view.clauses.select(clause.id)
    return clause


def test_lift_ad_ref_one_delegation_at_a_time(qtbot, view, drafting_desk):
    clause = _ad_ref_clause(view)
    assert view.lift_button.isEnabled()
    actions = view.lift_button.menu().actions()
    assert [a.data() for a in actions] == ["CAN", "USA"]
    assert actions[0].text() == "CAN confirmed — lift ad ref"

    actions[0].trigger()
    fresh = view.ctx.clause(clause.id)
    assert fresh.status == "ad_ref" and fresh.ad_ref == ("USA",)
    assert [a.data() for a in view.lift_button.menu().actions()] == ["USA"]
    changes = drafting.status_history(drafting_desk, clause.id)
    assert changes[-1].action == "clause.ad_ref_lift"

    # the clause list's context menu offers the same
    menu = view.clause_menu()
    lift = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert [a.data() for a in lift.actions()] == ["USA"]
    lift.actions()[0].trigger()
    fresh = view.ctx.clause(clause.id)
    assert fresh.status == "agreed" and fresh.ad_ref == ()
    assert not view.lift_button.isEnabled()


def test_silence_withdrawn_from_the_dialog_after_confirmation(qtbot, view, drafting_desk, boxes):
    from PySide6.QtWidgets import QMessageBox

    deadline = datetime.now(UTC) + timedelta(days=2)
    drafting.set_silence(drafting_desk, view.document_id, deadline, "Asia/Tokyo")
    view.refresh()
    dialog = _open_silence(qtbot, view)
    assert dialog.withdraw_button.isEnabled()
    # Asked first; "No" changes nothing.
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert "Withdraw the silence procedure running until" in boxes.texts()
    assert drafting.silence_state(drafting_desk, view.document_id).active
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClicks(dialog.note, "a new text is coming")
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert not drafting.silence_state(drafting_desk, view.document_id).active
    assert "No silence procedure" in dialog.state.text()
    assert not dialog.withdraw_button.isEnabled()
    assert not view.silence_label.isVisible()
    from sqlalchemy import select

    from meetingdesk.model import AuditEvent

    with drafting_desk.read() as s:
        last = s.execute(
            select(AuditEvent.action, AuditEvent.details).order_by(AuditEvent.id.desc()).limit(1)
        ).one()
    assert last.action == "document.silence_withdraw" and "a new text is coming" in last.details


def test_silence_deadline_in_the_users_own_zone():
    from meetingdesk.ui.drafting.silence import state_lines

    deadline = datetime(2016, 4, 30, 12, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    snap = SilenceSnap(1, deadline, "Asia/Tokyo", None, (), False, False)
    now = deadline - timedelta(hours=3)
    lines = state_lines(snap, "Asia/Tokyo", now, ZoneInfo("Europe/Berlin"))
    assert "Deadline: 2016-04-30 12:00 (Asia/Tokyo)" in lines
    assert "Your time here: 2016-04-30 05:00 (Europe/Berlin)" in lines
    # Same clock as the meeting's: said once.
    same = state_lines(snap, "Asia/Tokyo", now, ZoneInfo("Asia/Tokyo"))
    assert not any(line.startswith("Your time here") for line in same)
    # The banner too, when this computer's clock differs from both.
    text, kind = banner(snap, "Asia/Tokyo", ZoneInfo("Europe/Berlin"))
    assert kind == "running"
    assert text.endswith(" — 2016-04-30 05:00 your time (Europe/Berlin)")
    assert "your time" not in banner(snap, "Asia/Tokyo", ZoneInfo("Asia/Tokyo"))[0]
