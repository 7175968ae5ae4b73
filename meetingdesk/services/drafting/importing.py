# SPDX-License-Identifier: GPL-3.0-or-later
"""Drafts in: a zero draft as a new document, a chair's next text over an existing one.

Reading a file gives an outline (formats/), the outline gives a plan (text/draft_plan); the
window and the command line show the plan, and only the confirmed plan is written here — in
one transaction, all or nothing. A plan that still has English/Japanese mismatches is refused
unless the caller imports it explicitly with the missing Japanese flagged (each such clause's
English version carries the note ``MISSING_JA_NOTE``).

Sub-paragraphs become child clauses where the program has them (``Clause.parent_id`` and
numbered children in the clause snapshots); otherwise they are kept inside their
paragraph's text, one per line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from meetingdesk.formats.draft_text import DraftReadError, read_draft, read_html, read_plain
from meetingdesk.model import Clause, ClauseVersion, utc_now
from meetingdesk.snapshots import ClauseSnap, DocumentSnap
from meetingdesk.text.draft_outline import Outline
from meetingdesk.text.draft_plan import ExistingClause, Plan, PlanItem, plan_document, plan_revision

from ..base import ConflictError, Desk, ValidationError
from .documents import (
    _new_version,
    apply_status,
    check_language,
    check_text,
    clause_snaps,
    document_snap,
    editable_document,
    insert_document,
    open_brackets,
    place_clauses,
    status_after_edit,
)

__all__ = [
    "MISSING_JA_NOTE",
    "ImportResult",
    "existing_clauses",
    "import_new_document",
    "import_new_text",
    "plan_new_document",
    "plan_new_text",
    "read_outline",
    "read_pasted",
]

MISSING_JA_NOTE = "Japanese missing in the imported text"
# Child clauses once the schema has them AND the reading side numbers them as children.
HAS_CHILDREN = hasattr(Clause, "parent_id") and "depth" in ClauseSnap.__dataclass_fields__


@dataclass(frozen=True)
class ImportResult:
    document: DocumentSnap
    added: int
    changed: int
    dropped: int
    unchanged: int
    missing_japanese: int


def read_outline(path: Path) -> Outline:
    """A draft file's outline; an unreadable file is a ValidationError naming it."""
    try:
        return read_draft(path)
    except DraftReadError as exc:
        raise ValidationError(str(exc), code="draft_unreadable", **_read_params(exc)) from exc


def read_pasted(text: str, html: str = "") -> Outline:
    """What the clipboard held: Word's HTML when there is some, else the plain text."""
    try:
        if html.strip():
            return read_html(html, "the pasted text")
        return read_plain(text, "the pasted text")
    except DraftReadError as exc:
        raise ValidationError(
            str(exc), code="draft_unreadable", pasted=True, **_read_params(exc)
        ) from exc


def _read_params(exc: DraftReadError) -> dict[str, object]:
    """A reader's refusal as data: its own code and data when it carries them (the window
    then says it from those), else its English sentence as ``reason``."""
    params: dict[str, object] = {"reason": str(exc)}
    if getattr(exc, "code", ""):
        params.update(getattr(exc, "params", {}) or {}, reader_code=exc.code)
    return params


def plan_new_document(english: Outline, japanese: Outline | None = None) -> Plan:
    return plan_document(english, japanese)


def existing_clauses(s: Session, document_id: int) -> list[ExistingClause]:
    """The live clauses of a document, as the matcher sees them."""
    snaps = [c for c in clause_snaps(s, document_id) if c.status != "deleted"]
    parents: dict[int, int | None] = {}
    if HAS_CHILDREN:
        parents = dict(
            s.execute(
                select(Clause.id, Clause.parent_id).where(Clause.document_id == document_id)
            ).all()
        )
    out = []
    for c in snaps:
        depth, parent = 0, parents.get(c.id)
        while parent is not None and depth < 3:
            depth += 1
            parent = parents.get(parent)
        out.append(
            ExistingClause(
                c.id,
                c.kind,
                c.number,
                c.text_en,
                c.text_ja,
                depth,
                (c.en_version_id, c.ja_version_id),
            )
        )
    return out


def plan_new_text(
    desk: Desk, document_id: int, primary: Outline, lang: str, other: Outline | None = None
) -> Plan:
    _check_lang(lang)
    with desk.read() as s:
        editable_document(s, document_id)
        return plan_revision(existing_clauses(s, document_id), primary, lang, other)


def _check_lang(lang: str) -> None:
    check_language(lang)


def check_plan(plan: Plan, allow_missing_japanese: bool) -> None:
    """Refuse what cannot be written: mismatches (unless allowed), lines without English."""
    live = [i for i in plan.items if i.action != "drop"]
    if not live:
        raise ValidationError(
            "the imported text has no paragraphs; nothing was written", code="import_empty"
        )
    if plan.missing_english:
        first = next(i for i in live if not i.text_en)
        raise ValidationError(
            f"{plan.missing_english} Japanese line(s) have no English (first: "
            f"{first.where or first.label}); add the English or remove the line — nothing "
            "was written",
            code="import_missing_english",
            count=plan.missing_english,
            place=first.where or first.label,
        )
    if plan.structure:
        raise ValidationError(
            f"{plan.structure[0]} ({len(plan.structure)} such line(s)); correct the kinds "
            "in the preview — nothing was written",
            code="import_orphan_sub_paragraph",
            count=len(plan.structure),
            place=str(plan.structure[0]).split(":", 1)[0],
        )
    if plan.mismatches and not allow_missing_japanese:
        raise ValidationError(
            f"English and Japanese do not match ({len(plan.mismatches)} problem(s), first: "
            f"{plan.mismatches[0]}); fix the files, or import with the missing Japanese "
            "flagged — nothing was written",
            code="import_languages_differ",
            count=len(plan.mismatches),
            first=plan.mismatches[0],  # a Problem: the window says it in its language
        )
    for n, item in enumerate(live, start=1):
        where = item.where or f"line {n}"
        check_text(item.text_en, f"{where} (English)", part="en", place=where)
        if item.text_ja:
            check_text(item.text_ja, f"{where} (Japanese)", part="ja", place=where)


def _folded(items: list[PlanItem]) -> list[tuple[PlanItem, list[PlanItem]]]:
    """Without child clauses: each paragraph with its sub-paragraphs, to join into its text."""
    out: list[tuple[PlanItem, list[PlanItem]]] = []
    for item in items:
        if item.depth > 0 and out and item.action != "drop":
            out[-1][1].append(item)
        else:
            out.append((item, []))
    return out


def _joined(item: PlanItem, children: list[PlanItem], lang: str) -> str:
    own = item.text_en if lang == "en" else item.text_ja
    parts = [own] + [
        f"{c.label} {c.text_en if lang == 'en' else c.text_ja}".strip() for c in children
    ]
    return "\n".join(p for p in parts if p)


def _note(item: PlanItem, source: str, missing: bool, lang: str = "en") -> str:
    parts = []
    if source:
        parts.append(f"imported from {source}")
    parts.extend(f"Footnote: {n}" for n in (item.notes if lang == "en" else item.notes_ja))
    if missing:
        parts.append(MISSING_JA_NOTE)
    return "\n".join(parts)


def import_new_document(
    desk: Desk,
    meeting_id: int,
    plan: Plan,
    *,
    kind: str,
    title_en: str,
    title_ja: str = "",
    short_name: str,
    parent_id: int | None = None,
    source: str = "",
    allow_missing_japanese: bool = False,
) -> ImportResult:
    """A new document holding the plan's clauses: one transaction, all or nothing."""
    check_plan(plan, allow_missing_japanese)
    new = {
        "meeting_id": meeting_id,
        "short_name": short_name,
        "title_en": title_en,
        "title_ja": title_ja,
        "kind": kind,
        "parent_id": parent_id,
    }
    return _write(desk, None, plan, "en", source, new_document=new)


def import_new_text(
    desk: Desk,
    document_id: int,
    plan: Plan,
    *,
    lang: str = "en",
    source: str = "",
    allow_missing_japanese: bool = False,
) -> ImportResult:
    """The chair's new text over an existing document: new versions, new and dropped clauses."""
    _check_lang(lang)
    check_plan(plan, allow_missing_japanese)
    return _write(desk, document_id, plan, lang, source, new_document=None)


def _write(
    desk: Desk,
    document_id: int | None,
    plan: Plan,
    lang: str,
    source: str,
    *,
    new_document: dict | None,
) -> ImportResult:
    counts = {"new": 0, "change": 0, "drop": 0, "same": 0}
    missing = 0
    with desk.write() as s:
        if new_document is not None:
            meeting_id = new_document.pop("meeting_id")
            doc = insert_document(desk, s, meeting_id, **new_document)
        else:
            doc = editable_document(s, document_id)
        groups = [(i, []) for i in plan.items] if HAS_CHILDREN else _folded(list(plan.items))
        clauses = {
            c.id: c for c in s.scalars(select(Clause).where(Clause.document_id == doc.id)).all()
        }
        order: list[Clause] = []
        parents: list[Clause] = []  # the paragraph at each depth, for child clauses
        new_rows: list[tuple[Clause, PlanItem, str, str]] = []
        child_of: list[tuple[Clause, Clause]] = []
        for item, children in groups:
            text_en = _joined(item, children, "en")
            text_ja = _joined(item, children, "ja")
            is_missing = item.action != "drop" and bool(text_en) and not text_ja
            if item.action == "new":
                clause = Clause(document_id=doc.id, kind=item.kind, position=len(order) + 1)
                clause.status = "bracketed" if open_brackets(text_en) else "draft"
                if HAS_CHILDREN and item.depth > 0 and len(parents) >= item.depth:
                    child_of.append((clause, parents[item.depth - 1]))
                new_rows.append((clause, item, text_en, text_ja))
                missing += is_missing
            else:
                clause = clauses.get(item.clause_id or -1)
                if clause is None or clause.status == "deleted":
                    raise ConflictError(
                        f"clause {item.label or item.clause_id} changed since the preview; "
                        "nothing was written — preview the file again",
                        code="import_clause_changed",
                        clause=item.label,
                    )
                if (clause.head_en_id, clause.head_ja_id) != item.old_heads:
                    raise ConflictError(
                        f"clause {item.label} was edited by someone else since the preview; "
                        "nothing was written — preview the file again",
                        code="import_clause_edited",
                        clause=item.label,
                    )
                if item.action == "change":
                    _change(desk, s, clause, item, text_en, text_ja, lang, source, is_missing)
                    missing += is_missing
                elif item.action == "drop":
                    details = apply_status(clause, "deleted")
                    clause.row_version += 1
                    desk.audit(s, "clause.status", clause, "dropped by an imported text", details)
            counts[item.action] += 1
            order.append(clause)
            if item.depth == 0 or not HAS_CHILDREN:
                parents = [clause]
            else:
                parents = parents[: item.depth] + [clause]
        # New clauses in one batch; their parents once every row has its id.
        s.add_all([row[0] for row in new_rows])
        s.flush()
        for child, parent in child_of:
            child.parent_id = parent.id
        _write_versions(desk, s, new_rows, source)
        ids = [c.id for c in order]
        if new_document is None:
            ids = _keep_deleted(s, doc.id, ids)
        place_clauses(s, ids)
        desk.audit(
            s,
            "document.import",
            doc,
            f"imported {source or 'a text'} into {doc.short_name}",
            {
                "source": source,
                "lang": lang,
                "added": counts["new"],
                "changed": counts["change"],
                "dropped": counts["drop"],
                "missing_ja": missing,
            },
        )
        s.flush()
        statuses = s.scalars(select(Clause.status).where(Clause.document_id == doc.id))
        live = sum(1 for status in statuses if status != "deleted")
        snap = document_snap(doc, live)
    return ImportResult(
        snap, counts["new"], counts["change"], counts["drop"], counts["same"], missing
    )


def _write_versions(desk: Desk, s: Session, rows, source: str) -> None:
    """English then Japanese versions of the new clauses: two bulk inserts, not one per row."""
    if not rows:
        return
    now = utc_now()
    en_rows = [
        {
            "clause_id": clause.id,
            "language": "en",
            "text": text_en,
            "author": desk.user_login,
            "created_at": now,
            "note": _note(item, source, not text_ja),
        }
        for clause, item, text_en, text_ja in rows
    ]
    en_ids = list(
        s.scalars(
            insert(ClauseVersion).returning(ClauseVersion.id, sort_by_parameter_order=True),
            en_rows,
        )
    )
    ja_rows, ja_clauses = [], []
    for (clause, item, _text_en, text_ja), en_id in zip(rows, en_ids, strict=True):
        clause.head_en_id = en_id
        if text_ja:
            ja_clauses.append(clause)
            ja_rows.append(
                {
                    "clause_id": clause.id,
                    "language": "ja",
                    "text": text_ja,
                    "author": desk.user_login,
                    "created_at": now,
                    "note": _note(item, source, False, "ja"),
                    "translated_from_id": en_id,
                }
            )
    if ja_rows:
        ja_ids = s.scalars(
            insert(ClauseVersion).returning(ClauseVersion.id, sort_by_parameter_order=True),
            ja_rows,
        )
        for clause, ja_id in zip(ja_clauses, ja_ids, strict=True):
            clause.head_ja_id = ja_id


def _change(
    desk: Desk,
    s: Session,
    clause: Clause,
    item: PlanItem,
    text_en: str,
    text_ja: str,
    lang: str,
    source: str,
    missing: bool,
) -> None:
    details: dict = {}
    current_en = s.get(ClauseVersion, clause.head_en_id) if clause.head_en_id else None
    current_ja = s.get(ClauseVersion, clause.head_ja_id) if clause.head_ja_id else None
    new_en = None
    if current_en is None or current_en.text != text_en:
        new_en = _new_version(
            desk, s, clause, "en", text_en, clause.head_en_id, None, _note(item, source, missing)
        )
        details["en_version"] = str(new_en.uuid)
    if text_ja and (current_ja is None or current_ja.text != text_ja):
        source_en = new_en.id if new_en is not None else clause.head_en_id
        v = _new_version(
            desk,
            s,
            clause,
            "ja",
            text_ja,
            clause.head_ja_id,
            None,
            _note(item, source, False),
            source_en,
        )
        details["ja_version"] = str(v.uuid)
    if item.kind != clause.kind:
        details["kind_from"], details["kind_to"] = clause.kind, item.kind
        clause.kind = item.kind
    details.update(apply_status(clause, status_after_edit(clause, text_en)))
    clause.row_version += 1
    desk.audit(s, "clause.save", clause, f"new text imported from {source or 'a file'}", details)


def _keep_deleted(s: Session, document_id: int, order: list[int]) -> list[int]:
    """Clauses deleted before the import keep their place after the clause they followed."""
    old = list(
        s.scalars(
            select(Clause.id).where(Clause.document_id == document_id).order_by(Clause.position)
        )
    )
    placed = set(order)
    out = list(order)
    for index, cid in enumerate(old):
        if cid in placed:
            continue
        before = next((old[k] for k in range(index - 1, -1, -1) if old[k] in placed), None)
        at = out.index(before) + 1 if before is not None else 0
        out.insert(at, cid)
        placed.add(cid)
    return out
