import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingdesk.text.blame import BlameInput, BlameSpan, blame, blame_dag


def _owners(spans: list[BlameSpan]) -> list[tuple[str, str]]:
    return [(s.text, s.version_id) for s in spans]


def test_english_lineage() -> None:
    spans = blame(
        [
            ("v1", "We promote open standards."),
            ("v2", "We shall promote open standards."),
            ("v3", "We shall promote open and interoperable standards."),
        ]
    )
    assert "".join(s.text for s in spans) == "We shall promote open and interoperable standards."
    owners = {s.text.strip(): s.version_id for s in spans if s.text.strip()}
    assert owners["We"] == "v1"
    assert owners["shall"] == "v2"
    assert owners["and interoperable"] == "v3"
    assert owners["standards."] == "v1"


def test_japanese_lineage_is_character_level() -> None:
    spans = blame([("r1", "協力を強化する。"), ("r2", "協力を一層強化する。")])
    assert _owners(spans) == [("協力を", "r1"), ("一層", "r2"), ("強化する。", "r1")]
    assert [(s.start, s.end) for s in spans] == [(0, 3), (3, 5), (5, 10)]


def test_deleted_then_retyped_text_belongs_to_the_later_version() -> None:
    spans = blame([("a", "x y z"), ("b", "x z"), ("c", "x y z")])
    assert [s.version_id for s in spans if s.text.strip() == "y"] == ["c"]


def test_single_version_and_empty_text() -> None:
    assert _owners(blame([("only", "Charter text")])) == [("Charter text", "only")]
    assert blame([("a", "text"), ("b", "")]) == []
    with pytest.raises(ValueError):
        blame([])


def test_dag_merge_keeps_each_parents_attribution() -> None:
    versions = {
        "base": BlameInput("We support innovation."),
        "ours": BlameInput("We strongly support innovation.", parent="base"),
        "theirs": BlameInput("We support digital innovation.", parent="base"),
        "merge": BlameInput(
            "We strongly support digital innovation.", parent="ours", second_parent="theirs"
        ),
    }
    owners = {s.text.strip(): s.version_id for s in blame_dag(versions, "merge")}
    assert owners["We"] == "base"
    assert owners["strongly"] == "ours"
    assert owners["digital"] == "theirs"
    assert owners["innovation."] == "base"


def test_dag_errors() -> None:
    with pytest.raises(ValueError, match="unknown"):
        blame_dag({"a": BlameInput("x", parent="missing")}, "a")
    with pytest.raises(ValueError, match="cycle"):
        blame_dag({"a": BlameInput("x", parent="b"), "b": BlameInput("y", parent="a")}, "a")


def test_long_history_needs_no_recursion() -> None:
    versions = {"v0": BlameInput("start")}
    for i in range(1, 3000):
        versions[f"v{i}"] = BlameInput(f"start {i}", parent=f"v{i - 1}")
    spans = blame_dag(versions, "v2999")
    assert _owners(spans) == [("start", "v0"), (" ", "v1"), ("2999", "v2999")]


TEXTS = st.lists(st.sampled_from(["we", "shall", " ", "協", "力", "。", "ICT"]), max_size=10).map(
    "".join
)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=6))
def test_spans_cover_the_text_exactly_once(texts: list[str]) -> None:
    lineage = [(f"v{i}", t) for i, t in enumerate(texts)]
    spans = blame(lineage)
    current = texts[-1]
    assert "".join(s.text for s in spans) == current
    position = 0
    for span in spans:
        assert span.start == position and span.end > span.start
        assert current[span.start : span.end] == span.text
        position = span.end
    assert position == len(current)
    for left, right in zip(spans, spans[1:], strict=False):
        assert left.version_id != right.version_id
    # the same history as a chain DAG gives the same answer
    dag = {f"v{i}": BlameInput(t, parent=f"v{i - 1}" if i else None) for i, t in enumerate(texts)}
    assert blame_dag(dag, f"v{len(texts) - 1}") == spans
    # a text that never changed belongs entirely to the first version
    assert all(s.version_id == "v0" for s in blame([("v0", current), ("v1", current)]))
