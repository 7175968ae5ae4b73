"""Circulations of frozen revisions to delegations, and the Word authors mapped to them.

A circulation is history: its rows are written once (which revision, when, by whom, the files
with their SHA-256, and per delegation the addresses and the e-mail draft). The author map is
the secretariat's standing answer to "who is 'Jane Roe' in a returned Word file?", per
meeting.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Identified, UTCDateTime, Versioned, utc_now


class Circulation(Identified, Base):
    __tablename__ = "circulation"
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    files: Mapped[list[CirculationFile]] = relationship(order_by="CirculationFile.position")
    recipients: Mapped[list[CirculationRecipient]] = relationship(
        order_by="CirculationRecipient.id"
    )


class CirculationFile(Base):
    """A file sent with a circulation (the same file for every delegation)."""

    __tablename__ = "circulation_file"
    circulation_id: Mapped[int] = mapped_column(ForeignKey("circulation.id"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(20))  # pdf / docx
    size: Mapped[int] = mapped_column(default=0)
    sha256: Mapped[str] = mapped_column(String(64))


class CirculationRecipient(Base):
    """One delegation's copy: to whom it was addressed and the draft written for it."""

    __tablename__ = "circulation_recipient"
    id: Mapped[int] = mapped_column(primary_key=True)
    circulation_id: Mapped[int] = mapped_column(ForeignKey("circulation.id"), index=True)
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id"), index=True)
    addresses: Mapped[str] = mapped_column(Text, default="")
    eml_name: Mapped[str] = mapped_column(String(255), default="")
    eml_sha256: Mapped[str] = mapped_column(String(64), default="")


class WordAuthor(Identified, Versioned, Base):
    """A tracked-change author name in returned Word files and the delegation it stands for."""

    __tablename__ = "word_author"
    __table_args__ = (UniqueConstraint("meeting_id", "author"),)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    author: Mapped[str] = mapped_column(String(200))
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id"))
