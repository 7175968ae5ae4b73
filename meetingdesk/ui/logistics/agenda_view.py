"""Agenda: days › sessions › items in the meeting's time zone, reordered by drag and drop,
added and edited through dialogs, with clash warnings on the sessions where they occur
and in one list below.

Every edit is a service call with the version the user saw (run_write): a stale edit is
refused as a conflict, shown, and the page reloads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services import team
from meetingdesk.services.base import Desk
from meetingdesk.services.drafting import documents
from meetingdesk.services.logistics import agenda, delegations, schedule
from meetingdesk.services.logistics.schedule import ClashWarning
from meetingdesk.snapshots import AgendaItemSnap, AgendaSessionSnap, Changes, MeetingSnap
from meetingdesk.ui import labels
from meetingdesk.ui.hub import Hub
from meetingdesk.ui.jobs import Job, run_job
from meetingdesk.ui.logistics.calendar_export import PERSON, CalendarDialog
from meetingdesk.ui.qtnames import VERTICAL
from meetingdesk.ui.view_base import ViewBase, any_of
from meetingdesk.ui.view_writer import one_line, run_write

from ..logistics.agenda_editor import AgendaEditor
from ..logistics.clash_list import ClashList
from ..logistics.item_dialog import ItemDialog
from ..logistics.session_dialog import SessionDialog
from ..team.rights import gate, why_not

NO_DRAG = QAbstractItemView.DragDropMode.NoDragDrop
INTERNAL_MOVE = QAbstractItemView.DragDropMode.InternalMove

AGENDA = Changes(agenda=True)


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
        self._drag_tip = self.tr(
            "Drag a session or an item to reorder; ⚠ marks a clash (see the list below)"
        )
        self.editor.tree.setToolTip(self._drag_tip)
        self.editor.agendaChanged.connect(lambda: self.hub.publish(AGENDA))
        self.editor.errorOccurred.connect(self._refused)
        # a double-click edits, as the (gated) Edit button does, when the role may
        self.editor.sessionRequested.connect(
            lambda sid: team.may(self.hub.desk, team.AGENDA) and self.edit_session(sid)
        )
        self.editor.itemRequested.connect(
            lambda iid: team.may(self.hub.desk, team.AGENDA) and self.edit_item(iid)
        )
        self.editor.tree.currentItemChanged.connect(lambda *_rows: self._update_buttons())
        # the entry to select once the page has reloaded after a write
        self._select_after: tuple[str, int] | None = None
        self.add_session_button = QPushButton(self.tr("Add session…"), self)
        self.add_session_button.clicked.connect(lambda _checked=False: self.add_session())
        self.add_item_button = QPushButton(self.tr("Add item…"), self)
        self.add_item_button.setToolTip(self.tr("Add an item to the selected session"))
        self.add_item_button.clicked.connect(lambda _checked=False: self.add_item())
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(
            self.tr("Edit the selected session or item (or double-click it)")
        )
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_selected())
        self.remove_button = QPushButton(self.tr("Remove session…"), self)
        self.remove_button.setToolTip(
            self.tr(
                "Take the selected session off the agenda; calendars exported from now on cancel it"
            )
        )
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_selected())
        self.clash_title = QLabel(self)
        self.clash_list = ClashList(self)
        self.clash_list.setAccessibleName(self.tr("Clashes"))
        self.clash_list.sessionRequested.connect(self.select_session)

        top = QHBoxLayout()
        top.addWidget(self.zone_note, 1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.export_button)
        edits = QHBoxLayout()
        edits.addWidget(self.add_session_button)
        edits.addWidget(self.add_item_button)
        edits.addWidget(self.edit_button)
        edits.addWidget(self.remove_button)
        edits.addStretch(1)
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
        self.body.addLayout(edits)
        self.body.addWidget(split, 1)
        self._update_buttons()

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
            self._update_buttons()
            return
        self.zone_note.setText(
            self.tr("Times are shown in the meeting's time zone: {zone} ({offset}).").format(
                zone=meeting.time_zone,
                offset=labels.utc_offset(meeting.time_zone, meeting.start_date),
            )
        )
        # The tree reads its own rows (with the versions a drop needs) on the GUI thread.
        keep = self._select_after or self.editor.current_entry()
        self._select_after = None
        self.editor.set_meeting(self.hub.desk, meeting.id)
        if keep is not None:
            self.select_entry(*keep)
        tree = self.editor.tree
        for column in range(tree.columnCount() - 1):  # keep the warnings column in sight
            tree.setColumnWidth(column, min(tree.columnWidth(column), 320))
        clashes = data.clashes if data else ()
        self.clash_list.set_clashes(clashes, meeting.time_zone)
        self.clash_title.setText(self.tr("Clash warnings: %n", "", len(clashes)))
        self._update_buttons()

    def sessions(self) -> list[AgendaSessionSnap]:
        return list(self.editor.sessions)

    def select_session(self, session_id: int) -> None:
        row = self.editor.session_item(session_id)
        if row is not None:
            self.editor.tree.setCurrentItem(row)
            self.editor.tree.scrollToItem(row)

    def select_entry(self, kind: str, entry_id: int) -> None:
        row = self.editor.entry_item(kind, entry_id)
        if row is not None:
            self.editor.tree.setCurrentItem(row)
            self.editor.tree.scrollToItem(row)

    def _refused(self, reason: str) -> None:
        QMessageBox.warning(self, self.tr("Not moved"), reason)
        self.hub.publish(AGENDA)

    # -- adding and editing ---------------------------------------------------------------

    def _update_buttons(self) -> None:
        has_meeting = self.hub.meeting is not None
        desk = self.hub.desk  # what the login's role may not do is greyed, with the reason
        gate(self.add_session_button, desk, team.AGENDA, has_meeting)
        gate(self.add_item_button, desk, team.AGENDA, has_meeting and bool(self.editor.sessions))
        entry = self.editor.current_entry() is not None
        gate(self.edit_button, desk, team.AGENDA, has_meeting and entry)
        gate(
            self.remove_button,
            desk,
            team.AGENDA,
            has_meeting and self.selected_session_id() is not None,
        )
        # reordering by drag and drop: off, with the reason as the tree's tooltip
        refusal = why_not(desk, team.AGENDA)
        tree = self.editor.tree
        tree.setDragDropMode(NO_DRAG if refusal else INTERNAL_MOVE)
        tree.setToolTip(refusal or self._drag_tip)

    def _find_session(self, session_id: int) -> AgendaSessionSnap | None:
        return next((x for x in self.editor.sessions if x.id == session_id), None)

    def _find_item(self, item_id: int) -> tuple[AgendaSessionSnap, AgendaItemSnap] | None:
        for x in self.editor.sessions:
            for it in x.items:
                if it.id == item_id:
                    return x, it
        return None

    def selected_session_id(self) -> int | None:
        """The selected session, or the session of the selected item."""
        entry = self.editor.current_entry()
        if entry is None:
            return None
        kind, entry_id = entry
        if kind == "session":
            return entry_id
        found = self._find_item(entry_id)
        return found[0].id if found else None

    def add_session(self) -> int | None:
        """Ask for a new session and add it; its id, or None (cancelled or refused)."""
        meeting = self.hub.meeting
        if meeting is None:
            return None
        data, ok = SessionDialog.get_session(self, self.hub.desk, meeting)
        if not ok:
            return None
        new_id = run_write(
            self, self.hub, lambda desk: agenda.add_session(desk, meeting.id, **data), AGENDA
        )
        if new_id is not None:
            self._select_after = ("session", new_id)  # selected when the page reloads
        return new_id

    def remove_selected(self, *, confirm: bool = True) -> bool:
        """Remove the selected session after asking; True when it was removed."""
        seen = self._find_session(self.selected_session_id() or 0)
        if seen is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove session"),
                self.tr(
                    "Remove “{title}” from the agenda? Calendars exported from now on tell "
                    "calendar programs that it is cancelled."
                ).format(title=seen.title_en),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        done = run_write(
            self,
            self.hub,
            lambda desk: (
                agenda.remove_session(desk, seen.id, expected_version=seen.row_version) or True
            ),
            AGENDA,
        )
        return bool(done)

    def edit_session(self, session_id: int) -> AgendaSessionSnap | None:
        """Edit a session as last shown; a stale version is refused and the page reloads."""
        meeting, seen = self.hub.meeting, self._find_session(session_id)
        if meeting is None or seen is None:
            return None
        data, ok = SessionDialog.get_session(self, self.hub.desk, meeting, seen)
        if not ok:
            return None
        self._select_after = ("session", seen.id)
        return run_write(
            self,
            self.hub,
            lambda desk: agenda.edit_session(
                desk, seen.id, expected_version=seen.row_version, **data
            ),
            AGENDA,
        )

    def add_item(self) -> int | None:
        """Ask for a new item (in the selected session by default) and add it."""
        meeting = self.hub.meeting
        if meeting is None or not self.editor.sessions:
            return None
        docs = documents.list_documents(self.hub.desk, meeting.id)
        data, ok = ItemDialog.get_item(
            self,
            docs,
            self.editor.sessions,
            meeting.time_zone,
            session_id=self.selected_session_id(),
        )
        if not ok:
            return None
        session_id = int(data.pop("session_id"))
        new_id = run_write(
            self, self.hub, lambda desk: agenda.add_item(desk, session_id, **data), AGENDA
        )
        if new_id is not None:
            self._select_after = ("item", new_id)
        return new_id

    def edit_item(self, item_id: int) -> AgendaItemSnap | None:
        meeting, found = self.hub.meeting, self._find_item(item_id)
        if meeting is None or found is None:
            return None
        session, seen = found
        docs = documents.list_documents(self.hub.desk, meeting.id)
        data, ok = ItemDialog.get_item(
            self, docs, self.editor.sessions, meeting.time_zone, seen, session.id
        )
        if not ok:
            return None
        data.pop("session_id", None)
        self._select_after = ("item", seen.id)
        return run_write(
            self,
            self.hub,
            lambda desk: agenda.edit_item(desk, seen.id, expected_version=seen.row_version, **data),
            AGENDA,
        )

    def edit_selected(self) -> object | None:
        entry = self.editor.current_entry()
        if entry is None:
            return None
        kind, entry_id = entry
        return self.edit_session(entry_id) if kind == "session" else self.edit_item(entry_id)

    # -- calendar -------------------------------------------------------------------------

    def export_calendar(self) -> None:
        meeting = self.hub.meeting
        if meeting is None:
            return
        from meetingdesk.services.logistics import participants

        listed = delegations.list_delegations(self.hub.desk, meeting.id)
        people = participants.list_participants(self.hub.desk, meeting.id)
        code, ok = CalendarDialog.get_delegation_code(self, listed, people)
        if not ok:
            return
        stem = meeting.short_name or "meeting"
        part = code.replace(PERSON, "person-").lower()
        suggested = Path.home() / (f"{stem}-{part}.ics" if code else f"{stem}.ics")
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export calendar"),
            str(suggested),
            self.tr("iCalendar file (*.ics)"),
        )
        if name:
            self.export_calendar_to(Path(name), code)

    def export_calendar_to(self, out: Path, delegation_code: str = "") -> Job | None:
        """Write the .ics in the background (delegation_code may be "person:ID")."""
        meeting_id = self.hub.meeting_id
        if meeting_id is None:
            return None
        desk = self.hub.desk
        person = delegation_code[len(PERSON) :] if delegation_code.startswith(PERSON) else None
        code = None if person or not delegation_code else delegation_code
        return run_job(
            lambda _control: schedule.export_ics(desk, meeting_id, out, code, person),
            on_success=lambda path: self.hub.status_message.emit(
                self.tr("Calendar written to {path}").format(path=path)
            ),
            on_failure=self._export_failed,
        )

    def _export_failed(self, exc: BaseException) -> None:
        zone = self.hub.meeting.time_zone if self.hub.meeting is not None else "UTC"
        QMessageBox.warning(self, self.tr("Calendar not written"), one_line(exc, zone))
