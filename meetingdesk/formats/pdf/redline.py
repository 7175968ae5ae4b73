# SPDX-License-Identifier: GPL-3.0-or-later
"""Redline between two revisions: insertions underlined, deletions struck through, moved and
renumbered clauses marked ("5. (was 4.)"). The diff itself is meetingdesk.text.diff's."""

from __future__ import annotations

from meetingdesk.formats.labels import label
from meetingdesk.snapshots import ClauseSnap, DocumentText
from meetingdesk.text.diff import ClauseChange, ClauseRef, diff_clauses

from .common import Ctx, bilingual, document_state, document_title_block
from .markup import diff_markup
from .page import section
from .styles import DELETED, INSERTED, MOVED, colored, esc


def _refs(text: DocumentText, lang: str) -> list[ClauseRef]:
    return [
        ClauseRef(c.uuid, c.number, c.text_ja if lang == "ja" else c.text_en) for c in text.clauses
    ]


def legend(ctx: Ctx) -> list:
    from reportlab.platypus import Spacer

    from .flow import Paragraph

    out = []
    for lang in ctx.langs:
        parts = [
            f"<b>{esc(label('legend', lang))}</b>",
            colored(f"<u>{esc(label('legend_inserted', lang))}</u>", INSERTED),
            colored(f"<strike>{esc(label('legend_deleted', lang))}</strike>", DELETED),
            colored(esc(label("legend_moved", lang)), MOVED),
        ]
        out.append(Paragraph("   ".join(parts), ctx.styles.small(lang)))
    out.append(Spacer(1, 8))
    return out


def number_markup(change: ClauseChange, lang: str) -> str:
    """The clause's number as the redline shows it."""
    if change.kind == "deleted":
        old = esc(change.old_number or "")
        tag = label("deleted_clause", lang)
        return colored(f"<strike>{old}</strike> [{esc(tag)}]", DELETED)
    new = esc(change.new_number or "")
    if change.kind == "added":
        return colored(f"<b>{new}</b> [{esc(label('added_clause', lang))}]", INSERTED)
    marks = []
    if change.renumbered and change.old_number:
        marks.append(label("was", lang, new="", old=change.old_number).strip())
    if change.kind == "moved":
        marks.append(f"[{label('moved_clause', lang)}]")
    head = f"<b>{new}</b>" if new else ""
    if marks:
        head += " " + colored(esc(" ".join(marks)), MOVED)
    return head


def redline_story(ctx: Ctx, old: DocumentText, new: DocumentText) -> list:
    from .flow import Paragraph

    state = document_state(new, "kind_redline", draft=True, lang=ctx.lang)
    state["revision"] = label(
        "redline_between",
        "en",
        old=old.revision_label or "—",
        new=new.revision_label or label("current_text", "en"),
    )
    story: list = [section(ctx.state, bookmark=new.document.title_en, level=ctx.level, **state)]
    span = {
        lang: [
            label(
                "redline_between",
                lang,
                old=old.revision_label or "—",
                new=new.revision_label or label("current_text", lang),
            )
        ]
        for lang in ("en", "ja")
    }
    story += document_title_block(ctx, new, "kind_redline", span)
    story += legend(ctx)
    changes = {lang: diff_clauses(_refs(old, lang), _refs(new, lang)) for lang in ctx.langs}
    by_uuid = {lang: {c.uuid: c for c in changes[lang]} for lang in ctx.langs}
    snaps: dict[str, ClauseSnap] = {c.uuid: c for c in old.clauses}
    snaps.update({c.uuid: c for c in new.clauses})
    first = ctx.langs[0]
    if all(c.kind == "unchanged" and not c.renumbered for lg in ctx.langs for c in changes[lg]):
        story += bilingual(
            ctx,
            {
                lang: [Paragraph(esc(label("no_changes", lang)), ctx.styles.body(lang))]
                for lang in ctx.langs
            },
        )
    for change in changes[first]:
        clause = snaps[change.uuid]
        cells: dict[str, list] = {}
        for lang in ctx.langs:
            ch = by_uuid[lang][change.uuid]
            body = (
                diff_markup(ch.ops)
                if ch.ops
                else esc(clause.text_ja if lang == "ja" else clause.text_en)
            )
            style = (
                ctx.styles.heading(lang)
                if clause.kind in ("heading", "section", "subheading")
                else ctx.styles.body(lang)
            )
            head = number_markup(ch, lang)
            cells[lang] = [Paragraph((head + " " if head else "") + body, style)] if body else []
        story += bilingual(ctx, cells)
    return story
