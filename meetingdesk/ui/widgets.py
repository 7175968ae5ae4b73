"""Small reusable widgets: a filterable, sortable table of snapshots."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from .models import Column, SnapshotFilterProxy, SnapshotTableModel
from .qtnames import (
    ASCENDING,
    INTERACTIVE,
    NO_EDIT,
    SELECT_CURRENT_ROW,
    SELECT_ROWS,
    SINGLE_SELECTION,
    STRETCH,
)


class SnapshotTable(QWidget):
    """A table over snapshots with a filter box; emits the selected snapshot (or None)."""

    current_changed = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column[Any]],
        *,
        stretch: Sequence[int] = (),
        wrap: bool = False,
        filter_box: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = SnapshotTableModel(columns, self)
        self.proxy = SnapshotFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._wrap = wrap

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, ASCENDING)  # keep the service's order until asked
        self.view.setSelectionBehavior(SELECT_ROWS)
        # rows are read, never edited in place: Tab leaves the table instead of walking its
        # cells (a keyboard user was kept in the clause list however often Tab was pressed)
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionMode(SINGLE_SELECTION)
        self.view.setEditTriggers(NO_EDIT)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(wrap)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        for i in range(len(columns)):
            header.setSectionResizeMode(i, STRETCH if i in stretch else INTERACTIVE)
        if not stretch:
            header.setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setAccessibleName(self.tr("Filter the rows"))
        self.view.setAccessibleName(self.tr("Table"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.count = QLabel(self)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if filter_box:
            layout.addLayout(top)
        else:
            self.filter.hide()
            self.count.hide()
        layout.addWidget(self.view, 1)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        if wrap:
            # Wrapped rows need their height again whenever a column's width changes;
            # coalesce the many resize signals of one window resize into one pass.
            self.model.align_top = True
            self._fit_rows = QTimer(self)
            self._fit_rows.setSingleShot(True)
            self._fit_rows.setInterval(0)
            self._fit_rows.timeout.connect(self.view.resizeRowsToContents)
            header.sectionResized.connect(lambda *_a: self._fit_rows.start())
            self.proxy.layoutChanged.connect(lambda *_a: self._fit_rows.start())

    def set_rows(
        self,
        rows: Sequence[Any],
        keep: Callable[[Any], Any] | None = None,
        select_first: bool = False,
    ) -> None:
        """Replace the rows; with keep (an identity getter) the selection survives.

        select_first: select the first row when nothing (still) is selected, so a
        detail pane below the table is never blank without reason.
        """
        selected = self.current()
        key = keep(selected) if keep is not None and selected is not None else None
        self.model.set_rows(rows)
        header = self.view.horizontalHeader()
        for i in range(self.model.columnCount()):
            if header.sectionResizeMode(i) == INTERACTIVE:
                self.view.resizeColumnToContents(i)
                if self.view.columnWidth(i) > 360:
                    self.view.setColumnWidth(i, 360)
        if self._wrap:
            self.view.resizeRowsToContents()
        kept = key is not None and keep is not None and self.select_where(lambda s: keep(s) == key)
        if not kept:
            if select_first and self.proxy.rowCount():
                self.select_row(0)
            else:
                self.current_changed.emit(None)
        self._update_count()

    def rows(self) -> list[Any]:
        """The snapshots as shown (after sorting and filtering)."""
        return [self.proxy.snap(r) for r in range(self.proxy.rowCount())]

    def current(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.snap(rows[0].row()) if rows else None

    def select_row(self, proxy_row: int) -> None:
        index = self.proxy.index(proxy_row, 0)
        self.view.selectionModel().select(index, SELECT_CURRENT_ROW)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        for r in range(self.proxy.rowCount()):
            if predicate(self.proxy.snap(r)):
                self.select_row(r)
                return True
        self.current_changed.emit(None)
        return False

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.current_changed.emit(self.current())

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("%n row(s)", "", total))
        else:
            self.count.setText(self.tr("{shown} of {total}").format(shown=shown, total=total))
