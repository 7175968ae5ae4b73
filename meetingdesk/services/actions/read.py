"""Annex actions, read side: snapshots of actions with their links, follow-ups and the
overdue state, decided in the meeting's time zone on an injectable day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from meetingdesk.model import (
    ActionItem,
    Clause,
    Delegation,
    Document,
    Meeting,
    Participant,
    action_link,
    action_partner,
    utc_now,
)
from meetingdesk.services.base import Desk, ValidationError, get_or_404
from meetingdesk.services.meetings import meeting_snap
from meetingdesk.snapshots.actions import (
    ACTION_STATUSES,
    OPEN_STATUSES,
    ActionSnap,
    DelegationFollowUp,
    FollowUpSnap,
    FollowUpSummary,
    LinkSnap,
)


def partner_ids(s: Session, action_id: int) -> list[int]:
    return list(
        s.scalars(
            select(action_partner.c.delegation_id).where(action_partner.c.action_id == action_id)
        )
    )


def link_ids(s: Session, action_id: int) -> list[int]:
    return list(
        s.scalars(select(action_link.c.clause_id).where(action_link.c.action_id == action_id))
    )


def _status(status: str) -> str:
    if status not in ACTION_STATUSES:
        raise ValidationError(
            f"status {status!r} is not one of {', '.join(ACTION_STATUSES)}",
            code="action_status_unknown",
            action_status=str(status),
            action_statuses=ACTION_STATUSES,
        )
    return status


def meeting_of_document(s: Session, document_id: int) -> Meeting:
    doc = get_or_404(s, Document, document_id, "document")
    return s.get(Meeting, doc.meeting_id)


# --- snapshots ------------------------------------------------------------------------------


def local_today(zone: str, today: date | None = None, now: datetime | None = None) -> date:
    """The calendar day in the meeting's zone: `today` if given, else `now` (or the present
    moment) seen from that zone."""
    if today is not None:
        return today
    moment = now or utc_now()
    if moment.tzinfo is None:
        raise ValidationError(
            "now must carry a time zone (times are compared in UTC)", code="time_needs_zone"
        )
    return moment.astimezone(ZoneInfo(zone or "UTC")).date()


def build_snaps(
    s: Session,
    meeting_id: int,
    *,
    only: set[int] | None = None,
    today: date | None = None,
    now: datetime | None = None,
    due_soon_days: int = 30,
) -> list[ActionSnap]:
    """Snapshots of a meeting's actions (or of `only` those), in annex order."""
    from meetingdesk.services.drafting.documents import clause_snaps

    meeting = s.get(Meeting, meeting_id)
    day = local_today(meeting.time_zone, today, now)
    query = (
        select(ActionItem)
        .join(Clause, ActionItem.clause_id == Clause.id)
        .join(Document, Clause.document_id == Document.id)
        .where(Document.meeting_id == meeting_id)
        .options(
            selectinload(ActionItem.follow_ups),
        )
        .order_by(Document.position, Clause.position)
    )
    if only is not None:
        query = query.where(ActionItem.id.in_(only))
    items = list(s.scalars(query))
    docs: dict[int, Document] = {}
    numbered: dict[int, dict[int, Any]] = {}
    sections: dict[int, Any] = {}

    def clauses_of(doc_id: int) -> dict[int, Any]:
        if doc_id not in numbered:
            docs[doc_id] = s.get(Document, doc_id)
            snaps = clause_snaps(s, doc_id)
            numbered[doc_id] = {c.id: c for c in snaps}
            current = None
            for c in snaps:
                if c.kind == "section" and c.status != "deleted":
                    current = c
                sections[c.id] = current
        return numbered[doc_id]

    item_ids = [a.id for a in items]
    partners_of: dict[int, list[str]] = {}
    for aid, code in s.execute(
        select(action_partner.c.action_id, Delegation.code)
        .join(Delegation, Delegation.id == action_partner.c.delegation_id)
        .where(action_partner.c.action_id.in_(item_ids))
    ):
        partners_of.setdefault(aid, []).append(code)
    links_of: dict[int, list[int]] = {}
    for aid, cid in s.execute(
        select(action_link.c.action_id, action_link.c.clause_id).where(
            action_link.c.action_id.in_(item_ids)
        )
    ):
        links_of.setdefault(aid, []).append(cid)
    owner_ids = {a.owner_id for a in items}
    owners = {d.id: d for d in s.scalars(select(Delegation).where(Delegation.id.in_(owner_ids)))}
    contact_ids = {a.contact_id for a in items if a.contact_id}
    contacts = {
        p.id: p for p in s.scalars(select(Participant).where(Participant.id.in_(contact_ids)))
    }
    soon = day + timedelta(days=due_soon_days)
    out: list[ActionSnap] = []
    for a in items:
        doc_id = s.scalar(select(Clause.document_id).where(Clause.id == a.clause_id))
        own = clauses_of(doc_id)[a.clause_id]
        links = []
        linked = [s.get(Clause, i) for i in links_of.get(a.id, [])]
        for link in sorted(linked, key=lambda c: (c.document_id, c.position)):
            c = clauses_of(link.document_id)[link.id]
            d = docs[link.document_id]
            links.append(
                LinkSnap(
                    c.id,
                    c.uuid,
                    d.id,
                    d.short_name,
                    d.title_en,
                    d.title_ja,
                    d.meeting_id,
                    c.number,
                    c.kind,
                    c.status == "deleted",
                    c.text_en,
                    c.text_ja,
                )
            )
        section = sections.get(a.clause_id)
        owner = owners[a.owner_id]
        contact = contacts.get(a.contact_id) if a.contact_id else None
        is_open = a.status in OPEN_STATUSES
        late = bool(is_open and a.target_date and a.target_date < day)
        out.append(
            ActionSnap(
                id=a.id,
                uuid=str(a.uuid),
                row_version=a.row_version,
                meeting_id=meeting_id,
                document_id=doc_id,
                document_name=docs[doc_id].short_name,
                clause_id=a.clause_id,
                clause_uuid=own.uuid,
                clause_status=own.status,
                position=own.position,
                number=own.number,
                section_number=section.number if section else "",
                section_en=section.text_en if section else "",
                section_ja=section.text_ja if section else "",
                title_en=a.title_en,
                title_ja=a.title_ja,
                text_en=own.text_en,
                text_ja=own.text_ja,
                en_version_id=own.en_version_id,
                ja_version_id=own.ja_version_id,
                owner_id=owner.id,
                owner_code=owner.code,
                owner_name_en=owner.name_en,
                owner_name_ja=owner.name_ja,
                partner_codes=tuple(sorted(partners_of.get(a.id, []))),
                links=tuple(links),
                target_date=a.target_date,
                status=a.status,
                overdue=late,
                due_soon=bool(is_open and not late and a.target_date and a.target_date <= soon),
                contact_id=a.contact_id,
                contact_name=(
                    f"{contact.given_name} {contact.family_name.upper()}".strip() if contact else ""
                ),
                carried_from_id=a.carried_from_id,
                follow_ups=tuple(
                    FollowUpSnap(f.id, str(f.uuid), f.on_date, f.note, f.author, f.created_at)
                    for f in sorted(a.follow_ups, key=lambda f: (f.on_date, f.id))
                ),
            )
        )
    return out


def _action_in(s: Session, action_id: int) -> tuple[ActionItem, int]:
    a = get_or_404(s, ActionItem, action_id, "action")
    clause = s.get(Clause, a.clause_id)
    return a, s.get(Document, clause.document_id).meeting_id


# --- reads ----------------------------------------------------------------------------------


def get_action(
    desk: Desk, action_id: int, *, today: date | None = None, now: datetime | None = None
) -> ActionSnap:
    with desk.read() as s:
        _a, meeting_id = _action_in(s, action_id)
        return build_snaps(s, meeting_id, only={action_id}, today=today, now=now)[0]


def list_actions(
    desk: Desk,
    meeting_id: int,
    *,
    owner: str | None = None,
    status: str | Iterable[str] | None = None,
    overdue: bool | None = None,
    linked_clause_id: int | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> list[ActionSnap]:
    """The meeting's actions in annex order, optionally filtered; overdue is computed for
    `today` (or `now`, or the present moment) in the meeting's time zone."""
    statuses = (status,) if isinstance(status, str) else tuple(status or ())
    for st in statuses:
        _status(st)
    with desk.read() as s:
        get_or_404(s, Meeting, meeting_id, "meeting")
        snaps = build_snaps(s, meeting_id, today=today, now=now)
    if owner:
        snaps = [a for a in snaps if a.owner_code.upper() == owner.strip().upper()]
    if statuses:
        snaps = [a for a in snaps if a.status in statuses]
    if overdue is not None:
        snaps = [a for a in snaps if a.overdue == overdue]
    if linked_clause_id is not None:
        snaps = [a for a in snaps if any(x.clause_id == linked_clause_id for x in a.links)]
    return snaps


def actions_for_clause(
    desk: Desk, clause_id: int, *, today: date | None = None
) -> list[ActionSnap]:
    """The actions that implement a paragraph (shown beside it in the drafting view)."""
    with desk.read() as s:
        get_or_404(s, Clause, clause_id, "clause")
        ids = set(
            s.scalars(select(action_link.c.action_id).where(action_link.c.clause_id == clause_id))
        )
        if not ids:
            return []
        out: list[ActionSnap] = []
        meetings = set(
            s.scalars(
                select(Document.meeting_id)
                .join(Clause, Clause.document_id == Document.id)
                .join(ActionItem, ActionItem.clause_id == Clause.id)
                .where(ActionItem.id.in_(ids))
            )
        )
        for mid in sorted(meetings):
            out += build_snaps(s, mid, only=ids, today=today)
        return out


def follow_up_summary(
    desk: Desk,
    meeting_id: int,
    today: date | None = None,
    *,
    now: datetime | None = None,
    due_soon_days: int = 30,
) -> FollowUpSummary:
    """Per owner delegation: actions by status, the overdue ones and those due soon."""
    with desk.read() as s:
        meeting = get_or_404(s, Meeting, meeting_id, "meeting")
        day = local_today(meeting.time_zone, today, now)
        snaps = build_snaps(s, meeting_id, today=day, due_soon_days=due_soon_days)
        delegations = list(
            s.scalars(
                select(Delegation)
                .where(Delegation.meeting_id == meeting_id)
                .order_by(Delegation.protocol_rank, Delegation.code)
            )
        )
        msnap = meeting_snap(meeting)
    rows = []
    for d in delegations:
        mine = [a for a in snaps if a.owner_id == d.id]
        if not mine:
            continue
        counts = tuple((st, sum(1 for a in mine if a.status == st)) for st in ACTION_STATUSES)
        rows.append(
            DelegationFollowUp(
                d.id,
                d.code,
                d.name_en,
                d.name_ja,
                counts,
                tuple(a for a in mine if a.overdue),
                tuple(a for a in mine if a.due_soon),
            )
        )
    return FollowUpSummary(msnap, day, due_soon_days, tuple(snaps), tuple(rows))
