# SPDX-License-Identifier: GPL-3.0-or-later
"""Three-way merge of clause texts over tokens (words in English, characters in Japanese).

Each side is diffed against the base into hunks: "replace base tokens [start, end) with these
tokens" (an insertion has start == end). Two hunks from different sides collide when their base
spans overlap, or when both insert at the same base position. Colliding hunks are grouped
(transitively); a group changed by one side only is taken, a group both sides turned into the
same text is taken once, any other group becomes a conflict chunk holding the base, ours and
theirs texts of just that span. Hunks that merely touch (one ends where the other starts, or an
insertion right before or after a replaced span) do not collide and are both applied.

The result does not depend on which side is called "ours": swapping the sides gives the same
clean text and the same conflicts with ours and theirs swapped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from meetingdesk.text.brackets import bracket_alternatives
from meetingdesk.text.diff import token_opcodes
from meetingdesk.text.tokens import tokenize

__all__ = ["MergeChunk", "MergeResult", "merge3", "resolve_as_alternatives"]


@dataclass(frozen=True)
class MergeChunk:
    """A clean stretch (``text``) or a conflict (``base``, ``ours``, ``theirs``)."""

    conflict: bool
    text: str = ""
    base: str = ""
    ours: str = ""
    theirs: str = ""

    @classmethod
    def clean(cls, text: str) -> MergeChunk:
        return cls(conflict=False, text=text)

    @classmethod
    def conflicted(cls, base: str, ours: str, theirs: str) -> MergeChunk:
        return cls(conflict=True, base=base, ours=ours, theirs=theirs)

    def swapped(self) -> MergeChunk:
        """The same chunk with ours and theirs exchanged."""
        if not self.conflict:
            return self
        return MergeChunk.conflicted(self.base, self.theirs, self.ours)


@dataclass(frozen=True)
class MergeResult:
    chunks: tuple[MergeChunk, ...]

    @property
    def conflicted(self) -> bool:
        return any(chunk.conflict for chunk in self.chunks)

    @property
    def conflicts(self) -> tuple[MergeChunk, ...]:
        return tuple(chunk for chunk in self.chunks if chunk.conflict)

    def text_if_clean(self) -> str | None:
        """The merged text, or None while any conflict remains."""
        if self.conflicted:
            return None
        return "".join(chunk.text for chunk in self.chunks)

    def text_with_alternatives(
        self, ours_delegations: Sequence[str] = (), theirs_delegations: Sequence[str] = ()
    ) -> str:
        """The merged text with each conflict written as "[ours / theirs]" markup, each side
        tagged with its delegations when given: "[meaningful {CAN} / affordable {DEU}]"."""
        return "".join(
            resolve_as_alternatives(chunk, ours_delegations, theirs_delegations)
            for chunk in self.chunks
        )


@dataclass(frozen=True)
class _Hunk:
    start: int
    end: int
    tokens: tuple[str, ...]
    side: int  # 0 = ours, 1 = theirs


def _hunks(base: Sequence[str], other: Sequence[str], side: int) -> list[_Hunk]:
    return [
        _Hunk(i1, i2, tuple(other[j1:j2]), side)
        for tag, i1, i2, j1, j2 in token_opcodes(base, other)
        if tag != "equal"
    ]


def _collide(x: _Hunk, y: _Hunk) -> bool:
    if x.start < y.end and y.start < x.end:
        return True
    return x.start == x.end == y.start == y.end


def _side_text(base: Sequence[str], start: int, end: int, hunks: Sequence[_Hunk]) -> str:
    """Base tokens [start, end) with the given (sorted, same-side) hunks applied."""
    out: list[str] = []
    pos = start
    for hunk in hunks:
        out.extend(base[pos : hunk.start])
        out.extend(hunk.tokens)
        pos = hunk.end
    out.extend(base[pos:end])
    return "".join(out)


def merge3(base: str, ours: str, theirs: str) -> MergeResult:
    """Merge two edits of ``base``; see the module docstring for the rules."""
    base_tokens = tokenize(base)
    hunks = _hunks(base_tokens, tokenize(ours), 0) + _hunks(base_tokens, tokenize(theirs), 1)
    hunks.sort(key=lambda h: (h.start, h.end, h.side))

    # Group colliding hunks. Sorted by (start, end), a hunk that collides with anything earlier
    # collides with a member of the group being built, so one pass suffices.
    groups: list[list[_Hunk]] = []
    for hunk in hunks:
        if groups and any(_collide(hunk, member) for member in groups[-1]):
            groups[-1].append(hunk)
        else:
            groups.append([hunk])

    chunks: list[MergeChunk] = []

    def emit(chunk: MergeChunk) -> None:
        if not chunk.conflict and chunks and not chunks[-1].conflict:
            chunks[-1] = MergeChunk.clean(chunks[-1].text + chunk.text)
        elif chunk.conflict or chunk.text:
            chunks.append(chunk)

    pos = 0
    for group in groups:
        start = min(h.start for h in group)
        end = max(h.end for h in group)
        emit(MergeChunk.clean("".join(base_tokens[pos:start])))
        ours_hunks = [h for h in group if h.side == 0]
        theirs_hunks = [h for h in group if h.side == 1]
        ours_text = _side_text(base_tokens, start, end, ours_hunks)
        theirs_text = _side_text(base_tokens, start, end, theirs_hunks)
        if not ours_hunks or ours_text == theirs_text:
            emit(MergeChunk.clean(theirs_text))
        elif not theirs_hunks:
            emit(MergeChunk.clean(ours_text))
        else:
            base_text = "".join(base_tokens[start:end])
            emit(MergeChunk.conflicted(base_text, ours_text, theirs_text))
        pos = end
    emit(MergeChunk.clean("".join(base_tokens[pos:])))
    return MergeResult(tuple(chunks))


def resolve_as_alternatives(
    chunk: MergeChunk,
    ours_delegations: Sequence[str] = (),
    theirs_delegations: Sequence[str] = (),
) -> str:
    """A conflict as bracketed alternatives "[ours / theirs]" (escaped); clean text unchanged."""
    if not chunk.conflict:
        return chunk.text
    return bracket_alternatives(chunk.ours, chunk.theirs, ours_delegations, theirs_delegations)
