"""Clash warnings for a meeting's agenda, built on text.schedule.find_clashes.

A warning carries the structured facts (kind, sessions, subject) for a view to phrase in
its own language, plus an English message for the command line and logs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from meetingdesk.model import Delegation, Meeting, Participant, Room
from meetingdesk.services.base import Desk, ValidationError, get_or_404
from meetingdesk.services.logistics.agenda import list_sessions, local_to_utc, utc_to_local
from meetingdesk.snapshots import AgendaSessionSnap
from meetingdesk.text.schedule import Slot, find_clashes

CLASH_KINDS = ("room", "person", "before_arrival", "after_departure", "outside_meeting")


@dataclass(frozen=True)
class ClashWarning:
    kind: str
    session_ids: tuple[int, ...]
    session_titles: tuple[str, ...]
    subject_id: int | None  # room id or participant id; None for outside_meeting
    subject: str  # room name, person's name, or ""
    starts_at: datetime  # UTC start of the first session concerned
    message: str


def meeting_window(start_day, end_day, zone: str) -> tuple[datetime, datetime]:
    """The meeting's dates as UTC instants: first day 00:00 to the day after the last, local."""
    opens = local_to_utc(datetime.combine(start_day, time()), zone)
    closes = local_to_utc(datetime.combine(end_day + timedelta(days=1), time()), zone)
    return opens, closes


def slots_of(sessions: list[AgendaSessionSnap]) -> list[Slot]:
    """One slot per session: room by id, people = chair and speakers by id."""
    return [
        Slot(
            id=str(x.id),
            start=x.starts_at,
            end=x.ends_at,
            room=str(x.room_id) if x.room_id is not None else None,
            people=frozenset(
                str(p) for p in (*x.speaker_ids, *([x.chair_id] if x.chair_id else []))
            ),
        )
        for x in sessions
    ]


def clashes(desk: Desk, meeting_id: int) -> list[ClashWarning]:
    """Every clash in the meeting's agenda, sorted by the time of the first session."""
    sessions = list_sessions(desk, meeting_id)
    with desk.read() as s:
        meeting = get_or_404(s, Meeting, meeting_id, "meeting")
        zone, start_day, end_day = meeting.time_zone, meeting.start_date, meeting.end_date
        rooms = {
            r.id: r.name_en for r in s.scalars(select(Room).where(Room.meeting_id == meeting_id))
        }
        people = {
            p.id: (
                f"{p.given_name} {p.family_name.upper()} ({code})".strip(),
                p.arrival,
                p.departure,
            )
            for p, code in s.execute(
                select(Participant, Delegation.code)
                .join(Delegation)
                .where(Delegation.meeting_id == meeting_id)
            )
        }
    presence = {
        str(pid): (arrival, departure)
        for pid, (_, arrival, departure) in people.items()
        if arrival is not None or departure is not None
    }
    window = meeting_window(start_day, end_day, zone)
    by_id = {str(x.id): x for x in sessions}
    out: list[ClashWarning] = []
    for clash in find_clashes(slots_of(sessions), presence, window):
        involved = [by_id[i] for i in clash.slot_ids]
        subject_id = int(clash.subject) if clash.subject else None
        if clash.kind == "room":
            subject = rooms.get(subject_id, "")
        elif subject_id is not None:
            subject = people.get(subject_id, ("",))[0]
        else:
            subject = ""
        out.append(
            ClashWarning(
                kind=clash.kind,
                session_ids=tuple(x.id for x in involved),
                session_titles=tuple(x.title_en for x in involved),
                subject_id=subject_id,
                subject=subject,
                starts_at=involved[0].starts_at,
                message=_message(clash.kind, involved, subject, people.get(subject_id), zone),
            )
        )
    return out


def _when(x: AgendaSessionSnap, zone: str) -> str:
    a, b = utc_to_local(x.starts_at, zone), utc_to_local(x.ends_at, zone)
    return f"“{x.title_en}” ({a:%a %d %b %H:%M}–{b:%H:%M})"


def _message(kind: str, involved: list[AgendaSessionSnap], subject: str, person, zone: str) -> str:
    if kind == "room":
        return f"{subject}: {_when(involved[0], zone)} overlaps {_when(involved[1], zone)}"
    if kind == "person":
        return (
            f"{subject} is in two places at once: {_when(involved[0], zone)} and "
            f"{_when(involved[1], zone)}"
        )
    if kind == "before_arrival":
        arrival = utc_to_local(person[1], zone)
        return (
            f"{subject} arrives {arrival:%a %d %b %H:%M}, after {_when(involved[0], zone)} starts"
        )
    if kind == "after_departure":
        departure = utc_to_local(person[2], zone)
        return (
            f"{subject} leaves {departure:%a %d %b %H:%M}, before {_when(involved[0], zone)} ends"
        )
    return f"{_when(involved[0], zone)} is outside the meeting's dates"


def calendar_ics(
    desk: Desk,
    meeting_id: int,
    delegation_code: str | None = None,
    participant: str | None = None,
) -> bytes:
    """The agenda as .ics bytes: the whole meeting, one delegation's view or one person's
    (participant: an id, an e-mail address or a MeetingDesk ID). Removed sessions are
    written as cancelled events so that calendars drop them."""
    from meetingdesk.formats.ics import agenda_ics, sessions_for
    from meetingdesk.services.logistics.agenda import removed_sessions
    from meetingdesk.services.logistics.delegations import find_delegation
    from meetingdesk.services.logistics.participants import list_participants
    from meetingdesk.services.meetings import get_meeting

    meeting = get_meeting(desk, meeting_id)
    sessions = list_sessions(desk, meeting_id)
    withdrawn = removed_sessions(desk, meeting_id)
    people = list_participants(desk, meeting_id)
    name = meeting.title_en
    if delegation_code and participant:
        raise ValidationError(
            "give --delegation or --participant, not both", code="calendar_one_choice"
        )
    if delegation_code:
        d = find_delegation(desk, meeting_id, delegation_code)
        if d is None:
            raise ValidationError(
                f"no delegation with code {delegation_code!r} in this meeting",
                code="unknown_delegation",
                delegation=delegation_code,
            )
        ours = [p.id for p in people if p.delegation_id == d.id]
        name = f"{meeting.title_en} — {d.name_en}"
    elif participant:
        who = participant.strip()
        found = [
            p
            for p in people
            if str(p.id) == who
            or p.uuid == who.lower()
            or (p.email and p.email.lower() == who.lower())
        ]
        if len(found) != 1:
            if not found:
                raise ValidationError(
                    f"no participant {who!r} in this meeting (give an id, e-mail or "
                    "MeetingDesk ID)",
                    code="no_such_participant",
                    name=who,
                )
            raise ValidationError(
                f"{who!r} names {len(found)} participants; give the id",
                code="participant_ambiguous",
                name=who,
                count=len(found),
            )
        ours = [found[0].id]
        name = f"{meeting.title_en} — {found[0].name_en}"
    if delegation_code or participant:
        sessions = sessions_for(sessions, ours)
        withdrawn = sessions_for(withdrawn, ours)
    return agenda_ics(
        meeting,
        sessions,
        people={p.id: f"{p.name_en} ({p.delegation_code})" for p in people},
        calendar_name=name,
        withdrawn=withdrawn,
    )


def export_ics(
    desk: Desk,
    meeting_id: int,
    out: Path,
    delegation_code: str | None = None,
    participant: str | None = None,
) -> Path:
    """Write the agenda (or one delegation's or person's view) to out; returns out."""
    from meetingdesk.formats import ExportError
    from meetingdesk.formats.ics import write_ics
    from meetingdesk.services.base import export_refusal

    data = calendar_ics(desk, meeting_id, delegation_code, participant)
    try:
        return write_ics(data, Path(out))
    except ExportError as exc:
        raise export_refusal(exc) from exc
