# SPDX-License-Identifier: GPL-3.0-or-later
"""Redline between two revisions: insertions underlined, deletions struck through, moved and
renumbered clauses marked ("5. (was 4.)"). The diff itself is meetingdesk.text.diff's."""

from __future__ import annotations

import dataclasses

from meetingdesk.formats.labels import label, revision_text
from meetingdesk.formats.redline_plan import Step, gap_text, plan
from meetingdesk.snapshots import ClauseSnap, DocumentText
from meetingdesk.text.diff import ClauseChange, ClauseRef, diff_clauses

from .common import (
    Ctx,
    bilingual,
    document_state,
    document_title_block,
    outline,
)
from .markup import deleted, diff_markup, inserted
from .page import section
from .styles import DELETED, INSERTED, MOVED, colored, esc

_barred_cache: dict[str, object] = {}


def _barred(style):
    """The style with a change bar 5 pt left of each line holding an insertion or a
    deletion (in the margin, or in the gap between parallel columns)."""
    barred = _barred_cache.get(style.name)
    if barred is None or barred.parent is not style:
        from reportlab.lib.styles import ParagraphStyle

        barred = ParagraphStyle(style.name + "_bar", parent=style)
        barred.changeBar = -5.0
        _barred_cache[style.name] = barred
    return barred


def _live(text: DocumentText) -> list[ClauseSnap]:
    """The clauses a redline compares: a deleted one kept in the round is simply absent."""
    return [c for c in text.clauses if c.status != "deleted"]


def _refs(text: DocumentText, lang: str) -> list[ClauseRef]:
    return [
        ClauseRef(c.uuid, c.number, c.text_ja if lang == "ja" else c.text_en) for c in _live(text)
    ]


def concordance_story(ctx: Ctx, text: DocumentText) -> list:
    """The old → new paragraph numbers of a renumbering, printed after its redline."""
    from reportlab.platypus import Spacer

    from .flow import Paragraph

    if not text.concordance:
        return []
    out: list = [Spacer(1, 12)]
    for lang in ctx.langs:
        out.append(Paragraph(f"<b>{esc(label('concordance', lang))}</b>", ctx.styles.heading(lang)))
    lang = ctx.langs[0]
    note = f"{label('concordance_old', lang)} → {label('concordance_new', lang)}"
    out.append(Paragraph(f"<i>{esc(note)}</i>", ctx.styles.small(lang)))
    for old, new in text.concordance:
        if old == new:
            continue  # numbers not listed stay as they were
        after = esc(new) if new else esc(label("deleted_in_round", lang))
        out.append(Paragraph(f"{esc(old or '—')} → {after}", ctx.styles.body(lang)))
    out.append(Paragraph(esc(label("concordance_rest", lang)), ctx.styles.small(lang)))
    return out


def legend(ctx: Ctx) -> list:
    from reportlab.platypus import Spacer

    from .flow import Paragraph

    out = []
    for lang in ctx.langs:
        parts = [
            f"<b>{esc(label('legend', lang))}</b>",
            inserted(esc(label("legend_inserted", lang))),
            deleted(esc(label("legend_deleted", lang))),
            colored(esc(label("legend_moved", lang)), MOVED),
            esc(label("legend_bar", lang)),
        ]
        out.append(Paragraph("   ".join(parts), ctx.styles.small(lang)))
    out.append(Spacer(1, 8))
    return out


def number_markup(change: ClauseChange, lang: str) -> str:
    """The clause's number as the redline shows it."""
    if change.kind == "deleted":
        old = esc(change.old_number or "")
        tag = label("deleted_clause", lang)
        return deleted(old) + colored(f" [{esc(tag)}]", DELETED)
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


def redline_story(
    ctx: Ctx, old: DocumentText, new: DocumentText, only_changed: bool = False
) -> list:
    """The redline of ``old`` → ``new``; with ``only_changed``, the clauses unchanged and
    not renumbered in every language shown are left out, each run of them marked ("… 12
    unchanged clauses left out …") and the headings a kept clause stands under kept."""
    from .flow import Paragraph

    between = {
        lang: label(
            "redline_between",
            lang,
            old=revision_text(old.revision_label, lang) if old.revision_label else "—",
            new=revision_text(new.revision_label, lang)
            if new.revision_label
            else label("current_text", lang),
        )
        for lang in ("en", "ja")
    }
    state = document_state(new, "kind_redline", draft=True, lang=ctx.lang)
    # the header in the file's language(s): "Rev.1 → 現行テキスト（未確定）" in Japanese
    state["revision"] = outline(ctx.lang, between["en"], between["ja"])
    mark = outline(ctx.lang, new.document.title_en, new.document.title_ja)
    story: list = [section(ctx.state, bookmark=mark, level=ctx.level, **state)]
    span = {
        lang: [between[lang]] + ([label("only_changed", lang)] if only_changed else [])
        for lang in ("en", "ja")
    }
    story += document_title_block(ctx, new, "kind_redline", span)
    story += legend(ctx)
    changes = {lang: diff_clauses(_refs(old, lang), _refs(new, lang)) for lang in ctx.langs}
    by_uuid = {lang: {c.uuid: c for c in changes[lang]} for lang in ctx.langs}
    snaps: dict[str, ClauseSnap] = {c.uuid: c for c in _live(old)}
    snaps.update({c.uuid: c for c in _live(new)})
    first = ctx.langs[0]
    if all(c.kind == "unchanged" and not c.renumbered for lg in ctx.langs for c in changes[lg]):
        story += bilingual(
            ctx,
            {
                lang: [Paragraph(esc(label("no_changes", lang)), ctx.styles.body(lang))]
                for lang in ctx.langs
            },
        )
    order = changes[first]
    if only_changed:
        steps = plan(
            [snaps[ch.uuid].kind for ch in order],
            [
                any(
                    by_uuid[lg][ch.uuid].kind != "unchanged" or by_uuid[lg][ch.uuid].renumbered
                    for lg in ctx.langs
                )
                for ch in order
            ],
            _title_index(new, order),
        )
    else:
        steps = [Step("show", index=i) for i in range(len(order))]
    for step in steps:
        if step.what == "gap":
            story += bilingual(
                ctx,
                {
                    lang: [
                        Paragraph(
                            f"<i>{esc(gap_text(step.count, lang))}</i>", ctx.styles.small(lang)
                        )
                    ]
                    for lang in ctx.langs
                },
            )
            continue
        change = order[step.index]
        clause = snaps[change.uuid]
        cells: dict[str, list] = {}
        for lang in ctx.langs:
            ch = by_uuid[lang][change.uuid]
            if only_changed and clause.depth > 0 and clause.reference and ch.new_number:
                ch = dataclasses.replace(ch, new_number=clause.reference)  # "4(a)", not "(a)"
            body = (
                diff_markup(ch.ops)
                if ch.ops
                else esc(clause.text_ja if lang == "ja" else clause.text_en)
            )
            style = _barred(
                ctx.styles.heading(lang)
                if clause.kind in ("heading", "section", "subheading")
                else ctx.styles.body(lang)
            )
            head = number_markup(ch, lang)
            cells[lang] = [Paragraph((head + " " if head else "") + body, style)] if body else []
        story += bilingual(ctx, cells)
    story += concordance_story(ctx, new)
    return story


def _title_index(new: DocumentText, order: list[ClauseChange]) -> list[int]:
    """Where ``order`` holds the text's leading heading, its title line: never shown as
    context (the title block names the document; the Word redline does the same)."""
    live = _live(new)
    if not live or live[0].kind != "heading":
        return []
    return [i for i, ch in enumerate(order) if ch.uuid == live[0].uuid]
