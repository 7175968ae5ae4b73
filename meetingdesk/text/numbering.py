# SPDX-License-Identifier: GPL-3.0-or-later
"""Display numbers of clauses, computed from their kinds in document order.

One function for the screen and the PDF alike, so a printed paragraph number always matches the
one the drafters saw:

============  ==========================================================================
kind          number
============  ==========================================================================
heading       "" (never numbered)
preambular    "" (never numbered)
section       "i.", "ii.", … (lower-case roman, counting sections)
subheading    "(a)", "(b)", … "(z)", "(aa)", "(bb)", … restarting after each section
operative     "1.", "2.", … through the whole document
action        "1.", "2.", … through the whole document, a counter apart from operative
============  ==========================================================================

After "(z)" letters double, then triple ("(aa)", "(bb)" … "(zz)", "(aaa)"), the usual style of
legal and UN texts rather than the spreadsheet style "(ab)".
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["CLAUSE_KINDS", "number_clauses", "to_letters", "to_roman"]

CLAUSE_KINDS = frozenset({"heading", "preambular", "section", "subheading", "operative", "action"})

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def to_roman(n: int) -> str:
    """Lower-case roman numeral of ``n`` >= 1 (thousands beyond 3999 repeat "m")."""
    if n < 1:
        raise ValueError(f"roman numerals start at 1, got {n}")
    out: list[str] = []
    for value, symbol in _ROMAN:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def to_letters(n: int) -> str:
    """Letter label of ``n`` >= 1: a … z, aa, bb … zz, aaa …"""
    if n < 1:
        raise ValueError(f"letter labels start at 1, got {n}")
    repeat, index = divmod(n - 1, 26)
    return chr(ord("a") + index) * (repeat + 1)


def number_clauses(kinds: Sequence[str]) -> list[str]:
    """Display numbers for clauses of the given kinds, in order ("" for unnumbered ones)."""
    numbers: list[str] = []
    sections = subheadings = operatives = actions = 0
    for kind in kinds:
        if kind in ("heading", "preambular"):
            numbers.append("")
        elif kind == "section":
            sections += 1
            subheadings = 0
            numbers.append(f"{to_roman(sections)}.")
        elif kind == "subheading":
            subheadings += 1
            numbers.append(f"({to_letters(subheadings)})")
        elif kind == "operative":
            operatives += 1
            numbers.append(f"{operatives}.")
        elif kind == "action":
            actions += 1
            numbers.append(f"{actions}.")
        else:
            raise ValueError(f"unknown clause kind {kind!r}")
    return numbers
