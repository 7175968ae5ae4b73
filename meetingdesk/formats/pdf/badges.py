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
from .styles import MUTED, RULE, esc, mixed

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
    meeting = mixed(f"{data.meeting.title_en} / {data.meeting.title_ja}".strip(" /"))
    deleg = "" if d is None else mixed(f"{d.name_en} / {d.name_ja}".strip(" /"))
    role = mixed(" / ".join(optional("role_", p.role, lang) for lang in ("en", "ja")))
    number = mixed(both("badge_no", n=p.badge_number)) if p.badge_number else ""
    name_ja = p.name_ja if p.family_name_ja else ""
    rows = [
        [Paragraph(meeting, small)],
        [Paragraph(esc(p.name_en), big)],
        [Paragraph(esc(name_ja), big_ja) if name_ja else ""],
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


def nameplate_flowable(d: DelegationSnap, width: float, height: float):
    """One tent card filling the page: lower half upright, upper half turned 180°."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus.flowables import Flowable

    from .page import draw_mixed

    def fit(text: str, font: str, limit: float, largest: float) -> float:
        w = stringWidth(text, font, 100) or 1
        return min(largest, 100 * limit / w)

    class NamePlate(Flowable):
        def wrap(self, aw, ah):
            return width, height

        def draw(self):
            c = self.canv
            half = height / 2
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
                en_size = fit(d.name_en, fonts.LATIN_BOLD, width * 0.9, 80)
                ja_size = fit(d.name_ja, fonts.JA, width * 0.8, 44) if d.name_ja else 0
                c.setFillColor("#111111")
                base = half * 0.55
                draw_mixed(c, width / 2, base, d.name_en, en_size, "center", bold=True)
                if d.name_ja:
                    draw_mixed(c, width / 2, base - ja_size * 1.35, d.name_ja, ja_size, "center")
                c.restoreState()

    return NamePlate()


def nameplates_story(ctx: Ctx, data: MeetingData, height: float) -> list:
    from reportlab.platypus import PageBreak

    state = meeting_state(data.meeting, "kind_nameplates") | {"furniture": False}
    story: list = [section(ctx.state, bookmark=both("kind_nameplates"), level=ctx.level, **state)]
    for i, d in enumerate(data.delegations):
        if i:
            story.append(PageBreak())
        story.append(section(ctx.state, bookmark=d.name_en, level=ctx.level + 1))
        story.append(nameplate_flowable(d, ctx.width, height))
    if not data.delegations:
        from .flow import Paragraph

        story.append(Paragraph(esc(label("no_participants", "en")), ctx.styles.body_en))
    return story
