# SPDX-License-Identifier: GPL-3.0-or-later
"""Every PDF kind on the demo meeting, checked with qpdf, pdffonts, pdftotext and pypdf."""

from __future__ import annotations

import hashlib
import re

import pytest

from meetingdesk.formats import PDF_KINDS
from meetingdesk.services.drafting import documents
from meetingdesk.services.exports import export

from .pdfcheck import JA_BAD_STARTS, font_lines, pdftotext, pypdf_text, run_tool

KIND_ARGS = {
    "final": {"document": "declaration"},
    "compilation": {"document": "declaration"},
    "redline": {"document": "declaration", "from_label": "Zero draft"},
}
JA_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
EN_RE = re.compile(r"[A-Za-z]{4,}")


def _export(desk, meeting_id, kind, path, **extra):
    return export(desk, kind, path, meeting_id=meeting_id, **(KIND_ARGS.get(kind, {}) | extra))


@pytest.mark.parametrize("kind", PDF_KINDS)
def test_every_kind_is_valid_embedded_bilingual_and_reproducible(demo, tmp_path, kind):
    desk, meeting_id = demo
    first = _export(desk, meeting_id, kind, tmp_path / f"{kind}.pdf")
    assert first.pages >= 1
    assert "IPAex" in first.fonts or "MD-JA" in first.fonts or first.fonts
    path = first.path
    assert "No syntax or stream encoding errors" in run_tool("qpdf", "--check", str(path))
    fonts = font_lines(path)
    assert fonts, "no fonts listed"
    for line in fonts:
        columns = line.split()
        # name type encoding emb sub uni object ID: emb is the 5th from the end
        assert columns[-5] == "yes", f"font not embedded: {line}"
    for layout in (False, True):
        text = pdftotext(path, layout=layout)
        assert JA_RE.search(text), "no Japanese text extracted"
        assert EN_RE.search(text), "no English text extracted"
        for line in text.splitlines():
            assert not line.strip().startswith(JA_BAD_STARTS), f"kinsoku broken: {line!r}"
    second = _export(desk, meeting_id, kind, tmp_path / f"{kind}-again.pdf")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert second.sha256 == first.sha256 == digest
    assert second.path.read_bytes() == path.read_bytes()
    assert not list(tmp_path.glob("*.part")), "temporary file left behind"


def _snippet(text: str) -> str:
    """The first words of a clause before any bracket markup, as the PDF prints them."""
    head = re.split(r"[\[{]", text, maxsplit=1)[0]
    return " ".join(head.split()[:4])


@pytest.mark.parametrize("kind", ["final", "compilation"])
@pytest.mark.parametrize("lang", ["en", "ja", "both"])
def test_numbering_and_reading_order_match_the_screen(demo, tmp_path, kind, lang):
    desk, meeting_id = demo
    doc = documents.find_document(desk, meeting_id, "declaration")
    screen = documents.document_text(desk, doc.id)
    out = _export(desk, meeting_id, kind, tmp_path / "d.pdf", lang=lang).path
    # compilation status markers sit between the number and the text
    markers = r"\[(agreed|ad ref \([^)]*\)|合意済み|アド・レフ（[^）]*）)\] ?"
    flat = re.sub(markers, "", " ".join(pypdf_text(out).split()))
    flat = re.sub(r"([a-z])- ([a-z])", r"\1\2", flat)  # words hyphenated at a line end
    dense = "".join(flat.split())
    pos_en = pos_ja = 0
    checked = 0
    for clause in screen.clauses:
        if lang in ("en", "both"):
            snippet = _snippet(clause.text_en)
            if snippet:
                target = f"{clause.number} {snippet}" if clause.number else snippet
                found = flat.find(target, pos_en)
                assert found >= 0, f"{target!r} missing or out of order"
                pos_en = found
                checked += 1
        if lang in ("ja", "both"):
            snippet = "".join(_snippet(clause.text_ja).split())[:12]
            if snippet:
                target = f"{clause.number}{snippet}" if clause.number else snippet
                found = dense.find(target, pos_ja)
                assert found >= 0, f"{target!r} missing or out of order"
                pos_ja = found
                checked += 1
    assert checked >= len(screen.clauses)


def test_draft_watermark_on_drafts(demo, tmp_path):
    desk, meeting_id = demo
    for kind in ("final", "compilation", "redline"):
        text = pdftotext(_export(desk, meeting_id, kind, tmp_path / f"{kind}.pdf").path)
        assert "DRAFT" in text and "草案" in text, kind


def test_letter_paper_metadata_language_and_outline(demo, tmp_path):
    from pypdf import PdfReader

    desk, meeting_id = demo
    out = _export(desk, meeting_id, "final", tmp_path / "f.pdf", paper="letter", lang="ja").path
    reader = PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    meta = reader.metadata
    assert "共同宣言" in meta.title and "Declaration" not in meta.title
    assert "情報通信大臣会合" in meta.subject  # the subject in the output's language
    assert meta.author == "日本（議長国事務局）"
    assert reader.trailer["/Root"].get("/Lang") == "ja"
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles and "共同宣言" in titles[0]  # bookmarks read as the page does


def test_book_has_a_bookmark_per_part(demo, tmp_path):
    from pypdf import PdfReader

    desk, meeting_id = demo
    out = _export(desk, meeting_id, "book", tmp_path / "book.pdf").path
    top = [o.title for o in PdfReader(str(out)).outline if not isinstance(o, list)]
    names = [d.title_en for d in documents.list_documents(desk, meeting_id)]
    assert any(t.startswith("Agenda") for t in top)
    assert any(t.startswith("List of participants") for t in top)
    for name in names:
        assert any(t.startswith(name) for t in top), (name, top)


def test_confidential_marking_and_both_page_numbers(demo, tmp_path):
    desk, meeting_id = demo
    out = _export(desk, meeting_id, "agenda", tmp_path / "a.pdf", confidential="yes").path
    text = pdftotext(out)
    assert "CONFIDENTIAL" in text and "取扱注意" in text
    assert re.search(r"Page 1 of \d+", text) and re.search(r"1 / \d+ ページ", text)
