"""Small dialogs of the drafting window; each has a classmethod returning (data, accepted)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.snapshots import DelegationSnap

from .. import labels
from ..qtnames import OK_CANCEL


class _Dialog(QDialog):
    def _finish(self, form: QFormLayout) -> None:
        self.buttons = QDialogButtonBox(OK_CANCEL, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)


@dataclass(frozen=True)
class FreezeData:
    kind: str
    note: str
    label: str  # "" = the next Rev.N


class FreezeDialog(_Dialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Freeze revision"))
        self.kind = QComboBox(self)
        for code in ("chair", "compilation", "zero", "clean"):
            self.kind.addItem(labels.revision_kind(code), code)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("Rev.N (automatic)"))
        self.note = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Label:"), self.label)
        form.addRow(self.tr("Note:"), self.note)
        self._finish(form)

    def data(self) -> FreezeData:
        return FreezeData(
            self.kind.currentData(), self.note.text().strip(), self.label.text().strip()
        )

    @classmethod
    def get_freeze(cls, parent: QWidget | None = None) -> tuple[FreezeData, bool]:
        d = cls(parent)
        ok = d.exec() == QDialog.DialogCode.Accepted
        return d.data(), ok


@dataclass(frozen=True)
class StatusData:
    status: str
    ad_ref: tuple[str, ...]
    note: str


class StatusDialog(_Dialog):
    """Set a clause's status; ad ref names the delegations whose confirmation is pending."""

    def __init__(
        self, current: str, delegations: Sequence[DelegationSnap], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set clause status"))
        self.status = QComboBox(self)
        for code in ("draft", "bracketed", "ad_ref", "agreed", "deleted"):
            self.status.addItem(labels.clause_status(code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.delegations = QListWidget(self)
        for d in delegations:
            item = QListWidgetItem(f"{d.code} — {d.name_en}")
            item.setData(Qt.ItemDataRole.UserRole, d.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.delegations.addItem(item)
        self.note = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Ad ref pending for:"), self.delegations)
        form.addRow(self.tr("Note:"), self.note)
        self._finish(form)
        self.status.currentIndexChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self.delegations.setEnabled(self.status.currentData() == "ad_ref")

    def check(self, code: str) -> None:
        for i in range(self.delegations.count()):
            item = self.delegations.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked)

    def data(self) -> StatusData:
        codes: tuple[str, ...] = ()
        if self.status.currentData() == "ad_ref":
            codes = tuple(
                self.delegations.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.delegations.count())
                if self.delegations.item(i).checkState() == Qt.CheckState.Checked
            )
        return StatusData(self.status.currentData(), codes, self.note.text().strip())

    @classmethod
    def get_status(
        cls, current: str, delegations: Sequence[DelegationSnap], parent: QWidget | None = None
    ) -> tuple[StatusData, bool]:
        d = cls(current, delegations, parent)
        ok = d.exec() == QDialog.DialogCode.Accepted
        return d.data(), ok


@dataclass(frozen=True)
class ClauseData:
    kind: str
    text_en: str
    text_ja: str


class InsertClauseDialog(_Dialog):
    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert clause"))
        self.kind = QComboBox(self)
        for code in ("operative", "preambular", "heading", "section", "subheading", "action"):
            self.kind.addItem(labels.clause_kind(code), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.text_en = QPlainTextEdit(self)
        self.text_ja = QPlainTextEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("English:"), self.text_en)
        form.addRow(self.tr("Japanese:"), self.text_ja)
        self._finish(form)
        self.resize(520, 360)

    def data(self) -> ClauseData:
        return ClauseData(
            self.kind.currentData(), self.text_en.toPlainText(), self.text_ja.toPlainText()
        )

    @classmethod
    def get_clause(cls, kind: str, parent: QWidget | None = None) -> tuple[ClauseData, bool]:
        d = cls(kind, parent)
        ok = d.exec() == QDialog.DialogCode.Accepted
        return d.data(), ok
