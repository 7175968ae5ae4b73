"""Add or edit an agenda item: titles in English and Japanese and the document it discusses.

A new item is placed at the end of the chosen session; an existing one keeps its place
(items move by drag and drop), so the session is shown but not offered when editing.
The dialog only collects values; the caller writes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from meetingdesk.snapshots import AgendaItemSnap, AgendaSessionSnap, DocumentSnap
from meetingdesk.ui import theme

from .. import labels
from ..qtnames import OK, OK_CANCEL


def session_label(x: AgendaSessionSnap, zone: str) -> str:
    """'Fri 29 Apr 09:30 — Opening session', in the meeting's zone."""
    when = f"{labels.local_day(x.starts_at, zone)} {labels.local_time(x.starts_at, zone, '%H:%M')}"
    return f"{when} — {x.title_en}"


class ItemDialog(QDialog):
    def __init__(
        self,
        documents: Sequence[DocumentSnap],
        sessions: Sequence[AgendaSessionSnap],
        zone: str,
        item: AgendaItemSnap | None = None,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit agenda item") if item else self.tr("New agenda item"))
        self.setMinimumWidth(480)
        self.session = QComboBox(self)
        # long session titles are elided instead of widening the dialog
        self.session.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session.setMinimumContentsLength(40)
        for x in sessions:
            self.session.addItem(session_label(x, zone), x.id)
        self.session.setCurrentIndex(max(self.session.findData(session_id), 0))
        self.session.setEnabled(item is None)
        if item is not None:
            self.session.setToolTip(self.tr("Drag the item in the agenda to move it"))
        self.title_en = QLineEdit(self)
        self.title_ja = QLineEdit(self)
        self.document = QComboBox(self)
        self.document.setSizeAdjustPolicy(self.session.sizeAdjustPolicy())
        self.document.setMinimumContentsLength(40)
        self.document.addItem(self.tr("(no document)"), None)
        for d in documents:
            self.document.addItem(f"{d.short_name} — {d.title_en}", d.id)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_style("text_error"))
        self.buttons = QDialogButtonBox(OK_CANCEL, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Title (Japanese)"), self.title_ja)
        form.addRow(self.tr("Document"), self.document)
        form.addRow(self.error)
        form.addRow(self.buttons)
        if item is not None:
            self.load(item)
        self.title_en.textChanged.connect(self.validate)
        self.validate()

    def load(self, item: AgendaItemSnap) -> None:
        self.title_en.setText(item.title_en)
        self.title_ja.setText(item.title_ja)
        self.document.setCurrentIndex(max(self.document.findData(item.document_id), 0))

    def validate(self) -> bool:
        problems = []
        if self.session.count() == 0:
            problems.append(self.tr("Add a session first: an item belongs to a session."))
        if not self.title_en.text().strip():
            problems.append(self.tr("An agenda item needs an English title."))
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        self.buttons.button(OK).setEnabled(not problems)
        return not problems

    def accept(self) -> None:
        if self.validate():
            super().accept()

    def values(self) -> dict[str, Any]:
        """title_en, title_ja, document_id (None: no document) and, for a new item, session_id."""
        data: dict[str, Any] = {
            "title_en": self.title_en.text().strip(),
            "title_ja": self.title_ja.text().strip(),
            "document_id": self.document.currentData(),
        }
        if self.session.isEnabled():
            data["session_id"] = self.session.currentData()
        return data

    @classmethod
    def get_item(
        cls,
        parent: QWidget | None,
        documents: Sequence[DocumentSnap],
        sessions: Sequence[AgendaSessionSnap],
        zone: str,
        item: AgendaItemSnap | None = None,
        session_id: int | None = None,
    ) -> tuple[dict[str, Any], bool]:
        """Show the dialog; (values, accepted). session_id: preselected for a new item."""
        dialog = cls(documents, sessions, zone, item, session_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        data = dialog.values()
        dialog.deleteLater()
        return data, accepted
