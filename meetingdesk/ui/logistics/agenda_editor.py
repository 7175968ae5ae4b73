"""The agenda as a tree (days › sessions › items), reordered by drag and drop.

A drop never moves tree rows by itself: it becomes move_session / move_item with the
version the user saw, and the tree is rebuilt from the service's answer. Sessions with a
clash carry a warning in the last column.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.logistics import agenda as agenda_service
from meetingdesk.services.logistics.schedule import clashes
from meetingdesk.services.meetings import get_meeting
from meetingdesk.snapshots import AgendaItemSnap, AgendaSessionSnap
from meetingdesk.ui import labels
from meetingdesk.ui.labels import refusal

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Indicator = QAbstractItemView.DropIndicatorPosition


#: the most each title column takes (at 1280 px the Warnings column lay off the edge)
TITLE_MOST = 260


class AgendaTree(QTreeWidget):
    def __init__(self, editor: AgendaEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event) -> None:
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        indicator = self.dropIndicatorPosition()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.ignore()  # the service moves it; the tree is rebuilt afterwards
        if dragged is not None and target is not None:
            # Rebuild after Qt has finished with the drag, not inside its event.
            QTimer.singleShot(0, lambda: self.editor.handle_drop(dragged, target, indicator))


class AgendaEditor(QWidget):
    #: the agenda was changed through a service
    agendaChanged = Signal()
    #: a readable reason a move was refused
    errorOccurred = Signal(str)
    #: the user wants to edit this session id
    sessionRequested = Signal(int)
    #: the user wants to edit this agenda item id
    itemRequested = Signal(int)

    def __init__(self, desk: Desk, meeting_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.meeting_id = meeting_id
        self.zone = "UTC"
        self.sessions: list[AgendaSessionSnap] = []
        self.tree = AgendaTree(self)
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.tree.setHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Title"),
                self.tr("Title (Japanese)"),
                self.tr("Room"),
                self.tr("Chair"),
                self.tr("Warnings"),
            ]
        )
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        if meeting_id is not None:
            self.reload()

    def set_meeting(self, desk: Desk, meeting_id: int | None) -> None:
        self.desk, self.meeting_id = desk, meeting_id
        self.reload()

    # --- building the tree ------------------------------------------------------------------

    def reload(self) -> None:
        self.tree.clear()
        if self.meeting_id is None:
            self.sessions = []
            return
        self.zone = get_meeting(self.desk, self.meeting_id).time_zone
        self.sessions = agenda_service.list_sessions(self.desk, self.meeting_id)
        warnings: dict[int, list[str]] = {}
        for clash in clashes(self.desk, self.meeting_id):
            for sid in clash.session_ids:
                warnings.setdefault(sid, []).append(clash.message)
        days: dict[object, QTreeWidgetItem] = {}
        for x in self.sessions:
            day = agenda_service.session_day(x, self.zone)
            if day not in days:
                head = QTreeWidgetItem([labels.long_date(day)])
                head.setData(0, KIND_ROLE, "day")
                head.setData(0, ID_ROLE, day.isoformat())
                head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
                self.tree.addTopLevelItem(head)
                days[day] = head
            days[day].addChild(self._session_row(x, warnings.get(x.id, [])))
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        for column in (1, 2):  # long titles are cut with "…" so that Warnings stays in view
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), TITLE_MOST))

    def _session_row(self, x: AgendaSessionSnap, warnings: list[str]) -> QTreeWidgetItem:
        when = (
            f"{labels.local_time(x.starts_at, self.zone, '%H:%M')}–"
            f"{labels.local_time(x.ends_at, self.zone, '%H:%M')}"
        )
        row = QTreeWidgetItem(
            [when, x.title_en, x.title_ja, x.room_name, x.chair_name, "⚠" if warnings else ""]
        )
        row.setToolTip(1, labels.session_kind(x.kind))
        if warnings:
            row.setToolTip(5, "\n".join(warnings))
        row.setData(0, KIND_ROLE, "session")
        row.setData(0, ID_ROLE, x.id)
        row.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        for it in x.items:
            row.addChild(self._item_row(it))
        return row

    def _item_row(self, it: AgendaItemSnap) -> QTreeWidgetItem:
        title = it.title_en + (f"  [{it.document_name}]" if it.document_name else "")
        row = QTreeWidgetItem([f"{it.number}.", title, it.title_ja])
        row.setData(0, KIND_ROLE, "item")
        row.setData(0, ID_ROLE, it.id)
        row.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        return row

    def session_item(self, session_id: int) -> QTreeWidgetItem | None:
        for d in range(self.tree.topLevelItemCount()):
            day = self.tree.topLevelItem(d)
            for i in range(day.childCount()):
                if day.child(i).data(0, ID_ROLE) == session_id:
                    return day.child(i)
        return None

    def entry_item(self, kind: str, entry_id: int) -> QTreeWidgetItem | None:
        """The row of a session or an item, by kind ("session" / "item") and id."""
        for d in range(self.tree.topLevelItemCount()):
            day = self.tree.topLevelItem(d)
            for i in range(day.childCount()):
                row = day.child(i)
                if kind == "session" and row.data(0, ID_ROLE) == entry_id:
                    return row
                for j in range(row.childCount() if kind == "item" else 0):
                    if row.child(j).data(0, ID_ROLE) == entry_id:
                        return row.child(j)
        return None

    def current_entry(self) -> tuple[str, int] | None:
        """("session" | "item", id) of the selected row, or None (nothing, or a day)."""
        row = self.tree.currentItem()
        if row is None or row.data(0, KIND_ROLE) not in ("session", "item"):
            return None
        return str(row.data(0, KIND_ROLE)), int(row.data(0, ID_ROLE))

    def _double_clicked(self, row: QTreeWidgetItem, _column: int) -> None:
        if row.data(0, KIND_ROLE) == "session":
            self.sessionRequested.emit(int(row.data(0, ID_ROLE)))
        elif row.data(0, KIND_ROLE) == "item":
            self.itemRequested.emit(int(row.data(0, ID_ROLE)))

    # --- moves ------------------------------------------------------------------------------

    def handle_drop(
        self, dragged: QTreeWidgetItem, target: QTreeWidgetItem | None, indicator
    ) -> bool:
        """Turn a drop into a service move; True when something was saved."""
        kind = dragged.data(0, KIND_ROLE)
        if target is None or kind not in ("session", "item"):
            return False
        try:
            if kind == "session":
                return self._drop_session(dragged, target, indicator)
            return self._drop_item(dragged, target, indicator)
        except DeskError as exc:
            self.errorOccurred.emit(refusal(exc, self.zone))
            self.reload()
            return False

    def _drop_session(self, dragged, target, indicator) -> bool:
        day = dragged.parent()
        if target.data(0, KIND_ROLE) == "item":
            target, indicator = target.parent(), Indicator.OnItem
        if target is day:
            index = day.childCount() - 1
        elif target.data(0, KIND_ROLE) == "session" and target.parent() is day:
            index = day.indexOfChild(target)
            old = day.indexOfChild(dragged)
            if indicator == Indicator.BelowItem:
                index += 1
            if index > old:
                index -= 1
        else:
            self.errorOccurred.emit(
                self.tr(
                    "A session moves within its day; change its date to move it to another day."
                )
            )
            return False
        return self.move_session(int(dragged.data(0, ID_ROLE)), index)

    def _drop_item(self, dragged, target, indicator) -> bool:
        if target.data(0, KIND_ROLE) == "session":
            session, index = target, target.childCount()
            if session is dragged.parent():
                index -= 1
        elif target.data(0, KIND_ROLE) == "item":
            session = target.parent()
            index = session.indexOfChild(target)
            if indicator == Indicator.BelowItem:
                index += 1
            if session is dragged.parent() and index > session.indexOfChild(dragged):
                index -= 1
        else:
            return False
        return self.move_item(int(dragged.data(0, ID_ROLE)), int(session.data(0, ID_ROLE)), index)

    def _session(self, session_id: int) -> AgendaSessionSnap:
        return next(x for x in self.sessions if x.id == session_id)

    def move_session(self, session_id: int, to_index: int) -> bool:
        agenda_service.move_session(
            self.desk,
            session_id,
            to_index=max(to_index, 0),
            expected_version=self._session(session_id).row_version,
        )
        self.reload()
        self.agendaChanged.emit()
        return True

    def move_item(self, item_id: int, session_id: int, to_index: int) -> bool:
        item = next(i for x in self.sessions for i in x.items if i.id == item_id)
        agenda_service.move_item(
            self.desk,
            item_id,
            to_index=max(to_index, 0),
            to_session_id=session_id,
            expected_version=item.row_version,
        )
        self.reload()
        self.agendaChanged.emit()
        return True
