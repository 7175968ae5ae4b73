"""The areas reached from the main window: drafting from Documents, delegation and
participant editing, precedence, agenda moves and clashes, seating, calendar, check."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from meetingdesk.services.drafting import documents
from meetingdesk.services.logistics import agenda as agenda_service
from meetingdesk.services.logistics import delegations
from meetingdesk.snapshots import Changes
from meetingdesk.ui.drafting.documents_view import DocumentsView
from meetingdesk.ui.logistics.agenda_view import AgendaView
from meetingdesk.ui.logistics.delegations_view import DelegationsView
from meetingdesk.ui.logistics.participant_dialog import ParticipantDialog
from meetingdesk.ui.logistics.precedence import PrecedenceDialog
from meetingdesk.ui.logistics.seating_view import SeatingPage

BUTTONS = QMessageBox.StandardButton


def _open_declaration(qtbot, navigate, window):
    docs = navigate(window, DocumentsView)
    docs.documents.select_where(lambda d: d.short_name == "declaration")
    with qtbot.waitSignal(window.drafting.refreshed, timeout=10_000):
        docs.open_button.click()
    assert window.current_view() is window.drafting
    return docs.documents.current()


def test_open_for_drafting_and_save_a_clause(qtbot, navigate, window):
    decl = _open_declaration(qtbot, navigate, window)
    drafting = window.drafting
    assert drafting.document_id == decl.id
    clause = next(c for c in drafting.ctx.text.clauses if "promote" in c.text_en)
    drafting.clauses.select(clause.id)
    assert not window.isWindowModified()
    drafting.editor.edits["en"].setPlainText("We [shall / should] foster the free flow of data.")
    assert window.isWindowModified(), "unsaved text sets the window's modified mark"
    assert window.windowTitle().endswith("[*]")
    assert drafting.save()
    assert not window.isWindowModified()
    saved = documents.document_text(window.hub.desk, decl.id)
    assert any(
        c.text_en == "We [shall / should] foster the free flow of data." for c in saved.clauses
    )


def test_closing_with_unsaved_text_asks(qtbot, navigate, window, boxes):
    _open_declaration(qtbot, navigate, window)
    window.drafting.editor.edits["en"].setPlainText("Unsaved words.")
    boxes.answer = BUTTONS.Cancel
    assert not window.close()
    assert window.isVisible() and boxes.kinds() == ["question"]
    boxes.answer = BUTTONS.Discard
    assert window.close()
    assert not window.drafting.editor.is_dirty()


def test_find_in_documents_opens_the_search(qtbot, window):
    window.actions_.find_in_documents.trigger()
    assert window.current_view() is window.drafting
    assert window.drafting.document_id is not None, "a document is opened for the search"
    assert window.drafting.tabs.currentWidget() is window.drafting.search


def test_menus_reach_every_area(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Meeting", "&View", "&Help"]
    meeting_menu = window.menuBar().actions()[2].menu()
    texts = [a.text() for a in meeting_menu.actions() if a.text()]
    assert texts == [
        "Order of &precedence…",
        "&Import participants…",
        "&Export participants…",
        "Export &calendar…",
    ]


def test_add_and_edit_a_participant(qtbot, navigate, window, monkeypatch):
    view = navigate(window, DelegationsView)
    view.delegations.select_where(lambda d: d.code == "FRA")
    fra = view.delegations.current()
    answers = iter(
        [
            {"delegation_id": fra.id, "family_name": "Lemaire", "given_name": "Axelle"},
            {"position_en": "Minister of State for Digital Affairs"},
        ]
    )
    monkeypatch.setattr(
        ParticipantDialog,
        "get_participant",
        classmethod(lambda cls, *a, **k: (next(answers), True)),
    )
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.add_person_button.click()
    assert "Lemaire" in [p.family_name for p in view.participants.rows()]
    view.participants.select_where(lambda p: p.family_name == "Lemaire")
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.edit_person_button.click()
    person = next(p for p in view.participants.rows() if p.family_name == "Lemaire")
    assert person.position_en == "Minister of State for Digital Affairs"
    assert person.row_version > 1


def test_stale_edit_is_refused_and_reloads(qtbot, navigate, window, monkeypatch, boxes):
    view = navigate(window, DelegationsView)
    view.delegations.select_where(lambda d: d.code == "CAN")
    can = view.delegations.current()
    # Someone else edits Canada after the page read it.
    delegations.edit_delegation(
        window.hub.desk, can.id, expected_version=can.row_version, contact_point="ottawa@x.ca"
    )
    from meetingdesk.ui.logistics.delegation_dialog import DelegationDialog

    monkeypatch.setattr(
        DelegationDialog,
        "get_delegation",
        classmethod(lambda cls, *a: ({"contact_point": "mine@x.ca"}, True)),
    )
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        assert view.edit_delegation() is None
    assert boxes.kinds() == ["warning"] and "Nothing was saved" in boxes.texts()
    assert view.delegations.current().contact_point == "ottawa@x.ca"


def test_precedence_dialog_changes_the_order(qtbot, navigate, window, monkeypatch):
    view = navigate(window, DelegationsView)
    before = [d.code for d in view.delegations.rows()]
    assert before.index("GBR") + 1 == before.index("USA")

    def arrange(cls, parent, rule, placement, listed):
        dialog = cls(rule, placement, listed, parent)
        dialog.rule.setCurrentIndex(dialog.rule.findData("manual"))
        assert dialog.up.isEnabled()
        dialog.order.setCurrentRow(before.index("USA"))
        dialog.move_current(-1)
        data = dialog.values()
        dialog.deleteLater()
        return data, True

    monkeypatch.setattr(PrecedenceDialog, "get_precedence", classmethod(arrange))
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        window.actions_.precedence.trigger()
    after = [d.code for d in view.delegations.rows()]
    assert after.index("USA") + 1 == after.index("GBR")
    assert after[0] == "JPN"


def test_reorder_a_session_on_the_agenda(qtbot, navigate, window):
    view = navigate(window, AgendaView)
    first, second = view.sessions()
    day = view.editor.tree.topLevelItem(0)
    dragged = view.editor.session_item(second.id)
    from PySide6.QtWidgets import QAbstractItemView

    above = QAbstractItemView.DropIndicatorPosition.AboveItem
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        assert view.editor.handle_drop(dragged, day.child(0), above)
    assert [s.id for s in view.sessions()] == [second.id, first.id]


def test_clash_list_shows_a_room_clash(qtbot, navigate, window):
    view = navigate(window, AgendaView)
    assert not view.clash_list.clashes
    room = view.sessions()[0].room_id
    agenda_service.add_session(
        window.hub.desk,
        window.hub.meeting_id,
        title_en="Press briefing",
        starts_at=datetime(2016, 4, 29, 1, 0, tzinfo=UTC),
        ends_at=datetime(2016, 4, 29, 1, 45, tzinfo=UTC),
        room_id=room,
    )
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        window.hub.publish(Changes(agenda=True))
    kinds = [c.kind for c in view.clash_list.clashes]
    assert "room" in kinds
    assert "Main Hall" in view.clash_list.item(0).text()
    warned = [s.id for s in view.sessions() if view.editor.session_item(s.id).text(5) == "⚠"]
    assert len(warned) >= 2
    view.clash_list.sessionRequested.emit(view.clash_list.clashes[0].session_ids[0])
    assert view.editor.tree.currentItem() is not None


def test_export_calendar_writes_an_ics_file(qtbot, navigate, window, tmp_path):
    from meetingdesk.ui.jobs import wait_for_jobs

    view = navigate(window, AgendaView)
    out = tmp_path / "agenda.ics"
    view.export_calendar_to(out)
    assert wait_for_jobs(20_000)
    data = out.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR") and b"Opening session" in data


def test_export_one_persons_calendar_with_normal_permissions(qtbot, navigate, window, tmp_path):
    import os
    import stat

    from meetingdesk.services.logistics import participants
    from meetingdesk.ui.jobs import wait_for_jobs
    from meetingdesk.ui.logistics.calendar_export import PERSON

    view = navigate(window, AgendaView)
    person = participants.list_participants(window.hub.desk, window.hub.meeting_id)[0]
    out = tmp_path / "person.ics"
    old = os.umask(0o022)
    try:
        view.export_calendar_to(out, f"{PERSON}{person.id}")
        assert wait_for_jobs(20_000)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert person.name_en.encode() in out.read_bytes()


def test_seating_page_shows_seats(qtbot, navigate, window):
    page = navigate(window, SeatingPage)
    assert len(page.seating.seat_items) == 10
    assert page.seating.plan is not None and len(page.seating.plan.seats) == 10


def test_check_database_shows_ok(qtbot, window):
    with qtbot.waitSignal(window.database_checked, timeout=20_000) as blocker:
        window.actions_.check_database.trigger()
    assert blocker.args[0].ok
    dialog = window.check_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.verdict.text() == "The database is OK."
    assert any("Audit chain: ok" in line for line in dialog.texts())
    dialog.close()


def _record_export_dialogs(monkeypatch) -> list[dict]:
    """Replace the export dialog by a recorder that cancels (no file is written)."""
    from meetingdesk.ui.exports import dialog

    asked: list[dict] = []

    def fake(_parent, _desk, _meeting, **kw):
        asked.append(kw)
        return None, False

    monkeypatch.setattr(dialog.ExportDialog, "get_options", staticmethod(fake))
    return asked


def test_pdf_exports_are_reached_where_the_data_is(qtbot, navigate, window, monkeypatch):
    from meetingdesk.ui.actions import ActionPlanView

    asked = _record_export_dialogs(monkeypatch)
    docs = navigate(window, DocumentsView)
    docs.documents.select_where(lambda d: d.short_name == "declaration")
    docs.pdf_button.click()
    assert asked[-1]["document_id"] == docs.documents.current().id
    assert asked[-1]["kind"] == "compilation", "a document in negotiation: compilation text"

    navigate(window, AgendaView).pdf_button.click()
    assert asked[-1]["kind"] == "agenda"
    pdf_menu = navigate(window, DelegationsView).pdf_button.menu()
    for action in pdf_menu.actions():
        action.trigger()
    assert [a["kind"] for a in asked[-3:]] == ["participants", "badges", "nameplates"]
    navigate(window, ActionPlanView).pdfRequested.emit("followup")
    assert asked[-1]["kind"] == "followup"

    window.actions_.export_book.trigger()
    assert asked[-1]["kind"] == "book"
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if a.text()]
    assert {"&Export PDF…", "Export meeting boo&k…", "&Print…", "Print pre&view…"} <= set(texts)


def test_drafting_pdf_button_reaches_the_export(qtbot, navigate, window, monkeypatch):
    asked = _record_export_dialogs(monkeypatch)
    decl = _open_declaration(qtbot, navigate, window)
    window.drafting.exportRequested.emit(decl.id, "Rev.1")
    assert asked[-1]["document_id"] == decl.id and asked[-1]["revision_label"] == "Rev.1"


def test_offline_package_round_trip_from_the_window(qtbot, window, tmp_path, monkeypatch):
    """File → Check out writes a package; Check in merges it back and shows the report."""
    from meetingdesk.services.base import Desk
    from meetingdesk.services.offline import checkout

    desk = window.hub.desk
    decl = documents.find_document(desk, window.hub.meeting_id, "declaration")
    package = tmp_path / "laptop.mdpkg"
    checkout(desk, window.hub.meeting_id, ["declaration"], package)
    laptop = Desk.open(f"sqlite:///{package}", user="drafter")
    from meetingdesk.services.meetings import list_meetings

    away = documents.find_document(laptop, list_meetings(laptop)[0].id, "declaration")
    clause = next(c for c in documents.document_text(laptop, away.id).clauses if c.text_en)
    documents.save_text(
        laptop, clause.id, "en", "We welcome offline work.", expected_head=clause.en_version_id
    )
    laptop.close()
    actions = window.actions_
    assert actions.check_out.isEnabled() and actions.check_in.isEnabled()
    with qtbot.waitSignal(window.offline.checked_in, timeout=20_000) as got:
        window.offline.check_in(package)
    report = got.args[0]
    assert len(report.taken) == 1 and not report.conflicts
    assert window.offline.last_dialog is not None
    assert "Taken: 1" in window.offline.last_dialog.summary.text()
    texts = [c.text_en for c in documents.document_text(desk, decl.id).clauses]
    assert "We welcome offline work." in texts


def test_update_a_package_from_the_window(qtbot, window, tmp_path):
    """File → Update package: the database's newer work reaches the package."""
    from meetingdesk.services.base import Desk
    from meetingdesk.services.meetings import list_meetings
    from meetingdesk.services.offline import checkout

    desk = window.hub.desk
    decl = documents.find_document(desk, window.hub.meeting_id, "declaration")
    package = tmp_path / "laptop.mdpkg"
    checkout(desk, window.hub.meeting_id, ["declaration"], package)
    clause = next(c for c in documents.document_text(desk, decl.id).clauses if c.text_en)
    documents.save_text(
        desk, clause.id, "en", "Agreed at the table today.", expected_head=clause.en_version_id
    )
    with qtbot.waitSignal(window.offline.pulled, timeout=20_000) as got:
        window.offline.update_package(package)
    assert len(got.args[0].taken) == 1
    laptop = Desk.open(f"sqlite:///{package}", user="drafter")
    away = documents.find_document(laptop, list_meetings(laptop)[0].id, "declaration")
    texts = [c.text_en for c in documents.document_text(laptop, away.id).clauses]
    laptop.close()
    assert "Agreed at the table today." in texts
    assert "&Update package from this database…" in [
        a.text() for a in window.menuBar().actions()[0].menu().actions()
    ]


def test_menu_accelerators_are_unique(window):
    """Alt+letter reaches exactly one entry in each menu."""
    for top in window.menuBar().actions():
        letters = []
        for action in top.menu().actions():
            text = action.text().replace("&&", "")
            if "&" in text:
                letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), (top.text(), letters)


def test_a_paragraph_links_to_the_actions_that_implement_it(qtbot, navigate, window):
    """Drafting shows "Implemented by" for a paragraph; the link opens the action plan on
    that action (the way back from an action to its paragraph is openClauseRequested)."""
    from meetingdesk.services import actions
    from meetingdesk.ui.actions import ActionPlanView

    desk = window.hub.desk
    decl = documents.find_document(desk, window.hub.meeting_id, "declaration")
    annex = documents.find_document(desk, window.hub.meeting_id, "annex")
    target = next(c for c in documents.document_text(desk, decl.id).clauses if c.number == "1.")
    made = actions.create_action(
        desk,
        annex.id,
        text_en="Map the spectrum.",
        title_en="Spectrum map",
        owner_code="CAN",
        implements=[target.id],
    )
    _open_declaration(qtbot, navigate, window)
    drafting = window.drafting
    drafting.clauses.select(target.id)
    label = drafting.editor.actions_label
    assert label.isVisibleTo(drafting) and "Spectrum map (CAN)" in label.text()
    plan = window.view(ActionPlanView)
    with qtbot.waitSignal(plan.loaded, timeout=20_000):
        label.linkActivated.emit(f"action:{made.id}")
    assert window.current_view() is plan
    qtbot.waitUntil(lambda: plan.current() is not None and plan.current().id == made.id)


def test_projector_from_the_view_menu(qtbot, window):
    window.actions_.projector.trigger()
    assert window.current_view() is window.drafting
    projector = window.drafting.projector
    assert projector is not None and projector.isVisible()
    assert window.actions_.projector.shortcut().toString() == "F5"
    projector.close()


def test_check_database_reports_its_parts_and_can_be_cancelled(qtbot, window):
    """The check runs in parts with progress; Cancel drops it and nothing is shown."""
    from meetingdesk.ui import jobs

    window.actions_.check_database.trigger()
    from PySide6.QtWidgets import QPushButton

    window.check_progress.findChild(QPushButton).click()  # Cancel, at once
    assert jobs.wait_for_jobs(30_000)
    qtbot.wait(100)
    assert window.check_dialog is None
    assert "cancelled" in window.statusBar().currentMessage()
    # a check let run to its end shows its report
    with qtbot.waitSignal(window.database_checked, timeout=20_000):
        window.actions_.check_database.trigger()
    assert window.check_dialog is not None
    window.check_dialog.close()


def test_the_check_stops_between_its_parts(ui_desk):
    from meetingdesk.services.meetings import maintenance

    seen: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def step(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 3:
            raise Stop

    with pytest.raises(Stop):
        maintenance.check(ui_desk, step=step)
    assert seen == [(0, 6), (1, 6), (2, 6), (3, 6)]
    whole: list[tuple[int, int]] = []
    report = maintenance.check(ui_desk, step=lambda d, t: whole.append((d, t)))
    assert report.ok
    assert [d for d, _t in whole] == [0, 1, 2, 3, 4, 5] and {t for _d, t in whole} == {6}
