"""Agenda sessions and items: time zones, edits, moves, conflicts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetingdesk.services.base import ConflictError, ValidationError
from meetingdesk.services.logistics import agenda as ag
from meetingdesk.services.logistics import participants as pt

from .conftest import jst


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "Europe/Paris", "America/New_York"])
@given(moment=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31)))
def test_utc_local_round_trip(zone, moment):
    utc = moment.replace(tzinfo=UTC)
    local = ag.utc_to_local(utc, zone)
    # (PEP 495: an ambiguous local time never compares equal across zones; use timestamps)
    assert local.timestamp() == utc.timestamp() and local.tzinfo == ZoneInfo(zone)
    naive = local.replace(tzinfo=None)
    assert ag.local_to_utc(naive, zone, fold=local.fold) == utc


def test_dst_gap_and_fold_in_paris():
    with pytest.raises(ValidationError, match="does not exist in Europe/Paris"):
        ag.local_to_utc(datetime(2016, 3, 27, 2, 30), "Europe/Paris")
    first = ag.local_to_utc(datetime(2016, 10, 30, 2, 30), "Europe/Paris")
    second = ag.local_to_utc(datetime(2016, 10, 30, 2, 30), "Europe/Paris", fold=1)
    assert second - first == timedelta(hours=1)
    assert first == datetime(2016, 10, 30, 0, 30, tzinfo=UTC)
    assert ag.local_to_utc(datetime(2016, 4, 29, 9, 0), "Asia/Tokyo") == datetime(
        2016, 4, 29, 0, 0, tzinfo=UTC
    )


def test_sessions_stored_in_utc_and_edited(g7):
    desk, mid = g7.desk, g7.meeting_id
    chair = pt.add_participant(desk, g7.delegations["JPN"], family_name="Takaichi", role="head")
    sid = ag.add_session(
        desk,
        mid,
        title_en="Session 1",
        title_ja="第1セッション",
        starts_at=jst(29, 9),
        ends_at=jst(29, 10, 30),
        room_id=g7.room,
        chair_id=chair.id,
    )
    snap = ag.get_session(desk, sid)
    assert snap.starts_at == datetime(2016, 4, 29, 0, 0, tzinfo=UTC)
    assert snap.starts_at.tzinfo is not None and snap.chair_name == "TAKAICHI"
    speaker = pt.add_participant(desk, g7.delegations["FRA"], family_name="Lemaire")
    edited = ag.edit_session(
        desk, sid, expected_version=snap.row_version, speaker_ids=(speaker.id,)
    )
    assert edited.speaker_ids == (speaker.id,)
    assert edited.row_version > snap.row_version  # a speaker-only edit is a new version
    with pytest.raises(ConflictError):
        ag.edit_session(desk, sid, expected_version=snap.row_version, title_en="Stale")
    with pytest.raises(ValidationError, match="ends before"):
        ag.edit_session(desk, sid, expected_version=edited.row_version, ends_at=jst(29, 8))
    with pytest.raises(ValidationError, match="not one of"):
        ag.edit_session(desk, sid, expected_version=edited.row_version, kind="party")
    assert ag.get_session(desk, sid).title_en == "Session 1"


def test_move_session_keeps_the_days_shape(g7):
    desk, mid = g7.desk, g7.meeting_id
    a = ag.add_session(desk, mid, title_en="A", starts_at=jst(29, 9), ends_at=jst(29, 10))
    ag.add_session(desk, mid, title_en="B", starts_at=jst(29, 10, 30), ends_at=jst(29, 12))
    c = ag.add_session(desk, mid, title_en="C", starts_at=jst(29, 13), ends_at=jst(29, 13, 30))
    other_day = ag.add_session(desk, mid, title_en="D", starts_at=jst(30, 9), ends_at=jst(30, 10))
    version = ag.get_session(desk, c).row_version
    sessions = ag.move_session(desk, c, to_index=0, expected_version=version)
    day1 = [
        (
            x.title_en,
            x.starts_at.astimezone(ZoneInfo("Asia/Tokyo")).strftime("%H:%M"),
            x.ends_at.astimezone(ZoneInfo("Asia/Tokyo")).strftime("%H:%M"),
        )
        for x in sessions
        if x.id != other_day
    ]
    # C first (30 min), the 30-min gap after slot 1 kept, then B, 60-min gap, then A
    assert day1 == [("C", "09:00", "09:30"), ("A", "10:00", "11:00"), ("B", "12:00", "13:30")]
    with pytest.raises(ConflictError):
        ag.move_session(desk, c, to_index=2, expected_version=version)
    with pytest.raises(ValidationError, match="no place"):
        ag.move_session(desk, a, to_index=3, expected_version=ag.get_session(desk, a).row_version)
    assert ag.get_session(desk, other_day).starts_at == jst(30, 9)


def test_items_numbered_moved_and_linked(g7):
    desk, mid = g7.desk, g7.meeting_id
    s1 = ag.add_session(desk, mid, title_en="S1", starts_at=jst(29, 9), ends_at=jst(29, 10))
    s2 = ag.add_session(desk, mid, title_en="S2", starts_at=jst(29, 11), ends_at=jst(29, 12))
    i1 = ag.add_item(desk, s1, title_en="Opening", title_ja="開会")
    i2 = ag.add_item(desk, s1, title_en="Charter")
    i3 = ag.add_item(desk, s2, title_en="Declaration")
    item = next(i for i in ag.get_session(desk, s1).items if i.id == i2)
    sessions = ag.move_item(desk, i2, to_index=0, expected_version=item.row_version)
    assert [(i.number, i.title_en) for i in sessions[0].items] == [
        ("1", "Charter"),
        ("2", "Opening"),
    ]
    item = next(i for i in sessions[0].items if i.id == i1)
    sessions = ag.move_item(
        desk, i1, to_index=1, to_session_id=s2, expected_version=item.row_version
    )
    assert [i.title_en for i in sessions[0].items] == ["Charter"]
    assert [(i.number, i.title_en) for i in sessions[1].items] == [
        ("2", "Declaration"),
        ("3", "Opening"),
    ]
    with pytest.raises(ConflictError):
        ag.move_item(desk, i1, to_index=0, expected_version=item.row_version)
    fresh = next(i for i in sessions[1].items if i.id == i3)
    edited = ag.edit_item(desk, i3, expected_version=fresh.row_version, title_ja="共同宣言")
    assert edited.title_ja == "共同宣言"
    with pytest.raises(ValidationError, match="English title"):
        ag.edit_item(desk, i3, expected_version=edited.row_version, title_en=" ")
