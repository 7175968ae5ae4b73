"""Open database: a SQLite file on this computer or a team's PostgreSQL server.

The dialog only returns a URL; the main window opens it and keeps the old database
if that fails.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.store.paths import sqlite_url
from meetingdesk.ui import theme
from meetingdesk.ui.qtnames import OK, OK_CANCEL

PG_PREFIXES = ("postgresql://", "postgresql+psycopg://", "postgres://")


class OpenDatabaseDialog(QDialog):
    def __init__(self, current_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open database"))
        self.file_choice = QRadioButton(self.tr("A database file on this computer (SQLite)"), self)
        self.server_choice = QRadioButton(self.tr("A team server (PostgreSQL)"), self)
        group = QButtonGroup(self)
        group.addButton(self.file_choice)
        group.addButton(self.server_choice)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Database file"))
        self.path.setPlaceholderText(self.tr("Path of a .sqlite file (a new file is created)"))
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.clicked.connect(self._browse)
        self.server = QLineEdit(self)
        self.server.setAccessibleName(self.tr("Server address (URL)"))
        self.server.setPlaceholderText("postgresql+psycopg://user@host:5432/meetingdesk")
        hint = QLabel(
            self.tr(
                "The password is not stored: give it in the URL each time, or in the "
                "PGPASSWORD variable or a .pgpass file."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_style("text_error"))
        self.error.hide()

        grid = QGridLayout()
        grid.addWidget(self.file_choice, 0, 0, 1, 2)
        grid.addWidget(self.path, 1, 0)
        grid.addWidget(self.browse, 1, 1)
        grid.addWidget(self.server_choice, 2, 0, 1, 2)
        grid.addWidget(self.server, 3, 0, 1, 2)
        grid.addWidget(hint, 4, 0, 1, 2)
        self.buttons = QDialogButtonBox(OK_CANCEL, self)
        self.buttons.button(OK).setText(self.tr("Open"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.file_choice.toggled.connect(self._sync)
        if current_url.startswith(PG_PREFIXES):
            self.server_choice.setChecked(True)
        else:
            self.file_choice.setChecked(True)
        self._sync()
        self.resize(560, self.sizeHint().height())

    def _sync(self, *_args: object) -> None:
        on_file = self.file_choice.isChecked()
        self.path.setEnabled(on_file)
        self.browse.setEnabled(on_file)
        self.server.setEnabled(not on_file)

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a MeetingDesk database"),
            self.path.text() or str(Path.home()),
            self.tr(
                "MeetingDesk databases and packages (*.sqlite *.db *.mdpkg);;"
                "Offline packages (*.mdpkg);;All files (*)"
            ),
        )
        if name:
            self.path.setText(name)

    def url(self) -> str:
        """The chosen database as a URL ('' if nothing usable was given)."""
        if self.file_choice.isChecked():
            path = self.path.text().strip()
            return sqlite_url(Path(path).expanduser().resolve()) if path else ""
        return self.server.text().strip()

    def accept(self) -> None:
        url = self.url()
        problem = ""
        if not url:
            problem = self.tr("Give a file path or a server URL.")
        elif self.server_choice.isChecked() and not url.startswith(PG_PREFIXES):
            problem = self.tr("A server URL starts with postgresql+psycopg://")
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    @classmethod
    def get_url(cls, parent: QWidget | None, current_url: str = "") -> tuple[str, bool]:
        """Ask for a database; (url, True) or ('', False)."""
        dialog = cls(current_url, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.url() if accepted else ""), accepted
        finally:
            dialog.deleteLater()
