# SPDX-License-Identifier: GPL-3.0-or-later
"""Clash detection for agenda slots (pure; times are compared as given, so pass all-aware
datetimes, ideally UTC).

A slot occupies the half-open interval [start, end): back-to-back slots do not clash. Per room
and per person the slots are swept in start order keeping the still-running ones in a heap, so
the cost is O(n log n + k) for k clashes.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

__all__ = ["Clash", "ClashKind", "Slot", "find_clashes"]

ClashKind = Literal["room", "person", "before_arrival", "after_departure", "outside_meeting"]
_KIND_RANK = {"room": 0, "person": 1, "before_arrival": 2, "after_departure": 3}


@dataclass(frozen=True)
class Slot:
    id: str
    start: datetime
    end: datetime
    room: str | None = None
    people: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"slot {self.id!r} ends before it starts")


@dataclass(frozen=True)
class Clash:
    """A problem with one slot or a pair of slots.

    ``slot_ids`` is one id, or two ids in order of (start, end, id). ``subject`` is the room
    (kind "room"), the person (kinds "person", "before_arrival", "after_departure") or ""
    (kind "outside_meeting").
    """

    kind: ClashKind
    slot_ids: tuple[str, ...]
    subject: str


def _order(slot: Slot) -> tuple[datetime, datetime, str]:
    return slot.start, slot.end, slot.id


def _overlapping_pairs(slots: Sequence[Slot]) -> Iterable[tuple[Slot, Slot]]:
    """Every pair of overlapping slots, each once, earlier slot (by _order) first."""
    running: list[tuple[datetime, int, Slot]] = []  # (end, tiebreak, slot) min-heap
    for index, slot in enumerate(sorted(slots, key=_order)):
        while running and running[0][0] <= slot.start:
            heapq.heappop(running)
        if slot.start < slot.end:
            for _, _, other in running:
                yield other, slot
            heapq.heappush(running, (slot.end, index, slot))


def find_clashes(
    slots: Iterable[Slot],
    presence: Mapping[str, tuple[datetime | None, datetime | None]] | None = None,
    window: tuple[datetime, datetime] | None = None,
) -> list[Clash]:
    """All clashes among ``slots``.

    * "room": two slots in the same room overlap (one clash per pair);
    * "person": a person is in two overlapping slots (one clash per pair and person);
    * "before_arrival" / "after_departure": a slot starts before the person arrives or ends
      after they leave, per ``presence`` = {person: (arrival or None, departure or None)};
    * "outside_meeting": a slot is not inside ``window`` = (meeting start, meeting end).

    Empty slots (start == end) never overlap anything. The result is sorted by the start of
    the (first) slot, then kind, subject and ids.
    """
    all_slots = list(slots)
    seen: set[str] = set()
    for slot in all_slots:
        if slot.id in seen:
            raise ValueError(f"duplicate slot id {slot.id!r}")
        seen.add(slot.id)

    by_room: dict[str, list[Slot]] = {}
    by_person: dict[str, list[Slot]] = {}
    for slot in all_slots:
        if slot.room is not None:
            by_room.setdefault(slot.room, []).append(slot)
        for person in slot.people:
            by_person.setdefault(person, []).append(slot)

    found: list[tuple[tuple[datetime, int, str, tuple[str, ...]], Clash]] = []

    def report(kind: ClashKind, first: Slot, ids: tuple[str, ...], subject: str) -> None:
        rank = _KIND_RANK.get(kind, 4)
        found.append(((first.start, rank, subject, ids), Clash(kind, ids, subject)))

    for room, group in by_room.items():
        for a, b in _overlapping_pairs(group):
            report("room", a, (a.id, b.id), room)
    for person, group in by_person.items():
        for a, b in _overlapping_pairs(group):
            report("person", a, (a.id, b.id), person)

    for person, (arrival, departure) in (presence or {}).items():
        for slot in by_person.get(person, ()):
            if arrival is not None and slot.start < arrival:
                report("before_arrival", slot, (slot.id,), person)
            if departure is not None and slot.end > departure:
                report("after_departure", slot, (slot.id,), person)

    if window is not None:
        opens, closes = window
        for slot in all_slots:
            if slot.start < opens or slot.end > closes:
                report("outside_meeting", slot, (slot.id,), "")

    found.sort(key=lambda entry: entry[0])
    return [clash for _, clash in found]
