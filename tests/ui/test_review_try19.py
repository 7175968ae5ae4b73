"""The window as a user meets it on the demo meeting (issue 19 review): widths, names and
languages found by walking the pages under Xvfb."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from meetingdesk.services.drafting import documents  # noqa: E402


@pytest.fixture
def demo_window(qtbot, demo_desk):
    from meetingdesk.ui.main_window import MainWindow

    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=20_000):
        w.show()
    yield w
    w.close()


def _drafting(window, qtbot):
    """The window's Drafting page, shown, with its first document loaded."""
    window.nav.setCurrentRow(window.pages.row_named("DraftingView"))
    page = window.drafting
    qtbot.waitUntil(lambda: page.document_id is not None, timeout=10_000)
    return page


def _document(desk, name: str):
    meeting_id = desk_meeting(desk)
    return next(d for d in documents.list_documents(desk, meeting_id) if d.short_name == name)


def desk_meeting(desk) -> int:
    from meetingdesk.services import meetings

    return meetings.list_meetings(desk)[0].id


def test_the_demo_declaration_fits_a_1280_pixel_window(demo_window, qtbot):
    """The declaration's statuses ('Agreed ad ref (CAN)') widened the clause list until the
    drafting page scrolled sideways at 1280 px."""
    window = demo_window
    window.resize(1280, 800)
    page = _drafting(window, qtbot)
    page.show_document(_document(window.hub.desk, "declaration").id)
    qtbot.wait(50)
    room = 1280 - window.nav.width() - 40  # the splitter handle and margins
    assert page.minimumSizeHint().width() <= room, (page.minimumSizeHint().width(), room)


def _clause_with_actions(desk, document_id: int):
    from meetingdesk.services.actions.read import actions_for_clause

    for clause in documents.document_text(desk, document_id).clauses:
        found = actions_for_clause(desk, clause.id)
        if found:
            return clause, found
    raise AssertionError("no clause of the declaration has actions")


def test_implemented_by_names_the_actions_in_japanese(demo_window, qtbot, japanese):
    """Under the Japanese interface the 'Implemented by' links read the actions' Japanese
    titles (they were English: '2. Good practice on security by design (GBR)')."""
    window = demo_window
    page = _drafting(window, qtbot)
    declaration = _document(window.hub.desk, "declaration")
    page.show_document(declaration.id)
    clause, found = _clause_with_actions(window.hub.desk, declaration.id)
    page.open_clause(clause.id)
    shown = page.editor.actions_label.text()
    assert "実施する行動" in shown
    for action in found:
        assert action.title_ja and action.title_ja in shown, (action.title_ja, shown)
        assert action.title_en not in shown


def test_after_a_check_in_the_shown_clause_has_the_new_text_and_saves(
    qtbot, window, tmp_path, boxes
):
    """A user on the Drafting page checks a package in that changed the clause on screen:
    the page shows the package's text, and the next edit saves without a 'someone else'."""
    from meetingdesk.services.base import Desk
    from meetingdesk.services.meetings import list_meetings
    from meetingdesk.services.offline import checkout

    desk = window.hub.desk
    decl = documents.find_document(desk, window.hub.meeting_id, "declaration")
    page = _drafting(window, qtbot)
    page.show_document(decl.id)
    clause = next(c for c in page.ctx.text.clauses if "promote" in c.text_en)
    page.clauses.select(clause.id)
    assert page.editor.text("en") == clause.text_en

    package = tmp_path / "laptop.mdpkg"
    checkout(desk, window.hub.meeting_id, ["declaration"], package)
    laptop = Desk.open(f"sqlite:///{package}", user="drafter")
    away_doc = documents.find_document(laptop, list_meetings(laptop)[0].id, "declaration")
    away = next(
        c for c in documents.document_text(laptop, away_doc.id).clauses if c.uuid == clause.uuid
    )
    documents.save_text(
        laptop, away.id, "en", "We [foster / promote] open data.", expected_head=away.en_version_id
    )
    laptop.close()
    with qtbot.waitSignal(window.offline.checked_in, timeout=20_000):
        window.offline.check_in(package)
    if window.offline.last_dialog is not None:
        window.offline.last_dialog.close()
    qtbot.waitUntil(
        lambda: page.editor.text("en") == "We [foster / promote] open data.", timeout=10_000
    )
    row_text = page.clauses.table.proxy.index(page.clauses.table.view.currentIndex().row(), 5)
    assert "open data" in str(row_text.data())

    page.editor.edits["en"].setPlainText("We [foster / promote] open data and trust.")
    assert page.save(), boxes.texts()
    assert not boxes.kinds(), boxes.texts()
    saved = {c.uuid: c.text_en for c in documents.document_text(desk, decl.id).clauses}
    assert saved[clause.uuid] == "We [foster / promote] open data and trust."


def test_the_clause_list_gives_its_text_column_room_at_1280_pixels(demo_window, qtbot):
    """At 1280 px the English column of the clause list reads more than a few words."""
    window = demo_window
    window.resize(1280, 800)
    page = _drafting(window, qtbot)
    page.show_document(_document(window.hub.desk, "declaration").id)
    qtbot.wait(100)
    header = page.clauses.table.view.horizontalHeader()
    assert header.sectionSize(header.count() - 1) >= 260, header.sectionSize(header.count() - 1)


def test_the_drafting_page_from_the_keyboard_only(window, qtbot):
    """A keyboard user picks Drafting in the page list, goes to the clauses with Ctrl+1 and
    leaves them with Tab; Ctrl+2 reaches the English text, Tab the Japanese."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    page = _drafting(window, qtbot)
    window.nav.setFocus()
    qtbot.waitUntil(lambda: window.nav.hasFocus(), timeout=5_000)
    table = page.clauses.table.view
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is table, QApplication.focusWidget()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table, "Tab is kept inside the clause list"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.editor.edits["en"]
    qtbot.keyClick(page.editor.edits["en"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.editor.edits["ja"]


def test_tab_leaves_every_table_of_every_page(window, qtbot):
    """No table on a page keeps the keyboard: Tab moves on (the drafting page's versions,
    statuses and delegations tables walked their cells)."""
    from PySide6.QtWidgets import QTableView

    trapped = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.pages.page(row)
        trapped += [
            f"{window.nav.item(row).text()}: {t.accessibleName() or type(t.parent()).__name__}"
            for t in page.findChildren(QTableView)
            if t.tabKeyNavigation()
        ]
    assert not trapped, trapped


def _frame(edit) -> list:
    """The colours of an editor's frame: its outermost 2 px along the middle of the left edge."""
    image = edit.grab().toImage()
    h = image.height()
    return [image.pixelColor(x, y) for x in (0, 1) for y in range(h // 4, 3 * h // 4, 8)]


def test_the_focused_clause_text_is_visible(window, qtbot):
    """Which text has the keyboard shows at a glance: the focused editor's frame differs
    from the other's by at least 3:1 (WCAG non-text contrast), in light and dark."""
    from meetingdesk.ui import theme

    window.activateWindow()
    page = _drafting(window, qtbot)
    en, ja = page.editor.edits["en"], page.editor.edits["ja"]
    en.setFocus()
    qtbot.waitUntil(en.hasFocus, timeout=5_000)
    changed = [theme.contrast(a, b) for a, b in zip(_frame(en), _frame(ja), strict=True)]
    assert max(changed) >= 3.0, max(changed)


def test_the_focused_clause_text_is_visible_in_a_dark_palette(qtbot, ui_desk):
    from PySide6.QtWidgets import QApplication

    from meetingdesk.ui import theme
    from meetingdesk.ui.main_window import MainWindow
    from tests.ui.test_theme import dark_palette

    app = QApplication.instance()
    before = app.palette()
    app.setPalette(dark_palette())
    theme.mend_palette(app)  # as the program does at its start
    try:
        window = MainWindow(ui_desk)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=20_000):
            window.show()
        test_the_focused_clause_text_is_visible(window, qtbot)
        window.close()
    finally:
        app.setPalette(before)


def test_undoing_an_english_edit_in_the_window_clears_the_japanese_stale_mark(window, qtbot):
    """Save an English edit (the Japanese is marked stale), then Undo on the page's toolbar:
    the English is back to what the Japanese was translated from and the mark is gone."""
    page = _drafting(window, qtbot)
    decl = documents.find_document(window.hub.desk, window.hub.meeting_id, "declaration")
    page.show_document(decl.id)
    clause = next(c for c in page.ctx.text.clauses if c.text_ja and not c.ja_stale)
    page.clauses.select(clause.id)
    page.editor.edits["en"].setPlainText(clause.text_en + " Indeed.")
    assert page.save()
    assert page.ctx.clause(clause.id).ja_stale
    assert page.undo_action.isEnabled()
    page.undo_action.trigger()
    qtbot.waitUntil(lambda: not page.ctx.clause(clause.id).ja_stale, timeout=10_000)
    assert page.editor.text("en") == clause.text_en
    row = next(c for c in page.clauses.table.rows() if c.id == clause.id)
    assert not row.ja_stale


def test_the_action_plan_titles_can_be_read_at_1280_pixels(demo_window, qtbot, navigate):
    """The Title column stretched over what six 100 px columns left: ~30 px, one letter and
    an ellipsis per line, while 'No.' held 100 px for '12.'."""
    from meetingdesk.ui.actions import ActionPlanView
    from meetingdesk.ui.actions.model import COL_NUMBER, COL_TITLE

    demo_window.resize(1280, 800)
    plan = navigate(demo_window, ActionPlanView)
    qtbot.wait(50)
    header = plan.table.horizontalHeader()
    sizes = [header.sectionSize(c) for c in range(header.count())]
    assert header.sectionSize(COL_TITLE) >= 200, (sizes, plan.table.width())
    assert header.sectionSize(COL_NUMBER) < 80, header.sectionSize(COL_NUMBER)
    assert header.length() <= plan.table.viewport().width() + 1, "the table scrolls sideways"


def test_the_progress_chart_names_the_zero_draft_in_japanese(demo_window, qtbot, japanese):
    """The drafting overview's bars under the Japanese interface: 'Zero draft' was English."""
    window = demo_window
    page = _drafting(window, qtbot)
    page.show_document(_document(window.hub.desk, "declaration").id)
    page.tabs.setCurrentWidget(page.overview)
    chart = page.overview.chart
    qtbot.waitUntil(lambda: len(chart.points) > 1, timeout=10_000)
    names = [chart.bar_label(p) for p in chart.points]
    assert "ゼロ・ドラフト" in names and "Zero draft" not in names, names


def test_the_drafting_overview_tables_show_their_rows_at_1280_by_800(demo_window, qtbot):
    window = demo_window
    window.resize(1280, 800)
    page = _drafting(window, qtbot)
    page.show_document(_document(window.hub.desk, "declaration").id)
    page.tabs.setCurrentWidget(page.overview)
    table = page.overview.statuses
    qtbot.waitUntil(lambda: table.rowCount() > 2, timeout=10_000)
    qtbot.wait(50)
    shown = table.viewport().height() // table.rowHeight(0)
    assert shown >= 3, (shown, table.rowCount())


def test_the_documents_list_shows_each_title_once_in_japanese(
    demo_window, qtbot, navigate, japanese
):
    """Under the Japanese interface the documents list said the Japanese title twice (its
    'Title' column followed the interface) and its revisions in English ('Zero draft')."""
    from meetingdesk.ui.drafting.documents_view import DocumentsView

    docs = navigate(demo_window, DocumentsView)
    table = docs.documents
    row = next(i for i, d in enumerate(table.rows()) if d.short_name == "declaration")
    model = table.proxy
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    cells = [model.index(row, c).data() for c in range(model.columnCount())]
    assert cells[heads.index("名称(英語)")] == "Joint Declaration by G7 ICT Ministers"
    assert cells[heads.index("名称(日本語)")] == "G7情報通信大臣共同宣言"
    assert cells[heads.index("改訂版")].startswith("ゼロ・ドラフト, Rev.1")


def test_the_agenda_shows_its_warnings_column_at_1280_pixels(demo_window, qtbot, navigate):
    """The demo agenda's titles widened their columns until Warnings lay beyond the right
    edge (a sideways scroll to see a clash)."""
    from meetingdesk.ui.logistics.agenda_view import AgendaView

    demo_window.resize(1280, 800)
    agenda = navigate(demo_window, AgendaView)
    qtbot.wait(50)
    tree = agenda.editor.tree
    header = tree.header()
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + 60 <= tree.viewport().width(), (
        [header.sectionSize(c) for c in range(header.count())],
        tree.viewport().width(),
    )
