"""The drafting page fits its words: buttons hold their Japanese labels, the clause list keeps
room for the text, and a revision named after its kind is not named twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QPushButton, QSplitter, QStyle, QToolButton

from meetingdesk.ui import labels
from meetingdesk.ui.drafting.clause_list import STATUS_COLUMN, STATUS_ROOM, TEXT_ROOM


def _shown_text(button: QAbstractButton) -> str:
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped_buttons(page) -> list[str]:
    """Visible buttons whose label (and menu arrow) does not fit inside them."""
    arrow = page.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    problems = []
    for b in page.findChildren(QAbstractButton):
        text = _shown_text(b)
        if not b.isVisible() or not text:
            continue
        need = b.fontMetrics().horizontalAdvance(text) + 8  # a little padding on each side
        if isinstance(b, (QPushButton, QToolButton)) and b.menu() is not None:
            need += arrow
        elif not isinstance(b, (QPushButton, QToolButton)):
            need = 0  # check boxes: their size hint counts the box
        if b.width() < need or b.width() < b.sizeHint().width():
            problems.append(f"{text!r}: {b.width()} px, needs {max(need, b.sizeHint().width())}")
    return problems


def _clause_with_ad_ref(view):
    for row, c in enumerate(view.clauses.shown()):
        if c.ad_ref:
            return row
    raise AssertionError("the demo declaration has a clause agreed ad ref")


def test_every_drafting_button_holds_its_japanese_label(japanese, qtbot, view) -> None:
    view.refresh()  # labels read again under the Japanese catalogue
    view.clauses.table.select_row(_clause_with_ad_ref(view))
    qtbot.wait(50)
    assert view.lift_button.text() == "アド・レフを解除"
    assert view.lift_button.isEnabled() and view.lift_button.menu() is not None
    assert clipped_buttons(view) == []


def test_the_check_finds_a_clipped_button(qtbot, view) -> None:
    """The check itself: a button squeezed under its label is reported."""
    view.lift_button.setFixedWidth(30)
    qtbot.wait(20)
    assert any("Lift ad ref" in p for p in clipped_buttons(view))


def test_the_clause_list_keeps_room_for_the_text(qtbot, view, drafting_desk) -> None:
    from meetingdesk.services.drafting import status

    # five capitals still to confirm: a wide Status column ("Agreed ad ref (CAN, DEU, …)")
    agreed = next(c for c in view.clauses.shown() if c.status == "agreed" and c.number)
    status.set_status(
        drafting_desk,
        agreed.id,
        "ad_ref",
        expected_version=agreed.row_version,
        ad_ref_codes=["CAN", "DEU", "FRA", "ITA", "GBR"],
    )
    view.refresh()
    table = view.clauses.table.view
    header = table.horizontalHeader()
    text_column = header.count() - 1
    assert header.sectionResizeMode(text_column) == header.ResizeMode.Stretch
    qtbot.waitUntil(lambda: header.sectionSize(text_column) > 0)
    # a person drags the splitter far to the right: the list stops at its minimum
    split: QSplitter = view.split
    view.resize(1900, 850)
    qtbot.wait(20)
    split.setSizes([150, 1750])
    qtbot.wait(50)
    assert header.sectionSize(text_column) >= TEXT_ROOM
    # the long ad ref list is cut in its column, whole in the tooltip
    assert header.sectionSize(STATUS_COLUMN) <= STATUS_ROOM
    row = next(r for r, c in enumerate(view.clauses.shown()) if c.id == agreed.id)
    index = table.model().index(row, STATUS_COLUMN)
    assert "GBR, ITA" in index.data(Qt.ItemDataRole.ToolTipRole)
    # and at the default split the text takes what the short columns leave
    view.resize(1280, 800)
    split.setSizes([640, 640])
    qtbot.wait(50)
    short = sum(header.sectionSize(i) for i in range(text_column))
    assert header.sectionSize(text_column) >= TEXT_ROOM
    assert header.sectionSize(text_column) + short >= table.viewport().width() - 2


def test_a_revision_named_after_its_kind_is_named_once(qapp) -> None:
    assert labels.revision_name("Zero draft", "zero") == "Zero draft"
    assert labels.revision_name("Zero draft") == "Zero draft"
    assert labels.revision_name("Rev.2", "chair") == "Rev.2 — Chair's text"
    assert labels.revision_name("Rev.2") == "Rev.2"


def test_the_zero_draft_reads_once_on_the_page(qtbot, view) -> None:
    shown = [view.revision_box.itemText(i) for i in range(view.revision_box.count())]
    assert "Zero draft (read-only)" in shown
    view.show_revision("Zero draft")
    qtbot.waitUntil(lambda: view.editor.banner.isVisible())
    banner = view.editor.banner.text()
    assert banner.count("Zero draft") == 1, banner
    assert "frozen, read-only" in banner


def test_the_zero_draft_in_japanese(japanese, qtbot, view) -> None:
    assert labels.revision_name("Zero draft", "zero") == "ゼロ・ドラフト"
    view.refresh()
    shown = [view.revision_box.itemText(i) for i in range(view.revision_box.count())]
    assert any(s.startswith("ゼロ・ドラフト") for s in shown), shown
    assert not any("Zero draft" in s for s in shown), shown
