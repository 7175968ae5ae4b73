# SPDX-License-Identifier: GPL-3.0-or-later
"""Pairing paragraphs: English with Japanese, and a chair's new text with the clauses it revises.

Two problems, one shape: two ordered lists of paragraphs, pair what belongs together, list the
rest as unpaired. Both use ``difflib.SequenceMatcher`` for the long runs that agree exactly, and
a small dynamic programme (the Needleman–Wunsch alignment, written here because it is a dozen
lines and needs a score of our own: structure key plus text similarity) for the stretches in
between, so the quadratic part only ever sees the paragraphs that changed.

* ``align_languages`` pairs by structure: kind, level and the number a line carries
  (preambular paragraphs by their order). The texts are in different languages, so the text
  is never compared.
* ``match_revision`` pairs a new text with existing clauses by identity: same kind and number
  count for something, similar text counts most (numbers shift when the chair inserts a
  paragraph, the words mostly do not).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TypeVar

from .problems import Problem

__all__ = ["Pair", "align_languages", "align_sequences", "match_revision", "similarity"]

T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True)
class Pair:
    """Indexes into the left and right lists; None on the side that has no counterpart."""

    left: int | None
    right: int | None
    score: float = 1.0


def align_sequences(
    left: Sequence[T],
    right: Sequence[U],
    *,
    key_left: Callable[[T], object],
    key_right: Callable[[U], object],
    score: Callable[[T, U], float],
    threshold: float,
) -> list[Pair]:
    """Pairs in order; equal keys anchor, the stretches between are aligned on ``score``.

    A pair scoring under ``threshold`` is not a pair: both sides come out unpaired.
    """
    lk = [key_left(x) for x in left]
    rk = [key_right(y) for y in right]
    pairs: list[Pair] = []
    i = j = 0
    matcher = SequenceMatcher(None, lk, rk, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        pairs.extend(_dp(left, right, range(i, a), range(j, b), score, threshold))
        pairs.extend(Pair(a + k, b + k, 1.0) for k in range(size))
        i, j = a + size, b + size
    return pairs


def _dp(left, right, li: range, rj: range, score, threshold: float) -> list[Pair]:
    n, m = len(li), len(rj)
    if n == 0 or m == 0:
        return [Pair(i, None, 0.0) for i in li] + [Pair(None, j, 0.0) for j in rj]
    # best[x][y]: best total score aligning li[:x] with rj[:y]; a gap scores 0.
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    step = [[0] * (m + 1) for _ in range(n + 1)]  # 1 diagonal, 2 up (left alone), 3 right alone
    cache: dict[tuple[int, int], float] = {}
    for x in range(1, n + 1):
        step[x][0] = 2
    for y in range(1, m + 1):
        step[0][y] = 3
    for x in range(1, n + 1):
        for y in range(1, m + 1):
            s = score(left[li[x - 1]], right[rj[y - 1]])
            cache[(x, y)] = s
            diag = best[x - 1][y - 1] + s if s >= threshold else float("-inf")
            up, side = best[x - 1][y], best[x][y - 1]
            if diag >= up and diag >= side:
                best[x][y], step[x][y] = diag, 1
            elif up >= side:
                best[x][y], step[x][y] = up, 2
            else:
                best[x][y], step[x][y] = side, 3
    out: list[Pair] = []
    x, y = n, m
    while x or y:
        move = step[x][y]
        if move == 1:
            out.append(Pair(li[x - 1], rj[y - 1], cache[(x, y)]))
            x, y = x - 1, y - 1
        elif move == 2:
            out.append(Pair(li[x - 1], None, 0.0))
            x -= 1
        else:
            out.append(Pair(None, rj[y - 1], 0.0))
            y -= 1
    out.reverse()
    return out


# ---------------------------------------------------------------------------------------
# Languages


def structure_keys(items: Sequence[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """(kind, level, label) → keys that can be compared across languages.

    Labels are normalised (full-width and spaces gone); unnumbered lines get their ordinal
    in the run of unnumbered lines of that kind, so the third preambular paragraph meets the
    third one.
    """
    keys: list[tuple[str, int, str]] = []
    run: dict[str, int] = {}
    for kind, level, label in items:
        norm = unicodedata.normalize("NFKC", label).replace(" ", "").lower()
        if norm:
            run.clear()
            keys.append((kind, level, norm))
        else:
            run[kind] = run.get(kind, 0) + 1
            keys.append((kind, level, f"#{run[kind]}"))
    return keys


def align_languages(
    english: Sequence[tuple[str, int, str]], japanese: Sequence[tuple[str, int, str]]
) -> tuple[list[Pair], list[str]]:
    """Pair English and Japanese lines by structure; also the mismatches, in words."""
    ek, jk = structure_keys(english), structure_keys(japanese)

    def near(a: tuple[str, int, str], b: tuple[str, int, str]) -> float:
        # Same kind and level but another number: a numbering mismatch, still a pair.
        return 0.5 if a[0] == b[0] and a[1] == b[1] else 0.0

    pairs = align_sequences(
        ek, jk, key_left=lambda k: k, key_right=lambda k: k, score=near, threshold=0.5
    )
    problems: list[str] = []  # Problems: English words with a code and data
    for kind in ("heading", "preambular", "section", "subheading", "operative", "subparagraph"):
        ne = sum(1 for k in ek if k[0] == kind)
        nj = sum(1 for k in jk if k[0] == kind)
        if ne != nj:
            problems.append(
                Problem(
                    f"{kind} paragraphs: {ne} in English, {nj} in Japanese",
                    "languages_count_differs",
                    line_kind=kind,
                    count=ne,
                    other_count=nj,
                )
            )
    for p in pairs:
        if p.left is not None and p.right is None:
            kind, _level, label = english[p.left]
            problems.append(
                Problem(
                    f"English line {p.left + 1} ({_show(english[p.left])}) has no Japanese",
                    "line_has_no_japanese",
                    line=p.left + 1,
                    line_kind=kind,
                    number=label or "—",
                )
            )
        elif p.left is None and p.right is not None:
            kind, _level, label = japanese[p.right]
            problems.append(
                Problem(
                    f"Japanese line {p.right + 1} ({_show(japanese[p.right])}) has no English",
                    "line_has_no_english",
                    line=p.right + 1,
                    line_kind=kind,
                    number=label or "—",
                )
            )
        elif p.left is not None and p.right is not None and ek[p.left] != jk[p.right]:
            problems.append(
                Problem(
                    f"English line {p.left + 1} is numbered {english[p.left][2] or '(none)'}, "
                    f"Japanese line {p.right + 1} {japanese[p.right][2] or '(none)'}",
                    "line_numbers_differ",
                    line=p.left + 1,
                    number=english[p.left][2] or "—",
                    other_line=p.right + 1,
                    other_number=japanese[p.right][2] or "—",
                )
            )
    return pairs, problems


def _show(item: tuple[str, int, str]) -> str:
    kind, _level, label = item
    return f"{kind} {label}".strip()


# ---------------------------------------------------------------------------------------
# A new text over existing clauses

_WORD = re.compile(r"\w+", re.UNICODE)


def _grams(text: str) -> frozenset[str]:
    """Words for spaced scripts, character pairs for Japanese: comparable in both."""
    norm = unicodedata.normalize("NFKC", text).lower()
    grams: set[str] = set()
    for word in _WORD.findall(norm):
        if any(unicodedata.east_asian_width(c) in "WF" for c in word):
            grams.update(word[k : k + 2] for k in range(max(1, len(word) - 1)))
        else:
            grams.add(word)
    return frozenset(grams)


def similarity(a: str, b: str) -> float:
    """Dice coefficient of word (or character-pair) sets, 0..1."""
    ga, gb = _grams(a), _grams(b)
    if not ga and not gb:
        return 1.0
    return 2 * len(ga & gb) / (len(ga) + len(gb))


def match_revision(
    old: Sequence[tuple[str, str, str]],
    new: Sequence[tuple[str, str, str]],
    threshold: float = 0.4,
) -> list[Pair]:
    """Pair existing clauses (kind, number, text) with a new text's lines (kind, label, text).

    Identical texts anchor; between anchors a line pairs with the clause whose text is most
    like it (a matching kind adds a little, a matching number a little more), in order.
    Unpaired old clauses were dropped by the new text, unpaired new lines are new paragraphs.
    """
    old_grams = [_grams(t) for _k, _n, t in old]
    new_grams = [_grams(t) for _k, _n, t in new]

    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).split())

    def score(i: int, j: int) -> float:
        ga, gb = old_grams[i], new_grams[j]
        sim = 1.0 if not ga and not gb else 2 * len(ga & gb) / ((len(ga) + len(gb)) or 1)
        bonus = 0.0
        if old[i][0] == new[j][0]:
            bonus += 0.05
        if old[i][1] and _num(old[i][1]) == _num(new[j][1]):
            bonus += 0.1
        return min(1.0, sim + bonus) if sim > 0 else 0.0

    return align_sequences(
        range(len(old)),
        range(len(new)),
        key_left=lambda i: (old[i][0], norm(old[i][2])),
        key_right=lambda j: (new[j][0], norm(new[j][2])),
        score=score,
        threshold=threshold,
    )


def _num(label: str) -> str:
    return unicodedata.normalize("NFKC", label).strip(" .()").lower()
