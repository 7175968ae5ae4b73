"""Clause status and the end of a negotiation: tombstones, draft / bracketed / ad ref /
agreed with who and when, the silence procedure, and adoption (which freezes for good).

Every status change writes status_from / status_to into its audit event; status history
(drafting.status_history) reads them back.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.model import AuditEvent, Clause, Document, SilenceObjection, utc_now
from meetingdesk.services.base import Desk, ValidationError, expect_version, get_or_404
from meetingdesk.services.drafting.documents import apply_status
from meetingdesk.services.drafting.reading import (
    CLAUSE_STATUSES,
    clause_label,
    clause_snaps,
    delegation_codes,
    delegation_id_by_code,
    document_snap,
    editable_document,
    live_clause,
    meeting_delegations,
    one_clause,
    revision_labels,
)
from meetingdesk.services.drafting.revisions import freeze_in
from meetingdesk.services.meetings import validate_zone
from meetingdesk.snapshots import ClauseSnap, DocumentSnap
from meetingdesk.snapshots.drafting import BracketCount, ObjectionSnap, SilenceSnap

SETTABLE_STATUSES = ("draft", "bracketed", "ad_ref", "agreed")


# --- tombstones -----------------------------------------------------------------------------


def delete_clause(
    desk: Desk, clause_id: int, *, expected_version: int | None, note: str = ""
) -> ClauseSnap:
    """Mark a clause deleted: a tombstone that keeps its place, text and history."""
    with desk.write() as s:
        clause, doc = live_clause(s, clause_id)
        snap = one_clause(s, clause)
        expect_version(clause, expected_version, clause_label(snap))
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
                "this sub-paragraph belongs to a deleted paragraph; restore the paragraph first"
            )


def restore_clause(
    desk: Desk, clause_id: int, *, expected_version: int | None, note: str = ""
) -> ClauseSnap:
    """Bring a deleted clause back, as draft (or bracketed if its text has brackets)."""
    with desk.write() as s:
        clause, doc = live_clause(s, clause_id)
        snap = one_clause(s, clause)
        expect_version(clause, expected_version, clause_label(snap))
        if clause.status != "deleted":
            raise ValidationError(f"{clause_label(snap)} is not deleted")
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
        raise ValidationError(f"status {status!r} is not one of {', '.join(CLAUSE_STATUSES)}")
    if status == "deleted":
        return delete_clause(desk, clause_id, expected_version=expected_version, note=note)
    if status != "ad_ref" and ad_ref_codes:
        raise ValidationError("delegations to confirm go only with the status ad_ref")
    if status == "ad_ref" and not [c for c in ad_ref_codes if c.strip()]:
        raise ValidationError("ad ref needs the delegations whose confirmation is pending")
    with desk.write() as s:
        clause, doc = live_clause(s, clause_id)
        snap = one_clause(s, clause)
        expect_version(clause, expected_version, clause_label(snap))
        if clause.status == "deleted":
            raise ValidationError(f"{clause_label(snap)} is deleted; restore it first")
        if status in ("agreed", "ad_ref"):
            open_count = snap.open_brackets + snap.open_brackets_ja
            if open_count:
                raise ValidationError(
                    f"{clause_label(snap)} still has {open_count} open bracket"
                    f"{'s' if open_count != 1 else ''}; clear them before marking it agreed"
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
                f"(pending: {', '.join(sorted(pending)) or 'none'})"
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


# --- silence procedure ----------------------------------------------------------------------


def set_silence(
    desk: Desk, document_id: int, deadline: datetime, zone: str, *, note: str = ""
) -> SilenceSnap:
    """Start a silence procedure: adopted unless a delegation objects by the deadline."""
    if deadline.tzinfo is None:
        raise ValidationError("the silence deadline needs a time zone (an aware date and time)")
    validate_zone(zone)
    if deadline <= utc_now():
        raise ValidationError(f"the silence deadline {deadline.isoformat()} has already passed")
    with desk.write() as s:
        doc = editable_document(s, document_id)
        doc.silence_deadline = deadline
        doc.silence_zone = zone
        local = deadline.astimezone(ZoneInfo(zone))
        desk.audit(
            s,
            "document.silence",
            doc,
            f"silence procedure on {doc.short_name} until {local:%Y-%m-%d %H:%M} {zone}",
            {"deadline": deadline.isoformat(), "zone": zone, "note": note},
        )
        s.flush()
        return _silence_snap(s, doc, utc_now())


def record_objection(
    desk: Desk, document_id: int, code: str, received_at: datetime, note: str = ""
) -> SilenceSnap:
    """Record a delegation's written objection; one received after the deadline is late."""
    if received_at.tzinfo is None:
        raise ValidationError("the time an objection was received needs a time zone")
    with desk.write() as s:
        doc = editable_document(s, document_id)
        if doc.silence_deadline is None:
            raise ValidationError(f"{doc.short_name} is not under a silence procedure")
        started = _silence_started(s, doc)
        if started is not None and received_at < started:
            raise ValidationError(
                f"an objection received at {received_at.isoformat()} predates the silence "
                f"procedure on {doc.short_name} (started {started.isoformat()})"
            )
        obj = SilenceObjection(
            document_id=doc.id,
            delegation_id=delegation_id_by_code(s, doc.meeting_id, code.strip().upper()),
            received_at=received_at,
            note=note,
        )
        s.add(obj)
        s.flush()
        desk.audit(s, "document.objection", doc, f"{code.upper()} objected", {"note": note})
        return _silence_snap(s, doc, utc_now())


def silence_state(desk: Desk, document_id: int, *, now: datetime | None = None) -> SilenceSnap:
    """The procedure as of now: deadline in its zone, objections, broken?, expired?"""
    with desk.read() as s:
        doc = get_or_404(s, Document, document_id, "document")
        return _silence_snap(s, doc, now or utc_now())


def _silence_started(s: Session, doc: Document) -> datetime | None:
    """When the current silence procedure was set (its audit event)."""
    return s.scalar(
        select(AuditEvent.at)
        .where(AuditEvent.entity_uuid == str(doc.uuid), AuditEvent.action == "document.silence")
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )


def _silence_snap(s: Session, doc: Document, now: datetime) -> SilenceSnap:
    if doc.silence_deadline is None:
        return SilenceSnap(doc.id, None, "", None, (), False, False)
    started = _silence_started(s, doc)
    rows = s.scalars(
        select(SilenceObjection)
        .where(SilenceObjection.document_id == doc.id)
        .order_by(SilenceObjection.received_at)
    ).all()
    codes = delegation_codes(s, {o.delegation_id for o in rows})
    deadline = doc.silence_deadline
    objections = tuple(
        ObjectionSnap(o.id, codes[o.delegation_id], o.received_at, o.note, o.received_at > deadline)
        for o in rows
        if started is None or o.received_at >= started
    )
    return SilenceSnap(
        document_id=doc.id,
        deadline=deadline.astimezone(ZoneInfo(doc.silence_zone or "UTC")),
        zone=doc.silence_zone,
        started_at=started,
        objections=objections,
        broken=any(not o.late for o in objections),
        expired=now > deadline,
    )


# --- adoption -------------------------------------------------------------------------------


def adopt_document(
    desk: Desk,
    document_id: int,
    *,
    expected_version: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> DocumentSnap:
    """Adopt: freeze an "adopted" revision, record its hash, refuse every later edit.

    Refused while brackets or ad ref remain, while a silence procedure runs, or after
    it was broken. Remaining clauses become agreed.
    """
    with desk.write() as s:
        doc = editable_document(s, document_id)
        expect_version(doc, expected_version, doc.short_name)
        snaps = clause_snaps(s, doc.id)
        live = [c for c in snaps if c.status != "deleted"]
        if not live:
            raise ValidationError(f"{doc.short_name} has no clauses to adopt")
        bracketed = [c for c in live if c.open_brackets or c.open_brackets_ja]
        if bracketed:
            total = sum(c.open_brackets + c.open_brackets_ja for c in bracketed)
            where = ", ".join(clause_label(c) for c in bracketed[:5])
            raise ValidationError(
                f"{doc.short_name} cannot be adopted: {total} open bracket(s) remain ({where})"
            )
        pending = [c for c in live if c.status == "ad_ref" or c.ad_ref]
        if pending:
            where = "; ".join(f"{clause_label(c)}: {', '.join(c.ad_ref)}" for c in pending[:5])
            raise ValidationError(f"{doc.short_name} cannot be adopted: ad ref pending ({where})")
        silence = _silence_snap(s, doc, now or utc_now())
        if silence.broken:
            who = ", ".join(o.delegation_code for o in silence.objections if not o.late)
            raise ValidationError(f"silence on {doc.short_name} was broken by {who}")
        if silence.active and not silence.expired:
            raise ValidationError(
                f"the silence procedure runs until {silence.deadline:%Y-%m-%d %H:%M} "
                f"{silence.zone}; adopt after it ends"
            )
        rows = {c.id: c for c in s.scalars(select(Clause).where(Clause.document_id == doc.id))}
        for c in live:
            if c.status != "agreed":
                details = apply_status(rows[c.id], "agreed")
                details["note"] = "agreed on adoption of the document"
                desk.audit(s, "clause.status", rows[c.id], "agreed on adoption", details)
        s.flush()
        rev = freeze_in(desk, s, doc, kind="adopted", note=note, label="Adopted")
        doc.status = "adopted"
        doc.adopted_at = utc_now()
        doc.adopted_hash = rev.content_hash
        desk.audit(
            s, "document.adopt", doc, f"adopted {doc.short_name}", {"hash": rev.content_hash}
        )
        s.flush()
        return document_snap(doc, len(live), revision_labels(s, doc.id))
