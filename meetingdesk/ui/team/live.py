"""Live views: what others commit reaches every view of this window within about 2 s.

A ChangeWatcher (meetingdesk.store.watch) is polled from a GUI-thread timer every half
second, and at once when the PostgreSQL socket has a notification. Each committed audit
event becomes the hub's Changes flags of its area, so views reload exactly as they do after
the window's own writes; an editor with unsaved text keeps it (see ClauseEditor).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from meetingdesk.snapshots import EVERYTHING, Changes
from meetingdesk.store.watch import RESYNC, Change, ChangeWatcher

from ..hub import Hub

POLL_MS = 500

_BY_AREA = {
    "clause": lambda c: Changes(documents=True, clauses=(c.entity_uuid,)),
    "comment": lambda c: Changes(documents=True, clauses=(c.entity_uuid,)),
    "proposal": lambda c: Changes(documents=True, clauses=(c.entity_uuid,)),
    "document": lambda _c: Changes(documents=True, revisions=True),
    "revision": lambda _c: Changes(documents=True, revisions=True),
    "delegation": lambda _c: Changes(delegations=True, participants=True),
    "participant": lambda _c: Changes(participants=True, delegations=True),
    "agenda": lambda _c: Changes(agenda=True),
    "room": lambda _c: Changes(agenda=True),
    "meeting": lambda _c: Changes(meeting=True),
    "action": lambda _c: Changes(actions=True, documents=True),
}


def changes_of(events: list[Change]) -> Changes:
    """The hub flags for a batch of committed events (unknown kinds refresh everything)."""
    out = Changes()
    for event in events:
        if event is RESYNC or event.event_id == 0:
            return EVERYTHING
        area = event.action.split(".", 1)[0]
        make = _BY_AREA.get(area)
        if make is None:
            return EVERYTHING
        out = out | make(event)
    return out


class LiveRefresher(QObject):
    """Polls the database for others' commits and announces them on the hub."""

    #: the events of one poll (list of meetingdesk.store.watch.Change), after the hub's
    #: views were told; the editor uses them to say who changed its clause, and when
    arrived = Signal(object)

    def __init__(self, hub: Hub, parent: QObject | None = None):
        super().__init__(parent)
        self.hub = hub
        self._watcher: ChangeWatcher | None = None
        self._notifier: QSocketNotifier | None = None
        self.last: list[Change] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        hub.desk_replaced.connect(self.restart)
        self.restart()

    def restart(self) -> None:
        """Watch the hub's current database (called when another one is opened)."""
        self.stop()
        try:
            self._watcher = ChangeWatcher(self.hub.desk.url, self.hub.desk.password)
        except Exception:  # noqa: BLE001 - no live views is better than no window
            self._watcher = None
            return
        fd = self._watcher.fileno()
        if fd is not None:
            self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.poll)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None

    def poll(self) -> list[Change]:
        if self._watcher is None:
            return []
        own = self.hub.desk.own_events
        events = [e for e in self._watcher.poll() if e.event_id not in own]
        if not events:  # nothing, or only this window's own writes (already announced)
            return []
        self.last = events
        self.hub.publish(changes_of(events))
        self.arrived.emit(events)
        return events
