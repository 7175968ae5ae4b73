"""The plenary seating plan: one delegation per seat around the table.

Seat 0 is the head of the table (the chair's delegation); seats 1, 2 … follow clockwise.
By default the highest in precedence sits at the chair's right (seat 1), the next at the
chair's left (the last seat), and so on alternately.

Until the schema has a seat table, a saved plan is kept as JSON in store_info under
"seating:<meeting uuid>" with its own version counter, checked inside the write
transaction (writers are serialised), so a stale plan is refused as a conflict.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy.orm import Session

from meetingdesk.model import Meeting, StoreInfo
from meetingdesk.snapshots import DelegationSnap

from .base import ConflictError, Desk, ValidationError, get_or_404
from .delegations import list_delegations


@dataclass(frozen=True)
class Seat:
    index: int
    delegation_id: int
    code: str
    name_en: str
    name_ja: str
    head_name: str
    is_head_of_table: bool


@dataclass(frozen=True)
class SeatingPlan:
    meeting_id: int
    version: int  # 0 while nothing is saved
    saved: bool
    seats: tuple[Seat, ...]


def default_order(delegations: list[DelegationSnap], chair_id: int | None = None) -> list[int]:
    """Delegation ids by seat index for a list already in order of precedence."""
    if not delegations:
        return []
    ids = [d.id for d in delegations]
    head = chair_id if chair_id in ids else ids[0]
    rest = [i for i in ids if i != head]
    seats: list[int | None] = [head] + [None] * len(rest)
    right, left = 1, len(rest)
    for n, did in enumerate(rest):
        if n % 2 == 0:
            seats[right] = did
            right += 1
        else:
            seats[left] = did
            left -= 1
    return [i for i in seats if i is not None]


def _key(meeting: Meeting) -> str:
    return f"seating:{meeting.uuid}"


def _stored(s: Session, meeting: Meeting) -> tuple[int, list[str]]:
    row = s.get(StoreInfo, _key(meeting))
    if row is None:
        return 0, []
    data = json.loads(row.value)
    return int(data["version"]), list(data["seats"])


def _plan(
    meeting_id: int, dels: list[DelegationSnap], order: list[int], version: int
) -> SeatingPlan:
    by_id = {d.id: d for d in dels}
    seats = tuple(
        Seat(
            i,
            did,
            by_id[did].code,
            by_id[did].name_en,
            by_id[did].name_ja,
            by_id[did].head_name,
            i == 0,
        )
        for i, did in enumerate(order)
    )
    return SeatingPlan(meeting_id, version, version > 0, seats)


def _chair_id(dels: list[DelegationSnap]) -> int | None:
    return next((d.id for d in dels if d.is_host), None)


def get_seating(desk: Desk, meeting_id: int) -> SeatingPlan:
    """The saved plan (retired delegations dropped, new ones at the end) or the default."""
    dels = list_delegations(desk, meeting_id)
    with desk.read() as s:
        meeting = get_or_404(s, Meeting, meeting_id, "meeting")
        version, uuids = _stored(s, meeting)
    if not version:
        return _plan(meeting_id, dels, default_order(dels, _chair_id(dels)), 0)
    by_uuid = {d.uuid: d.id for d in dels}
    order = [by_uuid[u] for u in uuids if u in by_uuid]
    order += [d.id for d in dels if d.id not in order]
    return _plan(meeting_id, dels, order, version)


def save_seating(
    desk: Desk, meeting_id: int, delegation_ids: list[int], *, expected_version: int
) -> SeatingPlan:
    """Save the plan: delegation ids by seat index, every listed delegation exactly once."""
    dels = list_delegations(desk, meeting_id)
    by_id = {d.id: d for d in dels}
    if len(set(delegation_ids)) != len(delegation_ids) or set(delegation_ids) != set(by_id):
        raise ValidationError("a seating plan must seat every delegation of the meeting once")
    with desk.write() as s:
        meeting = get_or_404(s, Meeting, meeting_id, "meeting")
        version, _ = _stored(s, meeting)
        if version != expected_version:
            raise ConflictError(
                f"the seating plan was changed by someone else (now version {version}, you "
                f"edited version {expected_version}); nothing was saved — reload and try again"
            )
        value = json.dumps(
            {"version": version + 1, "seats": [by_id[i].uuid for i in delegation_ids]}
        )
        row = s.get(StoreInfo, _key(meeting))
        if row is None:
            s.add(StoreInfo(key=_key(meeting), value=value))
        else:
            row.value = value
        desk.audit(
            s,
            "meeting.seating",
            meeting,
            "seating plan: " + ", ".join(by_id[i].code for i in delegation_ids),
        )
    return _plan(meeting_id, dels, list(delegation_ids), version + 1)


def swap_seats(
    desk: Desk, meeting_id: int, seat_a: int, seat_b: int, *, expected_version: int
) -> SeatingPlan:
    """Exchange the delegations on two seats (what a drag and drop does)."""
    plan = get_seating(desk, meeting_id)
    order = [seat.delegation_id for seat in plan.seats]
    for seat in (seat_a, seat_b):
        if not 0 <= seat < len(order):
            raise ValidationError(f"there is no seat {seat} at this table")
    order[seat_a], order[seat_b] = order[seat_b], order[seat_a]
    return save_seating(desk, meeting_id, order, expected_version=expected_version)
