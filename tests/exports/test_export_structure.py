# SPDX-License-Identifier: GPL-3.0-or-later
"""Sub-paragraphs, kept numbers and the concordance in the PDFs, read back with pdfplumber
and pdftotext: the printed numbers are the screen's."""

from __future__ import annotations

import pdfplumber

from meetingdesk.services import drafting
from meetingdesk.services.drafting import documents, reading, structure
from meetingdesk.services.exports import export

from .pdfcheck import pdftotext


def _doc(desk, meeting_id):
    return documents.find_document(desk, meeting_id, "declaration")


def _words(path, start: str):
    """(x0 of the word ``start``) on the first page it appears, per occurrence."""
    with pdfplumber.open(path) as pdf:
        return [w["x0"] for page in pdf.pages for w in page.extract_words() if w["text"] == start]


def test_sub_paragraphs_are_indented_and_numbered_as_on_screen(demo, tmp_path):
    desk, meeting_id = demo
    doc = _doc(desk, meeting_id)
    screen = documents.document_text(desk, doc.id, "Rev.2")
    children = [c for c in screen.clauses if c.depth == 1]
    assert [c.number for c in children] == ["(a)", "(b)", "(c)"]
    assert [c.reference for c in children] == ["4(a)", "4(b)", "4(c)"]
    assert any(c.number == "8bis." for c in screen.clauses)
    out = export(
        desk,
        "compilation",
        tmp_path / "c.pdf",
        meeting_id=meeting_id,
        document="declaration",
        revision="Rev.2",
        lang="en",
    ).path
    text = pdftotext(out)
    assert "8bis." in text
    # the paragraph's number hangs at the margin; its sub-paragraphs' numbers further in
    para = min(_words(out, "4."))
    subs = _words(out, "(c)")
    assert subs and min(subs) > para + 15


def test_a_deleted_paragraph_keeps_its_number_and_the_concordance_follows_the_redline(
    demo, tmp_path
):
    desk, meeting_id = demo
    doc = _doc(desk, meeting_id)
    three = next(c for c in reading.document_clauses(desk, doc.id) if c.number == "3.")
    drafting.delete_clause(desk, three.id, expected_version=three.row_version)
    rev3 = documents.freeze_revision(desk, doc.id)
    shown = documents.document_text(desk, doc.id, rev3.label).clauses
    assert [(c.number, c.status) for c in shown if c.id == three.id] == [("3.", "deleted")]
    comp = export(
        desk,
        "compilation",
        tmp_path / "c3.pdf",
        meeting_id=meeting_id,
        document="declaration",
        revision=rev3.label,
        lang="both",
    ).path
    flat = " ".join(pdftotext(comp).split())
    assert "3. [deleted]" in flat and "3. ［削除］" in flat
    rev4, rows = structure.renumber_clean(desk, doc.id)
    assert ("3", "") in {(r.old_number, r.new_number) for r in rows}
    after = [
        c.number for c in documents.document_text(desk, doc.id).clauses if c.number[:1].isdigit()
    ]
    assert after == [f"{n}." for n in range(1, len(after) + 1)]
    red = export(
        desk,
        "redline",
        tmp_path / "r.pdf",
        meeting_id=meeting_id,
        document="declaration",
        from_label=rev3.label,
        to_label=rev4.label,
        lang="en",
    ).path
    lines = [" ".join(x.split()) for x in pdftotext(red).splitlines() if x.strip()]
    head = lines.index("Concordance of paragraph numbers")
    assert "3 → [deleted]" in lines[head:]
    assert "8bis → 8" in lines[head:] and "4(a) → 3(a)" in lines[head:]


def test_word_numbers_sub_paragraphs_at_their_level(demo, tmp_path):
    import docx

    from meetingdesk.formats.docx import writer

    desk, meeting_id = demo
    rev2 = documents.document_text(desk, _doc(desk, meeting_id).id, "Rev.2")
    path = tmp_path / "final.docx"
    writer.write_final(path, rev2, writer.DocxOptions(lang="en"))
    levels = {}
    for p in docx.Document(str(path)).paragraphs:
        num = p._p.pPr.numPr if p._p.pPr is not None else None
        if num is not None and p.text.startswith("by "):
            levels[p.text[:20]] = num.ilvl.val
    assert sorted(levels.values()) == [1, 1, 1], levels
