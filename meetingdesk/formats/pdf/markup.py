# SPDX-License-Identifier: GPL-3.0-or-later
"""Clause text → Paragraph markup: bracket markup, diffs, numbers.

The bracket grammar is parsed by meetingdesk.text.brackets, never here; this module only
decides how each node looks on paper.
"""

from __future__ import annotations

from collections.abc import Sequence

from meetingdesk.formats import ExportError
from meetingdesk.text import brackets
from meetingdesk.text.diff import DiffOp

from .styles import BRACKET, DELETED, INSERTED, colored, esc

_MARKUP_CHARS = frozenset("[]{}\\")


def _nodes(parts: Sequence[brackets.Node], compilation: bool) -> str:
    out: list[str] = []
    for part in parts:
        if isinstance(part, brackets.Text):
            out.append(esc(part.value))
            continue
        alts = []
        for alt in part.alternatives:
            body = _nodes(alt.parts, compilation)
            if compilation and alt.delegations:
                codes = esc(", ".join(alt.delegations))
                body += f' <font size="-2">{colored("{" + codes + "}", BRACKET)}</font>'
            alts.append(body)
        if compilation:
            sep = colored("<b> / </b>", BRACKET)
            out.append(colored("<b>[</b>", BRACKET) + sep.join(alts) + colored("<b>]</b>", BRACKET))
        else:
            out.append("[" + " / ".join(alts) + "]")
    return "".join(out)


def final_markup(text: str, where: str = "clause") -> str:
    """Markup for the final text: brackets (if any remain) plain, supporters not shown.

    Unbalanced brackets are refused: a final text must be well formed.
    """
    if not _MARKUP_CHARS.intersection(text):
        return esc(text)
    try:
        tree = brackets.parse(text)
    except brackets.BracketError as error:
        raise ExportError(
            f"{where} has unbalanced brackets ({error}); it cannot be printed as final text — "
            "clear the brackets or export the compilation text instead"
        ) from error
    return _nodes(tree.parts, compilation=False)


def compilation_markup(text: str) -> str:
    """Markup for the compilation text: brackets bold and coloured, alternatives separated,
    supporting delegations after each alternative. Invalid markup is shown as written."""
    if not _MARKUP_CHARS.intersection(text):
        return esc(text)
    try:
        tree = brackets.parse(text)
    except brackets.BracketError:
        return esc(text)
    return _nodes(tree.parts, compilation=True)


# Marks that survive black-and-white printing: a double underline and a thick strike (a
# struck "て" or an inserted "," stays visible in grey), besides the colour.
INSERT_OPEN = '<u kind="double" width="0.6" gap="1.1" offset="-0.14*F">'
STRIKE_OPEN = '<strike width="1.3">'


def inserted(markup: str) -> str:
    return colored(f"{INSERT_OPEN}{markup}</u>", INSERTED)


def deleted(markup: str) -> str:
    return colored(f"{STRIKE_OPEN}{markup}</strike>", DELETED)


def diff_markup(ops: Sequence[DiffOp]) -> str:
    """Insertions double-underlined (blue), deletions struck through with a thick line
    (red); brackets shown as typed."""
    out: list[str] = []
    for op in ops:
        text = esc(op.text)
        if op.kind == "insert":
            out.append(inserted(text))
        elif op.kind == "delete":
            out.append(deleted(text))
        else:
            out.append(text)
    return "".join(out)


def plain_text(text: str) -> str:
    """Clause text without markup (first alternative of each bracket), for outlines."""
    try:
        return brackets.plain(text)
    except brackets.BracketError:
        return text
