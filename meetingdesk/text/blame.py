# SPDX-License-Identifier: GPL-3.0-or-later
"""Which version introduced each part of a clause's current text.

Attribution is carried forward version by version over a token diff: a token unchanged from
the previous version keeps its attribution, any other token belongs to the version that wrote
it. A token deleted and later typed again belongs to the later version.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from meetingdesk.text.diff import token_opcodes
from meetingdesk.text.tokens import tokenize

__all__ = ["BlameInput", "BlameSpan", "blame", "blame_dag"]


@dataclass(frozen=True)
class BlameSpan:
    """Characters [start, end) of the current text, written by ``version_id``."""

    start: int
    end: int
    text: str
    version_id: str


@dataclass(frozen=True)
class BlameInput:
    """One version of a clause text in a history DAG (``second_parent`` for merges)."""

    text: str
    parent: str | None = None
    second_parent: str | None = None


# Per-version state: the tokens of its text and the version id owning each token.
_Attributed = tuple[list[str], list[str]]


def _carry(parent: _Attributed, tokens: list[str], owners: list[str | None]) -> None:
    """Give each token of ``tokens`` still unowned that is unchanged from ``parent`` its owner."""
    parent_tokens, parent_owners = parent
    for tag, i1, i2, j1, _j2 in token_opcodes(parent_tokens, tokens):
        if tag == "equal":
            for offset in range(i2 - i1):
                if owners[j1 + offset] is None:
                    owners[j1 + offset] = parent_owners[i1 + offset]


def _attribute(version_id: str, text: str, parents: Sequence[_Attributed]) -> _Attributed:
    tokens = tokenize(text)
    owners: list[str | None] = [None] * len(tokens)
    for parent in parents:
        _carry(parent, tokens, owners)
    return tokens, [owner if owner is not None else version_id for owner in owners]


def _spans(attributed: _Attributed) -> list[BlameSpan]:
    spans: list[BlameSpan] = []
    pos = 0
    for token, owner in zip(*attributed, strict=True):
        end = pos + len(token)
        if spans and spans[-1].version_id == owner:
            last = spans[-1]
            spans[-1] = BlameSpan(last.start, end, last.text + token, owner)
        else:
            spans.append(BlameSpan(pos, end, token, owner))
        pos = end
    return spans


def blame(lineage: Sequence[tuple[str, str]]) -> list[BlameSpan]:
    """Blame the last text of ``lineage`` = [(version_id, text), …], oldest first."""
    if not lineage:
        raise ValueError("blame needs at least one version")
    state: _Attributed | None = None
    for version_id, text in lineage:
        state = _attribute(version_id, text, [state] if state is not None else [])
    assert state is not None
    return _spans(state)


def blame_dag(versions: Mapping[str, BlameInput], head: str) -> list[BlameSpan]:
    """Blame version ``head`` of a history DAG.

    A token unchanged from the first parent keeps that parent's attribution; failing that, one
    unchanged from the second parent keeps the second parent's. Raises ValueError for an
    unknown id or a cycle.
    """
    done: dict[str, _Attributed] = {}
    # Iterative post-order walk: long histories must not hit the recursion limit.
    stack: list[tuple[str, bool]] = [(head, False)]
    on_path: set[str] = set()
    while stack:
        version_id, expanded = stack.pop()
        if version_id in done:
            continue
        if version_id not in versions:
            raise ValueError(f"unknown version {version_id!r}")
        version = versions[version_id]
        parent_ids = [p for p in (version.parent, version.second_parent) if p is not None]
        if expanded:
            on_path.discard(version_id)
            parents = [done[p] for p in parent_ids]
            done[version_id] = _attribute(version_id, version.text, parents)
            continue
        if version_id in on_path:
            raise ValueError(f"version history has a cycle through {version_id!r}")
        on_path.add(version_id)
        stack.append((version_id, True))
        for parent_id in reversed(parent_ids):
            if parent_id in on_path:
                raise ValueError(f"version history has a cycle through {parent_id!r}")
            if parent_id not in done:
                stack.append((parent_id, False))
    return _spans(done[head])
