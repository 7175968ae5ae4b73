"""The clauses of the document on screen, with filters by status, stale Japanese and
open brackets (and the table's own text filter), and deleted clauses on request: shown
greyed and struck through in their old place, so they can be found and restored."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.snapshots import ClauseSnap
from meetingdesk.ui import theme

from .. import labels
from ..models import SNAP_ROLE, Column
from ..widgets import SnapshotTable

EXCERPT = 90


def excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


class DeletedRowDelegate(QStyledItemDelegate):
    """Paints the rows of deleted clauses grey and struck through."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        snap = index.data(SNAP_ROLE)
        if snap is not None and snap.status == "deleted":
            option.font.setStrikeOut(True)
            option.font.setItalic(True)
            option.palette.setColor(QPalette.ColorRole.Text, theme.colour("text_muted"))
            # selected: the highlight's own text colour, softened (grey on blue is unreadable)
            option.palette.setColor(
                QPalette.ColorRole.HighlightedText, theme.colour("deleted_selected")
            )


#: the least width the clause list keeps for its English column (about six words): with the
#: panels beside it (their least width ~450 px) the page still fits a 1280 px window
TEXT_ROOM = 200
#: the Status column, and the most it takes before its text is cut (tooltip has it all)
STATUS_COLUMN = 2
STATUS_ROOM = 150


class ClauseList(QWidget):
    #: the selected clause (a ClauseSnap) or None
    clauseSelected = Signal(object)
    #: the "Show deleted" box was ticked (True) or cleared (False)
    showDeletedChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all: list[ClauseSnap] = []
        col = Column[ClauseSnap]
        self.table = SnapshotTable(
            [
                col(self.tr("No."), self._number, lambda c: c.position),
                col(self.tr("Kind"), lambda c: labels.clause_kind(c.kind)),
                col(self.tr("Status"), self._status, tooltip=True),
                col(
                    self.tr("[ ]"),
                    _bracket_counts,
                    lambda c: (c.open_brackets, c.open_brackets_ja),
                    numeric=True,
                ),
                col(self.tr("JA"), self._ja_mark),
                col(self.tr("English"), lambda c: excerpt(c.text_en), tooltip=True),
            ],
            stretch=(5,),
            parent=self,
        )
        self.table.view.setAccessibleName(self.tr("Clauses"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Show clauses of status"))
        self.status.addItem(self.tr("All statuses"), "")
        for code in ("draft", "bracketed", "ad_ref", "agreed"):
            self.status.addItem(labels.clause_status(code), code)
        self.stale = QCheckBox(self.tr("Stale translations"), self)
        self.brackets = QCheckBox(self.tr("Has open brackets"), self)
        for w in (self.stale, self.brackets):
            w.toggled.connect(lambda _on: self._apply())
        self.show_deleted = QCheckBox(self.tr("Show deleted"), self)
        self.show_deleted.setToolTip(
            self.tr("List deleted clauses too (struck through), so they can be restored")
        )
        self.show_deleted.toggled.connect(self._deleted_toggled)
        self.delegate = DeletedRowDelegate(self.table.view)
        self.table.view.setItemDelegate(self.delegate)
        self.status.currentIndexChanged.connect(lambda _i: self._apply())
        self.table.current_changed.connect(self.clauseSelected)
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.stale)
        filters.addWidget(self.brackets)
        filters.addWidget(self.show_deleted)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def _number(self, c: ClauseSnap) -> str:
        """Sub-paragraphs indented under their paragraph; a deleted clause that keeps its
        number within the round shows it ("8. [deleted]")."""
        if c.status == "deleted":
            return self.tr("{number} [deleted]").format(number=c.number) if c.number else "—"
        return "\u2003" * c.depth + c.number

    def _status(self, c: ClauseSnap) -> str:
        text = labels.clause_status(c.status)
        if c.ad_ref:
            text += " (" + ", ".join(c.ad_ref) + ")"
        return text

    def _ja_mark(self, c: ClauseSnap) -> str:
        if not c.text_ja:
            return self.tr("missing")
        return self.tr("stale") if c.ja_stale else ""

    def set_clauses(self, clauses: Sequence[ClauseSnap]) -> None:
        self.all = list(clauses)
        self._apply()

    def _apply(self) -> None:
        status = self.status.currentData()
        rows = [
            c
            for c in self.all
            if (self.show_deleted.isChecked() or c.status != "deleted")
            and (not status or c.status == status)
            and (not self.stale.isChecked() or c.ja_stale)
            and (not self.brackets.isChecked() or c.open_brackets or c.open_brackets_ja)
        ]
        self.table.set_rows(rows, keep=lambda c: c.id)
        self._keep_text_room()

    def _keep_text_room(self) -> None:
        """The English column stretches over what the short columns leave; the list is never
        narrower than those columns plus TEXT_ROOM, so a narrow pane cannot squeeze the text
        down to a few words (the splitter stops there instead)."""
        view = self.table.view
        header = view.horizontalHeader()
        # a long ad ref list ("Agreed ad ref (CAN, DEU, FRA, GBR, ITA)") is cut with "…"
        # (whole in the tooltip) rather than widening the page
        if header.sectionSize(STATUS_COLUMN) > STATUS_ROOM:
            header.resizeSection(STATUS_COLUMN, STATUS_ROOM)
        short = sum(header.sectionSize(i) for i in range(header.count() - 1))
        chrome = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        self.table.setMinimumWidth(short + TEXT_ROOM + chrome)

    def _deleted_toggled(self, on: bool) -> None:
        self._apply()
        self.showDeletedChanged.emit(on)

    def current(self) -> ClauseSnap | None:
        return self.table.current()

    def shown(self) -> list[ClauseSnap]:
        return self.table.rows()

    def select(self, clause_id: int) -> bool:
        if self.table.select_where(lambda c: c.id == clause_id):
            return True
        # hidden by a filter: clear the filters and try again
        self.status.setCurrentIndex(0)
        self.stale.setChecked(False)
        self.brackets.setChecked(False)
        self.table.filter.clear()
        return self.table.select_where(lambda c: c.id == clause_id)


def _bracket_counts(c: ClauseSnap) -> str:
    """Open brackets in English, and in Japanese when that count differs ("2 / 1")."""
    en, ja = c.open_brackets, c.open_brackets_ja
    if not en and not ja:
        return ""
    return str(en) if en == ja else f"{en} / {ja}"
