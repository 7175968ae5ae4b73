"""The drafting window driven like a person would: typing, buttons, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from meetingdesk.services import drafting
from meetingdesk.services.drafting import documents
from meetingdesk.ui.drafting.dialogs import FreezeData, FreezeDialog
from meetingdesk.ui.drafting.proposals import ProposalData, ProposalDialog


def operative(view, number: str = "1."):
    clause = next(c for c in view.clauses.shown() if c.number == number)
    assert view.clauses.select(clause.id)
    assert view.editor.clause.id == clause.id
    return clause


def ime_commit(widget, text: str) -> None:
    """Type text as an input method does (QTest's key clicks are ASCII only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_at_end(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, text)


def test_edit_and_save_creates_version(qtbot, view, drafting_desk):
    clause = operative(view)
    before = drafting.history(drafting_desk, clause.id, "en")
    type_at_end(qtbot, view.editor.edits["en"], " Together.")
    assert view.editor.save_button.isEnabled()
    assert view.isWindowModified()
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)

    after = drafting.history(drafting_desk, clause.id, "en")
    assert len(after) == len(before) + 1
    assert after[0].text == clause.text_en + " Together."
    assert after[0].author == "tester"
    assert not view.editor.save_button.isEnabled()
    assert not view.isWindowModified()
    view.tabs.setCurrentWidget(view.history)
    assert view.history.table.rowCount() == len(after)
    assert view.history.versions[0].is_head


def test_undo_and_redo_are_new_versions(qtbot, view, drafting_desk):
    clause = operative(view, "2.")
    original = clause.text_en
    type_at_end(qtbot, view.editor.edits["en"], " Soon.")
    view.save()
    count = len(drafting.history(drafting_desk, clause.id, "en"))
    assert view.undo_action.isEnabled()

    view.undo_action.trigger()
    hist = drafting.history(drafting_desk, clause.id, "en")
    assert len(hist) == count + 1  # undo wrote a new version...
    assert hist[0].text == original  # ...holding the old text
    assert view.editor.text("en") == original

    view.redo_action.trigger()
    hist = drafting.history(drafting_desk, clause.id, "en")
    assert len(hist) == count + 2
    assert hist[0].text == original + " Soon."
    assert view.editor.text("en") == original + " Soon."


def test_unbalanced_bracket_disables_save(qtbot, view):
    clause = operative(view, "3.")
    type_at_end(qtbot, view.editor.edits["en"], " [shall")
    position = len(clause.text_en) + 2  # the "[" counted from 1
    assert not view.editor.save_button.isEnabled()
    message = view.editor.checks["en"].text()
    assert f"character {position}" in message
    # closing the bracket makes the text valid again
    qtbot.keyClicks(view.editor.edits["en"], " / should]")
    assert view.editor.checks["en"].text() == ""
    assert view.editor.save_button.isEnabled()


def test_stale_save_is_refused_and_text_kept(qtbot, view, drafting_desk):
    clause = operative(view, "4.")
    theirs = clause.text_en + " (their edit)"
    documents.save_text(drafting_desk, clause.id, "en", theirs, expected_head=clause.en_version_id)
    type_at_end(qtbot, view.editor.edits["en"], " (my edit)")
    mine = view.editor.text("en")
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)

    assert view.editor.conflict_box.isVisible()
    assert "Not saved" in view.editor.conflict_label.text()
    assert view.editor.text("en") == mine  # the person's text is still there
    head = drafting.history(drafting_desk, clause.id, "en")[0]
    assert head.text == theirs  # and theirs was not overwritten
    qtbot.mouseClick(view.editor.reload_button, Qt.MouseButton.LeftButton)
    assert view.editor.text("en") == theirs
    assert not view.editor.conflict_box.isVisible()


def test_accept_proposal(qtbot, view, drafting_desk, monkeypatch):
    clause = operative(view, "1.")
    wording = clause.text_en.replace("We will give priority", "We will give high priority")
    data = ProposalData("FRA", "replace", wording, "en", "stronger")
    monkeypatch.setattr(ProposalDialog, "get_proposal", classmethod(lambda *a, **k: (data, True)))
    view.tabs.setCurrentWidget(view.proposals)
    qtbot.mouseClick(view.proposals.new_button, Qt.MouseButton.LeftButton)
    proposal = view.proposals.selected()
    assert proposal is not None and proposal.delegation_code == "FRA" and proposal.is_open

    qtbot.mouseClick(view.proposals.accept_button, Qt.MouseButton.LeftButton)
    head = drafting.history(drafting_desk, clause.id, "en")[0]
    assert head.text == wording
    assert head.delegation_code == "FRA"  # attributed to the proposer
    assert view.editor.text("en") == wording
    accepted = [p for p in view.proposals.items if p.id == proposal.id]
    assert accepted and accepted[0].status == "accepted"


def test_freeze_and_open_revision_read_only(qtbot, view, monkeypatch, boxes):
    monkeypatch.setattr(
        FreezeDialog,
        "get_freeze",
        classmethod(lambda *a, **k: (FreezeData("chair", "after lunch", ""), True)),
    )
    labels_before = view.ctx.text.document.revision_labels
    view.freeze_action.trigger()
    labels_after = view.ctx.text.document.revision_labels
    assert len(labels_after) == len(labels_before) + 1
    label = labels_after[-1]

    view.show_revision(label)
    assert view.ctx.text.revision_label == label
    operative(view, "1.")
    assert view.editor.edits["en"].isReadOnly()
    assert view.editor.banner.isVisible()
    assert f"{label} — frozen, read-only" in view.editor.banner.text()
    assert not view.freeze_action.isEnabled()
    assert not view.status_button.isEnabled()
    view.show_revision("")
    operative(view, "1.")
    assert not view.editor.edits["en"].isReadOnly()


def test_compare_two_revisions_shows_insertion(qtbot, view, monkeypatch):
    freeze = {"label": "Rev.A"}
    monkeypatch.setattr(
        FreezeDialog,
        "get_freeze",
        classmethod(lambda *a, **k: (FreezeData("chair", "", freeze["label"]), True)),
    )
    view.freeze_action.trigger()
    operative(view, "2.")
    type_at_end(qtbot, view.editor.edits["en"], " Promptly.")
    assert view.save()
    freeze["label"] = "Rev.B"
    view.freeze_action.trigger()

    dialog = view.open_compare()
    qtbot.addWidget(dialog)
    dialog.choose("Rev.A", "Rev.B", "en")
    with qtbot.waitSignal(dialog.compared, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    snap = blocker.args[0]
    assert snap.count("changed") == 1
    inserted = "".join(op.text for ch in snap.changes for op in ch.ops if op.kind == "insert")
    assert "Promptly." in inserted
    html = dialog.browser.toHtml()
    assert "Promptly." in html and "underline" in html
    dialog.side.setChecked(True)
    assert "Promptly." in dialog.browser.toPlainText()


def test_search_two_character_japanese_term(qtbot, view):
    view.focus_search()
    assert view.tabs.currentWidget() is view.search
    ime_commit(view.search.box, "協力")  # typed as an input method commits Japanese
    assert view.search.box.text() == "協力"
    qtbot.keyClick(view.search.box, Qt.Key.Key_Return)
    assert view.search.hits, "no hit for a two-character Japanese term"
    hit = view.search.hits[0]
    item = view.search.results.item(0)
    view.search.results.setFocus()
    view.search.results.setCurrentItem(item)
    qtbot.keyClick(view.search.results, Qt.Key.Key_Return)
    assert view.document_id == hit.document_id
    assert view.editor.clause.id == hit.clause_id
    assert "協力" in view.editor.text(hit.language)


def test_search_says_when_there_are_more_hits_than_shown(qtbot, view, monkeypatch):
    from meetingdesk.ui.drafting import search as search_panel

    monkeypatch.setattr(search_panel, "FIRST_HITS", 3)
    view.search.box.setText("the")
    qtbot.keyClick(view.search.box, Qt.Key.Key_Return)
    assert len(view.search.hits) == 3
    assert view.search.results.count() == 3
    assert "there are more" in view.search.status.text()
    assert view.search.more.isVisibleTo(view.search)
    view.search.more.click()
    assert len(view.search.hits) > 3
    for _ in range(4):  # 30, 300, 3000 … until the list is complete
        if not view.search.more.isVisibleTo(view.search):
            break
        view.search.more.click()
    assert not view.search.more.isVisibleTo(view.search)
    assert view.search.status.text().endswith("hit(s)")
    assert view.search.results.count() == len(view.search.hits) > 3


def test_undo_and_redo_keep_their_labels_and_use_the_platform_keys(qtbot, view):
    from PySide6.QtGui import QKeySequence

    assert view.redo_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert view.undo_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    clause = view.clauses.current()
    assert clause is not None
    edit = view.editor.edits["en"]
    edit.setPlainText(edit.toPlainText() + " More.")
    assert view.save()
    assert view.undo_action.isEnabled()
    assert view.undo_action.text() == "Undo"  # the label never grows
    assert view.undo_action.toolTip().startswith("Undo: ")


def test_drafting_page_from_the_keyboard(qtbot, view) -> None:
    view.activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.editor.edits["en"].hasFocus())
    qtbot.keyClick(view.editor.edits["en"], Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.editor.edits["ja"].hasFocus())
    qtbot.keyClick(view.editor.edits["ja"], Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.clauses.table.view.hasFocus())
    qtbot.keyClick(view.clauses.table.view, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.tabs.isAncestorOf(view.focusWidget()))
    # Tab leaves the editors instead of typing a tab character into the clause
    view.editor.edits["en"].setFocus()
    before = view.editor.edits["en"].toPlainText()
    qtbot.keyClick(view.editor.edits["en"], Qt.Key.Key_Tab)
    assert view.editor.edits["en"].toPlainText() == before


def test_compare_lays_out_a_page_at_a_time_and_closes(qtbot, view, monkeypatch):
    from meetingdesk.ui.drafting import compare as compare_dialog

    monkeypatch.setattr(compare_dialog, "PAGE", 2)
    labels = view.ctx.text.document.revision_labels
    assert labels, "the demo declaration has frozen revisions"
    dialog = view.open_compare()  # the view owns it; it is deleted when closed
    dialog.choose(labels[0], compare_dialog.CURRENT, "en")
    with qtbot.waitSignal(dialog.compared, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    total = len(blocker.args[0].changes)
    assert total > 2
    assert dialog.more.isVisibleTo(dialog) and str(total) in dialog.more.text()
    assert dialog.browser.toPlainText().count("\\n") < total
    dialog.more.click()
    assert not dialog.more.isVisibleTo(dialog)
    assert dialog.browser.document().blockCount() >= total
    with qtbot.waitSignal(dialog.rejected):
        dialog.buttons.button(dialog.buttons.StandardButton.Close).click()


def test_compare_show_all_lays_out_piece_by_piece(qtbot, view, monkeypatch):
    """ "Show all" appends the rest a few clauses per turn of the event loop (the window
    stays live), says how far it is, and ends with every clause; side by side keeps one
    header row."""
    from meetingdesk.ui.drafting import compare as compare_dialog

    monkeypatch.setattr(compare_dialog, "PAGE", 2)
    monkeypatch.setattr(compare_dialog, "CHUNK", 3)
    labels = view.ctx.text.document.revision_labels
    dialog = view.open_compare()
    dialog.side.setChecked(True)
    dialog.choose(labels[0], compare_dialog.CURRENT, "en")
    with qtbot.waitSignal(dialog.compared, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    total = len(blocker.args[0].changes)
    assert total > 2 + 3, "needs more than one piece after the first page"
    dialog.more.click()
    # after the first piece the button says how far the layout is, and waits for the next
    assert dialog.more.isVisibleTo(dialog) and not dialog.more.isEnabled()
    assert f"5 of {total}" in dialog.more.text() or f"5 / {total}" in dialog.more.text()
    with qtbot.waitSignal(dialog.laid_out, timeout=20_000):
        pass
    assert not dialog.more.isVisibleTo(dialog)
    shown = dialog.browser.toPlainText()
    last = blocker.args[0].changes[-1]
    assert (last.new_text or last.old_text).split()[0] in shown
    assert shown.count("Before") == 1  # the column titles once, not once per piece
    with qtbot.waitSignal(dialog.rejected):
        dialog.buttons.button(dialog.buttons.StandardButton.Close).click()


def test_a_comparison_under_way_can_be_stopped(qtbot, view):
    """Stop drops the comparison: its result never shows and Compare works again."""
    from meetingdesk.ui import jobs
    from meetingdesk.ui.drafting import compare as compare_dialog

    labels = view.ctx.text.document.revision_labels
    dialog = view.open_compare()
    dialog.choose(labels[0], compare_dialog.CURRENT, "en")
    shown: list = []
    dialog.compared.connect(shown.append)
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert dialog.stop_button.isVisibleTo(dialog) and not dialog.compare_button.isEnabled()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert jobs.wait_for_jobs(20_000)
    qtbot.wait(50)
    assert shown == [] and dialog.snap is None
    assert dialog.compare_button.isEnabled() and not dialog.stop_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.compared, timeout=20_000):
        qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert not dialog.stop_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.rejected):
        dialog.buttons.button(dialog.buttons.StandardButton.Close).click()
