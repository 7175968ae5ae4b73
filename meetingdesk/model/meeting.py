"""The meeting, its delegations, participants, rooms, agenda and users."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Identified, UTCDateTime, Versioned, utc_now


class StoreInfo(Base):
    """Key/value facts about the database itself (its own UUID, creation time)."""

    __tablename__ = "store_info"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Identified, Versioned, Base):
    __tablename__ = "user_account"
    login: Mapped[str] = mapped_column(String(128), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default="secretariat")


class Meeting(Identified, Versioned, Base):
    __tablename__ = "meeting"
    short_name: Mapped[str] = mapped_column(String(64), default="")
    title_en: Mapped[str] = mapped_column(Text)
    title_ja: Mapped[str] = mapped_column(Text, default="")
    host_en: Mapped[str] = mapped_column(String(200), default="")
    host_ja: Mapped[str] = mapped_column(String(200), default="")
    city_en: Mapped[str] = mapped_column(String(200), default="")
    city_ja: Mapped[str] = mapped_column(String(200), default="")
    venue_en: Mapped[str] = mapped_column(String(300), default="")
    venue_ja: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[date]
    end_date: Mapped[date]
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    languages: Mapped[str] = mapped_column(String(32), default="en,ja")
    precedence_rule: Mapped[str] = mapped_column(String(16), default="summit")
    host_placement: Mapped[str] = mapped_column(String(16), default="first")
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    delegations: Mapped[list[Delegation]] = relationship(
        back_populates="meeting", order_by="Delegation.protocol_rank"
    )


class Delegation(Identified, Versioned, Base):
    __tablename__ = "delegation"
    __table_args__ = (UniqueConstraint("meeting_id", "code"),)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    code: Mapped[str] = mapped_column(String(16))
    name_en: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200), default="")
    name_ja: Mapped[str] = mapped_column(String(200), default="")
    reading_ja: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20), default="member")
    protocol_rank: Mapped[int] = mapped_column(default=0)
    is_host: Mapped[bool] = mapped_column(default=False)
    contact_point: Mapped[str] = mapped_column(String(300), default="")
    retired: Mapped[bool] = mapped_column(default=False)

    meeting: Mapped[Meeting] = relationship(back_populates="delegations")
    participants: Mapped[list[Participant]] = relationship(back_populates="delegation")


class Participant(Identified, Versioned, Base):
    __tablename__ = "participant"
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id"), index=True)
    family_name: Mapped[str] = mapped_column(String(200))
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name_ja: Mapped[str] = mapped_column(String(200), default="")
    given_name_ja: Mapped[str] = mapped_column(String(200), default="")
    reading_ja: Mapped[str] = mapped_column(String(300), default="")
    honorific: Mapped[str] = mapped_column(String(64), default="")
    position_en: Mapped[str] = mapped_column(Text, default="")
    position_ja: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(20), default="member")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    arrival: Mapped[datetime | None] = mapped_column(UTCDateTime)
    departure: Mapped[datetime | None] = mapped_column(UTCDateTime)
    accreditation: Mapped[str] = mapped_column(String(20), default="pending")
    badge_number: Mapped[str] = mapped_column(String(32), default="")
    retired: Mapped[bool] = mapped_column(default=False)

    delegation: Mapped[Delegation] = relationship(back_populates="participants")


class Room(Identified, Versioned, Base):
    __tablename__ = "room"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_ja: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int] = mapped_column(default=0)


session_speaker = Table(
    "session_speaker",
    Base.metadata,
    Column("session_id", ForeignKey("agenda_session.id"), primary_key=True),
    Column("participant_id", ForeignKey("participant.id"), primary_key=True),
)


class AgendaSession(Identified, Versioned, Base):
    __tablename__ = "agenda_session"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32), default="plenary")
    title_en: Mapped[str] = mapped_column(Text)
    title_ja: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id"))
    position: Mapped[int] = mapped_column(default=0)
    # scheduled / cancelled / removed: a removed session is kept (as a tombstone) so that
    # published calendars can be told to drop it (migration 0011).
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    ics_sequence: Mapped[int] = mapped_column(default=0)  # iCalendar SEQUENCE

    items: Mapped[list[AgendaItem]] = relationship(order_by="AgendaItem.position")
    speakers: Mapped[list[Participant]] = relationship(secondary=session_speaker)


class AgendaItem(Identified, Versioned, Base):
    __tablename__ = "agenda_item"
    session_id: Mapped[int] = mapped_column(ForeignKey("agenda_session.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title_en: Mapped[str] = mapped_column(Text)
    title_ja: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))


class SeatingPlan(Identified, Versioned, Base):
    """The plenary table of a meeting; its seats are rows of Seat."""

    __tablename__ = "seating_plan"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), unique=True)

    seats: Mapped[list[Seat]] = relationship(
        order_by="Seat.seat_index", cascade="all, delete-orphan"
    )


class Seat(Base):
    __tablename__ = "seat"
    plan_id: Mapped[int] = mapped_column(ForeignKey("seating_plan.id"), primary_key=True)
    seat_index: Mapped[int] = mapped_column(primary_key=True)
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id"))
