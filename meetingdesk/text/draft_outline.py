# SPDX-License-Identifier: GPL-3.0-or-later
"""The outline of an imported draft: paragraphs in, numbered clauses-to-be out.

Every reader (Word, plain text, Markdown, the clipboard) turns its file into a list of
``SourceParagraph`` values — the text as seen, plus what the format itself says (a heading
style, bold-only runs, the label Word's automatic numbering would print, a list level). One
function, ``build_outline``, then decides for all of them what each paragraph is:

* a label typed in the text (``1.``, ``1)``, ``(1)``, ``I.``, ``i.``, ``(a)``, ``a)``, ``(i)``,
  full-width ``１．`` and ``（ａ）``) is cut off and read, exactly as an automatic label is;
* arabic numbers are operative paragraphs, roman numerals sections, letters either
  sub-headings (short, heading-like, right under a section) or sub-paragraphs (level 1,
  inside the operative paragraph before them), ``(i)`` under a letter is level 2;
* unnumbered text before the first operative paragraph is preambular, a heading style or
  a bold-only short line is a heading; unnumbered text after numbered paragraphs continues
  as a sub-paragraph-free operative paragraph only when it is clearly a paragraph of its own.

The result is a pure value: the preview shows it, the user corrects kinds and levels, and
only then does a service write it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .problems import Problem

__all__ = [
    "OUTLINE_KINDS",
    "Outline",
    "OutlineLine",
    "SourceParagraph",
    "build_outline",
    "read_label",
    "split_label",
]

# Kinds an imported line can take: the clause kinds of a document, plus "subparagraph" —
# a lettered part of the operative paragraph before it (stored inside that paragraph).
OUTLINE_KINDS = ("heading", "preambular", "section", "subheading", "operative", "subparagraph")

# A heading-like line: short and not ending like a sentence.
_HEADING_MAX_CHARS = 120
_SENTENCE_END = (".", ";", ":", ",", "。", "；", "：", "、")


@dataclass(frozen=True)
class SourceParagraph:
    """One paragraph as a reader found it; nothing decided yet."""

    text: str
    label: str = ""  # the label automatic numbering prints ("" when none or typed)
    heading_level: int | None = None  # 1.. from a heading style, Markdown "#" or <h1>
    bold: bool = False  # every character of the text is bold
    list_level: int | None = None  # the list level the format gives (Word's ilvl)
    notes: tuple[str, ...] = ()  # footnotes anchored in this paragraph
    where: str = ""  # "paragraph 12", "line 30": for the report


@dataclass(frozen=True)
class OutlineLine:
    """One line of the preview: what the paragraph becomes."""

    kind: str
    level: int
    label: str  # the number as the source shows it, normalised to half-width ("3.", "(a)")
    text: str  # the text without its label
    notes: tuple[str, ...] = ()
    where: str = ""

    @property
    def first_words(self) -> str:
        return self.text if len(self.text) <= 60 else self.text[:59] + "…"


@dataclass(frozen=True)
class Outline:
    lines: tuple[OutlineLine, ...]
    report: tuple[str, ...] = ()  # what could not be read (tables, pictures, odd numbers)
    refusals: tuple[str, ...] = field(default=())  # what blocks an import

    def with_line(self, index: int, *, kind: str | None = None, level: int | None = None):
        """A copy with one line's kind or level corrected by the user."""
        line = self.lines[index]
        if kind is not None and kind not in OUTLINE_KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        new = replace(
            line,
            kind=kind if kind is not None else line.kind,
            level=level if level is not None else line.level,
        )
        if new.kind == "subparagraph" and new.level < 1:
            new = replace(new, level=1)
        if new.kind != "subparagraph" and kind is not None:
            new = replace(new, level=0)
        lines = list(self.lines)
        lines[index] = new
        return replace(self, lines=tuple(lines))

    def count(self, kind: str) -> int:
        return sum(1 for line in self.lines if line.kind == kind)


# ---------------------------------------------------------------------------------------
# Labels

_LABEL_RE = re.compile(
    r"""^\s*(?:
        (?P<paren>\((?P<pin>[0-9]+|[a-zA-Z]{1,3}|[ivxlcdmIVXLCDM]+)\))   # (1) (a) (iv)
      | (?P<dot>(?P<din>[0-9]+(?:bis|ter|quater)?|[a-zA-Z]{1,3}|[ivxlcdmIVXLCDM]+)[.)])  # 1. a) iv.
    )(?:\s+|$)""",
    re.VERBOSE,
)
_ROMAN_RE = re.compile(r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")

# Full-width forms and the ideographic space: NFKC maps them, but only the label is
# normalised (the text keeps its own characters).
_LABEL_CHARS = re.compile(r"^[\s\u3000]*[（(]?[0-9０-９a-zA-Zａ-ｚＡ-Ｚⅰ-ⅿⅠ-Ⅿ]{1,6}[)）.．]?")


def _roman_value(token: str) -> int | None:
    token = token.lower()
    if not token or not _ROMAN_RE.match(token):
        return None
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for a, b in zip(token, token[1:] + " ", strict=True):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


@dataclass(frozen=True)
class Label:
    """A label read: its style ("arabic", "roman", "ROMAN", "letter", "LETTER"), value, form."""

    style: str
    value: int
    text: str  # normalised, e.g. "(a)", "3.", "8bis."
    paren: bool


def read_label(label: str, previous_letter: int = 0) -> Label | None:
    """Read a label such as "3.", "(b)", "iv." or "（ａ）".

    ``previous_letter`` settles "(i)": after "(h)" it is the letter i, otherwise the roman one.
    """
    norm = unicodedata.normalize("NFKC", label).strip()
    norm = norm.replace("．", ".")
    m = _LABEL_RE.match(norm + " ")
    if not m:
        return None
    token = m.group("pin") or m.group("din")
    paren = m.group("paren") is not None
    text = m.group("paren") or m.group("dot")
    digits = re.match(r"^([0-9]+)", token)
    if digits:
        return Label("arabic", int(digits.group(1)), text, paren)
    letter_value = None
    if len(set(token)) == 1 and token.isalpha():
        letter_value = (ord(token[0].lower()) - ord("a") + 1) + 26 * (len(token) - 1)
    roman = _roman_value(token)
    # One letter is a roman numeral only for i, v and x ("(c)" is the letter c).
    if roman is not None and len(token) == 1 and token.lower() not in "ivx":
        roman = None
    if roman is not None and (letter_value is None or letter_value != previous_letter + 1):
        return Label("roman" if token.islower() else "ROMAN", roman, text, paren)
    if letter_value is not None:
        return Label("letter" if token.islower() else "LETTER", letter_value, text, paren)
    return None


def split_label(text: str, previous_letter: int = 0) -> tuple[Label | None, str]:
    """Cut a typed label off the start of a paragraph: (label, rest) or (None, text)."""
    m = _LABEL_CHARS.match(text)
    if not m:
        return None, text
    head = m.group(0)
    rest = text[len(head) :]
    if rest and not rest[0].isspace() and rest[0] != "\u3000" and not _is_cjk(head, rest):
        return None, text  # "3D printing", "e.g." — not a label
    label = read_label(head, previous_letter)
    if label is None:
        return None, text
    # A bare word ("I", "a") is a label only with its punctuation: "I am" is no section.
    if not re.search(r"[.)．）]", head):
        return None, text
    return label, rest.lstrip(" \t\u3000")


def _is_cjk(head: str, rest: str) -> bool:
    """Japanese text follows a full-width label with no space: "１．我々は…"."""
    return bool(rest) and (
        head.rstrip()[-1:] in "．）" or unicodedata.east_asian_width(rest[0]) in "WF"
    )


# ---------------------------------------------------------------------------------------
# Classification


def _heading_like(p: SourceParagraph, text: str) -> bool:
    short = len(text) <= _HEADING_MAX_CHARS
    return short and not text.rstrip().endswith(_SENTENCE_END)


def build_outline(paragraphs: Iterable[SourceParagraph], report: Sequence[str] = ()) -> Outline:
    """Decide what each paragraph is (see the module docstring)."""
    lines: list[OutlineLine] = []
    notes_report: list[str] = list(report)
    state = _State()
    for p in paragraphs:
        text = _clean(p.text)
        if not text:
            continue
        label: Label | None = None
        if p.label:
            label = read_label(p.label, state.last_letter)
            if label is None:
                notes_report.append(
                    Problem(
                        f"{p.where}: number {p.label!r} not understood, kept in text",
                        "number_not_understood",
                        place=p.where,
                        number=p.label,
                    )
                )
                text = f"{p.label} {text}"
        else:
            label, text = split_label(text, state.last_letter)
        kind, level = _classify(p, text, label, state)
        state.advance(kind, label)
        lines.append(
            OutlineLine(
                kind=kind,
                level=level,
                label=label.text if label else "",
                text=text,
                notes=p.notes,
                where=p.where,
            )
        )
    notes_report.extend(_numbering_gaps(lines))
    return Outline(tuple(lines), tuple(notes_report))


@dataclass
class _State:
    seen_operative: bool = False
    in_section: bool = False
    last_letter: int = 0  # the last lettered label, to read "(i)" after "(h)"
    last_subheading: int = 0  # the last sub-heading letter in this section

    def advance(self, kind: str, label: Label | None) -> None:
        if kind == "operative":
            self.seen_operative = True
        elif kind == "section":
            self.in_section = self.seen_operative = True
            self.last_subheading = 0
        elif kind == "heading" and self.seen_operative:
            self.in_section = False
        if label is not None and label.style in ("letter", "LETTER"):
            self.last_letter = label.value
            if kind == "subheading":
                self.last_subheading = label.value
        elif kind in ("operative", "section", "subheading"):
            self.last_letter = 0


def _classify(p: SourceParagraph, text: str, label: Label | None, state: _State) -> tuple[str, int]:
    if label is None:
        if p.heading_level is not None:
            return "heading", 0
        if p.bold and _heading_like(p, text):
            return "heading", 0
        if p.list_level and state.seen_operative:
            return "subparagraph", min(p.list_level, 2)
        return ("operative" if state.seen_operative else "preambular"), 0
    if label.style == "arabic":
        if label.paren and state.seen_operative and (p.list_level or 0) >= 1:
            return "subparagraph", min(p.list_level or 1, 2)
        return "operative", 0
    if label.style == "ROMAN":
        return "section", 0
    if label.style == "roman":
        if label.paren or (p.list_level or 0) >= 1:
            return "subparagraph", 2 if state.last_letter else 1
        return "section", 0
    # Letters: a sub-heading continues the section's sub-heading sequence and reads like one.
    heading = p.heading_level is not None or p.bold or _heading_like(p, text)
    continues_letters = label.paren and state.last_letter and label.value == state.last_letter + 1
    if (
        state.in_section
        and heading
        and label.value == state.last_subheading + 1
        and not continues_letters
    ):
        return "subheading", 0
    if state.seen_operative:
        return "subparagraph", 1
    return "preambular", 0


def _clean(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\t", " ")
    text = re.sub(r"[ ]{2,}", " ", text)
    return text.strip()


def _numbering_gaps(lines: Sequence[OutlineLine]) -> list[str]:
    """Typed numbers that skip or repeat: told in the report, never silently renumbered."""
    out: list[str] = []
    expected = 1
    for line in lines:
        if line.kind != "operative" or not line.label:
            continue
        label = read_label(line.label)
        if label is None or label.style != "arabic":
            continue
        if "bis" in line.label or "ter" in line.label:
            continue
        if label.value != expected:
            out.append(
                f"{line.where}: paragraph numbered {label.value} where {expected} was expected; "
                "it will be numbered in order"
            )
        expected = label.value + 1
    return out
