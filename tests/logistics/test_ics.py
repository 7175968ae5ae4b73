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


def _session_version(desk, session_id: int) -> int:
    return ag.get_session(desk, session_id).row_version


def test_removed_session_is_cancelled_and_sequences_grow(g7, tmp_path: Path):
    ids = build_agenda(g7)
    first = events(export_ics(g7.desk, g7.meeting_id, tmp_path / "a.ics").read_bytes())
    cal = icalendar.Calendar.from_ical((tmp_path / "a.ics").read_bytes())
    assert str(cal["method"]) == "PUBLISH"
    assert {str(e["status"]) for e in first.values()} == {"CONFIRMED"}
    press = ag.get_session(g7.desk, ids["press"])
    ag.edit_session(g7.desk, ids["press"], expected_version=press.row_version, title_en="Press")
    ag.remove_session(
        g7.desk, ids["bilateral"], expected_version=_session_version(g7.desk, ids["bilateral"])
    )
    assert ids["bilateral"] not in [x.id for x in ag.list_sessions(g7.desk, g7.meeting_id)]
    second = events(export_ics(g7.desk, g7.meeting_id, tmp_path / "b.ics").read_bytes())
    assert second.keys() == first.keys()  # same UIDs: calendars update, never duplicate
    by_title = {str(e["summary"]).split(" / ")[0]: e for e in second.values()}
    gone = by_title["Japan–France bilateral"]
    assert str(gone["status"]) == "CANCELLED"
    uid = str(gone["uid"])
    assert int(gone["sequence"]) > int(first[uid]["sequence"])
    renamed = by_title["Press"]
    assert int(renamed["sequence"]) > int(first[str(renamed["uid"])]["sequence"])
    plenary_uid = str(by_title["Session 1"]["uid"])
    assert int(second[plenary_uid]["sequence"]) == int(first[plenary_uid]["sequence"])
    # The French delegation's own calendar carries the cancellation too.
    fra = events(export_ics(g7.desk, g7.meeting_id, tmp_path / "f.ics", "FRA").read_bytes())
    assert str(fra[uid]["status"]) == "CANCELLED"


def test_one_persons_calendar(g7, tmp_path: Path):
    build_agenda(g7)
    lemaire = next(
        p for p in pt.list_participants(g7.desk, g7.meeting_id) if p.family_name == "Lemaire"
    )
    got = events(
        export_ics(
            g7.desk, g7.meeting_id, tmp_path / "p.ics", participant=str(lemaire.id)
        ).read_bytes()
    )
    titles = sorted(str(e["summary"]).split(" / ")[0] for e in got.values())
    assert titles == ["Japan–France bilateral", "Session 1"]
    with pytest.raises(ValidationError, match="no participant"):
        export_ics(g7.desk, g7.meeting_id, tmp_path / "x.ics", participant="nobody@example.org")


def test_khal_drops_a_removed_session(g7, tmp_path: Path):
    """A real calendar program: khal imports the calendar, then the re-exported one after a
    session was removed; its copy of that session becomes cancelled, not a duplicate."""
    import shutil
    import subprocess

    if shutil.which("khal") is None:
        pytest.skip("khal is not installed (Debian package khal); icalendar checks above")
    ids = build_agenda(g7)
    vdir = tmp_path / "cal"
    vdir.mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(
        "[calendars]\n[[meeting]]\npath = " + str(vdir) + "\n"
        "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\n"
        "longdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\n"
        "longdatetimeformat = %Y-%m-%d %H:%M\nlocal_timezone = Asia/Tokyo\n"
        "default_timezone = Asia/Tokyo\n",
        encoding="utf-8",
    )
    env = {
        "HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        "LC_ALL": "C.UTF-8",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
    }

    def khal(*args: str) -> str:
        done = subprocess.run(
            ["khal", "-c", str(config), *args], capture_output=True, text=True, env=env, timeout=60
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def listed() -> str:
        return khal("list", "--format", "{title} {status}", "2016-04-28", "4d")

    khal(
        "import",
        "--batch",
        "-a",
        "meeting",
        str(export_ics(g7.desk, g7.meeting_id, tmp_path / "a.ics")),
    )
    assert "Japan–France bilateral" in listed()
    ag.remove_session(
        g7.desk, ids["bilateral"], expected_version=_session_version(g7.desk, ids["bilateral"])
    )
    khal(
        "import",
        "--batch",
        "-a",
        "meeting",
        str(export_ics(g7.desk, g7.meeting_id, tmp_path / "b.ics")),
    )
    after = listed().splitlines()
    # khal replaced its copy (same UID, higher SEQUENCE): the session is there once, as
    # cancelled (khal lists cancelled events with their status rather than hiding them).
    assert [line.strip() for line in after if "bilateral" in line] == [
        "Japan–France bilateral CANCELLED"
    ]
    assert any(line.startswith("Session 1") and "CONFIRMED" in line for line in after)
