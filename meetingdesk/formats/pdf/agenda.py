# SPDX-License-Identifier: GPL-3.0-or-later
"""Bilingual agenda: one heading per day, sessions with their times in the meeting's zone,
room, chair and numbered items."""

from __future__ import annotations

from itertools import groupby
from zoneinfo import ZoneInfo

from meetingdesk.formats.labels import day_heading, label, optional, place_and_date_line
from meetingdesk.snapshots import AgendaSessionSnap

from .common import Ctx, MeetingData, meeting_state, outline, pick, title_block
from .page import section
from .styles import RULE, bold, esc, ja_run, mixed


def _session_cell(ctx: Ctx, data: MeetingData, s: AgendaSessionSnap, lang: str) -> list:
    from .flow import Paragraph

    rooms = {r.id: r for r in data.rooms}
    people = {p.id: p for p in data.participants}
    st = ctx.styles
    title = pick(lang, s.title_en, s.title_ja)
    out = [Paragraph(f"<b>{esc(title)}</b>", st.cell(title, bold=True))]
    facts = [optional("sk_", s.kind, lang)]
    room = rooms.get(s.room_id) if s.room_id else None
    if room is not None:
        facts.append(f"{label('room', lang)}: {pick(lang, room.name_en, room.name_ja)}")
    elif s.room_name:
        facts.append(f"{label('room', lang)}: {s.room_name}")
    chair = people.get(s.chair_id) if s.chair_id else None
    if chair is not None:
        facts.append(f"{label('chair', lang)}: {chair.name_ja if lang == 'ja' else chair.name_en}")
    elif s.chair_name:
        facts.append(f"{label('chair', lang)}: {s.chair_name}")
    line = " · ".join(facts) if lang == "en" else "　".join(facts)
    out.append(Paragraph(mixed(line) if lang == "en" else esc(line), st.small(lang)))
    for item in s.items:
        text = pick(lang, item.title_en, item.title_ja)
        if item.document_name:
            text += " — " + label("item_document", lang, name=item.document_name)
        style = st.cell(text) if lang == "en" else st.cell_ja
        out.append(Paragraph(f"{esc(item.number)}. {esc(text)}", style))
    return out


def agenda_story(ctx: Ctx, data: MeetingData) -> list:
    from reportlab.platypus import Spacer, Table, TableStyle

    from .flow import Paragraph

    m = data.meeting
    story: list = [
        section(
            ctx.state,
            bookmark=outline(ctx.lang, label("kind_agenda", "en"), label("kind_agenda", "ja")),
            level=ctx.level,
            **meeting_state(m, "kind_agenda"),
        )
    ]
    titles = {"en": m.title_en, "ja": m.title_ja or m.title_en}
    subtitles = {
        lang: [label("kind_agenda", lang), place_and_date_line(m, lang)] for lang in ("en", "ja")
    }
    story += title_block(ctx, titles, subtitles)
    if not data.sessions:
        for lang in ctx.langs:
            story.append(Paragraph(esc(label("no_sessions", lang)), ctx.styles.body(lang)))
        return story
    zone = ZoneInfo(m.time_zone or "UTC")
    time_col = 74.0
    rest = (ctx.width - time_col) / len(ctx.langs)
    local = [(s, s.starts_at.astimezone(zone), s.ends_at.astimezone(zone)) for s in data.sessions]
    for day, group in groupby(local, key=lambda x: x[1].date()):
        # the Japanese date wholly in the Japanese face (Gothic when bold), digits included
        parts = [
            ja_run(day_heading(day, lang)) if lang == "ja" else mixed(day_heading(day, lang))
            for lang in ctx.langs
        ]
        story.append(Paragraph(bold(" / ".join(parts)), ctx.styles.heading_en))
        rows = []
        for s, start, end in group:
            span = f"{start:%H:%M}–{end:%H:%M}"
            row = [Paragraph(esc(span), ctx.styles.cell_en)]
            row += [_session_cell(ctx, data, s, lang) for lang in ctx.langs]
            rows.append(row)
        table = Table(rows, colWidths=[time_col] + [rest] * len(ctx.langs), repeatRows=0)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                ]
            )
        )
        story += [table, Spacer(1, 8)]
    return story
