"""The action table: a Qt model over ActionSnap rows, a filtering proxy and the inline
editor delegate (status, target date, owner), which hands edits back to the view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate, QWidget

from meetingdesk.snapshots.actions import ACTION_STATUSES, ActionSnap
from meetingdesk.ui import labels, theme

Index = QModelIndex | QPersistentModelIndex
SNAP_ROLE = Qt.ItemDataRole.UserRole + 10
SORT_ROLE = Qt.ItemDataRole.UserRole + 11

COL_NUMBER, COL_TITLE, COL_OWNER, COL_PARTNERS, COL_IMPLEMENTS, COL_TARGET, COL_STATUS = range(7)
EDITABLE_COLUMNS = (COL_OWNER, COL_TARGET, COL_STATUS)


def status_text(status: str) -> str:
    names = {
        "proposed": QCoreApplication.translate("ActionPlanView", "proposed"),
        "agreed": QCoreApplication.translate("ActionPlanView", "agreed"),
        "in_progress": QCoreApplication.translate("ActionPlanView", "in progress"),
        "done": QCoreApplication.translate("ActionPlanView", "done"),
        "dropped": QCoreApplication.translate("ActionPlanView", "dropped"),
    }
    return names.get(status, status)


def _number_key(a: ActionSnap) -> tuple:
    return (a.document_id, a.position)


class ActionTableModel(QAbstractTableModel):
    """Rows of ActionSnap; owner, target date and status are editable in place."""

    def __init__(self, on_edit: Callable[[ActionSnap, dict], bool], parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ActionSnap] = []
        self._on_edit = on_edit
        #: why the login may not edit in place ("" when it may): cells then stay read-only
        #: and say why in their tooltip (ui.team.rights.why_not)
        self.refusal = ""
        self.headers = [
            QCoreApplication.translate("ActionPlanView", "No."),
            QCoreApplication.translate("ActionPlanView", "Title"),
            QCoreApplication.translate("ActionPlanView", "Owner"),
            QCoreApplication.translate("ActionPlanView", "Partners"),
            QCoreApplication.translate("ActionPlanView", "Implements"),
            QCoreApplication.translate("ActionPlanView", "Target date"),
            QCoreApplication.translate("ActionPlanView", "Status"),
        ]

    def set_rows(self, rows: list[ActionSnap]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def snap(self, row: int) -> ActionSnap:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Any, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def flags(self, index: Index):
        base = super().flags(index)
        if index.isValid() and index.column() in EDITABLE_COLUMNS and not self.refusal:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _display(self, a: ActionSnap, col: int) -> str:
        if col == COL_NUMBER:
            return a.number
        if col == COL_TITLE:  # in the interface's language (the detail shows both)
            return labels.local_text(a.title_en or a.text_en, a.title_ja or a.text_ja)
        if col == COL_OWNER:
            return a.owner_code
        if col == COL_PARTNERS:
            return ", ".join(a.partner_codes)
        if col == COL_IMPLEMENTS:
            refs = [x.ref if not x.deleted else f"{x.document_name}: †" for x in a.links]
            return "; ".join(refs)
        if col == COL_TARGET:
            return a.target_date.isoformat() if a.target_date else ""
        text = status_text(a.status)
        if a.overdue:
            text += " — " + QCoreApplication.translate("ActionPlanView", "overdue")
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, col)
        if role == Qt.ItemDataRole.EditRole:
            if col == COL_TARGET:
                return QDate(a.target_date) if a.target_date else QDate.currentDate()
            return a.status if col == COL_STATUS else a.owner_code
        if role == SNAP_ROLE:
            return a
        if role == SORT_ROLE:
            if col == COL_NUMBER:
                return _number_key(a)
            if col == COL_TARGET:
                return a.target_date or date.max
            if col == COL_STATUS:
                return ACTION_STATUSES.index(a.status)
            return self._display(a, col).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and a.overdue and col in (COL_TARGET, COL_STATUS):
            return QBrush(theme.colour("text_error"))
        if role == Qt.ItemDataRole.ToolTipRole and col in EDITABLE_COLUMNS and self.refusal:
            return self.refusal
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_IMPLEMENTS and a.has_deleted_link:
            return QCoreApplication.translate(
                "ActionPlanView", "A linked paragraph was deleted (†); the link is kept."
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        a = self._rows[index.row()]
        col = index.column()
        if col == COL_STATUS:
            fields = {"status": str(value)}
        elif col == COL_OWNER:
            fields = {"owner_code": str(value)}
        elif col == COL_TARGET:
            fields = {"target_date": value.toPython() if isinstance(value, QDate) else value}
        else:
            return False
        return self._on_edit(a, fields)


class ActionFilterProxy(QSortFilterProxyModel):
    """Filters by owner, status, overdue and linked paragraph; sorts by the sort role."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.owner = ""
        self.status = ""
        self.overdue_only = False
        self.linked_clause_id: int | None = None

    def set_filters(self, **values: Any) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9; invalidateFilter is deprecated
            self.beginFilterChange()
            for key, value in values.items():
                setattr(self, key, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            return
        for key, value in values.items():
            setattr(self, key, value)
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        a: ActionSnap = self.sourceModel().snap(row)
        if self.owner and a.owner_code != self.owner:
            return False
        if self.status and a.status != self.status:
            return False
        if self.overdue_only and not a.overdue:
            return False
        if self.linked_clause_id is not None:
            return any(x.clause_id == self.linked_clause_id for x in a.links)
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def snap(self, row: int) -> ActionSnap:
        return self.index(row, 0).data(SNAP_ROLE)


class ActionDelegate(QStyledItemDelegate):
    """A combo for status and owner, a calendar date edit for the target date."""

    def __init__(self, owners: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._owners = owners

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        col = index.column()
        if col == COL_STATUS:
            box = QComboBox(parent)
            for st in ACTION_STATUSES:
                box.addItem(status_text(st), st)
            return box
        if col == COL_OWNER:
            box = QComboBox(parent)
            for code in self._owners():
                box.addItem(code, code)
            return box
        if col == COL_TARGET:
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QDateEdit):
            editor.setDate(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date())
        else:
            super().setModelData(editor, model, index)
