import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingdesk.text.numbering import CLAUSE_KINDS, number_clauses, to_letters, to_roman


def test_declaration_layout() -> None:
    kinds = [
        "heading",
        "preambular",
        "preambular",
        "operative",
        "operative",
        "section",
        "subheading",
        "operative",
        "subheading",
        "operative",
        "section",
        "subheading",
        "operative",
        "heading",
        "action",
        "action",
    ]
    assert number_clauses(kinds) == [
        "",
        "",
        "",
        "1.",
        "2.",
        "i.",
        "(a)",
        "3.",
        "(b)",
        "4.",
        "ii.",
        "(a)",
        "5.",
        "",
        "1.",
        "2.",
    ]


def test_roman_numerals() -> None:
    assert [to_roman(n) for n in (1, 2, 3, 4, 5, 9, 14, 40, 90, 400, 1999, 2016)] == [
        "i",
        "ii",
        "iii",
        "iv",
        "v",
        "ix",
        "xiv",
        "xl",
        "xc",
        "cd",
        "mcmxcix",
        "mmxvi",
    ]
    with pytest.raises(ValueError):
        to_roman(0)


def test_letters_double_after_z() -> None:
    assert [to_letters(n) for n in (1, 2, 26, 27, 28, 52, 53)] == [
        "a",
        "b",
        "z",
        "aa",
        "bb",
        "zz",
        "aaa",
    ]
    kinds = ["section"] + ["subheading"] * 28
    assert number_clauses(kinds)[26:] == ["(z)", "(aa)", "(bb)"]
    with pytest.raises(ValueError):
        to_letters(0)


def test_unknown_kind_is_named() -> None:
    with pytest.raises(ValueError, match="'annex'"):
        number_clauses(["operative", "annex"])


def _roman_value(numeral: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for ch, nxt in zip(numeral, numeral[1:] + " ", strict=True):
        v = values[ch]
        total += -v if nxt != " " and values[nxt] > v else v
    return total


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 3999))
def test_roman_round_trip(n: int) -> None:
    assert _roman_value(to_roman(n)) == n


def _check(kinds: list[str], numbers: list[str]) -> None:
    assert len(numbers) == len(kinds)
    for kind in ("operative", "action"):
        got = [numbers[i] for i, k in enumerate(kinds) if k == kind]
        assert got == [f"{n}." for n in range(1, len(got) + 1)]
    sections = [numbers[i] for i, k in enumerate(kinds) if k == "section"]
    assert sections == [f"{to_roman(n)}." for n in range(1, len(sections) + 1)]
    letters: list[str] = []
    for kind, number in zip(kinds, numbers, strict=True):
        if kind == "section":
            letters = []
        elif kind == "subheading":
            letters.append(number)
            assert letters == [f"({to_letters(n)})" for n in range(1, len(letters) + 1)]
        elif kind in ("heading", "preambular"):
            assert number == ""
    assert all(re.fullmatch(r"|[ivxlcdm]+\.|\([a-z]+\)|\d+\.", n) for n in numbers)


EDITS = st.lists(
    st.tuples(
        st.sampled_from(["insert", "move", "delete"]),
        st.integers(0, 100),
        st.integers(0, 100),
        st.sampled_from(sorted(CLAUSE_KINDS)),
    ),
    max_size=30,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(sorted(CLAUSE_KINDS)), max_size=15), EDITS)
def test_numbers_stay_unique_and_consecutive_under_edits(kinds: list[str], edits) -> None:
    _check(kinds, number_clauses(kinds))
    for action, a, b, kind in edits:
        if action == "insert":
            kinds.insert(a % (len(kinds) + 1), kind)
        elif kinds and action == "move":
            moved = kinds.pop(a % len(kinds))
            kinds.insert(b % (len(kinds) + 1), moved)
        elif kinds:
            kinds.pop(a % len(kinds))
        _check(kinds, number_clauses(kinds))
