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
import re
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


# The common case, matched by one regular expression: ASCII words (with inner ' and -),
# ASCII whitespace, ASCII punctuation and CJK characters that carry no combining mark.
# Anything else (accented letters, marks, other scripts) goes through _slow_tokens.
_CJK_CLASS = "".join(
    f"\\U{a:08x}-\\U{b:08x}"
    for a, b in (
        (0x1100, 0x11FF),
        (0x2E80, 0x2FFF),
        (0x3001, 0x3029),
        (0x3030, 0x303F),
        (0x3040, 0x3098),
        (0x309B, 0x30FF),
        (0x3100, 0x4DBF),
        (0x4E00, 0x9FFF),
        (0xA000, 0xA4CF),
        (0xAC00, 0xD7AF),
        (0xF900, 0xFAFF),
        (0xFE30, 0xFE4F),
        (0xFF00, 0xFFEF),
        (0x1B000, 0x1B16F),
        (0x20000, 0x3FFFF),
    )
)
_FAST = re.compile(
    r"(?P<word>[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*)|[ \t\n\r\f\v\x1c-\x1f]+|[!-/:-@\[-`{-~]|["
    + _CJK_CLASS
    + "]"
)
_SAFE_NEXT = re.compile(r"[\x00-\x7f" + _CJK_CLASS + "]")
_UNSAFE = re.compile(r"[^\x00-\x7f" + _CJK_CLASS + "]")
# The same tokens without a capturing group, for re.findall.
_ALL_FAST = re.compile(_FAST.pattern.replace("(?P<word>", "(?:") + r"|[\x00-\x7f]")


def tokenize(text: str) -> list[str]:
    """Split ``text`` into word, whitespace, punctuation and CJK tokens (lossless)."""
    if _UNSAFE.search(text) is None:  # only ASCII and plain CJK: one pass
        return _ALL_FAST.findall(text)
    tokens: list[str] = []
    n = len(text)
    i = 0
    match = _FAST.match
    safe = _SAFE_NEXT.match
    while i < n:
        m = match(text, i)
        if m is not None:
            end = m.end()
            if end == n or (
                safe(text, end)
                and not (
                    m.lastgroup == "word"
                    and text[end] in _INNER_JOINERS
                    and end + 1 < n
                    and not safe(text, end + 1)
                )
            ):
                tokens.append(m.group())
                i = end
                continue
        i = _slow_tokens(text, i, i + 1, tokens)
    return tokens


def _slow_tokens(text: str, i: int, stop: int, tokens: list[str]) -> int:
    """Append the tokens that start in text[i:stop] (character by character); returns the
    index after the last one, which may lie beyond stop when a token runs on."""
    n = len(text)
    while i < stop:
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
    return i


def is_word(token: str) -> bool:
    """True unless the token is whitespace or punctuation/symbols only."""
    return any(ch.isalnum() for ch in token)
