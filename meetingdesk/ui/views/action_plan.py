"""Action plan: the annexes' action clauses (the Actions issue adds owners and status)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from meetingdesk.services import documents
from meetingdesk.services.base import Desk
from meetingdesk.snapshots import Changes, ClauseSnap, MeetingSnap

from .. import labels
from ..hub import Hub
from ..models import Column
from ..widgets import SnapshotTable
from .base import ViewBase, any_of


@dataclass(frozen=True)
class ActionRow:
    document: str
    document_position: int
    clause: ClauseSnap


class ActionPlanView(ViewBase):
    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        col = Column[ActionRow]
        self.actions = SnapshotTable(
            [
                col(
                    self.tr("Document"),
                    lambda r: r.document,
                    lambda r: (r.document_position, r.clause.position),
                ),
                col(
                    self.tr("No."),
                    lambda r: r.clause.number,
                    lambda r: (r.document_position, r.clause.position),
                ),
                col(self.tr("Status"), lambda r: labels.clause_status(r.clause.status)),
                col(self.tr("English"), lambda r: r.clause.text_en),
                col(self.tr("Japanese"), lambda r: r.clause.text_ja),
            ],
            stretch=(3, 4),
            wrap=True,
            parent=self,
        )
        self.body.addWidget(self.actions, 1)

    def title(self) -> str:
        return self.tr("Action plan")

    def wants(self, changes: Changes) -> bool:
        return any_of(changes, "meeting", "documents", "clauses", "actions")

    @staticmethod
    def fetch(desk: Desk, meeting: MeetingSnap) -> list[ActionRow]:
        rows: list[ActionRow] = []
        for pos, doc in enumerate(documents.list_documents(desk, meeting.id)):
            if doc.kind != "annex":
                continue
            for clause in documents.document_text(desk, doc.id).clauses:
                if clause.kind == "action":
                    rows.append(ActionRow(doc.short_name, pos, clause))
        return rows

    def apply(self, data: list[ActionRow] | None) -> None:
        self.actions.set_rows(data or [], keep=lambda r: r.clause.id)
