"""Meetings: create, list, read."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select

from meetingdesk.model import AuditEvent, Meeting
from meetingdesk.services.base import Desk, ValidationError, get_or_404
from meetingdesk.snapshots import AuditSnap, MeetingSnap


def meeting_snap(m: Meeting) -> MeetingSnap:
    return MeetingSnap(
        id=m.id,
        uuid=str(m.uuid),
        row_version=m.row_version,
        short_name=m.short_name,
        title_en=m.title_en,
        title_ja=m.title_ja,
        host_en=m.host_en,
        host_ja=m.host_ja,
        city_en=m.city_en,
        city_ja=m.city_ja,
        venue_en=m.venue_en,
        venue_ja=m.venue_ja,
        start_date=m.start_date,
        end_date=m.end_date,
        time_zone=m.time_zone,
        languages=tuple(x for x in m.languages.split(",") if x),
        precedence_rule=m.precedence_rule,
        host_placement=m.host_placement,
    )


def validate_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            f"unknown time zone {name!r} (use an IANA name such as Asia/Tokyo)",
            code="unknown_time_zone",
            zone=name,
        ) from exc
    return name


def create_meeting(
    desk: Desk,
    *,
    title_en: str,
    start_date: date,
    end_date: date,
    time_zone: str = "UTC",
    **fields: str,
) -> MeetingSnap:
    title_en = title_en.strip()
    if not title_en:
        raise ValidationError("a meeting needs an English title", code="meeting_needs_title")
    if end_date < start_date:
        raise ValidationError(
            f"the meeting ends ({end_date}) before it starts ({start_date})",
            code="meeting_ends_before_start",
            start=str(start_date),
            end=str(end_date),
        )
    validate_zone(time_zone)
    allowed = {c.key for c in Meeting.__table__.columns} - {"id", "uuid", "row_version"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(
            f"unknown meeting field(s): {', '.join(sorted(unknown))}",
            code="unknown_fields",
            fields=sorted(unknown),
        )
    with desk.write() as s:
        desk.ensure_user(s)
        m = Meeting(
            title_en=title_en,
            start_date=start_date,
            end_date=end_date,
            time_zone=time_zone,
            **fields,
        )
        s.add(m)
        s.flush()
        desk.audit(s, "meeting.create", m, f"created meeting {title_en}")
        return meeting_snap(m)


def list_meetings(desk: Desk) -> list[MeetingSnap]:
    with desk.read() as s:
        rows = s.scalars(select(Meeting).order_by(Meeting.start_date.desc(), Meeting.id))
        return [meeting_snap(m) for m in rows]


def get_meeting(desk: Desk, meeting_id: int) -> MeetingSnap:
    with desk.read() as s:
        return meeting_snap(get_or_404(s, Meeting, meeting_id, "meeting"))


def recent_audit(desk: Desk, limit: int = 50) -> list[AuditSnap]:
    with desk.read() as s:
        rows = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit))
        return [
            AuditSnap(
                e.id,
                e.at,
                e.user_login,
                e.action,
                e.entity_type,
                e.entity_uuid,
                e.summary,
                _details(e.details),
            )
            for e in rows
        ]


def _details(raw: str | None) -> dict:
    """An event's stored details as a dict ({} for none or for text that is not an object)."""
    import json

    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def counts(desk: Desk) -> dict[str, int]:
    """Row counts per table, for `check` and the overview."""
    from meetingdesk.model import Base

    out: dict[str, int] = {}
    with desk.read() as s:
        for name, table in sorted(Base.metadata.tables.items()):
            out[name] = s.scalar(select(func.count()).select_from(table)) or 0
    return out
