# SPDX-License-Identifier: GPL-3.0-or-later
"""Japanese line breaking after JIS X 4051, for the character classes official texts meet.

Pure functions over a string and the advance width of each character; the PDF writer
measures the glyphs and draws the lines. Why not a library: ReportLab's CJK wrap hangs one
forbidden character and nothing else (no small kana, no 々, no opening brackets at line
ends, no unbreakable Latin runs, no justification), and the UAX #14 implementations on
PyPI (uniseg, PyICU) give break opportunities only — not JIS's rule of which marks may hang
into the margin, nor fitting and justifying against measured widths. The classes follow
JIS X 4051:2004 (cl-01 … cl-11); the fitting is the standard greedy one with "oidashi"
(pushing a character down to the next line) and hanging punctuation (burasage).

Rules:
- no line starts with a closing bracket (cl-02), a hyphen (cl-03), ？！ (cl-04), ・：；
  (cl-05), 。． (cl-06), 、， (cl-07), iteration marks 々ゝゞヽヾ (cl-09), ー (cl-10) or a
  small kana (cl-11); no line ends with an opening bracket (cl-01);
- two identical inseparable marks (—— ……) stay together (cl-08);
- runs of Latin letters and digits, half or full width (ＯＥＣＤ, ２０１６, 3.5, 1,000),
  are not split; in a URL a line may break after / . - (never before them);
- only 、。，． may hang past the margin, by their own width (at most one em);
- a line that cannot be broken anywhere (a run longer than the line) is cut where it
  overflows, as a last resort.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

OPENING = frozenset("（〔［｛〈《「『【｟〘〖〝‘“«([{")  # cl-01
CLOSING = frozenset("）〕］｝〉》」』】｠〙〗〟’”»)]}")  # cl-02
HYPHENS = frozenset("‐〜゠–")  # cl-03
DIVIDING = frozenset("？！‼⁇⁈⁉?!")  # cl-04
MIDDLE_DOTS = frozenset("・：；:;")  # cl-05
FULL_STOPS = frozenset("。．.")  # cl-06
COMMAS = frozenset("、，,")  # cl-07
INSEPARABLE = frozenset("—…‥〳〴〵")  # cl-08
ITERATION = frozenset("ヽヾゝゞ々〻")  # cl-09
PROLONGED = frozenset("ー")  # cl-10
SMALL_KANA = frozenset(
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
)  # cl-11

NOT_START = CLOSING | HYPHENS | DIVIDING | MIDDLE_DOTS | FULL_STOPS | COMMAS
NOT_START = NOT_START | ITERATION | PROLONGED | SMALL_KANA
NOT_END = OPENING
HANGING = frozenset("、。，．")  # the only marks allowed past the margin
SPACES = frozenset(" \u3000\u00a0")
BREAKING_SPACES = frozenset(" \u3000")
URL_BREAK_AFTER = frozenset("/.-")
_FUZZ = 1e-6


def is_cjk(ch: str) -> bool:
    """Kana, kanji and the full-width forms and punctuation set on the em grid."""
    code = ord(ch)
    return (
        0x3000 <= code <= 0x30FF
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x31F0 <= code <= 0x31FF
    )


_word_cache: dict[str, bool] = {}


def is_word(ch: str) -> bool:
    """Letters, digits and the marks that join them into one unbreakable run: Latin and
    full-width alphanumerics (ＯＥＣＤ, ２０１６), and ASCII punctuation between them."""
    known = _word_cache.get(ch)
    if known is None:
        known = _word_cache[ch] = _is_word(ch)
    return known


def _is_word(ch: str) -> bool:
    if ch in SPACES or ch in OPENING or ch in CLOSING:
        return False
    code = ord(ch)
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return True  # full-width digits and Latin letters
    if is_cjk(ch):
        return False
    return ch.isalnum() or (code < 0x80 and ch.isprintable())


def _url_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each URL-like token (scheme:// or www.) in text."""
    spans = []
    i, n = 0, len(text)
    while i < n:
        if not is_word(text[i]):
            i += 1
            continue
        j = i
        while j < n and is_word(text[j]):
            j += 1
        token = text[i:j]
        if "://" in token or token.lower().startswith("www."):
            spans.append((i, j))
        i = j
    return spans


def break_opportunities(text: str, keep_spans: Sequence[tuple[int, int]] = ()) -> list[bool]:
    """ok[i] is True when a line may break before text[i] (0 < i < len(text)).

    keep_spans: (start, end) ranges that are never broken inside except at a space
    (names: "竹村 美智子" breaks, if at all, between family and given name).
    """
    n = len(text)
    ok = [False] * (n + 1)
    in_url = [False] * (n + 1)
    if "/" in text or "www" in text:
        for start, end in _url_spans(text):
            for k in range(start, end):
                in_url[k] = True
    word = [is_word(ch) for ch in text]
    for i in range(1, n):
        a, b = text[i - 1], text[i]
        if b in NOT_START or a in NOT_END:
            continue
        if a == b and a in INSEPARABLE:
            continue
        if b in SPACES:
            continue  # spaces stay at the end of the line they follow
        if a in SPACES:
            k = i - 1
            while k > 0 and text[k] in SPACES:
                k -= 1
            ok[i] = a in BREAKING_SPACES and text[k] not in NOT_END  # "（ " still opens
            continue
        if word[i - 1] and word[i]:
            if in_url[i - 1] and in_url[i] and a in URL_BREAK_AFTER and b not in URL_BREAK_AFTER:
                ok[i] = a != ":"
            continue
        ok[i] = True
    for start, end in keep_spans:
        for i in range(max(start + 1, 1), min(end, n)):
            if text[i - 1] not in BREAKING_SPACES:
                ok[i] = False
    return ok


@dataclass(frozen=True)
class Line:
    start: int  # index of the first character
    end: int  # one past the last character (trailing spaces and a hanging mark included)
    width: float  # natural width without trailing spaces and without the hanging mark
    hanging: bool  # the last character is a 、。，． set past the margin
    forced: bool = False  # cut inside an unbreakable run (nothing better existed)


def _trim(text: str, advances: Sequence[float], start: int, end: int) -> float:
    """Width of text[start:end] without its trailing spaces."""
    stop = end
    while stop > start and text[stop - 1] in SPACES:
        stop -= 1
    return sum(advances[start:stop])


def fit_lines(
    text: str,
    advances: Sequence[float],
    widths: Sequence[float],
    hard_breaks: Sequence[int] = (),
    keep_spans: Sequence[tuple[int, int]] = (),
) -> list[Line]:
    """Break text into lines no wider than widths[k] (the last width repeats).

    hard_breaks: indices i where a line must end after text[i - 1] (a <br/>).
    """
    n = len(text)
    if n == 0:
        return []
    ok = break_opportunities(text, keep_spans)
    hard = set(hard_breaks)
    lines: list[Line] = []
    start = 0
    while start < n:
        limit = widths[min(len(lines), len(widths) - 1)] if widths else float("inf")
        used = 0.0
        j = start
        end = None
        hanging = False
        forced = False
        while j < n:
            if j > start and j in hard:
                end = j
                break
            used += advances[j]
            if used > limit + _FUZZ and text[j] not in SPACES:
                # text[j] overflows: hang it, or break before it, or push a character down
                if text[j] in HANGING and j > start and (j + 1 >= n or ok[j + 1] or j + 1 in hard):
                    end, hanging = j + 1, True
                    break
                k = j
                while k > start and not ok[k]:
                    k -= 1
                if k > start:
                    end = k
                else:  # one unbreakable run longer than the line: cut it
                    end, forced = max(j, start + 1), True
                break
            j += 1
        if end is None:
            end = n
        while end < n and text[end] in SPACES and end not in hard:
            end += 1  # spaces after the break stay (invisible) on this line
        width = _trim(text, advances, start, end - 1 if hanging else end)
        lines.append(Line(start, end, width, hanging, forced))
        start = end
    return lines


def stretch_points(text: str, start: int, end: int) -> list[bool]:
    """For each character of a line but the last visible one: may space be added after it
    when the line is justified? Between Japanese characters and at spaces yes; inside a
    Latin or digit run no (its letters keep their spacing)."""
    stop = end
    while stop > start and text[stop - 1] in SPACES:
        stop -= 1
    flags = []
    for i in range(start, end):
        if i >= stop - 1:
            flags.append(False)
            continue
        a, b = text[i], text[i + 1]
        flags.append(not (is_word(a) and is_word(b)))
    return flags


def justify(
    text: str,
    advances: Sequence[float],
    line: Line,
    target: float,
    max_gap: float = float("inf"),
) -> list[float]:
    """Extra space after each character of `line` so that it fills `target` (the hanging
    mark stays outside). Never negative: an overfull line is left as it is.

    The slack goes to the gaps between Japanese characters; when that would open any gap
    wider than `max_gap` (a line mostly taken by a URL or a Latin name), it is spread over
    every gap instead, Latin letters included, so no hole opens inside the line.
    """
    last = line.end - 1 if line.hanging else line.end
    flags = stretch_points(text, line.start, last)
    slack = target - line.width
    extra = [0.0] * (line.end - line.start)
    if slack <= _FUZZ:
        return extra
    count = sum(flags)
    if count == 0 or slack / count > max_gap:
        stop = last
        while stop > line.start and text[stop - 1] in SPACES:
            stop -= 1
        flags = [i < stop - 1 for i in range(line.start, last)]
        count = sum(flags)
        if count == 0:
            return extra
    each = slack / count
    for k, flag in enumerate(flags):
        if flag:
            extra[k] = each
    return extra
