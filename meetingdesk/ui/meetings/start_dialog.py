"""The first start: open the demo meeting, start a new meeting, open a database, or a server.

Shown only when no database was given and none was used before. The demo lives in its own
file (``demo.sqlite``), so trying it never puts the demo into a working database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.store.paths import default_sqlite_path, demo_url


@dataclass(frozen=True)
class StartChoice:
    kind: str  # "demo", "new" or "open"
    url: str


class StartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to MeetingDesk"))
        intro = QLabel(
            self.tr(
                "MeetingDesk keeps a ministerial meeting: agenda, delegations, the negotiated "
                "texts in English and Japanese, the annex actions. How do you want to start?"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.demo = QRadioButton(
            self.tr("Open the demo meeting (G7 ICT Ministers' Meeting, Takamatsu 2016)"), self
        )
        demo_note = QLabel(
            self.tr("The demo is kept in its own file: nothing of it enters your own work."),
            self,
        )
        self.new = QRadioButton(self.tr("Start a new meeting"), self)
        new_note = QLabel(
            self.tr("In a new database on this computer: {path}").format(
                path=str(default_sqlite_path())
            ),
            self,
        )
        self.open = QRadioButton(self.tr("Open a database file or a package…"), self)
        self.server = QRadioButton(self.tr("Connect to a team server…"), self)
        group = QButtonGroup(self)
        for button in (self.demo, self.new, self.open, self.server):
            group.addButton(button)
        self.demo.setChecked(True)
        for note in (demo_note, new_note):
            note.setIndent(24)
            note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.demo)
        layout.addWidget(demo_note)
        layout.addWidget(self.new)
        layout.addWidget(new_note)
        layout.addWidget(self.open)
        layout.addWidget(self.server)
        layout.addWidget(buttons)

    def choice(self) -> StartChoice | None:
        """The choice made (asking for the file or server for "open"); None: ask again."""
        if self.demo.isChecked():
            return StartChoice("demo", demo_url())
        if self.new.isChecked():
            return StartChoice("new", f"sqlite:///{default_sqlite_path()}")
        url = self._ask_server() if self.server.isChecked() else self._ask_file()
        return StartChoice("open", url) if url else None

    def _ask_file(self) -> str:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a database or a package"),
            str(Path.home()),
            self.tr("MeetingDesk databases and packages (*.sqlite *.db *.mdpkg);;All files (*)"),
        )
        return f"sqlite:///{Path(name).resolve()}" if name else ""

    def _ask_server(self) -> str:
        from .open_database import OpenDatabaseDialog

        url, accepted = OpenDatabaseDialog.get_url(self, "postgresql+psycopg://")
        return url if accepted else ""

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> StartChoice | None:
        """The person's choice, or None when they quit."""
        dialog = cls(parent)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            choice = dialog.choice()
            if choice is not None:
                return choice
        return None
