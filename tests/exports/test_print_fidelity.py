# SPDX-License-Identifier: GPL-3.0-or-later
"""Print fidelity (issue 17) on a stress document, in every kind, on A4 and Letter: glyph
positions read back with pdfplumber — no forbidden line start or end, nothing past the
margin but the hanging 、。，．, every heading followed by text on its page, bookmarks on the
page of their heading, parallel paragraphs starting on the same line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from meetingdesk.formats.pdf import render
from meetingdesk.formats.pdf.annex import render_annex
from meetingdesk.formats.pdf.followup import render_followup
from meetingdesk.formats.pdf.page import MM, PdfSettings

from . import layout, stress
from .pdfcheck import font_lines, run_tool

pytest.importorskip("pdfplumber")

DEFAULT = (24, 18, 20, 18)
GAP = 14.0


def frame(paper: str, margins=DEFAULT, landscape: bool = False):
    w, h = PdfSettings(paper=paper, landscape=landscape).pagesize
    top, right, bottom, left = (m * MM for m in margins)
    return w, h, top, right, bottom, left


def check_all(
    path: Path,
    paper: str,
    lang: str,
    *,
    parallel: bool,
    margins=DEFAULT,
    landscape: bool = False,
    headings: bool = True,
) -> None:
    run_tool("qpdf", "--check", str(path))
    for line in font_lines(path):
        assert line.split()[-5] == "yes", f"font not embedded: {line}"
    w, _h, top, right, bottom, left = frame(paper, margins, landscape)
    pages = layout.segments(path, top - 2, bottom - 2)
    faults = layout.kinsoku_faults(pages)
    columns = ()
    if parallel and lang == "both":
        col = (w - left - right - GAP) / 2
        columns = ((left, left + col), (left + col + GAP, w - right))
        faults += layout.alignment_faults(pages, left, left + col + GAP)
    faults += layout.margin_faults(pages, w - right, columns)
    if headings:
        faults += layout.stranded_headings(pages, columns or ((0, w),))
        faults += layout.bookmark_faults(path)
    assert not faults, f"{path.name}: " + "; ".join(faults[:12])


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("lang", ["en", "ja", "both"])
def test_final_text(tmp_path, paper, lang):
    out = tmp_path / f"final-{lang}-{paper}.pdf"
    opts = render.PdfOptions(lang=lang, paper=paper)
    result = render.render_final(out, stress.stress_text(34), opts)
    assert result.pages >= 3
    check_all(out, paper, lang, parallel=True)


@pytest.mark.parametrize(("paper", "lang"), [("a4", "both"), ("letter", "ja"), ("letter", "en")])
def test_clean_text_and_compilation(tmp_path, paper, lang):
    text = stress.stress_text(26, status="negotiation")
    opts = render.PdfOptions(lang=lang, paper=paper)
    out = tmp_path / "clean.pdf"
    render.render_final(out, text, opts)
    check_all(out, paper, lang, parallel=True)
    out = tmp_path / "compilation.pdf"
    render.render_compilation(out, text, (), opts)
    check_all(out, paper, lang, parallel=True)


@pytest.mark.parametrize(("paper", "lang"), [("a4", "both"), ("letter", "ja")])
def test_redline(tmp_path, paper, lang):
    old = stress.stress_text(22, status="negotiation")
    new = stress.stress_text(22, status="negotiation", variant=1)
    new = replace(new, revision_label="Rev.4")
    out = tmp_path / "redline.pdf"
    render.render_redline(out, old, new, render.PdfOptions(lang=lang, paper=paper))
    check_all(out, paper, lang, parallel=True)


@pytest.mark.parametrize(("paper", "lang"), [("a4", "both"), ("letter", "ja"), ("a4", "en")])
def test_meeting_kinds(tmp_path, paper, lang):
    data = stress.meeting_data()
    opts = render.PdfOptions(lang=lang, paper=paper)
    for kind, fn in (
        ("agenda", render.render_agenda),
        ("participants", render.render_participants),
    ):
        out = tmp_path / f"{kind}.pdf"
        fn(out, data, opts)
        check_all(out, paper, lang, parallel=False)
    out = tmp_path / "badges.pdf"
    render.render_badges(out, data, opts)
    check_all(out, paper, lang, parallel=False, margins=(12, 12, 12, 12), headings=False)
    out = tmp_path / "plates.pdf"
    render.render_nameplates(out, data, opts)
    check_all(
        out, paper, lang, parallel=False, margins=(10, 10, 10, 10), landscape=True, headings=False
    )


@pytest.mark.parametrize(("paper", "lang"), [("a4", "both"), ("letter", "ja")])
def test_annex_followup_and_book(tmp_path, paper, lang):
    opts = render.PdfOptions(lang=lang, paper=paper)
    out = tmp_path / "annex.pdf"
    render_annex(out, stress.annex_plan(), opts)
    check_all(out, paper, lang, parallel=True)
    out = tmp_path / "followup.pdf"
    render_followup(out, stress.followup(), opts)
    check_all(out, paper, lang, parallel=False)
    from meetingdesk.formats.pdf.book import BookDocument

    out = tmp_path / "book.pdf"
    docs = [BookDocument(stress.stress_text(12)), BookDocument(stress.stress_text(9, "draft"))]
    render.render_book(out, stress.meeting_data(), docs, opts)
    check_all(out, paper, lang, parallel=True)


def test_contents_page_numbers_are_the_parts_pages(tmp_path):
    from pypdf import PdfReader

    from meetingdesk.formats.pdf.book import BookDocument

    out = tmp_path / "book.pdf"
    docs = [BookDocument(stress.stress_text(12)), BookDocument(stress.stress_text(9, "draft"))]
    render.render_book(out, stress.meeting_data(), docs, render.PdfOptions(lang="en"))
    reader = PdfReader(str(out))
    top = [
        (o.title, reader.get_destination_page_number(o) + 1)
        for o in reader.outline
        if not isinstance(o, list)
    ]
    assert len(top) == 4
    contents = reader.pages[0].extract_text()
    numbers = [int(x) for x in contents.split() if x.isdigit()]
    for _title, page in top:
        assert page in numbers, (top, contents)
    assert [p for _t, p in top] == sorted(p for _t, p in top)


def test_metadata_dates_xmp_and_viewer_title(tmp_path):
    from pypdf import PdfReader

    text = stress.stress_text(4)  # adopted 2016-04-30 06:00 UTC = 15:00 in Tokyo
    out = tmp_path / "final.pdf"
    render.render_final(out, text, render.PdfOptions(lang="ja", author="総務省 国際戦略局"))
    reader = PdfReader(str(out))
    meta = reader.metadata
    assert meta["/CreationDate"] == "D:20160430150000+09'00'"
    assert meta.author == "総務省 国際戦略局"
    assert meta.title == "印刷品質に関する共同宣言（最終テキスト）"
    root = reader.trailer["/Root"]
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<xmp:CreateDate>2016-04-30T15:00:00+09:00</xmp:CreateDate>" in xmp
    assert "印刷品質に関する共同宣言（最終テキスト）" in xmp
    import xml.dom.minidom

    xml.dom.minidom.parseString(xmp.split("?>", 1)[1].rsplit("<?xpacket", 1)[0])
    again = tmp_path / "again.pdf"
    render.render_final(again, text, render.PdfOptions(lang="ja", author="総務省 国際戦略局"))
    assert again.read_bytes() == out.read_bytes()
    run_tool("qpdf", "--check", str(out))


def test_final_text_label_only_on_adopted_texts(tmp_path):
    from .pdfcheck import pdftotext

    out = tmp_path / "clean.pdf"
    render.render_final(out, stress.stress_text(4, status="negotiation"), render.PdfOptions())
    text = pdftotext(out)
    assert "Final text" not in text and "最終テキスト" not in text
    assert "Clean text (not adopted)" in text
    out = tmp_path / "final.pdf"
    pages = render.render_final(out, stress.stress_text(4), render.PdfOptions()).pages
    text = pdftotext(out)
    assert "Final text" in text
    # the leading heading repeats the title: printed once in the body (the title block),
    # besides the running header of each page
    assert text.count("Joint Declaration on Print Fidelity") == 1 + pages


def test_marks_stay_ten_millimetres_inside_the_edge(tmp_path):
    import pdfplumber

    out = tmp_path / "c.pdf"
    render.render_final(
        out, stress.stress_text(4), render.PdfOptions(confidential="Embargo until 30 April")
    )
    with pdfplumber.open(str(out)) as pdf:
        page = pdf.pages[0]
        for c in page.chars:
            if not c.get("upright", True):
                continue
            assert c["top"] >= 10 * MM - 0.5, c["text"]
            assert page.height - c["bottom"] >= 10 * MM - 3, c["text"]  # descenders


def test_font_without_japanese_glyphs_refused_before_writing(tmp_path):
    from meetingdesk.formats import ExportError

    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not dejavu.is_file():
        pytest.skip("DejaVu Sans is not installed")
    out = tmp_path / "f.pdf"
    with pytest.raises(ExportError, match="no glyph for .* character"):
        render.render_final(out, stress.stress_text(3), render.PdfOptions(font=str(dejavu)))
    assert not out.exists() and not list(tmp_path.iterdir())
    with pytest.raises(ExportError, match="is a folder, not a font file"):
        render.render_final(out, stress.stress_text(3), render.PdfOptions(font=str(tmp_path)))
    unreadable = tmp_path / "locked.ttf"
    unreadable.write_bytes(b"x")
    unreadable.chmod(0)
    import os

    if os.access(unreadable, os.R_OK):
        return  # running as root: permissions do not bite
    with pytest.raises(ExportError, match="cannot be read"):
        render.render_final(out, stress.stress_text(3), render.PdfOptions(font=str(unreadable)))


def test_seating_plan(tmp_path):
    from dataclasses import dataclass

    from meetingdesk.formats.pdf.seating import render_seating

    @dataclass(frozen=True)
    class Seat:  # the attributes the seating service's Seat has
        index: int
        delegation_id: int
        code: str
        name_en: str
        name_ja: str
        head_name: str
        is_head_of_table: bool

    data = stress.meeting_data()
    seats = [
        Seat(i, d.id, d.code, d.name_en, d.name_ja, "Michiko TAKEMURA", i == 0)
        for i, d in enumerate(data.delegations)
    ]
    for lang in ("both", "ja"):
        out = tmp_path / f"seating-{lang}.pdf"
        result = render_seating(out, data, seats, render.PdfOptions(lang=lang))
        assert result.kind == "seating" and result.pages >= 1
        check_all(out, "a4", lang, parallel=False, landscape=True)
        from .pdfcheck import pdftotext

        text = pdftotext(out)
        assert "OECD" in text and "経済協力開発機構" in text


def test_english_hyphenation_urls_and_names(tmp_path):
    import re

    from .pdfcheck import pdftotext

    out = tmp_path / "final-en.pdf"
    render.render_final(out, stress.stress_text(12), render.PdfOptions(lang="en"))
    lines = [ln.strip().replace("\u00a0", " ") for ln in pdftotext(out).splitlines()]
    lines = [ln for ln in lines if ln]
    source = stress.EN.format(url=stress.URL)
    # long common words are hyphenated at a syllable, and only real words are joined
    hyphenated = [
        (a, b) for a, b in zip(lines, lines[1:], strict=False) if re.search(r"[a-z]-$", a)
    ]
    assert hyphenated, "no word was hyphenated"
    for a, b in hyphenated:
        word = re.findall(r"[A-Za-z]+-$", a)[0][:-1] + re.match(r"[a-z]+", b).group(0)
        assert word in source, word
    # the URL breaks only after / . - and never before them
    joined = "|".join(lines)
    pattern = r"\|?".join(re.escape(ch) for ch in stress.URL)
    found = re.findall(pattern, joined)
    assert found, "URL not found"
    for hit in found:
        for m in re.finditer(r"\|", hit):
            before, after = hit[m.start() - 1], hit[m.start() + 1]
            assert before in "/.-" and after not in "/.-", hit


def test_names_are_never_split(tmp_path):
    from .pdfcheck import pdftotext

    out = tmp_path / "participants.pdf"
    render.render_participants(out, stress.meeting_data(), render.PdfOptions(paper="letter"))
    text = pdftotext(out, layout=True).replace("\u00a0", " ")
    assert "Michiko TAKEMURA" in text and "竹村 美智子" in text
    for line in text.splitlines():
        assert not line.rstrip().endswith(("Michiko", "竹", "Shotaro")), line


def test_redline_marks_survive_greyscale(tmp_path):
    """Each changed line has a black bar in the margin (or the column gap), insertions two
    underlines, deletions a strike at least 1.2 pt thick: no colour needed to see them."""
    import pdfplumber

    old = stress.stress_text(8, status="negotiation")
    new = replace(stress.stress_text(8, status="negotiation", variant=1), revision_label="Rev.4")
    out = tmp_path / "redline.pdf"
    render.render_redline(out, old, new, render.PdfOptions(lang="en"))
    _w, _h, _top, _right, _bottom, left = frame("a4")
    with pdfplumber.open(str(out)) as pdf:
        lines = [ln for page in pdf.pages for ln in page.lines]
    bars = [ln for ln in lines if abs(ln["x0"] - (left - 5)) < 0.5 and ln["x0"] == ln["x1"]]
    strikes = [ln for ln in lines if ln["top"] == ln["bottom"] and ln["linewidth"] >= 1.2]
    unders = [ln for ln in lines if ln["top"] == ln["bottom"] and abs(ln["linewidth"] - 0.6) < 0.01]
    assert bars and all(b["linewidth"] >= 1.5 for b in bars)
    assert strikes, "no thick strike for the deletions"
    doubled = {(round(u["x0"], 1), round(u["x1"], 1)) for u in unders}
    assert any(
        sum(1 for u in unders if (round(u["x0"], 1), round(u["x1"], 1)) == key) >= 2
        for key in doubled
    ), "insertions are not double-underlined"


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_no_widow_and_no_orphan_lines(lang):
    """A paragraph split across pages leaves at least two lines on each side."""
    from meetingdesk.formats.pdf.fonts import register_fonts

    register_fonts()
    from meetingdesk.formats.pdf.flow import Paragraph
    from meetingdesk.formats.pdf.styles import make_styles

    style = make_styles().body(lang)
    text = stress.EN.replace(", as described at {url},", "") if lang == "en" else stress.FILLER * 30
    para = Paragraph(text * 2, style)
    _w, height = para.wrap(300, 10_000)
    lines = round(height / style.leading)
    assert lines >= 5
    # room for all but one line: the last would be a widow, so two go over
    first, rest = para.split(300, (lines - 1) * style.leading + 0.1)
    first.wrap(300, 10_000)
    rest.wrap(300, 10_000)
    assert len(first.blPara.lines) == lines - 2 and len(rest.blPara.lines) == 2
    # room for one line only: no orphan, the paragraph moves whole
    para = Paragraph(text * 2, style)
    para.wrap(300, 10_000)
    assert para.split(300, style.leading + 0.1) == []
