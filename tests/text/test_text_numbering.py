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


# --- outlines, sub-paragraphs and numbering within a round ----------------------------------

from meetingdesk.text import outline as ol  # noqa: E402
from meetingdesk.text.numbering import (  # noqa: E402
    Node,
    concordance,
    number_outline,
    pins_after_edit,
    references,
)


def _nodes(items, pins=None, deleted=()):
    pins = pins or {}
    return [Node(i.key, i.kind, i.parent, i.key in deleted, pins.get(i.key)) for i in items]


def test_sub_paragraphs_restart_under_each_paragraph() -> None:
    items = [
        ol.Item(1, "heading"),
        ol.Item(2, "operative"),
        ol.Item(3, "operative", 2),
        ol.Item(4, "operative", 2),
        ol.Item(5, "operative", 4),
        ol.Item(6, "operative", 4),
        ol.Item(7, "operative", 2),
        ol.Item(8, "operative"),
        ol.Item(9, "operative", 8),
        ol.Item(10, "operative", 9),
        ol.Item(11, "operative", 10),
    ]
    got = [(n.label, n.depth) for n in number_outline(_nodes(items))]
    assert got == [
        ("", 0),
        ("1.", 0),
        ("(a)", 1),
        ("(b)", 1),
        ("(i)", 2),
        ("(ii)", 2),
        ("(c)", 1),
        ("2.", 0),
        ("(a)", 1),
        ("(i)", 2),
        ("(A)", 3),
    ]


def test_bis_numbers_within_a_round() -> None:
    items = [ol.Item(k, "operative") for k in range(1, 11)]
    pins = {n.key: n.pin for n in number_outline(_nodes(items))}  # frozen: Rev.1
    items = ol.move(items + [ol.Item("new", "operative")], "new", parent=None, after=8)
    pins = pins_after_edit(_nodes([i for i in items if i.key != "new"], pins), _nodes(items, pins))
    items = ol.move(items + [ol.Item("new2", "operative")], "new2", parent=None, after=8)
    pins = pins_after_edit(_nodes([i for i in items if i.key != "new2"], pins), _nodes(items, pins))
    labels = {n.key: n.label for n in number_outline(_nodes(items, pins, deleted={3}))}
    assert labels["new"] == "8bis." and labels["new2"] == "8ter."
    assert labels[3] == "3." and labels[9] == "9." and labels[10] == "10."
    items.append(ol.Item("end", "operative"))
    assert number_outline(_nodes(items, pins))[-1].label == "11."
    assert [n.label for n in number_outline(_nodes([ol.Item(0, "operative")] + items, pins))][
        0
    ] == "0bis."


def test_concordance_maps_every_old_number() -> None:
    items = [ol.Item(k, "operative") for k in range(1, 6)]
    items.insert(2, ol.Item(6, "operative", 2))
    pins = {2: (2, 0), 1: (1, 0), 3: (2, 1), 4: (3, 0), 5: (4, 0), 6: (1, 0)}
    new_pins, rows = concordance(_nodes(items, pins, deleted={4}))
    assert [(old, new) for _k, old, new in rows] == [
        ("1", "1"),
        ("2", "2"),
        ("2(a)", "2(a)"),
        ("2bis", "3"),
        ("3", ""),
        ("4", "4"),
    ]
    assert 4 not in new_pins


@pytest.mark.parametrize(
    ("items", "op", "code"),
    [
        ([ol.Item(1, "operative")], lambda i: ol.indent(i, 1), "first"),
        (
            [ol.Item(1, "heading"), ol.Item(2, "operative")],
            lambda i: ol.indent(i, 2),
            "heading_parent",
        ),
        (
            [ol.Item(1, "operative"), ol.Item(2, "operative", 1)],
            lambda i: ol.move(i, 1, parent=2, after=None),
            "cycle",
        ),
        ([ol.Item(1, "operative")], lambda i: ol.outdent(i, 1), "top"),
        (
            [ol.Item(1, "operative"), ol.Item(2, "section")],
            lambda i: ol.indent(i, 2),
            "heading_child",
        ),
    ],
)
def test_refused_structure_edits(items, op, code) -> None:
    before = list(items)
    with pytest.raises(ol.OutlineError) as info:
        op(items)
    assert info.value.code == code
    assert items == before


KINDS = ["operative", "operative", "operative", "preambular", "section", "subheading", "action"]
OPS = st.lists(
    st.tuples(
        st.sampled_from(["insert", "move", "indent", "outdent", "delete", "child"]),
        st.integers(0, 1000),
        st.integers(0, 1000),
        st.sampled_from(KINDS),
    ),
    max_size=25,
)


def _full_labels(items, numbered) -> list[str]:
    by_key = {n.key: n for n in numbered}
    parent = {i.key: i.parent for i in items}
    out = []
    for n in numbered:
        if not n.label:
            continue
        path, k = [n.label], parent[n.key]
        while k is not None:
            path.append(by_key[k].label or f"#{k}")
            k = parent[k]
        scope = n.scope if n.scope[0] != "subheading" else n.scope
        out.append((scope, "".join(reversed(path))))
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(KINDS), min_size=1, max_size=12), OPS)
def test_no_number_changes_within_a_round(kinds, ops) -> None:
    items = [ol.Item(k, kind) for k, kind in enumerate(kinds)]
    deleted: set = set()
    pins = {n.key: n.pin for n in number_outline(_nodes(items)) if n.pin}  # frozen round
    next_key = len(items)
    for op, a, b, kind in ops:
        before_items = list(items)
        key = items[a % len(items)].key
        try:
            if op == "insert":
                new = ol.Item(next_key, kind)
                next_key += 1
                anchor = items[b % len(items)]
                items = ol.move(items + [new], new.key, parent=anchor.parent, after=anchor.key)
            elif op == "child":
                new = ol.Item(next_key, "operative")
                next_key += 1
                items = ol.move(items + [new], new.key, parent=key, after=None)
            elif op == "move":
                anchor = items[b % len(items)]
                items = ol.move(items, key, parent=anchor.parent, after=anchor.key)
            elif op == "indent":
                items = ol.indent(items, key)
            elif op == "outdent":
                items = ol.outdent(items, key)
            else:
                deleted |= {i.key for i in ol.subtree(items, key)}
        except ol.OutlineError:
            assert items == before_items
            continue
        ol.validate(items)
        if op != "delete" and (
            key in deleted or any(i.parent in deleted and i.key not in deleted for i in items)
        ):
            items = before_items  # the services refuse edits of and under deleted clauses
            continue
        old = {n.key: n for n in number_outline(_nodes(before_items, pins, deleted))}
        new_pins = pins_after_edit(
            _nodes(before_items, pins, deleted), _nodes(items, pins, deleted)
        )
        now = number_outline(_nodes(items, new_pins, deleted))
        for n in now:
            was = old.get(n.key)
            if was is not None and was.scope == n.scope and was.pin is not None:
                assert n.pin == was.pin, (op, n, was)
                if was.depth == n.depth:
                    assert n.label == was.label
        labels = _full_labels(items, now)
        assert len(labels) == len(set(labels)), labels
        pins = new_pins
    new_pins, rows = concordance(_nodes(items, pins, deleted))
    final = number_outline(
        [
            Node(i.key, i.kind, i.parent, False, new_pins.get(i.key))
            for i in items
            if i.key not in deleted
        ]
    )
    olds = [r for r in references(number_outline(_nodes(items, pins, deleted))).values() if r]
    assert sorted(r[1] for r in rows if r[1]) == sorted(olds)
    _check_consecutive(final)


def _check_consecutive(numbered) -> None:
    by_scope: dict = {}
    for n in numbered:
        if n.pin is not None:
            by_scope.setdefault(n.scope, []).append(n.pin)
    for scope, pins in by_scope.items():
        assert pins == [(k, 0) for k in range(1, len(pins) + 1)], scope
