# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's Word import and circulation dialogs on real widgets (offscreen): the preview,
the author question asked once and remembered, the import, and a circulation recorded."""

from __future__ import annotations

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from meetingdesk.formats.docx import writer
from meetingdesk.services import meetings
from meetingdesk.services.drafting import documents, proposals


def _returned(desk, doc, tmp_path):
    rev1 = documents.document_text(desk, doc.id, "Rev.1")
    sent = tmp_path / "rev1.docx"
    writer.write_compilation(sent, rev1, (), writer.DocxOptions(lang="en", track_changes=True))
    d = docx.Document(str(sent))
    target = next(p for p in d.paragraphs if p.style.name == "Operative Paragraph")
    ins = OxmlElement("w:ins")
    for key, value in (
        ("w:id", "77"),
        ("w:author", "Rome office"),
        ("w:date", "2016-04-21T09:00:00Z"),
    ):
        ins.set(qn(key), value)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = " Italy adds this."
    r.append(t)
    ins.append(r)
    target._p.xpath("./w:bookmarkEnd")[-1].addprevious(ins)
    back = tmp_path / "returned-ITA.docx"
    d.save(str(back))
    return back


def test_import_dialog_asks_the_author_once_and_imports(
    qtbot, drafting_desk, declaration, tmp_path
):
    from meetingdesk.ui.drafting.word_import import WordImportDialog

    desk = drafting_desk
    meeting_id = meetings.list_meetings(desk)[0].id
    back = _returned(desk, declaration, tmp_path)
    before = len(proposals.list_proposals(desk, declaration.id))
    dialog = WordImportDialog(desk, meeting_id, document_id=declaration.id, revision_label="Rev.1")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=60_000):
        dialog.load_file(back)
    assert dialog.report is not None and not dialog.report.ok
    assert "Rome office" in dialog.problems.toPlainText()
    assert not dialog.confirm.isEnabled()
    assert dialog.authors.rowCount() == 1 and dialog.authors.item(0, 0).text() == "Rome office"
    combo = dialog.authors.cellWidget(0, 1)
    with qtbot.waitSignal(dialog.previewed, timeout=60_000):
        combo.setCurrentIndex(combo.findData("ITA"))
    assert dialog.report.ok and dialog.confirm.isEnabled()
    assert dialog.items.rowCount() == 1 and dialog.items.item(0, 0).text() == "ITA"
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as got:
        dialog.confirm.click()
    assert got.args == [1]
    made = proposals.list_proposals(desk, declaration.id)
    assert len(made) == before + 1 and made[-1].delegation_code == "ITA"
    again = WordImportDialog(desk, meeting_id, document_id=declaration.id, revision_label="Rev.1")
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.previewed, timeout=60_000):
        again.load_file(back)
    combo = again.authors.cellWidget(0, 1)
    assert combo.currentData() == "ITA"  # remembered for the meeting
    assert again.report.ok and not again.confirm.isEnabled()  # nothing new to import


def test_import_dialog_names_a_file_of_another_revision(
    qtbot, drafting_desk, declaration, tmp_path
):
    from meetingdesk.ui.drafting.word_import import WordImportDialog

    back = _returned(drafting_desk, declaration, tmp_path)
    meeting_id = meetings.list_meetings(drafting_desk)[0].id
    dialog = WordImportDialog(
        drafting_desk, meeting_id, document_id=declaration.id, revision_label="Rev.2"
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=60_000):
        dialog.load_file(back)
    assert dialog.report is None and "is not that revision" in dialog.problems.toPlainText()
    assert not dialog.confirm.isEnabled()


def test_circulate_dialog_writes_and_records(qtbot, drafting_desk, declaration, tmp_path, boxes):
    from meetingdesk.services.exports.circulation import last_received
    from meetingdesk.ui.drafting.circulate import CirculateDialog

    meeting_id = meetings.list_meetings(drafting_desk)[0].id
    dialog = CirculateDialog(
        drafting_desk, meeting_id, document_id=declaration.id, revision_label="Rev.2"
    )
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "circ"))
    dialog.open_folder.setChecked(False)
    assert dialog.revision.currentText() == "Rev.2"
    with qtbot.waitSignal(dialog.circulated, timeout=120_000) as got:
        dialog.start.click()
    snap = got.args[0]
    assert snap.revision_label == "Rev.2" and len(snap.recipients) >= 8
    assert (tmp_path / "circ" / "declaration-Rev.2.docx").is_file()
    assert "circulated to" in boxes.texts()
    assert last_received(drafting_desk, declaration.id)["GBR"][0] == "Rev.2"


def test_documents_page_shows_what_each_delegation_last_received(
    qtbot, drafting_desk, declaration, tmp_path
):
    from meetingdesk.services.exports.circulation import circulate
    from meetingdesk.ui.drafting.documents_view import DocumentsView
    from meetingdesk.ui.hub import Hub

    meeting = meetings.list_meetings(drafting_desk)[0]
    hub = Hub(drafting_desk)
    hub.set_meeting(meeting)
    view = DocumentsView(hub)
    qtbot.addWidget(view)
    view.apply(DocumentsView.fetch(drafting_desk, meeting))
    assert view.received_text(declaration) == "Not circulated yet."
    circulate(drafting_desk, meeting_id=meeting.id, document="declaration", revision="Rev.1",
              out=tmp_path / "a")  # fmt: skip
    circulate(drafting_desk, meeting_id=meeting.id, document="declaration", revision="Rev.2",
              out=tmp_path / "b")  # fmt: skip
    view.apply(DocumentsView.fetch(drafting_desk, meeting))
    shown = view.received_text(declaration)
    assert shown.startswith("Last received:") and "USA: Rev.2" in shown and "Rev.1" not in shown
