# SPDX-License-Identifier: GPL-3.0-or-later
"""List of participants: delegations in order of precedence (members, invited, organisations),
each with its members, head first; names and positions in English and Japanese."""

from __future__ import annotations

from itertools import groupby

from meetingdesk.formats.labels import label, optional, place_and_date_line
from meetingdesk.snapshots import DelegationSnap, ParticipantSnap

from .common import Ctx, MeetingData, meeting_state, outline, title_block
from .page import section
from .styles import RULE, esc, mixed, name_markup
from .styles import bold as bold_markup


def delegation_title(d: DelegationSnap, lang: str) -> str:
    if lang == "both" and d.name_ja:
        return f"{d.name_en} / {d.name_ja}"
    return d.name_ja if lang == "ja" and d.name_ja else d.name_en


def _stack(
    ctx: Ctx, pairs: list[tuple[str, str]], bold_first: bool = False, names: bool = False
) -> list:
    """Cell content: one paragraph per language of the export (same cell, stacked).
    Names are never split inside a word ("竹村 美智子" breaks, if at all, at its space)."""
    from .flow import Paragraph

    out = []
    for i, (lang, text) in enumerate(pairs):
        if not text:
            continue
        bold = bold_first and i == 0
        inner = name_markup(text) if names else mixed(text)
        markup = bold_markup(inner) if bold else inner
        style = ctx.styles.cell_bold_en if bold else ctx.styles.cell_en
        if lang == "ja":
            base = ctx.styles.cell_bold_ja if bold else ctx.styles.cell_ja
            style = _whole(base) if names else base
            markup = esc(text)
        out.append(Paragraph(markup, style))
    return out


_whole_cache: dict[str, object] = {}


def _whole(style):
    """The Japanese style whose lines break only at spaces (keepWhole, see flow.py)."""
    derived = _whole_cache.get(style.name)
    if derived is None or derived.parent is not style:
        from reportlab.lib.styles import ParagraphStyle

        derived = ParagraphStyle(style.name + "_whole", parent=style)
        derived.keepWhole = True
        _whole_cache[style.name] = derived
    return derived


def _row(ctx: Ctx, p: ParticipantSnap) -> list:
    names, positions, roles = [], [], []
    for lang in ctx.langs:
        names.append((lang, p.name_ja if lang == "ja" else _honoured(p)))
        positions.append((lang, p.position_ja if lang == "ja" else p.position_en))
        roles.append((lang, optional("role_", p.role, lang)))
    if ctx.lang == "both" and names[0][1] == names[-1][1]:
        names = names[:1]
    return [
        _stack(ctx, names, bold_first=True, names=True),
        _stack(ctx, positions),
        _stack(ctx, roles),
    ]


def _honoured(p: ParticipantSnap) -> str:
    return f"{p.honorific} {p.name_en}".strip() if p.honorific else p.name_en


def participants_story(ctx: Ctx, data: MeetingData) -> list:
    from reportlab.platypus import Spacer, Table, TableStyle

    from .flow import Paragraph

    m = data.meeting
    story: list = [
        section(
            ctx.state,
            bookmark=outline(
                ctx.lang, label("kind_participants", "en"), label("kind_participants", "ja")
            ),
            level=ctx.level,
            **meeting_state(m, "kind_participants"),
        )
    ]
    titles = {"en": m.title_en, "ja": m.title_ja or m.title_en}
    subtitles = {
        lang: [label("kind_participants", lang), place_and_date_line(m, lang)]
        for lang in ("en", "ja")
    }
    story += title_block(ctx, titles, subtitles)
    if not data.participants:
        for lang in ctx.langs:
            story.append(Paragraph(esc(label("no_participants", lang)), ctx.styles.body(lang)))
        return story
    by_delegation: dict[int, list[ParticipantSnap]] = {}
    for p in data.participants:
        by_delegation.setdefault(p.delegation_id, []).append(p)
    widths = [ctx.width * 0.36, ctx.width * 0.42, ctx.width * 0.22]
    for kind, delegations in groupby(data.delegations, key=lambda d: d.kind):
        delegations = [d for d in delegations if d.id in by_delegation]
        if not delegations:
            continue
        kind_title = " / ".join(optional("delegation_kind_", kind, lang) for lang in ctx.langs)
        story.append(Paragraph(bold_markup(mixed(kind_title)), ctx.styles.title_en))
        for d in delegations:
            heading = Paragraph(
                bold_markup(mixed(delegation_title(d, ctx.lang))), ctx.styles.heading_en
            )
            rows = [_row(ctx, p) for p in by_delegation[d.id]]
            table = Table(rows, colWidths=widths)
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                        ("LEFTPADDING", (0, 0), (0, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            # the heading keeps with the table's first rows (keepWithNext in its style)
            story += [heading, table, Spacer(1, 6)]
    return story
