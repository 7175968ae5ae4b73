"""The New meeting dialog's dates take typing: click into the year and type "2016"."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt  # noqa: E402


def _click_at(qtbot, edit, before: str) -> None:
    """Click in the date's text just after the characters `before` (inside a section)."""
    line = edit.lineEdit()
    x = line.textMargins().left() + 4 + line.fontMetrics().horizontalAdvance(before)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    qtbot.wait(20)


def test_typing_a_date_into_each_section(qtbot, sqlite_desk) -> None:
    from meetingdesk.ui.meetings.new_meeting import NewMeetingDialog

    dialog = NewMeetingDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for edit, day in ((dialog.start, "29"), (dialog.end, "30")):
        _click_at(qtbot, edit, "20")  # between the year's digits
        qtbot.keyClicks(edit, "2016")
        assert edit.date().year() == 2016, edit.text()
        assert dialog.end.date().year() == 2016  # the last day came along with the first
        _click_at(qtbot, edit, "2016-0")  # inside the month
        qtbot.keyClicks(edit, "04")
        _click_at(qtbot, edit, "2016-04-")  # inside the day
        qtbot.keyClicks(edit, day)
    values = dialog.values()
    assert (values["start_date"], values["end_date"]) == (date(2016, 4, 29), date(2016, 4, 30))
    assert dialog.start.text() == "2016-04-29"


def test_tab_into_the_field_selects_the_year(qtbot, sqlite_desk) -> None:
    from meetingdesk.ui.meetings.new_meeting import NewMeetingDialog

    dialog = NewMeetingDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.start.setFocus()
    qtbot.wait(20)
    qtbot.keyClicks(dialog.start, "2015")
    assert dialog.start.date().year() == 2015
