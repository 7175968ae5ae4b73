"""Dialogs of the action plan: a follow-up note, and the XLSX import preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.actions.xlsx import (
    ActionsImportPreview,
    apply_actions_import,
    preview_actions_import,
)
from meetingdesk.services.base import Desk, DeskError
from meetingdesk.ui import problems
from meetingdesk.ui.day_edit import DayEdit
from meetingdesk.ui.jobs import run_job
from meetingdesk.ui.labels import refusal


class FollowUpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add follow-up"))
        self.when = DayEdit(QDate.currentDate(), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.note = QPlainTextEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Date"), self.when)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def get(cls, parent: QWidget | None = None) -> tuple[tuple[date, str] | None, bool]:
        """((date, note), True) when confirmed; (None, False) otherwise."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return (dialog.when.date().toPython(), dialog.note.toPlainText().strip()), True


class ActionsImportDialog(QDialog):
    """Shows what a file would change and every bad row; Confirm only when clean.

    The file is read, and the import written, in the background: the window stays live."""

    #: the file was read and the preview is shown (or its reading was refused)
    ready = Signal()

    def __init__(self, desk: Desk, meeting_id: int, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Import actions"))
        self.resize(820, 520)
        self.preview: ActionsImportPreview | None = None
        self.imported = 0
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.notes = QLabel(self)  # formula cells taken, texts kept from running as formulas
        self.notes.setWordWrap(True)
        self.rows = QTableWidget(0, 3, self)
        self.rows.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Change"), self.tr("Fields")])
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.errors = QTableWidget(0, 3, self)
        self.errors.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Field"), self.tr("Problem")]
        )
        self.errors.horizontalHeader().setStretchLastSection(True)
        for table in (self.rows, self.errors):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm = self.buttons.addButton(
            self.tr("Confirm import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(str(path), self))
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(QLabel(self.tr("Rows that create or change an action"), self))
        layout.addWidget(self.rows, 3)
        layout.addWidget(QLabel(self.tr("Problems (nothing is imported while there are any)")))
        layout.addWidget(self.errors, 2)
        layout.addWidget(self.buttons)
        self.summary.setText(self.tr("Reading the file…"))
        self.confirm.setEnabled(False)
        run_job(
            lambda _control: preview_actions_import(desk, meeting_id, path),
            on_success=self._read,
            on_failure=self._refused,
        )

    def _read(self, preview: ActionsImportPreview) -> None:
        self.preview = preview
        self._fill()
        self.ready.emit()

    def _refused(self, exc: BaseException) -> None:
        reason = refusal(exc) if isinstance(exc, DeskError) else f"{type(exc).__name__}: {exc}"
        self.summary.setText(self.tr("Import refused: {reason}").format(reason=reason))
        self.ready.emit()

    def _fill(self) -> None:
        p = self.preview
        assert p is not None
        self.rows.setRowCount(len(p.rows))
        for r, row in enumerate(p.rows):
            kind = self.tr("new action") if row.is_new else self.tr("update")
            fields = self.tr(", ").join(problems.action_field(k) for k, _v in row.values)
            for c, text in enumerate((str(row.row), kind, fields)):
                self.rows.setItem(r, c, QTableWidgetItem(text))
        self.errors.setRowCount(len(p.errors))
        for r, err in enumerate(p.errors):
            shown = (
                problems.where(err.row),
                problems.action_field(err.field),
                problems.say(err.reason, field_label=problems.action_field),
            )
            for c, text in enumerate(shown):
                self.errors.setItem(r, c, QTableWidgetItem(text))
        self.errors.resizeColumnToContents(0)
        self.errors.resizeColumnToContents(1)
        said = [problems.say(n, field_label=problems.action_field) for n in p.notes]
        self.notes.setText("\n".join(said))
        self.notes.setVisible(bool(said))
        if p.errors:
            self.summary.setText(
                self.tr("%n problem(s) found: fix the file and import it again.", "", len(p.errors))
            )
        else:
            self.summary.setText(
                self.tr("{new} new, {changed} changed, {same} unchanged.").format(
                    new=p.new_count, changed=len(p.rows) - p.new_count, same=p.unchanged
                )
            )
        self.confirm.setEnabled(p.ok and bool(p.rows))

    def _confirm(self) -> None:
        preview = self.preview
        if preview is None:
            return
        self.confirm.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        run_job(
            lambda _control: apply_actions_import(self.desk, preview),
            on_success=self._applied,
            on_failure=self._apply_refused,
        )

    def _applied(self, count: int) -> None:
        self.imported = count
        self.accept()

    def _apply_refused(self, exc: BaseException) -> None:
        reason = refusal(exc) if isinstance(exc, DeskError) else f"{type(exc).__name__}: {exc}"
        self.summary.setText(self.tr("Import refused: {reason}").format(reason=reason))
