# SPDX-License-Identifier: GPL-3.0-or-later
"""What an import will write, decided before anything is written.

An import takes one outline per language (English, and Japanese when given) and gives a
``Plan``: one item per clause-to-be, with both texts, its kind and depth (0 a paragraph,
1 its "(a)", 2 an "(i)" under that), and — for a new text of an existing document — what
happens to each existing clause (``same``, ``change``, ``drop``) and which lines are ``new``.
The preview shows the plan, the service writes it; both read the same value, so what the
user confirmed is what is written.

Languages are paired by structure (``align.align_languages``); a new text is paired with
existing clauses by identity (``align.match_revision``). Mismatches are listed in
``Plan.mismatches``: the service refuses the import while any remain, unless the user
explicitly imports with the missing Japanese flagged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .align import align_languages, match_revision
from .draft_outline import Outline, OutlineLine
from .numbering import number_clauses, to_letters, to_roman
from .problems import Problem

__all__ = [
    "ExistingClause",
    "Plan",
    "PlanItem",
    "plan_document",
    "plan_revision",
    "preview_numbers",
]


@dataclass(frozen=True)
class PlanItem:
    kind: str  # clause kind: heading, preambular, section, subheading, operative
    depth: int  # 0 top level; 1 a sub-paragraph "(a)"; 2 an "(i)" under it
    label: str  # the number as the source showed it
    text_en: str
    text_ja: str
    notes: tuple[str, ...] = ()  # footnotes of the English text
    where: str = ""
    action: str = "new"  # new / same / change / drop
    clause_id: int | None = None  # the existing clause (same / change / drop)
    old_text: str = ""  # its current text in the imported language (change / drop)
    old_heads: tuple[int | None, int | None] = (None, None)  # its EN/JA heads when planned
    notes_ja: tuple[str, ...] = ()  # footnotes of the Japanese text
    sources: tuple[int | None, int | None] = (None, None)  # line index in (primary, other)


@dataclass(frozen=True)
class ExistingClause:
    id: int
    kind: str
    number: str
    text_en: str
    text_ja: str
    depth: int = 0
    heads: tuple[int | None, int | None] = (None, None)  # current EN/JA version ids


@dataclass(frozen=True)
class Plan:
    items: tuple[PlanItem, ...]
    report: tuple[str, ...] = ()  # what was not imported (tables, pictures …)
    mismatches: tuple[str, ...] = ()  # English/Japanese disagreements: block the import
    structure: tuple[str, ...] = ()  # an outline that cannot be stored (orphan sub-paragraphs)

    @property
    def missing_japanese(self) -> int:
        return sum(1 for i in self.items if i.action != "drop" and i.text_en and not i.text_ja)

    @property
    def missing_english(self) -> int:
        return sum(1 for i in self.items if i.action != "drop" and i.text_ja and not i.text_en)

    def count(self, action: str) -> int:
        return sum(1 for i in self.items if i.action == action)


def _kind_depth(line: OutlineLine) -> tuple[str, int]:
    if line.kind == "subparagraph":
        return "operative", max(1, min(line.level, 2))
    return line.kind, 0


def _structure(outline: Outline) -> list[tuple[str, int, str]]:
    return [(line.kind, line.level, line.label) for line in outline.lines]


def _pair_languages(
    primary: Outline, other: Outline | None
) -> tuple[list[tuple[OutlineLine | None, OutlineLine | None]], list[str], list[tuple]]:
    """Line pairs, the mismatches, and each pair's (primary, other) line indexes."""
    if other is None:
        lines = [(line, None) for line in primary.lines]
        return lines, [], [(n, None) for n in range(len(primary.lines))]
    pairs, problems = align_languages(_structure(primary), _structure(other))
    out = [
        (
            primary.lines[p.left] if p.left is not None else None,
            other.lines[p.right] if p.right is not None else None,
        )
        for p in pairs
    ]
    return out, problems, [(p.left, p.right) for p in pairs]


def plan_document(english: Outline, japanese: Outline | None = None) -> Plan:
    """A new document from an English outline and, if given, its Japanese counterpart."""
    pairs, problems, indexes = _pair_languages(english, japanese)
    items: list[PlanItem] = []
    for (en, ja), sources in zip(pairs, indexes, strict=True):
        line = en or ja
        assert line is not None
        kind, depth = _kind_depth(line)
        items.append(
            PlanItem(
                kind=kind,
                depth=depth,
                label=line.label,
                text_en=en.text if en else "",
                text_ja=ja.text if ja else "",
                notes=en.notes if en else (),
                where=line.where,
                notes_ja=ja.notes if ja else (),
                sources=sources,
            )
        )
    report = english.report + (japanese.report if japanese else ())
    if japanese is not None:
        report = tuple(f"English: {r}" for r in english.report) + tuple(
            f"Japanese: {r}" for r in japanese.report
        )
    return Plan(tuple(items), report, tuple(problems), tuple(_check_depths(items)))


def _check_depths(items: Sequence[PlanItem]) -> list[str]:
    """A sub-paragraph needs an operative paragraph (or a sub-paragraph) before it."""
    problems: list[str] = []
    last_depth = None
    for item in items:
        if item.action == "drop":
            continue
        if item.depth > 0 and (last_depth is None or item.depth > last_depth + 1):
            label = f" {item.label}" if item.label else ""
            problems.append(
                Problem(
                    f"{item.where}: sub-paragraph{label} has no paragraph above it; make it a "
                    "paragraph",
                    "sub_paragraph_without_paragraph",
                    place=item.where,
                    number=item.label,
                )
            )
        last_depth = item.depth if item.kind == "operative" else None
    return problems


def plan_revision(
    existing: Sequence[ExistingClause],
    primary: Outline,
    lang: str = "en",
    other: Outline | None = None,
) -> Plan:
    """A new text of an existing document in ``lang`` (the other language optional).

    Existing clauses (not deleted ones) are paired with the new lines by identity; each new
    line is ``same`` (identical text), ``change`` (a new version) or ``new``; existing clauses
    nothing pairs with are ``drop`` (they become deleted, their history kept).
    """
    pairs, problems, indexes = _pair_languages(primary, other)
    lines = [(a, b) for a, b in pairs]
    old_key = [(c.kind, c.number, c.text_en if lang == "en" else c.text_ja) for c in existing]
    new_key = []
    for a, b in lines:
        line = a or b
        assert line is not None
        kind, _depth = _kind_depth(line)
        new_key.append((kind, line.label, a.text if a else ""))
    matches = match_revision(old_key, new_key)
    items: list[PlanItem] = []
    for m in matches:
        if m.right is None:
            old = existing[m.left]
            items.append(
                PlanItem(
                    kind=old.kind,
                    depth=old.depth,
                    label=old.number,
                    text_en=old.text_en,
                    text_ja=old.text_ja,
                    action="drop",
                    clause_id=old.id,
                    old_text=old_key[m.left][2],
                    old_heads=old.heads,
                )
            )
            continue
        a, b = lines[m.right]
        line = a or b
        assert line is not None
        kind, depth = _kind_depth(line)
        primary_text = a.text if a else ""
        other_text = b.text if b else ""
        text_en, text_ja = (
            (primary_text, other_text) if lang == "en" else (other_text, primary_text)
        )
        notes_primary = a.notes if a else ()
        notes_other = b.notes if b else ()
        notes_en, notes_ja = (
            (notes_primary, notes_other) if lang == "en" else (notes_other, notes_primary)
        )
        if m.left is None:
            items.append(
                PlanItem(
                    kind,
                    depth,
                    line.label,
                    text_en,
                    text_ja,
                    notes_en,
                    line.where,
                    notes_ja=notes_ja,
                )
            )
            continue
        old = existing[m.left]
        if other is None:  # one language imported: the other keeps its current text
            text_en, text_ja = (
                (primary_text, old.text_ja) if lang == "en" else (old.text_en, primary_text)
            )
        same = (text_en, text_ja, kind) == (old.text_en, old.text_ja, old.kind)
        items.append(
            PlanItem(
                kind=kind,
                depth=depth,
                label=line.label,
                text_en=text_en,
                text_ja=text_ja,
                notes=notes_en,
                notes_ja=notes_ja,
                sources=indexes[m.right],
                where=line.where,
                action="same" if same else "change",
                clause_id=old.id,
                old_text=old_key[m.left][2],
                old_heads=old.heads,
            )
        )
    report = primary.report + (other.report if other else ())
    return Plan(tuple(items), report, tuple(problems), tuple(_check_depths(items)))


def preview_numbers(plan: Plan) -> list[str]:
    """The numbers the clauses will show (dropped ones keep their old number).

    Top-level numbers come from the shared numbering function; sub-paragraphs count "(a)",
    "(b)" under their paragraph and "(i)", "(ii)" under those.
    """
    live = [i for i in plan.items if i.action != "drop" and i.depth == 0]
    top = iter(number_clauses([i.kind for i in live]))
    counters = [0, 0, 0]
    out: list[str] = []
    for item in plan.items:
        if item.action == "drop":
            out.append(item.label)
        elif item.depth == 0:
            counters = [0, 0, 0]
            out.append(next(top))
        else:
            counters[item.depth] += 1
            for deeper in range(item.depth + 1, 3):
                counters[deeper] = 0
            n = counters[item.depth]
            out.append(f"({to_letters(n)})" if item.depth == 1 else f"({to_roman(n)})")
    return out
