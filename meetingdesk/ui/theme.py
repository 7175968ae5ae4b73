"""The window's own colours, chosen for the palette in use (light or dark).

Qt's palette covers ordinary text and backgrounds; the program adds meaning with colour
(markup, banners, refusals, charts). Each such colour is named here by its role, with a light
and a dark variant, so that no widget carries a hard-coded colour and every text keeps a WCAG
contrast of at least 4.5:1 against what it sits on (tests/ui/test_theme.py measures it).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# role: (light, dark)
COLOURS: dict[str, tuple[str, str]] = {
    "text_error": ("#b00020", "#ff8a80"),
    "text_warning": ("#92400e", "#fcd34d"),
    "text_ok": ("#166534", "#86efac"),
    "text_muted": ("#595959", "#b0b0b0"),
    "markup_bracket": ("#1d4ed8", "#93c5fd"),
    "markup_separator": ("#6d28d9", "#c4b5fd"),
    "markup_delegations": ("#065f46", "#6ee7b7"),
    "markup_error_fg": ("#ffffff", "#ffffff"),
    "markup_error_bg": ("#b91c1c", "#b91c1c"),
    "chart_text": ("#111827", "#e5e7eb"),
    "chart_axis": ("#4b5563", "#9ca3af"),
    "chart_background": ("#ffffff", "#1f2328"),
    "deleted_selected": ("#e2e8f0", "#3a4150"),
    "redline_insert_fg": ("#046c4e", "#86efac"),
    "redline_insert_bg": ("#e7f7ee", "#10301f"),
    "redline_delete_fg": ("#b91c1c", "#fca5a5"),
    "redline_delete_bg": ("#fdecec", "#3a1515"),
}

# Tints behind bracketed text, by depth (the text itself keeps the palette's colour).
DEPTH_TINTS: tuple[tuple[str, str], ...] = (
    ("", ""),
    ("#fff4d6", "#3b3220"),
    ("#ffe7a8", "#4a3c19"),
    ("#ffd97a", "#5a4713"),
)

# Banners: (background, text, border) per light/dark.
BANNERS: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "warning": (("#fef3c7", "#78350f", "#f59e0b"), ("#3d2e06", "#fde68a", "#b45309")),
    "error": (("#fee2e2", "#7f1d1d", "#dc2626"), ("#3f1212", "#fecaca", "#ef4444")),
    "info": (("#dbeafe", "#1e3a8a", "#60a5fa"), ("#10243f", "#bfdbfe", "#3b82f6")),
    "ok": (("#dcfce7", "#14532d", "#16a34a"), ("#0d2b17", "#bbf7d0", "#22c55e")),
}

# Backgrounds that tell delegations apart in attributions (text keeps the palette colour).
ATTRIBUTION: tuple[tuple[str, str], ...] = (
    ("#dbeafe", "#1e3350"),
    ("#dcfce7", "#173a24"),
    ("#fef3c7", "#3d3310"),
    ("#fce7f3", "#43192f"),
    ("#ede9fe", "#2e2450"),
    ("#ccfbf1", "#123b36"),
    ("#fee2e2", "#451a1a"),
    ("#e0e7ff", "#232a55"),
    ("#f3e8ff", "#38204a"),
    ("#ecfccb", "#2d3a12"),
)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette in use has light text on a dark window."""
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def hex_colour(role: str, dark: bool | None = None) -> str:
    light, dark_value = COLOURS[role]
    return dark_value if (is_dark() if dark is None else dark) else light


def colour(role: str, dark: bool | None = None) -> QColor:
    return QColor(hex_colour(role, dark))


def text_style(role: str, bold: bool = False) -> str:
    """A style sheet for a label whose text carries meaning (error, warning, ok, muted)."""
    weight = ";font-weight:bold" if bold else ""
    return f"color:{hex_colour(role)}{weight}"


def banner_style(kind: str, selector: str = "", dark: bool | None = None) -> str:
    """A style sheet for a coloured banner (warning, error, info, ok)."""
    light, dark_value = BANNERS[kind]
    bg, fg, border = dark_value if (is_dark() if dark is None else dark) else light
    body = f"background:{bg};color:{fg};padding:4px 8px;border:1px solid {border}"
    return f"{selector}{{{body}}}" if selector else body


def depth_tint(depth: int, dark: bool | None = None) -> str:
    light, dark_value = DEPTH_TINTS[min(depth, len(DEPTH_TINTS) - 1)]
    return dark_value if (is_dark() if dark is None else dark) else light


def attribution_tints(dark: bool | None = None) -> tuple[str, ...]:
    use_dark = is_dark() if dark is None else dark
    return tuple(d if use_dark else light for light, d in ATTRIBUTION)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 … 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mend_palette(app) -> None:
    """Make links readable on the palette in use: some platform dark palettes keep a dark
    blue link colour, which reads as nothing on a dark window."""
    pal = app.palette()
    window = pal.color(QPalette.ColorRole.Window)
    for role in (QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited):
        if contrast(pal.color(role), window) < 4.5:
            pal.setColor(role, QColor("#8ab4f8" if is_dark(pal) else "#1a56db"))
    app.setPalette(pal)
