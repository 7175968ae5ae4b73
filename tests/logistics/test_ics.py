"""iCalendar export parsed back by the icalendar library."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest

from meetingdesk.services.base import ValidationError
from meetingdesk.services.logistics import agenda as ag
from meetingdesk.services.logistics import participants as pt
from meetingdesk.services.logistics.schedule import export_ics

from .conftest import jst


def build_agenda(g7):
    desk, mid = g7.desk, g7.meeting_id
    fra = pt.add_participant(desk, g7.delegations["FRA"], family_name="Lemaire", role="head")
    usa = pt.add_participant(desk, g7.delegations["USA"], family_name="Pritzker", role="head")
    plenary = ag.add_session(
        desk,
        mid,
        title_en="Session 1",
        title_ja="第1セッション",
        starts_at=jst(29, 9),
        ends_at=jst(29, 10, 30),
        room_id=g7.room,
    )
    ag.add_item(desk, plenary, title_en="Charter", title_ja="憲章")
    bilateral = ag.add_session(
        desk,
        mid,
        title_en="Japan–France bilateral",
        kind="bilateral",
        starts_at=jst(29, 12),
        ends_at=jst(29, 12, 30),
        speaker_ids=(fra.id,),
    )
    press = ag.add_session(
        desk,
        mid,
        title_en="Press conference",
        kind="press_conference",
        starts_at=jst(30, 15),
        ends_at=jst(30, 16),
        chair_id=usa.id,
    )
    return {"plenary": plenary, "bilateral": bilateral, "press": press}


def events(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def test_whole_meeting_round_trip(g7, tmp_path: Path):
    ids = build_agenda(g7)
    out = export_ics(g7.desk, g7.meeting_id, tmp_path / "agenda.ics")
    data = out.read_bytes()
    cal = icalendar.Calendar.from_ical(data)
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Tokyo"]
    assert b"DTSTART;TZID=Asia/Tokyo:20160429T090000" in data
    found = events(data)
    sessions = {x.id: x for x in ag.list_sessions(g7.desk, g7.meeting_id)}
    assert set(found) == {f"{x.uuid}@meetingdesk" for x in sessions.values()}
    plenary = found[f"{sessions[ids['plenary']].uuid}@meetingdesk"]
    assert plenary.decoded("dtstart").astimezone(UTC) == datetime(2016, 4, 29, 0, 0, tzinfo=UTC)
    assert plenary.decoded("dtend").astimezone(UTC) == datetime(2016, 4, 29, 1, 30, tzinfo=UTC)
    assert str(plenary["summary"]) == "Session 1 / 第1セッション"
    assert "Main Hall" in str(plenary["location"])
    assert "1. Charter" in str(plenary["description"])


def test_delegation_view(g7, tmp_path: Path):
    ids = build_agenda(g7)
    sessions = {x.id: x for x in ag.list_sessions(g7.desk, g7.meeting_id)}
    out = export_ics(g7.desk, g7.meeting_id, tmp_path / "fra.ics", "FRA")
    uids = set(events(out.read_bytes()))
    assert uids == {f"{sessions[ids[k]].uuid}@meetingdesk" for k in ("plenary", "bilateral")}
    usa = set(events(export_ics(g7.desk, g7.meeting_id, tmp_path / "usa.ics", "usa").read_bytes()))
    assert usa == {f"{sessions[ids[k]].uuid}@meetingdesk" for k in ("plenary", "press")}
    with pytest.raises(ValidationError, match="no delegation"):
        export_ics(g7.desk, g7.meeting_id, tmp_path / "x.ics", "XXX")
    assert not (tmp_path / "x.ics").exists()


def test_dst_zone_and_utc_meeting(sqlite_desk, tmp_path: Path):
    from datetime import date
    from zoneinfo import ZoneInfo

    from meetingdesk.services.meetings import create_meeting

    paris = create_meeting(
        sqlite_desk,
        title_en="Paris",
        start_date=date(2016, 10, 29),
        end_date=date(2016, 10, 31),
        time_zone="Europe/Paris",
    )
    z = ZoneInfo("Europe/Paris")
    ag.add_session(
        sqlite_desk,
        paris.id,
        title_en="Before",
        starts_at=datetime(2016, 10, 29, 10, tzinfo=z),
        ends_at=datetime(2016, 10, 29, 11, tzinfo=z),
    )
    ag.add_session(
        sqlite_desk,
        paris.id,
        title_en="After",
        starts_at=datetime(2016, 10, 31, 10, tzinfo=z),
        ends_at=datetime(2016, 10, 31, 11, tzinfo=z),
    )
    data = export_ics(sqlite_desk, paris.id, tmp_path / "p.ics").read_bytes()
    cal = icalendar.Calendar.from_ical(data)
    tz = next(iter(cal.walk("VTIMEZONE")))
    assert tz.walk("DAYLIGHT") and tz.walk("STANDARD")
    starts = sorted(e.decoded("dtstart").astimezone(UTC) for e in cal.walk("VEVENT"))
    assert starts == [datetime(2016, 10, 29, 8, tzinfo=UTC), datetime(2016, 10, 31, 9, tzinfo=UTC)]

    utc = create_meeting(
        sqlite_desk,
        title_en="UTC",
        start_date=date(2016, 1, 1),
        end_date=date(2016, 1, 1),
        time_zone="UTC",
    )
    ag.add_session(
        sqlite_desk,
        utc.id,
        title_en="Call",
        starts_at=datetime(2016, 1, 1, 9, tzinfo=UTC),
        ends_at=datetime(2016, 1, 1, 10, tzinfo=UTC),
    )
    data = export_ics(sqlite_desk, utc.id, tmp_path / "u.ics").read_bytes()
    assert b"DTSTART:20160101T090000Z" in data and b"VTIMEZONE" not in data
