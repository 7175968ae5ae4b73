# SPDX-License-Identifier: GPL-3.0-or-later
"""Structure edits of a clause outline: indent, outdent, move within and across parents.

An outline is a list of :class:`Item` in document order where every subtree is contiguous
(a parent, then all its descendants). Each operation returns a new list that keeps this
shape, or raises :class:`OutlineError` with a sentence a person can read and a ``code`` the
window translates; nothing is changed on refusal. Services persist the resulting order
(positions) and parents; the numbering reads the same list.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace

from .numbering import HEADING_KINDS, MAX_DEPTH

__all__ = ["Item", "OutlineError", "depth", "indent", "move", "outdent", "subtree", "validate"]


class OutlineError(ValueError):
    """A refused structure edit; ``code`` names the rule broken."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Item:
    key: Hashable
    kind: str
    parent: Hashable | None = None


def _index(items: Sequence[Item], key: Hashable) -> int:
    for i, item in enumerate(items):
        if item.key == key:
            return i
    raise OutlineError("unknown", f"clause {key!r} is not in this document")


def depth(items: Sequence[Item], key: Hashable) -> int:
    by_key = {i.key: i for i in items}
    d, item = 0, by_key[key]
    while item.parent is not None:
        d += 1
        item = by_key[item.parent]
    return d


def subtree(items: Sequence[Item], key: Hashable) -> list[Item]:
    """The item and its descendants (contiguous, in order)."""
    start = _index(items, key)
    inside = {key}
    out = [items[start]]
    for item in items[start + 1 :]:
        if item.parent not in inside:
            break
        inside.add(item.key)
        out.append(item)
    return out


def _height(items: Sequence[Item], key: Hashable) -> int:
    """Levels below the item (0 for a leaf)."""
    tree = subtree(items, key)
    levels = {key: 0}
    for item in tree[1:]:
        levels[item.key] = levels[item.parent] + 1
    return max(levels.values())


def _check_parent(items: Sequence[Item], key: Hashable, parent: Hashable | None) -> None:
    item = items[_index(items, key)]
    if parent is None:
        return
    holder = items[_index(items, parent)]
    if parent in {i.key for i in subtree(items, key)}:
        raise OutlineError("cycle", "a clause cannot be placed inside itself or its own parts")
    if holder.kind in HEADING_KINDS:
        raise OutlineError("heading_parent", "a heading cannot hold sub-paragraphs")
    if item.kind in HEADING_KINDS:
        raise OutlineError("heading_child", "a heading cannot become a sub-paragraph")
    if depth(items, parent) + 1 + _height(items, key) > MAX_DEPTH:
        raise OutlineError(
            "too_deep", f"sub-paragraphs go {MAX_DEPTH} levels deep at most: (a), (i), (A)"
        )


def move(
    items: Sequence[Item], key: Hashable, *, parent: Hashable | None, after: Hashable | None
) -> list[Item]:
    """Move a clause with its sub-paragraphs under ``parent`` (None: top level), right after
    its sibling ``after`` (with that sibling's own sub-paragraphs), or first when None."""
    _check_parent(items, key, parent)
    moving = subtree(items, key)
    moving_keys = {i.key for i in moving}
    if after is not None:
        if after in moving_keys:
            raise OutlineError("cycle", "a clause cannot be moved after itself or its own parts")
        if items[_index(items, after)].parent != parent:
            raise OutlineError("not_sibling", "the clause to follow is not under that parent")
    rest = [i for i in items if i.key not in moving_keys]
    if after is not None:
        tail = subtree(rest, after)
        at = _index(rest, after) + len(tail)
    elif parent is not None:
        at = _index(rest, parent) + 1
    else:
        at = 0
    moved = [replace(moving[0], parent=parent), *moving[1:]]
    return rest[:at] + moved + rest[at:]


def indent(items: Sequence[Item], key: Hashable) -> list[Item]:
    """Make a clause the last sub-paragraph of the sibling just above it."""
    index = _index(items, key)
    item = items[index]
    above = [i for i in items[:index] if i.parent == item.parent]
    if not above:
        raise OutlineError(
            "first", "the first clause at its level cannot be indented: nothing above holds it"
        )
    holder = above[-1]
    children = [i for i in items if i.parent == holder.key]
    return move(items, key, parent=holder.key, after=children[-1].key if children else None)


def outdent(items: Sequence[Item], key: Hashable) -> list[Item]:
    """Lift a sub-paragraph one level: it follows its former parent (and the parent's other
    sub-paragraphs, which stay where they are)."""
    item = items[_index(items, key)]
    if item.parent is None:
        raise OutlineError("top", "this clause is already at the top level")
    parent = items[_index(items, item.parent)]
    return move(items, key, parent=parent.parent, after=parent.key)


def validate(items: Sequence[Item]) -> None:
    """Raise OutlineError unless parents come first, subtrees are contiguous, headings hold
    nothing and the depth stays within MAX_DEPTH."""
    seen: dict[Hashable, Item] = {}
    open_path: list[Hashable] = []
    for item in items:
        if item.parent is not None and item.parent not in seen:
            raise OutlineError("order", f"clause {item.key!r} comes before its parent")
        while open_path and open_path[-1] != item.parent:
            open_path.pop()
        if item.parent is not None and not open_path:
            raise OutlineError("order", f"clause {item.key!r} is apart from its parent")
        if item.parent is not None and seen[item.parent].kind in HEADING_KINDS:
            raise OutlineError("heading_parent", "a heading cannot hold sub-paragraphs")
        if item.parent is not None and item.kind in HEADING_KINDS:
            raise OutlineError("heading_child", "a heading cannot become a sub-paragraph")
        open_path.append(item.key)
        if len(open_path) - 1 > MAX_DEPTH:
            raise OutlineError("too_deep", "too deep")
        seen[item.key] = item
