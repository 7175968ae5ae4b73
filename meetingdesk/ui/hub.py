"""One hub that tells every view what changed (like Anki's OpChanges hook).

The hub also holds the window's context: the open Desk and the meeting on screen.
Replacing either is announced as a change of everything; a write announces only the
flags it touched, and each view reloads only when one of its flags is set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from meetingdesk.snapshots import EVERYTHING, Changes, MeetingSnap

if TYPE_CHECKING:  # the window is shown before the database layer is imported
    from meetingdesk.services.base import Desk


class Hub(QObject):
    """Shared signals of the window, declared in one place."""

    #: carries a meetingdesk.snapshots.Changes
    changed = Signal(object)
    #: the Desk was replaced (another database was opened)
    desk_replaced = Signal()
    #: a view asks to show a message in the status bar
    status_message = Signal(str)

    def __init__(self, desk: Desk | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._meeting: MeetingSnap | None = None

    @property
    def desk(self) -> Desk:
        """The open database (None only while the window's first database is opening)."""
        return self._desk  # type: ignore[return-value]

    @property
    def meeting(self) -> MeetingSnap | None:
        return self._meeting

    @property
    def meeting_id(self) -> int | None:
        return self._meeting.id if self._meeting else None

    def publish(self, changes: Changes) -> None:
        """Announce what a write touched."""
        self.changed.emit(changes)

    def set_meeting(self, meeting: MeetingSnap | None) -> None:
        """Show another meeting (or none): every view reloads."""
        self._meeting = meeting
        self.changed.emit(EVERYTHING)

    def replace_desk(self, desk: Desk, meeting: MeetingSnap | None) -> Desk | None:
        """Switch to another database; returns the old Desk (if any) for the caller to close."""
        old, self._desk = self._desk, desk
        self._meeting = meeting
        self.desk_replaced.emit()
        self.changed.emit(EVERYTHING)
        return old
