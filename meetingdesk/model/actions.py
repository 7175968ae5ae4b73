"""Annex actions: metadata around a clause of kind "action" in an annex document.

The action's text is the clause's text, so it is versioned and negotiated with the same
machinery as every other clause.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Identified, UTCDateTime, Versioned, utc_now
from .drafting import Clause
from .meeting import Delegation

action_partner = Table(
    "action_partner",
    Base.metadata,
    Column("action_id", ForeignKey("action_item.id"), primary_key=True),
    Column("delegation_id", ForeignKey("delegation.id"), primary_key=True),
)

action_link = Table(
    "action_link",
    Base.metadata,
    Column("action_id", ForeignKey("action_item.id"), primary_key=True),
    Column("clause_id", ForeignKey("clause.id"), primary_key=True),
)


class ActionItem(Identified, Versioned, Base):
    __tablename__ = "action_item"
    clause_id: Mapped[int] = mapped_column(ForeignKey("clause.id"), unique=True)
    title_en: Mapped[str] = mapped_column(Text, default="")
    title_ja: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int] = mapped_column(ForeignKey("delegation.id"))
    target_date: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id"))
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("action_item.id"))

    partners: Mapped[list[Delegation]] = relationship(secondary=action_partner)
    links: Mapped[list[Clause]] = relationship(secondary=action_link)
    follow_ups: Mapped[list[ActionFollowUp]] = relationship(order_by="ActionFollowUp.on_date")


class ActionFollowUp(Identified, Base):
    __tablename__ = "action_follow_up"
    action_id: Mapped[int] = mapped_column(ForeignKey("action_item.id"), index=True)
    on_date: Mapped[date]
    note: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
