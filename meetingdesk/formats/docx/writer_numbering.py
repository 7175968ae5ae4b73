# SPDX-License-Identifier: GPL-3.0-or-later
"""Word numbering for clause paragraphs: numbering.xml definitions and, per paragraph, the
list and level that make Word print the number our numbering gives.

Numbers are never typed into the text. Each language column is a "stream" with three list
families (sections with their lettered sub-heads, operative paragraphs with their
sub-paragraphs, annex actions), each one abstract numbering definition with two levels. The
counters Word will apply are simulated paragraph by paragraph; where the number to print is
not the next one (a paragraph kept at its number after a deletion, "8bis" inserted within a
round), a new list instance restarts the counter (``startOverride``) or, for a number Word
cannot count to ("8bis."), a one-paragraph list whose level text is that literal number.
So the structure survives editing in Word and the printed numbers always match ours.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from meetingdesk.text.numbering import to_letters, to_roman

TWIP_CM = 567  # twentieths of a point in one centimetre

# family -> (level 0 format, level 0 text, level 1 format, level 1 text)
_FAMILIES = {
    "section": ("lowerRoman", "%1.", "lowerLetter", "(%2)"),
    "operative": ("decimal", "%1.", "lowerLetter", "(%2)"),
    "action": ("decimal", "%1.", "lowerLetter", "(%2)"),
}
# indentation (left, hanging) in twips per family and level
_INDENT = {
    ("section", 0): (0, 0),
    ("section", 1): (0, 0),
    ("operative", 0): (TWIP_CM, TWIP_CM),
    ("operative", 1): (2 * TWIP_CM, TWIP_CM),
    ("action", 0): (TWIP_CM, TWIP_CM),
    ("action", 1): (2 * TWIP_CM, TWIP_CM),
}


def place(kind: str, level: int = 0) -> tuple[str, int] | None:
    """(family, level) of a clause kind, None for kinds Word does not number."""
    if kind == "section":
        return ("section", 0)
    if kind == "subheading":
        return ("section", 1)
    if kind in ("operative", "subparagraph", "sub_paragraph"):
        return ("operative", 1 if level > 0 or kind != "operative" else 0)
    if kind == "action":
        return ("action", 1 if level > 0 else 0)
    return None


def _format(fmt: str, value: int) -> str:
    if fmt == "decimal":
        return str(value)
    if fmt == "lowerRoman":
        return to_roman(value)
    return to_letters(value)


def _parse(fmt: str, text: str) -> int | None:
    """The counter value printing as ``text`` in format ``fmt`` (None if none does)."""
    if fmt == "decimal":
        return int(text) if text.isdigit() and int(text) > 0 else None
    if not text or not text.isalpha() or not text.islower():
        return None
    if fmt == "lowerLetter":
        if len(set(text)) != 1:
            return None
        return (len(text) - 1) * 26 + ord(text[0]) - ord("a") + 1
    for value in range(1, 400):  # short documents; beyond, a literal number is fine
        if to_roman(value) == text:
            return value
    return None


@dataclass
class _Abstract:
    id: int
    family: str
    literal: str = ""  # a one-paragraph list printing this exact text
    literal_level: int = 0


@dataclass
class _Num:
    id: int
    abstract_id: int
    start: dict[int, int] = field(default_factory=dict)  # level -> startOverride


@dataclass
class _Stream:
    """Counters of one language column."""

    abstracts: dict[str, int] = field(default_factory=dict)  # family -> abstract id
    nums: dict[str, int] = field(default_factory=dict)  # family -> current num id
    counters: dict[str, list[int]] = field(default_factory=dict)


class Numbering:
    """Collects list definitions while paragraphs are written, then fills numbering.xml."""

    def __init__(self, after_abstract: int = 0, after_num: int = 0) -> None:
        """Ids start after ``after_abstract`` / ``after_num`` (the template's own lists)."""
        self._first_abstract = after_abstract
        self._first_num = after_num
        self._abstracts: list[_Abstract] = []
        self._nums: list[_Num] = []
        self._streams: dict[str, _Stream] = {}

    def _abstract(self, family: str, literal: str = "", level: int = 0) -> int:
        abstract = _Abstract(
            self._first_abstract + len(self._abstracts) + 1, family, literal, level
        )
        self._abstracts.append(abstract)
        return abstract.id

    def _num(self, abstract_id: int, start: dict[int, int] | None = None) -> int:
        num = _Num(self._first_num + len(self._nums) + 1, abstract_id, dict(start or {}))
        self._nums.append(num)
        return num.id

    def number_for(
        self, stream: str, family: str, level: int, number: str
    ) -> tuple[int, int] | None:
        """(numId, ilvl) making Word print ``number`` here; None when it is empty."""
        text = number.strip()
        if not text:
            return None
        st = self._streams.setdefault(stream, _Stream())
        if family not in st.abstracts:
            st.abstracts[family] = self._abstract(family)
            st.nums[family] = self._num(st.abstracts[family])
            st.counters[family] = [0, 0]
        counters = st.counters[family]
        fmt0, text0, fmt1, text1 = _FAMILIES[family]
        fmt, pattern = (fmt0, text0) if level == 0 else (fmt1, text1)
        head, _, tail = pattern.partition(f"%{level + 1}")
        core = text[len(head) : len(text) - len(tail)] if tail else text[len(head) :]
        fits = text.startswith(head) and text.endswith(tail)
        value = _parse(fmt, core) if fits else None
        if value is not None and value == counters[level] + 1:
            pass
        elif value is not None and level == 0:
            st.nums[family] = self._num(st.abstracts[family], {0: value})
        else:  # a number Word cannot count to: a list of one paragraph printing it
            return self._num(self._abstract(family, text, level)), 0
        counters[level] = value
        if level == 0:
            counters[1] = 0
        return st.nums[family], level

    # --- numbering.xml --------------------------------------------------------------------

    def install(self, numbering_element) -> None:
        """Append every definition to the document's w:numbering element (abstractNum
        elements first, as the schema requires)."""
        nums = numbering_element.xpath("./w:num")
        anchor = nums[0] if nums else None
        for abstract in self._abstracts:
            if anchor is not None:
                anchor.addprevious(_abstract_xml(abstract))
            else:
                numbering_element.append(_abstract_xml(abstract))
        for num in self._nums:
            numbering_element.append(_num_xml(num))


def _el(tag: str, **attrs: str):
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def _level_xml(family: str, level: int, fmt: str, text: str, indent_level: int | None = None):
    lvl = _el("w:lvl", ilvl=str(level))
    start = 1
    lvl.append(_el("w:start", val=str(start)))
    lvl.append(_el("w:numFmt", val=fmt))
    if level == 1:
        lvl.append(_el("w:lvlRestart", val="1"))
    lvl.append(_el("w:lvlText", val=text))
    lvl.append(_el("w:lvlJc", val="left"))
    left, hanging = _INDENT[(family, level if indent_level is None else indent_level)]
    ppr = _el("w:pPr")
    if family == "section":
        lvl.insert(len(lvl) - 1, _el("w:suff", val="space"))
    else:
        ppr.append(_el("w:ind", left=str(left), hanging=str(hanging)))
        lvl.append(ppr)
    return lvl


def _abstract_xml(abstract: _Abstract):
    element = _el("w:abstractNum", abstractNumId=str(abstract.id))
    element.append(_el("w:nsid", val=f"{0x4D440000 + abstract.id:08X}"))
    element.append(
        _el("w:multiLevelType", val="multilevel" if not abstract.literal else "singleLevel")
    )
    fmt0, text0, fmt1, text1 = _FAMILIES[abstract.family]
    if abstract.literal:
        # a level text with no %N placeholder prints as written; the level is 0, indented
        # like the level the number belongs to
        element.append(
            _level_xml(abstract.family, 0, fmt0, abstract.literal, abstract.literal_level)
        )
        return element
    element.append(_level_xml(abstract.family, 0, fmt0, text0))
    element.append(_level_xml(abstract.family, 1, fmt1, text1))
    return element


def _num_xml(num: _Num):
    element = _el("w:num", numId=str(num.id))
    element.append(_el("w:abstractNumId", val=str(num.abstract_id)))
    for level, value in sorted(num.start.items()):
        override = _el("w:lvlOverride", ilvl=str(level))
        override.append(_el("w:startOverride", val=str(value)))
        element.append(override)
    return element
