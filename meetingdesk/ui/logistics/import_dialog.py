"""Import participants: choose a file, read the preview and every bad row, then confirm.

Confirm stays disabled while the preview has any problem; nothing is written before it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.logistics.participants_import import (
    COLUMNS,
    ImportPreview,
    apply_import,
    preview_import,
)
from meetingdesk.ui import labels


class ImportDialog(QDialog):
    #: emitted with the number of participants imported
    imported = Signal(int)

    def __init__(self, desk: Desk, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.meeting_id = meeting_id
        self.preview: ImportPreview | None = None
        self.zone = "UTC"
        self.setWindowTitle(self.tr("Import participants"))
        self.resize(900, 560)
        self.file_label = QLabel(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        self.summary = QLabel()
        self.table = QTableWidget(0, len(COLUMNS) + 1)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), *self._column_titles()])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.errors = QTableWidget(0, 3)
        self.errors.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Field"), self.tr("Problem")]
        )
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(
            self.tr("Confirm import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setEnabled(False)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Rows to import")))
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(self.tr("Problems (nothing is imported while there are any)")))
        layout.addWidget(self.errors, 2)
        layout.addWidget(self.buttons)

    def _column_titles(self) -> list[str]:
        return [
            self.tr("Family name"),
            self.tr("Given name"),
            self.tr("Family name (JA)"),
            self.tr("Given name (JA)"),
            self.tr("Reading"),
            self.tr("Title"),
            self.tr("Delegation"),
            self.tr("Role"),
            self.tr("Position (EN)"),
            self.tr("Position (JA)"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Arrival"),
            self.tr("Departure"),
            self.tr("Accreditation"),
            self.tr("Badge"),
        ]

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Participants file"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> ImportPreview:
        """Read and check the file; fill the tables; Confirm only when clean."""
        from meetingdesk.services.meetings import get_meeting

        self.zone = get_meeting(self.desk, self.meeting_id).time_zone
        self.file_label.setText(str(path))
        self.preview = preview_import(self.desk, self.meeting_id, path)
        self._fill()
        return self.preview

    def _fill(self) -> None:
        preview = self.preview
        assert preview is not None
        self.table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            values = dict(row.values)
            cells = [str(row.row)]
            for key in COLUMNS:
                if key == "delegation":
                    cells.append(row.delegation_code)
                elif key in ("arrival", "departure"):
                    cells.append(labels.local_time(values.get(key), self.zone))
                elif key == "role":
                    cells.append(labels.role(str(values.get(key, ""))))
                else:
                    cells.append(str(values.get(key, "")))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.errors.setRowCount(len(preview.errors))
        for r, err in enumerate(preview.errors):
            where = self.tr("file") if err.row == 0 else str(err.row)
            for c, text in enumerate((where, err.field, err.reason)):
                self.errors.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if preview.errors:
            self.summary.setText(
                self.tr(
                    "%n problem(s) found: fix the file and choose it again.",
                    "",
                    len(preview.errors),
                )
            )
        elif not preview.rows:
            self.summary.setText(self.tr("The file has no participant rows."))
        else:
            self.summary.setText(
                self.tr("%n participant(s) ready to import.", "", len(preview.rows))
            )
        self.confirm.setEnabled(preview.ok)

    def _confirm(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        try:
            done = apply_import(self.desk, self.preview)
        except DeskError as exc:
            self.summary.setText(self.tr("Import refused: %1").replace("%1", str(exc)))
            self.confirm.setEnabled(False)
            return
        self.imported.emit(len(done))
        self.accept()
