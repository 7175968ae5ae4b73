"""The end of a negotiation by the rules: a silence procedure bound to the text that was
circulated, and an adoption that checks before it freezes for good.

Starting a silence freezes the circulated revision (or names the last one when the text
has not moved since); while the procedure binds, every edit to the document is refused
(reading.editable_document). A timely objection breaks it, a withdrawal ends it (both in
the audit log); when the deadline passes unbroken the document is adopted as exactly
that revision.

Adoption lists every reason it refuses (AdoptionRefused.reasons, each with its clauses);
the secretariat may override the first three kinds (Japanese, open proposals, unresolved
comments) with a recorded reason, never brackets, ad ref or a running/broken silence.
Open proposals lapse on adoption ("lapsed", kept in history).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.model import (
    Clause,
    Comment,
    Document,
    Meeting,
    Proposal,
    SilenceObjection,
    utc_now,
)
from meetingdesk.services.base import (
    Desk,
    ValidationError,
    expect_version,
    get_or_404,
)
from meetingdesk.services.drafting.documents import apply_status
from meetingdesk.services.drafting.reading import (
    clause_label,
    clause_params,
    clause_snaps,
    delegation_codes,
    delegation_id_by_code,
    document_snap,
    editable_document,
    revision_labels,
    shown_clauses,
    silence_started,
    text_hash,
)
from meetingdesk.services.drafting.revisions import freeze_in
from meetingdesk.services.meetings import validate_zone
from meetingdesk.snapshots import DocumentSnap
from meetingdesk.snapshots.drafting import ObjectionSnap, SilenceSnap

#: Reasons an adoption may be refused; the first three may be overridden.
OVERRIDABLE = ("japanese_missing", "japanese_stale", "open_proposals", "open_comments")
BLOCKING = ("brackets", "ad_ref", "silence_running", "silence_broken", "silence_text_changed")


@dataclass(frozen=True)
class AdoptionReason:
    """One reason an adoption is refused: a code, the English line, the clauses concerned."""

    code: str
    message: str
    clauses: tuple[str, ...] = ()
    #: the same clauses as data, each ("clause", "3(a)") or ("words", "We welcome…"), for the
    #: window to name them in its language (``clauses`` is the English for the CLI)
    named: tuple[tuple[str, str], ...] = ()

    @property
    def overridable(self) -> bool:
        return self.code in OVERRIDABLE


class AdoptionRefused(ValidationError):
    """Adoption refused: ``reasons`` lists each one (the message is the first line of each)."""

    def __init__(self, document: str, reasons: list[AdoptionReason]) -> None:
        lines = [f"{document} cannot be adopted: " + "; ".join(r.message for r in reasons)]
        super().__init__(
            "\n".join(lines),
            code="adoption_refused",
            document=document,
            reasons=[r.code for r in reasons],
        )
        self.document = document
        self.reasons = tuple(reasons)


# --- silence procedure ----------------------------------------------------------------------


def local_deadline(text: str, zone: str) -> datetime:
    """ "2016-04-30 12:00" in zone as an aware time; refused when the wall time does not
    exist (a daylight-saving gap) or is ambiguous (the repeated hour)."""
    validate_zone(zone)
    try:
        naive = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError as exc:
        raise ValidationError(
            f"silence deadline {text!r}: expected a date and time like 2016-04-30 12:00",
            code="silence_deadline_form",
            value=text,
        ) from exc
    tz = ZoneInfo(zone)
    first, second = naive.replace(tzinfo=tz, fold=0), naive.replace(tzinfo=tz, fold=1)
    if first.utcoffset() != second.utcoffset():
        raise ValidationError(
            f"silence deadline {text} does not exist or is ambiguous in {zone} "
            "(a daylight-saving change); choose another hour",
            code="silence_deadline_ambiguous",
            value=text.strip(),
            zone=zone,
        )
    back = first.astimezone(ZoneInfo("UTC")).astimezone(tz)
    if back.replace(tzinfo=None) != naive:
        raise ValidationError(
            f"silence deadline {text} does not exist in {zone} (a daylight-saving gap)",
            code="silence_deadline_gap",
            value=text.strip(),
            zone=zone,
        )
    return first


def set_silence(
    desk: Desk,
    document_id: int,
    deadline: datetime,
    zone: str,
    *,
    note: str = "",
    now: datetime | None = None,
) -> SilenceSnap:
    """Start a silence procedure on the text as it stands: adopted unless a delegation
    objects by the deadline. The circulated text is frozen as a revision (or the last
    revision is named when the text has not changed since it was frozen)."""
    if deadline.tzinfo is None:
        raise ValidationError(
            "the silence deadline needs a time zone (an aware date and time)",
            code="silence_deadline_naive",
        )
    validate_zone(zone)
    if deadline <= (now or utc_now()):
        raise ValidationError(
            f"the silence deadline {deadline.isoformat()} has already passed",
            code="silence_deadline_passed",
            at=deadline,
            zone=zone,
        )
    with desk.write() as s:
        doc = editable_document(s, document_id, procedure=True)
        if _binds(s, doc):
            raise ValidationError(
                f"{doc.short_name} is already under silence; withdraw that procedure first",
                code="silence_already",
                document=doc.short_name,
            )
        rev = _circulated_revision(desk, s, doc)
        doc.silence_deadline = deadline
        doc.silence_zone = zone
        local = deadline.astimezone(ZoneInfo(zone))
        desk.audit(
            s,
            "document.silence",
            doc,
            f"silence procedure on {doc.short_name} {rev.label} until "
            f"{local:%Y-%m-%d %H:%M} {zone}",
            {
                "deadline": deadline.isoformat(),
                "zone": zone,
                "note": note,
                "revision": rev.label,
                "revision_hash": rev.content_hash,
            },
        )
        s.flush()
        return silence_snap(s, doc, now or utc_now())


def _circulated_revision(desk: Desk, s: Session, doc: Document):
    from meetingdesk.model import Revision

    last = s.scalars(
        select(Revision)
        .where(Revision.document_id == doc.id)
        .order_by(Revision.number.desc())
        .limit(1)
    ).first()
    current = text_hash(shown_clauses(clause_snaps(s, doc.id)))
    if last is not None and last.content_hash == current:
        return last
    rev = freeze_in(desk, s, doc, kind="chair", note="circulated under silence", label=None)
    if doc.status == "draft":
        doc.status = "negotiation"
    return rev


def _binds(s: Session, doc: Document) -> bool:
    from meetingdesk.services.drafting.reading import silence_binds

    return silence_binds(s, doc)


def record_objection(
    desk: Desk, document_id: int, code: str, received_at: datetime, note: str = ""
) -> SilenceSnap:
    """Record a delegation's written objection; one received after the deadline is late.
    A timely objection breaks the procedure (edits are possible again)."""
    if received_at.tzinfo is None:
        raise ValidationError(
            "the time an objection was received needs a time zone", code="objection_time_naive"
        )
    with desk.write() as s:
        doc = editable_document(s, document_id, procedure=True)
        if doc.silence_deadline is None:
            raise ValidationError(
                f"{doc.short_name} is not under a silence procedure",
                code="not_under_silence",
                document=doc.short_name,
            )
        event = silence_started(s, doc)
        started = event.at if event is not None else None
        if started is not None and received_at < started:
            raise ValidationError(
                f"an objection received at {received_at.isoformat()} predates the silence "
                f"procedure on {doc.short_name} (started {started.isoformat()})",
                code="objection_predates",
                document=doc.short_name,
                received=received_at,
                started=started,
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
        return silence_snap(s, doc, utc_now())


def withdraw_silence(desk: Desk, document_id: int, *, note: str = "") -> SilenceSnap:
    """Withdraw the running procedure (recorded); the document can be edited again."""
    with desk.write() as s:
        doc = editable_document(s, document_id, procedure=True)
        if doc.silence_deadline is None:
            raise ValidationError(
                f"{doc.short_name} is not under a silence procedure",
                code="not_under_silence",
                document=doc.short_name,
            )
        zone = doc.silence_zone or "UTC"
        local = doc.silence_deadline.astimezone(ZoneInfo(zone))
        doc.silence_deadline = None
        doc.silence_zone = ""
        desk.audit(
            s,
            "document.silence_withdraw",
            doc,
            f"silence procedure on {doc.short_name} (until {local:%Y-%m-%d %H:%M} {zone}) "
            "withdrawn",
            {"note": note},
        )
        s.flush()
        return silence_snap(s, doc, utc_now())


def silence_state(desk: Desk, document_id: int, *, now: datetime | None = None) -> SilenceSnap:
    """The procedure as of now: deadline in its zone, objections, broken?, expired?"""
    with desk.read() as s:
        doc = get_or_404(s, Document, document_id, "document")
        return silence_snap(s, doc, now or utc_now())


def circulated_label(desk: Desk, document_id: int) -> str:
    """The revision circulated under the current silence procedure ("" when none)."""
    with desk.read() as s:
        doc = get_or_404(s, Document, document_id, "document")
        return _circulated(s, doc)[0] if doc.silence_deadline is not None else ""


def _circulated(s: Session, doc: Document) -> tuple[str, str]:
    event = silence_started(s, doc)
    if event is None:
        return "", ""
    details = json.loads(event.details or "{}")
    return details.get("revision", ""), details.get("revision_hash", "")


def silence_snap(s: Session, doc: Document, now: datetime) -> SilenceSnap:
    if doc.silence_deadline is None:
        return SilenceSnap(doc.id, None, "", None, (), False, False)
    event = silence_started(s, doc)
    started = event.at if event is not None else None
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


def _labels(snaps) -> tuple[str, ...]:
    return tuple(clause_label(c) for c in snaps)


def adoption_reasons(s: Session, doc: Document, now: datetime) -> list[AdoptionReason]:
    """Every reason the document cannot be adopted now, in a fixed order."""
    snaps = clause_snaps(s, doc.id)
    live = [c for c in snaps if c.status != "deleted"]
    reasons: list[AdoptionReason] = []

    def add(code: str, what: str, clauses) -> None:
        labels = _labels(clauses)
        shown = ", ".join(labels[:8]) + (f" and {len(labels) - 8} more" if len(labels) > 8 else "")
        message = f"{what} ({shown})" if shown else what
        reasons.append(AdoptionReason(code, message, labels, _named(clauses)))

    missing = [c for c in live if c.text_en.strip() and not c.text_ja.strip()]
    if missing:
        add("japanese_missing", f"Japanese text missing in {len(missing)} clause(s)", missing)
    stale = [c for c in live if c.text_ja.strip() and c.ja_stale]
    if stale:
        add("japanese_stale", f"Japanese text out of date in {len(stale)} clause(s)", stale)
    by_id = {c.id: c for c in snaps}
    open_props = s.scalars(
        select(Proposal).where(Proposal.document_id == doc.id, Proposal.status == "open")
    ).all()
    if open_props:
        where = [by_id[p.clause_id] for p in open_props if p.clause_id in by_id]
        add("open_proposals", f"{len(open_props)} proposal(s) still open", _unique(where))
    open_comments = s.scalars(
        select(Comment.clause_id)
        .join(Clause, Clause.id == Comment.clause_id)
        .where(Clause.document_id == doc.id, Comment.resolved_at.is_(None))
    ).all()
    if open_comments:
        where = [by_id[cid] for cid in open_comments if cid in by_id]
        add("open_comments", f"{len(open_comments)} comment(s) unresolved", _unique(where))
    bracketed = [c for c in live if c.open_brackets or c.open_brackets_ja]
    if bracketed:
        total = sum(c.open_brackets + c.open_brackets_ja for c in bracketed)
        add("brackets", f"{total} open bracket(s) remain", bracketed)
    pending = [c for c in live if c.status == "ad_ref" or c.ad_ref]
    if pending:
        where = "; ".join(f"{clause_label(c)}: {', '.join(c.ad_ref)}" for c in pending[:8])
        reasons.append(
            AdoptionReason("ad_ref", f"ad ref pending ({where})", _labels(pending), _named(pending))
        )
    silence = silence_snap(s, doc, now)
    if silence.broken:
        who = ", ".join(o.delegation_code for o in silence.objections if not o.late)
        reasons.append(AdoptionReason("silence_broken", f"silence was broken by {who}"))
    elif silence.active and not silence.expired:
        reasons.append(
            AdoptionReason(
                "silence_running",
                f"the silence procedure runs until {silence.deadline:%Y-%m-%d %H:%M} "
                f"({silence.zone}); adopt after it ends",
            )
        )
    elif silence.passed:
        label, digest = _circulated(s, doc)
        if digest and digest != text_hash(shown_clauses(snaps)):
            reasons.append(
                AdoptionReason(
                    "silence_text_changed",
                    f"the text differs from {label}, the one circulated under silence",
                )
            )
    return reasons


def _named(snaps) -> tuple[tuple[str, str], ...]:
    return tuple(next(iter(clause_params(c).items())) for c in snaps)


def _unique(snaps):
    seen, out = set(), []
    for c in sorted(snaps, key=lambda c: c.position):
        if c.id not in seen:
            seen.add(c.id)
            out.append(c)
    return out


def adoption_check(
    desk: Desk, document_id: int, *, now: datetime | None = None
) -> list[AdoptionReason]:
    """What would stop an adoption now (empty: it may be adopted)."""
    with desk.read() as s:
        doc = get_or_404(s, Document, document_id, "document")
        return adoption_reasons(s, doc, now or utc_now())


def adopt_document(
    desk: Desk,
    document_id: int,
    *,
    expected_version: int | None = None,
    note: str = "",
    now: datetime | None = None,
    override: str | None = None,
) -> DocumentSnap:
    """Adopt: freeze an "adopted" revision, record its hash, refuse every later edit.

    Refused (AdoptionRefused, every reason listed) while Japanese is missing or stale,
    proposals are open, comments unresolved (these three may be overridden with a reason),
    or brackets, ad ref or a running / broken silence remain. Open proposals lapse; the
    remaining clauses become agreed.
    """
    if override is not None and not override.strip():
        raise ValidationError(
            "an override needs a reason (say why the secretariat adopts anyway)",
            code="override_needs_reason",
        )
    override = override.strip() if override else ""
    with desk.write() as s:
        doc = editable_document(s, document_id, procedure=True)
        expect_version(
            doc, expected_version, doc.short_name, item="document", document=doc.short_name
        )
        snaps = clause_snaps(s, doc.id)
        live = [c for c in snaps if c.status != "deleted"]
        if not live:
            raise ValidationError(
                f"{doc.short_name} has no clauses to adopt",
                code="nothing_to_adopt",
                document=doc.short_name,
            )
        reasons = adoption_reasons(s, doc, now or utc_now())
        refusing = [r for r in reasons if not (override and r.overridable)]
        if refusing:
            raise AdoptionRefused(doc.short_name, refusing)
        overridden = [r for r in reasons if r.overridable]
        if overridden:
            desk.audit(
                s,
                "document.adopt_override",
                doc,
                f"adoption of {doc.short_name} overrides: {override}",
                {
                    "reason": override,
                    "overridden": [
                        {"code": r.code, "message": r.message, "clauses": list(r.clauses)}
                        for r in overridden
                    ],
                },
            )
        for p in s.scalars(
            select(Proposal).where(Proposal.document_id == doc.id, Proposal.status == "open")
        ):
            p.status = "lapsed"
            p.decided_at = utc_now()
            p.row_version += 1
            desk.audit(
                s, "proposal.lapsed", p, "lapsed on adoption", {"note": "lapsed on adoption"}
            )
        rows = {c.id: c for c in s.scalars(select(Clause).where(Clause.document_id == doc.id))}
        for c in live:
            if c.status != "agreed":
                details = apply_status(rows[c.id], "agreed")
                details["note"] = "agreed on adoption of the document"
                desk.audit(s, "clause.status", rows[c.id], "agreed on adoption", details)
        s.flush()
        adopted_at = now or utc_now()  # the header's time and the title block's day agree
        rev = freeze_in(desk, s, doc, kind="adopted", note=note, label="Adopted", at=adopted_at)
        doc.status = "adopted"
        doc.adopted_at = adopted_at
        doc.adopted_hash = rev.content_hash
        details = {"hash": rev.content_hash}
        if override:
            details["override"] = override
        desk.audit(s, "document.adopt", doc, f"adopted {doc.short_name}", details)
        s.flush()
        host = s.scalar(select(Meeting.host_en).where(Meeting.id == doc.meeting_id)) or ""
        snap = document_snap(doc, len(live), revision_labels(s, doc.id))
    secretariat_certificate(host)
    return snap


def secretariat_certificate(host: str) -> None:
    """Make the secretariat's signing certificate at the first adoption (none imported yet),
    so that its fingerprint can be announced before any signed final circulates.

    The adoption has been committed: a failure to write the certificate must not undo it
    (the first signed export makes one then, as before)."""
    import logging

    from meetingdesk.integrity.pdfsign import SigningError
    from meetingdesk.store import signing

    try:
        signing.credentials(create_for=host or "Secretariat")
    except (OSError, SigningError) as exc:
        logging.getLogger(__name__).warning("no signing certificate made at adoption: %s", exc)
