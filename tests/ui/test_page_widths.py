"""Every page fits a common laptop window (1280 px wide) in English and in Japanese: no
sideways scrolling. Japanese labels are often wider than the English ones."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea


def _widths(window, qtbot) -> dict[str, tuple[int, int]]:
    window.resize(1280, 800)
    found = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.wait(300)
        page = window.stack.currentWidget()
        if isinstance(page, QScrollArea) and page.widget() is not None:
            page = page.widget()
        room = 1280 - window.nav.width() - 40  # the splitter handle and margins
        found[window.nav.item(row).text()] = (page.minimumSizeHint().width(), room)
    return found


def _open(qtbot, desk):
    from meetingdesk.ui.main_window import MainWindow

    w = MainWindow(desk)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=30_000):
        w.show()
    return w


def test_every_page_fits_1280_pixels_in_english(qtbot, demo_desk) -> None:
    w = _open(qtbot, demo_desk)
    widths = _widths(w, qtbot)
    assert len(widths) == 7
    assert all(need <= room for need, room in widths.values()), widths
    w.close()


def test_every_page_fits_1280_pixels_in_japanese(qtbot, japanese, demo_desk) -> None:
    w = _open(qtbot, demo_desk)
    widths = _widths(w, qtbot)
    assert "行動計画" in widths
    assert all(need <= room for need, room in widths.values()), widths
    w.close()
