# SPDX-License-Identifier: GPL-3.0-or-later
"""JIS X 4051 line breaking: properties over random Japanese/Latin text, and the cases the
issue met in real documents."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from meetingdesk.text.linebreak_ja import (
    HANGING,
    NOT_END,
    NOT_START,
    break_opportunities,
    fit_lines,
    is_cjk,
    justify,
)

EM = 10.0
ALPHABET = (
    "我々はデジタル経済の発展に協力する情報通信技術"
    "、。，．・：；？！」』）】》〉ー々ゝゞっゃゅょァィッ"
    "（「『【《〈ＯＥＣＤ２０１６ ITUOECD2016/.-"
)


def advance(ch: str) -> float:
    if ch == " ":
        return EM * 0.3
    return EM if is_cjk(ch) else EM * 0.55


def lines_of(text: str, width: float) -> list[str]:
    adv = [advance(c) for c in text]
    return [text[ln.start : ln.end] for ln in fit_lines(text, adv, [width])]


texts = st.text(alphabet=ALPHABET, min_size=1, max_size=160)
widths = st.sampled_from([EM * 4.3, EM * 7, EM * 12.5, EM * 20])


@settings(max_examples=400, deadline=None)
@given(texts, widths)
def test_lines_cover_the_text_in_order(text: str, width: float) -> None:
    assert "".join(lines_of(text, width)) == text


@settings(max_examples=400, deadline=None)
@given(texts, widths)
def test_no_forbidden_start_or_end_unless_forced(text: str, width: float) -> None:
    adv = [advance(c) for c in text]
    lines = fit_lines(text, adv, [width])
    for prev, line in zip(lines, lines[1:], strict=False):
        if line.forced or prev.forced:
            continue
        assert text[line.start] not in NOT_START, (text, width)
        body = text[prev.start : prev.end].rstrip(" \u3000")
        assert body[-1:] not in NOT_END, (text, width)


@settings(max_examples=400, deadline=None)
@given(texts, widths)
def test_only_commas_and_stops_hang_and_by_one_em_at_most(text: str, width: float) -> None:
    adv = [advance(c) for c in text]
    for line in fit_lines(text, adv, [width]):
        if line.forced:
            continue
        assert line.width <= width + 1e-6
        if line.hanging:
            assert text[line.end - 1] in HANGING
            assert adv[line.end - 1] <= EM


@settings(max_examples=300, deadline=None)
@given(texts, widths)
def test_justified_line_fills_the_measure(text: str, width: float) -> None:
    adv = [advance(c) for c in text]
    for line in fit_lines(text, adv, [width])[:-1]:
        extra = justify(text, adv, line, width)
        assert all(e >= 0 for e in extra)
        if any(extra):
            assert abs(line.width + sum(extra) - width) < 1e-6


def test_brute_force_agrees_on_opportunities() -> None:
    """Slow reference: a break is allowed iff neither side's rule forbids it."""
    text = "我々は「ＯＥＣＤ」と、ITUの会合で協力っする。ー々ゝ（注）"
    ok = break_opportunities(text)
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        forbidden = b in NOT_START or a in NOT_END
        if forbidden:
            assert not ok[i], (i, a, b)


def test_an_opening_bracket_before_a_space_does_not_end_a_line() -> None:
    text = "、、。。。〈 〈"  # found by hypothesis
    lines = lines_of(text, 70.0)
    assert all(not ln.rstrip().endswith("〈") for ln in lines[:-1]), lines


def test_small_kana_and_long_vowel_are_carried_with_their_neighbour() -> None:
    text = "あいうえおかきくけこサーバーっ"
    for width in range(3, 14):
        for line in lines_of(text, EM * width)[1:]:
            assert line[0] not in "ーっ"


def test_full_width_and_latin_runs_stay_whole() -> None:
    text = "我々はＯＥＣＤ及びITUと２０１６年に協力した。"
    for width in (5, 6, 7, 8, 9):
        lines = lines_of(text, EM * width + 0.1)
        joined = "|".join(lines)
        assert "ＯＥＣＤ" in joined and "２０１６" in joined and "ITU" in joined, joined


def test_url_breaks_only_after_slash_dot_hyphen() -> None:
    text = "詳細はhttps://www.soumu.go.jp/main-sosiki/joho_tsusin/index.htmlを参照。"
    url_end = text.index("を")
    for width in (8, 10, 12, 16):
        adv = [advance(c) for c in text]
        lines = fit_lines(text, adv, [EM * width])
        assert not any(ln.forced for ln in lines), width
        for line in lines[:-1]:
            last = text[line.end - 1]
            if 3 < line.end < url_end:  # a break inside the URL
                assert last in "/.-", [text[ln.start : ln.end] for ln in lines]
                assert text[line.end] not in "/.-"


def test_only_the_hanging_set_passes_the_margin() -> None:
    text = "あいうえお。かきくけこ」さしすせそ、"
    lines = fit_lines(text, [advance(c) for c in text], [EM * 5])
    assert lines[0].hanging and text[lines[0].end - 1] == "。"
    # 」 may not hang: こ goes down with it
    second = text[lines[1].start : lines[1].end]
    assert not second.endswith("」") or lines[1].width <= EM * 5


def test_names_are_kept_whole_except_at_their_space() -> None:
    text = "竹村 美智子"
    adv = [advance(c) for c in text]
    lines = fit_lines(text, adv, [EM * 3.5], keep_spans=[(0, len(text))])
    assert [text[ln.start : ln.end] for ln in lines] == ["竹村 ", "美智子"]
