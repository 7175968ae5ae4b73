"""The plenary seating plan: one delegation per seat around the table.

Seat 0 is the head of the table (the chair's delegation); seats 1, 2 … follow clockwise.
By default the highest in precedence sits at the chair's right (seat 1), the next at the
chair's left (the last seat), and so on alternately.

A saved plan is a SeatingPlan row (with its version counter: a stale plan is refused as a
conflict) and one Seat row per seat.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from meetingdesk.model import Meeting
from meetingdesk.model import Seat as SeatRow
from meetingdesk.model import SeatingPlan as PlanRow
from meetingdesk.services.base import Desk, ValidationError, expect_version, get_or_404
from meetingdesk.services.logistics.delegations import list_delegations
from meetingdesk.snapshots import DelegationSnap


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


def _stored(s: Session, meeting_id: int) -> PlanRow | None:
    return s.scalar(
        select(PlanRow).where(PlanRow.meeting_id == meeting_id).options(selectinload(PlanRow.seats))
    )


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
        get_or_404(s, Meeting, meeting_id, "meeting")
        row = _stored(s, meeting_id)
        saved = [seat.delegation_id for seat in row.seats] if row is not None else []
        version = row.row_version if row is not None else 0
    if not version:
        return _plan(meeting_id, dels, default_order(dels, _chair_id(dels)), 0)
    present = {d.id for d in dels}
    order = [i for i in saved if i in present]
    order += [d.id for d in dels if d.id not in order]
    return _plan(meeting_id, dels, order, version)


def save_seating(
    desk: Desk, meeting_id: int, delegation_ids: list[int], *, expected_version: int
) -> SeatingPlan:
    """Save the plan: delegation ids by seat index, every listed delegation exactly once."""
    dels = list_delegations(desk, meeting_id)
    by_id = {d.id: d for d in dels}
    if len(set(delegation_ids)) != len(delegation_ids) or set(delegation_ids) != set(by_id):
        raise ValidationError(
            "a seating plan must seat every delegation of the meeting once",
            code="seating_incomplete",
        )
    with desk.write() as s:
        meeting = get_or_404(s, Meeting, meeting_id, "meeting")
        row = _stored(s, meeting_id)
        if row is None:
            if expected_version != 0:
                expect_version(_Unsaved(), expected_version, "the seating plan", item="seating")
            row = PlanRow(meeting_id=meeting.id)
            s.add(row)
        else:
            expect_version(row, expected_version, "the seating plan", item="seating")
            row.row_version += 1
        row.seats = [
            SeatRow(seat_index=i, delegation_id=did) for i, did in enumerate(delegation_ids)
        ]
        s.flush()
        desk.audit(
            s,
            "meeting.seating",
            meeting,
            "seating plan: " + ", ".join(by_id[i].code for i in delegation_ids),
            {"seats": [by_id[i].uuid for i in delegation_ids]},
        )
        version = row.row_version
    return _plan(meeting_id, dels, list(delegation_ids), version)


class _Unsaved:
    """Stands for a plan nobody saved yet (version 0) in a conflict message."""

    row_version = 0


def swap_seats(
    desk: Desk, meeting_id: int, seat_a: int, seat_b: int, *, expected_version: int
) -> SeatingPlan:
    """Exchange the delegations on two seats (what a drag and drop does)."""
    plan = get_seating(desk, meeting_id)
    order = [seat.delegation_id for seat in plan.seats]
    for seat in (seat_a, seat_b):
        if not 0 <= seat < len(order):
            raise ValidationError(
                f"there is no seat {seat} at this table", code="no_such_seat", seat=seat
            )
    order[seat_a], order[seat_b] = order[seat_b], order[seat_a]
    return save_seating(desk, meeting_id, order, expected_version=expected_version)
