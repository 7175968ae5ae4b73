"""Participants: the people of each delegation, edited and retired, never deleted.

Lists come in the meeting's order of precedence (delegations), heads of delegation first.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.model import Delegation, Participant
from meetingdesk.services.base import (
    Desk,
    ValidationError,
    expect_version,
    export_refusal,
    get_or_404,
)
from meetingdesk.services.logistics.delegations import check_reading, list_delegations
from meetingdesk.snapshots import ParticipantSnap

ROLES = ("head", "deputy", "sherpa", "member", "staff", "interpreter")
ACCREDITATION = ("pending", "accredited", "refused")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

PARTICIPANT_FIELDS = (
    "delegation_id",
    "family_name",
    "given_name",
    "family_name_ja",
    "given_name_ja",
    "reading_ja",
    "honorific",
    "position_en",
    "position_ja",
    "role",
    "email",
    "phone",
    "arrival",
    "departure",
    "accreditation",
    "badge_number",
)


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


def _clean_participant(s: Session, values: dict, own_id: int | None) -> dict:
    unknown = set(values) - set(PARTICIPANT_FIELDS)
    if unknown:
        raise ValidationError(
            f"unknown participant field(s): {', '.join(sorted(unknown))}",
            code="unknown_fields",
            fields=sorted(unknown),
        )
    for key, value in list(values.items()):
        if isinstance(value, str):
            values[key] = value.strip()
        elif value is None and key not in ("arrival", "departure"):
            values[key] = ""
    if not values.get("family_name"):
        raise ValidationError(
            "a participant needs a family name", code="participant_needs_family_name"
        )
    who = f"{values.get('given_name', '')} {values['family_name']}".strip()
    if values.get("role", "member") not in ROLES:
        raise ValidationError(
            f"role {values['role']!r} is not one of {', '.join(ROLES)}",
            code="participant_role_unknown",
            role=str(values["role"]),
            roles=ROLES,
            name=who,
        )
    if values.get("accreditation", "pending") not in ACCREDITATION:
        raise ValidationError(
            f"accreditation {values['accreditation']!r} is not one of {', '.join(ACCREDITATION)}",
            code="participant_accreditation_unknown",
            accreditation=str(values["accreditation"]),
            accreditations=ACCREDITATION,
            name=who,
        )
    if values.get("email") and not _EMAIL_RE.match(values["email"]):
        raise ValidationError(
            f"e-mail address {values['email']!r} of {who} is not valid",
            code="email_invalid",
            email=values["email"],
            name=who,
        )
    values["reading_ja"] = check_reading(values.get("reading_ja", ""), who)
    for key in ("arrival", "departure"):
        t = values.get(key)
        if t is not None and (not isinstance(t, datetime) or t.tzinfo is None):
            raise ValidationError(
                f"{key} of {who} needs a date and time with its time zone",
                code=f"{key}_needs_zone",  # arrival_needs_zone, departure_needs_zone
                name=who,
            )
    if (
        values.get("arrival")
        and values.get("departure")
        and values["departure"] < values["arrival"]
    ):
        raise ValidationError(
            f"{who} departs before arriving",
            code="departs_before_arriving",
            name=who,
            arrival=values["arrival"],
            departure=values["departure"],
        )
    d = get_or_404(s, Delegation, values["delegation_id"], "delegation")
    if d.retired:
        raise ValidationError(
            f"delegation {d.code} is retired", code="delegation_retired", delegation=d.code
        )
    if values.get("role") == "head":
        head = s.scalar(
            select(Participant).where(
                Participant.delegation_id == d.id,
                Participant.role == "head",
                Participant.retired.is_(False),
            )
        )
        if head is not None and head.id != own_id:
            raise ValidationError(
                f"{d.code} already has a head of delegation ({head.given_name} "
                f"{head.family_name}); change that role first",
                code="head_already",
                delegation=d.code,
                name=f"{head.given_name} {head.family_name}".strip(),
            )
    badge = values.get("badge_number", "")
    if badge:
        other = s.scalar(
            select(Participant.id)
            .join(Delegation)
            .where(
                Delegation.meeting_id == d.meeting_id,
                Participant.badge_number == badge,
                Participant.retired.is_(False),
            )
        )
        if other and other != own_id:
            raise ValidationError(
                f"badge number {badge} is already given in this meeting",
                code="badge_taken",
                badge=badge,
            )
    return values


def add_participant(
    desk: Desk, delegation_id: int, *, family_name: str, role: str = "member", **fields: object
) -> ParticipantSnap:
    with desk.write() as s:
        values = _clean_participant(
            s,
            {"delegation_id": delegation_id, "family_name": family_name, "role": role, **fields},
            None,
        )
        p = Participant(**values)
        s.add(p)
        s.flush()
        code = s.get(Delegation, p.delegation_id).code
        desk.audit(s, "participant.add", p, f"added {p.given_name} {p.family_name} ({code})")
        return participant_snap(p, code)


def edit_participant(
    desk: Desk, participant_id: int, *, expected_version: int, **fields: object
) -> ParticipantSnap:
    """Change some fields of a participant; a stale expected_version is a ConflictError."""
    with desk.write() as s:
        p = get_or_404(s, Participant, participant_id, "participant")
        expect_version(
            p,
            expected_version,
            f"participant {p.given_name} {p.family_name}",
            item="participant",
            name=f"{p.given_name} {p.family_name}".strip(),
        )
        if p.retired:
            raise ValidationError(
                f"{p.given_name} {p.family_name} is retired",
                code="participant_retired",
                name=f"{p.given_name} {p.family_name}".strip(),
            )
        current = {k: getattr(p, k) for k in PARTICIPANT_FIELDS}
        merged = _clean_participant(s, {**current, **fields}, p.id)
        changed = sorted(k for k, v in merged.items() if getattr(p, k) != v)
        for key in changed:
            setattr(p, key, merged[key])
        if changed:
            desk.audit(
                s,
                "participant.edit",
                p,
                f"edited {p.given_name} {p.family_name}",
                {"fields": changed},
            )
        s.flush()
        return participant_snap(p, s.get(Delegation, p.delegation_id).code)


def retire_participant(
    desk: Desk, participant_id: int, *, expected_version: int
) -> ParticipantSnap:
    with desk.write() as s:
        p = get_or_404(s, Participant, participant_id, "participant")
        expect_version(
            p,
            expected_version,
            f"participant {p.given_name} {p.family_name}",
            item="participant",
            name=f"{p.given_name} {p.family_name}".strip(),
        )
        if not p.retired:
            p.retired = True
            desk.audit(s, "participant.retire", p, f"retired {p.given_name} {p.family_name}")
            s.flush()
        return participant_snap(p, s.get(Delegation, p.delegation_id).code)


def get_participant(desk: Desk, participant_id: int) -> ParticipantSnap:
    with desk.read() as s:
        p = get_or_404(s, Participant, participant_id, "participant")
        return participant_snap(p, s.get(Delegation, p.delegation_id).code)


def list_participants(
    desk: Desk, meeting_id: int, *, delegation_id: int | None = None
) -> list[ParticipantSnap]:
    """Participants grouped by delegation in order of precedence, heads first."""
    order = {d.id: i for i, d in enumerate(list_delegations(desk, meeting_id))}
    with desk.read() as s:
        q = (
            select(Participant, Delegation.code)
            .join(Delegation)
            .where(
                Delegation.meeting_id == meeting_id,
                Participant.retired.is_(False),
                Delegation.retired.is_(False),
            )
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
            p.given_name.casefold(),
        )
    )
    return rows


def export_participants_xlsx(desk: Desk, meeting_id: int, out: str | Path) -> Path:
    """The meeting's participants (order of precedence) as an XLSX file written atomically,
    with a MeetingDesk ID column so that the edited list can be imported back."""
    from meetingdesk.formats import ExportError
    from meetingdesk.formats.tabular.write import write_participants_xlsx
    from meetingdesk.services.meetings import get_meeting

    try:
        return write_participants_xlsx(
            get_meeting(desk, meeting_id), list_participants(desk, meeting_id), Path(out)
        )
    except ExportError as exc:
        raise export_refusal(exc) from exc
