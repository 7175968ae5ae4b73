# SPDX-License-Identifier: GPL-3.0-or-later
"""Paragraph with a complete kinsoku rule.

ReportLab's CJK wrap hangs one line-start-forbidden character into the margin but not two:
"…である]。" or "…」。" at a line end leaves 。 starting the next line. When that happens we
break again with that line made two characters narrower, so the last ordinary character
carries the closing marks down with it.
"""

from __future__ import annotations

from functools import cache

FORBIDDEN_START = frozenset("、。，．・：；？！ー」』）］｝〕〉》】]})!?,.:;")


def Paragraph(text: str, style, **kwargs):  # noqa: N802 — stands in for the class
    """A reportlab Paragraph; the kinsoku-complete one for Japanese (wordWrap CJK) styles."""
    if getattr(style, "wordWrap", None) == "CJK":
        return _kinsoku_class()(text, style, **kwargs)
    from reportlab.platypus import Paragraph as Plain

    return Plain(text, style, **kwargs)


def _line_text(line) -> str:
    """Text of one broken line: (extra space, [strings]) or a FragLine with words."""
    if isinstance(line, tuple):
        return "".join(w for w in line[1] if isinstance(w, str))
    return "".join(getattr(w, "text", "") for w in getattr(line, "words", ()))


@cache
def _kinsoku_class():
    from reportlab.platypus import Paragraph as Plain

    class KinsokuParagraph(Plain):
        def breakLinesCJK(self, maxWidths):  # noqa: N803 — ReportLab names it so
            widths = list(maxWidths) if isinstance(maxWidths, list | tuple) else [maxWidths]
            result = super().breakLinesCJK(widths)
            for _ in range(8):
                lines = getattr(result, "lines", [])
                bad = next(
                    (
                        i
                        for i in range(1, len(lines))
                        if _line_text(lines[i])[:1] in FORBIDDEN_START and _line_text(lines[i])[:1]
                    ),
                    None,
                )
                if bad is None:
                    return result
                widths = widths + [widths[-1]] * (len(lines) + 1 - len(widths))
                widths[bad - 1] -= 2 * self.style.fontSize
                result = super().breakLinesCJK(widths)
            return result

    return KinsokuParagraph
