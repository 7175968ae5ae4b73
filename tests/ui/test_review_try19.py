"""The window as a user meets it on the demo meeting (issue 19 review): widths, names and
languages found by walking the pages under Xvfb."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

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
    window.nav.setCurrentRow(window.pages.row_named("DraftingView"))
    page = window.drafting
    qtbot.waitUntil(lambda: page.document_id is not None, timeout=10_000)
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
    window.nav.setCurrentRow(window.pages.row_named("DraftingView"))
    page = window.drafting
    qtbot.waitUntil(lambda: page.document_id is not None, timeout=10_000)
    declaration = _document(window.hub.desk, "declaration")
    page.show_document(declaration.id)
    clause, found = _clause_with_actions(window.hub.desk, declaration.id)
    page.open_clause(clause.id)
    shown = page.editor.actions_label.text()
    assert "実施する行動" in shown
    for action in found:
        assert action.title_ja and action.title_ja in shown, (action.title_ja, shown)
        assert action.title_en not in shown
