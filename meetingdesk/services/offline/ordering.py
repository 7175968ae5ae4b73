"""Merging clause order: moves and new clauses from one side placed into the other's order.

A clause counts as moved on a side when it falls outside a longest increasing subsequence
of base positions (so dragging one clause marks that clause only). The target's order is
kept; each clause moved (on the incoming side only) or new on the incoming side is put
right after its nearest incoming predecessor that the target has. A clause moved on both
sides to different places is a conflict and stays where the target has it.
"""

from __future__ import annotations

from meetingdesk.text.diff import longest_increasing_subsequence


def _moved(seq: list[str], base_index: dict[str, int]) -> set[str]:
    known = [u for u in seq if u in base_index]
    keep = longest_increasing_subsequence([base_index[u] for u in known])
    kept = {known[i] for i in keep}
    return {u for u in known if u not in kept}


def _predecessor(seq: list[str], u: str) -> str | None:
    i = seq.index(u)
    return seq[i - 1] if i > 0 else None


def merge_order(
    base: list[str], target: list[str], incoming: list[str]
) -> tuple[list[str], list[str], list[str]]:
    """(merged order, clauses moved by the incoming side, clauses in a move conflict)."""
    base_index = {u: i for i, u in enumerate(base)}
    moved_in, moved_t = _moved(incoming, base_index), _moved(target, base_index)
    in_target = set(target)
    conflicts = [
        u
        for u in incoming
        if u in moved_in and u in moved_t and _predecessor(incoming, u) != _predecessor(target, u)
    ]
    to_place = [
        u
        for u in incoming
        if (u in moved_in and u not in moved_t) or (u not in base_index and u not in in_target)
    ]
    result = list(target)
    incoming_index = {u: i for i, u in enumerate(incoming)}
    for u in to_place:
        if u in result:
            result.remove(u)
        present = set(result)
        anchor = None
        for j in range(incoming_index[u] - 1, -1, -1):
            if incoming[j] in present:
                anchor = incoming[j]
                break
        result.insert(result.index(anchor) + 1 if anchor else 0, u)
    moved = [u for u in to_place if u in base_index and result != target]
    return result, moved, conflicts
