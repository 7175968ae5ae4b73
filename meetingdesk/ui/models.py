"""Qt table models over lists of snapshots, and a proxy for sorting and filtering.

A model holds the frozen snapshots a service returned, nothing else: no session, no
ORM object. Columns are described once (header, value getter, sort key), so each view
declares its table in a few lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from .qtnames import (
    ALIGN,
    ALIGN_LEFT,
    ALIGN_LEFT_TOP,
    ALIGN_RIGHT,
    ALIGN_RIGHT_TOP,
    CASE_INSENSITIVE,
    DISPLAY,
    HORIZONTAL,
    TOOLTIP,
    USER,
)

T = TypeVar("T")

SORT_ROLE = USER + 1
SNAP_ROLE = USER + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its (already translated) header, how to show it, how to sort it."""

    header: str
    value: Callable[[T], Any]
    sort_key: Callable[[T], Any] | None = None
    numeric: bool = False
    tooltip: bool = False


class SnapshotTableModel(QAbstractTableModel, Generic[T]):
    """Rows of snapshots; read-only."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        #: align cells to the top (for tables whose rows wrap to several lines)
        self.align_top = False

    # -- data in ------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    def snap(self, row: int) -> T:
        return self._rows[row]

    def row_where(self, predicate: Callable[[T], bool]) -> int:
        """The first row whose snapshot matches, or -1."""
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    # -- Qt interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        snap = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == DISPLAY:
            value = col.value(snap)
            return "" if value is None else str(value)
        if role == TOOLTIP and col.tooltip:
            value = col.value(snap)
            return str(value) if value else None
        if role == SORT_ROLE:
            return col.sort_key(snap) if col.sort_key else col.value(snap)
        if role == SNAP_ROLE:
            return snap
        if role == ALIGN:
            if self.align_top:
                return (ALIGN_RIGHT_TOP if col.numeric else ALIGN_LEFT_TOP).value
            return (ALIGN_RIGHT if col.numeric else ALIGN_LEFT).value
        return None

    def headerData(self, section: int, orientation: Any, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == HORIZONTAL and 0 <= section < len(self._columns):
            return self._columns[section].header
        if role == DISPLAY and orientation != HORIZONTAL:
            return str(section + 1)
        return None


class SnapshotFilterProxy(QSortFilterProxyModel):
    """Sorts by each column's Python sort key; filters on any column's shown text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(CASE_INSENSITIVE)

    def lessThan(self, left: Index, right: Index) -> bool:
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a).casefold() < str(b).casefold()

    def snap(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(SNAP_ROLE)
