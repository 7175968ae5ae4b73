# SPDX-License-Identifier: GPL-3.0-or-later
"""Meeting book: cover with the contents (each part's page number, linked), agenda, list of
participants and the current outcome documents in one PDF, each part a top-level bookmark
(sections of each document below it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from meetingdesk.formats.labels import label, place_and_date_line
from meetingdesk.snapshots import DocumentText

from .agenda import agenda_story
from .common import Ctx, MeetingData, meeting_state, title_block
from .compilation import ProposalNote, compilation_story
from .final import final_story, is_adopted
from .page import contents_line, section
from .participants import participants_story
from .styles import esc


@dataclass(frozen=True)
class BookDocument:
    text: DocumentText
    proposals: tuple[ProposalNote, ...] = ()


def book_story(ctx: Ctx, data: MeetingData, documents: Sequence[BookDocument]) -> list:
    from reportlab.platypus import PageBreak, Spacer

    from .flow import Paragraph

    m = data.meeting
    story: list = [section(ctx.state, **meeting_state(m, "kind_book"))]
    titles = {"en": m.title_en, "ja": m.title_ja or m.title_en}
    subtitles = {
        lang: [label("kind_book", lang), place_and_date_line(m, lang)] for lang in ("en", "ja")
    }
    story += [Spacer(1, 120)] + title_block(ctx, titles, subtitles)
    parts: list[tuple[str, str]] = [("kind_agenda", ""), ("kind_participants", "")]
    for doc in documents:
        parts.append(("", "kind_final" if is_adopted(doc.text) else "kind_compilation"))
    for lang in ctx.langs:
        story.append(Paragraph(f"<b>{esc(label('contents', lang))}</b>", ctx.styles.heading(lang)))
        for i, (key, kind) in enumerate(parts, start=1):
            if key:
                text = label(key, lang)
            else:
                d = documents[i - 3].text.document
                title = d.title_ja if lang == "ja" and d.title_ja else d.title_en
                text = f"{title} — {label(kind, lang)}"
            line = contents_line(f"{i}. {esc(text)}", ctx.styles.body(lang), f"part{i}")
            story.append(line)
    story += [PageBreak(), section(ctx.state, key="part1"), *agenda_story(ctx, data)]
    story += [PageBreak(), section(ctx.state, key="part2"), *participants_story(ctx, data)]
    for i, doc in enumerate(documents, start=3):
        story += [PageBreak(), section(ctx.state, key=f"part{i}")]
        if is_adopted(doc.text):
            story += final_story(ctx, doc.text, fingerprint=False)
        else:
            story += compilation_story(ctx, doc.text, doc.proposals)
    return story
