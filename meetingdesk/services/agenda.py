"""Rooms and the agenda: sessions with their items, times in UTC."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from meetingdesk.model import AgendaItem, AgendaSession, Document, Meeting, Participant, Room
from meetingdesk.snapshots import AgendaItemSnap, AgendaSessionSnap, RoomSnap

from .base import Desk, ValidationError, get_or_404

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


def add_room(desk: Desk, meeting_id: int, *, name_en: str, name_ja: str = "", capacity: int = 0):
    if not name_en.strip():
        raise ValidationError("a room needs an English name")
    with desk.write() as s:
        get_or_404(s, Meeting, meeting_id, "meeting")
        r = Room(meeting_id=meeting_id, name_en=name_en.strip(), name_ja=name_ja, capacity=capacity)
        s.add(r)
        s.flush()
        desk.audit(s, "room.add", r, f"added room {name_en}")
        return RoomSnap(r.id, str(r.uuid), r.row_version, r.name_en, r.name_ja, r.capacity)


def list_rooms(desk: Desk, meeting_id: int) -> list[RoomSnap]:
    with desk.read() as s:
        rows = s.scalars(select(Room).where(Room.meeting_id == meeting_id).order_by(Room.id))
        return [RoomSnap(r.id, str(r.uuid), r.row_version, r.name_en, r.name_ja, r.capacity) for r in rows]


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
    if kind not in SESSION_KINDS:
        raise ValidationError(f"session kind {kind!r} is not one of {', '.join(SESSION_KINDS)}")
    if ends_at <= starts_at:
        raise ValidationError(f"session {title_en!r} ends before it starts")
    with desk.write() as s:
        get_or_404(s, Meeting, meeting_id, "meeting")
        pos = s.scalar(
            select(func.coalesce(func.max(AgendaSession.position), 0)).where(
                AgendaSession.meeting_id == meeting_id
            )
        )
        sess = AgendaSession(
            meeting_id=meeting_id,
            kind=kind,
            title_en=title_en,
            title_ja=title_ja,
            starts_at=starts_at,
            ends_at=ends_at,
            room_id=room_id,
            chair_id=chair_id,
            position=(pos or 0) + 1,
        )
        sess.speakers = [get_or_404(s, Participant, pid, "participant") for pid in speaker_ids]
        s.add(sess)
        s.flush()
        desk.audit(s, "agenda.add_session", sess, f"added session {title_en}")
        return sess.id


def add_item(
    desk: Desk,
    session_id: int,
    *,
    title_en: str,
    title_ja: str = "",
    document_id: int | None = None,
) -> int:
    with desk.write() as s:
        sess = get_or_404(s, AgendaSession, session_id, "agenda session")
        pos = s.scalar(
            select(func.coalesce(func.max(AgendaItem.position), 0)).where(
                AgendaItem.session_id == session_id
            )
        )
        item = AgendaItem(
            session_id=sess.id,
            title_en=title_en,
            title_ja=title_ja,
            document_id=document_id,
            position=(pos or 0) + 1,
        )
        s.add(item)
        s.flush()
        desk.audit(s, "agenda.add_item", item, f"added agenda item {title_en}")
        return item.id


def list_sessions(desk: Desk, meeting_id: int) -> list[AgendaSessionSnap]:
    """Sessions in time order; items numbered 1, 2 … across the whole agenda."""
    with desk.read() as s:
        rooms = {r.id: r.name_en for r in s.scalars(select(Room).where(Room.meeting_id == meeting_id))}
        docs = {
            d.id: d.short_name
            for d in s.scalars(select(Document).where(Document.meeting_id == meeting_id))
        }
        sessions = s.scalars(
            select(AgendaSession)
            .where(AgendaSession.meeting_id == meeting_id)
            .options(selectinload(AgendaSession.items), selectinload(AgendaSession.speakers))
            .order_by(AgendaSession.starts_at, AgendaSession.position)
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
            for it in x.items:
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
                )
            )
        return out
