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
    return body_columns(data, margins_mm)[0]


def body_columns(
    data: bytes, margins_mm: tuple[float, float, float, float]
) -> tuple[str, str, str]:
    """(the whole body, its left half, its right half), each page after page, without
    whitespace. A parallel text puts English left and Japanese right: a paragraph that runs
    over a page is whole again in its own column, where the whole body interleaves it with
    the other language's part."""
    from pypdf import PdfReader

    top, _right, bottom, _left = margins_mm
    whole: list[str] = []
    halves: tuple[list[str], list[str]] = ([], [])
    for page in PdfReader(io.BytesIO(data)).pages:
        height = float(page.mediabox.height)
        middle = float(page.mediabox.width) / 2
        low, high = bottom * MM - 2, height - top * MM + 2

        def keep(text, cm, tm, _font, _size, low=low, high=high, middle=middle) -> None:
            y = tm[5] * cm[3] + cm[5]
            if text.strip() and low <= y <= high:
                whole.append(text)
                halves[0 if tm[4] * cm[0] + cm[4] < middle else 1].append(text)

        page.extract_text(visitor_text=keep)
    return _squash("".join(whole)), _squash("".join(halves[0])), _squash("".join(halves[1]))


def compare(bodies: str | Sequence[str], clauses: Sequence[ExpectedClause]) -> list[str]:
    """Each clause whose number and wording are not found, in order, in the body text.

    bodies: the body, or several readings of it (body_columns). A clause passes when it
    is found, in order, in one of the readings where its language is printed: a parallel
    text's paragraph split over two pages is whole in its column, its centred title in the
    whole body."""
    candidates = [bodies] if isinstance(bodies, str) else list(bodies)
    problems: list[str] = []
    found_any = False
    for lang in ("en", "ja"):
        wanted = [(c.number, getattr(c, lang)) for c in clauses if getattr(c, lang).strip()]
        if not wanted:
            continue
        first = _squash(wanted[0][0] + wanted[0][1])
        readings = [
            _language_problems(body, wanted, lang)
            for body in candidates
            if first in body or any(_squash(t) in body for _n, t in wanted[:3])
        ]
        if not readings:
            continue  # this language is not printed in the file
        found_any = True
        failing = set.intersection(*(set(r) for r in readings))
        problems += [readings[0][i] for i in sorted(failing)]
    if not found_any:
        problems.append("the file's text is not that of the adopted document")
    return problems


def _language_problems(body: str, wanted: list[tuple[str, str]], lang: str) -> dict[int, str]:
    """{index of the clause: why} for each clause not found, in order, in body."""
    problems: dict[int, str] = {}
    pos = 0
    for index, (number, text) in enumerate(wanted):
        expected = _squash(number + text)
        at = body.find(expected, pos)
        name = f"paragraph {number.rstrip('.')}" if number else "an unnumbered paragraph"
        if at >= 0:
            pos = at + len(expected)
            continue
        if _squash(text) in body[pos:]:
            problems[index] = f"{name} ({lang}): its number differs from the adopted text"
        else:
            snippet = text.strip()[:40]
            problems[index] = (
                f"{name} ({lang}): the wording differs from the adopted text ({snippet!r}…)"
            )
    return problems
