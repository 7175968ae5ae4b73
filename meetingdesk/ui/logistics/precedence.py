"""Order of precedence: the rule (English, French, Japanese, manual), where the host sits,
and, for the manual rule, the order itself (moved with Up / Down)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.logistics.delegations import (
    HOST_PLACEMENTS,
    PRECEDENCE_RULES,
    order_delegations,
)
from meetingdesk.snapshots import DelegationSnap
from meetingdesk.ui import labels
from meetingdesk.ui.qtnames import OK_CANCEL, USER


@dataclass(frozen=True)
class Precedence:
    rule: str
    host_placement: str
    manual_order: tuple[int, ...]  # delegation ids, first to last (used by "manual")


class PrecedenceDialog(QDialog):
    def __init__(
        self,
        rule: str,
        host_placement: str,
        delegations: Sequence[DelegationSnap],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Order of precedence"))
        self.resize(480, 520)
        self._delegations = list(delegations)
        self.rule = QComboBox(self)
        for code in PRECEDENCE_RULES:
            self.rule.addItem(labels.precedence_rule(code), code)
        self.placement = QComboBox(self)
        for code in HOST_PLACEMENTS:
            self.placement.addItem(labels.host_placement(code), code)
        self.rule.setCurrentIndex(max(self.rule.findData(rule), 0))
        self.placement.setCurrentIndex(max(self.placement.findData(host_placement), 0))
        self.order = QListWidget(self)
        self.order.setAccessibleName(self.tr("Order of precedence"))
        self.up = QPushButton(self.tr("Move up"), self)
        self.down = QPushButton(self.tr("Move down"), self)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Rule"), self.rule)
        form.addRow(self.tr("Host"), self.placement)
        side = QVBoxLayout()
        side.addWidget(self.up)
        side.addWidget(self.down)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.order, 1)
        row.addLayout(side)
        buttons = QDialogButtonBox(OK_CANCEL, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Resulting order:"), self))
        layout.addLayout(row, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.rule.currentIndexChanged.connect(lambda _i: self._preview())
        self.placement.currentIndexChanged.connect(lambda _i: self._preview())
        self._fill(self._delegations)
        self._preview()

    def _fill(self, ordered: Sequence[DelegationSnap]) -> None:
        self.order.clear()
        for d in ordered:
            item = QListWidgetItem(f"{d.code} — {d.name_en}")
            item.setData(USER, d.id)
            if d.name_ja:
                item.setToolTip(d.name_ja)
            self.order.addItem(item)

    def _preview(self) -> None:
        """Show the order the chosen rule gives; under "manual" keep the list as it is."""
        manual = self.rule.currentData() == "manual"
        if not manual:
            self._fill(
                order_delegations(
                    self._delegations, self.rule.currentData(), self.placement.currentData()
                )
            )
        summit = self.rule.currentData() == "summit"
        self.up.setEnabled(manual)
        self.down.setEnabled(manual)
        self.placement.setEnabled(not summit)
        if summit:
            self.note.setText(
                self.tr(
                    "The host first, the members alphabetically in the output's language, "
                    "the European Union after the members, then invited countries and "
                    "organisations."
                )
            )
            return
        self.note.setText(
            self.tr("Select a delegation and move it up or down.")
            if manual
            else self.tr("Choose “Manual order” to arrange the list yourself.")
        )

    def move_current(self, step: int) -> None:
        row = self.order.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order.count():
            return
        item = self.order.takeItem(row)
        self.order.insertItem(target, item)
        self.order.setCurrentRow(target)

    def ids(self) -> list[int]:
        return [int(self.order.item(i).data(USER)) for i in range(self.order.count())]

    def values(self) -> Precedence:
        rule = self.rule.currentData()
        order = tuple(self.ids()) if rule == "manual" else ()
        return Precedence(rule, self.placement.currentData(), order)

    @classmethod
    def get_precedence(
        cls,
        parent: QWidget | None,
        rule: str,
        host_placement: str,
        delegations: Sequence[DelegationSnap],
    ) -> tuple[Precedence, bool]:
        """Show the dialog; (values, accepted)."""
        dialog = cls(rule, host_placement, delegations, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        data = dialog.values()
        dialog.deleteLater()
        return data, accepted
