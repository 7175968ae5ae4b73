"""Negotiating a document: clause order, tombstones, version history and undo, statuses
with ad ref, the silence procedure and adoption.

Text saves themselves are documents.save_text; persistent undo and redo are save_text and
restore_version (a restore is a NEW version whose second parent is the restored one, so
blame still credits the words to whoever first wrote them).
"""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.model import (
    AuditEvent,
    Clause,
    ClauseVersion,
    Delegation,
    Document,
    Revision,
    SilenceObjection,
    utc_now,
)
from meetingdesk.snapshots import ClauseSnap, DocumentSnap, VersionSnap
from meetingdesk.snapshots.drafting import (
    BracketCount,
    ClauseHistory,
    ObjectionSnap,
    SilenceSnap,
    StatusChangeSnap,
)

from .base import (
    ConflictError,
    Desk,
    NotFound,
    ValidationError,
    expect_version,
    get_or_404,
)
from .documents import (
    CLAUSE_STATUSES,
    LANGUAGES,
    _new_version,
    apply_status,
    clause_snaps,
    delegation_id_by_code,
    document_snap,
    editable_document,
    freeze_in,
    place_clauses,
    status_after_edit,
)
from .meetings import validate_zone

SETTABLE_STATUSES = ("draft", "bracketed", "ad_ref", "agreed")


# --- small shared helpers -------------------------------------------------------------------


def clause_label(snap: ClauseSnap) -> str:
    """How messages name a clause: by number, else by its first words."""
    if snap.number:
        return f"clause {snap.number.rstrip('.')}"
    words = snap.text_en[:40] + ("…" if len(snap.text_en) > 40 else "")
    return f"clause “{words}”"


def one_clause(s: Session, clause: Clause) -> ClauseSnap:
    return clause_snaps(s, clause.document_id, only={clause.id})[0]


def delegation_codes(s: Session, ids: set[int | None]) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(
        s.execute(select(Delegation.id, Delegation.code).where(Delegation.id.in_(ids))).all()
    )


def version_snap(v: ClauseVersion, codes: dict[int, str], head_id: int | None) -> VersionSnap:
    return VersionSnap(
        id=v.id,
        uuid=str(v.uuid),
        clause_id=v.clause_id,
        language=v.language,
        text=v.text,
        author=v.author,
        delegation_code=codes.get(v.delegation_id, "") if v.delegation_id else "",
        created_at=v.created_at,
        note=v.note,
        parent_id=v.parent_id,
        merge_parent_id=v.merge_parent_id,
        translated_from_id=v.translated_from_id,
        is_head=v.id == head_id,
    )


def _live_clause(s: Session, clause_id: int) -> tuple[Clause, Document]:
    clause = get_or_404(s, Clause, clause_id, "clause")
    doc = editable_document(s, clause.document_id)
    return clause, doc


def _meeting_delegations(s: Session, meeting_id: int, codes) -> list[Delegation]:
    out = []
    for code in dict.fromkeys(c.strip().upper() for c in codes if c.strip()):
        out.append(s.get(Delegation, delegation_id_by_code(s, meeting_id, code)))
    return out


# --- structure ------------------------------------------------------------------------------


def move_clause(
    desk: Desk, clause_id: int, *, after_clause_id: int | None, expected_version: int | None
) -> ClauseSnap:
    """Move a clause after another one (None: to the top); numbers follow from the order."""
    with desk.write() as s:
        clause, doc = _live_clause(s, clause_id)
        snap = one_clause(s, clause)
        expect_version(clause, expected_version, clause_label(snap))
        if clause.status == "deleted":
            raise ValidationError(f"{clause_label(snap)} is deleted; restore it before moving it")
        if after_clause_id == clause_id:
            raise ValidationError("a clause cannot be moved after itself")
        ids = list(
            s.scalars(
                select(Clause.id).where(Clause.document_id == doc.id).order_by(Clause.position)
            )
        )
        if after_clause_id is not None and after_clause_id not in ids:
            raise NotFound(f"clause {after_clause_id} is not in {doc.short_name}")
        old = ids.index(clause_id)
        ids.remove(clause_id)
        index = 0 if after_clause_id is None else ids.index(after_clause_id) + 1
        ids.insert(index, clause_id)
        if index == old:
            return snap
        place_clauses(s, ids)
        clause.row_version += 1
        desk.audit(
            s,
            "clause.move",
            clause,
            f"moved {clause_label(snap)} in {doc.short_name}",
            {"from_position": old + 1, "to_position": index + 1, "was_number": snap.number},
        )
        s.flush()
        return one_clause(s, clause)


def delete_clause(
    desk: Desk, clause_id: int, *, expected_version: int | None, note: str = ""
) -> ClauseSnap:
    """Mark a clause deleted: a tombstone that keeps its place, text and history."""
    with desk.write() as s:
        clause, doc = _live_clause(s, clause_id)
        snap = one_clause(s, clause)
        expect_version(clause, expected_version, clause_label(snap))
        if clause.status == "deleted":
            return snap
        details = apply_status(clause, "deleted")
        details["note"] = note
        desk.audit(s, "clause.delete", clause, f"deleted {clause_label(snap)}", details)
        s.flush()
        return one_clause(s, clause)


def restore_clause(
    desk: Desk, clause_id: int, *, expected_version: int | None, note: str = ""
) -> ClauseSnap:
    """Bring a deleted clause back, as draft (or bracketed if its text has brackets)."""
    with desk.write() as s:
        clause, doc = _live_clause(s, clause_id)
        snap = one_clause(s, clause)
        expect_version(clause, expected_version, clause_label(snap))
        if clause.status != "deleted":
            raise ValidationError(f"{clause_label(snap)} is not deleted")
        status = "bracketed" if snap.open_brackets or snap.open_brackets_ja else "draft"
        details = apply_status(clause, status)
        details["note"] = note
        desk.audit(s, "clause.restore", clause, "restored a deleted clause", details)
        s.flush()
        return one_clause(s, clause)


# --- versions -------------------------------------------------------------------------------


def history(desk: Desk, clause_id: int, lang: str) -> list[VersionSnap]:
    """Every version of the clause in one language, newest first."""
    if lang not in LANGUAGES:
        raise ValidationError(f"language {lang!r} is not one of {', '.join(LANGUAGES)}")
    with desk.read() as s:
        clause = get_or_404(s, Clause, clause_id, "clause")
        return _history(s, clause, lang)


def _history(s: Session, clause: Clause, lang: str) -> list[VersionSnap]:
    rows = s.scalars(
        select(ClauseVersion)
        .where(ClauseVersion.clause_id == clause.id, ClauseVersion.language == lang)
        .order_by(ClauseVersion.id.desc())
    ).all()
    codes = delegation_codes(s, {v.delegation_id for v in rows})
    head = clause.head_en_id if lang == "en" else clause.head_ja_id
    return [version_snap(v, codes, head) for v in rows]


def status_history(desk: Desk, clause_id: int) -> list[StatusChangeSnap]:
    """Every status change of a clause with who and when, oldest first."""
    with desk.read() as s:
        clause = get_or_404(s, Clause, clause_id, "clause")
        return _status_history(s, clause)


def _status_history(s: Session, clause: Clause) -> list[StatusChangeSnap]:
    events = s.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity_uuid == str(clause.uuid), AuditEvent.entity_type == "Clause")
        .order_by(AuditEvent.id)
    )
    out = []
    for e in events:
        details = json.loads(e.details or "{}")
        if "status_to" not in details and "lifted" not in details:
            continue
        to = details.get("status_to", "ad_ref")
        out.append(
            StatusChangeSnap(
                at=e.at,
                user_login=e.user_login,
                action=e.action,
                from_status=details.get("status_from", to),
                to_status=to,
                ad_ref=tuple(details.get("ad_ref", ())),
                note=details.get("note", "") or details.get("lifted", ""),
            )
        )
    return out


def clause_history(desk: Desk, clause_id: int) -> ClauseHistory:
    """Both languages' versions, status changes and proposals of one clause."""
    from .proposals import proposal_snaps

    with desk.read() as s:
        clause = get_or_404(s, Clause, clause_id, "clause")
        snap = one_clause(s, clause)
        return ClauseHistory(
            clause_id=clause.id,
            uuid=str(clause.uuid),
            number=snap.number,
            status=clause.status,
            en=tuple(_history(s, clause, "en")),
            ja=tuple(_history(s, clause, "ja")),
            statuses=tuple(_status_history(s, clause)),
            proposals=tuple(proposal_snaps(s, clause.document_id, clause_id=clause.id)),
        )


def restore_version(
    desk: Desk,
    clause_id: int,
    version_id: int,
    expected_head: int | None,
    *,
    note: str = "",
    delegation_id: int | None = None,
) -> ClauseSnap:
    """Make an earlier text current again, as a NEW version (history never rewinds)."""
    with desk.write() as s:
        clause, _doc = _live_clause(s, clause_id)
        old = get_or_404(s, ClauseVersion, version_id, "version")
        if old.clause_id != clause.id:
            raise ValidationError(f"version {version_id} belongs to another clause")
        if clause.status == "deleted":
            raise ValidationError("this clause is deleted; restore the clause before its text")
        lang = old.language
        head = clause.head_en_id if lang == "en" else clause.head_ja_id
        if head != expected_head:
            raise ConflictError(
                f"the {lang} text was saved by someone else since you opened it; "
                "nothing was restored — reload and try again"
            )
        current = s.get(ClauseVersion, head) if head else None
        if current is not None and current.text == old.text:
            return one_clause(s, clause)
        v = _new_version(
            desk,
            s,
            clause,
            lang,
            old.text,
            head,
            delegation_id,
            note or f"restored the text of version {old.id}",
            old.translated_from_id if lang == "ja" else None,
            merge_parent_id=old.id,
        )
        details = {"version": str(v.uuid), "restored": str(old.uuid), "lang": lang}
        details.update(apply_status(clause, status_after_edit(clause, old.text)))
        clause.row_version += 1
        desk.audit(s, "clause.restore_version", clause, f"restored {lang} text", details)
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
        clause, doc = _live_clause(s, clause_id)
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
        dels = _meeting_delegations(s, doc.meeting_id, ad_ref_codes) if status == "ad_ref" else None
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
        clause, _doc = _live_clause(s, clause_id)
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


def _silence_snap(s: Session, doc: Document, now: datetime) -> SilenceSnap:
    if doc.silence_deadline is None:
        return SilenceSnap(doc.id, None, "", None, (), False, False)
    started = s.scalar(
        select(AuditEvent.at)
        .where(AuditEvent.entity_uuid == str(doc.uuid), AuditEvent.action == "document.silence")
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
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
        labels = tuple(
            s.scalars(
                select(Revision.label)
                .where(Revision.document_id == doc.id)
                .order_by(Revision.number)
            )
        )
        return document_snap(doc, len(live), labels)
