# SPDX-License-Identifier: GPL-3.0-or-later
r"""Negotiators' square-bracket markup inside one clause text.

Grammar (characters, not tokens; ``sp`` is U+0020 SPACE)::

    text         := piece*                                 -- top level
    piece        := escape | bracket | char
    bracket      := "[" alternative ( " / " alternative )* "]"
    alternative  := apiece* delegations?
    apiece       := escape | bracket | char                -- but not the separator " / "
    delegations  := sp* "{" sp* code ( sp* "," sp* code )* sp* "}"
    code         := ( letter | digit | "." | "_" | "-" )+
    escape       := "\" ( "[" | "]" | "{" | "}" | "\" | "/" )
    char         := any character except an unescaped "[", "]", "{" or "}"

* ``[text]`` is a bracketed passage not yet agreed; ``[shall / should]`` offers alternatives.
* The separator is exactly space, slash, space, and only inside brackets; it is read left to
  right, so ``[a  / b]`` is ``"a "`` or ``"b"``. ``and/or`` needs no escape; write ``\/`` for a
  slash that would otherwise read as a separator (a space before it). Alternatives may be empty:
  ``[this text / ]`` proposes deleting it.
* Delegations supporting an alternative come last in it, before ``" / "`` or ``"]"``:
  ``[shall {US, UK} / should {FR}]``. Spaces before ``{`` belong to the delegation list.
* Brackets nest: ``[we [shall / should] act / no action {DE}]``.
* A backslash before any other character is an ordinary backslash.

``render(parse(s)) == s`` for every valid ``s``: text nodes keep their source (escapes
included) and delegation lists keep their exact spelling.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "Alternative",
    "Bracket",
    "BracketError",
    "BracketSpan",
    "BracketTree",
    "Segment",
    "Text",
    "bracket_alternatives",
    "bracket_at",
    "bracket_shape",
    "bracket_spans",
    "count_open",
    "describe_resolution",
    "escape",
    "parse",
    "plain",
    "render",
    "resolve",
    "resolve_both",
    "segments",
    "unescape",
    "validate",
]

SEPARATOR = " / "
_ESCAPABLE = frozenset("[]{}\\/")
_CODE_EXTRA = frozenset("._-")


class BracketError(ValueError):
    """Invalid bracket markup; ``position`` is the 0-based offset of the offending character.

    ``code`` names the fault for a translated message (``detail``: the bad delegation code);
    ``str()`` is the English message with the 1-based character people count in.
    """

    def __init__(self, message: str, position: int, code: str = "", detail: str = "") -> None:
        super().__init__(f"{message} (character {position + 1})")
        self.message = message
        self.position = position
        self.code = code
        self.detail = detail


# --- tree ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """Literal text; ``source`` is the markup as written (escapes included)."""

    source: str

    @property
    def value(self) -> str:
        return unescape(self.source)


@dataclass(frozen=True)
class Alternative:
    parts: tuple[Node, ...]
    delegations: tuple[str, ...] = ()
    delegations_source: str = ""  # exact markup of the delegation list, "" if none


@dataclass(frozen=True)
class Bracket:
    alternatives: tuple[Alternative, ...]


Node = Text | Bracket


@dataclass(frozen=True)
class BracketTree:
    parts: tuple[Node, ...]


@dataclass
class _Frame:
    """Parser state for the top level or one open bracket."""

    parts: list[Node] = field(default_factory=list)
    alternatives: list[Alternative] = field(default_factory=list)
    delegations: tuple[str, ...] = ()
    delegations_source: str = ""

    def finish_alternative(self) -> None:
        alt = Alternative(tuple(self.parts), self.delegations, self.delegations_source)
        self.alternatives.append(alt)
        self.parts, self.delegations, self.delegations_source = [], (), ""


# --- lexer -----------------------------------------------------------------------------------

SegmentKind = Literal["text", "bracket", "separator", "delegations", "error"]


@dataclass(frozen=True)
class Segment:
    """A span of the markup. ``depth`` is 0 at top level; a bracket's "[" and "]" carry the
    depth inside it (1 for an outermost bracket), as do its separators and delegation lists.
    Kind "error" marks characters that break the grammar (only in invalid text)."""

    start: int
    end: int
    kind: SegmentKind
    depth: int


@dataclass
class _Lexed:
    segments: list[Segment] = field(default_factory=list)
    errors: list[BracketError] = field(default_factory=list)
    codes: dict[int, tuple[str, ...]] = field(default_factory=dict)  # segment start -> codes
    opens: int = 0

    def add(self, start: int, end: int, kind: SegmentKind, depth: int) -> None:
        segs = self.segments
        if kind == "text" and segs and segs[-1].kind == "text" and segs[-1].depth == depth:
            segs[-1] = Segment(segs[-1].start, end, "text", depth)
        else:
            segs.append(Segment(start, end, kind, depth))

    def error(self, message: str, position: int, code: str = "", detail: str = "") -> None:
        self.errors.append(BracketError(message, position, code, detail))


def _parse_codes(content: str) -> tuple[str, ...] | str:
    """Codes of a delegation list, or an error message."""
    codes = tuple(code.strip(" ") for code in content.split(","))
    if codes == ("",):
        return "empty delegation list"
    for code in codes:
        if not code or not all(ch.isalnum() or ch in _CODE_EXTRA for ch in code):
            return f"invalid delegation code {code!r}"
    return codes


_PLAIN_TOP = re.compile(r"[^\\\[\]{}]+")
_PLAIN_INSIDE = re.compile(r"[^\\\[\]{} ]+")


def _lex(text: str) -> _Lexed:
    n = len(text)
    out = _Lexed()
    open_stack: list[int] = []  # index into out.segments of each unclosed "["
    i = 0
    while i < n:
        depth = len(open_stack)
        ch = text[i]
        if ch == "\\":
            step = 2 if i + 1 < n and text[i + 1] in _ESCAPABLE else 1
            out.add(i, i + step, "text", depth)
            i += step
        elif ch == "[":
            out.opens += 1
            open_stack.append(len(out.segments))
            out.segments.append(Segment(i, i + 1, "bracket", depth + 1))
            i += 1
        elif ch == "]":
            if open_stack:
                open_stack.pop()
                out.add(i, i + 1, "bracket", depth)
            else:
                out.error("']' closes nothing", i, "close_bracket")
                out.add(i, i + 1, "error", depth)
            i += 1
        elif ch == "}":
            out.error("'}' closes nothing", i, "close_brace")
            out.add(i, i + 1, "error", depth)
            i += 1
        elif ch == "{":
            i = _lex_delegations(text, i, i, depth, out)
        elif ch == " " and depth:
            run_end = i + 1
            while run_end < n and text[run_end] == " ":
                run_end += 1
            if run_end < n and text[run_end] == "{":
                i = _lex_delegations(text, i, run_end, depth, out)
            elif text.startswith(SEPARATOR, run_end - 1):
                if run_end - 1 > i:
                    out.add(i, run_end - 1, "text", depth)
                out.add(run_end - 1, run_end + 2, "separator", depth)
                i = run_end + 2
            else:
                out.add(i, run_end, "text", depth)
                i = run_end
        else:
            # A run of ordinary characters in one step (spaces matter only inside brackets).
            run = (_PLAIN_INSIDE if depth else _PLAIN_TOP).match(text, i)
            end = run.end() if run else i + 1
            out.add(i, end, "text", depth)
            i = end

    for index in open_stack:
        seg = out.segments[index]
        out.error("unbalanced '[' (never closed)", seg.start, "open_bracket")
        out.segments[index] = Segment(seg.start, seg.end, "error", seg.depth)
    return out


def _lex_delegations(text: str, start: int, brace: int, depth: int, out: _Lexed) -> int:
    """Lex the delegation list whose spaces begin at ``start`` and "{" is at ``brace``.

    Returns the index just after it.
    """
    end = brace + 1
    while end < len(text) and text[end] not in "{}[]\\":
        end += 1
    if end >= len(text) or text[end] != "}":
        out.error("unclosed '{'", brace, "open_brace")
        out.add(start, brace + 1, "error", depth)
        return brace + 1
    end += 1
    parsed = _parse_codes(text[brace + 1 : end - 1])
    if isinstance(parsed, str):
        bad = parsed.partition("invalid delegation code ")[2].strip("'\"")
        out.error(parsed, brace, "bad_code" if bad else "empty_codes", bad)
    elif depth == 0:
        out.error("delegations '{…}' outside brackets", brace, "codes_outside")
    elif not (text.startswith(SEPARATOR, end) or text.startswith("]", end)):
        out.error("delegations '{…}' must end an alternative", brace, "codes_not_last")
    else:
        out.codes[start] = parsed
        out.add(start, end, "delegations", depth)
        return end
    out.add(start, end, "error", depth)
    return end


# --- public API ------------------------------------------------------------------------------


def validate(text: str) -> BracketError | None:
    """The first (leftmost) error in the markup, or None if it is valid."""
    errors = _lex(text).errors
    return min(errors, key=lambda e: e.position) if errors else None


def parse(text: str) -> BracketTree:
    """Parse markup into a tree; raises :class:`BracketError` if it is invalid."""
    lexed = _lex(text)
    if lexed.errors:
        raise min(lexed.errors, key=lambda e: e.position)
    root = _Frame()
    stack = [root]
    for seg in lexed.segments:
        source = text[seg.start : seg.end]
        frame = stack[-1]
        if seg.kind == "text":
            frame.parts.append(Text(source))
        elif seg.kind == "separator":
            frame.finish_alternative()
        elif seg.kind == "delegations":
            frame.delegations = lexed.codes[seg.start]
            frame.delegations_source = source
        elif source == "[":
            stack.append(_Frame())
        else:  # "]"
            frame.finish_alternative()
            stack.pop()
            stack[-1].parts.append(Bracket(tuple(frame.alternatives)))
    return BracketTree(tuple(root.parts))


def _render_parts(parts: Sequence[Node]) -> str:
    out: list[str] = []
    for part in parts:
        if isinstance(part, Text):
            out.append(part.source)
        else:
            alts = (_render_parts(alt.parts) + alt.delegations_source for alt in part.alternatives)
            out.append("[" + SEPARATOR.join(alts) + "]")
    return "".join(out)


def render(tree: BracketTree) -> str:
    """Markup for a tree; the exact inverse of :func:`parse`."""
    return _render_parts(tree.parts)


_ESCAPE_PAIR = re.compile(r"\\[\[\]{}\\/]")


def count_open(text: str) -> int:
    """Number of bracket groups, nested ones included (tolerant: counts unclosed "[" too).

    The lexer counts every "[" except one written as the escape ``\\[``; escape pairs are
    read left to right and never overlap, exactly as a left-to-right substitution removes
    them, and a delegation list stops at "[". So the count needs no lexing (it runs for
    every clause of every document shown); a property test checks it against the lexer.
    """
    if "[" not in text:
        return 0
    if "\\" not in text:
        return text.count("[")
    return _ESCAPE_PAIR.sub("", text).count("[")


def segments(text: str) -> list[Segment]:
    """Contiguous spans covering ``text`` for highlighters; tolerant of invalid markup."""
    return _lex(text).segments


def _plain_parts(parts: Sequence[Node], choose: int) -> str:
    out: list[str] = []
    for part in parts:
        if isinstance(part, Text):
            out.append(part.value)
        else:
            alts = part.alternatives
            index = choose if -len(alts) <= choose < len(alts) else (-1 if choose >= 0 else 0)
            out.append(_plain_parts(alts[index].parts, choose))
    return "".join(out)


def plain(text: str, choose: int = 0) -> str:
    """The text with markup removed, taking alternative ``choose`` of every bracket.

    Negative ``choose`` counts from the end (-1 = last). A bracket with fewer alternatives
    contributes its last one (so a plain ``[passage]`` is always kept). Raises BracketError.
    """
    return _plain_parts(parse(text).parts, choose)


def unescape(source: str) -> str:
    """The literal value of escaped text (``\\[`` → ``[``; other backslashes stay)."""
    if "\\" not in source:
        return source
    out: list[str] = []
    i = 0
    while i < len(source):
        if source[i] == "\\" and i + 1 < len(source) and source[i + 1] in _ESCAPABLE:
            out.append(source[i + 1])
            i += 2
        else:
            out.append(source[i])
            i += 1
    return "".join(out)


def escape(value: str) -> str:
    """Escape a literal so it reads as plain text anywhere, also inside an alternative.

    A "/" is escaped when it follows a space or starts the value, so escaped pieces can be
    concatenated safely; "and/or" stays as it is.
    """
    out: list[str] = []
    for index, ch in enumerate(value):
        if ch in "[]{}\\" or (ch == "/" and (index == 0 or value[index - 1] == " ")):
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def _delegation_markup(codes: Sequence[str]) -> str:
    if not codes:
        return ""
    for code in codes:
        if isinstance(_parse_codes(code), str) or "," in code:
            raise ValueError(f"invalid delegation code {code!r}")
    return " {" + ", ".join(codes) + "}"


def bracket_alternatives(
    a: str, b: str, a_dels: Sequence[str] = (), b_dels: Sequence[str] = ()
) -> str:
    """Valid markup offering ``a`` or ``b`` (both literal text), e.g. "[shall {US} / should]".

    Whitespace that both sides share at the start or the end is kept outside the brackets.
    """
    lead = 0
    while lead < min(len(a), len(b)) and a[lead] == b[lead] and a[lead].isspace():
        lead += 1
    trail = 0
    while (
        trail < min(len(a), len(b)) - lead
        and a[-1 - trail] == b[-1 - trail]
        and a[-1 - trail].isspace()
    ):
        trail += 1
    prefix, suffix = a[:lead], a[len(a) - trail :]
    a_core, b_core = a[lead : len(a) - trail], b[lead : len(b) - trail]
    body = (
        escape(a_core)
        + _delegation_markup(a_dels)
        + SEPARATOR
        + escape(b_core)
        + _delegation_markup(b_dels)
    )
    return prefix + "[" + body + "]" + suffix


# --- resolving a bracket ----------------------------------------------------------------------


@dataclass(frozen=True)
class BracketSpan:
    """Where bracket number ``index`` (0-based, in the order its "[" appears) sits: the
    characters [start, end) from "[" to "]", and each alternative's [start, end) without its
    delegation list; ``delegations`` are each alternative's supporters."""

    index: int
    start: int
    end: int
    depth: int
    alternatives: tuple[tuple[int, int], ...]
    delegations: tuple[tuple[str, ...], ...]


@dataclass
class _OpenSpan:
    index: int
    start: int
    alt_start: int
    alt_end: int | None = None
    codes: tuple[str, ...] = ()
    alts: list[tuple[int, int]] = field(default_factory=list)
    dels: list[tuple[str, ...]] = field(default_factory=list)


def bracket_spans(text: str) -> list[BracketSpan]:
    """Every bracket of valid markup with its alternatives' positions, in "[" order.

    Raises BracketError on invalid markup.
    """
    lexed = _lex(text)
    if lexed.errors:
        raise min(lexed.errors, key=lambda e: e.position)
    found: dict[int, BracketSpan] = {}
    stack: list[_OpenSpan] = []
    count = 0
    for seg in lexed.segments:
        if seg.kind == "bracket" and text[seg.start] == "[":
            stack.append(_OpenSpan(count, seg.start, seg.end))
            count += 1
        elif not stack:
            continue
        elif seg.kind == "delegations":
            stack[-1].codes = lexed.codes[seg.start]
            stack[-1].alt_end = seg.start
        elif seg.kind == "separator" or (seg.kind == "bracket" and text[seg.start] == "]"):
            top = stack[-1]
            top.alts.append((top.alt_start, seg.start if top.alt_end is None else top.alt_end))
            top.dels.append(top.codes)
            top.alt_start, top.alt_end, top.codes = seg.end, None, ()
            if seg.kind == "bracket":
                stack.pop()
                found[top.index] = BracketSpan(
                    top.index, top.start, seg.end, seg.depth, tuple(top.alts), tuple(top.dels)
                )
    return [found[i] for i in range(count)]


def bracket_at(text: str, position: int) -> tuple[int, int] | None:
    """(bracket index, alternative index) of the innermost alternative holding the character
    at ``position``, or None outside brackets or on invalid markup."""
    try:
        spans = bracket_spans(text)
    except BracketError:
        return None
    best: tuple[int, int, int] | None = None  # depth, bracket, alternative
    for span in spans:
        if not span.start <= position < span.end:
            continue
        choice = 0
        for k, (a, _b) in enumerate(span.alternatives):
            if position >= a:
                choice = k
        if best is None or span.depth > best[0]:
            best = (span.depth, span.index, choice)
    return None if best is None else (best[1], best[2])


def bracket_shape(text: str) -> tuple:
    """The bracket structure of a text (how many alternatives each bracket has, nested), so
    two languages can be compared bracket by bracket. Raises BracketError."""

    def shape(parts: Sequence[Node]) -> tuple:
        return tuple(
            tuple(shape(alt.parts) for alt in part.alternatives)
            for part in parts
            if isinstance(part, Bracket)
        )

    return shape(parse(text).parts)


def resolve(text: str, index: int, choice: int | None) -> str:
    """The text with bracket ``index`` replaced by its alternative ``choice`` (markup kept,
    delegation list dropped), or removed with its content when ``choice`` is None.

    Removing a bracket between two spaces removes one of them. Raises BracketError on
    invalid markup and IndexError for a bracket or alternative that does not exist.
    """
    spans = bracket_spans(text)
    if not 0 <= index < len(spans):
        raise IndexError(f"the text has {len(spans)} brackets; there is no bracket {index + 1}")
    span = spans[index]
    if choice is None:
        before, after = text[: span.start], text[span.end :]
        if before.endswith(" ") and (after.startswith(" ") or after[:1] in (",", ".", ";", "")):
            before = before[:-1]
        return before + after
    if not 0 <= choice < len(span.alternatives):
        raise IndexError(
            f"bracket {index + 1} has {len(span.alternatives)} alternatives; "
            f"there is no alternative {choice + 1}"
        )
    a, b = span.alternatives[choice]
    return text[: span.start] + text[a:b] + text[span.end :]


def describe_resolution(text: str, index: int, choice: int | None) -> str:
    """A short English note for the version a resolution writes:
    "alternative 2 {FRA} kept", "bracket 1 dropped", "brackets lifted from bracket 1"."""
    span = bracket_spans(text)[index]
    if choice is None:
        return f"bracket {index + 1} dropped"
    if len(span.alternatives) == 1:
        return f"brackets lifted from bracket {index + 1}"
    codes = span.delegations[choice]
    who = " {" + ", ".join(codes) + "}" if codes else ""
    return f"alternative {choice + 1}{who} of bracket {index + 1} kept"


def resolve_both(text: str, other: str, index: int, choice: int | None) -> tuple[str, str | None]:
    """Resolve bracket ``index`` in ``text`` and, when ``other`` (the other language) has
    the same bracket structure, the bracket at the same position there too; ``None`` for
    ``other`` when it was left alone (no text, invalid markup, or brackets that differ)."""
    resolved = resolve(text, index, choice)
    if not other or validate(other) is not None:
        return resolved, None
    if bracket_shape(other) != bracket_shape(text):
        return resolved, None
    return resolved, resolve(other, index, choice)
