"""Accessibility: every control a screen reader meets has a name (its visible text, a label
that is its buddy, or an accessible name), and the drafting page works from the keyboard."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
)


def unnamed_controls(page) -> list[str]:
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    found = []
    for cls in CONTROLS:
        for w in page.findChildren(cls):
            if not w.isVisibleTo(page) or isinstance(w, QHeaderView):
                continue
            if w.objectName() == "qt_toolbar_ext_button":  # Qt's own overflow arrow
                continue
            # Parts of a named control: a date or combo box's own line edit, a table's corner
            if isinstance(w.parent(), QAbstractSpinBox | QComboBox):
                continue
            if isinstance(w, QAbstractButton) and isinstance(w.parent(), QAbstractItemView):
                continue
            if isinstance(w, QAbstractButton) and w.text().strip():
                continue
            if w in buddies or w.accessibleName():
                continue
            found.append(f"{type(w).__name__} in {type(w.parent()).__name__}")
    return found


def test_every_control_on_every_page_has_a_name(qtbot, window) -> None:
    missing = []
    seen = 0
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.pages.page(row)
        if getattr(page, "is_loading", False):
            qtbot.waitUntil(lambda p=page: not p.is_loading, timeout=20_000)
        seen += sum(len(page.findChildren(cls)) for cls in CONTROLS)
        missing += [f"{window.nav.item(row).text()}: {m}" for m in unnamed_controls(page)]
    assert seen > 50
    assert not missing, "\n".join(missing)


def test_the_check_finds_an_unnamed_control(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    page = QWidget()
    qtbot.addWidget(page)
    box = QLineEdit(page)
    page.show()
    assert unnamed_controls(page) == ["QLineEdit in QWidget"]
    box.setAccessibleName("Search")
    assert unnamed_controls(page) == []


def _dialogs(desk, meeting, qtbot):
    """The window's dialogs, built as the window builds them."""
    from meetingdesk.services.logistics import delegations
    from meetingdesk.services.meetings import maintenance
    from meetingdesk.ui.drafting.circulate import CirculateDialog
    from meetingdesk.ui.drafting.word_import import WordImportDialog
    from meetingdesk.ui.exports.dialog import ExportDialog
    from meetingdesk.ui.logistics.import_dialog import ImportDialog
    from meetingdesk.ui.logistics.precedence import PrecedenceDialog
    from meetingdesk.ui.meetings.check_report import CheckReportDialog
    from meetingdesk.ui.meetings.new_meeting import NewMeetingDialog
    from meetingdesk.ui.meetings.open_database import OpenDatabaseDialog
    from meetingdesk.ui.offline.checkout_dialog import CheckoutDialog

    dels = delegations.list_delegations(desk, meeting.id)
    yield CheckReportDialog(maintenance.check(desk))
    yield PrecedenceDialog(meeting.precedence_rule, meeting.host_placement, dels)
    yield ImportDialog(desk, meeting.id)
    yield ExportDialog(desk, meeting)
    yield WordImportDialog(desk, meeting.id)
    yield CirculateDialog(desk, meeting.id)
    yield CheckoutDialog(desk, meeting.id)
    yield OpenDatabaseDialog()
    yield NewMeetingDialog(desk)


def test_every_control_in_the_dialogs_has_a_name(qtbot, demo_desk) -> None:
    from meetingdesk.services import meetings

    meeting = meetings.list_meetings(demo_desk)[0]
    missing = []
    count = 0
    for dialog in _dialogs(demo_desk, meeting, qtbot):
        qtbot.addWidget(dialog)
        dialog.show()
        count += 1
        missing += [f"{type(dialog).__name__}: {m}" for m in unnamed_controls(dialog)]
        dialog.close()
    assert count == 9
    assert not missing, "\n".join(missing)
