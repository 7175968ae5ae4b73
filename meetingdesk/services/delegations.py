"""Delegations and participants: the reads every view needs and the basic writes."""

from __future__ import annotations

from sqlalchemy import func, select

from meetingdesk.model import Delegation, Meeting, Participant
from meetingdesk.snapshots import DelegationSnap, ParticipantSnap
from meetingdesk.text.collation import order_of_precedence

from .base import Desk, ValidationError, get_or_404

DELEGATION_KINDS = ("member", "invited", "organisation")
ROLES = ("head", "deputy", "sherpa", "member", "staff", "interpreter")


def participant_snap(p: Participant, code: str) -> ParticipantSnap:
    return ParticipantSnap(
        id=p.id,
        uuid=str(p.uuid),
        row_version=p.row_version,
        delegation_id=p.delegation_id,
        delegation_code=code,
        family_name=p.family_name,
        given_name=p.given_name,
        family_name_ja=p.family_name_ja,
        given_name_ja=p.given_name_ja,
        reading_ja=p.reading_ja,
        honorific=p.honorific,
        position_en=p.position_en,
        position_ja=p.position_ja,
        role=p.role,
        email=p.email,
        phone=p.phone,
        arrival=p.arrival,
        departure=p.departure,
        accreditation=p.accreditation,
        badge_number=p.badge_number,
        retired=p.retired,
    )


def _delegation_snap(d: Delegation, head: str, count: int) -> DelegationSnap:
    return DelegationSnap(
        id=d.id,
        uuid=str(d.uuid),
        row_version=d.row_version,
        code=d.code,
        name_en=d.name_en,
        name_fr=d.name_fr,
        name_ja=d.name_ja,
        reading_ja=d.reading_ja,
        kind=d.kind,
        protocol_rank=d.protocol_rank,
        is_host=d.is_host,
        contact_point=d.contact_point,
        retired=d.retired,
        head_name=head,
        participant_count=count,
    )


def list_delegations(
    desk: Desk, meeting_id: int, *, include_retired: bool = False
) -> list[DelegationSnap]:
    """Delegations in the meeting's order of precedence (the order used everywhere)."""
    with desk.read() as s:
        meeting = get_or_404(s, Meeting, meeting_id, "meeting")
        q = select(Delegation).where(Delegation.meeting_id == meeting_id)
        if not include_retired:
            q = q.where(Delegation.retired.is_(False))
        delegations = list(s.scalars(q.order_by(Delegation.protocol_rank, Delegation.id)))
        counts = dict(
            s.execute(
                select(Participant.delegation_id, func.count())
                .where(Participant.retired.is_(False))
                .group_by(Participant.delegation_id)
            ).all()
        )
        heads = {
            p.delegation_id: f"{p.given_name} {p.family_name.upper()}".strip()
            for p in s.scalars(select(Participant).where(Participant.role == "head"))
        }
        snaps = [_delegation_snap(d, heads.get(d.id, ""), counts.get(d.id, 0)) for d in delegations]
        return order_delegations(snaps, meeting.precedence_rule, meeting.host_placement)


def order_delegations(
    snaps: list[DelegationSnap], rule: str, host_placement: str
) -> list[DelegationSnap]:
    """Members first, then invited countries, then organisations; each group by the rule."""
    host = next((d for d in snaps if d.is_host), None)
    out: list[DelegationSnap] = []
    for kind in DELEGATION_KINDS:
        group = [d for d in snaps if d.kind == kind]
        out.extend(
            order_of_precedence(
                group,
                rule,
                key_fields={"en": "name_en", "fr": "name_fr", "ja": "reading_ja"},
                host=host if host in group else None,
                host_placement=host_placement,
            )
        )
    out.extend(d for d in snaps if d.kind not in DELEGATION_KINDS)
    return out


def add_delegation(
    desk: Desk,
    meeting_id: int,
    *,
    code: str,
    name_en: str,
    kind: str = "member",
    **fields: object,
) -> DelegationSnap:
    code = code.strip().upper()
    if not code or not name_en.strip():
        raise ValidationError("a delegation needs a code and an English name")
    if kind not in DELEGATION_KINDS:
        raise ValidationError(f"delegation kind {kind!r} is not one of {', '.join(DELEGATION_KINDS)}")
    with desk.write() as s:
        get_or_404(s, Meeting, meeting_id, "meeting")
        clash = s.scalar(
            select(Delegation.id).where(Delegation.meeting_id == meeting_id, Delegation.code == code)
        )
        if clash:
            raise ValidationError(f"delegation code {code} is already used in this meeting")
        rank = s.scalar(
            select(func.coalesce(func.max(Delegation.protocol_rank), 0)).where(
                Delegation.meeting_id == meeting_id
            )
        )
        d = Delegation(
            meeting_id=meeting_id,
            code=code,
            name_en=name_en.strip(),
            kind=kind,
            protocol_rank=int(fields.pop("protocol_rank", (rank or 0) + 1)),
            **fields,
        )
        s.add(d)
        s.flush()
        desk.audit(s, "delegation.add", d, f"added delegation {code}")
        return _delegation_snap(d, "", 0)


def add_participant(
    desk: Desk, delegation_id: int, *, family_name: str, role: str = "member", **fields: object
) -> ParticipantSnap:
    if not family_name.strip():
        raise ValidationError("a participant needs a family name")
    if role not in ROLES:
        raise ValidationError(f"role {role!r} is not one of {', '.join(ROLES)}")
    with desk.write() as s:
        d = get_or_404(s, Delegation, delegation_id, "delegation")
        p = Participant(delegation_id=d.id, family_name=family_name.strip(), role=role, **fields)
        s.add(p)
        s.flush()
        desk.audit(s, "participant.add", p, f"added {p.given_name} {p.family_name} ({d.code})")
        return participant_snap(p, d.code)


def list_participants(
    desk: Desk, meeting_id: int, *, delegation_id: int | None = None
) -> list[ParticipantSnap]:
    """Participants grouped by delegation in order of precedence, heads first."""
    order = {d.id: i for i, d in enumerate(list_delegations(desk, meeting_id))}
    with desk.read() as s:
        q = (
            select(Participant, Delegation.code)
            .join(Delegation)
            .where(Delegation.meeting_id == meeting_id, Participant.retired.is_(False))
        )
        if delegation_id is not None:
            q = q.where(Participant.delegation_id == delegation_id)
        rows = [participant_snap(p, code) for p, code in s.execute(q)]
    role_rank = {r: i for i, r in enumerate(ROLES)}
    rows.sort(
        key=lambda p: (
            order.get(p.delegation_id, len(order)),
            role_rank.get(p.role, 99),
            p.family_name.casefold(),
        )
    )
    return rows
