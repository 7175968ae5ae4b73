"""The import dialogs on real widgets: paste from Word's clipboard, correct a line, confirm."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.drafting import importing
from meetingdesk.services.meetings import create_meeting
from meetingdesk.ui.drafting.document_dialog import DocumentDialog
from meetingdesk.ui.drafting.import_dialog import DraftImportDialog
from meetingdesk.ui.drafting.paste_dialog import PasteDialog
from tests.drafting.docx_build import build_docx

WORD_HTML = (
    "<html><body><!--StartFragment-->"
    "<p class=MsoNormal>Recognising the role of ICT;</p>"
    "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
    "<span>1.<span>&nbsp;&nbsp;</span></span><![endif]>We agree:</p>"
    "<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'><![if !supportLists]>"
    "<span>(a)<span>&nbsp;</span></span><![endif]>to connect;</p>"
    "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
    "<span>2.<span>&nbsp;&nbsp;</span></span><![endif]>We end.</p>"
    "<!--EndFragment--></body></html>"
)


@pytest.fixture
def meeting(sqlite_desk):
    return create_meeting(
        sqlite_desk, title_en="G7 ICT", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
    )


def test_paste_dialog_keeps_words_html(qtbot) -> None:
    data = QMimeData()
    data.setHtml(WORD_HTML)
    data.setText("Recognising the role of ICT;\n1.\tWe agree:\n(a)\tto connect;\n2.\tWe end.")
    QGuiApplication.clipboard().setMimeData(data)
    dialog = PasteDialog("en")
    qtbot.addWidget(dialog)
    dialog.paste_button.click()
    text, html = dialog.content()
    assert "We agree" in text and "mso-list" in html
    dialog.editor.appendPlainText("3. Typed by hand.")
    assert dialog.content()[1] == ""  # edited: the plain text counts now


def test_paste_correct_and_import_a_new_document(qtbot, sqlite_desk, meeting) -> None:
    dialog = DraftImportDialog(sqlite_desk, meeting.id, [])
    qtbot.addWidget(dialog)
    assert not dialog.confirm.isEnabled()
    job = dialog.load_paste("en", "", WORD_HTML)
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert dialog.table.rowCount() == 4
    assert [dialog.table.item(r, 0).text() for r in range(4)] == ["", "1.", "(a)", "2."]
    # The user says the first line is a heading, not a preambular paragraph.
    dialog.table.cellWidget(0, 1).setCurrentIndex(0)
    assert dialog.plan.items[0].kind == "heading"
    dialog.form.title_en.setText("Joint Declaration")
    assert dialog.confirm.isEnabled(), dialog.problems()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        dialog.confirm.click()
    text = docs.document_text(sqlite_desk, signal.args[0])
    shown = [(c.number, c.kind) for c in text.clauses]
    if importing.HAS_CHILDREN:
        assert shown == [
            ("", "heading"),
            ("1.", "operative"),
            ("(a)", "operative"),
            ("2.", "operative"),
        ]
    else:
        assert shown == [("", "heading"), ("1.", "operative"), ("2.", "operative")]
        assert text.clauses[1].text_en == "We agree:\n(a) to connect;"
    assert text.document.short_name == "declaration"


def test_japanese_mismatch_blocks_until_allowed(
    qtbot, sqlite_desk, meeting, tmp_path: Path
) -> None:
    en = build_docx([("auto", 0, "We agree."), ("auto", 0, "We end.")], tmp_path / "en.docx")
    ja = build_docx([("auto", 0, "合意する。")], tmp_path / "ja.docx")
    dialog = DraftImportDialog(sqlite_desk, meeting.id, [])
    qtbot.addWidget(dialog)
    dialog.form.title_en.setText("Declaration")
    for lang, path in (("en", en), ("ja", ja)):
        job = dialog.load_file(lang, path)
        qtbot.waitUntil(lambda job=job: job.done, timeout=10_000)
    assert dialog.plan is not None and dialog.plan.mismatches
    assert dialog.report.count() >= 1 and "Mismatch" in dialog.report.item(0).text()
    assert not dialog.confirm.isEnabled()
    dialog.allow_missing.setChecked(True)
    assert dialog.confirm.isEnabled()


def test_bad_file_named_in_the_dialog(qtbot, sqlite_desk, meeting, tmp_path: Path) -> None:
    bad = tmp_path / "old.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    dialog = DraftImportDialog(sqlite_desk, meeting.id, [])
    qtbot.addWidget(dialog)
    job = dialog.load_file("en", bad)
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert "Word 97-2003" in dialog.summary.text()
    assert not dialog.confirm.isEnabled()


def test_document_dialog_checks_names(qtbot) -> None:
    existing = []
    dialog = DocumentDialog(existing)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.title_en.setText("Charter")
    dialog.kind.setCurrentIndex(dialog.kind.findData("charter"))
    assert ok.isEnabled() and dialog.fields().short_name == "charter"
    assert not dialog.parent_doc.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("annex"))
    assert dialog.parent_doc.isEnabled()
