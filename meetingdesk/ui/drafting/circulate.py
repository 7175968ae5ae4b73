# SPDX-License-Identifier: GPL-3.0-or-later
"""Circulate Rev.N…: choose the revision and a folder; the PDF and Word files and one e-mail
draft per delegation are written there in the background, and the circulation is recorded.
The drafts (.eml) open in Outlook, Thunderbird or Apple Mail, ready to send."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.drafting import documents
from meetingdesk.services.exports.circulation import CirculationSnap, circulate

from .. import labels
from ..jobs import run_job

K_FOLDER = "circulate/folder"
K_SENDER = "circulate/sender"


class CirculateDialog(QDialog):
    #: the circulation was written and recorded (carries the CirculationSnap)
    circulated = Signal(object)
    #: it failed; carries the message shown
    failed = Signal(str)

    def __init__(
        self,
        desk: Desk,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        document_id: int | None = None,
        revision_label: str = "",
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Circulate a revision"))
        settings = QSettings()
        self.docs = [d for d in documents.list_documents(desk, meeting_id) if d.revision_labels]
        self.document = QComboBox(self)
        for d in self.docs:
            self.document.addItem(labels.local_text(d.title_en, d.title_ja) or d.short_name, d.id)
        self.revision = QComboBox(self)
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Folder to write the drafts in"))
        self.folder.setMinimumWidth(360)
        saved = str(settings.value(K_FOLDER, "") or "")
        if not saved:
            saved = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            ) or str(Path.home())
        self.folder.setText(saved)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.sender = QLineEdit(str(settings.value(K_SENDER, "") or ""), self)
        self.sender.setPlaceholderText(self.tr("e.g. G7 Secretariat <secretariat@example.org>"))
        self.open_folder = QCheckBox(self.tr("Open the folder when done"), self)
        self.open_folder.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Document"), self.document)
        form.addRow(self.tr("Revision"), self.revision)
        form.addRow(self.tr("Write into"), row)
        form.addRow(self.tr("Sender"), self.sender)
        note = QLabel(
            self.tr(
                "For each delegation an e-mail draft addressed to its contact points, with the "
                "compilation text as PDF and as Word (Track Changes on) and a cover note in "
                "English and Japanese. The circulation is recorded with each file's SHA-256."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start = self.buttons.addButton(
            self.tr("Circulate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.open_folder)
        layout.addWidget(self.buttons)
        self.document.currentIndexChanged.connect(self._fill_revisions)
        if document_id is not None and self.document.findData(document_id) >= 0:
            self.document.setCurrentIndex(self.document.findData(document_id))
        self._fill_revisions()
        if revision_label and self.revision.findText(revision_label) >= 0:
            self.revision.setCurrentIndex(self.revision.findText(revision_label))
        self.start.setEnabled(bool(self.docs))

    def _fill_revisions(self) -> None:
        self.revision.clear()
        doc = next((d for d in self.docs if d.id == self.document.currentData()), None)
        for label in reversed(doc.revision_labels if doc else ()):
            self.revision.addItem(label)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the drafts"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def run(self) -> None:
        """Write and record in the background; the dialog closes when it is done."""
        doc = next((d for d in self.docs if d.id == self.document.currentData()), None)
        if doc is None or not self.revision.currentText() or not self.folder.text().strip():
            return
        self.start.setEnabled(False)
        settings = QSettings()
        settings.setValue(K_FOLDER, self.folder.text().strip())
        settings.setValue(K_SENDER, self.sender.text().strip())
        desk, meeting_id = self.desk, self.meeting_id
        args = {
            "document": doc.short_name,
            "revision": self.revision.currentText(),
            "out": Path(self.folder.text().strip()),
            "sender": self.sender.text().strip(),
        }
        run_job(
            lambda _c: circulate(desk, meeting_id=meeting_id, **args),
            on_success=self._done,
            on_failure=self._failed,
        )

    def _done(self, snap: CirculationSnap) -> None:
        lines = [
            self.tr("%1 circulated to %2 delegation(s); files written to %3.")
            .replace("%1", snap.revision_label)
            .replace("%2", str(len(snap.recipients)))
            .replace("%3", snap.folder)
        ]
        lines += snap.warnings
        QMessageBox.information(self, self.tr("Circulated"), "\n".join(lines))
        if self.open_folder.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(snap.folder))
        self.circulated.emit(snap)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        message = (
            labels.refusal(exc) if isinstance(exc, DeskError) else f"{type(exc).__name__}: {exc}"
        )
        QMessageBox.critical(
            self,
            self.tr("Circulation failed"),
            self.tr("Nothing was recorded.") + "\n\n" + message,
        )
        self.start.setEnabled(True)
        self.failed.emit(message)
