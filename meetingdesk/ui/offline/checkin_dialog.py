"""Check in…: merge a package and show what happened — taken, merged, conflicts — with a
conflict view for each open text conflict."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.offline import Conflict, MergeReport, checkin
from meetingdesk.ui.labels import refusal

from .conflict_view import ConflictView

ROLE = Qt.ItemDataRole.UserRole
RESOLVED_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckinDialog(QDialog):
    """Shows the report of a check-in of ``path``; runs the check-in itself when no report
    is given (the window runs it in the background and passes the report)."""

    def __init__(
        self,
        desk: Desk,
        path: Path,
        parent: QWidget | None = None,
        report: MergeReport | None = None,
        zone: str = "UTC",
    ) -> None:
        super().__init__(parent)
        self.zone = zone  # the meeting's: refusals show their times in it
        self.setWindowTitle(self.tr("Check in %1").replace("%1", Path(path).name))
        self.desk = desk
        self.report: MergeReport | None = None
        self.error: str = ""
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Clause"), self.tr("Language"), self.tr("What")])
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.open_conflict(item))
        self.resolve = QPushButton(self.tr("Resolve…"), self)
        self.resolve.clicked.connect(self.resolve_next)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        layout.addWidget(self.resolve)
        layout.addWidget(buttons)
        self.resize(640, 420)
        if report is not None:
            self.report = report
            self._fill(report)
            return
        try:
            self.report = checkin(desk, Path(path))
        except DeskError as exc:
            self.error = refusal(exc, zone)
            self.summary.setText(self.tr("Nothing was changed: %1").replace("%1", self.error))
            self.resolve.setEnabled(False)
            return
        self._fill(self.report)

    def _fill(self, report: MergeReport) -> None:
        # "name: count" reads right for any count, in English and Japanese alike.
        self.summary.setText(
            self.tr(
                "Taken: {taken} · merged: {merged} · conflicts: {conflicts} · "
                "new clauses: {new} · versions copied: {copied}"
            ).format(
                taken=len(report.taken),
                merged=len(report.merged),
                conflicts=len(report.conflicts),
                new=report.new_clauses,
                copied=report.versions_copied,
            )
        )
        groups = (
            (self.tr("Taken"), report.taken, self.tr("changed on one side only")),
            (self.tr("Merged"), report.merged, self.tr("both sides merged")),
        )
        for title, changes, what in groups:
            top = QTreeWidgetItem(self.tree, [f"{title} ({len(changes)})"])
            for c in changes:
                QTreeWidgetItem(top, [c.label, c.lang, what])
        top = QTreeWidgetItem(
            self.tree, [self.tr("Conflicts (%1)").replace("%1", str(len(report.conflicts)))]
        )
        self.conflict_items: list[QTreeWidgetItem] = []
        kinds = {
            "text": self.tr("text overlaps"),
            "status": self.tr("status changed on both sides"),
            "move": self.tr("moved on both sides"),
            "row": self.tr("changed on both sides"),
        }
        for c in report.conflicts:
            what = kinds.get(c.kind, c.kind)
            if c.kind == "text":
                # Who wrote each side, as the conflict view names them.
                what = (
                    self.tr("%1 — main database: %2 · this package: %3")
                    .replace("%1", what)
                    .replace("%2", self._who(c.main_author, c.main_delegation))
                    .replace("%3", self._who(c.package_author, c.package_delegation))
                )
            item = QTreeWidgetItem(top, [c.label, c.lang, what])
            item.setData(0, ROLE, c)
            self.conflict_items.append(item)
        self.tree.expandAll()
        self._update_resolve()

    def _who(self, author: str, delegation: str) -> str:
        if author and delegation:
            return self.tr("%1 (%2)").replace("%1", author).replace("%2", delegation)
        return author or delegation or self.tr("unknown")

    def _open_items(self) -> list[QTreeWidgetItem]:
        """Text conflicts not yet resolved in this dialog."""
        return [
            i
            for i in getattr(self, "conflict_items", [])
            if i.data(0, ROLE).kind == "text" and not i.data(0, RESOLVED_ROLE)
        ]

    def _update_resolve(self) -> None:
        left = len(self._open_items())
        self.resolve.setEnabled(left > 0)
        self.resolve.setText(
            self.tr("Resolve… ({count} left)").format(count=left) if left else self.tr("Resolve…")
        )

    def resolve_next(self) -> ConflictView | None:
        """The selected conflict, else the first one still open: the button always acts."""
        current = self.tree.currentItem()
        if current is None or current not in self._open_items():
            open_items = self._open_items()
            if not open_items:
                return None
            current = open_items[0]
            self.tree.setCurrentItem(current)
        return self.open_conflict(current)

    def _resolved(self, item: QTreeWidgetItem) -> None:
        item.setText(2, self.tr("resolved"))
        item.setData(0, RESOLVED_ROLE, True)
        self._update_resolve()

    def open_conflict(self, item: QTreeWidgetItem | None) -> ConflictView | None:
        """Open the conflict view for a text conflict row; returns the (shown) view."""
        conflict: Conflict | None = item.data(0, ROLE) if item is not None else None
        if conflict is None or conflict.kind != "text":
            return None
        view = ConflictView(self.desk, conflict, self, self.zone)
        view.accepted.connect(lambda: self._resolved(item))
        view.open()
        return view
