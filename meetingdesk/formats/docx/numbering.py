# SPDX-License-Identifier: GPL-3.0-or-later
"""Word's automatic numbering, computed: the label a paragraph shows but its text lacks.

A numbered paragraph only says ``<w:numPr><w:numId w:val="3"/><w:ilvl w:val="1"/></w:numPr>``
(directly or through its style). ``numbering.xml`` maps the num instance to an abstract
definition whose levels give the start value, the format (decimal, lowerLetter, lowerRoman,
full-width digits …), the label pattern (``lvlText`` such as ``"%1."`` or ``"(%2)"``) and when
a level restarts. Word then counts paragraph by paragraph. No library does this (python-docx
reads the XML but does not count), so ``NumberingCounter`` does, following ECMA-376 Part 1,
17.9: num instances sharing an abstract definition continue one list unless a level override
sets a start; a level restarts after any shallower level (or the one ``lvlRestart`` names);
``isLgl`` shows every level in arabic digits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from meetingdesk.text.numbering import to_letters, to_roman

__all__ = ["Level", "NumberingCounter", "read_numbering"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _val(el, tag: str) -> str | None:
    child = el.find(_q(tag)) if el is not None else None
    if child is None:
        return None
    return child.get(_q("val"))


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # lvlRestart: restart after this (1-based) level; 0 never
    legal: bool = False


@dataclass
class Definitions:
    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, str] = field(default_factory=dict)  # numId → abstractNumId
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId → ilvl → start
    level_overrides: dict[str, dict[int, Level]] = field(default_factory=dict)
    style_links: dict[str, str] = field(default_factory=dict)  # numStyleLink → styleLink


def read_numbering(root) -> Definitions:
    """The definitions in a parsed ``numbering.xml`` root (None gives an empty set)."""
    defs = Definitions()
    if root is None:
        return defs
    style_owner: dict[str, str] = {}
    for absn in root.findall(_q("abstractNum")):
        aid = absn.get(_q("abstractNumId"))
        defs.abstract[aid] = {
            int(lvl.get(_q("ilvl"), "0")): _level(lvl) for lvl in absn.findall(_q("lvl"))
        }
        link = _val(absn, "styleLink")
        if link:
            style_owner[link] = aid
        num_link = _val(absn, "numStyleLink")
        if num_link:
            defs.style_links[aid] = num_link
    for num in root.findall(_q("num")):
        nid = num.get(_q("numId"))
        aid = _val(num, "abstractNumId")
        if aid is None:
            continue
        defs.nums[nid] = aid
        for ov in num.findall(_q("lvlOverride")):
            ilvl = int(ov.get(_q("ilvl"), "0"))
            start = _val(ov, "startOverride")
            if start is not None and start.lstrip("-").isdigit():
                defs.overrides.setdefault(nid, {})[ilvl] = int(start)
            lvl = ov.find(_q("lvl"))
            if lvl is not None:
                defs.level_overrides.setdefault(nid, {})[ilvl] = _level(lvl)
    # An abstract definition that only points to a numbering style borrows that style's.
    for aid, style in defs.style_links.items():
        owner = style_owner.get(style)
        if owner and not defs.abstract.get(aid):
            defs.abstract[aid] = defs.abstract.get(owner, {})
    return defs


def _level(lvl) -> Level:
    start = _val(lvl, "start")
    restart = _val(lvl, "lvlRestart")
    return Level(
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") if _val(lvl, "lvlText") is not None else "",
        restart=int(restart) if restart and restart.isdigit() else None,
        legal=lvl.find(_q("isLgl")) is not None
        and (lvl.find(_q("isLgl")).get(_q("val"), "1") not in ("0", "false")),
    )


_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_KANJI = "〇一二三四五六七八九"
_IROHA = (
    "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
)
_AIUEO = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
)


def format_number(value: int, fmt: str) -> str:
    """One level's number in Word's format ``fmt`` (unknown formats fall back to digits)."""
    if fmt in ("none", "bullet"):
        return ""
    if value < 1 and fmt not in ("decimal", "decimalZero", "decimalFullWidth"):
        value = 1
    if fmt == "lowerLetter":
        return to_letters(value)
    if fmt == "upperLetter":
        return to_letters(value).upper()
    if fmt == "lowerRoman":
        return to_roman(value)
    if fmt == "upperRoman":
        return to_roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(value).translate(_FULL_DIGITS)
    if fmt in ("decimalEnclosedParen",):
        return f"({value})"
    if fmt in ("ideographDigital", "japaneseCounting") and value < 100:
        tens, ones = divmod(value, 10)
        return (("" if tens == 1 else _KANJI[tens]) + "十" if tens else "") + (
            _KANJI[ones] if ones or not tens else ""
        )
    if fmt in ("aiueoFullWidth", "aiueo"):
        return _AIUEO[(value - 1) % len(_AIUEO)]
    if fmt in ("iroha", "irohaFullWidth"):
        return _IROHA[(value - 1) % len(_IROHA)]
    return str(value)


class NumberingCounter:
    """Counts numbered paragraphs in document order; ``label`` gives each one's text."""

    def __init__(self, defs: Definitions) -> None:
        self.defs = defs
        self._counts: dict[str, list[int | None]] = {}  # abstractNumId → count per level
        self._started: set[str] = set()  # num instances whose start override was applied

    def levels(self, num_id: str) -> dict[int, Level]:
        aid = self.defs.nums.get(num_id)
        base = dict(self.defs.abstract.get(aid, {})) if aid is not None else {}
        base.update(self.defs.level_overrides.get(num_id, {}))
        return base

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The label of the next paragraph in list ``num_id`` at level ``ilvl``.

        None when the paragraph is not numbered after all (numId 0, unknown ids, bullets).
        """
        if num_id in ("0", "", None):
            return None
        aid = self.defs.nums.get(num_id)
        if aid is None:
            return None
        levels = self.levels(num_id)
        if ilvl not in levels:
            return None
        counts = self._counts.setdefault(aid, [None] * 9)
        if num_id not in self._started:
            self._started.add(num_id)
            for lvl_index, start in self.defs.overrides.get(num_id, {}).items():
                if 0 <= lvl_index < 9:
                    counts[lvl_index] = start - 1
                    for deeper in range(lvl_index + 1, 9):
                        counts[deeper] = None
        level = levels[ilvl]
        current = counts[ilvl]
        counts[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            lvl = levels.get(deeper)
            # lvlRestart n: restart only after level n (1-based); 0: never restart.
            if (
                lvl is not None
                and lvl.restart is not None
                and (lvl.restart == 0 or lvl.restart - 1 < ilvl)
            ):
                continue
            counts[deeper] = None
        if level.fmt == "bullet":
            return None
        return self._render(level, levels, counts)

    @staticmethod
    def _render(level: Level, levels: dict[int, Level], counts: list[int | None]) -> str:
        out = level.text
        for k in range(9):
            token = f"%{k + 1}"
            if token not in out:
                continue
            lvl = levels.get(k, Level())
            value = counts[k] if counts[k] is not None else lvl.start
            fmt = "decimal" if level.legal and lvl.fmt not in ("none",) else lvl.fmt
            out = out.replace(token, format_number(value, fmt))
        return out
