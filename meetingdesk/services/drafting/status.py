"""Clause status and the end of a negotiation: tombstones, draft / bracketed / ad ref /
agreed with who and when, the silence procedure, and adoption (which freezes for good).

Every status change writes status_from / status_to into its audit event; status history
(drafting.status_history) reads them back.
"""

from __future__ import annotations

from meetingdesk.model import Clause, Document
from meetingdesk.services.base import Desk, ValidationError, expect_version, get_or_404
from meetingdesk.services.drafting.documents import apply_status
from meetingdesk.services.drafting.reading import (
    CLAUSE_STATUSES,
    clause_label,
    clause_params,
    clause_snaps,
    live_clause,
    meeting_delegations,
    one_clause,
)
from meetingdesk.snapshots import ClauseSnap
from meetingdesk.snapshots.drafting import BracketCount

SETTABLE_STATUSES = ("draft", "bracketed", "ad_ref", "agreed")


# --- tombstones -----------------------------------------------------------------------------


def delete_clause(
    desk: Desk, clause_id: int, *, expected_version: int | None, note: str = ""
) -> ClauseSnap:
    """Mark a clause deleted: a tombstone that keeps its place, text and history."""
    with desk.write() as s:
        clause, doc = live_clause(s, clause_id)
        snap = one_clause(s, clause)
        expect_version(
            clause, expected_version, clause_label(snap), item="clause", **clause_params(snap)
        )
        if clause.status == "deleted":
            return snap
        details = apply_status(clause, "deleted")
        details["note"] = note
        desk.audit(s, "clause.delete", clause, f"deleted {clause_label(snap)}", details)
        delete_sub_paragraphs(desk, s, clause, note)
        s.flush()
        return one_clause(s, clause)


def delete_sub_paragraphs(desk: Desk, s, clause: Clause, note: str) -> None:
    """A deleted paragraph takes its live sub-paragraphs with it (each its own tombstone)."""
    from meetingdesk.services.drafting.structure import subtree_ids

    for cid in subtree_ids(s, clause)[1:]:
        child = s.get(Clause, cid)
        if child.status == "deleted":
            continue
        details = apply_status(child, "deleted")
        details["note"] = note
        child.row_version += 1
        desk.audit(s, "clause.delete", child, "deleted with its paragraph", details)


def refuse_under_deleted(s, clause: Clause) -> None:
    if clause.parent_id is not None:
        parent = s.get(Clause, clause.parent_id)
        if parent is not None and parent.status == "deleted":
            raise ValidationError(
                "this sub-paragraph belongs to a deleted paragraph; restore the paragraph first",
                code="sub_paragraph_of_deleted",
            )


def restore_clause(
    desk: Desk, clause_id: int, *, expected_version: int | None, note: str = ""
) -> ClauseSnap:
    """Bring a deleted clause back, as draft (or bracketed if its text has brackets)."""
    with desk.write() as s:
        clause, doc = live_clause(s, clause_id)
        snap = one_clause(s, clause)
        expect_version(
            clause, expected_version, clause_label(snap), item="clause", **clause_params(snap)
        )
        if clause.status != "deleted":
            raise ValidationError(
                f"{clause_label(snap)} is not deleted",
                code="clause_not_deleted",
                **clause_params(snap),
            )
        refuse_under_deleted(s, clause)
        status = "bracketed" if snap.open_brackets or snap.open_brackets_ja else "draft"
        details = apply_status(clause, status)
        details["note"] = note
        desk.audit(s, "clause.restore", clause, "restored a deleted clause", details)
        s.flush()
        return one_clause(s, clause)


# --- status and ad ref ----------------------------------------------------------------------


def set_status(
    desk: Desk,
    clause_id: int,
    status: str,
    *,
    expected_version: int | None,
    ad_ref_codes: tuple[str, ...] | list[str] = (),
    note: str = "",
) -> ClauseSnap:
    """Set draft / bracketed / ad_ref (naming the delegations to confirm) / agreed / deleted.

    A clause with open brackets (in either language) cannot be agreed, even ad ref.
    """
    if status not in CLAUSE_STATUSES:
        raise ValidationError(
            f"status {status!r} is not one of {', '.join(CLAUSE_STATUSES)}",
            code="unknown_clause_status",
            clause_status=status,
            clause_statuses=list(CLAUSE_STATUSES),
        )
    if status == "deleted":
        return delete_clause(desk, clause_id, expected_version=expected_version, note=note)
    if status != "ad_ref" and ad_ref_codes:
        raise ValidationError(
            "delegations to confirm go only with the status ad_ref",
            code="ad_ref_delegations_without_ad_ref",
        )
    if status == "ad_ref" and not [c for c in ad_ref_codes if c.strip()]:
        raise ValidationError(
            "ad ref needs the delegations whose confirmation is pending",
            code="ad_ref_needs_delegations",
        )
    with desk.write() as s:
        clause, doc = live_clause(s, clause_id)
        snap = one_clause(s, clause)
        expect_version(
            clause, expected_version, clause_label(snap), item="clause", **clause_params(snap)
        )
        if clause.status == "deleted":
            raise ValidationError(
                f"{clause_label(snap)} is deleted; restore it first",
                code="clause_deleted",
                **clause_params(snap),
            )
        if status in ("agreed", "ad_ref"):
            open_count = snap.open_brackets + snap.open_brackets_ja
            if open_count:
                raise ValidationError(
                    f"{clause_label(snap)} still has {open_count} open bracket"
                    f"{'s' if open_count != 1 else ''}; clear them before marking it agreed",
                    code="clause_open_brackets",
                    count=open_count,
                    **clause_params(snap),
                )
        dels = meeting_delegations(s, doc.meeting_id, ad_ref_codes) if status == "ad_ref" else None
        details = apply_status(clause, status, dels)
        if not details:
            return snap
        details["note"] = note
        desk.audit(s, "clause.status", clause, f"{clause_label(snap)}: {status}", details)
        s.flush()
        return one_clause(s, clause)


def lift_ad_ref(desk: Desk, clause_id: int, code: str, *, note: str = "") -> ClauseSnap:
    """A delegation confirms; when none remains pending the clause becomes agreed."""
    code = code.strip().upper()
    with desk.write() as s:
        clause, _doc = live_clause(s, clause_id)
        snap = one_clause(s, clause)
        pending = {d.code: d for d in clause.ad_ref_pending}
        if clause.status != "ad_ref" or code not in pending:
            raise ValidationError(
                f"{clause_label(snap)} has no ad ref pending for {code} "
                f"(pending: {', '.join(sorted(pending)) or 'none'})",
                code="no_ad_ref_pending",
                delegation=code,
                pending=", ".join(sorted(pending)),
                **clause_params(snap),
            )
        rest = [d for c, d in pending.items() if c != code]
        if rest:
            clause.ad_ref_pending = rest
            clause.row_version += 1
            details = {"ad_ref": sorted(d.code for d in rest)}
        else:
            details = apply_status(clause, "agreed")
        details.update({"lifted": code, "note": note or f"{code} confirmed"})
        desk.audit(s, "clause.ad_ref_lift", clause, f"{code} lifted ad ref", details)
        s.flush()
        return one_clause(s, clause)


def bracket_counts(desk: Desk, document_id: int) -> list[BracketCount]:
    """Open brackets per live clause that has any, in document order."""
    with desk.read() as s:
        get_or_404(s, Document, document_id, "document")
        return [
            BracketCount(c.id, c.number, c.open_brackets, c.open_brackets_ja)
            for c in clause_snaps(s, document_id)
            if c.status != "deleted" and (c.open_brackets or c.open_brackets_ja)
        ]


# --- silence and adoption live in procedure.py (kept importable from here) -----------------

from meetingdesk.services.drafting.procedure import (  # noqa: E402
    adopt_document,
    record_objection,
    set_silence,
    silence_state,
    withdraw_silence,
)
from meetingdesk.services.drafting.procedure import silence_snap as _silence_snap  # noqa: E402

__all__ = [
    "SETTABLE_STATUSES",
    "_silence_snap",
    "adopt_document",
    "bracket_counts",
    "delete_clause",
    "lift_ad_ref",
    "record_objection",
    "restore_clause",
    "set_silence",
    "set_status",
    "silence_state",
    "withdraw_silence",
]
