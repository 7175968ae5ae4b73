# SPDX-License-Identifier: GPL-3.0-or-later
"""Display numbers of clauses: the one numbering function for screen, PDF, DOCX and outline.

A document is an outline: top-level clauses, each of which may hold sub-paragraphs (child
clauses), which may hold their own. Top-level numbers come from the clause kind:

============  ==========================================================================
kind          number (top level)
============  ==========================================================================
heading       "" (never numbered)
preambular    "" (never numbered)
section       "i.", "ii.", … (lower-case roman, counting sections)
subheading    "(a)", "(b)", … restarting after each section
operative     "1.", "2.", … through the whole document
action        "1.", "2.", … through the whole document, a counter apart from operative
============  ==========================================================================

Sub-paragraphs are numbered by depth and restart under each parent: "(a)", "(b)" under a
paragraph, "(i)", "(ii)" under those, "(A)", "(B)" below. After "(z)" letters double
("(aa)", "(bb)" … "(zz)", "(aaa)"), the style of legal and UN texts.

Numbering within a round. Once a revision is frozen, numbers are *pinned*: each clause keeps
``(ordinal, suffix)`` until a clean text renumbers. A pinned clause keeps its number wherever
it moves and when deleted (shown "8. [deleted]"). An unpinned clause (new since) gets:

* at the end of its scope (no pinned clause after it there): the next free ordinal ("14.");
* otherwise the number of the clause before it in its scope with the next free suffix:
  "8bis", "8ter", "8quater" … (before the first one: "0bis").

A scope is what one counter counts: a parent's children, the sections, the sub-headings of
one section, the operative paragraphs, the actions. Services pin the numbers this function
gives after each structural change, so no clause's number changes within a round.

Written by hand: the rules are the negotiators' conventions (Latin ordinal suffixes, numbers
kept across moves and deletions), which no numbering library implements.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import NamedTuple

__all__ = [
    "CLAUSE_KINDS",
    "HEADING_KINDS",
    "MAX_DEPTH",
    "Node",
    "Numbered",
    "Pin",
    "concordance",
    "number_clauses",
    "number_outline",
    "pins_after_edit",
    "references",
    "scope_of",
    "suffix_word",
    "to_letters",
    "to_roman",
]

CLAUSE_KINDS = frozenset({"heading", "preambular", "section", "subheading", "operative", "action"})
# Kinds that title a part of the text: they hold no sub-paragraphs and never are one.
HEADING_KINDS = frozenset({"heading", "section", "subheading"})
MAX_DEPTH = 3  # paragraph → (a) → (i) → (A)

Pin = tuple[int, int]  # (ordinal, suffix): (8, 0) = "8", (8, 1) = "8bis", (8, 2) = "8ter"

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

_SUFFIXES = (
    "",
    "bis",
    "ter",
    "quater",
    "quinquies",
    "sexies",
    "septies",
    "octies",
    "novies",
    "decies",
    "undecies",
    "duodecies",
    "terdecies",
    "quaterdecies",
    "quindecies",
    "sexdecies",
    "septdecies",
    "octodecies",
    "novodecies",
    "vicies",
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


def suffix_word(suffix: int) -> str:
    """ "" for 0, then "bis", "ter", "quater" … "vicies"; beyond, "-N" (the Nth of that number)."""
    if suffix < 0:
        raise ValueError(f"a suffix is 0 or more, got {suffix}")
    return _SUFFIXES[suffix] if suffix < len(_SUFFIXES) else f"-{suffix + 1}"


class Node(NamedTuple):
    """One clause as the numbering sees it, in document order (a parent before its children,
    each subtree contiguous). ``pin``: its number fixed within the round, or None.

    Named tuples rather than dataclasses: a 3,000-clause document builds 6,000 of them on
    every read, and tuples are several times cheaper to make."""

    key: Hashable
    kind: str
    parent: Hashable | None = None
    deleted: bool = False
    pin: Pin | None = None


class Numbered(NamedTuple):
    """A clause's display number ("" = unnumbered), depth (0 = top level) and the number's
    parts (None when unnumbered); ``scope`` names the counter it belongs to."""

    key: Hashable
    label: str
    depth: int
    pin: Pin | None
    scope: tuple
    parent: Hashable | None = None


def _style(n: int, style: str) -> str:
    if n == 0:
        return "0"
    if style == "roman":
        return to_roman(n)
    if style == "letters":
        return to_letters(n)
    if style == "capitals":
        return to_letters(n).upper()
    return str(n)


def _label(pin: Pin, kind: str, depth: int) -> str:
    ordinal, suffix = pin
    word = suffix_word(suffix)
    if depth == 0 and kind in ("operative", "action"):
        return f"{ordinal}{word}."
    if depth == 0 and kind == "section":
        return f"{_style(ordinal, 'roman')}{word}."
    style = "letters" if depth <= 1 else "roman" if depth == 2 else "capitals"
    core = _style(ordinal, style)
    return f"({core} {word})" if word else f"({core})"


def scope_of(kind: str, parent: Hashable | None, section: Hashable | None) -> tuple | None:
    """The counter a clause belongs to, or None when it is never numbered."""
    if kind not in CLAUSE_KINDS:
        raise ValueError(f"unknown clause kind {kind!r}")
    if parent is not None:
        return ("child", parent)
    if kind in ("heading", "preambular"):
        return None
    if kind == "subheading":
        return ("subheading", section)
    return (kind,)


def number_outline(nodes: Sequence[Node]) -> list[Numbered]:
    """Numbers of an outline's clauses, in the order given.

    Unpinned deleted clauses are not numbered; pinned ones keep their number. A node whose
    parent is not an earlier node raises ValueError (the outline is broken).
    """
    depth_of: dict[Hashable, int] = {}
    scope_by_key: dict[Hashable, tuple | None] = {}
    section: Hashable | None = None
    # First pass: scopes, depths, and what is taken in each scope.
    for node in nodes:
        if node.parent is not None and node.parent not in depth_of:
            raise ValueError(f"clause {node.key!r} comes before its parent {node.parent!r}")
        depth_of[node.key] = 0 if node.parent is None else depth_of[node.parent] + 1
        if node.parent is None and node.kind == "section":
            section = node.key
        scope_by_key[node.key] = scope_of(node.kind, node.parent, section)
    max_ordinal: dict[tuple, int] = {}
    max_suffix: dict[tuple, int] = {}
    last_pinned_index: dict[tuple, int] = {}
    for index, node in enumerate(nodes):
        scope = scope_by_key[node.key]
        if scope is None or node.pin is None:
            continue
        ordinal, suffix = node.pin
        max_ordinal[scope] = max(max_ordinal.get(scope, 0), ordinal)
        key = (*scope, ordinal)
        max_suffix[key] = max(max_suffix.get(key, 0), suffix)
        last_pinned_index[scope] = index
    # Second pass: numbers in document order.
    previous: dict[tuple, Pin] = {}
    out: list[Numbered] = []
    for index, node in enumerate(nodes):
        scope = scope_by_key[node.key]
        depth = depth_of[node.key]
        pin = node.pin
        if scope is None or (pin is None and node.deleted):
            out.append(Numbered(node.key, "", depth, None, scope or (), node.parent))
            continue
        if pin is None:
            if last_pinned_index.get(scope, -1) < index:
                pin = (max_ordinal.get(scope, 0) + 1, 0)
                max_ordinal[scope] = pin[0]
            else:
                ordinal = previous.get(scope, (0, 0))[0]
                key = (*scope, ordinal)
                pin = (ordinal, max_suffix.get(key, 0) + 1)
            max_suffix[(*scope, pin[0])] = max(max_suffix.get((*scope, pin[0]), 0), pin[1])
        previous[scope] = pin
        label = _label(pin, node.kind, depth)
        out.append(Numbered(node.key, label, depth, pin, scope, node.parent))
    return out


def pins_after_edit(before: Sequence[Node], after: Sequence[Node]) -> dict[Hashable, Pin]:
    """The pins to keep after a structure edit, within a round.

    ``before`` is the outline with its pins before the edit, ``after`` the edited outline
    (same keys, plus any new clause). A clause whose counter changed (indented, outdented,
    moved to another parent, a sub-heading now under another section) loses its old pin
    and gets a fresh number in its new place; every other clause keeps its number.
    """
    numbered = number_outline(before)  # unpinned clauses count at their current number
    old_scope = {n.key: n.scope for n in numbered}
    new_scope = {n.key: n.scope for n in number_outline([n._replace(pin=None) for n in after])}
    pins = {n.key: n.pin for n in numbered}
    kept = [
        n._replace(pin=pins.get(n.key) if old_scope.get(n.key) == new_scope[n.key] else None)
        for n in after
    ]
    return {n.key: n.pin for n in number_outline(kept) if n.pin is not None}


def references(numbered: Sequence[Numbered]) -> dict[Hashable, str]:
    """How a person cites each clause: "8bis", "3(a)", "3(a)(ii)"; "" when unnumbered.

    A sub-paragraph of an unnumbered clause is cited by its own label only.
    """
    out: dict[Hashable, str] = {}
    for n in numbered:
        own = n.label[:-1] if n.label.endswith(".") else n.label
        if n.parent is not None and own:
            own = out.get(n.parent, "") + own
        out[n.key] = own
    return out


def concordance(nodes: Sequence[Node]) -> tuple[dict[Hashable, Pin], list[tuple]]:
    """Renumber as clean text: consecutive numbers for the live clauses.

    Returns the new pins (deleted clauses get none) and the concordance rows
    ``(key, old reference, new reference)`` ("8bis" → "9", "3(a)" → "3(a)") for every
    clause that had a number or gets one, in document order; a deleted clause's new
    reference is "".
    """
    old = number_outline(nodes)
    old_refs = references(old)
    gone: set[Hashable] = set()
    for n in nodes:  # a deleted paragraph's sub-paragraphs go with it
        if n.deleted or (n.parent is not None and n.parent in gone):
            gone.add(n.key)
    live = [Node(n.key, n.kind, n.parent, False, None) for n in nodes if n.key not in gone]
    renumbered = number_outline(live)
    new_refs = references(renumbered)
    pins = {x.key: x.pin for x in renumbered if x.pin is not None}
    rows = []
    for before in old:
        old_ref, new_ref = old_refs[before.key], new_refs.get(before.key, "")
        if old_ref or new_ref:
            rows.append((before.key, old_ref, new_ref))
    return pins, rows


def number_clauses(kinds: Sequence[str]) -> list[str]:
    """Display numbers for a flat list of top-level clauses of these kinds, unpinned."""
    nodes = [Node(i, kind) for i, kind in enumerate(kinds)]
    return [n.label for n in number_outline(nodes)]
