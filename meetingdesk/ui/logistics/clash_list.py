"""One list of every clash in the agenda; activating a line asks to show its session."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from meetingdesk.services.logistics.schedule import ClashWarning
from meetingdesk.ui import labels

SESSION_ROLE = Qt.ItemDataRole.UserRole


class ClashList(QListWidget):
    #: a session id the user wants to see
    sessionRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemActivated.connect(self._activated)
        self.clashes: list[ClashWarning] = []

    def set_clashes(self, clashes: Sequence[ClashWarning], zone: str) -> None:
        self.clear()
        self.clashes = list(clashes)
        if not clashes:
            item = QListWidgetItem(self.tr("No clashes in the agenda."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
            return
        for clash in clashes:
            item = QListWidgetItem(self.describe(clash, zone))
            item.setData(SESSION_ROLE, clash.session_ids[0])
            item.setToolTip(clash.message)
            self.addItem(item)

    def describe(self, clash: ClashWarning, zone: str) -> str:
        when = labels.local_time(clash.starts_at, zone)
        titles = clash.session_titles
        if clash.kind == "room":
            text = self.tr("%1: room %2 is booked twice (%3 and %4)")
            args = (when, clash.subject, titles[0], titles[1])
        elif clash.kind == "person":
            text = self.tr("%1: %2 is in two places at once (%3 and %4)")
            args = (when, clash.subject, titles[0], titles[1])
        elif clash.kind == "before_arrival":
            text = self.tr("%1: %2 has not arrived yet for %3")
            args = (when, clash.subject, titles[0])
        elif clash.kind == "after_departure":
            text = self.tr("%1: %2 has already left before %3 ends")
            args = (when, clash.subject, titles[0])
        else:
            text = self.tr("%1: %2 is outside the meeting's dates")
            args = (when, titles[0])
        for n, value in enumerate(args, start=1):
            text = text.replace(f"%{n}", value)
        return text

    def _activated(self, item: QListWidgetItem) -> None:
        session_id = item.data(SESSION_ROLE)
        if session_id is not None:
            self.sessionRequested.emit(int(session_id))
