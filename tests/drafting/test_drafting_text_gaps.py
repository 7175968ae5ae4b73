"""Stale Japanese, deleted clauses, comparing two versions, and opening a clause by id."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from meetingdesk.services import drafting, meetings
from meetingdesk.services.drafting import documents, reading
from meetingdesk.ui.drafting import view as view_module


def _stale(view):
    clause = next(c for c in view.clauses.shown() if c.ja_stale)
    assert view.clauses.select(clause.id)
    return clause


def test_english_changes_and_confirm_translation(qtbot, view, drafting_desk):
    clause = _stale(view)
    editor = view.editor
    assert editor.stale_label.isVisible()
    assert editor.confirm_button.isVisible() and editor.confirm_button.isEnabled()

    qtbot.mouseClick(editor.changes_button, Qt.MouseButton.LeftButton)
    dialog = editor.changes_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    changes = dialog.changes
    assert changes.source is not None and changes.current_en.id == clause.en_version_id
    assert changes.source.id != clause.en_version_id
    inserted = "".join(op.text for op in changes.diff.ops if op.kind == "insert")
    assert inserted.strip()  # the demo's EU edit
    assert inserted.strip() in dialog.redline.toPlainText()
    assert "underline" in dialog.redline.toHtml()
    assert dialog.japanese.toPlainText() == clause.text_ja

    before = drafting.history(drafting_desk, clause.id, "ja")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    after = drafting.history(drafting_desk, clause.id, "ja")
    assert len(after) == len(before) + 1
    assert after[0].text == before[0].text  # same words...
    assert after[0].translated_from_id == clause.en_version_id  # ...now from the current English
    fresh = view.ctx.clause(clause.id)
    assert not fresh.ja_stale
    assert not editor.stale_label.isVisible() and not editor.confirm_button.isVisible()


def test_confirm_translation_needs_saved_text_and_fresh_heads(qtbot, view, drafting_desk, boxes):
    clause = _stale(view)
    editor = view.editor
    editor.edits["ja"].setFocus()
    qtbot.keyClicks(editor.edits["ja"], "x")
    assert not editor.confirm_button.isEnabled()  # unsaved Japanese: save or revert first
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert editor.confirm_button.isEnabled()

    # someone else edits the English meanwhile: the confirmation is refused
    documents.save_text(
        drafting_desk,
        clause.id,
        "en",
        clause.text_en + " Also online.",
        expected_head=clause.en_version_id,
    )
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert "English text of" in boxes.texts() and "nothing was confirmed" in boxes.texts()
    assert drafting.history(drafting_desk, clause.id, "ja")[0].id == clause.ja_version_id


def test_show_deleted_and_restore(qtbot, view, drafting_desk, boxes):
    clause = next(c for c in view.clauses.shown() if c.number == "3.")
    view.clauses.select(clause.id)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)  # the box answers OK
    assert clause.id not in [c.id for c in view.clauses.shown()]

    view.clauses.show_deleted.setChecked(True)
    shown = view.clauses.shown()
    gone = next(c for c in shown if c.id == clause.id)
    assert gone.status == "deleted"
    row = shown.index(gone)
    assert shown[row - 1].number == "2."  # in its old place
    table = view.clauses.table.view
    index = table.model().index(row, 0)
    assert index.data() == "3. [deleted]"  # it keeps its number within the round
    assert table.model().index(row, 2).data() == "Deleted"
    option = QStyleOptionViewItem()
    view.clauses.delegate.initStyleOption(option, index)
    assert option.font.strikeOut()
    live = QStyleOptionViewItem()
    view.clauses.delegate.initStyleOption(live, table.model().index(row - 1, 0))
    assert not live.font.strikeOut()

    assert view.clauses.select(clause.id)
    assert view.restore_button.isVisible() and view.restore_button.isEnabled()
    assert not view.delete_button.isVisible() and not view.status_button.isEnabled()
    assert view.editor.edits["en"].isReadOnly()
    assert view.editor.text("en") == clause.text_en  # its text is still there
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)

    fresh = view.ctx.clause(clause.id)
    assert fresh.status == "draft" or fresh.status == "bracketed"
    assert fresh.number == "3."
    assert view.clauses.current().id == clause.id
    assert view.delete_button.isVisible() and not view.restore_button.isVisible()
    view.clauses.show_deleted.setChecked(False)
    assert all(c.status != "deleted" for c in view.clauses.shown())
    assert not view.ctx.deleted


def _version_row_rect(history, row: int):
    return history.table.visualRect(history.table.model().index(row, 0)).center()


def test_history_compares_any_two_versions(qtbot, view, drafting_desk):
    clause = next(c for c in view.clauses.shown() if c.number == "2.")
    first = clause.text_en
    documents.save_text(
        drafting_desk, clause.id, "en", first + " Alpha.", expected_head=clause.en_version_id
    )
    head = drafting.history(drafting_desk, clause.id, "en")[0]
    documents.save_text(
        drafting_desk, clause.id, "en", first + " Alpha. Beta.", expected_head=head.id
    )
    view.refresh()
    view.clauses.select(clause.id)
    view.tabs.setCurrentWidget(view.history)
    history = view.history
    assert [v.text for v in history.versions[:3]] == [
        first + " Alpha. Beta.",
        first + " Alpha.",
        first,
    ]
    viewport = history.table.viewport()
    # one version: against the current text
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_version_row_rect(history, 2))
    assert "Alpha. Beta." in history.diff.toPlainText()
    # Ctrl+click a second one: the two versions against each other
    qtbot.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        _version_row_rect(history, 1),
    )
    assert len(history.selected_versions()) == 2
    assert history.selected() is None and not history.restore_button.isEnabled()
    assert "to the version of" in history.diff_label.text()
    shown = history.diff.toPlainText()
    assert "Alpha." in shown and "Beta." not in shown
    assert "underline" in history.diff.toHtml()


def test_open_clause_in_other_document_reads_one_document(view, drafting_desk, monkeypatch):
    meeting = meetings.list_meetings(drafting_desk)[0]
    charter = documents.find_document(drafting_desk, meeting.id, "charter")
    target = documents.document_text(drafting_desk, charter.id).clauses[1]
    assert reading.clause_location(drafting_desk, target.id) == (charter.id, target.position)

    read: list[int] = []
    real = view_module.documents.document_text

    def counting(desk, document_id, *args, **kwargs):
        read.append(document_id)
        return real(desk, document_id, *args, **kwargs)

    monkeypatch.setattr(view_module.documents, "document_text", counting)
    view.open_clause(target.id)
    assert view.document_id == charter.id
    assert view.editor.clause.id == target.id
    assert read == [charter.id]  # no other document's text was read to find it
