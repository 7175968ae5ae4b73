"""Snapshots of the negotiation: proposals, positions, comments, history, redlines, search.

Frozen dataclasses only; services build them, the drafting window and exporters read them.
Times are aware datetimes (UTC unless a field says otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from . import VersionSnap


@dataclass(frozen=True)
class RedlineOp:
    """One piece of a text diff: kind is "equal", "insert" or "delete"."""

    kind: str
    text: str


@dataclass(frozen=True)
class PositionSnap:
    id: int
    uuid: str
    row_version: int
    proposal_id: int
    delegation_code: str
    stance: str  # support / oppose / reserve / awaiting_instructions
    note: str
    updated_at: datetime


@dataclass(frozen=True)
class ProposalSnap:
    """A delegation's proposal and the other delegations' positions on it.

    ``clause_number`` is the clause's current display number ("" for new clauses or
    unnumbered kinds); ``base_version_id`` is the clause head the proposal was written against.
    """

    id: int
    uuid: str
    row_version: int
    document_id: int
    clause_id: int | None
    clause_number: str
    delegation_code: str
    kind: str  # insert / replace / delete / move / new
    language: str
    text: str
    after_clause_id: int | None
    rationale: str
    status: str  # open / accepted / incorporated / rejected / withdrawn
    author: str
    created_at: datetime
    decided_at: datetime | None
    result_version_id: int | None
    base_version_id: int | None
    positions: tuple[PositionSnap, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def stance_of(self, code: str) -> str:
        """The stance of delegation ``code`` ("" when it has not taken one)."""
        for p in self.positions:
            if p.delegation_code == code:
                return p.stance
        return ""


@dataclass(frozen=True)
class CommentSnap:
    """A comment and, for a thread's root, its replies (oldest first, nested)."""

    id: int
    uuid: str
    row_version: int
    clause_id: int
    parent_id: int | None
    author: str
    body: str
    created_at: datetime
    resolved_at: datetime | None
    resolved_by: str
    replies: tuple[CommentSnap, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None


@dataclass(frozen=True)
class StatusChangeSnap:
    """One change of a clause's status, read back from the audit trail."""

    at: datetime
    user_login: str
    action: str
    from_status: str
    to_status: str
    ad_ref: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class ClauseHistory:
    """Everything that happened to one clause: both languages' versions (newest first),
    its status changes (oldest first) and the proposals made on it."""

    clause_id: int
    uuid: str
    number: str
    status: str
    en: tuple[VersionSnap, ...]
    ja: tuple[VersionSnap, ...]
    statuses: tuple[StatusChangeSnap, ...]
    proposals: tuple[ProposalSnap, ...] = ()


@dataclass(frozen=True)
class BlameSpanSnap:
    """Characters [start, end) of the current text and the version that wrote them."""

    start: int
    end: int
    text: str
    version_id: int
    author: str
    delegation_code: str  # "" = secretariat
    created_at: datetime
    note: str


@dataclass(frozen=True)
class BlameSnap:
    clause_id: int
    language: str
    version_id: int | None
    text: str
    spans: tuple[BlameSpanSnap, ...]


@dataclass(frozen=True)
class ClauseRedline:
    """How one clause differs between two states of a document.

    kind: unchanged / changed / added / deleted / moved. ``ops`` is empty when the text is
    the same; numbers are "" for unnumbered kinds and None where the clause is absent.
    A window shows "para 5, was 4" from ``new_number`` and ``old_number`` when renumbered.
    """

    kind: str
    clause_id: int
    uuid: str
    clause_kind: str
    old_number: str | None
    new_number: str | None
    renumbered: bool
    old_status: str
    new_status: str
    old_text: str
    new_text: str
    ops: tuple[RedlineOp, ...]

    @property
    def edited(self) -> bool:
        return any(op.kind != "equal" for op in self.ops)


@dataclass(frozen=True)
class RedlineSnap:
    """A document compared between revision ``from_label`` and ``to_label`` ("" = current)."""

    document_id: int
    from_label: str
    to_label: str
    language: str
    changes: tuple[ClauseRedline, ...]

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)


@dataclass(frozen=True)
class VersionDiffSnap:
    old_version_id: int
    new_version_id: int
    language: str
    ops: tuple[RedlineOp, ...]


@dataclass(frozen=True)
class SearchHit:
    """A clause text that matched; ``snippet[match_start:match_end]`` is the match."""

    document_id: int
    document_name: str
    clause_id: int
    clause_uuid: str
    number: str
    clause_status: str
    language: str
    snippet: str
    match_start: int
    match_end: int
    version_id: int
    current: bool  # False: an older version (history search)
    created_at: datetime


@dataclass(frozen=True)
class ObjectionSnap:
    id: int
    delegation_code: str
    received_at: datetime
    note: str
    late: bool  # received after the deadline: recorded, but it does not break silence


@dataclass(frozen=True)
class SilenceSnap:
    """A document's silence procedure; ``deadline`` is expressed in ``zone``."""

    document_id: int
    deadline: datetime | None
    zone: str
    started_at: datetime | None
    objections: tuple[ObjectionSnap, ...]
    broken: bool
    expired: bool

    @property
    def active(self) -> bool:
        return self.deadline is not None

    @property
    def passed(self) -> bool:
        """Silence held: the deadline passed with no timely objection."""
        return self.active and self.expired and not self.broken


@dataclass(frozen=True)
class StaleTranslationSnap:
    """A clause whose Japanese was translated from an older English version."""

    clause_id: int
    number: str
    ja_version_id: int
    translated_from_id: int | None
    en_version_id: int | None
    en_then: str
    en_now: str
    ops: tuple[RedlineOp, ...]  # what changed in the English since the translation


@dataclass(frozen=True)
class BracketCount:
    clause_id: int
    number: str
    en: int
    ja: int


@dataclass(frozen=True)
class DelegationStandSnap:
    """One delegation's outstanding business on a document."""

    code: str
    open_proposals: int
    support: int
    reserve: int
    oppose: int
    awaiting: int
    ad_ref_pending: int
    ad_ref_numbers: tuple[str, ...]

    @property
    def reservations(self) -> int:
        """Positions other than support on proposals still open."""
        return self.reserve + self.oppose + self.awaiting


@dataclass(frozen=True)
class ProgressPoint:
    """Status counts of one revision (or of the current text, label "")."""

    label: str
    kind: str
    at: datetime | None
    status_counts: tuple[tuple[str, int], ...]
    open_brackets: int

    def count(self, status: str) -> int:
        return dict(self.status_counts).get(status, 0)


@dataclass(frozen=True)
class OverviewSnap:
    document_id: int
    short_name: str
    document_status: str
    status_counts: tuple[tuple[str, int], ...]
    open_brackets: int
    bracketed: tuple[BracketCount, ...]
    open_proposals: int
    delegations: tuple[DelegationStandSnap, ...]
    progress: tuple[ProgressPoint, ...]
    silence: SilenceSnap | None = None

    def count(self, status: str) -> int:
        return dict(self.status_counts).get(status, 0)


@dataclass(frozen=True)
class ConcordanceRow:
    """One line of a renumbering: a clause's number before and after ("" = deleted)."""

    clause_id: int
    old_number: str
    new_number: str
