"""Parallel English/Japanese rows at the top of a page: they part rather than stop the
document with ReportLab's layout error (seen on the 2,750-clause redline)."""

from __future__ import annotations

from pathlib import Path

from meetingdesk.formats.pdf import fonts

fonts.register_fonts()  # before reportlab.lib.styles, as the program does (embedded fonts)

from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate  # noqa: E402

from meetingdesk.formats.pdf.common import parallel_row  # noqa: E402


class Block(Flowable):
    """A box that cannot be split (like a table row or a picture)."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self.height_ = height

    def wrap(self, aw, ah):
        return aw, self.height_

    def draw(self) -> None:
        self.canv.rect(0, 0, 20, self.height_)


def test_a_heading_and_an_unsplittable_block_taller_than_the_rest_of_a_page(tmp_path: Path):
    heading = ParagraphStyle("h", fontName=fonts.LATIN_BOLD, fontSize=10, leading=12)
    heading.keepWithNext = 1
    body = ParagraphStyle("b", fontName=fonts.LATIN, fontSize=10, leading=12)
    long_text = " ".join(["words that fill the column"] * 120)
    # the frame is 288 pt tall: heading (12) + block (280) never fit together on any page
    row = parallel_row(
        [[Paragraph("Heading", heading), Block(280)], [Paragraph(long_text, body)]],
        200,
        10,
        2,
    )
    out = tmp_path / "rows.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=(450, 340), topMargin=20, bottomMargin=20)
    doc.build([row])  # raised LayoutError before: the row refused to split at a page's top
    from pypdf import PdfReader

    pages = PdfReader(str(out)).pages
    assert len(pages) >= 2
    assert "Heading" in pages[0].extract_text()
