# SPDX-License-Identifier: GPL-3.0-or-later
"""Badges (an A4/Letter sheet of cards to cut: name in English and Japanese, delegation, role,
badge number) and name plates (tent cards: the delegation's name large enough to read across
the table, printed twice so that, folded along the middle, both sides read upright)."""

from __future__ import annotations

from meetingdesk.formats.labels import both, label, optional
from meetingdesk.snapshots import DelegationSnap

from . import fonts
from .common import Ctx, MeetingData, meeting_state
from .page import MM, section
from .styles import MUTED, RULE, esc, mixed, name_markup

CARD_W, CARD_H = 90 * MM, 62 * MM
ROLE_COLORS = {
    "head": "#8a1c1c",
    "deputy": "#a8521c",
    "sherpa": "#1c5a8a",
    "member": "#2c6e3f",
    "staff": "#555555",
    "interpreter": "#6a3d9a",
}
BADGE_MARGINS = (12.0, 12.0, 12.0, 12.0)


def _card(ctx: Ctx, data: MeetingData, p, delegations: dict[int, DelegationSnap]):
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Table, TableStyle

    from .flow import Paragraph

    st = ctx.styles
    d = delegations.get(p.delegation_id)
    center = {"alignment": TA_CENTER}
    small = ParagraphStyle("b_small", parent=st.small_en, **center, fontSize=7, leading=9)
    big = ParagraphStyle("b_big", parent=st.cell_bold_en, **center, fontSize=15, leading=18)
    big_ja = ParagraphStyle("b_bigja", parent=st.cell_ja, **center, fontSize=14, leading=17)
    mid = ParagraphStyle("b_mid", parent=st.cell_en, **center, fontSize=9.5, leading=12)
    band = ParagraphStyle(
        "b_band", parent=st.cell_bold_en, **center, fontSize=8.5, leading=11, textColor="#ffffff"
    )
    langs = ctx.langs  # --lang: English, Japanese or both on each card

    def said(en: str, ja: str) -> str:
        return " / ".join(
            x for x in (en if "en" in langs else "", ja if "ja" in langs else "") if x
        )

    m = data.meeting
    meeting = mixed(said(m.title_en, m.title_ja or m.title_en))
    deleg = "" if d is None else mixed(said(d.name_en, d.name_ja or d.name_en))
    role = mixed(" / ".join(optional("role_", p.role, lang) for lang in langs))
    number = ""
    if p.badge_number:
        number = mixed(" / ".join(label("badge_no", lg, n=p.badge_number) for lg in langs))
    name_ja = p.name_ja if p.family_name_ja else ""
    first, second = p.name_en, name_ja
    if ctx.lang == "ja" and name_ja:
        first, second = name_ja, p.name_en  # the Japanese name first, the roman one below
    elif ctx.lang == "en":
        second = ""
    first_style = big_ja if fonts.has_cjk(first) else big
    second_style = big_ja if fonts.has_cjk(second) else mid
    rows = [
        [Paragraph(meeting, small)],
        [Paragraph(name_markup(first), first_style)],
        [Paragraph(name_markup(second), second_style) if second else ""],
        [Paragraph(deleg, mid)],
        [Paragraph(role, band)],
        [Paragraph(number, small)],
    ]
    heights = [14 * MM, 14 * MM, 9 * MM, 10 * MM, 7 * MM, 8 * MM]
    table = Table(rows, colWidths=[CARD_W - 4], rowHeights=heights)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 4), (0, 4), ROLE_COLORS.get(p.role, MUTED)),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def badges_story(ctx: Ctx, data: MeetingData) -> list:
    from reportlab.platypus import Table, TableStyle

    state = meeting_state(data.meeting, "kind_badges") | {"furniture": False}
    story: list = [section(ctx.state, bookmark=both("kind_badges"), level=ctx.level, **state)]
    delegations = {d.id: d for d in data.delegations}
    cards = [_card(ctx, data, p, delegations) for p in data.participants]
    per_row = max(1, int(ctx.width // CARD_W))
    rows = [cards[i : i + per_row] for i in range(0, len(cards), per_row)]
    if not rows:
        return story
    rows[-1] += [""] * (per_row - len(rows[-1]))
    sheet = Table(rows, colWidths=[CARD_W] * per_row, rowHeights=[CARD_H] * len(rows))
    sheet.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),  # the cutting lines
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story.append(sheet)
    return story


def plate_lines(name: str, font: str, width: float, largest: float) -> tuple[list[str], float]:
    """The name on one line, or on two when one line would have to shrink below 70% of the
    largest size: (lines, font size)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def size_for(lines: list[str]) -> float:
        widest = max(stringWidth(t, font, 100) for t in lines) or 1
        return min(largest, 100 * width / widest)

    one = size_for([name])
    words = name.split()
    if one >= largest * 0.7 or len(words) < 2:
        return [name], one
    best: tuple[list[str], float] = ([name], one)
    for cut in range(1, len(words)):
        lines = [" ".join(words[:cut]), " ".join(words[cut:])]
        size = size_for(lines) * 0.92  # two lines need some air between them
        if size > best[1]:
            best = (lines, size)
    return best


def nameplate_flowable(d: DelegationSnap, width: float, height: float, lang: str = "both"):
    """One tent card filling the page: lower half upright, upper half turned 180°. Both
    names at comparable sizes: a long English name takes two lines before it shrinks."""
    from reportlab.platypus.flowables import Flowable

    from .page import draw_mixed

    show_en = lang in ("en", "both") or not d.name_ja
    show_ja = lang in ("ja", "both") and bool(d.name_ja)
    half = height / 2
    room = half * 0.8
    en_lines, en_size = plate_lines(d.name_en, fonts.LATIN_BOLD, width * 0.9, 80)
    ja_size = 0.0
    if show_ja:
        ja_size = plate_lines(d.name_ja, fonts.JA_GOTHIC, width * 0.85, 60)[1]
    if show_en and show_ja:
        en_size = min(en_size, ja_size * 1.15)  # neither language dwarfs the other
        ja_size = min(ja_size, max(en_size, ja_size * 0.8) * 1.1)
    blocks: list[tuple[list[str], float, str]] = []
    if show_en:
        blocks.append((en_lines, en_size, fonts.LATIN_BOLD))
    if show_ja:
        blocks.append(([d.name_ja], ja_size, fonts.JA_GOTHIC))
    total = sum(len(lines) * size * 1.2 for lines, size, _f in blocks)
    if total > room:  # too tall for the half page: scale everything down together
        scale = room / total
        blocks = [(lines, size * scale, f) for lines, size, f in blocks]
        total = room

    class NamePlate(Flowable):
        def wrap(self, aw, ah):
            return width, height

        def draw(self):
            c = self.canv
            c.saveState()
            c.setStrokeColor(RULE)
            c.setDash(4, 4)
            c.line(0, half, width, half)  # fold here
            c.restoreState()
            for upside_down in (False, True):
                c.saveState()
                if upside_down:
                    c.translate(width, height)
                    c.rotate(180)
                c.setFillColor("#111111")
                y = (half + total) / 2
                for lines, size, _font in blocks:
                    for text in lines:
                        y -= size * 1.05
                        draw_mixed(c, width / 2, y, text, size, "center", bold=True)
                        y -= size * 0.15
                c.restoreState()

    return NamePlate()


def nameplates_story(ctx: Ctx, data: MeetingData, height: float) -> list:
    from reportlab.platypus import PageBreak

    state = meeting_state(data.meeting, "kind_nameplates") | {"furniture": False}
    story: list = [section(ctx.state, bookmark=both("kind_nameplates"), level=ctx.level, **state)]
    for i, d in enumerate(data.delegations):
        if i:
            story.append(PageBreak())
        mark = d.name_ja if ctx.lang == "ja" and d.name_ja else d.name_en
        story.append(section(ctx.state, bookmark=mark, level=ctx.level + 1))
        story.append(nameplate_flowable(d, ctx.width, height, ctx.lang))
    if not data.delegations:
        from .flow import Paragraph

        story.append(Paragraph(esc(label("no_participants", "en")), ctx.styles.body_en))
    return story
