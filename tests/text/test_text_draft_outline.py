"""Outline detection: typed labels, kinds and levels, full-width Japanese numbers."""

from __future__ import annotations

import pytest

from meetingdesk.text.draft_outline import SourceParagraph, build_outline, read_label, split_label


def outline_of(*texts: str, **kw):
    return build_outline(
        [SourceParagraph(text=t, where=f"line {i}", **kw) for i, t in enumerate(texts, 1)]
    )


@pytest.mark.parametrize(
    ("text", "label", "rest"),
    [
        ("1. We agree.", "1.", "We agree."),
        ("12) We agree.", "12)", "We agree."),
        ("(3) We agree.", "(3)", "We agree."),
        ("I. Access", "I.", "Access"),
        ("iv. Security", "iv.", "Security"),
        ("(a) first;", "(a)", "first;"),
        ("b) second", "b)", "second"),
        ("(ii) deeper", "(ii)", "deeper"),
        ("８bis. 挿入", "8bis.", "挿入"),
        ("１．我々は合意する。", "1.", "我々は合意する。"),
        ("（ａ）第一に", "(a)", "第一に"),
        ("Ⅱ．アクセス", "II.", "アクセス"),
    ],
)
def test_typed_labels_are_cut_and_normalised(text: str, label: str, rest: str) -> None:
    found, remainder = split_label(text)
    assert found is not None and found.text == label
    assert remainder == rest


@pytest.mark.parametrize(
    "text", ["3D printing matters.", "I am here.", "a priori", "e.g. this", "2016 was"]
)
def test_words_that_only_look_like_labels_stay_text(text: str) -> None:
    found, remainder = split_label(text)
    assert found is None and remainder == text


def test_i_after_h_is_a_letter_but_alone_a_roman_numeral() -> None:
    assert read_label("(i)", previous_letter=8).style == "letter"
    assert read_label("(i)").style == "roman"
    assert read_label("(c)").style == "letter"  # not the roman hundred


def test_declaration_shape() -> None:
    o = outline_of(
        "Recognising the role of ICT;",
        "Noting the Charter;",
        "1. We agree to act:",
        "(a) first;",
        "(b) second.",
        "2. We ask.",
        "i. Access for all",
        "a) Infrastructure",
        "3. We invest.",
        "b) Skills",
        "4. We train.",
    )
    kinds = [(line.kind, line.level, line.label) for line in o.lines]
    assert kinds == [
        ("preambular", 0, ""),
        ("preambular", 0, ""),
        ("operative", 0, "1."),
        ("subparagraph", 1, "(a)"),
        ("subparagraph", 1, "(b)"),
        ("operative", 0, "2."),
        ("section", 0, "i."),
        ("subheading", 0, "a)"),
        ("operative", 0, "3."),
        ("subheading", 0, "b)"),
        ("operative", 0, "4."),
    ]
    assert o.report == ()


def test_headings_by_style_and_bold() -> None:
    o = build_outline(
        [
            SourceParagraph(text="Charter", heading_level=1),
            SourceParagraph(text="Preamble", bold=True),
            SourceParagraph(text="A whole bold sentence that ends like one.", bold=True),
        ]
    )
    assert [line.kind for line in o.lines] == ["heading", "heading", "preambular"]


def test_numbering_gaps_are_reported_not_hidden() -> None:
    o = outline_of("1. One.", "2. Two.", "4. Four.", "4. Again.")
    assert len(o.report) == 2
    assert "numbered 4 where 3 was expected" in o.report[0]


def test_japanese_full_width_draft() -> None:
    o = outline_of(
        "前文の段落。",
        "１．我々は合意する。",
        "（ａ）第一に、",
        "（ｂ）第二に。",
        "２．我々は求める。",
    )
    assert [(line.kind, line.label) for line in o.lines] == [
        ("preambular", ""),
        ("operative", "1."),
        ("subparagraph", "(a)"),
        ("subparagraph", "(b)"),
        ("operative", "2."),
    ]


def test_user_corrections_change_one_line() -> None:
    o = outline_of("1. One.", "Stray line")
    fixed = o.with_line(1, kind="subparagraph")
    assert fixed.lines[1].kind == "subparagraph" and fixed.lines[1].level == 1
    assert o.lines[1].kind == "operative"  # the original value is untouched
    with pytest.raises(ValueError):
        o.with_line(0, kind="poem")
