"""Import participants: choose a file, check how its columns are read, read the preview
(what is added, what is updated and how, who is not in the file) and every bad row, then
confirm.

The file is read in the background with progress and cancel. Changing a column's field, the
"ignore unknown columns" box or an ambiguous row's delegation reads the file again with
those choices; the choices are remembered for files with the same columns. Confirm stays
disabled while the preview has any problem; nothing is written before it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.base import Desk
from meetingdesk.services.logistics.participants_import import (
    ImportChoices,
    ImportPreview,
    apply_import,
    preview_import,
)
from meetingdesk.services.logistics.participants_report import notes
from meetingdesk.ui import problems
from meetingdesk.ui.jobs import Job, run_job

from .import_tables import DecisionTable, MappingTable, fill_errors, fill_rows


def _one_line(exc: BaseException) -> str:
    """A refusal in the reader's language (its code and data), else the message's first line."""
    from meetingdesk.cli import one_line
    from meetingdesk.services.base import DeskError
    from meetingdesk.ui.labels import refusal

    if isinstance(exc, DeskError):
        return refusal(exc)
    return one_line(exc)


class ImportDialog(QDialog):
    #: emitted with the number of participants added or updated
    imported = Signal(int)
    #: emitted when a preview has been read (for tests and the status bar)
    previewed = Signal()

    def __init__(self, desk: Desk, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.meeting_id = meeting_id
        self.preview: ImportPreview | None = None
        self.path: Path | None = None
        self.job: Job | None = None
        self.zone = "UTC"
        self.setWindowTitle(self.tr("Import participants"))
        self.resize(980, 640)
        self.file_label = QLabel(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        self.read_as = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notes = QLabel()  # formula cells taken, texts kept from running: to check
        self.notes.setWordWrap(True)
        self.notes.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.stop = QPushButton(self.tr("Stop reading"))
        self.stop.hide()
        self.stop.clicked.connect(self.cancel_reading)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.stop)

        self.mapping = MappingTable()
        self.mapping.setAccessibleName(self.tr("Columns of the file and the fields they fill"))
        self.mapping.changed.connect(self._reread)
        self.ignore_unknown = QCheckBox(self.tr("Ignore the columns that are not recognised"))
        self.ignore_unknown.toggled.connect(lambda _on: self._reread())
        columns = QWidget()
        columns_layout = QVBoxLayout(columns)
        columns_layout.setContentsMargins(0, 0, 0, 0)
        columns_layout.addWidget(self.mapping)
        columns_layout.addWidget(self.ignore_unknown)

        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Rows to import"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Action"),
                self.tr("Name"),
                self.tr("Delegation"),
                self.tr("Arrival or changes"),
                self.tr("Suggested"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.decisions = DecisionTable()
        self.decisions.setAccessibleName(self.tr("Rows whose delegation you choose"))
        self.decisions.changed.connect(self._reread)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addWidget(self.table, 3)
        rows_layout.addWidget(QLabel(self.tr("Rows whose delegation you must choose")))
        rows_layout.addWidget(self.decisions, 1)
        rows_layout.addWidget(self.missing)

        self.tabs = QTabWidget()
        self.tabs.addTab(columns, self.tr("Columns"))
        self.tabs.addTab(rows, self.tr("Rows"))
        self.errors = QTableWidget(0, 3)
        self.errors.setAccessibleName(self.tr("Problems found in the file"))
        self.errors.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Field"), self.tr("Problem")]
        )
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(
            QLabel(self.tr("Problems (nothing is imported while there are any)"))
        )
        problems_layout.addWidget(self.errors)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tabs)
        split.addWidget(problems)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(
            self.tr("Confirm import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setEnabled(False)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.read_as)
        layout.addLayout(working)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

    # --- reading -------------------------------------------------------------------------

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Participants file"),
            "",
            self.tr("Registration lists (*.csv *.txt *.xlsx *.ods);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> Job:
        """Read and check the file in the background, with the file's own (or remembered)
        column mapping; the tables fill when it is done."""
        from meetingdesk.services.meetings import get_meeting

        self.zone = get_meeting(self.desk, self.meeting_id).time_zone
        self.path = Path(path)
        self.file_label.setText(str(path))
        self.decisions.decided = {}
        self.mapping.combos = []
        self.ignore_unknown.blockSignals(True)
        self.ignore_unknown.setChecked(False)
        self.ignore_unknown.blockSignals(False)
        return self._read(ImportChoices())

    def choices(self) -> ImportChoices:
        return ImportChoices(
            mapping=self.mapping.choices(),
            ignore_unknown=self.ignore_unknown.isChecked(),
            delegations=tuple(sorted(self.decisions.decided.items())),
        )

    def _reread(self) -> None:
        if self.path is not None:
            self._read(self.choices())

    def _read(self, choices: ImportChoices) -> Job:
        if self.job is not None and not self.job.done:
            self.job.cancel()
        desk, meeting_id, path = self.desk, self.meeting_id, self.path
        self.confirm.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop.show()
        self.summary.setText(self.tr("Reading the file…"))

        def work(control):
            return preview_import(
                desk,
                meeting_id,
                path,
                choices,
                cancel=lambda: control.cancelled,
                progress=control.report,
            )

        self.job = run_job(
            work,
            on_success=self._show,
            on_failure=self._failed,
            on_progress=self._progressed,
        )
        return self.job

    def cancel_reading(self) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel()
        self._idle()
        self.summary.setText(self.tr("Reading stopped: nothing was imported."))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _idle(self) -> None:
        self.progress.hide()
        self.stop.hide()

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        self.summary.setText(self.tr("The file cannot be read: %1").replace("%1", _one_line(exc)))
        self.confirm.setEnabled(False)
        self.previewed.emit()

    def _show(self, preview: ImportPreview) -> None:
        self._idle()
        self.preview = preview
        if preview.kind:
            how = preview.kind.upper() + (f", {preview.encoding}" if preview.encoding else "")
            self.read_as.setText(self.tr("Read as: %1").replace("%1", how))
        else:
            self.read_as.setText("")
        if preview.mapping is not None:
            self.mapping.blockSignals(True)
            self.mapping.fill(preview, preview.sample)
            self.mapping.blockSignals(False)
        fill_rows(self.table, preview, self.zone)
        self.decisions.fill(preview)
        fill_errors(self.errors, preview, self.zone)
        if preview.missing:
            names = ", ".join(f"{m.name} ({m.delegation_code})" for m in preview.missing[:20])
            self.missing.setText(
                self.tr(
                    "%n registered participant(s) are not in the file; nobody is removed: %1",
                    "",
                    len(preview.missing),
                ).replace("%1", names)
            )
        else:
            self.missing.setText("")
        said = [problems.say(n, self.zone) for n in notes(preview)]
        self.notes.setText("\n".join(said))
        self.notes.setVisible(bool(said))
        self._summarise(preview)
        self.confirm.setEnabled(preview.ok)
        if preview.mapping is not None and not preview.mapping.ok:
            self.tabs.setCurrentIndex(0)
        elif preview.rows:
            self.tabs.setCurrentIndex(1)
        self.previewed.emit()

    def _summarise(self, preview: ImportPreview) -> None:
        if preview.errors:
            text = self.tr(
                "%n problem(s) found: choose how the columns are read, decide the "
                "delegations, or fix the file and choose it again.",
                "",
                len(preview.errors),
            )
        elif not preview.rows:
            text = self.tr("The file has no participant rows.")
        elif not preview.ok:
            text = self.tr("Nothing to change: every row matches what is registered.")
        else:
            text = (
                self.tr("%n participant(s) to add", "", len(preview.added))
                + ", "
                + self.tr("%n to update", "", len(preview.updated))
                + ", "
                + self.tr("%n unchanged.", "", len(preview.unchanged))
            )
        self.summary.setText(text)

    # --- writing -------------------------------------------------------------------------

    def _confirm(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        preview, desk = self.preview, self.desk
        self.confirm.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setText(self.tr("Importing…"))
        self.job = run_job(
            lambda _control: apply_import(desk, preview),
            on_success=self._done,
            on_failure=self._refused,
        )

    def _done(self, people: list) -> None:
        self._idle()
        self.imported.emit(len(people))
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._idle()
        self.summary.setText(self.tr("Import refused: %1").replace("%1", _one_line(exc)))
        self.confirm.setEnabled(False)

    def reject(self) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel()
        super().reject()
