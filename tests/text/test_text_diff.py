from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingdesk.text import diff as diff_module
from meetingdesk.text.diff import (
    ClauseRef,
    DiffOp,
    apply_diff,
    diff_clauses,
    diff_text,
    longest_increasing_subsequence,
    new_text,
    old_text,
)

WORDS = st.sampled_from(
    ["we", "shall", "should", "the", "G7", "ICT", "協", "力", "強", "化", " ", ", ", "。", "-"]
)
TEXTS = st.lists(WORDS, max_size=12).map("".join) | st.text(max_size=20)


def test_japanese_char_level_insert() -> None:
    ops = diff_text("我々は協力を強化する。", "我々は協力を一層強化する。")
    assert [op for op in ops if op.kind != "equal"] == [DiffOp("insert", "一層")]
    assert ops == [
        DiffOp("equal", "我々は協力を"),
        DiffOp("insert", "一層"),
        DiffOp("equal", "強化する。"),
    ]


def test_english_word_level_replacement() -> None:
    ops = diff_text(
        "We shall promote the free flow of information.",
        "We should promote the free flow of information.",
    )
    assert ops == [
        DiffOp("equal", "We "),
        DiffOp("delete", "shall"),
        DiffOp("insert", "should"),
        DiffOp("equal", " promote the free flow of information."),
    ]


def test_whitespace_between_changes_is_folded() -> None:
    ops = diff_text("the quick fox", "a slow dog")
    assert ops == [DiffOp("delete", "the quick fox"), DiffOp("insert", "a slow dog")]


def test_identical_and_empty_texts() -> None:
    assert diff_text("", "") == []
    assert diff_text("same", "same") == [DiffOp("equal", "same")]
    assert diff_text("", "new") == [DiffOp("insert", "new")]
    assert diff_text("old", "") == [DiffOp("delete", "old")]


def test_apply_diff_rejects_ops_for_another_text() -> None:
    ops = diff_text("a b c", "a x c")
    with pytest.raises(ValueError):
        apply_diff("a b d", ops)
    with pytest.raises(ValueError):
        apply_diff("a b c and more", ops)


@settings(max_examples=300, deadline=None)
@given(TEXTS, TEXTS)
def test_diff_properties(a: str, b: str) -> None:
    ops = diff_text(a, b)
    assert apply_diff(a, ops) == b
    assert old_text(ops) == a
    assert new_text(ops) == b
    assert all(op.text for op in ops)
    for left, right in zip(ops, ops[1:], strict=False):
        assert left.kind != right.kind
        assert (left.kind, right.kind) != ("insert", "delete")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 30), max_size=25))
def test_lis_is_increasing_and_maximal(values: list[int]) -> None:
    picked = longest_increasing_subsequence(values)
    assert picked == sorted(picked)
    chosen = [values[i] for i in picked]
    assert all(x < y for x, y in zip(chosen, chosen[1:], strict=False))
    # O(n^2) reference length
    best = [1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] < values[i]:
                best[i] = max(best[i], best[j] + 1)
    assert len(picked) == max(best, default=0)


def _refs(*items: tuple[str, str, str]) -> list[ClauseRef]:
    return [ClauseRef(u, n, t) for u, n, t in items]


def test_clause_diff_kinds_order_and_renumbering() -> None:
    old = _refs(
        ("a", "1.", "Digital connectivity matters."),
        ("b", "2.", "We support open standards."),
        ("c", "3.", "We note the OECD work."),
        ("d", "4.", "We welcome the ITU."),
    )
    new = _refs(
        ("a", "1.", "Digital connectivity matters."),
        ("c", "2.", "We note the OECD work."),
        ("e", "3.", "We launch a new initiative."),
        ("d", "4.", "We warmly welcome the ITU."),
    )
    changes = diff_clauses(old, new)
    summary = [(c.kind, c.uuid, c.old_number, c.new_number, c.renumbered) for c in changes]
    assert summary == [
        ("unchanged", "a", "1.", "1.", False),
        ("deleted", "b", "2.", None, False),
        ("unchanged", "c", "3.", "2.", True),
        ("added", "e", None, "3.", False),
        ("changed", "d", "4.", "4.", False),
    ]
    by_uuid = {c.uuid: c for c in changes}
    assert by_uuid["a"].ops == ()
    assert by_uuid["b"].ops == (DiffOp("delete", "We support open standards."),)
    assert by_uuid["e"].ops == (DiffOp("insert", "We launch a new initiative."),)
    assert [op.text.strip() for op in by_uuid["d"].ops if op.kind != "equal"] == ["warmly"]
    assert by_uuid["d"].edited and not by_uuid["c"].edited


def test_moved_clause_with_and_without_edit() -> None:
    old = _refs(("a", "1.", "A"), ("b", "2.", "B"), ("c", "3.", "C"), ("d", "4.", "D"))
    new = _refs(("b", "1.", "B"), ("c", "2.", "C"), ("a", "3.", "A changed"), ("d", "4.", "D"))
    changes = diff_clauses(old, new)
    assert [(c.kind, c.uuid) for c in changes] == [
        ("unchanged", "b"),
        ("unchanged", "c"),
        ("moved", "a"),
        ("unchanged", "d"),
    ]
    moved = changes[2]
    assert moved.renumbered and moved.old_number == "1." and moved.new_number == "3."
    assert moved.edited and apply_diff("A", moved.ops) == "A changed"

    swapped = diff_clauses(old, [old[1], old[0], old[2], old[3]])
    assert [c.uuid for c in swapped] == ["b", "a", "c", "d"]
    assert sorted(c.kind for c in swapped) == ["moved", "unchanged", "unchanged", "unchanged"]
    assert all(c.ops == () and not c.renumbered for c in swapped)  # same numbers passed

    far = diff_clauses(old, [old[3], old[0], old[1], old[2]])
    assert [(c.kind, c.uuid) for c in far][0] == ("moved", "d")
    assert [c.kind for c in far[1:]] == ["unchanged"] * 3


def test_deleted_clauses_follow_their_old_predecessor() -> None:
    old = _refs(("x", "", "gone first"), ("a", "1.", "A"), ("y", "2.", "gone"), ("z", "3.", "too"))
    new = _refs(("a", "1.", "A"))
    assert [(c.kind, c.uuid) for c in diff_clauses(old, new)] == [
        ("deleted", "x"),
        ("unchanged", "a"),
        ("deleted", "y"),
        ("deleted", "z"),
    ]


def test_duplicate_uuid_is_refused() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        diff_clauses(_refs(("a", "1.", "A"), ("a", "2.", "B")), [])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from("abcdefgh"), unique=True, max_size=8),
    st.lists(st.sampled_from("abcdefghij"), unique=True, max_size=8),
    st.data(),
)
def test_clause_diff_properties(old_ids: list[str], new_ids: list[str], data) -> None:
    old = [ClauseRef(u, f"{i + 1}.", f"text {u}") for i, u in enumerate(old_ids)]
    new = [
        ClauseRef(u, f"{i + 1}.", data.draw(st.sampled_from([f"text {u}", f"text {u} edited"])))
        for i, u in enumerate(new_ids)
    ]
    changes = diff_clauses(old, new)
    # every clause exactly once; non-deleted ones in the new order
    assert sorted(c.uuid for c in changes) == sorted(set(old_ids) | set(new_ids))
    assert [c.uuid for c in changes if c.kind != "deleted"] == new_ids
    # the clauses not reported moved keep their relative old order
    kept = [old_ids.index(c.uuid) for c in changes if c.kind in ("unchanged", "changed")]
    assert kept == sorted(kept)
    common = [u for u in new_ids if u in old_ids]
    moved = [c for c in changes if c.kind == "moved"]
    if [old_ids.index(u) for u in common] == sorted(old_ids.index(u) for u in common):
        assert moved == []
    for c in changes:
        if c.kind in ("changed", "moved") and c.ops:
            old_text_ = next(r.text for r in old if r.uuid == c.uuid)
            assert new_text(c.ops) == next(r.text for r in new if r.uuid == c.uuid)
            assert old_text(c.ops) == old_text_


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS)
def test_patience_split_path_keeps_the_properties(a: str, b: str) -> None:
    # force the path taken by long texts (split at unique tokens, then auto-junk) on short ones
    with (
        patch.object(diff_module, "_DIRECT_LIMIT", 0),
        patch.object(diff_module, "_EXACT_LIMIT", 4),
    ):
        ops = diff_text(a, b)
    assert apply_diff(a, ops) == b
    assert old_text(ops) == a


def test_long_clause_diff_is_exact() -> None:
    words = [f"word{i}" for i in range(4000)]
    edited = words[:]
    edited[10] = "changed"
    del edited[2000]
    edited.insert(3500, "inserted")
    a, b = " ".join(words), " ".join(edited)
    ops = diff_text(a, b)
    assert apply_diff(a, ops) == b
    changes = [(op.kind, op.text.strip()) for op in ops if op.kind != "equal"]
    assert changes == [
        ("delete", "word10"),
        ("insert", "changed"),
        ("delete", "word2000"),
        ("insert", "inserted"),
    ]


def _difflib_opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """The reference: common prefix and suffix, then difflib without auto-junk."""
    import difflib

    pre = 0
    while pre < min(len(a), len(b)) and a[pre] == b[pre]:
        pre += 1
    suf = 0
    while suf < min(len(a), len(b)) - pre and a[-1 - suf] == b[-1 - suf]:
        suf += 1
    blocks = [(0, 0, pre)] if pre else []
    middle = difflib.SequenceMatcher(
        None, a[pre : len(a) - suf], b[pre : len(b) - suf], autojunk=False
    )
    blocks += [(pre + i, pre + j, n) for i, j, n in middle.get_matching_blocks() if n]
    if suf:
        blocks.append((len(a) - suf, len(b) - suf, suf))
    merged: list[tuple[int, int, int]] = []
    for i, j, n in blocks:
        if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
            merged[-1] = (merged[-1][0], merged[-1][1], merged[-1][2] + n)
        else:
            merged.append((i, j, n))
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    matcher.matching_blocks = [difflib.Match(*m) for m in merged] + [
        difflib.Match(len(a), len(b), 0)
    ]
    return [tuple(op) for op in matcher.get_opcodes()]


TOKEN_LISTS = st.lists(st.sampled_from(["a", "b", "c", " ", "the", "協", ","]), max_size=40)


@settings(max_examples=400, deadline=None)
@given(TOKEN_LISTS, TOKEN_LISTS)
def test_token_opcodes_match_difflib_exactly(a: list[str], b: list[str]) -> None:
    # The substring-search matcher must choose the very runs difflib chooses (longest,
    # earliest in a, then earliest in b), so redlines, merges and blame do not change.
    assert diff_module.token_opcodes(a, b) == _difflib_opcodes(a, b)


def test_token_opcodes_match_difflib_on_long_texts() -> None:
    import random

    rnd = random.Random(7)
    words = ["we", "shall", "the", "G7", "ICT", "digital", ",", "."]
    for _ in range(30):
        a = [rnd.choice(words + [" "] * 4) for _ in range(rnd.randrange(50, 400))]
        b = list(a)
        for _ in range(rnd.randrange(1, 15)):
            at = rnd.randrange(len(b))
            if rnd.random() < 0.5:
                b.insert(at, rnd.choice(words))
            else:
                del b[at]
        assert diff_module.token_opcodes(a, b) == _difflib_opcodes(a, b)
        assert diff_module.token_opcodes(b, a) == _difflib_opcodes(b, a)


def test_identical_and_disjoint_token_lists() -> None:
    assert diff_module.token_opcodes([], []) == []
    assert diff_module.token_opcodes(["x"], ["x"]) == [("equal", 0, 1, 0, 1)]
    assert diff_module.token_opcodes(["x"], ["y"]) == [("replace", 0, 1, 0, 1)]
    assert diff_module.token_opcodes([], ["y", "z"]) == [("insert", 0, 0, 0, 2)]
