"""One text conflict side by side: base, the main database, this package (each with who
wrote it); resolved by keeping one side, an edited text, or both as bracketed alternatives
tagged with each side's delegation (as negotiators do)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.offline import Conflict, resolve_conflict
from meetingdesk.snapshots import ClauseSnap
from meetingdesk.text.merge3 import merge3
from meetingdesk.ui import theme
from meetingdesk.ui.labels import refusal


def _pane(text: str, parent: QWidget, read_only: bool = True) -> QPlainTextEdit:
    pane = QPlainTextEdit(parent)
    pane.setPlainText(text)
    pane.setReadOnly(read_only)
    return pane


class ConflictView(QDialog):
    """Shows one conflict; ``resolved`` holds the clause after a resolution."""

    def __init__(
        self, desk: Desk, conflict: Conflict, parent: QWidget | None = None, zone: str = "UTC"
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.zone = zone  # the meeting's: a refusal shows its times in it
        self.conflict = conflict
        self.resolved: ClauseSnap | None = None
        lang = self.tr("English") if conflict.lang == "en" else self.tr("Japanese")
        self.setWindowTitle(
            self.tr("Conflict in %1 (%2)").replace("%1", conflict.label).replace("%2", lang)
        )
        self.base = _pane(conflict.base, self)
        self.main = _pane(conflict.main_text, self)
        self.package = _pane(conflict.package_text, self)
        alternatives = merge3(conflict.base, conflict.ours, conflict.theirs).text_with_alternatives(
            *conflict.tags()
        )
        self.result = _pane(alternatives, self, read_only=False)
        self.main_label = QLabel(
            self._side(self.tr("Main database"), conflict.main_author, conflict.main_delegation),
            self,
        )
        self.package_label = QLabel(
            self._side(
                self.tr("This package"), conflict.package_author, conflict.package_delegation
            ),
            self,
        )
        for label in (self.main_label, self.package_label):
            label.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Base (when the package was taken)"), self), 0, 0)
        grid.addWidget(self.main_label, 0, 1)
        grid.addWidget(self.package_label, 0, 2)
        grid.addWidget(self.base, 1, 0)
        grid.addWidget(self.main, 1, 1)
        grid.addWidget(self.package, 1, 2)
        self.keep_main = QPushButton(self.tr("Keep the main database's text"), self)
        self.keep_package = QPushButton(self.tr("Keep this package's text"), self)
        self.alternatives = QPushButton(self.tr("Both as bracketed alternatives"), self)
        self.use_edit = QPushButton(self.tr("Use the edited text"), self)
        cancel = QPushButton(self.tr("Later"), self)
        self.keep_main.clicked.connect(lambda: self._resolve("main"))
        self.keep_package.clicked.connect(lambda: self._resolve("package"))
        self.alternatives.clicked.connect(lambda: self._resolve("alternatives"))
        self.use_edit.clicked.connect(lambda: self._resolve("edit"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.keep_main, self.keep_package, self.alternatives, self.use_edit):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_style("text_error"))
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Resolution (editable)"), self))
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(900, 420)

    def _side(self, name: str, author: str, delegation: str) -> str:
        """ "Main database — drafter.deu (DEU)": the side and who wrote it."""
        if author and delegation:
            who = self.tr("%1 (%2)").replace("%1", author).replace("%2", delegation)
        else:
            who = author or delegation
        return self.tr("%1 — %2").replace("%1", name).replace("%2", who) if who else name

    def _resolve(self, choice: str) -> None:
        text = self.result.toPlainText() if choice == "edit" else None
        try:
            self.resolved = resolve_conflict(
                self.desk, self.conflict.clause_uuid, self.conflict.lang, choice, text
            )
        except DeskError as exc:
            self.error.setText(refusal(exc, self.zone))
            self.error.show()
            return
        self.accept()
