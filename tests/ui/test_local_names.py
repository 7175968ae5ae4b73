"""Names and titles kept in both languages are shown in the interface's language."""

from __future__ import annotations

from meetingdesk.services import meetings
from meetingdesk.services.drafting import documents
from meetingdesk.ui import labels


def test_local_text_follows_the_interface(qapp, japanese) -> None:
    assert labels.japanese_interface()
    assert labels.local_text("Canada", "カナダ") == "カナダ"
    assert labels.local_text("Canada", "") == "Canada"  # no Japanese given: the English
    assert labels.local_text("", "カナダ") == "カナダ"


def test_local_text_in_english(qapp) -> None:
    assert not labels.japanese_interface()
    assert labels.local_text("Canada", "カナダ") == "Canada"


def test_the_japanese_window_names_meeting_and_document_in_japanese(
    qtbot, japanese, demo_desk
) -> None:
    from meetingdesk.ui.main_window import MainWindow

    meeting = meetings.list_meetings(demo_desk)[0]
    assert meeting.title_ja and meeting.title_en
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=30_000):
        w.show()
    combo = w.meeting_box
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert any(meeting.title_ja in t for t in texts), texts
    assert not any(meeting.title_en in t for t in texts), texts
    charter = documents.find_document(demo_desk, meeting.id, "charter")
    w.nav.setCurrentRow(w.pages.row_named("DraftingView"))
    view = w.drafting
    qtbot.waitUntil(lambda: view.document_id is not None, timeout=20_000)
    view.show_document(charter.id)
    qtbot.waitUntil(lambda: charter.title_ja in view.doc_title.text(), timeout=20_000)
    assert charter.title_en not in view.doc_title.text()
    assert view.doc_title.text().endswith(labels.document_status(charter.status))
    w.close()


def test_qt_file_dialog_labels_are_japanese(qapp, japanese) -> None:
    """Qt's catalogue lacks two labels of its widget file dialog; ours supplies them."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert "場所(&L):" in shown and "ファイルの種類(&T):" in shown, shown
    assert not [t for t in shown if t.startswith(("&Look", "Files of"))], shown
    dialog.deleteLater()


def test_calendar_choices_name_delegations_in_japanese(qapp, japanese, demo_desk) -> None:
    from meetingdesk.services import meetings
    from meetingdesk.services.logistics import delegations, participants
    from meetingdesk.ui.logistics.calendar_export import CalendarDialog

    meeting = meetings.list_meetings(demo_desk)[0]
    dels = delegations.list_delegations(demo_desk, meeting.id)
    people = participants.list_participants(demo_desk, meeting.id)
    dialog = CalendarDialog(dels, None, people)
    shown = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    canada = next(d for d in dels if d.code == "CAN")
    assert canada.name_ja and any(canada.name_ja in t for t in shown), shown
    assert not any(canada.name_en in t for t in shown), shown
    dialog.deleteLater()


def test_action_titles_follow_the_interface(qtbot, japanese, demo_desk) -> None:
    from meetingdesk.services.actions.read import list_actions
    from meetingdesk.ui.actions.model import COL_TITLE, ActionTableModel

    meeting = meetings.list_meetings(demo_desk)[0]
    actions = list_actions(demo_desk, meeting.id)
    model = ActionTableModel(lambda _action, _change: False)
    model.set_rows(actions)
    first = actions[0]
    assert first.title_ja
    assert model.index(0, COL_TITLE).data() == first.title_ja
