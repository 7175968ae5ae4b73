# SPDX-License-Identifier: GPL-3.0-or-later
"""Compilation text of a revision: brackets and alternatives visible (bold, coloured),
supporting delegations after each alternative, clause status markers (ad ref, agreed), each
open proposal attributed to its delegation with the other delegations' positions on it
(support / oppose / reserve / awaiting instructions), and a legend naming the meeting's own
delegation codes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from meetingdesk.formats.labels import label, optional
from meetingdesk.snapshots import ClauseSnap, DocumentText

from .common import (
    Ctx,
    bilingual,
    clause_paragraph,
    document_state,
    document_title_block,
    outline,
)
from .markup import compilation_markup, plain_text
from .page import section
from .styles import BRACKET, MOVED, colored, esc


@dataclass(frozen=True)
class ProposalNote:
    """An open proposal as the compilation prints it (built by the service from its own
    proposal snapshots)."""

    clause_id: int | None
    after_clause_id: int | None
    delegation_code: str
    kind: str  # insert / replace / delete / new
    language: str
    text: str
    # (delegation code, stance) in the order to print; stance: support / oppose / reserve /
    # awaiting_instructions. As of the revision's freeze for a frozen revision.
    positions: tuple[tuple[str, str], ...] = ()


STANCE_ORDER = ("support", "oppose", "reserve", "awaiting_instructions")


@dataclass(frozen=True)
class DelegationCode:
    """A delegation as the legend names it: its code and its names."""

    code: str
    name_en: str
    name_ja: str


def positions_text(note: ProposalNote, lang: str) -> str:
    """ "Positions — support: CAN, FRA · oppose: USA", grouped by stance in a fixed order."""
    if not note.positions:
        return label("positions_none", lang)
    groups = []
    for stance in STANCE_ORDER + tuple(sorted({s for _c, s in note.positions} - set(STANCE_ORDER))):
        codes = [c for c, s in note.positions if s == stance]
        if codes:
            sep = "：" if lang == "ja" else ": "
            groups.append(optional("stance_", stance, lang) + sep + ", ".join(codes))
    dash = "　" if lang == "ja" else " — "
    return label("positions", lang) + dash + " · ".join(groups)


def legend(ctx: Ctx, delegations: Sequence[DelegationCode] = ()) -> list:
    from reportlab.platypus import Spacer, Table, TableStyle

    from .flow import Paragraph

    keys = (
        "legend_brackets",
        "legend_alternatives",
        "legend_supporters",
        "legend_ad_ref",
        "legend_agreed",
        "legend_proposal",
    )
    if delegations:
        keys += ("legend_positions",)
    rows = []
    for key in keys:
        rows.append(
            [Paragraph(esc(label(key, lang)), ctx.styles.small(lang)) for lang in ctx.langs]
        )
    if delegations:
        cells = []
        for lang in ctx.langs:
            names = [
                f"{d.code} {(d.name_ja or d.name_en) if lang == 'ja' else d.name_en}".strip()
                for d in delegations
            ]
            sep = "、" if lang == "ja" else " · "
            text = label("legend_codes", lang, codes=sep.join(names))
            cells.append(Paragraph(esc(text), ctx.styles.small(lang)))
        rows.append(cells)
    head = [
        Paragraph(f"<b>{esc(label('legend', lang))}</b>", ctx.styles.small(lang))
        for lang in ctx.langs
    ]
    col = ctx.width / len(ctx.langs)
    table = Table([head, *rows], colWidths=[col] * len(ctx.langs))
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, BRACKET),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return [table, Spacer(1, 10)]


def status_marker(clause: ClauseSnap, lang: str) -> str:
    """ "[ad ref (US)]" / "[agreed]" before the clause text; nothing for other statuses."""
    if clause.status == "ad_ref" or clause.ad_ref:
        codes = ", ".join(clause.ad_ref) or "—"
        text = label("ad_ref_pending", lang, codes=codes)
    elif clause.status == "agreed":
        text = label("status_agreed", lang)
    else:
        return ""
    return colored(f'<font size="-1.5"><b>[{esc(text)}]</b></font>', MOVED) + " "


def _proposal_paragraphs(ctx: Ctx, notes: Sequence[ProposalNote], lang: str) -> list:
    from reportlab.lib.styles import ParagraphStyle

    from .flow import Paragraph

    base = ctx.styles.small(lang)
    style = ParagraphStyle(base.name + "_prop", parent=base, leftIndent=22, spaceAfter=3)
    stances = ParagraphStyle(base.name + "_pos", parent=base, leftIndent=32, spaceAfter=3)
    out = []
    for note in notes:
        if note.language not in (lang, "") and ctx.lang == "both":
            continue
        who = label("proposal_by", lang, code=note.delegation_code)
        kind = optional("proposal_", note.kind, lang)
        body = compilation_markup(note.text) if note.text else ""
        out.append(Paragraph(f"<b>{esc(who)}</b> ({esc(kind)}): {body}", style))
        out.append(Paragraph(esc(positions_text(note, lang)), stances))
    return out


def compilation_story(
    ctx: Ctx,
    text: DocumentText,
    proposals: Sequence[ProposalNote] = (),
    delegations: Sequence[DelegationCode] = (),
) -> list:
    state = document_state(text, "kind_compilation", draft=True, lang=ctx.lang)
    d = text.document
    mark = outline(ctx.lang, d.title_en, d.title_ja)
    story: list = [section(ctx.state, bookmark=mark, level=ctx.level, **state)]
    extra = {lang: [label("without_prejudice", lang)] for lang in ("en", "ja")}
    story += document_title_block(ctx, text, "kind_compilation", extra)
    story += legend(ctx, delegations)
    on_clause: dict[int, list[ProposalNote]] = {}
    after_clause: dict[int, list[ProposalNote]] = {}
    loose: list[ProposalNote] = []
    ids = {c.id for c in text.clauses}
    for note in proposals:
        if note.clause_id in ids:
            on_clause.setdefault(note.clause_id, []).append(note)
        elif note.after_clause_id in ids:
            after_clause.setdefault(note.after_clause_id, []).append(note)
        else:
            loose.append(note)
    for clause in text.clauses:
        if clause.kind == "section":
            mark = outline(
                ctx.lang,
                f"{clause.number} {plain_text(clause.text_en)}".strip(),
                f"{clause.number} {plain_text(clause.text_ja)}".strip() if clause.text_ja else "",
            )
            story.append(section(ctx.state, bookmark=mark, level=ctx.level + 1))
        cells: dict[str, list] = {}
        for lang in ctx.langs:
            body = clause.text_ja if lang == "ja" else clause.text_en
            flow = []
            if body:
                prefix = status_marker(clause, lang)
                flow.append(clause_paragraph(ctx, clause, lang, compilation_markup(body), prefix))
            flow += _proposal_paragraphs(ctx, on_clause.get(clause.id, ()), lang)
            flow += _proposal_paragraphs(ctx, after_clause.get(clause.id, ()), lang)
            cells[lang] = flow
        story += bilingual(ctx, cells)
    if loose:
        story += bilingual(
            ctx, {lang: _proposal_paragraphs(ctx, loose, lang) for lang in ctx.langs}
        )
    return story
