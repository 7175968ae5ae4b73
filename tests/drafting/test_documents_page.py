"""The Documents page: new document, rename, order, a zero draft pasted in, the chair's next
text over it; the action plan's New action button."""

from __future__ import annotations

from datetime import date

import pytest

from meetingdesk.services.drafting import documents
from meetingdesk.services.logistics.delegations import add_delegation
from meetingdesk.services.meetings import create_meeting
from meetingdesk.ui.drafting.document_dialog import DocumentDialog, DocumentFields


@pytest.fixture
def page(qtbot, sqlite_desk):
    from meetingdesk.ui.drafting.documents_view import DocumentsView
    from meetingdesk.ui.hub import Hub

    meeting = create_meeting(
        sqlite_desk, title_en="G7 ICT", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
    )
    hub = Hub(sqlite_desk)
    view = DocumentsView(hub)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        hub.set_meeting(meeting)
        view.show()
    yield view
    from meetingdesk.ui.jobs import wait_for_jobs

    assert wait_for_jobs(30_000)
    hub.setParent(view)


def _answer(monkeypatch, fields: DocumentFields | None) -> None:
    monkeypatch.setattr(
        DocumentDialog, "get", classmethod(lambda cls, *a, **k: (fields, fields is not None))
    )


def test_new_rename_and_order(qtbot, page, monkeypatch) -> None:
    assert not page.rename_button.isEnabled()
    for kind, title, short in (
        ("declaration", "Joint Declaration", "declaration"),
        ("charter", "Charter", "charter"),
    ):
        _answer(monkeypatch, DocumentFields(kind, title, "", short, None))
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            assert page.new_document() is not None
    assert [d.short_name for d in page.documents.rows()] == ["declaration", "charter"]
    page.documents.view.selectRow(1)
    assert page.rename_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.move_document(-1)
    names = [d.short_name for d in documents.list_documents(page.hub.desk, page.hub.meeting_id)]
    assert names == ["charter", "declaration"]
    page.documents.view.selectRow(0)
    _answer(
        monkeypatch,
        DocumentFields(
            "charter",
            "Charter for the Digitally Connected World",
            "デジタル連結世界憲章",
            "charter",
            None,
        ),
    )
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.rename_document()
    charter = documents.find_document(page.hub.desk, page.hub.meeting_id, "charter")
    assert charter.title_ja == "デジタル連結世界憲章"


def test_paste_a_zero_draft_then_the_chairs_text(qtbot, page) -> None:
    dialog = page.import_dialog()
    qtbot.addWidget(dialog)
    job = dialog.load_paste("en", "Recalling our work;\n1. We agree.\n2. We review progress.\n")
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    dialog.form.title_en.setText("Joint Declaration")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        dialog.write()
    doc = page.documents.rows()[0]
    assert doc.short_name == "declaration" and doc.clause_count == 3
    documents.freeze_revision(page.hub.desk, doc.id, kind="zero", label="Rev.1")
    again = page.import_dialog(doc)
    qtbot.addWidget(again)
    job = again.load_paste("en", "Recalling our work;\n1. We agree fully.\n")
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert [again.table.item(r, 3).text() for r in range(3)] == ["unchanged", "changed", "dropped"]
    with qtbot.waitSignal(again.imported, timeout=30_000):
        again.write()
    text = documents.document_text(page.hub.desk, doc.id)
    live = [c.text_en for c in text.clauses if c.status != "deleted"]
    assert live == ["Recalling our work;", "We agree fully."]
    # within the round the dropped paragraph keeps its place (and number), marked deleted
    assert [c.status for c in text.clauses if c.text_en == "We review progress."] in (
        [],
        ["deleted"],
    )


def test_new_action_button(qtbot, sqlite_desk) -> None:
    from meetingdesk.services.meetings import get_meeting
    from meetingdesk.ui.actions import ActionPlanView
    from meetingdesk.ui.actions.new_action_dialog import NewAction, NewActionDialog
    from meetingdesk.ui.hub import Hub

    meeting = create_meeting(
        sqlite_desk, title_en="G7 ICT", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
    )
    for code in ("JPN", "ITA"):
        add_delegation(sqlite_desk, meeting.id, code=code)
    hub = Hub(sqlite_desk)
    view = ActionPlanView(hub)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        hub.set_meeting(get_meeting(sqlite_desk, meeting.id))
        view.show()
    assert view.new_action() is None and "annex" in view.notice.text()
    annex = documents.add_document(
        sqlite_desk, meeting.id, short_name="annex", title_en="Opportunities", kind="annex"
    )
    dialog = NewActionDialog([annex], ["ITA", "JPN"])
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.text_en.setPlainText("Promote cybersecurity exercises.")
    dialog.owner.setCurrentText("JPN")
    dialog.partners.item(0).setCheckState(dialog.partners.item(0).checkState().Checked)
    fields = dialog.fields()
    assert isinstance(fields, NewAction) and fields.partner_codes == ("ITA",)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        snap = view.new_action(fields)
    assert snap is not None and snap.owner_code == "JPN"
    assert [a.text_en for a in view.shown()] == ["Promote cybersecurity exercises."]
    from meetingdesk.ui.jobs import wait_for_jobs

    assert wait_for_jobs(30_000)
    hub.setParent(view)
