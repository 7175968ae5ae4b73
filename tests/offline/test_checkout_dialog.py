"""The check-out dialog is as wide as its document titles; a very long title wraps."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

LONG = (
    "Chair's Summary of the G7 ICT Ministers' Meeting held in Takamatsu, Kagawa, on 29 and "
    "30 April 2016, with the list of participants and the programme of the side events"
)


def _dialog(qtbot, desk):
    from meetingdesk.services import meetings
    from meetingdesk.ui.offline import CheckoutDialog

    dialog = CheckoutDialog(desk, meetings.list_meetings(desk)[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _text_fits(dialog, row: int) -> bool:
    view = dialog.documents
    item = view.item(row)
    rect = view.visualItemRect(item)
    one_line = view.fontMetrics().height()
    wide = view.fontMetrics().horizontalAdvance(item.text()) + 24  # the check box before it
    return rect.right() <= view.viewport().width() and (
        wide <= rect.width() or rect.height() >= 2 * one_line
    )


def test_demo_titles_are_shown_whole(qtbot, demo_desk) -> None:
    dialog = _dialog(qtbot, demo_desk)
    view = dialog.documents
    assert view.count() == 3
    for row in range(view.count()):
        item = view.item(row)
        wide = view.fontMetrics().horizontalAdvance(item.text()) + 24
        assert wide <= view.viewport().width(), item.text()  # on one line, nothing cut
        assert view.visualItemRect(item).height() < 2 * view.fontMetrics().height()
    assert dialog.width() > 307


def test_a_long_title_wraps_inside_the_screen_and_keeps_a_tooltip(qtbot, demo_desk) -> None:
    from meetingdesk.services import meetings
    from meetingdesk.services.drafting import documents

    meeting = meetings.list_meetings(demo_desk)[0]
    documents.add_document(
        demo_desk, meeting.id, short_name="summary", title_en=LONG, title_ja="議長総括"
    )
    dialog = _dialog(qtbot, demo_desk)
    screen = dialog.screen().availableGeometry().width()
    assert dialog.width() <= 0.8 * screen + 1
    view = dialog.documents
    row = next(i for i in range(view.count()) if view.item(i).text().startswith("summary"))
    assert LONG in view.item(row).toolTip() and "議長総括" in view.item(row).toolTip()
    qtbot.waitUntil(lambda: _text_fits(dialog, row))
    rect = view.visualItemRect(view.item(row))
    assert rect.height() >= 2 * view.fontMetrics().height()  # wrapped, not cut
    assert all(_text_fits(dialog, r) for r in range(view.count()))


def test_delegations_are_named_in_the_interface_language(qtbot, demo_desk) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    try:
        japanese = _dialog(qtbot, demo_desk)
        names = [japanese.delegation.itemText(i) for i in range(japanese.delegation.count())]
    finally:
        QLocale.setDefault(before)
    assert "JPN — 日本" in names and "FRA — フランス" in names
    english = _dialog(qtbot, demo_desk)
    assert "JPN — Japan" in [
        english.delegation.itemText(i) for i in range(english.delegation.count())
    ]
