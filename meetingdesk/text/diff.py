# SPDX-License-Identifier: GPL-3.0-or-later
"""Token-level text diff and clause-level document diff.

Text diffs work on :func:`meetingdesk.text.tokens.tokenize` tokens: word by word in English,
character by character in Japanese. Between two unchanged stretches, all deleted text comes
first as one ``delete`` op and all inserted text follows as one ``insert`` op; a lone run of
whitespace caught between two changes is folded into them, so "the quick fox" → "a slow dog"
reads as one replacement rather than three.
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from meetingdesk.text.tokens import tokenize

__all__ = [
    "ClauseChange",
    "ClauseRef",
    "DiffOp",
    "apply_diff",
    "diff_clauses",
    "diff_text",
    "diff_tokens",
    "longest_increasing_subsequence",
    "new_text",
    "old_text",
    "token_opcodes",
]

DiffKind = Literal["equal", "insert", "delete"]


@dataclass(frozen=True)
class DiffOp:
    kind: DiffKind
    text: str


Opcode = tuple[str, int, int, int, int]
Block = tuple[int, int, int]  # (start in a, start in b, length) of a matching run

# Above this many token pairs, a region is first cut at tokens unique on both sides; a region
# without such anchors above _EXACT_LIMIT pairs (~2000 x 2000 tokens) gets difflib's auto-junk.
_DIRECT_LIMIT = 250_000
_EXACT_LIMIT = 4_000_000


def _encode(a: Sequence[str], b: Sequence[str]) -> tuple[Sequence, Sequence]:
    """Both token lists as strings of one character per token (equal tokens, equal
    characters), so that matching runs are found by C-speed substring searches."""
    vocabulary = set(a)
    vocabulary.update(b)
    if len(vocabulary) > 0x10FFFF:  # more distinct tokens than characters: keep the lists
        return a, b
    code = dict(zip(vocabulary, map(chr, range(len(vocabulary))), strict=True))
    ea = "".join(map(code.__getitem__, a))
    eb = "".join(map(code.__getitem__, b))
    return ea, eb


def _unique_anchors(
    a: Sequence, b: Sequence, alo: int, ahi: int, blo: int, bhi: int
) -> list[tuple[int, int]]:
    """Pairs (i, j) of tokens occurring exactly once in each range, in increasing order."""
    count_a: dict = {}
    for i in range(alo, ahi):
        count_a[a[i]] = count_a.get(a[i], 0) + 1
    where_b: dict = {}
    count_b: dict = {}
    for j in range(blo, bhi):
        count_b[b[j]] = count_b.get(b[j], 0) + 1
        where_b[b[j]] = j
    pairs = [
        (i, where_b[a[i]]) for i in range(alo, ahi) if count_a[a[i]] == 1 and count_b.get(a[i]) == 1
    ]
    keep = longest_increasing_subsequence([j for _, j in pairs])
    return [pairs[k] for k in keep]


def _exact_blocks(a: str, b: str, alo: int, ahi: int, blo: int, bhi: int, out: list[Block]) -> None:
    """The matching blocks difflib's SequenceMatcher (no junk) finds, computed on encoded
    strings: the longest common run (earliest in a, then earliest in b), then recursively
    the parts before and after it. Appended in no particular order.

    The longest run is found by one sweep over a: at each start i, try to grow the best
    length k so far by one (``a[i:i+k+1] in b``); the first i that grows k is the earliest
    start of a run of that length, exactly difflib's choice, without its per-pair table.
    """
    stack = [(alo, ahi, blo, bhi)]
    while stack:
        alo, ahi, blo, bhi = stack.pop()
        region = b[blo:bhi]
        k = 0
        best = alo
        i = alo
        while i + k < ahi:
            if a[i : i + k + 1] in region:
                k += 1
                while i + k < ahi and a[i : i + k + 1] in region:
                    k += 1
                best = i
            i += 1
        if not k:
            continue
        bj = blo + region.find(a[best : best + k])
        out.append((best, bj, k))
        if alo < best and blo < bj:
            stack.append((alo, best, blo, bj))
        if best + k < ahi and bj + k < bhi:
            stack.append((best + k, ahi, bj + k, bhi))


def _blocks(
    a: Sequence, b: Sequence, alo: int, ahi: int, blo: int, bhi: int, out: list[Block]
) -> None:
    """Append the matching blocks of a[alo:ahi] and b[blo:bhi] to ``out`` (any order)."""
    prefix = 0
    while alo + prefix < ahi and blo + prefix < bhi and a[alo + prefix] == b[blo + prefix]:
        prefix += 1
    if prefix:
        out.append((alo, blo, prefix))
    alo, blo = alo + prefix, blo + prefix
    suffix = 0
    while alo < ahi - suffix and blo < bhi - suffix and a[ahi - 1 - suffix] == b[bhi - 1 - suffix]:
        suffix += 1
    ahi, bhi = ahi - suffix, bhi - suffix
    if alo < ahi and blo < bhi:
        area = (ahi - alo) * (bhi - blo)
        anchors = _unique_anchors(a, b, alo, ahi, blo, bhi) if area > _DIRECT_LIMIT else []
        if anchors:
            # Patience-style split: recurse between anchors shared uniquely by both sides.
            for i, j in anchors:
                _blocks(a, b, alo, i, blo, j, out)
                out.append((i, j, 1))
                alo, blo = i + 1, j + 1
            _blocks(a, b, alo, ahi, blo, bhi, out)
        elif area <= _EXACT_LIMIT and isinstance(a, str) and isinstance(b, str):
            _exact_blocks(a, b, alo, ahi, blo, bhi, out)
        else:
            # difflib's auto-junk (coarser) only where the exact search would take seconds.
            autojunk = area > _EXACT_LIMIT
            matcher = difflib.SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=autojunk)
            out.extend((alo + i, blo + j, n) for i, j, n in matcher.get_matching_blocks() if n)
    if suffix:
        out.append((ahi, bhi, suffix))


def token_opcodes(a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """difflib-style opcodes (equal/replace/delete/insert) over two token lists.

    The same opcodes as difflib's SequenceMatcher without auto-junk, found faster: common
    prefix and suffix are matched first, tokens are compared as single characters of an
    encoded string, and large regions are first cut at tokens that occur once on each side
    (as in patience diff). Only a huge region with no such token (thousands of tokens from a
    tiny vocabulary) falls back to auto-junk, whose coarser hunks may then make a merge
    report a conflict it could have avoided.
    """
    blocks: list[Block] = []
    ea, eb = _encode(a, b)
    _blocks(ea, eb, 0, len(a), 0, len(b), blocks)
    blocks.sort()
    merged: list[Block] = []
    for i, j, n in blocks:
        if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
            merged[-1] = (merged[-1][0], merged[-1][1], merged[-1][2] + n)
        else:
            merged.append((i, j, n))
    ops: list[Opcode] = []
    i = j = 0
    for ai, bj, n in [*merged, (len(a), len(b), 0)]:
        if i < ai and j < bj:
            ops.append(("replace", i, ai, j, bj))
        elif i < ai:
            ops.append(("delete", i, ai, j, bj))
        elif j < bj:
            ops.append(("insert", i, ai, j, bj))
        if n:
            ops.append(("equal", ai, ai + n, bj, bj + n))
        i, j = ai + n, bj + n
    return ops


def diff_tokens(a: Sequence[str], b: Sequence[str]) -> list[DiffOp]:
    """Diff two token lists; see :func:`diff_text`."""
    codes = token_opcodes(a, b)
    last = len(codes) - 1
    ops: list[DiffOp] = []
    deleted: list[str] = []  # text of the change being gathered, deleted and inserted parts
    inserted: list[str] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(codes):
        if tag != "equal":
            deleted.extend(a[i1:i2])
            inserted.extend(b[j1:j2])
            continue
        same = a[i1:i2]
        if 0 < index < last and all(map(str.isspace, same)):
            # A whitespace-only run sandwiched between two changes is folded into them.
            deleted.extend(same)
            inserted.extend(same)
            continue
        if deleted or inserted:
            _flush(ops, deleted, inserted)
        text = "".join(same)
        if ops and ops[-1].kind == "equal":
            ops[-1] = DiffOp("equal", ops[-1].text + text)
        elif text:
            ops.append(DiffOp("equal", text))
    if deleted or inserted:
        _flush(ops, deleted, inserted)
    return ops


def _flush(ops: list[DiffOp], deleted: list[str], inserted: list[str]) -> None:
    """Append the gathered change as a delete op, then an insert op (empty ones left out)."""
    old, new = "".join(deleted), "".join(inserted)
    if old:
        ops.append(DiffOp("delete", old))
    if new:
        ops.append(DiffOp("insert", new))
    deleted.clear()
    inserted.clear()


def diff_text(a: str, b: str) -> list[DiffOp]:
    """Diff ``a`` → ``b`` as equal/delete/insert ops (delete before insert in a replacement)."""
    if a == b:
        return [DiffOp("equal", a)] if a else []
    return diff_tokens(tokenize(a), tokenize(b))


def apply_diff(a: str, ops: Sequence[DiffOp]) -> str:
    """Rebuild the new text from the old one; ValueError if ``ops`` do not fit ``a``."""
    out: list[str] = []
    pos = 0
    for op in ops:
        if op.kind == "insert":
            out.append(op.text)
            continue
        end = pos + len(op.text)
        if a[pos:end] != op.text:
            raise ValueError(f"diff does not apply at offset {pos}: expected {op.text!r}")
        if op.kind == "equal":
            out.append(op.text)
        pos = end
    if pos != len(a):
        raise ValueError(f"diff covers only {pos} of {len(a)} characters")
    return "".join(out)


def old_text(ops: Sequence[DiffOp]) -> str:
    """The text before the change (equal and delete ops)."""
    return "".join(op.text for op in ops if op.kind != "insert")


def new_text(ops: Sequence[DiffOp]) -> str:
    """The text after the change (equal and insert ops)."""
    return "".join(op.text for op in ops if op.kind != "delete")


# --- document level -------------------------------------------------------------------------


@dataclass(frozen=True)
class ClauseRef:
    """One clause as the diff sees it: stable id, display number, text."""

    uuid: str
    number: str
    text: str


ChangeKind = Literal["unchanged", "changed", "added", "deleted", "moved"]


@dataclass(frozen=True)
class ClauseChange:
    """How one clause differs between two versions of a document.

    ``ops`` is empty when the text is identical (unchanged, or moved without edits); otherwise
    it is the full text diff (equal parts included), all-insert for added clauses and
    all-delete for deleted ones.
    """

    kind: ChangeKind
    uuid: str
    old_number: str | None
    new_number: str | None
    renumbered: bool
    ops: tuple[DiffOp, ...]

    @property
    def edited(self) -> bool:
        """True if the text itself changed."""
        return any(op.kind != "equal" for op in self.ops)


def longest_increasing_subsequence(values: Sequence[int]) -> list[int]:
    """Indices (ascending) of one longest strictly increasing subsequence, O(n log n)."""
    tails: list[int] = []  # tails[k] = index of the smallest tail of an LIS of length k+1
    tail_values: list[int] = []
    prev: list[int] = [-1] * len(values)
    for index, value in enumerate(values):
        k = bisect.bisect_left(tail_values, value)
        if k > 0:
            prev[index] = tails[k - 1]
        if k == len(tails):
            tails.append(index)
            tail_values.append(value)
        else:
            tails[k] = index
            tail_values[k] = value
    result: list[int] = []
    cursor = tails[-1] if tails else -1
    while cursor != -1:
        result.append(cursor)
        cursor = prev[cursor]
    result.reverse()
    return result


def _index_by_uuid(clauses: Sequence[ClauseRef], which: str) -> dict[str, int]:
    index: dict[str, int] = {}
    for position, clause in enumerate(clauses):
        if clause.uuid in index:
            raise ValueError(f"duplicate clause uuid {clause.uuid!r} in {which} list")
        index[clause.uuid] = position
    return index


def diff_clauses(old: Sequence[ClauseRef], new: Sequence[ClauseRef]) -> list[ClauseChange]:
    """Compare two clause lists by uuid.

    The result follows the new order; each deleted clause comes right after its predecessor in
    the old list (after the nearest surviving one, or first if none). Clauses present in both
    lists whose relative order changed are "moved": they are the ones left out of a longest
    increasing subsequence of old positions, so a single clause dragged elsewhere is the only
    one reported as moved.
    """
    old_index = _index_by_uuid(old, "old")
    new_index = _index_by_uuid(new, "new")

    common = [clause for clause in new if clause.uuid in old_index]
    stable_positions = longest_increasing_subsequence([old_index[c.uuid] for c in common])
    stable = {common[i].uuid for i in stable_positions}

    # Deleted clauses grouped under the nearest preceding surviving old clause (None = start).
    deleted_after: dict[str | None, list[ClauseChange]] = {}
    anchor: str | None = None
    for clause in old:
        if clause.uuid in new_index:
            anchor = clause.uuid
            continue
        ops = (DiffOp("delete", clause.text),) if clause.text else ()
        change = ClauseChange("deleted", clause.uuid, clause.number, None, False, ops)
        deleted_after.setdefault(anchor, []).append(change)

    result: list[ClauseChange] = list(deleted_after.get(None, []))
    for clause in new:
        position = old_index.get(clause.uuid)
        if position is None:
            ops = (DiffOp("insert", clause.text),) if clause.text else ()
            result.append(ClauseChange("added", clause.uuid, None, clause.number, False, ops))
        else:
            before = old[position]
            text_ops = (
                () if before.text == clause.text else tuple(diff_text(before.text, clause.text))
            )
            if clause.uuid not in stable:
                kind: ChangeKind = "moved"
            elif text_ops:
                kind = "changed"
            else:
                kind = "unchanged"
            result.append(
                ClauseChange(
                    kind,
                    clause.uuid,
                    before.number,
                    clause.number,
                    before.number != clause.number,
                    text_ops,
                )
            )
        result.extend(deleted_after.get(clause.uuid, []))
    return result
