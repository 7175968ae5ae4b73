"""Clash warnings: fixed cases and random schedules against a brute-force check."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import combinations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingdesk.services.logistics import agenda as ag
from meetingdesk.services.logistics import participants as pt
from meetingdesk.services.logistics.schedule import clashes, meeting_window

from .conftest import jst


def test_each_kind_of_clash_with_message(g7):
    desk, mid = g7.desk, g7.meeting_id
    minister = pt.add_participant(
        desk,
        g7.delegations["FRA"],
        family_name="Lemaire",
        given_name="Axelle",
        arrival=jst(29, 11),
        departure=jst(30, 12),
    )
    a = ag.add_session(
        desk,
        mid,
        title_en="Opening",
        starts_at=jst(29, 9),
        ends_at=jst(29, 10),
        room_id=g7.room,
        speaker_ids=(minister.id,),
    )
    b = ag.add_session(
        desk,
        mid,
        title_en="Bilateral",
        starts_at=jst(29, 9, 30),
        ends_at=jst(29, 10, 30),
        room_id=g7.room,
        kind="bilateral",
    )
    c = ag.add_session(
        desk,
        mid,
        title_en="Press",
        starts_at=jst(30, 11),
        ends_at=jst(30, 13),
        room_id=g7.other_room,
        chair_id=minister.id,
        kind="press_conference",
    )
    d = ag.add_session(
        desk,
        mid,
        title_en="Dinner",
        starts_at=jst(30, 23),
        ends_at=jst(30, 23) + timedelta(hours=2),
        kind="working_dinner",
    )
    e = ag.add_session(
        desk,
        mid,
        title_en="Session 2",
        starts_at=jst(30, 12),
        ends_at=jst(30, 12, 30),
        speaker_ids=(minister.id,),
    )
    found = {(w.kind, w.session_ids) for w in clashes(desk, mid)}
    assert found == {
        ("room", (a, b)),
        ("before_arrival", (a,)),
        ("after_departure", (c,)),
        ("person", (c, e)),
        ("after_departure", (e,)),
        ("outside_meeting", (d,)),
    }
    by_kind = {w.kind: w for w in clashes(desk, mid)}
    assert "Main Hall" in by_kind["room"].message and "09:00" in by_kind["room"].message
    assert "Axelle LEMAIRE (FRA)" in by_kind["person"].message
    assert "arrives Fri 29 Apr 11:00" in by_kind["before_arrival"].message
    assert "outside the meeting's dates" in by_kind["outside_meeting"].message


def test_meeting_window_uses_the_zone():
    opens, closes = meeting_window(date(2016, 4, 29), date(2016, 4, 30), "Asia/Tokyo")
    assert opens == datetime(2016, 4, 28, 15, tzinfo=UTC)
    assert closes == datetime(2016, 4, 30, 15, tzinfo=UTC)


BASE = jst(29, 8)
session_st = st.tuples(
    st.integers(0, 40),  # start, in 30-minute steps from 08:00 on day 1
    st.integers(1, 6),  # length in 30-minute steps
    st.sampled_from([None, 0, 1]),  # room
    st.sets(st.integers(0, 3), max_size=3),  # people (speakers)
)
presence_st = st.lists(
    st.tuples(st.none() | st.integers(0, 40), st.none() | st.integers(0, 50)),
    min_size=4,
    max_size=4,
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=st.lists(session_st, min_size=0, max_size=7), presence=presence_st)
def test_random_schedules_against_brute_force(g7_sqlite, plan, presence):
    """Every reported clash is real and every real clash is reported."""
    from sqlalchemy import delete

    from meetingdesk.model import AgendaSession, Participant, session_speaker

    g7 = g7_sqlite
    desk, mid = g7.desk, g7.meeting_id
    with desk.write() as s:  # a clean slate per example (test data only)
        s.execute(delete(session_speaker))
        s.execute(delete(AgendaSession))
        s.execute(delete(Participant))
    step = timedelta(minutes=30)
    people = []
    for n, (arr, dep) in enumerate(presence):
        arrival = BASE + arr * step if arr is not None else None
        departure = BASE + dep * step if dep is not None else None
        if arrival and departure and departure < arrival:
            arrival, departure = departure, arrival
        people.append(
            pt.add_participant(
                desk,
                g7.delegations["USA"],
                family_name=f"P{n}",
                arrival=arrival,
                departure=departure,
            )
        )
    rooms = [g7.room, g7.other_room]
    made = []
    for n, (start, length, room, who) in enumerate(plan):
        sid = ag.add_session(
            desk,
            mid,
            title_en=f"S{n}",
            starts_at=BASE + start * step,
            ends_at=BASE + (start + length) * step,
            room_id=rooms[room] if room is not None else None,
            speaker_ids=tuple(people[i].id for i in sorted(who)),
        )
        made.append(
            (
                sid,
                BASE + start * step,
                BASE + (start + length) * step,
                room,
                {people[i].id for i in who},
            )
        )
    expected = set()
    for a, b in combinations(sorted(made, key=lambda m: (m[1], m[2], str(m[0]))), 2):
        if a[1] < b[2] and b[1] < a[2]:
            if a[3] is not None and a[3] == b[3]:
                expected.add(("room", frozenset((a[0], b[0]))))
            for person in a[4] & b[4]:
                expected.add(("person", frozenset((a[0], b[0])), person))
    opens, closes = meeting_window(date(2016, 4, 29), date(2016, 4, 30), "Asia/Tokyo")
    for sid, start, end, _room, who in made:
        for p in people:
            if p.id in who and p.arrival and start < p.arrival:
                expected.add(("before_arrival", frozenset((sid,)), p.id))
            if p.id in who and p.departure and end > p.departure:
                expected.add(("after_departure", frozenset((sid,)), p.id))
        if start < opens or end > closes:
            expected.add(("outside_meeting", frozenset((sid,))))
    got = set()
    for w in clashes(desk, mid):
        key = (w.kind, frozenset(w.session_ids))
        got.add(key if w.kind in ("room", "outside_meeting") else (*key, w.subject_id))
    assert got == expected
