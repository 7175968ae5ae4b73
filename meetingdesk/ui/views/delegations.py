"""Delegations in order of precedence; the selected one's participants below."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QSplitter, QWidget

from meetingdesk.services import delegations
from meetingdesk.services.base import Desk
from meetingdesk.snapshots import Changes, DelegationSnap, MeetingSnap, ParticipantSnap

from .. import labels
from ..hub import Hub
from ..models import Column
from ..qtnames import VERTICAL
from ..widgets import SnapshotTable
from .base import ViewBase, any_of


@dataclass(frozen=True)
class DelegationsData:
    delegations: tuple[DelegationSnap, ...]
    participants: tuple[ParticipantSnap, ...]


class DelegationsView(ViewBase):
    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self._participants: tuple[ParticipantSnap, ...] = ()
        dcol = Column[DelegationSnap]
        # The order column keeps the service's order of precedence sortable.
        self._order: dict[int, int] = {}
        self.delegations = SnapshotTable(
            [
                dcol(self.tr("Order"), lambda d: self._order.get(d.id, 0) + 1, numeric=True),
                dcol(self.tr("Code"), lambda d: d.code),
                dcol(self.tr("Name"), lambda d: d.name_en, tooltip=True),
                dcol(self.tr("Name (Japanese)"), lambda d: d.name_ja, tooltip=True),
                dcol(self.tr("Kind"), lambda d: labels.delegation_kind(d.kind)),
                dcol(self.tr("Head of delegation"), lambda d: d.head_name),
                dcol(self.tr("Participants"), lambda d: d.participant_count, numeric=True),
            ],
            stretch=(2, 3),
            parent=self,
        )
        pcol = Column[ParticipantSnap]
        self.participants = SnapshotTable(
            [
                pcol(self.tr("Name"), lambda p: p.name_en, lambda p: p.family_name.casefold()),
                pcol(self.tr("Name (Japanese)"), lambda p: p.name_ja if p.family_name_ja else ""),
                pcol(self.tr("Role"), lambda p: labels.role(p.role)),
                pcol(self.tr("Position"), lambda p: p.position_en, tooltip=True),
                pcol(self.tr("Position (Japanese)"), lambda p: p.position_ja, tooltip=True),
                pcol(self.tr("E-mail"), lambda p: p.email),
            ],
            stretch=(3, 4),
            filter_box=False,
            parent=self,
        )
        self.delegations.current_changed.connect(self._show_participants)
        split = QSplitter(VERTICAL, self)
        split.addWidget(self.delegations)
        split.addWidget(self.participants)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.body.addWidget(split, 1)

    def title(self) -> str:
        return self.tr("Delegations")

    def wants(self, changes: Changes) -> bool:
        return any_of(changes, "meeting", "delegations", "participants")

    @staticmethod
    def fetch(desk: Desk, meeting: MeetingSnap) -> DelegationsData:
        return DelegationsData(
            tuple(delegations.list_delegations(desk, meeting.id)),
            tuple(delegations.list_participants(desk, meeting.id)),
        )

    def apply(self, data: DelegationsData | None) -> None:
        rows = data.delegations if data else ()
        self._participants = data.participants if data else ()
        self._order = {d.id: i for i, d in enumerate(rows)}
        self.delegations.set_rows(rows, keep=lambda d: d.id, select_first=True)

    def _show_participants(self, delegation: DelegationSnap | None) -> None:
        if delegation is None:
            self.participants.set_rows([])
            return
        self.participants.set_rows(
            [p for p in self._participants if p.delegation_id == delegation.id]
        )
