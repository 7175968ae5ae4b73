"""A date field that takes a typed year: a click or Tab into it selects the section there.

A plain QDateEdit puts a click's text cursor inside "2026-11-29" without selecting the
section; typing "2016" then inserts digits into the year ("22016026"), which the field
refuses, and the year seems not to take typing at all. Here a click selects the section
under the cursor (year, month or day), so typing replaces it, as in a calendar program;
Tab and the arrow keys keep moving between sections as before.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, QTimer
from PySide6.QtWidgets import QDateEdit, QWidget


class DayEdit(QDateEdit):
    """QDateEdit in yyyy-MM-dd with a calendar, whose sections are selected when clicked."""

    def __init__(self, day: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(day if day is not None else QDate.currentDate(), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.lineEdit().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.lineEdit() and event.type() in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.FocusIn,
        ):
            # after the line edit has placed its cursor (and the edit its current section)
            QTimer.singleShot(0, self._select_section)
        return super().eventFilter(watched, event)

    def _select_section(self) -> None:
        if not self.lineEdit().hasSelectedText():
            self.setSelectedSection(self.currentSection())
