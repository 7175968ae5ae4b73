"""Snapshots of annex actions: what the action services return to views and exporters.

An action's number and texts come from its clause (the shared numbering, the clause heads);
its linked paragraphs carry their CURRENT display numbers, so a renumbered declaration is
reflected at once, and a deleted paragraph is kept with a flag instead of disappearing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from . import DocumentSnap, MeetingSnap

ACTION_STATUSES = ("proposed", "agreed", "in_progress", "done", "dropped")
OPEN_STATUSES = ("proposed", "agreed", "in_progress")


@dataclass(frozen=True)
class LinkSnap:
    """One paragraph an action implements, as it stands now."""

    clause_id: int
    clause_uuid: str
    document_id: int
    document_name: str  # the document's short name (declaration, charter …)
    document_title_en: str
    document_title_ja: str
    meeting_id: int
    number: str  # current display number; "" when deleted or unnumbered
    kind: str
    deleted: bool
    text_en: str
    text_ja: str

    @property
    def ref(self) -> str:
        """How lists and spreadsheets name it: ``declaration:5`` (uuid when unnumbered)."""
        if self.number and not self.deleted:
            return f"{self.document_name}:{self.number.rstrip('.')}"
        return f"{self.document_name}:{self.clause_uuid}"


@dataclass(frozen=True)
class FollowUpSnap:
    id: int
    uuid: str
    on_date: date
    note: str
    author: str
    created_at: datetime


@dataclass(frozen=True)
class ActionSnap:
    id: int
    uuid: str
    row_version: int
    meeting_id: int
    document_id: int
    document_name: str
    clause_id: int
    clause_uuid: str
    clause_status: str
    position: int
    number: str
    section_number: str
    section_en: str
    section_ja: str
    title_en: str
    title_ja: str
    text_en: str
    text_ja: str
    en_version_id: int | None
    ja_version_id: int | None
    owner_id: int
    owner_code: str
    owner_name_en: str
    owner_name_ja: str
    partner_codes: tuple[str, ...]
    links: tuple[LinkSnap, ...]
    target_date: date | None
    status: str
    overdue: bool
    due_soon: bool
    contact_id: int | None
    contact_name: str
    carried_from_id: int | None
    follow_ups: tuple[FollowUpSnap, ...] = field(default=())

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def has_deleted_link(self) -> bool:
        return any(link.deleted for link in self.links)

    @property
    def implements(self) -> str:
        """The linked paragraphs as ``declaration:5; charter:3``."""
        return "; ".join(link.ref for link in self.links)


@dataclass(frozen=True)
class DelegationFollowUp:
    """One delegation's actions as owner: counts by status, overdue and due soon."""

    delegation_id: int
    code: str
    name_en: str
    name_ja: str
    counts: tuple[tuple[str, int], ...]  # (status, count) in ACTION_STATUSES order
    overdue: tuple[ActionSnap, ...]
    due_soon: tuple[ActionSnap, ...]

    @property
    def total(self) -> int:
        return sum(n for _s, n in self.counts)

    def count(self, status: str) -> int:
        return dict(self.counts).get(status, 0)


@dataclass(frozen=True)
class FollowUpSummary:
    """The follow-up picture of a meeting's actions on one day (in the meeting's zone)."""

    meeting: MeetingSnap
    today: date
    due_soon_days: int
    actions: tuple[ActionSnap, ...]
    delegations: tuple[DelegationFollowUp, ...]

    @property
    def overdue(self) -> tuple[ActionSnap, ...]:
        return tuple(a for a in self.actions if a.overdue)

    @property
    def due_soon(self) -> tuple[ActionSnap, ...]:
        return tuple(a for a in self.actions if a.due_soon)


@dataclass(frozen=True)
class ActionPlan:
    """An annex with its actions, for the published annex PDF."""

    meeting: MeetingSnap
    document: DocumentSnap
    actions: tuple[ActionSnap, ...]
    today: date


@dataclass(frozen=True)
class CarryOverReport:
    from_meeting_id: int
    to_meeting_id: int
    document_id: int
    added: tuple[int, ...]  # new action ids
    skipped: int  # open actions already carried before
    warnings: tuple[str, ...] = ()
