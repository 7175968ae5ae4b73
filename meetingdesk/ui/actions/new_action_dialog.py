"""New action: an annex action typed in the window (the spreadsheet import is not the only way).

The dialog returns the fields; the view calls ``services.actions.create_action``, which adds
the action clause to the annex and its ActionItem in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from meetingdesk.snapshots import DocumentSnap
from meetingdesk.snapshots.actions import ACTION_STATUSES
from meetingdesk.ui.day_edit import DayEdit

from .model import status_text


@dataclass(frozen=True)
class NewAction:
    annex_id: int
    owner_code: str
    partner_codes: tuple[str, ...]
    title_en: str
    title_ja: str
    text_en: str
    text_ja: str
    target_date: date | None
    status: str


class NewActionDialog(QDialog):
    def __init__(
        self, annexes: list[DocumentSnap], codes: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New action"))
        self.resize(560, 560)
        self.annex = QComboBox(self)
        for d in annexes:
            self.annex.addItem(f"{d.short_name} — {d.title_en}", d.id)
        self.owner = QComboBox(self)
        self.owner.addItems(codes)
        self.partners = QListWidget(self)
        for code in codes:
            item = QListWidgetItem(code, self.partners)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.title_en = QLineEdit(self)
        self.title_ja = QLineEdit(self)
        self.text_en = QPlainTextEdit(self)
        self.text_ja = QPlainTextEdit(self)
        self.has_date = QCheckBox(self.tr("Target date"), self)
        self.target = DayEdit(QDate.currentDate(), self)
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("yyyy-MM-dd")
        self.target.setEnabled(False)
        self.has_date.toggled.connect(self.target.setEnabled)
        self.status = QComboBox(self)
        for st in ACTION_STATUSES:
            self.status.addItem(status_text(st), st)
        form = QFormLayout(self)
        form.addRow(self.tr("Annex"), self.annex)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Partners"), self.partners)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Title (Japanese)"), self.title_ja)
        form.addRow(self.tr("Text (English)"), self.text_en)
        form.addRow(self.tr("Text (Japanese)"), self.text_ja)
        form.addRow(self.has_date, self.target)
        form.addRow(self.tr("Status"), self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.text_en.textChanged.connect(self._check)
        self.owner.currentIndexChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = (
            self.annex.count() > 0
            and bool(self.owner.currentText())
            and bool(self.text_en.toPlainText().strip())
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def fields(self) -> NewAction:
        partners = tuple(
            self.partners.item(i).text()
            for i in range(self.partners.count())
            if self.partners.item(i).checkState() == Qt.CheckState.Checked
            and self.partners.item(i).text() != self.owner.currentText()
        )
        return NewAction(
            annex_id=self.annex.currentData(),
            owner_code=self.owner.currentText(),
            partner_codes=partners,
            title_en=self.title_en.text().strip(),
            title_ja=self.title_ja.text().strip(),
            text_en=self.text_en.toPlainText().strip(),
            text_ja=self.text_ja.toPlainText().strip(),
            target_date=self.target.date().toPython() if self.has_date.isChecked() else None,
            status=self.status.currentData(),
        )

    @classmethod
    def get(
        cls, annexes: list[DocumentSnap], codes: list[str], parent: QWidget | None = None
    ) -> tuple[NewAction | None, bool]:
        dialog = cls(annexes, codes, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return dialog.fields(), True
