"""New meeting: titles, place, dates and time zone; the meeting is created on OK.

The service validates; a refusal is shown inside the dialog, which stays open with
everything typed so far, and nothing is written.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services import meetings
from meetingdesk.services.base import Desk, DeskError
from meetingdesk.snapshots import MeetingSnap
from meetingdesk.ui import theme
from meetingdesk.ui.day_edit import DayEdit
from meetingdesk.ui.labels import refusal
from meetingdesk.ui.qtnames import CASE_INSENSITIVE, OK_CANCEL


def _zone_names() -> list[str]:
    return sorted(z for z in available_timezones() if "/" in z or z == "UTC")


def _system_zone() -> str:
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")
    return name if name in available_timezones() else "UTC"


class NewMeetingDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting"))
        self.desk = desk
        self.created: MeetingSnap | None = None

        self.title_en = QLineEdit(self)
        self.title_ja = QLineEdit(self)
        self.short_name = QLineEdit(self)
        self.short_name.setPlaceholderText(self.tr("e.g. ict2016"))
        self.city_en = QLineEdit(self)
        self.city_ja = QLineEdit(self)
        self.venue_en = QLineEdit(self)
        self.venue_ja = QLineEdit(self)
        today = QDate.currentDate()
        self.start = DayEdit(today, self)
        self.end = DayEdit(today, self)
        self._first_day = today
        self.start.dateChanged.connect(self._start_moved)
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.addItems(_zone_names())
        self.zone.setCurrentText(_system_zone())
        completer = QCompleter(_zone_names(), self.zone)
        completer.setCaseSensitivity(CASE_INSENSITIVE)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.zone.setCompleter(completer)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.text_style("text_error"))
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Title (Japanese)"), self.title_ja)
        form.addRow(self.tr("Short name"), self.short_name)
        form.addRow(self.tr("City (English)"), self.city_en)
        form.addRow(self.tr("City (Japanese)"), self.city_ja)
        form.addRow(self.tr("Venue (English)"), self.venue_en)
        form.addRow(self.tr("Venue (Japanese)"), self.venue_ja)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Last day"), self.end)
        form.addRow(self.tr("Time zone"), self.zone)
        self.buttons = QDialogButtonBox(OK_CANCEL, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _start_moved(self, day: QDate) -> None:
        """The last day moves with the first (the meeting keeps its length), as in a
        calendar: typing 2016 into the first day's year brings the last day along."""
        shift = self._first_day.daysTo(day)
        self._first_day = day
        self.end.setDate(max(self.end.date().addDays(shift), day))

    def values(self) -> dict[str, Any]:
        """What was typed, as keyword arguments of services.meetings.create_meeting."""

        def as_date(d: QDate) -> date:
            return date(d.year(), d.month(), d.day())

        return {
            "title_en": self.title_en.text().strip(),
            "title_ja": self.title_ja.text().strip(),
            "short_name": self.short_name.text().strip(),
            "city_en": self.city_en.text().strip(),
            "city_ja": self.city_ja.text().strip(),
            "venue_en": self.venue_en.text().strip(),
            "venue_ja": self.venue_ja.text().strip(),
            "start_date": as_date(self.start.date()),
            "end_date": as_date(self.end.date()),
            "time_zone": self.zone.currentText().strip(),
        }

    def accept(self) -> None:
        try:
            self.created = meetings.create_meeting(self.desk, **self.values())
        except DeskError as exc:
            self.error.setText(refusal(exc))
            self.error.show()
            return
        super().accept()

    @classmethod
    def get_meeting(cls, parent: QWidget | None, desk: Desk) -> tuple[MeetingSnap | None, bool]:
        """Ask for a meeting and create it; (the new meeting, True) or (None, False)."""
        dialog = cls(desk, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.created if accepted else None), accepted
        finally:
            dialog.deleteLater()
