"""Outcome documents and their whole negotiating history.

ClauseVersion, Revision, RevisionEntry and AuditEvent rows are immutable: the
migrations install triggers that refuse UPDATE and DELETE on both engines.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Identified, UTCDateTime, Versioned, utc_now
from .hashing import version_hash_default
from .meeting import Delegation

IMMUTABLE_TABLES = (
    "clause_version",
    "revision",
    "revision_entry",
    "revision_concordance",
    "audit_event",
    "audit_anchor",
)
# How a document numbers its clauses: "bis" keeps numbers fixed within a negotiating round
# (8bis, a deleted 8 keeps its number) until a clean text renumbers; "renumber" at once.
NUMBERING_MODES = ("bis", "renumber")


class Document(Identified, Versioned, Base):
    __tablename__ = "document"
    __table_args__ = (UniqueConstraint("meeting_id", "short_name"),)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    kind: Mapped[str] = mapped_column(String(32), default="declaration")
    short_name: Mapped[str] = mapped_column(String(64))
    title_en: Mapped[str] = mapped_column(Text)
    title_ja: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    position: Mapped[int] = mapped_column(default=0)
    adopted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    adopted_hash: Mapped[str] = mapped_column(String(64), default="")
    silence_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime)
    silence_zone: Mapped[str] = mapped_column(String(64), default="")
    numbering: Mapped[str] = mapped_column(String(16), default="bis", server_default="bis")

    clauses: Mapped[list[Clause]] = relationship(
        back_populates="document", order_by="Clause.position"
    )


clause_ad_ref = Table(
    "clause_ad_ref",
    Base.metadata,
    Column("clause_id", ForeignKey("clause.id"), primary_key=True),
    Column("delegation_id", ForeignKey("delegation.id"), primary_key=True),
)


class Clause(Identified, Versioned, Base):
    """A clause's identity and its mutable head: current versions, order, status."""

    __tablename__ = "clause"
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    # Document order of the whole outline: a parent, then its sub-paragraphs, then the next.
    position: Mapped[int] = mapped_column(default=0)
    # The paragraph this sub-paragraph belongs to (None: top level).
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("clause.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="operative")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    # The number pinned within the round (ordinal, suffix: 8, 1 = "8bis"); None = from order.
    pin_ordinal: Mapped[int | None]
    pin_suffix: Mapped[int | None]
    head_en_id: Mapped[int | None] = mapped_column(
        ForeignKey("clause_version.id", use_alter=True, name="fk_clause_head_en")
    )
    head_ja_id: Mapped[int | None] = mapped_column(
        ForeignKey("clause_version.id", use_alter=True, name="fk_clause_head_ja")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    document: Mapped[Document] = relationship(back_populates="clauses")
    head_en: Mapped[ClauseVersion | None] = relationship(foreign_keys=[head_en_id])
    head_ja: Mapped[ClauseVersion | None] = relationship(foreign_keys=[head_ja_id])
    # Delegations whose confirmation of an "agreed ad ref" clause is still pending.
    ad_ref_pending: Mapped[list[Delegation]] = relationship(secondary=clause_ad_ref)


class ClauseVersion(Identified, Base):
    """One immutable save of a clause's text in one language: a node of the history DAG."""

    __tablename__ = "clause_version"
    clause_id: Mapped[int] = mapped_column(ForeignKey("clause.id"), index=True)
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(128))
    delegation_id: Mapped[int | None] = mapped_column(ForeignKey("delegation.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    note: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("clause_version.id"))
    merge_parent_id: Mapped[int | None] = mapped_column(ForeignKey("clause_version.id"))
    translated_from_id: Mapped[int | None] = mapped_column(ForeignKey("clause_version.id"))
    # SHA-256 of the content and the parents' hashes (meetingdesk.integrity.hashing);
    # computed on insert when the writer does not give it.
    content_hash: Mapped[str] = mapped_column(
        String(64), default=version_hash_default, sort_order=100
    )


class Proposal(Identified, Versioned, Base):
    __tablename__ = "proposal"
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    clause_id: Mapped[int | None] = mapped_column(ForeignKey("clause.id"), index=True)
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id"))
    kind: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(8), default="en")
    text: Mapped[str] = mapped_column(Text, default="")
    after_clause_id: Mapped[int | None] = mapped_column(ForeignKey("clause.id"))
    rationale: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="open")
    author: Mapped[str] = mapped_column(String(128), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    result_version_id: Mapped[int | None] = mapped_column(ForeignKey("clause_version.id"))

    positions: Mapped[list[Position]] = relationship(back_populates="proposal")


class Position(Identified, Versioned, Base):
    __tablename__ = "position"
    __table_args__ = (UniqueConstraint("proposal_id", "delegation_id"),)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposal.id"), index=True)
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id"))
    stance: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    proposal: Mapped[Proposal] = relationship(back_populates="positions")


class Revision(Identified, Base):
    """A frozen document: Rev.N, zero draft, compilation, chair's text, clean or adopted."""

    __tablename__ = "revision"
    __table_args__ = (UniqueConstraint("document_id", "label"),)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    number: Mapped[int]
    label: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20), default="chair")
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(128), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    # Hash of the header, content_hash and every entry's version hashes (set by the freezer).
    tree_hash: Mapped[str] = mapped_column(String(64), default="")

    entries: Mapped[list[RevisionEntry]] = relationship(order_by="RevisionEntry.position")


class RevisionEntry(Base):
    __tablename__ = "revision_entry"
    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id"), primary_key=True)
    clause_id: Mapped[int] = mapped_column(ForeignKey("clause.id"), primary_key=True)
    position: Mapped[int]
    number: Mapped[str] = mapped_column(String(16), default="")
    parent_clause_id: Mapped[int | None] = mapped_column(ForeignKey("clause.id"))
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    ad_ref: Mapped[str] = mapped_column(String(200), default="")
    en_version_id: Mapped[int | None] = mapped_column(ForeignKey("clause_version.id"))
    ja_version_id: Mapped[int | None] = mapped_column(ForeignKey("clause_version.id"))


class RevisionConcordance(Base):
    """Renumbering as clean text: each clause's number before and after (immutable)."""

    __tablename__ = "revision_concordance"
    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id"), primary_key=True)
    clause_id: Mapped[int] = mapped_column(ForeignKey("clause.id"), primary_key=True)
    position: Mapped[int]
    old_number: Mapped[str] = mapped_column(String(32), default="")
    new_number: Mapped[str] = mapped_column(String(32), default="")


class Comment(Identified, Versioned, Base):
    __tablename__ = "comment"
    clause_id: Mapped[int] = mapped_column(ForeignKey("clause.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comment.id"))
    author: Mapped[str] = mapped_column(String(128))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str] = mapped_column(String(128), default="")


class SilenceObjection(Identified, Base):
    __tablename__ = "silence_objection"
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class AuditEvent(Identified, Base):
    """Append-only, hash-chained log of every write."""

    __tablename__ = "audit_event"
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    user_login: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(64))
    entity_uuid: Mapped[str] = mapped_column(String(36), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))


class AuditAnchor(Identified, Base):
    """A signed audit head: the chain had event_id with head_hash when key_id signed it.

    The signing key is kept outside the database; the receipt JSON is stored as signed.
    """

    __tablename__ = "audit_anchor"
    event_id: Mapped[int] = mapped_column(index=True)
    head_hash: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(16))
    signed_at: Mapped[str] = mapped_column(String(40))
    receipt: Mapped[str] = mapped_column(Text)
