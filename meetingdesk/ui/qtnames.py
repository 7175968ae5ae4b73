"""Short names for the Qt enums this package uses, kept in one place."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHeaderView, QMessageBox

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
USER = Qt.ItemDataRole.UserRole

HORIZONTAL = Qt.Orientation.Horizontal
VERTICAL = Qt.Orientation.Vertical

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_LEFT_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
ALIGN_RIGHT_TOP = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop

ASCENDING = Qt.SortOrder.AscendingOrder
CASE_INSENSITIVE = Qt.CaseSensitivity.CaseInsensitive
QUEUED = Qt.ConnectionType.QueuedConnection

SELECT_ROWS = QAbstractItemView.SelectionBehavior.SelectRows
SINGLE_SELECTION = QAbstractItemView.SelectionMode.SingleSelection
NO_EDIT = QAbstractItemView.EditTrigger.NoEditTriggers
SELECT_CURRENT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)

STRETCH = QHeaderView.ResizeMode.Stretch
FIT_CONTENTS = QHeaderView.ResizeMode.ResizeToContents
INTERACTIVE = QHeaderView.ResizeMode.Interactive

OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
OK = QDialogButtonBox.StandardButton.Ok
MSG_OK = QMessageBox.StandardButton.Ok
