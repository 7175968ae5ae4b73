"""Dark mode: every colour the program adds keeps a WCAG contrast of 4.5:1 on what it sits
on, in the light and the dark palette; and a dark-palette run of every page finds no text
below 4.5:1 against its background."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from meetingdesk.ui import theme  # noqa: E402

WCAG_AA = 4.5
# What the program's colours sit on: a light and a dark window/base.
BACKGROUNDS = {False: ("#ffffff", "#efefef"), True: ("#1e1e1e", "#2b2b2b")}
TEXT = {False: "#000000", True: "#f0f0f0"}


def dark_palette() -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Link: "#1a3a8a",  # a dark link, as some platform palettes have
        QPalette.ColorRole.LinkVisited: "#3a1a6a",
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    return pal


def ratio(a: str | QColor, b: str | QColor) -> float:
    return theme.contrast(QColor(a), QColor(b))


@pytest.mark.parametrize("dark", [False, True])
def test_text_colours_read_on_windows_and_fields(dark: bool) -> None:
    for role in (
        "text_error",
        "text_warning",
        "text_ok",
        "text_muted",
        "markup_bracket",
        "markup_separator",
        "markup_delegations",
    ):
        for bg in BACKGROUNDS[dark]:
            assert ratio(theme.hex_colour(role, dark), bg) >= WCAG_AA, (role, bg)


@pytest.mark.parametrize("dark", [False, True])
def test_markup_reads_on_every_bracket_depth(dark: bool) -> None:
    for depth in range(1, len(theme.DEPTH_TINTS)):
        tint = theme.depth_tint(depth, dark)
        assert ratio(TEXT[dark], tint) >= WCAG_AA, ("text", depth)
        for role in ("markup_bracket", "markup_separator", "markup_delegations"):
            assert ratio(theme.hex_colour(role, dark), tint) >= WCAG_AA, (role, depth)
    fg, bg = theme.hex_colour("markup_error_fg", dark), theme.hex_colour("markup_error_bg", dark)
    assert ratio(fg, bg) >= WCAG_AA


@pytest.mark.parametrize("dark", [False, True])
def test_banners_redline_charts_and_attributions(dark: bool) -> None:
    for kind, variants in theme.BANNERS.items():
        bg, fg, _border = variants[1 if dark else 0]
        assert ratio(fg, bg) >= WCAG_AA, kind
    for kind in ("insert", "delete"):
        fg = theme.hex_colour(f"redline_{kind}_fg", dark)
        assert ratio(fg, theme.hex_colour(f"redline_{kind}_bg", dark)) >= WCAG_AA, kind
    assert (
        ratio(theme.hex_colour("chart_text", dark), theme.hex_colour("chart_background", dark))
        >= WCAG_AA
    )
    for tint in theme.attribution_tints(dark):
        assert ratio(TEXT[dark], tint) >= WCAG_AA, tint


def test_links_are_mended_on_a_dark_palette(qapp) -> None:
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())
        theme.mend_palette(qapp)
        pal = qapp.palette()
        window = pal.color(QPalette.ColorRole.Window)
        assert theme.contrast(pal.color(QPalette.ColorRole.Link), window) >= WCAG_AA
    finally:
        qapp.setPalette(before)


def _low_contrast(widget) -> str | None:
    if not widget.isVisible() or not widget.isEnabled():
        return None  # WCAG exempts inactive controls
    pal = widget.palette()
    fg = pal.color(widget.foregroundRole())
    bg = pal.color(widget.backgroundRole())
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        fg, bg = pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else "…"
    if isinstance(widget, QLabel) and not text:
        return None
    value = theme.contrast(fg, bg)
    if value < WCAG_AA:
        return f"{type(widget).__name__} {text!r:.40}: {value:.2f} ({fg.name()} on {bg.name()})"
    return None


def test_a_red_on_dark_label_would_be_caught(qtbot) -> None:
    """The page check can fail: a hard-coded dark red on the dark palette is reported."""
    label = QLabel("Refused")
    qtbot.addWidget(label)
    label.setPalette(dark_palette())
    label.setStyleSheet("color: #b00020;")
    label.show()
    assert _low_contrast(label) is not None
    label.setStyleSheet(
        theme.text_style(
            "text_error",
        )
    )
    label.setProperty("dark", True)


def test_every_page_reads_in_a_dark_palette(qtbot, ui_desk) -> None:
    from meetingdesk.ui.main_window import MainWindow

    app = QApplication.instance()
    before = app.palette()
    app.setPalette(dark_palette())
    theme.mend_palette(app)
    try:
        window = MainWindow(ui_desk)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=20_000):
            window.show()
        problems: list[str] = []
        checked = 0
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            page = window.pages.page(row)
            if getattr(page, "is_loading", False):
                qtbot.waitUntil(lambda p=page: not p.is_loading, timeout=20_000)
            qtbot.wait(50)
            for cls in (QLabel, QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit):
                for widget in [page, *page.findChildren(cls)]:
                    if isinstance(widget, cls):
                        checked += widget.isVisible()
                        found = _low_contrast(widget)
                        if found:
                            problems.append(f"{window.nav.item(row).text()}: {found}")
        assert not problems, "\n".join(problems[:20])
        assert checked > 40, f"only {checked} widgets looked at"
        window.close()
    finally:
        app.setPalette(before)
