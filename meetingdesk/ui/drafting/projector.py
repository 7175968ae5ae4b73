"""The projector: the text as the room sees it, on the room's screen.

A window of its own (View → Projector, F5) showing the clause the secretary has selected
with its neighbours, in large type (30 pt: readable from the back of a room at 1080p),
brackets and alternatives coloured, following the selection and every saved edit. It goes
full screen on a second screen when there is one. B (or the period key, as on presentation
remotes) blacks the screen out and back; Esc leaves full screen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from meetingdesk.snapshots import ClauseSnap
from meetingdesk.text.brackets import segments

POINT_SIZE = 30  # the issue asks ≥ 28 pt at 1080p
NEIGHBOURS = 1  # clauses shown before and after the selected one
# Bracket colours readable on a dark background from afar.
COLOURS = {
    "bracket": "#fbbf24",
    "separator": "#f472b6",
    "delegations": "#34d399",
    "error": "#f87171",
}
ALTERNATIVE_TINTS = ("#93c5fd", "#fcd34d")  # alternatives alternate blue / amber
BACKGROUND = "#111827"
FOREGROUND = "#f9fafb"
DIMMED = "#9ca3af"


def clause_html(text: str) -> str:
    """The clause's markup as HTML: brackets, separators and delegation lists coloured, the
    alternatives of a bracket alternating two tints so each choice stands out."""
    out: list[str] = []
    alt_index: dict[int, int] = {}
    for seg in segments(text):
        piece = html.escape(text[seg.start : seg.end])
        if seg.kind == "text":
            if seg.depth:
                tint = ALTERNATIVE_TINTS[alt_index.get(seg.depth, 0) % 2]
                out.append(f'<span style="color:{tint}">{piece}</span>')
            else:
                out.append(piece)
            continue
        if seg.kind == "bracket" and text[seg.start] == "[":
            alt_index[seg.depth] = 0
        elif seg.kind == "separator":
            alt_index[seg.depth] = alt_index.get(seg.depth, 0) + 1
        out.append(f'<b style="color:{COLOURS[seg.kind]}">{piece}</b>')
    return "".join(out)


class ProjectorWindow(QWidget):
    """The room's view. ``show_clauses`` gives it the document's clauses and the selected
    one; the drafting view calls it on every selection and refresh."""

    #: blacked out (True) or showing the text again (False)
    blackoutChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("ProjectorWindow")
        self.setWindowTitle(self.tr("MeetingDesk — Projector"))
        self.setStyleSheet(f"#ProjectorWindow {{ background: {BACKGROUND}; }}")
        self.setAutoFillBackground(True)
        self.lang = "en"
        self.blacked_out = False
        self.clauses: list[ClauseSnap] = []
        self.selected: int | None = None
        self.body = QLabel(self)
        self.body.setObjectName("projector_text")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        font = self.body.font()
        font.setPointSize(POINT_SIZE)
        self.body.setFont(font)
        self.body.setStyleSheet(f"color: {FOREGROUND}; background: {BACKGROUND};")
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setStyleSheet(f"background: {BACKGROUND};")
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.scroll)
        self.resize(1280, 720)

    # -- content ------------------------------------------------------------------------

    def show_clauses(self, clauses: list[ClauseSnap], selected: int | None) -> None:
        """The document's clauses (in order) and the one the secretary has selected."""
        self.clauses = [c for c in clauses if c.status != "deleted" or c.number]
        self.selected = selected
        self._render()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._render()

    def window_clauses(self) -> list[ClauseSnap]:
        """The selected clause with NEIGHBOURS clauses before and after it."""
        ids = [c.id for c in self.clauses]
        if self.selected not in ids:
            return self.clauses[: 1 + NEIGHBOURS]
        i = ids.index(self.selected)
        return self.clauses[max(0, i - NEIGHBOURS) : i + NEIGHBOURS + 1]

    def _render(self) -> None:
        if self.blacked_out:
            self.body.setText("")
            return
        parts = []
        for c in self.window_clauses():
            text = c.text_ja if self.lang == "ja" and c.text_ja else c.text_en
            if c.status == "deleted":
                text_html = f"<i>{html.escape(self.tr('[deleted]'))}</i>"
            else:
                text_html = clause_html(text)
            current = c.id == self.selected
            colour = FOREGROUND if current else DIMMED
            indent = 1.5 * c.depth
            number = html.escape(c.number)
            weight = "font-weight:600;" if c.kind in ("heading", "section", "subheading") else ""
            style = f"color:{colour}; margin-left:{indent}em; margin-bottom:0.6em; {weight}"
            if current:
                style += " border-left: 6px solid #fbbf24;"
            parts.append(f'<p style="{style}"><b>{number}</b> {text_html}</p>')
        self.body.setText("".join(parts))

    # -- screen ----------------------------------------------------------------------------

    def present(self) -> None:
        """Show the window: full screen on a second screen when present, else a window."""
        screens = QGuiApplication.screens()
        own = self.parentWidget().screen() if self.parentWidget() is not None else None
        other = next((s for s in screens if s is not own), None)
        if other is not None and len(screens) > 1:
            self.setGeometry(other.geometry())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()

    def toggle_blackout(self) -> None:
        self.blacked_out = not self.blacked_out
        self.body.setVisible(not self.blacked_out)
        self._render()
        self.blackoutChanged.emit(self.blacked_out)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.toggle_blackout()
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif key == Qt.Key.Key_J:
            self.set_language("ja" if self.lang == "en" else "en")
        else:
            super().keyPressEvent(event)
