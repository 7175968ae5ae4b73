"""Delegations' proposals on the document or the selected clause: positions, accept,
incorporate as bracketed alternative, reject, withdraw; and the new-proposal dialog."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services import team
from meetingdesk.services.drafting import proposals
from meetingdesk.snapshots import Changes, DelegationSnap
from meetingdesk.snapshots.drafting import ProposalSnap

from .. import labels
from ..qtnames import OK_CANCEL
from ..team.rights import gate
from .context import DraftingContext

SNAP_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ProposalData:
    delegation_code: str
    kind: str
    text: str
    language: str
    rationale: str


class ProposalDialog(QDialog):
    """A delegation's proposal on a clause (or a new clause after it)."""

    def __init__(
        self,
        delegations: Sequence[DelegationSnap],
        current_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New proposal"))
        self.delegation = QComboBox(self)
        for d in delegations:
            self.delegation.addItem(f"{d.code} — {d.name_en}", d.code)
        self.kind = QComboBox(self)
        for code in ("replace", "insert", "delete", "new"):
            self.kind.addItem(labels.proposal_kind(code), code)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Japanese"), "ja")
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(current_text)
        self.rationale = QPlainTextEdit(self)
        self.rationale.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Delegation:"), self.delegation)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Proposed text:"), self.text)
        form.addRow(self.tr("Rationale:"), self.rationale)
        self.buttons = QDialogButtonBox(OK_CANCEL, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.resize(560, 420)

    def _kind_changed(self) -> None:
        self.text.setEnabled(self.kind.currentData() != "delete")

    def data(self) -> ProposalData:
        return ProposalData(
            delegation_code=self.delegation.currentData() or "",
            kind=self.kind.currentData(),
            text=self.text.toPlainText() if self.kind.currentData() != "delete" else "",
            language=self.language.currentData(),
            rationale=self.rationale.toPlainText().strip(),
        )

    @classmethod
    def get_proposal(
        cls,
        delegations: Sequence[DelegationSnap],
        current_text: str,
        parent: QWidget | None = None,
    ) -> tuple[ProposalData, bool]:
        dialog = cls(delegations, current_text, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.data(), accepted


class ProposalsPanel(QWidget):
    """Proposals with each delegation's position; actions on the selected one."""

    def __init__(self, ctx: DraftingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clause_id: int | None = None
        self.delegations: list[DelegationSnap] = []
        self.items: list[ProposalSnap] = []
        self.only_clause = QCheckBox(self.tr("Only the selected clause"), self)
        self.only_clause.setChecked(True)
        self.only_clause.toggled.connect(lambda _on: self.reload())
        self.only_open = QCheckBox(self.tr("Only open"), self)
        self.only_open.toggled.connect(lambda _on: self.reload())
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [
                self.tr("Clause"),
                self.tr("Delegation"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Text / position"),
            ]
        )
        self.tree.setWordWrap(True)
        self.tree.itemSelectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("New proposal…"), self)
        self.new_button.clicked.connect(self.new_proposal)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.clicked.connect(lambda: self._decide(proposals.accept_proposal))
        self.incorporate_button = QPushButton(self.tr("Incorporate as alternative"), self)
        self.incorporate_button.clicked.connect(
            lambda: self._decide(proposals.incorporate_as_alternative)
        )
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.reject_button.clicked.connect(lambda: self._decide(proposals.reject_proposal))
        self.withdraw_button = QPushButton(self.tr("Withdraw"), self)
        self.withdraw_button.clicked.connect(lambda: self._decide(proposals.withdraw_proposal))

        self.position_delegation = QComboBox(self)
        self.position_stance = QComboBox(self)
        for code in ("support", "oppose", "reserve", "awaiting_instructions"):
            self.position_stance.addItem(labels.stance(code), code)
        self.position_button = QPushButton(self.tr("Record position"), self)
        self.position_button.clicked.connect(self.record_position)

        top = QHBoxLayout()
        top.addWidget(self.only_clause)
        top.addWidget(self.only_open)
        top.addStretch(1)
        top.addWidget(self.new_button)
        actions = QHBoxLayout()
        for b in (
            self.accept_button,
            self.incorporate_button,
            self.reject_button,
            self.withdraw_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        positions = QHBoxLayout()
        positions.addWidget(QLabel(self.tr("Position of"), self))
        positions.addWidget(self.position_delegation)
        positions.addWidget(self.position_stance)
        positions.addWidget(self.position_button)
        positions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        layout.addLayout(positions)
        self._update_buttons()

    def set_delegations(self, delegations: Sequence[DelegationSnap]) -> None:
        self.delegations = list(delegations)
        self.position_delegation.clear()
        for d in self.delegations:
            self.position_delegation.addItem(d.code, d.code)

    def show_clause(self, clause_id: int | None) -> None:
        self.clause_id = clause_id
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self.tree.clear()
        self.items = []
        doc_id = self.ctx.document_id
        if doc_id is not None:
            clause = self.clause_id if self.only_clause.isChecked() else None
            status = "open" if self.only_open.isChecked() else None
            try:
                self.items = proposals.list_proposals(
                    self.ctx.desk, doc_id, clause_id=clause, status=status
                )
            except Exception:  # noqa: BLE001 - a panel shows what it can
                self.items = []
        for p in self.items:
            item = QTreeWidgetItem(
                [
                    p.clause_number or (labels.proposal_kind("new") if p.kind == "new" else "—"),
                    p.delegation_code,
                    labels.proposal_kind(p.kind),
                    labels.proposal_status(p.status),
                    p.text or p.rationale,
                ]
            )
            item.setData(0, SNAP_ROLE, p.id)
            item.setToolTip(4, self.tr("Rationale: {r}").format(r=p.rationale or "—"))
            for pos in p.positions:
                child = QTreeWidgetItem(
                    ["", pos.delegation_code, "", labels.stance(pos.stance), pos.note]
                )
                child.setData(0, SNAP_ROLE, p.id)
                child.setToolTip(3, labels.local_time(pos.updated_at, self.ctx.zone))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if selected is not None and selected.id == p.id:
                item.setSelected(True)
        for col in range(4):
            self.tree.resizeColumnToContents(col)
        self._update_buttons()

    def selected(self) -> ProposalSnap | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        pid = items[0].data(0, SNAP_ROLE)
        return next((p for p in self.items if p.id == pid), None)

    def select_proposal(self, proposal_id: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, SNAP_ROLE) == proposal_id:
                self.tree.setCurrentItem(item)
                return

    def _update_buttons(self) -> None:
        p = self.selected()
        desk, open_text = self.ctx.desk, not self.ctx.frozen
        open_ = p is not None and p.is_open and open_text
        for b in (
            self.accept_button,
            self.reject_button,
            self.withdraw_button,
            self.position_button,
        ):
            gate(b, desk, team.PROPOSALS, open_)
        gate(
            self.incorporate_button,
            desk,
            team.PROPOSALS,
            open_ and p is not None and p.kind != "move",
        )
        gate(self.new_button, desk, team.PROPOSALS, open_text and self.ctx.document_id is not None)

    def new_proposal(self) -> None:
        doc_id = self.ctx.document_id
        if doc_id is None:
            return
        clause = self.ctx.clause(self.clause_id) if self.clause_id else None
        data, ok = ProposalDialog.get_proposal(
            self.delegations, clause.text_en if clause else "", self
        )
        if not ok:
            return
        self.submit(data)

    def submit(self, data: ProposalData) -> ProposalSnap | None:
        """File a proposal as the dialog describes it (also used by tests and scripts)."""
        doc_id = self.ctx.document_id
        if doc_id is None:
            return None
        is_new = data.kind == "new"
        snap = self.ctx.write(
            self,
            lambda desk: proposals.propose(
                desk,
                doc_id,
                delegation_code=data.delegation_code,
                kind=data.kind,
                clause_id=None if is_new else self.clause_id,
                after_clause_id=self.clause_id if is_new else None,
                text=data.text,
                language="en" if is_new else data.language,
                rationale=data.rationale,
            ),
            Changes(documents=True),
        )
        self.reload()
        if snap is not None:
            self.select_proposal(snap.id)
        return snap

    def record_position(self) -> None:
        p = self.selected()
        if p is None:
            return
        code = self.position_delegation.currentData()
        stance = self.position_stance.currentData()
        self.ctx.write(
            self,
            lambda desk: proposals.set_position(desk, p.id, delegation_code=code, stance=stance),
            Changes(documents=True),
        )
        self.reload()

    def _decide(self, fn) -> None:
        p = self.selected()
        if p is None:
            return
        changes = Changes(documents=True, clauses=(p.clause_id,) if p.clause_id else ())
        self.ctx.write(self, lambda desk: fn(desk, p.id, expected_version=p.row_version), changes)
        self.reload()
