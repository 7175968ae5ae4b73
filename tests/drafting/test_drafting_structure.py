"""Sub-paragraphs, resolving a bracket and the projector, driven through the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo

from meetingdesk.services import drafting
from meetingdesk.ui.drafting.projector import POINT_SIZE


def _select(view, number: str):
    clause = next(c for c in view.clauses.shown() if c.number.strip("\u2003 ") == number)
    assert view.clauses.select(clause.id)
    return clause


def _row_number(view, clause_id: int) -> str:
    rows = view.clauses.shown()
    i = next(k for k, c in enumerate(rows) if c.id == clause_id)
    return view.clauses.table.view.model().index(i, 0).data()


def test_indent_and_outdent_from_the_buttons(qtbot, view, drafting_desk, boxes):
    seven = _select(view, "7.")
    qtbot.mouseClick(view.indent_button, Qt.MouseButton.LeftButton)
    moved = view.ctx.clause(seven.id)
    assert (moved.depth, moved.number, moved.reference) == (1, "(a)", "6(a)")
    assert _row_number(view, seven.id) == "\u2003(a)"
    assert view.clauses.current().id == seven.id
    # a paragraph right under a sub-heading: a heading holds no sub-paragraphs
    five = _select(view, "5.")
    before = [(c.id, c.number) for c in view.clauses.shown()]
    qtbot.mouseClick(view.indent_button, Qt.MouseButton.LeftButton)
    assert "A heading cannot hold sub-paragraphs" in boxes.texts()
    # the first clause: nothing above holds it
    view.clauses.select(view.clauses.shown()[0].id)
    view.indent_selected()
    assert "cannot be indented" in boxes.texts()
    assert [(c.id, c.number) for c in view.clauses.shown()] == before
    assert view.ctx.clause(five.id).depth == 0
    # outdent with the keyboard
    view.clauses.select(seven.id)
    view.clauses.table.view.setFocus()
    qtbot.keyClick(
        view.clauses.table.view,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    back = view.ctx.clause(seven.id)
    # within the round a clause that changed level gets a fresh number where it lands;
    # 8, 9 … keep theirs
    assert (back.depth, back.number) == (0, "6bis.")
    assert [c.number for c in view.clauses.shown() if c.number in ("8.", "9.")] == ["8.", "9."]


def test_pick_an_alternative_and_undo_in_one_step(qtbot, view, drafting_desk, boxes):
    clause = next(c for c in view.clauses.shown() if "[will / shall" in c.text_en)
    view.clauses.select(clause.id)
    edit = view.editor.edits["en"]
    text = edit.toPlainText()
    cursor = edit.textCursor()
    cursor.setPosition(text.index("shall"))
    edit.setTextCursor(cursor)
    edit.setFocus()
    menu = view.bracket_menu("en", text.index("shall"), view)
    titles = [a.text() for a in menu.actions() if a.text()]
    assert titles[0].startswith("Keep alternative 1: “will”")
    assert titles[1].startswith("Keep alternative 2: “shall”") and "{DEU, FRA}" in titles[1]
    qtbot.keyClick(
        edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    after = view.ctx.clause(clause.id)
    assert "We shall promote" in after.text_en and "[" not in after.text_en.split("promote")[0]
    assert "推進しなければならない" in after.text_ja and "[推進する" not in after.text_ja
    assert drafting.history(drafting_desk, clause.id, "en")[0].note.startswith("alternative 2")
    assert view.undo_action.isEnabled()
    view.undo_action.trigger()
    undone = view.ctx.clause(clause.id)
    assert undone.text_en == clause.text_en and undone.text_ja == clause.text_ja


def test_projector_follows_selection_and_edits(qtbot, view, drafting_desk):
    projector = view.open_projector()
    qtbot.addWidget(projector)
    qtbot.waitExposed(projector)
    assert QFontInfo(projector.body.font()).pointSize() >= 28 and POINT_SIZE >= 28
    nine = _select(view, "9.")
    assert projector.selected == nine.id
    shown = [c.number for c in projector.window_clauses()]
    assert shown == ["(b)", "9.", "iii."]
    assert "should" in projector.body.text() or "shall" in projector.body.text()
    eightbis = _select(view, "8bis.")
    assert projector.selected == eightbis.id
    assert "cultural heritage" in projector.body.text()
    # an edit saved in the window shows on the projector at once
    edit = view.editor.edits["en"]
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " Museums too.")
    view.save()
    assert "Museums too." in projector.body.text()
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert projector.blacked_out and projector.body.text() == ""
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert "Museums too." in projector.body.text()
    projector.close()


def test_numbering_mode_and_renumber_from_the_toolbar(qtbot, view, drafting_desk, boxes):
    assert view.bis_action.isChecked()
    view.renumber_clean(confirm=False)
    dialog = view.concordance_dialog
    pairs = {
        (dialog.table.item(i, 0).text(), dialog.table.item(i, 1).text())
        for i in range(dialog.table.rowCount())
    }
    assert ("8bis", "9") in pairs
    assert [c.number for c in view.clauses.shown() if c.number[:1].isdigit()][-1] == "13."
    dialog.close()
    view.bis_action.setChecked(False)
    assert view.ctx.text.document.numbering == "renumber"
    eight = _select(view, "8.")
    cid = view.add_clause("operative", "A fresh paragraph.", after=eight.id)
    assert view.ctx.clause(cid).number == "9."
