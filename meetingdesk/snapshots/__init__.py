"""Plain immutable snapshots: what services return and what views and exporters read.

No SQLAlchemy object ever leaves the services; these frozen dataclasses do. They carry
UUIDs as strings and times as aware UTC datetimes; the meeting's zone is on MeetingSnap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Changes:
    """What a write touched, so each view refreshes only what it shows."""

    meeting: bool = False
    delegations: bool = False
    participants: bool = False
    agenda: bool = False
    documents: bool = False
    clauses: tuple[str, ...] = ()
    revisions: bool = False
    actions: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            meeting=self.meeting or other.meeting,
            delegations=self.delegations or other.delegations,
            participants=self.participants or other.participants,
            agenda=self.agenda or other.agenda,
            documents=self.documents or other.documents,
            clauses=tuple(dict.fromkeys(self.clauses + other.clauses)),
            revisions=self.revisions or other.revisions,
            actions=self.actions or other.actions,
        )


EVERYTHING = Changes(True, True, True, True, True, (), True, True)


@dataclass(frozen=True)
class MeetingSnap:
    id: int
    uuid: str
    row_version: int
    short_name: str
    title_en: str
    title_ja: str
    host_en: str
    host_ja: str
    city_en: str
    city_ja: str
    venue_en: str
    venue_ja: str
    start_date: date
    end_date: date
    time_zone: str
    languages: tuple[str, ...]
    precedence_rule: str
    host_placement: str


@dataclass(frozen=True)
class DelegationSnap:
    id: int
    uuid: str
    row_version: int
    code: str
    name_en: str
    name_fr: str
    name_ja: str
    reading_ja: str
    kind: str
    protocol_rank: int
    is_host: bool
    contact_point: str
    retired: bool
    head_name: str
    participant_count: int


@dataclass(frozen=True)
class ParticipantSnap:
    id: int
    uuid: str
    row_version: int
    delegation_id: int
    delegation_code: str
    family_name: str
    given_name: str
    family_name_ja: str
    given_name_ja: str
    reading_ja: str
    honorific: str
    position_en: str
    position_ja: str
    role: str
    email: str
    phone: str
    arrival: datetime | None
    departure: datetime | None
    accreditation: str
    badge_number: str
    retired: bool

    @property
    def name_en(self) -> str:
        """Western order, family name in capitals as protocol lists print it."""
        return f"{self.given_name} {self.family_name.upper()}".strip()

    @property
    def name_ja(self) -> str:
        """Japanese order: family name first."""
        if self.family_name_ja:
            return f"{self.family_name_ja} {self.given_name_ja}".strip()
        return self.name_en


@dataclass(frozen=True)
class RoomSnap:
    id: int
    uuid: str
    row_version: int
    name_en: str
    name_ja: str
    capacity: int


@dataclass(frozen=True)
class AgendaItemSnap:
    id: int
    uuid: str
    row_version: int
    number: str
    position: int
    title_en: str
    title_ja: str
    document_id: int | None
    document_name: str


@dataclass(frozen=True)
class AgendaSessionSnap:
    id: int
    uuid: str
    row_version: int
    kind: str
    title_en: str
    title_ja: str
    starts_at: datetime
    ends_at: datetime
    room_id: int | None
    room_name: str
    chair_id: int | None
    chair_name: str
    position: int
    speaker_ids: tuple[int, ...]
    items: tuple[AgendaItemSnap, ...]
    status: str = "scheduled"  # scheduled / cancelled / removed
    sequence: int = 0  # iCalendar SEQUENCE: bumped on every change a calendar shows


@dataclass(frozen=True)
class ClauseSnap:
    id: int
    uuid: str
    row_version: int
    position: int
    number: str
    kind: str
    status: str
    text_en: str
    text_ja: str
    en_version_id: int | None
    ja_version_id: int | None
    ja_stale: bool
    open_brackets: int
    ad_ref: tuple[str, ...] = ()
    open_brackets_ja: int = 0
    parent_id: int | None = None  # the paragraph a sub-paragraph belongs to
    depth: int = 0  # 0 = top level, 1 = (a), 2 = (i), 3 = (A)
    reference: str = ""  # how a person cites it: "8bis", "3(a)"; "" when unnumbered

    @property
    def level(self) -> int:
        """The sub-paragraph level the Word and Akoma Ntoso writers read (= depth)."""
        return self.depth


@dataclass(frozen=True)
class DocumentSnap:
    id: int
    uuid: str
    row_version: int
    kind: str
    short_name: str
    title_en: str
    title_ja: str
    status: str
    parent_id: int | None
    adopted_at: datetime | None
    adopted_hash: str
    silence_deadline: datetime | None
    silence_zone: str
    clause_count: int
    revision_labels: tuple[str, ...] = ()
    numbering: str = "bis"  # "bis": numbers fixed within a round; "renumber": at once


@dataclass(frozen=True)
class DocumentText:
    """A whole document at one point: the current text or a frozen revision."""

    meeting: MeetingSnap
    document: DocumentSnap
    clauses: tuple[ClauseSnap, ...]
    revision_label: str = ""
    revision_kind: str = ""
    revision_at: datetime | None = None
    delegations: tuple[DelegationSnap, ...] = field(default=())
    # A revision that renumbered as clean text: (old, new) references, "" new = deleted.
    concordance: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class VersionSnap:
    id: int
    uuid: str
    clause_id: int
    language: str
    text: str
    author: str
    delegation_code: str
    created_at: datetime
    note: str
    parent_id: int | None
    merge_parent_id: int | None
    translated_from_id: int | None
    is_head: bool = False


@dataclass(frozen=True)
class RevisionSnap:
    id: int
    uuid: str
    document_id: int
    number: int
    label: str
    kind: str
    note: str
    author: str
    created_at: datetime
    content_hash: str


@dataclass(frozen=True)
class AuditSnap:
    id: int
    at: datetime
    user_login: str
    action: str
    entity_type: str
    entity_uuid: str
    summary: str
    #: the event's details as stored (JSON object: language, version, status …)
    details: dict = field(default_factory=dict)
