# SPDX-License-Identifier: GPL-3.0-or-later
"""Which clauses a redline of "only the changed clauses" prints, shared by the PDF and the
Word writers so both leave out the same clauses and say so in the same places.

A changed clause is kept with the headings it stands under (its section and sub-head, as in
the text being read), so a reader knows where it belongs; every run of clauses left out
becomes one gap, which the writers print as "… 12 unchanged clauses left out …".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from meetingdesk.formats.labels import label

#: clause kinds that head what follows them, outermost first
HEADING_RANK = {"heading": 0, "section": 1, "subheading": 2}


@dataclass(frozen=True)
class Step:
    """One line of the plan: print item ``index`` ("show": a changed clause; "context": an
    unchanged heading kept for orientation), or say that ``count`` clauses are left out."""

    what: str  # "show" / "context" / "gap"
    index: int = -1
    count: int = 0


def plan(kinds: Sequence[str], keep: Sequence[bool], no_context: Sequence[int] = ()) -> list[Step]:
    """The steps for clauses of ``kinds`` (in print order) where ``keep[i]`` says clause i
    changed. ``no_context``: indices never shown as context (a leading heading that only
    repeats the document's title, which the title block prints already)."""
    skip_context = set(no_context)
    context = [False] * len(kinds)
    stack: list[int] = []  # the headings the current clause stands under
    for i, kind in enumerate(kinds):
        rank = HEADING_RANK.get(kind)
        if rank is not None:
            stack = [h for h in stack if HEADING_RANK[kinds[h]] < rank]
            stack.append(i)
        if keep[i]:
            for h in stack:
                if h != i and not keep[h] and h not in skip_context:
                    context[h] = True
    steps: list[Step] = []
    run = 0
    for i in range(len(kinds)):
        if keep[i] or context[i]:
            if run:
                steps.append(Step("gap", count=run))
                run = 0
            steps.append(Step("show" if keep[i] else "context", index=i))
        else:
            run += 1
    if run:
        steps.append(Step("gap", count=run))
    return steps


def gap_text(count: int, lang: str) -> str:
    """The marker of a run of clauses left out, in ``lang``."""
    return label("omitted_one" if count == 1 else "omitted_many", lang, n=count)
