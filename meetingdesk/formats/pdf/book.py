# SPDX-License-Identifier: GPL-3.0-or-later
"""Meeting book: cover, agenda, list of participants and the current outcome documents in
one PDF, each part a top-level bookmark (sections of each document below it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from meetingdesk.formats.labels import label, place_and_date_line
from meetingdesk.snapshots import DocumentText

from .agenda import agenda_story
from .common import Ctx, MeetingData, meeting_state, title_block
from .compilation import ProposalNote, compilation_story
from .final import final_story, is_adopted
from .page import section
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
    for lang in ctx.langs:
        story.append(Paragraph(f"<b>{esc(label('contents', lang))}</b>", ctx.styles.heading(lang)))
        parts = [label("kind_agenda", lang), label("kind_participants", lang)]
        for doc in documents:
            d = doc.text.document
            title = d.title_ja if lang == "ja" and d.title_ja else d.title_en
            kind = "kind_final" if is_adopted(doc.text) else "kind_compilation"
            parts.append(f"{title} — {label(kind, lang)}")
        for i, part in enumerate(parts, start=1):
            story.append(Paragraph(f"{i}. {esc(part)}", ctx.styles.body(lang)))
    story += [PageBreak(), *agenda_story(ctx, data), PageBreak(), *participants_story(ctx, data)]
    for doc in documents:
        story.append(PageBreak())
        if is_adopted(doc.text):
            story += final_story(ctx, doc.text, fingerprint=False)
        else:
            story += compilation_story(ctx, doc.text, doc.proposals)
    return story
