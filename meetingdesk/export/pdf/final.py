# SPDX-License-Identifier: GPL-3.0-or-later
"""Final text of a document: title, place and date, sections and numbered paragraphs, in
English, Japanese or both in parallel columns. An adopted text carries its SHA-256 in the
footer and no DRAFT watermark; anything else is watermarked."""

from __future__ import annotations

from meetingdesk.snapshots import DocumentText

from .common import Ctx, bilingual, clause_paragraph, document_state, document_title_block
from .markup import final_markup, plain_text
from .page import section


def is_adopted(text: DocumentText) -> bool:
    return text.document.status == "adopted"


def check_final(text: DocumentText) -> None:
    """Refuse a text whose brackets do not balance (raises ExportError naming the clause)."""
    for clause in text.clauses:
        for lang, body in (("English", clause.text_en), ("Japanese", clause.text_ja)):
            if body:
                where = f"{text.document.short_name} clause {clause.number or clause.position}"
                final_markup(body, f"{where} ({lang})")


def final_story(ctx: Ctx, text: DocumentText, *, fingerprint: bool = True) -> list:
    check_final(text)
    adopted = is_adopted(text)
    digest = text.document.adopted_hash if adopted and fingerprint else ""
    state = document_state(text, "kind_final", draft=not adopted, fingerprint=digest)
    title = text.document.title_en
    story: list = [section(ctx.state, bookmark=title, level=ctx.level, **state)]
    story += document_title_block(ctx, text, "kind_final")
    missing = 0
    for clause in text.clauses:
        cells: dict[str, list] = {}
        for lang in ctx.langs:
            body = clause.text_ja if lang == "ja" else clause.text_en
            if lang == "ja" and not body:
                missing += 1
            cells[lang] = [clause_paragraph(ctx, clause, lang, final_markup(body))] if body else []
        if clause.kind == "section":
            outline = f"{clause.number} {plain_text(clause.text_en)}".strip()
            story.append(section(ctx.state, bookmark=outline[:120], level=ctx.level + 1))
        story += bilingual(ctx, cells)
    if missing:
        ctx.warnings.append(
            f"{text.document.short_name}: {missing} clause(s) have no Japanese text yet"
        )
    return story
