"""Colours for the square-bracket markup inside a clause editor, and its live check.

The markup spans whole clause texts (a bracket may open on one line and close on the
next), so segments are computed once per text change and each block only paints its share.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from meetingdesk.text.brackets import BracketError, Segment, segments, validate


def _format(colour: str, *, bold: bool = False, background: str = "") -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if background:
        fmt.setBackground(QColor(background))
    return fmt


# Bracketed text gets a light tint that deepens with nesting; markup itself is bold.
_DEPTH_TINTS = ("", "#fff4d6", "#ffe7a8", "#ffd97a")
FORMATS = {
    "bracket": _format("#1d4ed8", bold=True),
    "separator": _format("#7c3aed", bold=True),
    "delegations": _format("#047857", bold=True),
    "error": _format("#ffffff", bold=True, background="#dc2626"),
}


class BracketHighlighter(QSyntaxHighlighter):
    """Paints brackets, separators, delegation lists and errors (white on red)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._segments: list[Segment] = []
        self._text = ""

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
                    tint = _DEPTH_TINTS[min(seg.depth, len(_DEPTH_TINTS) - 1)]
                    fmt = QTextCharFormat()
                    fmt.setBackground(QColor(tint))
                    self.setFormat(a, b - a, fmt)
                continue
            self.setFormat(a, b - a, FORMATS[seg.kind])


def check(text: str) -> BracketError | None:
    """The first markup error of text (None when valid); empty text is not a markup error."""
    return validate(text) if text else None
