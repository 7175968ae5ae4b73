# SPDX-License-Identifier: GPL-3.0-or-later
"""Sort keys for delegation names and the order of precedence of a delegation list.

* English: case and accents ignored, a leading "The " ignored.
* French: accents compared only when the letters are equal (plain letter first, then accented,
  compared left to right as in current French dictionaries); leading article "Le", "La",
  "Les" or "L'" ignored, so "Les États-Unis" sorts at E.
* Japanese: gojūon (あいうえお) order of a kana reading, hiragana and katakana alike. Small kana,
  voiced (゛) and semi-voiced (゜) kana and the long vowel mark only decide between readings
  whose plain kana are equal, and then after the plain form. ー counts as the vowel of the kana
  before it (カード sorts like かあど). A reading with kanji in it is refused: sort by reading.

Keys are tuples, compare them only with keys of the same rule.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, TypeVar

__all__ = [
    "order_of_precedence",
    "sort_key",
    "sort_key_en",
    "sort_key_fr",
    "sort_key_ja",
]

T = TypeVar("T")
Rule = Literal["en", "fr", "ja", "manual"]
HostPlacement = Literal["first", "last", "none"]

_LIGATURES = {"æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i"}
_SEPARATORS = re.compile(r"[\s\-\u2010\u2011'\u2019.,]+")


def _fold(name: str) -> tuple[str, tuple[str, ...]]:
    """Base letters (casefolded, accent-free) and the accents of each base letter."""
    letters: list[str] = []
    accents: list[str] = []
    for ch in unicodedata.normalize("NFD", name.casefold()):
        if unicodedata.combining(ch):
            if accents:
                accents[-1] += ch
            continue
        base = _LIGATURES.get(ch, ch)
        for piece in base:
            letters.append(piece)
            accents.append("")
    primary = _SEPARATORS.sub(" ", "".join(letters)).strip()
    # Accents of separator characters never matter; keep only those of kept letters.
    kept = tuple(acc for letter, acc in zip(letters, accents, strict=True) if letter.isalnum())
    return primary, kept


def sort_key_en(name: str) -> tuple[str, str, str]:
    """English sort key: accents and case ignored, then broken by them; "The " skipped."""
    stripped = re.sub(r"(?i)^the\s+", "", name.strip())
    primary, _ = _fold(stripped)
    return primary, stripped.casefold(), stripped


_FR_ARTICLE = re.compile(r"(?i)^(?:les\s+|le\s+|la\s+|l['\u2019]\s*)")


def sort_key_fr(name: str) -> tuple[str, tuple[str, ...], str]:
    """French sort key: letters first, accents as a secondary key; leading article skipped."""
    stripped = _FR_ARTICLE.sub("", name.strip())
    primary, accents = _fold(stripped)
    return primary, accents, stripped


# --- Japanese -------------------------------------------------------------------------------

_GOJUON = (
    "あいうえお"
    "かきくけこ"
    "さしすせそ"
    "たちつてと"
    "なにぬねの"
    "はひふへほ"
    "まみむめも"
    "やゆよ"
    "らりるれろ"
    "わゐゑをん"
)
_ORDER = {kana: index for index, kana in enumerate(_GOJUON)}
_SMALL = dict(zip("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ", strict=True))
_SMALL_KATAKANA_EXT = dict(
    zip("ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ", "くしすとぬはひふへほむらりるれろ", strict=True)
)
_VOICED, _SEMI_VOICED = "\u3099", "\u309a"

# Secondary weights: the plain kana first, then its variants.
_PLAIN, _SMALL_MARK, _VOICED_MARK, _SEMI_MARK, _LONG_MARK = range(5)
_ROW_VOWEL = "あいうえお"


def _vowel(kana: str) -> str:
    """The vowel kana (あいうえお) a kana ends in; ん and unknowns map to themselves."""
    index = _ORDER.get(kana)
    if index is None or kana == "ん":
        return kana
    if index >= _ORDER["や"] and index < _ORDER["ら"]:  # や ゆ よ
        return "あうお"[index - _ORDER["や"]]
    if index >= _ORDER["わ"]:  # わ ゐ ゑ を
        return "あいえお"[index - _ORDER["わ"]]
    if index >= _ORDER["ら"]:
        return _ROW_VOWEL[(index - _ORDER["ら"]) % 5]
    return _ROW_VOWEL[index % 5]


def _is_kanji(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3FFFF
        or ch in "々〆〇"
    )


def sort_key_ja(reading: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...], str]:
    """Gojūon sort key of a kana reading; ValueError naming the text if it has kanji."""
    if any(_is_kanji(ch) for ch in reading):
        raise ValueError(f"a kana reading is needed to sort {reading!r} (it contains kanji)")
    text = unicodedata.normalize("NFKC", reading)  # half-width katakana → full width
    primary: list[tuple[int, int]] = []
    secondary: list[int] = []
    previous: str | None = None
    for ch in unicodedata.normalize("NFD", text):
        if ch in (_VOICED, _SEMI_VOICED):
            if secondary:
                secondary[-1] = _VOICED_MARK if ch == _VOICED else _SEMI_MARK
            continue
        if "\u30a1" <= ch <= "\u30f6":  # katakana → hiragana
            ch = chr(ord(ch) - 0x60)
        weight = _PLAIN
        if ch in _SMALL:
            ch, weight = _SMALL[ch], _SMALL_MARK
        elif ch in _SMALL_KATAKANA_EXT:
            ch, weight = _SMALL_KATAKANA_EXT[ch], _SMALL_MARK
        elif ch in "ーｰ\u30fc" and previous is not None:
            ch, weight = _vowel(previous), _LONG_MARK
        elif ch in "ゝヽ" and previous is not None:  # iteration mark; NFD split off its ゛
            ch = previous
        if ch in _ORDER:
            primary.append((1, _ORDER[ch]))
            secondary.append(weight)
            previous = ch
        elif ch.isspace() or ch in "・･=＝-‐'’.":
            continue  # separators in foreign names do not count
        else:
            primary.append((0 if ch.isalnum() else 2, ord(ch)))
            secondary.append(_PLAIN)
            previous = None
    return tuple(primary), tuple(secondary), reading


# --- order of precedence --------------------------------------------------------------------

_KEYS: dict[str, Callable[[str], Any]] = {"en": sort_key_en, "fr": sort_key_fr, "ja": sort_key_ja}

Accessor = str | Callable[[Any], str]


def sort_key(rule: str) -> Callable[[str], Any]:
    """The key function of rule "en", "fr" or "ja"."""
    try:
        return _KEYS[rule]
    except KeyError:
        raise ValueError(f"unknown collation rule {rule!r}") from None


def _get(item: Any, accessor: Accessor) -> str:
    if callable(accessor):
        return accessor(item)
    if isinstance(item, Mapping):
        return item[accessor]
    return getattr(item, accessor)


def _is_host(item: Any, host: Any) -> bool:
    if host is None:
        return False
    if callable(host) and not isinstance(host, type):
        return bool(host(item))
    return item is host or item == host


def order_of_precedence(
    items: Iterable[T],
    rule: Rule,
    key_fields: Mapping[str, Accessor] | Accessor | None = None,
    host: Any = None,
    host_placement: HostPlacement = "first",
) -> list[T]:
    """Items in order of precedence.

    ``key_fields`` says where the name is: a mapping from rule to accessor (``{"en":
    "name_en", "ja": "reading_ja"}``) or one accessor; an accessor is an attribute name (a key
    for mapping items) or a function. Rule "manual" keeps the given order. ``host`` is an item
    (compared with ==) or a predicate; it goes first, last, or stays in place ("none"). Ties
    keep the given order.
    """
    listed = list(items)
    if rule != "manual":
        if key_fields is None:
            raise ValueError(f"rule {rule!r} needs key_fields")
        if isinstance(key_fields, Mapping):
            if rule not in key_fields:
                raise ValueError(f"key_fields has no accessor for rule {rule!r}")
            accessor = key_fields[rule]
        else:
            accessor = key_fields
        key = sort_key(rule)
        listed.sort(key=lambda item: key(_get(item, accessor)))
    if host_placement not in ("first", "last", "none"):
        raise ValueError(f"unknown host placement {host_placement!r}")
    if host is None or host_placement == "none":
        return listed
    hosts = [item for item in listed if _is_host(item, host)]
    others = [item for item in listed if not _is_host(item, host)]
    return hosts + others if host_placement == "first" else others + hosts
