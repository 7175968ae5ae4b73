from hypothesis import given, settings
from hypothesis import strategies as st

from meetingdesk.text.tokens import is_word, tokenize


def test_english_words_whitespace_and_punctuation() -> None:
    assert tokenize("We, the G7 ministers,  agree.") == [
        "We",
        ",",
        " ",
        "the",
        " ",
        "G7",
        " ",
        "ministers",
        ",",
        "  ",
        "agree",
        ".",
    ]


def test_inner_apostrophes_and_hyphens_stay_in_the_word() -> None:
    assert tokenize("the G7's multi-stakeholder ministers' view") == [
        "the",
        " ",
        "G7's",
        " ",
        "multi-stakeholder",
        " ",
        "ministers",
        "'",
        " ",
        "view",
    ]
    assert tokenize("don’t -x- a-") == ["don’t", " ", "-", "x", "-", " ", "a", "-"]


def test_accented_latin_is_one_word() -> None:
    assert tokenize("États-Unis coopèrent") == ["États-Unis", " ", "coopèrent"]


def test_japanese_is_one_token_per_character() -> None:
    assert tokenize("我々は「協力」を強化する。") == list("我々は「協力」を強化する。")
    assert tokenize("データ（ＩＣＴ）") == list("データ（ＩＣＴ）")


def test_mixed_text_and_ideographic_space() -> None:
    assert tokenize("G7情報通信大臣会合　in Takamatsu") == [
        "G7",
        "情",
        "報",
        "通",
        "信",
        "大",
        "臣",
        "会",
        "合",
        "\u3000",
        "in",
        " ",
        "Takamatsu",
    ]


def test_combining_dakuten_stays_with_its_kana() -> None:
    decomposed = "か\u3099き"  # が written with a combining mark
    assert tokenize(decomposed) == ["か\u3099", "き"]


def test_is_word() -> None:
    assert is_word("ministers") and is_word("協") and is_word("ー") and is_word("G7's")
    assert not is_word(" ") and not is_word("、") and not is_word(",") and not is_word("\u3000")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_tokens_concatenate_to_the_text(text: str) -> None:
    tokens = tokenize(text)
    assert "".join(tokens) == text
    assert all(tokens)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab 、。協力- '’\t.\u3000"))
def test_whitespace_runs_are_single_tokens(text: str) -> None:
    tokens = tokenize(text)
    for left, right in zip(tokens, tokens[1:], strict=False):
        assert not (left.isspace() and right.isspace())
    for token in tokens:
        if any(ch.isspace() for ch in token):
            assert token.isspace()


def _reference(text: str) -> list[str]:
    """The character-by-character tokenizer the fast path must agree with."""
    from meetingdesk.text.tokens import _slow_tokens

    out: list[str] = []
    _slow_tokens(text, 0, len(text), out)
    return out


_MIXED = st.text(
    alphabet=st.sampled_from(
        list("ab Z09'-’‐\t\n\x1c.,;[]/{}é\u0301\u3099\u302a\u3000\xa0")
        + list("我々は協力をー。、「」（）ｶﾞカが한글")
    ),
    max_size=40,
)


_PLAIN = st.text(
    alphabet=st.characters(max_codepoint=0x7F)
    | st.sampled_from(list("我々は協力をー。、「」（）")),
    max_size=40,
)


@given(st.one_of(st.text(max_size=40), _MIXED, _PLAIN))
def test_fast_path_agrees_with_the_reference(text: str) -> None:
    assert tokenize(text) == _reference(text)
