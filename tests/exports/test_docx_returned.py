# SPDX-License-Identifier: GPL-3.0-or-later
"""A circulated revision returned with Word tracked changes, read back as proposals (pure:
no database). The returned files are our own compilation DOCX edited the way Word records
edits: w:ins / w:del runs with author and date, inserted paragraph marks, comments."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from meetingdesk.formats.docx import writer
from meetingdesk.formats.docx.tracked_changes import DocxReadError, read_docx
from meetingdesk.formats.docx.tracked_proposals import NotThatRevision, SentClause, read_changes
from meetingdesk.snapshots import ClauseSnap, DocumentSnap, DocumentText, MeetingSnap

WHEN = "2016-04-22T10:00:00Z"


def _clause(i, kind, number, en):
    return ClauseSnap(
        i, f"00000000-0000-0000-0000-{i:012d}", 1, i, number, kind, "draft", en, "", i, i,
        False, en.count("["),
    )  # fmt: skip


CLAUSES = [
    _clause(1, "preambular", "", "We, the ministers, met in Takamatsu."),
    _clause(2, "operative", "1.", "We commit to [promote {US} / encourage {FR}] open trade."),
    _clause(3, "operative", "2.", "We will share data on the digital economy."),
    _clause(4, "operative", "3.", "We oppose unjustified restrictions."),
    _clause(5, "operative", "4.", "We invite the OECD to report."),
]


def _text(clauses=CLAUSES) -> DocumentText:
    meeting = MeetingSnap(
        1, "m", 1, "g7", "G7 ICT", "G7情報通信", "Japan", "日本", "Takamatsu", "高松", "Hall",
        "会場", date(2016, 4, 29), date(2016, 4, 30), "Asia/Tokyo", ("en", "ja"), "", "",
    )  # fmt: skip
    doc = DocumentSnap(
        1, "d", 1, "declaration", "declaration", "Joint Declaration", "共同宣言", "negotiation",
        None, None, "", None, "", len(clauses),
    )  # fmt: skip
    return DocumentText(meeting, doc, tuple(clauses), "Rev.1", "circulated",
                        datetime(2016, 4, 20, tzinfo=UTC))  # fmt: skip


def sent() -> list[SentClause]:
    return [SentClause(c.id, c.uuid, c.number, c.text_en) for c in CLAUSES]


@pytest.fixture
def rev1(tmp_path) -> Path:
    out = tmp_path / "rev1.docx"
    writer.write_compilation(out, _text(), (), writer.DocxOptions(lang="en", track_changes=True))
    return out


# --- Word-like edits ------------------------------------------------------------------------


def _r(text: str, deleted: bool = False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    return r


def _change(kind: str, text: str, author: str):
    w = OxmlElement("w:ins" if kind == "ins" else "w:del")
    w.set(qn("w:id"), str(abs(hash((kind, text, author))) % 100000))
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), WHEN)
    w.append(_r(text, deleted=kind == "del"))
    return w


def paragraph_with(d, start: str):
    for p in d.paragraphs:
        if p.text.startswith(start):
            return p
    raise AssertionError(f"no paragraph starting {start!r}")


def rewrite(p, pieces):
    """Replace the paragraph's runs by pieces: plain strings or (ins|del, text, author)."""
    for r in p._p.xpath("./w:r"):
        p._p.remove(r)
    end = p._p.xpath("./w:bookmarkEnd")
    for piece in pieces:
        el = _r(piece) if isinstance(piece, str) else _change(*piece)
        if end:
            end[0].addprevious(el)
        else:
            p._p.append(el)


def new_paragraph_after(p, text: str, author: str):
    """A paragraph typed after ``p`` with Track Changes on."""
    new = OxmlElement("w:p")
    ppr = OxmlElement("w:pPr")
    style = OxmlElement("w:pStyle")
    style.set(qn("w:val"), "OperativeParagraph")
    ppr.append(style)
    rpr = OxmlElement("w:rPr")
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "9001")
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), WHEN)
    rpr.append(ins)
    ppr.append(rpr)
    new.append(ppr)
    new.append(_change("ins", text, author))
    p._p.addnext(new)


def save(d, path: Path) -> Path:
    d.save(str(path))
    return path


# --- tests ----------------------------------------------------------------------------------


def test_two_authors_become_their_own_proposals_with_comment_rationale(rev1, tmp_path):
    d = docx.Document(str(rev1))
    p2 = paragraph_with(d, "We will share")
    us, de = "Jane Roe (US)", "Max Muster (DE)"
    rewrite(p2, ["We will ", ("del", "share", us), ("ins", "exchange", us),
                 " data on the digital economy", ("ins", " and statistics", de), "."])  # fmt: skip
    d.add_comment(p2.runs[:1] or [p2.add_run("")], "Exchange is more accurate.",
                  author="Jane Roe (US)")  # fmt: skip
    p4 = paragraph_with(d, "We invite")
    rewrite(p4, [("del", "We invite the OECD to report.", "Max Muster (DE)")])
    mark = OxmlElement("w:rPr")
    gone = OxmlElement("w:del")
    gone.set(qn("w:id"), "8000")
    gone.set(qn("w:author"), "Max Muster (DE)")
    gone.set(qn("w:date"), WHEN)
    mark.append(gone)
    p4._p.get_or_add_pPr().append(mark)
    new_paragraph_after(paragraph_with(d, "We oppose"), "We will cooperate on standards.",
                        "Jane Roe (US)")  # fmt: skip
    path = save(d, tmp_path / "returned.docx")
    returned = read_docx(path)
    assert returned.authors() == {"Jane Roe (US)": 3, "Max Muster (DE)": 2}
    reading = read_changes(returned, sent(), name="returned.docx")
    assert not reading.problems, reading.problems
    found = {(c.author, c.kind, c.clause_id or c.after_clause_id): c for c in reading.changes}
    assert set(found) == {
        ("Jane Roe (US)", "replace", 3),
        ("Max Muster (DE)", "insert", 3),
        ("Max Muster (DE)", "delete", 5),
        ("Jane Roe (US)", "new", 4),
    }
    us = found[("Jane Roe (US)", "replace", 3)]
    assert us.text == "We will exchange data on the digital economy."
    assert us.rationale == "Exchange is more accurate."
    de = found[("Max Muster (DE)", "insert", 3)]
    assert de.text == "We will share data on the digital economy and statistics."
    assert found[("Jane Roe (US)", "new", 4)].text == "We will cooperate on standards."
    assert found[("Jane Roe (US)", "new", 4)].where == "new paragraph after paragraph 3."


def test_change_inside_brackets_is_listed_not_imported(rev1, tmp_path):
    d = docx.Document(str(rev1))
    p1 = paragraph_with(d, "We commit")
    rewrite(p1, ["We commit to [promote {US} / ", ("del", "encourage", "A (FR)"),
                 ("ins", "foster", "A (FR)"), " {FR}] open trade."])  # fmt: skip
    reading = read_changes(read_docx(save(d, tmp_path / "r.docx")), sent())
    assert not reading.changes
    assert len(reading.problems) == 1
    problem = reading.problems[0]
    assert problem.where == "paragraph 1." and problem.author == "A (FR)"
    assert "inside square brackets" in problem.message


def test_no_tracked_changes_and_another_revision_are_refused(rev1, tmp_path):
    with pytest.raises(NotThatRevision, match="has no tracked changes"):
        read_changes(read_docx(rev1), sent(), name="rev1.docx")
    d = docx.Document(str(rev1))
    rewrite(paragraph_with(d, "We oppose"), ["We strongly oppose restrictions."])
    rewrite(paragraph_with(d, "We invite"), ["We invite the OECD", ("ins", " and ITU", "X")])
    path = save(d, tmp_path / "edited.docx")
    with pytest.raises(NotThatRevision, match=r"paragraph 3\. reads “We strongly oppose"):
        read_changes(read_docx(path), sent(), name="edited.docx")
    other = [*sent()[:3], *sent()[4:]]
    with pytest.raises(NotThatRevision, match="has 5 clause paragraphs where the revision has 4"):
        read_changes(read_docx(path), other, name="edited.docx")


def test_comment_without_a_change_is_listed(rev1, tmp_path):
    d = docx.Document(str(rev1))
    p = paragraph_with(d, "We, the ministers")
    d.add_comment(p.runs[:1], "Why here?", author="B (IT)")
    rewrite(paragraph_with(d, "We invite"), ["We invite the OECD", ("ins", " and ITU", "B (IT)"),
                                             " to report."])  # fmt: skip
    reading = read_changes(read_docx(save(d, tmp_path / "c.docx")), sent())
    assert [c.kind for c in reading.changes] == ["insert"]
    assert any("Why here?" in p.message and p.author == "B (IT)" for p in reading.problems)


def test_files_that_are_not_word_are_refused_with_their_name(tmp_path):
    bad = tmp_path / "notes.docx"
    bad.write_bytes(b"plain text, not a zip")
    with pytest.raises(DocxReadError, match="notes.docx is not a Word .docx file"):
        read_docx(bad)
    buf = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')
    with pytest.raises(DocxReadError, match="DTD"):
        read_docx(buf.getvalue())
