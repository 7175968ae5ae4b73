# SPDX-License-Identifier: GPL-3.0-or-later
"""A redline of only the changed clauses (issue 19, item 8): the demo declaration's Rev.1 →
Rev.2 as PDF (English, Japanese, both) and Word, read back by pdftotext, pdffonts, qpdf,
python-docx, our tracked-change reader and LibreOffice; the same through the command line."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from meetingdesk.cli import main
from meetingdesk.formats.redline_plan import Step, plan
from meetingdesk.services import meetings
from meetingdesk.services.drafting import documents
from meetingdesk.services.exports import export
from meetingdesk.services.exports.word import export_docx
from meetingdesk.text.diff import diff_text
from tests.exports.pdfcheck import font_lines, pdftotext, run_tool

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
GAP_EN = re.compile(r"… (\d+) unchanged clauses? left out …")
GAP_JA = re.compile(r"変更のない条項(\d+)件を省略")
NOTE_EN = "Only the changed clauses are shown; unchanged clauses are left out."
NOTE_JA = "変更のある条項のみを掲載（変更のない条項は省略）"


def flat(text: str, lang: str) -> str:
    """Text as compared: Japanese without any white space; English as letters and digits
    only, lower case (line-end hyphens and line breaks vanish alike on both sides)."""
    if lang == "ja":
        return "".join(text.split())
    return re.sub(r"[\W_]+", "", text).lower()


def body(c, lang: str) -> str:
    return c.text_ja if lang == "ja" else c.text_en


@pytest.fixture
def pair(demo_desk):
    """(desk, meeting id, Rev.1 text, Rev.2 text) of the demo declaration."""
    m = meetings.list_meetings(demo_desk)[0]
    doc = documents.find_document(demo_desk, m.id, "declaration")
    old = documents.document_text(demo_desk, doc.id, "Rev.1")
    new = documents.document_text(demo_desk, doc.id, "Rev.2")
    return demo_desk, m.id, old, new


def split(old, new):
    """(changed, unchanged) clauses of ``new``, by their text in either language; the
    unchanged ones only operative and preambular paragraphs (headings may stay as context)."""
    before = {c.uuid: c for c in old.clauses}
    changed, unchanged = [], []
    for c in new.clauses:
        was = before[c.uuid]
        if (was.text_en, was.text_ja) != (c.text_en, c.text_ja):
            changed.append((was, c))
        elif c.kind in ("operative", "preambular") and c.number == was.number:
            unchanged.append(c)
    assert len(changed) == 2 and len(unchanged) >= 12, "the demo's Rev.1 → Rev.2 moved on"
    return changed, unchanged


def inserted(was, now, lang: str) -> str:
    """The longest run of words the new text has and the old one had not."""
    ops = diff_text(body(was, lang), body(now, lang))
    return max((op.text for op in ops if op.kind == "insert"), key=len)


# --- the plan both writers follow -------------------------------------------------------


def test_plan_keeps_changed_clauses_with_their_headings_and_counts_the_rest() -> None:
    kinds = ["heading", "section", "operative", "operative", "subheading", "operative"]
    kinds += ["section", "operative", "operative"]
    keep = [False, False, False, False, False, True, False, False, False]
    steps = plan(kinds, keep, no_context=[0])
    assert steps == [
        Step("gap", count=1),  # the title line
        Step("context", index=1),  # its section …
        Step("gap", count=2),
        Step("context", index=4),  # … and sub-head
        Step("show", index=5),
        Step("gap", count=3),  # the next section's heading is not context: nothing kept there
    ]
    assert plan(kinds, [False] * len(kinds)) == [Step("gap", count=len(kinds))]
    assert plan(kinds, [True] * len(kinds)) == [Step("show", index=i) for i in range(9)]


# --- PDF --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ja", "both"])
def test_pdf_holds_only_the_changed_clauses_and_says_what_was_left_out(pair, tmp_path, lang):
    desk, meeting_id, old, new = pair
    changed, unchanged = split(old, new)
    out = tmp_path / f"short-{lang}.pdf"
    kw = dict(meeting_id=meeting_id, document="declaration", from_label="Rev.1", lang=lang)
    short = export(desk, "redline", out, to_label="Rev.2", only_changed=True, **kw)
    whole = export(desk, "redline", tmp_path / "whole.pdf", to_label="Rev.2", **kw)
    assert "No syntax or stream encoding errors" in run_tool("qpdf", "--check", str(out))
    for line in font_lines(out):
        assert line.split()[-5] == "yes", f"font not embedded: {line}"
    assert short.pages < whole.pages or out.stat().st_size < whole.path.stat().st_size
    text = pdftotext(out)
    full = pdftotext(whole.path)
    langs = ("en", "ja") if lang == "both" else (lang,)
    for lg in langs:
        flat_text, flat_full = flat(text, lg), flat(full, lg)
        for was, now in changed:
            assert flat(inserted(was, now, lg), lg) in flat_text
        for c in unchanged:
            assert flat(body(c, lg), lg) in flat_full  # the whole redline has it …
            assert flat(body(c, lg), lg) not in flat_text, f"unchanged {c.number} printed"
    # the title says so, and every clause left out is counted by a marker in each language
    if "en" in langs:
        assert flat(NOTE_EN, "en") in flat(text, "en")
        left_out = sum(int(n) for n in GAP_EN.findall(" ".join(text.split())))
        assert 15 < left_out < len(new.clauses)
        assert "unchanged clauses left out" not in full
    if "ja" in langs:
        assert NOTE_JA in flat(text, "ja")
        counts = [int(n) for n in GAP_JA.findall(flat(text, "ja"))]
        assert 15 < sum(counts) < len(new.clauses)
        assert not GAP_JA.search(flat(full, "ja"))
    if lang == "both":
        en_counts = [int(n) for n in GAP_EN.findall(" ".join(text.split()))]
        assert en_counts == counts  # the same runs, said in both columns


# --- Word -------------------------------------------------------------------------------


def test_word_holds_only_the_changed_clauses_as_tracked_changes(pair, tmp_path):
    from tests.exports.test_docx_writer import clause_texts, to_pdf

    desk, meeting_id, old, new = pair
    changed, unchanged = split(old, new)
    out = tmp_path / "short.docx"
    result = export_docx(desk, "redline", out, meeting_id=meeting_id, document="declaration",
                         from_label="Rev.1", to_label="Rev.2", lang="both",
                         only_changed=True)  # fmt: skip
    assert result.changes_by_author, "no tracked changes counted"
    opened = docx.Document(str(out))  # python-docx opens it
    table = opened.tables[0]
    rows = [[flat(cell.text, lg) for cell, lg in zip(r.cells, ("en", "ja"), strict=True)]
            for r in table.rows]  # fmt: skip
    cells_en = " ".join(r[0] for r in rows)
    cells_ja = "".join(r[1] for r in rows)
    for c in unchanged:
        assert flat(c.text_en, "en") not in cells_en, f"unchanged {c.number} written"
        assert flat(c.text_ja, "ja") not in cells_ja, f"unchanged {c.number} written"
    note = " ".join(p.text for p in opened.paragraphs)
    assert NOTE_EN in note and NOTE_JA in note
    en_gaps = [int(n) for r in table.rows for n in GAP_EN.findall(r.cells[0].text)]
    ja_gaps = [int(n) for r in table.rows for n in GAP_JA.findall(flat(r.cells[1].text, "ja"))]
    assert en_gaps == ja_gaps and 15 < sum(en_gaps) < len(new.clauses)
    # tracked changes are still there: Accept All gives the new text of the clauses shown
    with zipfile.ZipFile(out) as package:
        xml = etree.fromstring(package.read("word/document.xml"))
    assert next(xml.iter(f"{W}ins"), None) is not None
    assert next(xml.iter(f"{W}del"), None) is not None
    accepted = [flat(t, "en") for t in clause_texts(out, "new", 0)]
    for _was, now in changed:
        assert flat(now.text_en, "en") in accepted
    rejected = [flat(t, "en") for t in clause_texts(out, "old", 0)]
    for was, _now in changed:
        assert flat(was.text_en, "en") in rejected
    # LibreOffice opens it and reads the same short text
    pdf = to_pdf([out], tmp_path)[0]
    office = pdftotext(pdf)
    assert GAP_EN.search(" ".join(office.split())) and GAP_JA.search(flat(office, "ja"))
    for was, now in changed:
        assert flat(inserted(was, now, "ja"), "ja") in flat(office, "ja")
    for c in unchanged:
        assert flat(c.text_ja, "ja") not in flat(office, "ja")


def test_word_only_changed_in_one_language(pair, tmp_path):
    desk, meeting_id, old, new = pair
    changed, unchanged = split(old, new)
    out = tmp_path / "short-ja.docx"
    export_docx(desk, "redline", out, meeting_id=meeting_id, document="declaration",
                from_label="Rev.1", to_label="Rev.2", lang="ja", only_changed=True)  # fmt: skip
    text = flat("".join(p.text for p in docx.Document(str(out)).paragraphs), "ja")
    assert GAP_JA.search(text) and NOTE_JA in text
    assert not GAP_EN.search(text)
    for c in unchanged:
        assert flat(c.text_ja, "ja") not in text


def test_whole_redline_stays_whole_when_the_option_is_off(pair, tmp_path):
    desk, meeting_id, old, new = pair
    _changed, unchanged = split(old, new)
    out = tmp_path / "whole.docx"
    export_docx(desk, "redline", out, meeting_id=meeting_id, document="declaration",
                from_label="Rev.1", to_label="Rev.2", lang="en")  # fmt: skip
    text = flat(" ".join(p.text for p in docx.Document(str(out)).paragraphs), "en")
    for c in unchanged:
        assert flat(c.text_en, "en") in text
    assert "unchangedclausesleftout" not in text and flat(NOTE_EN, "en") not in text


# --- a renumbering: renumbered clauses are kept with their old number -------------------


def test_renumbered_clauses_are_kept_with_their_old_number(tmp_path):
    from meetingdesk.formats.docx import writer
    from meetingdesk.formats.pdf import render
    from tests.exports.test_docx_writer import T1, T2, clause, text_of

    old = [
        clause(1, "section", "i.", "Trade", "貿易"),
        clause(2, "operative", "1.", "Alpha stays as it was.", "アルファは変わらない。"),
        clause(3, "operative", "2.", "Bravo stays as it was.", "ブラボーは変わらない。"),
        clause(4, "operative", "3.", "Charlie is reworded.", "チャーリーは書き換えられる。"),
        clause(5, "section", "ii.", "Data", "データ"),
        clause(6, "operative", "4.", "Delta stays as it was.", "デルタは変わらない。"),
        clause(7, "operative", "5.", "Echo is struck out.", "エコーは削除される。"),
        clause(8, "operative", "6.", "Foxtrot only moves up.", "フォックストロットは繰り上がる。"),
    ]
    from dataclasses import replace

    new = [*old[:3], replace(old[3], text_en="Charlie is reworded now.",
                             text_ja="チャーリーは今書き換えられた。"),
           old[4], old[5], replace(old[7], number="5.")]  # fmt: skip
    a, b = text_of(old, "Rev.1", T1), text_of(new, "Rev.2", T2)
    pdf = tmp_path / "renumbered.pdf"
    render.render_redline(pdf, a, b, render.PdfOptions(lang="en", only_changed=True))
    text = " ".join(pdftotext(pdf).split())
    assert "Alpha" not in text and "Bravo" not in text and "Delta" not in text
    assert "Charlie" in text and "Echo" in text and "Foxtrot" in text
    assert "5. (was 6.)" in text
    assert "Trade" in text and "Data" in text  # the sections they stand in
    assert [int(n) for n in GAP_EN.findall(text)] == [2, 1]
    word = tmp_path / "renumbered.docx"
    writer.write_redline(word, a, b, writer.DocxOptions(lang="en", only_changed=True))
    paragraphs = [p.text for p in docx.Document(str(word)).paragraphs]
    joined = " ".join(paragraphs)
    with zipfile.ZipFile(word) as package:
        xml = etree.fromstring(package.read("word/document.xml"))
    struck = " ".join(t.text or "" for t in xml.iter(f"{W}delText"))
    assert "Alpha" not in joined + struck and "Delta" not in joined + struck
    assert "Echo is struck out." in struck  # a deleted paragraph, tracked
    assert "Charlie" in joined and "(was 6.) Foxtrot only moves up." in joined
    assert [int(n) for n in GAP_EN.findall(joined)] == [2, 1]


# --- the command line -------------------------------------------------------------------


def test_cli_only_changed_for_a_redline_refused_elsewhere(demo_desk, tmp_path, capsys):
    def run(*argv):
        code = main(["--db", demo_desk.url, *map(str, argv)])
        out = capsys.readouterr()
        return code, out.out, out.err

    args = ("--document", "declaration", "--from", "Rev.1", "--to", "Rev.2", "--only-changed")
    code, out, err = run("export", "redline", *args, "--lang", "ja", "--out", tmp_path / "r.pdf")
    assert code == 0, err
    assert GAP_JA.search(flat(pdftotext(tmp_path / "r.pdf"), "ja"))
    code, out, err = run("export", "docx", "redline", *args, "--out", tmp_path / "r.docx")
    assert code == 0, err
    assert "unchanged clauses left out" in " ".join(
        c.text for r in docx.Document(str(tmp_path / "r.docx")).tables[0].rows for c in r.cells
    )
    for argv in (("export", "final"), ("export", "docx", "final")):
        target = tmp_path / ("x.docx" if "docx" in argv else "x.pdf")
        code, _out, err = run(*argv, "--document", "declaration", "--only-changed",
                              "--out", target)  # fmt: skip
        assert code == 2 and "--only-changed applies to a redline only" in err
        assert not target.exists()


def test_options_pass_the_choice_to_both_services(tmp_path) -> None:
    pytest.importorskip("PySide6")
    from meetingdesk.ui.exports.options import ExportOptions, default_file_name

    o = ExportOptions(kind="redline", out=Path(tmp_path / "r.pdf"), document="declaration",
                      from_label="Rev.1", only_changed=True)  # fmt: skip
    assert o.service_kwargs()["only_changed"] is True
    assert o.word_kwargs()["only_changed"] is True
    final = ExportOptions(kind="final", out=Path(tmp_path / "f.pdf"), only_changed=True)
    assert final.service_kwargs()["only_changed"] is False
    name = default_file_name("redline", document="declaration", from_label="Rev.1",
                             to_label="Rev.2", lang="en", only_changed=True)  # fmt: skip
    assert name == "declaration-Rev.1-to-Rev.2-redline-changed-en.pdf"


def test_japanese_redline_says_its_span_in_japanese(pair, tmp_path):
    """The running header of a Japanese redline against the current text named it in
    English ("current text (not frozen)")."""
    desk, meeting_id, _old, _new = pair
    out = tmp_path / "ja.pdf"
    export(desk, "redline", out, meeting_id=meeting_id, document="declaration",
           from_label="Rev.1", lang="ja", only_changed=True)  # fmt: skip
    text = pdftotext(out)
    assert "current text" not in text
    assert "Rev.1 → 現行テキスト（未確定）" in text
