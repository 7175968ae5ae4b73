"""Pairing English with Japanese by structure, and a new text with existing clauses."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from meetingdesk.text.align import align_languages, match_revision, similarity


def test_equal_structures_pair_one_to_one() -> None:
    en = [("preambular", 0, ""), ("operative", 0, "1."), ("operative", 0, "2.")]
    ja = [("preambular", 0, ""), ("operative", 0, "１．"), ("operative", 0, "２．")]
    pairs, problems = align_languages(en, ja)
    assert [(p.left, p.right) for p in pairs] == [(0, 0), (1, 1), (2, 2)]
    assert problems == []


def test_missing_japanese_paragraph_is_named() -> None:
    en = [("operative", 0, f"{n}.") for n in range(1, 5)]
    ja = [en[0], en[1], en[3]]
    pairs, problems = align_languages(en, ja)
    assert (2, None) in [(p.left, p.right) for p in pairs]
    assert "operative paragraphs: 4 in English, 3 in Japanese" in problems
    assert any("English line 3 (operative 3.) has no Japanese" in p for p in problems)


def test_numbering_mismatch_pairs_but_is_listed() -> None:
    en = [("operative", 0, "1."), ("operative", 0, "2.")]
    ja = [("operative", 0, "1."), ("operative", 0, "3.")]
    pairs, problems = align_languages(en, ja)
    assert [(p.left, p.right) for p in pairs] == [(0, 0), (1, 1)]
    assert problems == ["English line 2 is numbered 2., Japanese line 2 3."]


@given(st.lists(st.sampled_from(["preambular", "operative", "section", "heading"]), max_size=30))
def test_every_line_appears_once_on_each_side(kinds: list[str]) -> None:
    en = [(k, 0, "") for k in kinds]
    ja = [(k, 0, "") for k in kinds if k != "heading"]
    pairs, _ = align_languages(en, ja)
    assert sorted(p.left for p in pairs if p.left is not None) == list(range(len(en)))
    assert sorted(p.right for p in pairs if p.right is not None) == list(range(len(ja)))


def test_similarity_works_for_both_scripts() -> None:
    assert similarity("We support open data.", "We support open data") == 1.0
    assert (
        similarity("我々はデータの自由な流通を支持する。", "我々はデータの流通を支持する。") > 0.6
    )
    assert similarity("Broadband for all.", "Cybersecurity matters.") == 0.0


def test_chair_text_inserts_edits_and_drops() -> None:
    old = [
        ("operative", "1.", "We agree to promote the free flow of information."),
        ("operative", "2.", "We support investment in broadband infrastructure."),
        ("operative", "3.", "We will review progress next year."),
    ]
    new = [
        ("operative", "1.", "We agree to promote the free flow of information."),
        ("operative", "2.", "We commit to close the digital divide for women and girls."),
        ("operative", "3.", "We strongly support investment in broadband infrastructure."),
    ]
    pairs = [(p.left, p.right) for p in match_revision(old, new)]
    assert (0, 0) in pairs  # unchanged
    assert (1, 2) in pairs  # edited, renumbered
    assert (None, 1) in pairs  # new paragraph
    assert (2, None) in pairs  # dropped
