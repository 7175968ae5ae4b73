from datetime import UTC, datetime, timedelta
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingdesk.text.schedule import Clash, Slot, find_clashes

T0 = datetime(2016, 4, 29, 0, 0, tzinfo=UTC)  # 09:00 in Takamatsu (UTC+9)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def slot(id_: str, start: float, end: float, room: str | None = None, *people: str) -> Slot:
    return Slot(id_, at(start), at(end), room, frozenset(people))


def test_room_and_person_clashes() -> None:
    slots = [
        slot("opening", 0, 1, "Hall", "minister-jp", "chair"),
        slot("session1", 0.5, 2, "Hall", "minister-us"),
        slot("bilateral", 1.5, 2, "Room 2", "minister-jp", "minister-us"),
        slot("lunch", 2, 3, "Hall", "minister-jp"),  # starts as session1 ends: no clash
    ]
    assert find_clashes(slots) == [
        Clash("room", ("opening", "session1"), "Hall"),
        Clash("person", ("session1", "bilateral"), "minister-us"),
    ]


def test_presence_and_meeting_window() -> None:
    slots = [
        slot("welcome", -1, 0.5, "Hall", "minister-fr"),
        slot("press", 8, 9, "Press room", "minister-fr"),
    ]
    presence = {"minister-fr": (at(0), at(8.5)), "minister-de": (None, None)}
    clashes = find_clashes(slots, presence, window=(at(0), at(10)))
    assert clashes == [
        Clash("before_arrival", ("welcome",), "minister-fr"),
        Clash("outside_meeting", ("welcome",), ""),
        Clash("after_departure", ("press",), "minister-fr"),
    ]


def test_empty_and_invalid_slots() -> None:
    assert find_clashes([slot("a", 1, 1, "Hall"), slot("b", 0, 2, "Hall")]) == []
    with pytest.raises(ValueError):
        slot("bad", 2, 1)
    with pytest.raises(ValueError, match="duplicate"):
        find_clashes([slot("a", 0, 1), slot("a", 2, 3)])


@st.composite
def slot_lists(draw):
    count = draw(st.integers(0, 12))
    slots = []
    for i in range(count):
        start = draw(st.integers(0, 20))
        length = draw(st.integers(0, 6))
        room = draw(st.sampled_from([None, "Hall", "Room 2"]))
        people = draw(st.frozensets(st.sampled_from(["jp", "us", "fr", "de"]), max_size=3))
        slots.append(Slot(f"s{i}", at(start), at(start + length), room, people))
    return slots


def _overlap(a: Slot, b: Slot) -> bool:
    """[a.start, a.end) and [b.start, b.end) share an instant (empty intervals share none)."""
    return max(a.start, b.start) < min(a.end, b.end)


def _oracle(slots, presence, window) -> set[tuple]:
    found = set()
    for a, b in combinations(slots, 2):
        if _overlap(a, b):
            if a.room is not None and a.room == b.room:
                found.add(("room", frozenset((a.id, b.id)), a.room))
            for person in a.people & b.people:
                found.add(("person", frozenset((a.id, b.id)), person))
    for s in slots:
        for person in s.people:
            arrival, departure = presence.get(person, (None, None))
            if arrival is not None and s.start < arrival:
                found.add(("before_arrival", frozenset((s.id,)), person))
            if departure is not None and s.end > departure:
                found.add(("after_departure", frozenset((s.id,)), person))
        if window and (s.start < window[0] or s.end > window[1]):
            found.add(("outside_meeting", frozenset((s.id,)), ""))
    return found


@settings(max_examples=200, deadline=None)
@given(
    slot_lists(),
    st.dictionaries(
        st.sampled_from(["jp", "us", "fr"]),
        st.tuples(st.none() | st.integers(0, 10).map(at), st.none() | st.integers(10, 26).map(at)),
    ),
    st.none() | st.tuples(st.integers(0, 5).map(at), st.integers(15, 26).map(at)),
)
def test_matches_brute_force_oracle(slots, presence, window) -> None:
    clashes = find_clashes(slots, presence, window)
    reported = [(c.kind, frozenset(c.slot_ids), c.subject) for c in clashes]
    assert len(reported) == len(set(reported))  # each clash once
    assert set(reported) == _oracle(slots, presence, window)
    by_id = {s.id: s for s in slots}
    for clash in clashes:
        if len(clash.slot_ids) == 2:
            first, second = (by_id[i] for i in clash.slot_ids)
            assert (first.start, first.end, first.id) < (second.start, second.end, second.id)
