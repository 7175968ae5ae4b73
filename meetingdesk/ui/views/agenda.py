"""Agenda: sessions in time order, shown in the meeting's time zone, with their items."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSplitter, QWidget

from meetingdesk.services import agenda
from meetingdesk.services.base import Desk
from meetingdesk.snapshots import AgendaItemSnap, AgendaSessionSnap, Changes, MeetingSnap

from .. import labels
from ..hub import Hub
from ..models import Column
from ..qtnames import VERTICAL
from ..widgets import SnapshotTable
from .base import ViewBase, any_of


class AgendaView(ViewBase):
    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self.zone_note = QLabel(self)
        self.sessions = SnapshotTable(
            [
                Column[AgendaSessionSnap](self.tr("Day"), self._day, lambda s: s.starts_at),
                Column[AgendaSessionSnap](self.tr("Time"), self._span, lambda s: s.starts_at),
                Column[AgendaSessionSnap](self.tr("Kind"), lambda s: labels.session_kind(s.kind)),
                Column[AgendaSessionSnap](self.tr("Title"), lambda s: s.title_en, tooltip=True),
                Column[AgendaSessionSnap](
                    self.tr("Title (Japanese)"), lambda s: s.title_ja, tooltip=True
                ),
                Column[AgendaSessionSnap](self.tr("Room"), lambda s: s.room_name),
                Column[AgendaSessionSnap](self.tr("Chair"), lambda s: s.chair_name),
                Column[AgendaSessionSnap](self.tr("Items"), lambda s: len(s.items), numeric=True),
            ],
            stretch=(3, 4),
            parent=self,
        )
        self.items = SnapshotTable(
            [
                Column[AgendaItemSnap](
                    self.tr("No."), lambda i: i.number, lambda i: int(i.number or 0), numeric=True
                ),
                Column[AgendaItemSnap](self.tr("Item"), lambda i: i.title_en, tooltip=True),
                Column[AgendaItemSnap](
                    self.tr("Item (Japanese)"), lambda i: i.title_ja, tooltip=True
                ),
                Column[AgendaItemSnap](self.tr("Document"), lambda i: i.document_name),
            ],
            stretch=(1, 2),
            filter_box=False,
            parent=self,
        )
        self.sessions.current_changed.connect(self._show_items)
        split = QSplitter(VERTICAL, self)
        split.addWidget(self.sessions)
        split.addWidget(self.items)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.body.addWidget(self.zone_note)
        self.body.addWidget(split, 1)

    def title(self) -> str:
        return self.tr("Agenda")

    def wants(self, changes: Changes) -> bool:
        return any_of(changes, "meeting", "agenda", "participants", "documents")

    @staticmethod
    def fetch(desk: Desk, meeting: MeetingSnap) -> list[AgendaSessionSnap]:
        return agenda.list_sessions(desk, meeting.id)

    def apply(self, data: list[AgendaSessionSnap] | None) -> None:
        meeting = self.hub.meeting
        if meeting is None:
            self.zone_note.setText("")
        else:
            self.zone_note.setText(
                self.tr("Times are shown in the meeting's time zone: {zone} ({offset}).").format(
                    zone=meeting.time_zone,
                    offset=labels.utc_offset(meeting.time_zone, meeting.start_date),
                )
            )
        self.sessions.set_rows(data or [], keep=lambda s: s.id, select_first=True)

    def _show_items(self, session: AgendaSessionSnap | None) -> None:
        self.items.set_rows(session.items if session else [])

    def _zone(self) -> str:
        return self.hub.meeting.time_zone if self.hub.meeting else "UTC"

    def _day(self, s: AgendaSessionSnap) -> str:
        return labels.local_day(s.starts_at, self._zone())

    def _span(self, s: AgendaSessionSnap) -> str:
        zone = self._zone()
        start = labels.local_time(s.starts_at, zone, "%H:%M")
        return f"{start}–{labels.local_time(s.ends_at, zone, '%H:%M')}"
