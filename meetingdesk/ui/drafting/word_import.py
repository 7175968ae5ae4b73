# SPDX-License-Identifier: GPL-3.0-or-later
"""Import proposals from Word: a circulated revision returned with tracked changes.

Choose the file, the document and the revision it is; the preview (read in the background)
lists every change with the delegation it is attributed to, and every change that cannot be
placed. Word authors that match no delegation are asked for here, once: the answer is
remembered for the meeting. Import stays disabled while anything cannot be placed; nothing
is written before it, and then everything in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.drafting import documents
from meetingdesk.services.drafting.word_import import (
    ImportReport,
    import_returned,
    preview_returned,
)
from meetingdesk.services.logistics import delegations

from ..jobs import run_job
from ..labels import language_name, local_text, proposal_kind, refusal
from ..problems import say


class WordImportDialog(QDialog):
    #: emitted with the number of proposals created
    imported = Signal(int)
    #: a preview arrived (for tests and the busy cursor)
    previewed = Signal(object)

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
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import proposals from Word"))
        self.resize(960, 620)
        self.file_label = QLabel(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        self.document = QComboBox(self)
        self.docs = [d for d in documents.list_documents(desk, meeting_id) if d.revision_labels]
        for d in self.docs:
            self.document.addItem(local_text(d.title_en, d.title_ja) or d.short_name, d.id)
        self.revision = QComboBox(self)
        self.delegation = QComboBox(self)
        self.delegation.addItem(self.tr("From the Word authors"), "")
        self.codes = [
            d.code for d in delegations.list_delegations(desk, meeting_id) if not d.retired
        ]
        for code in self.codes:
            self.delegation.addItem(code, code)
        form = QFormLayout()
        form.addRow(self.tr("Document"), self.document)
        form.addRow(self.tr("The file is revision"), self.revision)
        form.addRow(self.tr("Changes by"), self.delegation)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.authors = QTableWidget(0, 2)
        self.authors.setAccessibleName(self.tr("Word authors and their delegations"))
        self.authors.setHorizontalHeaderLabels([self.tr("Word author"), self.tr("Delegation")])
        self.authors.horizontalHeader().setStretchLastSection(True)
        self.items = QTableWidget(0, 6)
        self.items.setAccessibleName(self.tr("Changes found in the Word file"))
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Delegation"),
                self.tr("Proposal"),
                self.tr("Where"),
                self.tr("Language"),
                self.tr("Text"),
                self.tr("Rationale"),
            ]
        )
        self.items.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items.horizontalHeader().setStretchLastSection(True)
        self.problems = QPlainTextEdit(self)
        self.problems.setAccessibleName(self.tr("Changes that cannot be placed"))
        self.problems.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(
            self.tr("Import proposals"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setEnabled(False)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Who the Word authors are (remembered for this meeting)")))
        layout.addWidget(self.authors, 1)
        layout.addWidget(QLabel(self.tr("Proposals found")))
        layout.addWidget(self.items, 3)
        layout.addWidget(
            QLabel(
                self.tr("Changes that cannot be placed (nothing is imported while there are any)")
            )
        )
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.document.currentIndexChanged.connect(self._fill_revisions)
        if document_id is not None:
            index = self.document.findData(document_id)
            if index >= 0:
                self.document.setCurrentIndex(index)
        self._fill_revisions()
        if revision_label:
            index = self.revision.findText(revision_label)
            if index >= 0:
                self.revision.setCurrentIndex(index)
        self.revision.currentIndexChanged.connect(self.refresh)
        self.delegation.currentIndexChanged.connect(self.refresh)

    def _fill_revisions(self) -> None:
        self.revision.blockSignals(True)
        self.revision.clear()
        doc = next((d for d in self.docs if d.id == self.document.currentData()), None)
        for label in reversed(doc.revision_labels if doc else ()):
            self.revision.addItem(label)
        self.revision.blockSignals(False)
        self.refresh()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Returned Word file"), "", self.tr("Word files (*.docx);;All files (*)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(str(path))
        self.refresh()

    def _mapping(self) -> dict[str, str]:
        out = {}
        for row in range(self.authors.rowCount()):
            author = self.authors.item(row, 0).text()
            combo = self.authors.cellWidget(row, 1)
            if combo is not None and combo.currentData():
                out[author] = combo.currentData()
        return out

    def _kwargs(self) -> dict:
        doc = next((d for d in self.docs if d.id == self.document.currentData()), None)
        return {
            "meeting_id": self.meeting_id,
            "document": doc.short_name if doc else "",
            "revision": self.revision.currentText(),
            "delegation": self.delegation.currentData() or None,
            "authors": self._mapping(),
        }

    def refresh(self) -> None:
        """Read the file again against the current choices (in the background)."""
        self.confirm.setEnabled(False)
        if self.path is None or not self.revision.currentText():
            return
        self.summary.setText(self.tr("Reading %1…").replace("%1", self.path.name))
        desk, path, kwargs = self.desk, self.path, self._kwargs()
        run_job(
            lambda _control: preview_returned(desk, path, **kwargs),
            on_success=self._show,
            on_failure=self._refused,
        )

    def _refused(self, exc: BaseException) -> None:
        self.report = None
        self.items.setRowCount(0)
        self.authors.setRowCount(0)
        self.problems.setPlainText(refusal(exc) if isinstance(exc, DeskError) else repr(exc))
        self.summary.setText(self.tr("The file cannot be imported as it is."))
        self.previewed.emit(None)

    def _show(self, report: ImportReport) -> None:
        self.report = report
        chosen = self._mapping()
        self.authors.setRowCount(len(report.authors))
        for row, (author, code) in enumerate(report.authors):
            self.authors.setItem(row, 0, QTableWidgetItem(author))
            combo = QComboBox(self.authors)
            combo.addItem(self.tr("— choose a delegation —"), "")
            for c in self.codes:
                combo.addItem(c, c)
            index = combo.findData(chosen.get(author) or code)
            combo.setCurrentIndex(max(index, 0))
            combo.setEnabled(not self.delegation.currentData())
            combo.currentIndexChanged.connect(self.refresh)
            self.authors.setCellWidget(row, 1, combo)
        states = {
            "duplicate": self.tr("(already proposed)"),
            "current": self.tr("(already the text)"),
        }
        self.items.setRowCount(len(report.items))
        for row, item in enumerate(report.items):
            cells = [
                item.delegation_code or "?",
                proposal_kind(item.kind) + " " + states.get(item.state, ""),
                say(item.where),
                language_name(item.language),
                item.text,
                item.rationale,
            ]
            for column, text in enumerate(cells):
                self.items.setItem(row, column, QTableWidgetItem(text.strip()))
        self.problems.setPlainText("\n".join(say(p) for p in report.problems))
        new = len(report.to_create)
        if report.problems:
            self.summary.setText(
                self.tr("%n change(s) cannot be placed: see below.", "", len(report.problems))
            )
        elif new == 0:
            self.summary.setText(
                self.tr("Nothing new: every change is already proposed or in the text.")
            )
        else:
            self.summary.setText(self.tr("%n proposal(s) ready to import.", "", new))
        self.confirm.setEnabled(report.ok and new > 0)
        self.previewed.emit(report)

    def _confirm(self) -> None:
        if self.report is None or not self.report.ok or self.path is None:
            return
        self.confirm.setEnabled(False)
        desk, path, kwargs = self.desk, self.path, self._kwargs()

        def done(report: ImportReport) -> None:
            self.imported.emit(report.created)
            self.accept()

        run_job(
            lambda _c: import_returned(desk, path, **kwargs),
            on_success=done,
            on_failure=self._refused,
        )
