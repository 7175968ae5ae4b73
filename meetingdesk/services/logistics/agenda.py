"""Rooms and the agenda: sessions with their items, times stored in UTC.

Times cross this module's boundary as aware datetimes; `local_to_utc` and `utc_to_local`
convert wall-clock times of the meeting's zone (DST gaps refused, folds chosen explicitly).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from meetingdesk.model import (
    AgendaItem,
    AgendaSession,
    Delegation,
    Document,
    Meeting,
    Participant,
    Room,
)
from meetingdesk.services.base import Desk, ValidationError, expect_version, get_or_404
from meetingdesk.snapshots import AgendaItemSnap, AgendaSessionSnap, RoomSnap

SESSION_KINDS = (
    "plenary",
    "working_session",
    "working_lunch",
    "working_dinner",
    "bilateral",
    "press_conference",
    "ceremony",
    "break",
)
SESSION_FIELDS = (
    "kind",
    "title_en",
    "title_ja",
    "starts_at",
    "ends_at",
    "room_id",
    "chair_id",
    "speaker_ids",
)


# --- time zones -----------------------------------------------------------------------------


def local_to_utc(local: datetime, zone: str, *, fold: int = 0) -> datetime:
    """A wall-clock time in zone as an aware UTC datetime.

    A naive value is read in zone; a time that does not exist there (the hour skipped when
    clocks go forward) is refused; a repeated hour takes ``fold`` (0 = the first).
    """
    tz = ZoneInfo(zone)
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    aware = local.replace(tzinfo=tz, fold=fold)
    utc = aware.astimezone(UTC)
    if utc.astimezone(tz).replace(tzinfo=None) != local:
        raise ValidationError(
            f"{local:%Y-%m-%d %H:%M} does not exist in {zone} (the clocks skip that hour)",
            code="time_does_not_exist",
            time=f"{local:%Y-%m-%d %H:%M}",
            zone=zone,
        )
    return utc


def utc_to_local(moment: datetime, zone: str) -> datetime:
    """An aware datetime shown in zone (aware, with that zone's offset)."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime cannot be placed in a zone")
    return moment.astimezone(ZoneInfo(zone))


def session_day(session: AgendaSessionSnap, zone: str) -> date:
    """The meeting-zone calendar day on which a session starts."""
    return utc_to_local(session.starts_at, zone).date()


# --- rooms ----------------------------------------------------------------------------------


def _room_snap(r: Room) -> RoomSnap:
    return RoomSnap(r.id, str(r.uuid), r.row_version, r.name_en, r.name_ja, r.capacity)


def add_room(desk: Desk, meeting_id: int, *, name_en: str, name_ja: str = "", capacity: int = 0):
    if not name_en.strip():
        raise ValidationError("a room needs an English name", code="room_needs_name")
    with desk.write() as s:
        get_or_404(s, Meeting, meeting_id, "meeting")
        r = Room(meeting_id=meeting_id, name_en=name_en.strip(), name_ja=name_ja, capacity=capacity)
        s.add(r)
        s.flush()
        desk.audit(s, "room.add", r, f"added room {name_en}")
        return _room_snap(r)


def list_rooms(desk: Desk, meeting_id: int) -> list[RoomSnap]:
    with desk.read() as s:
        rows = s.scalars(select(Room).where(Room.meeting_id == meeting_id).order_by(Room.id))
        return [_room_snap(r) for r in rows]


# --- sessions -------------------------------------------------------------------------------


def _check_session(s: Session, meeting_id: int, values: dict) -> list[Participant]:
    """Validate session values; returns the speakers as rows."""
    title = values.get("title_en", "")
    if not str(title).strip():
        raise ValidationError("a session needs an English title", code="session_needs_title")
    if values.get("kind") not in SESSION_KINDS:
        raise ValidationError(
            f"session kind {values.get('kind')!r} is not one of {', '.join(SESSION_KINDS)}",
            code="session_kind_unknown",
            session_kind=str(values.get("kind")),
            session_kinds=SESSION_KINDS,
        )
    start, end = values["starts_at"], values["ends_at"]
    for t in (start, end):
        if not isinstance(t, datetime) or t.tzinfo is None:
            raise ValidationError(
                f"session {title!r}: times need a time zone",
                code="session_times_need_zone",
                title=title,
            )
    if end <= start:
        raise ValidationError(
            f"session {title!r} ends before it starts",
            code="session_ends_before_start",
            title=title,
            starts=start,
            ends=end,
        )
    room_id = values.get("room_id")
    if room_id is not None:
        room = get_or_404(s, Room, room_id, "room")
        if room.meeting_id != meeting_id:
            raise ValidationError(
                f"room {room.name_en} belongs to another meeting",
                code="room_other_meeting",
                room=room.name_en,
            )
    people: list[Participant] = []
    for pid in [values.get("chair_id"), *values.get("speaker_ids", ())]:
        if pid is None:
            continue
        p = get_or_404(s, Participant, pid, "participant")
        if s.get(Delegation, p.delegation_id).meeting_id != meeting_id:
            raise ValidationError(
                f"{p.family_name} is not a participant of this meeting",
                code="participant_other_meeting",
                name=f"{p.given_name} {p.family_name}".strip(),
            )
        people.append(p)
    return people[1:] if values.get("chair_id") is not None else people


def add_session(
    desk: Desk,
    meeting_id: int,
    *,
    title_en: str,
    starts_at: datetime,
    ends_at: datetime,
    kind: str = "plenary",
    title_ja: str = "",
    room_id: int | None = None,
    chair_id: int | None = None,
    speaker_ids: tuple[int, ...] = (),
) -> int:
    values = dict(
        kind=kind,
        title_en=title_en,
        title_ja=title_ja,
        starts_at=starts_at,
        ends_at=ends_at,
        room_id=room_id,
        chair_id=chair_id,
        speaker_ids=tuple(dict.fromkeys(speaker_ids)),
    )
    with desk.write() as s:
        get_or_404(s, Meeting, meeting_id, "meeting")
        speakers = _check_session(s, meeting_id, values)
        pos = s.scalar(
            select(func.coalesce(func.max(AgendaSession.position), 0)).where(
                AgendaSession.meeting_id == meeting_id
            )
        )
        values.pop("speaker_ids")
        sess = AgendaSession(meeting_id=meeting_id, position=(pos or 0) + 1, **values)
        sess.title_en = title_en.strip()
        sess.speakers = speakers
        s.add(sess)
        s.flush()
        desk.audit(s, "agenda.add_session", sess, f"added session {title_en}")
        return sess.id


def edit_session(
    desk: Desk, session_id: int, *, expected_version: int, **fields: object
) -> AgendaSessionSnap:
    """Change some fields of a session (speaker_ids replaces the list of speakers)."""
    unknown = set(fields) - set(SESSION_FIELDS)
    if unknown:
        raise ValidationError(
            f"unknown session field(s): {', '.join(sorted(unknown))}",
            code="unknown_fields",
            fields=sorted(unknown),
        )
    with desk.write() as s:
        sess = _session_to_write(s, session_id, expected_version)
        current = {k: getattr(sess, k) for k in SESSION_FIELDS if k != "speaker_ids"}
        current["speaker_ids"] = tuple(p.id for p in sess.speakers)
        merged = {**current, **fields}
        merged["speaker_ids"] = tuple(dict.fromkeys(merged["speaker_ids"]))
        speakers = _check_session(s, sess.meeting_id, merged)
        changed = sorted(k for k in SESSION_FIELDS if merged[k] != current[k])
        for key in changed:
            if key == "speaker_ids":
                sess.speakers = speakers
            else:
                setattr(sess, key, merged[key])
        if changed:
            flag_modified(sess, "title_en")  # an UPDATE even for speaker-only edits: new version
            sess.ics_sequence += 1
            desk.audit(
                s,
                "agenda.edit_session",
                sess,
                f"edited session {sess.title_en}",
                {"fields": changed},
            )
    return get_session(desk, session_id)


def _day_sessions(s: Session, sess: AgendaSession, zone: str) -> list[AgendaSession]:
    tz = ZoneInfo(zone)
    day = sess.starts_at.astimezone(tz).date()
    rows = s.scalars(
        select(AgendaSession)
        .where(AgendaSession.meeting_id == sess.meeting_id, AgendaSession.status != "removed")
        .order_by(AgendaSession.starts_at, AgendaSession.position, AgendaSession.id)
    )
    return [x for x in rows if x.starts_at.astimezone(tz).date() == day]


def move_session(
    desk: Desk, session_id: int, *, to_index: int, expected_version: int
) -> list[AgendaSessionSnap]:
    """Move a session to place to_index among the sessions of its day (drag and drop).

    The day keeps its shape: its first session still starts when the first one did, every
    session keeps its length, and the gap (or overlap) after the n-th slot stays after the
    n-th slot; the sessions are re-timed in their new order.
    """
    with desk.write() as s:
        sess = _session_to_write(s, session_id, expected_version)
        zone = s.get(Meeting, sess.meeting_id).time_zone
        day = _day_sessions(s, sess, zone)
        if not 0 <= to_index < len(day):
            raise ValidationError(
                f"there is no place {to_index + 1} on that day",
                code="no_place_that_day",
                place=to_index + 1,
            )
        old_index = day.index(sess)
        if old_index != to_index:
            gaps = [day[i + 1].starts_at - day[i].ends_at for i in range(len(day) - 1)]
            start = day[0].starts_at
            order = day[:old_index] + day[old_index + 1 :]
            order.insert(to_index, sess)
            positions = sorted(x.position for x in day)
            for i, x in enumerate(order):
                length = x.ends_at - x.starts_at
                if (x.starts_at, x.position) != (start, positions[i]):
                    if x.starts_at != start:
                        x.ics_sequence += 1
                    x.starts_at, x.ends_at, x.position = start, start + length, positions[i]
                start = start + length + (gaps[i] if i < len(gaps) else timedelta())
            desk.audit(
                s,
                "agenda.move_session",
                sess,
                f"moved session {sess.title_en} to place {to_index + 1}",
            )
        meeting_id = sess.meeting_id
    return list_sessions(desk, meeting_id)


# --- items ----------------------------------------------------------------------------------


def _check_document(s: Session, meeting_id: int, document_id: int | None) -> None:
    if document_id is not None:
        doc = get_or_404(s, Document, document_id, "document")
        if doc.meeting_id != meeting_id:
            raise ValidationError(
                f"document {doc.short_name} belongs to another meeting",
                code="document_other_meeting",
                document=doc.short_name,
            )


def add_item(
    desk: Desk,
    session_id: int,
    *,
    title_en: str,
    title_ja: str = "",
    document_id: int | None = None,
) -> int:
    if not title_en.strip():
        raise ValidationError("an agenda item needs an English title", code="item_needs_title")
    with desk.write() as s:
        sess = get_or_404(s, AgendaSession, session_id, "agenda session")
        _check_document(s, sess.meeting_id, document_id)
        pos = s.scalar(
            select(func.coalesce(func.max(AgendaItem.position), 0)).where(
                AgendaItem.session_id == session_id
            )
        )
        item = AgendaItem(
            session_id=sess.id,
            title_en=title_en.strip(),
            title_ja=title_ja,
            document_id=document_id,
            position=(pos or 0) + 1,
        )
        s.add(item)
        s.flush()
        desk.audit(s, "agenda.add_item", item, f"added agenda item {title_en}")
        return item.id


def edit_item(
    desk: Desk, item_id: int, *, expected_version: int, **fields: object
) -> AgendaItemSnap:
    """Change an item's titles or linked document (document_id None unlinks it)."""
    unknown = set(fields) - {"title_en", "title_ja", "document_id"}
    if unknown:
        raise ValidationError(
            f"unknown agenda item field(s): {', '.join(sorted(unknown))}",
            code="unknown_fields",
            fields=sorted(unknown),
        )
    with desk.write() as s:
        item = _item_to_write(s, item_id, expected_version)
        if "title_en" in fields and not str(fields["title_en"]).strip():
            raise ValidationError("an agenda item needs an English title", code="item_needs_title")
        if "document_id" in fields:
            meeting_id = s.get(AgendaSession, item.session_id).meeting_id
            _check_document(s, meeting_id, fields["document_id"])  # type: ignore[arg-type]
        changed = sorted(k for k, v in fields.items() if getattr(item, k) != v)
        for key in changed:
            setattr(item, key, fields[key])
        if changed:
            desk.audit(
                s, "agenda.edit_item", item, f"edited item {item.title_en}", {"fields": changed}
            )
        session_id = item.session_id
    return next(i for i in get_session(desk, session_id).items if i.id == item_id)


def move_item(
    desk: Desk,
    item_id: int,
    *,
    to_index: int,
    expected_version: int,
    to_session_id: int | None = None,
) -> list[AgendaSessionSnap]:
    """Move an item to place to_index within its session, or into another session."""
    with desk.write() as s:
        item = _item_to_write(s, item_id, expected_version)
        source = s.get(AgendaSession, item.session_id)
        target = source
        if to_session_id is not None and to_session_id != source.id:
            target = get_or_404(s, AgendaSession, to_session_id, "agenda session")
            if target.meeting_id != source.meeting_id:
                raise ValidationError(
                    "an item cannot move to another meeting's agenda", code="item_other_meeting"
                )
        siblings = list(
            s.scalars(
                select(AgendaItem)
                .where(AgendaItem.session_id == target.id, AgendaItem.id != item.id)
                .order_by(AgendaItem.position, AgendaItem.id)
            )
        )
        if not 0 <= to_index <= len(siblings):
            raise ValidationError(
                f"there is no place {to_index + 1} in that session",
                code="no_place_in_session",
                place=to_index + 1,
            )
        siblings.insert(to_index, item)
        if target is not source:
            item.session_id = target.id
            rest = s.scalars(
                select(AgendaItem)
                .where(AgendaItem.session_id == source.id, AgendaItem.id != item.id)
                .order_by(AgendaItem.position, AgendaItem.id)
            )
            for n, other in enumerate(rest, start=1):
                if other.position != n:
                    other.position = n
        for n, other in enumerate(siblings, start=1):
            if other.position != n:
                other.position = n
        desk.audit(
            s, "agenda.move_item", item, f"moved item {item.title_en} to place {to_index + 1}"
        )
        meeting_id = source.meeting_id
    return list_sessions(desk, meeting_id)


# --- reads ----------------------------------------------------------------------------------


def _snapshots(
    s: Session, meeting_id: int, session_ids: list[int] | None = None, *, removed: bool = False
):
    rooms = {r.id: r.name_en for r in s.scalars(select(Room).where(Room.meeting_id == meeting_id))}
    docs = {
        d.id: d.short_name
        for d in s.scalars(select(Document).where(Document.meeting_id == meeting_id))
    }
    sessions = s.scalars(
        select(AgendaSession)
        .where(
            AgendaSession.meeting_id == meeting_id,
            (AgendaSession.status == "removed") if removed else (AgendaSession.status != "removed"),
        )
        .options(selectinload(AgendaSession.items), selectinload(AgendaSession.speakers))
        .order_by(AgendaSession.starts_at, AgendaSession.position, AgendaSession.id)
    ).all()
    chairs = {
        p.id: f"{p.given_name} {p.family_name.upper()}".strip()
        for p in s.scalars(
            select(Participant).where(
                Participant.id.in_([x.chair_id for x in sessions if x.chair_id])
            )
        )
    }
    out: list[AgendaSessionSnap] = []
    n = 0
    for x in sessions:
        items = []
        for it in sorted(x.items, key=lambda i: (i.position, i.id)):
            n += 1
            items.append(
                AgendaItemSnap(
                    it.id,
                    str(it.uuid),
                    it.row_version,
                    str(n),
                    it.position,
                    it.title_en,
                    it.title_ja,
                    it.document_id,
                    docs.get(it.document_id, "") if it.document_id else "",
                )
            )
        if session_ids is not None and x.id not in session_ids:
            continue
        out.append(
            AgendaSessionSnap(
                id=x.id,
                uuid=str(x.uuid),
                row_version=x.row_version,
                kind=x.kind,
                title_en=x.title_en,
                title_ja=x.title_ja,
                starts_at=x.starts_at,
                ends_at=x.ends_at,
                room_id=x.room_id,
                room_name=rooms.get(x.room_id, "") if x.room_id else "",
                chair_id=x.chair_id,
                chair_name=chairs.get(x.chair_id, "") if x.chair_id else "",
                position=x.position,
                speaker_ids=tuple(p.id for p in x.speakers),
                items=tuple(items),
                status=x.status,
                sequence=x.ics_sequence,
            )
        )
    return out


def remove_session(desk: Desk, session_id: int, *, expected_version: int) -> None:
    """Take a session off the agenda. It is kept as a tombstone (status "removed") so that
    the calendars exported later tell calendar programs to drop it."""
    with desk.write() as s:
        sess = _session_to_write(s, session_id, expected_version)
        if sess.status == "removed":
            return
        sess.status = "removed"
        sess.ics_sequence += 1
        desk.audit(s, "agenda.remove_session", sess, f"removed session {sess.title_en}")


def removed_sessions(desk: Desk, meeting_id: int) -> list[AgendaSessionSnap]:
    """Sessions taken off the agenda (for calendars: written as cancelled events)."""
    with desk.read() as s:
        return _snapshots(s, meeting_id, removed=True)


def list_sessions(desk: Desk, meeting_id: int) -> list[AgendaSessionSnap]:
    """Sessions in time order; items numbered 1, 2 … across the whole agenda."""
    with desk.read() as s:
        return _snapshots(s, meeting_id)


def get_session(desk: Desk, session_id: int) -> AgendaSessionSnap:
    with desk.read() as s:
        sess = get_or_404(s, AgendaSession, session_id, "agenda session")
        return _snapshots(s, sess.meeting_id, [session_id], removed=sess.status == "removed")[0]


def _session_to_write(s: Session, session_id: int, expected_version: int | None) -> AgendaSession:
    """The session, refused when the person's view of it is stale (naming it)."""
    sess = get_or_404(s, AgendaSession, session_id, "agenda session")
    expect_version(
        sess, expected_version, f"session {sess.title_en!r}", item="session", title=sess.title_en
    )
    return sess


def _item_to_write(s: Session, item_id: int, expected_version: int | None) -> AgendaItem:
    """The agenda item, refused when the person's view of it is stale (naming it)."""
    item = get_or_404(s, AgendaItem, item_id, "agenda item")
    expect_version(
        item,
        expected_version,
        f"agenda item {item.title_en!r}",
        item="agenda_item",
        title=item.title_en,
    )
    return item
