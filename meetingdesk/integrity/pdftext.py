"""Read a final PDF's body text back and compare it, clause by clause, with the adopted text.

The page furniture (header, footer, fingerprint, audit head) lies outside the body frame
and is left out by position. Whitespace and hyphens are ignored: line breaks and
hyphenation fall where the layout put them, and Japanese has no spaces to keep.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

MM = 72 / 25.4


@dataclass(frozen=True)
class ExpectedClause:
    number: str  # as printed, e.g. "3." ("" for an unnumbered preambular paragraph)
    en: str
    ja: str


_HYPHENS = dict.fromkeys(map(ord, "-\u00ad\u2010\u2011"), None)


def _squash(text: str) -> str:
    """Without whitespace or hyphens: English lines are hyphenated where the layout chose
    (the signature, not this comparison, answers for every byte)."""
    return "".join(text.split()).translate(_HYPHENS)


def body_text(data: bytes, margins_mm: tuple[float, float, float, float]) -> str:
    """The text inside the body frame of every page, in reading order, without whitespace."""
    from pypdf import PdfReader

    top, _right, bottom, _left = margins_mm
    parts: list[str] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        height = float(page.mediabox.height)
        low, high = bottom * MM - 2, height - top * MM + 2

        def keep(text, cm, tm, _font, _size, low=low, high=high) -> None:
            y = tm[5] * cm[3] + cm[5]
            if text.strip() and low <= y <= high:
                parts.append(text)

        page.extract_text(visitor_text=keep)
    return _squash("".join(parts))


def compare(body: str, clauses: Sequence[ExpectedClause]) -> list[str]:
    """Each clause whose number and wording are not found, in order, in the body text."""
    problems: list[str] = []
    found_any = False
    for lang in ("en", "ja"):
        wanted = [(c.number, getattr(c, lang)) for c in clauses if getattr(c, lang).strip()]
        if not wanted:
            continue
        first = _squash(wanted[0][0] + wanted[0][1])
        if first not in body and not any(_squash(t) in body for _n, t in wanted[:3]):
            continue  # this language is not printed in the file
        found_any = True
        pos = 0
        for number, text in wanted:
            expected = _squash(number + text)
            at = body.find(expected, pos)
            name = f"paragraph {number.rstrip('.')}" if number else "an unnumbered paragraph"
            if at >= 0:
                pos = at + len(expected)
                continue
            if _squash(text) in body[pos:]:
                problems.append(f"{name} ({lang}): its number differs from the adopted text")
            else:
                snippet = text.strip()[:40]
                problems.append(
                    f"{name} ({lang}): the wording differs from the adopted text ({snippet!r}…)"
                )
    if not found_any:
        problems.append("the file's text is not that of the adopted document")
    return problems
