"""The agenda as iCalendar (.ics): icalendar is imported only when writing.

Times carry TZID of the meeting's IANA zone with a VTIMEZONE block, so calendar programs
show them right wherever the reader is; a UTC meeting is written with "Z" times.

A published calendar must follow the agenda's changes when it is imported again
(RFC 5546 `METHOD:PUBLISH`): every event keeps the UID of its session's UUID, its SEQUENCE
is the session's change counter, and a cancelled or removed session is still written, with
`STATUS:CANCELLED` and a higher SEQUENCE, so that calendar programs take it away instead of
keeping the old copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from meetingdesk.snapshots import AgendaSessionSnap, MeetingSnap

PRODID = "-//MeetingDesk//Agenda//EN"
PLENARY_KINDS = ("plenary", "ceremony")


def sessions_for(
    sessions: Iterable[AgendaSessionSnap], participant_ids: Iterable[int]
) -> list[AgendaSessionSnap]:
    """One delegation's (or one person's) view: the sessions its people chair or speak in,
    plus the plenaries."""
    ours = set(participant_ids)
    return [
        x
        for x in sessions
        if x.kind in PLENARY_KINDS or x.chair_id in ours or ours.intersection(x.speaker_ids)
    ]


def agenda_ics(
    meeting: MeetingSnap,
    sessions: Sequence[AgendaSessionSnap],
    *,
    people: Mapping[int, str] | None = None,
    calendar_name: str = "",
    stamp: datetime | None = None,
    withdrawn: Sequence[AgendaSessionSnap] = (),
) -> bytes:
    """The calendar as bytes; people maps participant ids to display names; withdrawn
    sessions (removed from the agenda) are written as cancelled events."""
    import icalendar

    people = people or {}
    zone = ZoneInfo(meeting.time_zone)
    use_utc = meeting.time_zone in ("UTC", "Etc/UTC")
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_name or meeting.title_en)
    if not use_utc:
        cal.add("x-wr-timezone", meeting.time_zone)
    shown = {x.uuid for x in sessions}
    for x in (*sessions, *(w for w in withdrawn if w.uuid not in shown)):
        ev = icalendar.Event()
        ev.add("uid", f"{x.uuid}@meetingdesk")
        ev.add("dtstamp", stamp)
        start, end = x.starts_at.astimezone(UTC), x.ends_at.astimezone(UTC)
        if not use_utc:
            start, end = start.astimezone(zone), end.astimezone(zone)
        ev.add("dtstart", start)
        ev.add("dtend", end)
        summary = x.title_en if not x.title_ja else f"{x.title_en} / {x.title_ja}"
        ev.add("summary", summary)
        if x.room_name:
            location = x.room_name + (f", {meeting.venue_en}" if meeting.venue_en else "")
            ev.add("location", location)
        lines = []
        if x.chair_name:
            lines.append(f"Chair: {x.chair_name}")
        speakers = [people[i] for i in x.speaker_ids if i in people]
        if speakers:
            lines.append("Speakers: " + ", ".join(speakers))
        lines.extend(
            f"{it.number}. {it.title_en}" + (f" [{it.document_name}]" if it.document_name else "")
            for it in x.items
        )
        if lines:
            ev.add("description", "\n".join(lines))
        ev.add("categories", [x.kind.replace("_", " ")])
        ev.add("sequence", x.sequence)
        cancelled = x.status != "scheduled" or x.uuid not in shown
        ev.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        cal.add_component(ev)
    if not use_utc:
        if hasattr(cal, "add_missing_timezones"):
            cal.add_missing_timezones()
        else:  # icalendar < 6 cannot write VTIMEZONE: fall back to UTC instants
            return agenda_ics(
                _as_utc(meeting),
                sessions,
                people=people,
                calendar_name=calendar_name,
                stamp=stamp,
                withdrawn=withdrawn,
            )
    return cal.to_ical()


def _as_utc(meeting: MeetingSnap) -> MeetingSnap:
    from dataclasses import replace

    return replace(meeting, time_zone="UTC")


def write_ics(data: bytes, out: Path) -> Path:
    """Write atomically, with the permissions of any exported file (see formats.files)."""
    from .files import write_bytes

    return write_bytes(Path(out), data)
