# SPDX-License-Identifier: GPL-3.0-or-later
"""Final text of a document: title, place and date, sections and numbered paragraphs, in
English, Japanese or both in parallel columns. An adopted text carries its SHA-256 in the
footer and no DRAFT watermark; anything else is watermarked."""

from __future__ import annotations

from meetingdesk.formats import ExportError
from meetingdesk.snapshots import DocumentText

from .common import (
    Ctx,
    bilingual,
    clause_paragraph,
    document_state,
    document_title_block,
    outline,
    without_repeated_title,
)
from .markup import final_markup, plain_text
from .page import section


def is_adopted(text: DocumentText) -> bool:
    return text.document.status == "adopted"


def check_final(text: DocumentText) -> dict[tuple[int, str], str]:
    """Markup of every clause text, keyed (clause id, lang); refuses a text whose brackets do
    not balance (ExportError naming the clause) before any file is touched."""
    out: dict[tuple[int, str], str] = {}
    for clause in text.clauses:
        for lang, body in (("en", clause.text_en), ("ja", clause.text_ja)):
            if body:
                where = f"{text.document.short_name} clause {clause.number or clause.position}"
                name = "English" if lang == "en" else "Japanese"
                try:
                    out[(clause.id, lang)] = final_markup(body, f"{where} ({name})")
                except ExportError as exc:
                    raise ExportError(
                        str(exc),
                        code="final_unbalanced",
                        document=text.document.short_name,
                        clause=clause.number,
                        language=lang,
                    ) from exc
    return out


def final_story(
    ctx: Ctx,
    text: DocumentText,
    *,
    fingerprint: bool = True,
    markup: dict[tuple[int, str], str] | None = None,
    key: str = "",
) -> list:
    markup = markup if markup is not None else check_final(text)
    adopted = is_adopted(text)
    digest = text.document.adopted_hash if adopted and fingerprint else ""
    kind = "kind_final" if adopted else "kind_clean"  # "Final text" only on an adopted text
    state = document_state(text, kind, draft=not adopted, fingerprint=digest, lang=ctx.lang)
    title = outline(ctx.lang, text.document.title_en, text.document.title_ja)
    story: list = [section(ctx.state, bookmark=title, level=ctx.level, key=key, **state)]
    story += document_title_block(ctx, text, kind)
    missing = 0
    for clause in without_repeated_title(text):
        cells: dict[str, list] = {}
        for lang in ctx.langs:
            body = clause.text_ja if lang == "ja" else clause.text_en
            if lang == "ja" and not body:
                missing += 1
            cells[lang] = (
                [clause_paragraph(ctx, clause, lang, markup[(clause.id, lang)])] if body else []
            )
        if clause.kind == "section":
            mark = outline(
                ctx.lang,
                f"{clause.number} {plain_text(clause.text_en)}".strip(),
                f"{clause.number} {plain_text(clause.text_ja)}".strip() if clause.text_ja else "",
            )
            story.append(section(ctx.state, bookmark=mark, level=ctx.level + 1))
        story += bilingual(ctx, cells)
    if missing:
        ctx.warnings.append(
            f"{text.document.short_name}: {missing} clause(s) have no Japanese text yet"
        )
    return story
