from hypothesis import given, settings
from hypothesis import strategies as st

from meetingdesk.text.brackets import parse, plain, validate
from meetingdesk.text.merge3 import MergeChunk, merge3, resolve_as_alternatives

TEXTS = st.lists(
    st.sampled_from(["we", "shall", "should", "the", " ", ", ", "協", "力", "。", "[", "/"]),
    max_size=10,
).map("".join)

BASE = "We shall promote the free flow of information across borders."


def test_one_side_change_is_taken() -> None:
    ours = "We shall actively promote the free flow of information across borders."
    result = merge3(BASE, ours, BASE)
    assert result.text_if_clean() == ours
    assert not result.conflicted


def test_non_overlapping_changes_are_both_applied() -> None:
    ours = "We should promote the free flow of information across borders."
    theirs = "We shall promote the free flow of data across borders."
    result = merge3(BASE, ours, theirs)
    assert result.text_if_clean() == "We should promote the free flow of data across borders."


def test_identical_changes_are_taken_once() -> None:
    ours = theirs = "We shall promote the free flow of information across all borders."
    assert merge3(BASE, ours, theirs).text_if_clean() == ours


def test_overlapping_changes_conflict_on_that_span_only() -> None:
    ours = "We should promote the free flow of information across borders."
    theirs = "We must promote the free flow of information across borders."
    result = merge3(BASE, ours, theirs)
    assert result.conflicted
    assert result.text_if_clean() is None
    assert result.chunks == (
        MergeChunk.clean("We "),
        MergeChunk.conflicted("shall", "should", "must"),
        MergeChunk.clean(" promote the free flow of information across borders."),
    )
    assert result.text_with_alternatives() == (
        "We [should / must] promote the free flow of information across borders."
    )


def test_insertions_at_the_same_place_conflict() -> None:
    result = merge3("協力を強化する。", "協力を一層強化する。", "協力を更に強化する。")
    assert result.conflicts == (MergeChunk.conflicted("", "一層", "更に"),)
    assert plain(result.text_with_alternatives(), 1) == "協力を更に強化する。"


def test_japanese_non_overlapping_edits() -> None:
    base = "我々は協力を強化する。"
    ours = "我々は協力を一層強化する。"
    theirs = "我々は国際協力を強化する。"
    assert merge3(base, ours, theirs).text_if_clean() == "我々は国際協力を一層強化する。"


def test_delete_against_edit_conflicts() -> None:
    base = "We note the report. We thank Japan."
    ours = "We note the report."
    theirs = "We note the report. We warmly thank Japan."
    result = merge3(base, ours, theirs)
    assert result.conflicted
    (conflict,) = result.conflicts
    assert conflict.ours == "" and "warmly" in conflict.theirs and "thank" in conflict.base


def test_resolve_as_alternatives_escapes_markup() -> None:
    chunk = MergeChunk.conflicted("x", "[a] / b", "c {d}")
    markup = resolve_as_alternatives(chunk, ["US"], ["FR", "DE"])
    assert validate(markup) is None
    assert plain(markup, 0) == "[a] / b" and plain(markup, 1) == "c {d}"
    (bracket,) = parse(markup).parts
    assert [alt.delegations for alt in bracket.alternatives] == [("US",), ("FR", "DE")]
    assert resolve_as_alternatives(MergeChunk.clean("plain")) == "plain"


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS)
def test_one_sided_and_identical_merges_are_clean(base: str, x: str) -> None:
    assert merge3(base, base, x).text_if_clean() == x
    assert merge3(base, x, base).text_if_clean() == x
    assert merge3(base, x, x).text_if_clean() == x


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS, TEXTS)
def test_merge_is_symmetric(base: str, ours: str, theirs: str) -> None:
    forward = merge3(base, ours, theirs)
    backward = merge3(base, theirs, ours)
    assert backward.chunks == tuple(chunk.swapped() for chunk in forward.chunks)
    if not forward.conflicted:
        assert forward.text_if_clean() == backward.text_if_clean()


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS, TEXTS)
def test_conflicts_are_genuine_and_chunks_are_normalised(base: str, ours: str, theirs: str) -> None:
    result = merge3(base, ours, theirs)
    for chunk in result.chunks:
        if chunk.conflict:
            assert chunk.ours != chunk.theirs
            assert chunk.base in base and chunk.ours in ours and chunk.theirs in theirs
        else:
            assert chunk.text
    for left, right in zip(result.chunks, result.chunks[1:], strict=False):
        assert left.conflict or right.conflict  # clean neighbours are merged
    if not any(ch in "[]{}\\" for ch in base + ours + theirs):
        markup = result.text_with_alternatives()
        assert validate(markup) is None
        take_ours = "".join(c.ours if c.conflict else c.text for c in result.chunks)
        take_theirs = "".join(c.theirs if c.conflict else c.text for c in result.chunks)
        assert plain(markup, 0) == take_ours
        assert plain(markup, 1) == take_theirs


@st.composite
def disjoint_edits(draw):
    """A base of distinct words and edits by two sides on regions at least one word apart."""
    n = draw(st.integers(3, 14))
    words = [f"w{i}" for i in range(n)]
    edits = {}
    position = 0
    counter = 0
    while position < n:
        position += draw(st.integers(0, 2))
        if position >= n:
            break
        length = draw(st.integers(0, min(2, n - position)))
        side = draw(st.sampled_from(["ours", "theirs"]))
        kind = draw(st.sampled_from(["replace", "delete", "insert"]))
        counter += 1
        if kind == "insert" or length == 0:
            replacement = [f"{side}{counter}"]
            length = 0
        elif kind == "delete":
            replacement = []
        else:
            replacement = [f"{side}{counter}"]
        edits[position] = (length, replacement, side)
        position += length + 1  # keep one untouched word between edits
    return words, edits


def _apply(words, edits, sides):
    """The base words with the edits of the given sides applied, joined by spaces."""
    out = []
    i = 0
    while i < len(words):
        edit = edits.get(i)
        if edit and edit[2] in sides:
            length, replacement, _ = edit
            out.extend(replacement)
            if length:
                i += length
                continue
        out.append(words[i])
        i += 1
    return " ".join(out)


@settings(max_examples=200, deadline=None)
@given(disjoint_edits())
def test_non_overlapping_edits_merge_cleanly_with_both(case) -> None:
    words, edits = case
    base = _apply(words, edits, set())
    ours = _apply(words, edits, {"ours"})
    theirs = _apply(words, edits, {"theirs"})
    expected = _apply(words, edits, {"ours", "theirs"})
    result = merge3(base, ours, theirs)
    assert result.text_if_clean() == expected
    for _length, replacement, _side in edits.values():
        for word in replacement:
            assert word in expected


def test_long_text_disjoint_edits_merge_cleanly() -> None:
    words = [f"word{i}" for i in range(3000)]
    ours, theirs = words[:], words[:]
    ours[100] = "OURS"
    ours.insert(2000, "NEW")
    theirs[1500] = "THEIRS"
    del theirs[2500]
    expected = words[:]
    expected[100] = "OURS"
    expected[1500] = "THEIRS"
    del expected[2500]
    expected.insert(2000, "NEW")
    result = merge3(" ".join(words), " ".join(ours), " ".join(theirs))
    assert result.text_if_clean() == " ".join(expected)
