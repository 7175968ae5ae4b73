"""Add or edit an agenda session: kind, titles, day and times in the meeting's zone, room,
chair and speakers.

Times are typed as wall-clock times of the meeting's zone and leave the dialog as aware
UTC datetimes. What would be refused (no English title, an end before the start, a time
the clocks skip) is shown inside the dialog while OK stays disabled, so nothing is
written. "New room…" is the one write made here: the room exists from then on, even if
the session is not saved.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.base import Desk, DeskError, ValidationError
from meetingdesk.services.logistics import agenda, participants
from meetingdesk.snapshots import AgendaSessionSnap, MeetingSnap, ParticipantSnap
from meetingdesk.ui import theme
from meetingdesk.ui.labels import refusal

from .. import labels
from ..qtnames import OK, OK_CANCEL


class RoomDialog(QDialog):
    """A new room: names in English and Japanese, seats."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New room"))
        self.setMinimumWidth(360)
        self.name_en = QLineEdit(self)
        self.name_ja = QLineEdit(self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 10_000)
        self.capacity.setSpecialValueText(self.tr("not known"))
        self.buttons = QDialogButtonBox(OK_CANCEL, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name (English)"), self.name_en)
        form.addRow(self.tr("Name (Japanese)"), self.name_ja)
        form.addRow(self.tr("Seats"), self.capacity)
        form.addRow(self.buttons)
        self.name_en.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(OK).setEnabled(bool(self.name_en.text().strip()))

    def values(self) -> dict[str, Any]:
        return {
            "name_en": self.name_en.text().strip(),
            "name_ja": self.name_ja.text().strip(),
            "capacity": self.capacity.value(),
        }

    @classmethod
    def get_room(cls, parent: QWidget | None) -> tuple[dict[str, Any], bool]:
        """Show the dialog; (values for add_room, accepted)."""
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        data = dialog.values()
        dialog.deleteLater()
        return data, accepted


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _person(p: ParticipantSnap) -> str:
    return f"{p.name_en} — {p.delegation_code}"


class SessionDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        meeting: MeetingSnap,
        session: AgendaSessionSnap | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.meeting, self.session = desk, meeting, session
        self.zone = meeting.time_zone
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("New session"))
        self.setMinimumWidth(520)

        self.kind = QComboBox(self)
        for code in agenda.SESSION_KINDS:
            self.kind.addItem(labels.session_kind(code), code)
        self.title_en = QLineEdit(self)
        self.title_ja = QLineEdit(self)
        self.day = QComboBox(self)
        self.start = QTimeEdit(QTime(9, 0), self)
        self.end = QTimeEdit(QTime(10, 0), self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self._last_start = self.start.time()
        offset = labels.utc_offset(self.zone, meeting.start_date)
        zone_label = QLabel(f"{self.zone} ({offset})", self)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–", self))
        times.addWidget(self.end)
        times.addWidget(zone_label, 1)

        self.room = QComboBox(self)
        self.new_room_button = QPushButton(self.tr("New room…"), self)
        self.new_room_button.clicked.connect(lambda _checked=False: self.new_room())
        room_row = QHBoxLayout()
        room_row.addWidget(self.room, 1)
        room_row.addWidget(self.new_room_button)
        self.chair = QComboBox(self)
        self.speaker_filter = QLineEdit(self)
        self.speaker_filter.setPlaceholderText(self.tr("Filter by name or delegation"))
        self.speaker_filter.setClearButtonEnabled(True)
        self.speaker_filter.textChanged.connect(self._filter_speakers)
        self.speakers = QListWidget(self)
        self.speakers.setMinimumHeight(150)
        self.speakers.setToolTip(self.tr("Tick everyone who speaks in this session"))
        self.speakers.itemChanged.connect(lambda _row: self._count_speakers())
        self.speakers_label = QLabel(self)
        speaker_box = QVBoxLayout()
        speaker_box.setContentsMargins(0, 0, 0, 0)
        speaker_box.addWidget(self.speaker_filter)
        speaker_box.addWidget(self.speakers, 1)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_style("text_error"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(theme.text_style("text_warning"))
        self.buttons = QDialogButtonBox(OK_CANCEL, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Title (Japanese)"), self.title_ja)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Room"), room_row)
        form.addRow(self.tr("Chair"), self.chair)
        form.addRow(self.speakers_label, speaker_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._fill_days()
        self._fill_rooms(session.room_id if session else None)
        self._fill_people()
        if session is not None:
            self.load(session)
        self._count_speakers()
        for signal in (
            self.title_en.textChanged,
            self.day.currentIndexChanged,
            self.end.timeChanged,
        ):
            signal.connect(self.validate)
        self.start.timeChanged.connect(self._start_moved)
        self.validate()

    # --- filling the choices ----------------------------------------------------------------

    def _fill_days(self) -> None:
        days = []
        day = self.meeting.start_date
        while day <= self.meeting.end_date:
            days.append(day)
            day += timedelta(days=1)
        if self.session is not None:  # a session outside the meeting's dates keeps its day
            own = agenda.session_day(self.session, self.zone)
            if own not in days:
                days = sorted([*days, own])
        for d in days:
            self.day.addItem(labels.long_date(d), d.isoformat())  # findData needs str

    def _fill_rooms(self, selected: int | None) -> None:
        self.room.clear()
        self.room.addItem(self.tr("(no room)"), None)
        for r in agenda.list_rooms(self.desk, self.meeting.id):
            name = f"{r.name_en} / {r.name_ja}" if r.name_ja else r.name_en
            self.room.addItem(name, r.id)
        self.room.setCurrentIndex(max(self.room.findData(selected), 0))

    def _fill_people(self) -> None:
        people = participants.list_participants(self.desk, self.meeting.id)
        known = {p.id for p in people}
        wanted = []
        if self.session is not None:  # retired people stay on a session they are on
            wanted = [self.session.chair_id, *self.session.speaker_ids]
        for pid in dict.fromkeys(x for x in wanted if x is not None and x not in known):
            try:
                people.append(participants.get_participant(self.desk, pid))
            except DeskError:
                continue
        self.chair.addItem(self.tr("(no chair)"), None)
        names: dict[int, str] = {}
        for p in people:
            label = _person(p)
            if p.retired:
                label = self.tr("{name} (retired)").format(name=label)
            names[p.id] = label
            self.chair.addItem(label, p.id)
        # the session's speakers first, in their order, so a ticked name is never out of sight
        first = [x for x in (self.session.speaker_ids if self.session else ()) if x in names]
        for pid in dict.fromkeys([*first, *names]):
            row = QListWidgetItem(names[pid], self.speakers)
            row.setData(Qt.ItemDataRole.UserRole, pid)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)

    def load(self, x: AgendaSessionSnap) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(x.kind), 0))
        self.title_en.setText(x.title_en)
        self.title_ja.setText(x.title_ja)
        start = agenda.utc_to_local(x.starts_at, self.zone)
        end = agenda.utc_to_local(x.ends_at, self.zone)
        self.day.setCurrentIndex(max(self.day.findData(start.date().isoformat()), 0))
        self.start.setTime(_qtime(start.time()))
        self._last_start = self.start.time()
        self.end.setTime(_qtime(end.time()))
        self.chair.setCurrentIndex(max(self.chair.findData(x.chair_id), 0))
        self.set_speakers(x.speaker_ids)

    def set_speakers(self, ids: tuple[int, ...] | list[int]) -> None:
        for i in range(self.speakers.count()):
            row = self.speakers.item(i)
            on = row.data(Qt.ItemDataRole.UserRole) in ids
            row.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _count_speakers(self) -> None:
        self.speakers_label.setText(self.tr("Speakers (%n)", "", len(self.speaker_ids())))

    def _filter_speakers(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.speakers.count()):
            row = self.speakers.item(i)
            row.setHidden(bool(needle) and needle not in row.text().casefold())

    def speaker_ids(self) -> tuple[int, ...]:
        rows = (self.speakers.item(i) for i in range(self.speakers.count()))
        return tuple(
            int(r.data(Qt.ItemDataRole.UserRole))
            for r in rows
            if r.checkState() == Qt.CheckState.Checked
        )

    # --- rooms ------------------------------------------------------------------------------

    def new_room(self) -> int | None:
        """Ask for a room, create it (one service call) and choose it; its id or None."""
        data, ok = RoomDialog.get_room(self)
        if not ok:
            return None
        try:
            room = agenda.add_room(self.desk, self.meeting.id, **data)
        except DeskError as exc:
            self.error.setText(
                self.tr("Room not added: {reason}").format(reason=refusal(exc, self.zone))
            )
            return None
        self._fill_rooms(room.id)
        self.validate()
        return room.id

    # --- times and validation ---------------------------------------------------------------

    def _start_moved(self, new: QTime) -> None:
        """Moving the start moves the end with it, keeping the session's length."""
        shift = self._last_start.secsTo(new)
        self._last_start = new
        end = self.end.time()
        moved = end.addSecs(shift)
        if shift > 0 and moved < end:  # would wrap past midnight
            moved = QTime(23, 59)
        elif shift < 0 and moved > end:
            moved = QTime(0, 0)
        self.end.blockSignals(True)
        self.end.setTime(moved)
        self.end.blockSignals(False)
        self.validate()

    def chosen_day(self) -> date:
        return date.fromisoformat(self.day.currentData())

    def _utc(self, day: date, at: QTime) -> datetime:
        return agenda.local_to_utc(datetime.combine(day, _pytime(at)), self.zone)

    def times(self) -> tuple[datetime | None, datetime | None]:
        """The chosen start and end as aware UTC datetimes (None for a time that is skipped)."""
        day = self.chosen_day()
        out: list[datetime | None] = []
        for edit in (self.start, self.end):
            try:
                out.append(self._utc(day, edit.time()))
            except ValidationError:
                out.append(None)
        return out[0], out[1]

    def problems(self) -> list[str]:
        """Why the session cannot be saved as it stands (empty when it can)."""
        found = []
        if not self.title_en.text().strip():
            found.append(self.tr("A session needs an English title."))
        starts, ends = self.times()
        for edit, value in ((self.start, starts), (self.end, ends)):
            if value is None:
                found.append(
                    self.tr(
                        "{time} does not exist on that day in {zone}: the clocks skip that hour."
                    ).format(time=edit.time().toString("HH:mm"), zone=self.zone)
                )
        if starts is not None and ends is not None and ends <= starts:
            found.append(self.tr("The session ends before it starts: choose a later end time."))
        return found

    def _repeated(self) -> list[str]:
        """Times that occur twice on the chosen day (the clocks go back): the first is used."""
        day = self.chosen_day()
        notes = []
        for edit in (self.start, self.end):
            local = datetime.combine(day, _pytime(edit.time()), labels.zone(self.zone))
            if local.utcoffset() != local.replace(fold=1).utcoffset():
                notes.append(
                    self.tr(
                        "{time} occurs twice on that day (the clocks go back); "
                        "the first occurrence is used."
                    ).format(time=edit.time().toString("HH:mm"))
                )
        return notes

    def validate(self) -> bool:
        found = self.problems()
        self.error.setText("\n".join(found))
        self.error.setVisible(bool(found))
        notes = self._repeated()
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        self.buttons.button(OK).setEnabled(not found)
        return not found

    def accept(self) -> None:
        if self.validate():
            super().accept()

    def values(self) -> dict[str, Any]:
        """The fields as add_session / edit_session arguments (times aware, UTC)."""
        starts, ends = self.times()
        return {
            "kind": self.kind.currentData(),
            "title_en": self.title_en.text().strip(),
            "title_ja": self.title_ja.text().strip(),
            "starts_at": starts,
            "ends_at": ends,
            "room_id": self.room.currentData(),
            "chair_id": self.chair.currentData(),
            "speaker_ids": self.speaker_ids(),
        }

    @classmethod
    def get_session(
        cls,
        parent: QWidget | None,
        desk: Desk,
        meeting: MeetingSnap,
        session: AgendaSessionSnap | None = None,
    ) -> tuple[dict[str, Any], bool]:
        """Show the dialog; (values, accepted). Accepted values always pass validation."""
        dialog = cls(desk, meeting, session, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        data = dialog.values()
        dialog.deleteLater()
        return data, accepted
