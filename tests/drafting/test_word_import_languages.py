# SPDX-License-Identifier: GPL-3.0-or-later
"""The Word import's report in the reader's language: changes that cannot be placed (a change
in the title, an author who stands for no delegation) and where each change is are said in
Japanese under the Japanese catalogue, with no English left beyond what the file holds, and
in English otherwise; nothing is written."""

from __future__ import annotations

import re

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from meetingdesk.formats.docx import writer
from meetingdesk.services import meetings
from meetingdesk.services.drafting import documents, proposals

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
AUTHOR = "Rome office"


def _insert(paragraph, text: str, n: int) -> None:
    ins = OxmlElement("w:ins")
    for key, value in (("w:id", str(n)), ("w:author", AUTHOR), ("w:date", "2016-04-21T09:00:00Z")):
        ins.set(qn(key), value)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    ins.append(r)
    paragraph._p.append(ins)


def _returned(desk, doc, tmp_path):
    """Rev.1 as sent, with a change in the title and one in an operative paragraph."""
    rev1 = documents.document_text(desk, doc.id, "Rev.1")
    sent = tmp_path / "rev1.docx"
    writer.write_compilation(sent, rev1, (), writer.DocxOptions(lang="en", track_changes=True))
    d = docx.Document(str(sent))
    title = next(p for p in d.paragraphs if p.text.strip())
    _insert(title, " (Rome draft)", 81)
    operative = next(p for p in d.paragraphs if p.style.name == "Operative Paragraph")
    _insert(operative, " Italy adds this.", 82)
    back = tmp_path / "returned-ITA.docx"
    d.save(str(back))
    return back


def _read(qtbot, desk, declaration, path):
    from meetingdesk.ui.drafting.word_import import WordImportDialog

    meeting_id = meetings.list_meetings(desk)[0].id
    dialog = WordImportDialog(desk, meeting_id, document_id=declaration.id, revision_label="Rev.1")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=60_000):
        dialog.load_file(path)
    return dialog


def test_word_problems_read_in_japanese(qtbot, japanese, drafting_desk, declaration, tmp_path):
    back = _returned(drafting_desk, declaration, tmp_path)
    before_file = back.read_bytes()
    before = len(proposals.list_proposals(drafting_desk, declaration.id))
    dialog = _read(qtbot, drafting_desk, declaration, back)
    lines = dialog.problems.toPlainText().splitlines()
    assert len(lines) == 2, lines
    assert lines[0] == (
        f"文書の見出し(英語、{AUTHOR}): 本文の段落の外(表題や凡例)の変更です。取り込みません。"
    )
    assert lines[1].startswith(f"作成者「{AUTHOR}」はどの代表団にも当てはまりません。")
    where = dialog.items.item(0, 2).text()
    assert re.fullmatch(r"段落 \d+", where), where
    assert dialog.items.item(0, 3).text() == "英語"
    for line in [*lines, where]:
        rest = line.replace(AUTHOR, " ")
        assert JAPANESE.search(line) and not re.findall(r"[A-Za-z]{2,}", rest), line
    assert dialog.summary.text().startswith("反映できない変更が 2 件")
    assert dialog.document.currentText() == declaration.title_ja  # the document, in Japanese
    assert not dialog.confirm.isEnabled()
    assert back.read_bytes() == before_file
    assert len(proposals.list_proposals(drafting_desk, declaration.id)) == before


def test_word_problems_read_in_english(qtbot, drafting_desk, declaration, tmp_path):
    back = _returned(drafting_desk, declaration, tmp_path)
    dialog = _read(qtbot, drafting_desk, declaration, back)
    lines = dialog.problems.toPlainText().splitlines()
    assert lines[0] == (
        f"the document's heading (English), by {AUTHOR}: Change outside the text's "
        "paragraphs (title or legend); not imported."
    )
    assert lines[1].startswith(f"Author “{AUTHOR}” matches no delegation")
    assert re.fullmatch(r"paragraph \d+", dialog.items.item(0, 2).text())


def test_word_cli_keeps_the_english(drafting_desk, declaration, tmp_path):
    from meetingdesk.services.drafting.word_import import preview_returned

    back = _returned(drafting_desk, declaration, tmp_path)
    meeting_id = meetings.list_meetings(drafting_desk)[0].id
    report = preview_returned(
        drafting_desk, back, meeting_id=meeting_id, document="declaration", revision="Rev.1"
    )
    lines = report.lines()
    assert (
        f"  NOT PLACED: the document's heading (en) by {AUTHOR}: change outside the text's "
        "paragraphs (title or legend); not imported"
    ) in lines
    assert any(line.startswith(f"  NOT PLACED: author “{AUTHOR}” matches no") for line in lines)


def test_a_file_that_is_not_word_is_refused_in_japanese(
    qtbot, japanese, drafting_desk, declaration, tmp_path
):
    bogus = tmp_path / "notes.docx"
    bogus.write_text("not a Word file", encoding="utf-8")
    dialog = _read(qtbot, drafting_desk, declaration, bogus)
    assert dialog.report is None
    assert dialog.problems.toPlainText() == (
        "notes.docx は Word の .docx ファイルではありません(ZIP パッケージではありません)。"
    )
    assert bogus.read_text(encoding="utf-8") == "not a Word file"
