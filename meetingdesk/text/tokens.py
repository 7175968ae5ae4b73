# SPDX-License-Identifier: GPL-3.0-or-later
"""Tokenizer shared by diff, merge and blame.

The concatenation of ``tokenize(text)`` is always exactly ``text``. Tokens are:

* a Latin-script word: letters, digits and combining marks, with inner apostrophes
  (``'`` or ``’``) and hyphens kept inside (``G7's``, ``multi-stakeholder``);
* a run of whitespace (including the ideographic space U+3000);
* one punctuation mark or symbol;
* one CJK character: kanji, hiragana, katakana (with ``ー``), Hangul, CJK punctuation
  (、。「」) and full-width forms (（）！Ａ１).

So English diffs are word-level and Japanese ones character-level, also in mixed text.
Combining marks (e.g. a decomposed dakuten U+3099) stay with the character they modify.
"""

from __future__ import annotations

import bisect
import unicodedata

__all__ = ["is_cjk", "is_word", "tokenize"]

# Inclusive code point ranges treated one character per token.
_CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2E80, 0x2FFF),  # CJK radicals, Kangxi radicals, ideographic description
    (0x3001, 0x303F),  # CJK symbols and punctuation (U+3000 is whitespace)
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3100, 0x31FF),  # bopomofo, Hangul compatibility jamo, kanbun, katakana ext.
    (0x3200, 0x4DBF),  # enclosed CJK, compatibility, extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA000, 0xA4CF),  # Yi
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms
    (0x1B000, 0x1B16F),  # kana supplement and extensions
    (0x20000, 0x3FFFF),  # ideographs, extensions B and later
)
_CJK_STARTS = [start for start, _ in _CJK_RANGES]

_INNER_JOINERS = frozenset("'\u2019-\u2010\u2011")


def is_cjk(ch: str) -> bool:
    """True if the single character ``ch`` is tokenized on its own as CJK."""
    cp = ord(ch)
    index = bisect.bisect_right(_CJK_STARTS, cp) - 1
    return index >= 0 and cp <= _CJK_RANGES[index][1]


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def _is_word_char(ch: str) -> bool:
    return (ch.isalnum() or _is_mark(ch)) and not is_cjk(ch)


def tokenize(text: str) -> list[str]:
    """Split ``text`` into word, whitespace, punctuation and CJK tokens (lossless)."""
    tokens: list[str] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch.isspace():
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
        elif _is_mark(ch) and tokens and not tokens[-1][-1].isspace():
            # A stray combining mark joins the token before it.
            j = i + 1
            while j < n and _is_mark(text[j]):
                j += 1
            tokens[-1] += text[i:j]
            i = j
            continue
        elif _is_word_char(ch):
            j = i + 1
            while j < n:
                c = text[j]
                if _is_word_char(c):
                    j += 1
                elif c in _INNER_JOINERS and j + 1 < n and _is_word_char(text[j + 1]):
                    j += 2
                else:
                    break
        else:
            # CJK character, punctuation or symbol: one character, plus its marks.
            j = i + 1
            while j < n and _is_mark(text[j]):
                j += 1
        tokens.append(text[i:j])
        i = j
    return tokens


def is_word(token: str) -> bool:
    """True unless the token is whitespace or punctuation/symbols only."""
    return any(ch.isalnum() for ch in token)
