"""What every view shares: reload on the hub's changes, reads in the background.

A view declares which Changes flags concern it (wants), how to read its data through
services (fetch: a static function run on a worker, no widget access) and how to show
it (apply: on the GUI thread). A hidden view only marks itself stale and reloads when
it is shown, so one write does not reload five views.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from meetingdesk.snapshots import Changes, MeetingSnap
from meetingdesk.ui.hub import Hub
from meetingdesk.ui.jobs import Job, run_job
from meetingdesk.ui.labels import refusal

if TYPE_CHECKING:  # the window is shown before the database layer is imported
    from meetingdesk.services.base import Desk


class ViewBase(QWidget):
    """One page of the main window."""

    #: the view shows fresh data (emitted after each load)
    loaded = Signal()
    #: loading failed; carries the one-line reason
    failed = Signal(str)

    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.stale = True
        self.load_count = 0
        self._generation = 0
        self._job: Job | None = None

        self.heading = QLabel(self.title(), self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addLayout(self.body, 1)
        hub.changed.connect(self._on_changed)

    # -- what subclasses provide ----------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def wants(self, changes: Changes) -> bool:
        raise NotImplementedError

    @staticmethod
    def fetch(desk: Desk, meeting: MeetingSnap) -> Any:
        """Read through services (worker thread: no widgets, no self)."""
        raise NotImplementedError

    def apply(self, data: Any) -> None:
        """Show data (GUI thread); data is None when the database has no meeting."""
        raise NotImplementedError

    # -- loading --------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._job is not None and not self._job.done

    def _on_changed(self, changes: Changes) -> None:
        if not self.wants(changes):
            return
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        """Read again now (in the background); loaded is emitted when shown."""
        self.stale = False
        self._generation += 1
        if self._job is not None and not self._job.done:
            self._job.cancel()
        meeting = self.hub.meeting
        if meeting is None:
            self._finish(self._generation, None)
            return
        desk = self.hub.desk
        fetch = type(self).fetch
        self._job = run_job(
            lambda _control: fetch(desk, meeting),
            on_success=partial(self._finish, self._generation),
            on_failure=partial(self._fail, self._generation),
        )

    def _finish(self, generation: int, data: Any) -> None:
        if generation != self._generation:
            return  # an older read finished after a newer one started
        self.apply(data)
        if data is None:
            self.show_notice(
                QCoreApplication.translate(
                    "ViewBase",
                    "This database has no meeting yet. Use File → New meeting… to create one.",
                )
            )
        else:
            self.show_notice("")
        self.load_count += 1
        self.loaded.emit()

    def _fail(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        zone = self.hub.meeting.time_zone if self.hub.meeting is not None else "UTC"
        shown = refusal(exc, zone).strip() if getattr(exc, "code", "") else str(exc).strip()
        reason = shown.splitlines()[0] if shown else type(exc).__name__
        self.show_notice(
            QCoreApplication.translate("ViewBase", "Could not read this view: {reason}").format(
                reason=reason
            )
        )
        self.failed.emit(reason)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))


def any_of(changes: Changes, *flags: str) -> bool:
    """True when one of the named Changes flags is set (or clauses, for 'clauses')."""
    return any(bool(getattr(changes, f)) for f in flags)
