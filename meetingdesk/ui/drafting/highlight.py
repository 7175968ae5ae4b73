"""Colours for the square-bracket markup inside a clause editor, and its live check.

The markup spans whole clause texts (a bracket may open on one line and close on the
next), so segments are computed once per text change and each block only paints its share.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from meetingdesk.text.brackets import BracketError, Segment, segments, validate
from meetingdesk.ui import theme


def _format(colour: str, *, bold: bool = False, background: str = "") -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if background:
        fmt.setBackground(QColor(background))
    return fmt


def formats(dark: bool | None = None) -> dict[str, QTextCharFormat]:
    """Markup formats for the palette in use: bold markup in colour, errors white on red."""
    c = lambda role: theme.hex_colour(role, dark)  # noqa: E731
    return {
        "bracket": _format(c("markup_bracket"), bold=True),
        "separator": _format(c("markup_separator"), bold=True),
        "delegations": _format(c("markup_delegations"), bold=True),
        "error": _format(c("markup_error_fg"), bold=True, background=c("markup_error_bg")),
    }


class BracketHighlighter(QSyntaxHighlighter):
    """Paints brackets, separators, delegation lists and errors (white on red)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._segments: list[Segment] = []
        self._text = ""
        # Bracketed text gets a tint that deepens with nesting; markup itself is bold.
        self.dark = theme.is_dark()
        self.formats = formats(self.dark)

    def segments(self) -> list[Segment]:
        return list(self._segments)

    def highlightBlock(self, text: str) -> None:
        whole = self.document().toPlainText()
        if whole != self._text:
            self._text = whole
            self._segments = segments(whole)
        block = self.currentBlock()
        start, end = block.position(), block.position() + len(text)
        for seg in self._segments:
            if seg.end <= start or seg.start >= end:
                continue
            a, b = max(seg.start, start) - start, min(seg.end, end) - start
            if seg.kind == "text":
                if seg.depth:
                    tint = theme.depth_tint(seg.depth, self.dark)
                    fmt = QTextCharFormat()
                    fmt.setBackground(QColor(tint))
                    self.setFormat(a, b - a, fmt)
                continue
            self.setFormat(a, b - a, self.formats[seg.kind])


def check(text: str) -> BracketError | None:
    """The first markup error of text (None when valid); empty text is not a markup error."""
    return validate(text) if text else None
