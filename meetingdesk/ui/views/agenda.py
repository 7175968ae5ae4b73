"""Agenda: days › sessions › items in the meeting's time zone, reordered by drag and drop,
with clash warnings on the sessions where they occur and in one list below."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services import agenda, delegations, schedule
from meetingdesk.services.base import Desk
from meetingdesk.services.schedule import ClashWarning
from meetingdesk.snapshots import AgendaSessionSnap, Changes, MeetingSnap

from .. import labels
from ..dialogs.calendar_export import CalendarDialog, write_atomically
from ..hub import Hub
from ..jobs import Job, run_job
from ..logistics.agenda_editor import AgendaEditor
from ..logistics.clash_list import ClashList
from ..qtnames import VERTICAL
from .base import ViewBase, any_of
from .writer import one_line


@dataclass(frozen=True)
class AgendaData:
    sessions: tuple[AgendaSessionSnap, ...]
    clashes: tuple[ClashWarning, ...]


class AgendaView(ViewBase):
    #: the user asks for a PDF of this kind (the agenda)
    pdfRequested = Signal(str)

    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self.data: AgendaData | None = None
        self.zone_note = QLabel(self)
        self.pdf_button = QPushButton(self.tr("Agenda PDF…"), self)
        self.pdf_button.clicked.connect(lambda _checked=False: self.pdfRequested.emit("agenda"))
        self.export_button = QPushButton(self.tr("Export calendar (.ics)…"), self)
        self.export_button.clicked.connect(lambda _checked=False: self.export_calendar())
        self.editor = AgendaEditor(hub.desk, None, self)
        self.editor.tree.setToolTip(
            self.tr("Drag a session or an item to reorder; ⚠ marks a clash (see the list below)")
        )
        self.editor.agendaChanged.connect(lambda: self.hub.publish(Changes(agenda=True)))
        self.editor.errorOccurred.connect(self._refused)
        self.clash_title = QLabel(self)
        self.clash_list = ClashList(self)
        self.clash_list.sessionRequested.connect(self.select_session)

        top = QHBoxLayout()
        top.addWidget(self.zone_note, 1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.export_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.clash_title)
        lower_layout.addWidget(self.clash_list, 1)
        split = QSplitter(VERTICAL, self)
        split.addWidget(self.editor)
        split.addWidget(lower)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([600, 140])
        self.body.addLayout(top)
        self.body.addWidget(split, 1)

    def title(self) -> str:
        return self.tr("Agenda")

    def wants(self, changes: Changes) -> bool:
        return any_of(changes, "meeting", "agenda", "participants", "documents")

    @staticmethod
    def fetch(desk: Desk, meeting: MeetingSnap) -> AgendaData:
        return AgendaData(
            tuple(agenda.list_sessions(desk, meeting.id)),
            tuple(schedule.clashes(desk, meeting.id)),
        )

    def apply(self, data: AgendaData | None) -> None:
        self.data = data
        meeting = self.hub.meeting
        self.export_button.setEnabled(meeting is not None)
        if meeting is None:
            self.zone_note.setText("")
            self.editor.set_meeting(self.hub.desk, None)
            self.clash_list.set_clashes([], "UTC")
            self.clash_title.setText("")
            return
        self.zone_note.setText(
            self.tr("Times are shown in the meeting's time zone: {zone} ({offset}).").format(
                zone=meeting.time_zone,
                offset=labels.utc_offset(meeting.time_zone, meeting.start_date),
            )
        )
        # The tree reads its own rows (with the versions a drop needs) on the GUI thread.
        self.editor.set_meeting(self.hub.desk, meeting.id)
        tree = self.editor.tree
        for column in range(tree.columnCount() - 1):  # keep the warnings column in sight
            tree.setColumnWidth(column, min(tree.columnWidth(column), 320))
        clashes = data.clashes if data else ()
        self.clash_list.set_clashes(clashes, meeting.time_zone)
        self.clash_title.setText(self.tr("Clash warnings: %n", "", len(clashes)))

    def sessions(self) -> list[AgendaSessionSnap]:
        return list(self.editor.sessions)

    def select_session(self, session_id: int) -> None:
        row = self.editor.session_item(session_id)
        if row is not None:
            self.editor.tree.setCurrentItem(row)
            self.editor.tree.scrollToItem(row)

    def _refused(self, reason: str) -> None:
        QMessageBox.warning(self, self.tr("Not moved"), reason)
        self.hub.publish(Changes(agenda=True))

    # -- calendar -------------------------------------------------------------------------

    def export_calendar(self) -> None:
        meeting = self.hub.meeting
        if meeting is None:
            return
        listed = delegations.list_delegations(self.hub.desk, meeting.id)
        code, ok = CalendarDialog.get_delegation_code(self, listed)
        if not ok:
            return
        stem = meeting.short_name or "meeting"
        suggested = Path.home() / (f"{stem}-{code.lower()}.ics" if code else f"{stem}.ics")
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export calendar"),
            str(suggested),
            self.tr("iCalendar file (*.ics)"),
        )
        if name:
            self.export_calendar_to(Path(name), code)

    def export_calendar_to(self, out: Path, delegation_code: str = "") -> Job | None:
        """Build the .ics in the background, then write it atomically (GUI thread)."""
        meeting_id = self.hub.meeting_id
        if meeting_id is None:
            return None
        desk = self.hub.desk

        def written(data: bytes) -> None:
            try:
                write_atomically(out, data)
            except OSError as exc:
                self._export_failed(exc)
                return
            self.hub.status_message.emit(self.tr("Calendar written to {path}").format(path=out))

        return run_job(
            lambda _control: schedule.calendar_ics(desk, meeting_id, delegation_code or None),
            on_success=written,
            on_failure=self._export_failed,
        )

    def _export_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Calendar not written"), one_line(exc))
