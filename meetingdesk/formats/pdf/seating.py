# SPDX-License-Identifier: GPL-3.0-or-later
"""Seating plan of the plenary: the table seen from above with each delegation at its seat
(seat 0, the chair's, at the head; the others clockwise), then the seats as a list.

The seats come from the seating service's plan; this module only needs, per seat, its
index, delegation code and names, head of delegation and whether it heads the table (any
object with those attributes: formats/ never imports services).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from meetingdesk.formats.labels import label

from . import fonts
from .common import Ctx, MeetingData, meeting_state, outline, place_and_date, title_block
from .page import section
from .styles import RULE, bold, esc, mixed, name_markup

SEAT_LABELS: dict[str, tuple[str, str]] = {
    "seat": ("Seat", "席"),
    "delegation": ("Delegation", "代表団"),
    "head": ("Head of delegation", "代表団長"),
    "chair": ("Chair", "議長"),
    "no_seats": ("No delegations to seat.", "着席する代表団がありません。"),
}


def lab(key: str, lang: str) -> str:
    en, ja = SEAT_LABELS[key]
    return ja if lang == "ja" else en


def _name(seat, lang: str) -> str:
    if lang == "ja":
        return seat.name_ja or seat.name_en
    if lang == "both" and seat.name_ja:
        return f"{seat.name_en}\n{seat.name_ja}"
    return seat.name_en


def table_drawing(ctx: Ctx, seats: Sequence, width: float, height: float):
    """The table from above: an oval, each seat a labelled box on the ring around it."""
    from reportlab.graphics.shapes import Drawing, Ellipse, Rect, String
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.LATIN
    cx, cy = width / 2, height / 2
    rx, ry = width * 0.25, height * 0.24
    drawing.add(Ellipse(cx, cy, rx, ry, fillColor=colors.HexColor("#f1f1f1"), strokeColor=RULE))
    count = len(seats) or 1
    box_w, box_h = 92.0, 34.0
    for seat in seats:
        angle = math.pi / 2 - 2 * math.pi * seat.index / count  # clockwise from the top
        x = cx + (rx + box_w * 0.8) * math.cos(angle)
        y = cy + (ry + box_h * 1.2) * math.sin(angle)
        head = seat.is_head_of_table
        box = Rect(
            x - box_w / 2,
            y - box_h / 2,
            box_w,
            box_h,
            rx=3,
            ry=3,
            fillColor=colors.HexColor("#111111" if head else "#ffffff"),
            strokeColor=colors.HexColor("#111111"),
            strokeWidth=0.8,
        )
        drawing.add(box)
        ink = colors.white if head else colors.HexColor("#111111")
        top = f"{seat.index}  {seat.code}"
        drawing.add(
            String(
                x,
                y + 5,
                top,
                fontName=fonts.LATIN_BOLD,
                fontSize=10,
                textAnchor="middle",
                fillColor=ink,
            )
        )
        name = seat.name_ja if ctx.lang == "ja" and seat.name_ja else seat.name_en
        font = fonts.JA if fonts.has_cjk(name) else fonts.LATIN
        lines, size = _fit(name, font, box_w - 6)
        for k, text in enumerate(lines):
            drawing.add(
                String(
                    x,
                    y - 7 - k * (size + 1),
                    text,
                    fontName=font,
                    fontSize=size,
                    textAnchor="middle",
                    fillColor=ink,
                )
            )
    return drawing


def _fit(name: str, font: str, width: float) -> tuple[list[str], float]:
    """The name in one line at 7 pt, else two balanced lines, shrunk no smaller than 5 pt."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(name, font, 7) <= width:
        return [name], 7.0
    words = name.split()
    lines = [name]
    if len(words) > 1:
        cuts = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
        lines = list(min(cuts, key=lambda c: max(stringWidth(t, font, 7) for t in c)))
    widest = max(stringWidth(t, font, 7) for t in lines)
    return lines, max(5.0, min(7.0, 7 * width / widest))


def seating_story(ctx: Ctx, data: MeetingData, seats: Sequence) -> list:
    from reportlab.platypus import Spacer, Table, TableStyle

    from .flow import Paragraph

    m = data.meeting
    state = meeting_state(m, "kind_seating")
    mark = outline(ctx.lang, label("kind_seating", "en"), label("kind_seating", "ja"))
    story: list = [section(ctx.state, bookmark=mark, level=ctx.level, **state)]
    titles = {"en": m.title_en, "ja": m.title_ja or m.title_en}
    subtitles = {
        lang: [label("kind_seating", lang), place_and_date(m, lang)] for lang in ("en", "ja")
    }
    story += title_block(ctx, titles, subtitles)
    if not seats:
        for lang in ctx.langs:
            story.append(Paragraph(esc(lab("no_seats", lang)), ctx.styles.body(lang)))
        return story
    story += [table_drawing(ctx, seats, ctx.width, 330), Spacer(1, 10)]
    head = [
        Paragraph(bold(mixed(" / ".join(lab(k, lg) for lg in ctx.langs))), ctx.styles.cell_en)
        for k in ("seat", "delegation", "head")
    ]
    rows = [head]
    for seat in seats:
        name = _name(seat, ctx.lang)
        rows.append(
            [
                Paragraph(esc(str(seat.index)), ctx.styles.cell_en),
                Paragraph(
                    "<br/>".join(mixed(f"{seat.code}  {part}") for part in name.split("\n")),
                    ctx.styles.cell_en,
                ),
                Paragraph(name_markup(seat.head_name or "—"), ctx.styles.cell_en),
            ]
        )
    table = Table(
        rows, colWidths=[ctx.width * 0.1, ctx.width * 0.55, ctx.width * 0.35], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ]
        )
    )
    story.append(table)
    return story


def render_seating(out: Path, data: MeetingData, seats: Sequence, options=None):
    """Write the seating plan (landscape, atomically); returns render.PdfResult."""
    from .render import PdfOptions, _run_meeting

    options = options or PdfOptions()
    return _run_meeting(
        "seating",
        Path(out),
        data,
        options,
        lambda ctx: seating_story(ctx, data, seats),
        landscape=True,
        texts=tuple((s.name_en, s.name_ja, s.head_name) for s in seats),
    )
