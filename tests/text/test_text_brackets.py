import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingdesk.text.brackets import (
    Alternative,
    Bracket,
    BracketError,
    BracketTree,
    Text,
    bracket_alternatives,
    count_open,
    escape,
    parse,
    plain,
    render,
    segments,
    unescape,
    validate,
)

CLAUSE = "We [shall {US, UK} / should {FR}] promote [open / [free / fair] {DE}] standards."


def test_parse_alternatives_delegations_and_nesting() -> None:
    tree = parse(CLAUSE)
    assert tree == BracketTree(
        (
            Text("We "),
            Bracket(
                (
                    Alternative((Text("shall"),), ("US", "UK"), " {US, UK}"),
                    Alternative((Text("should"),), ("FR",), " {FR}"),
                )
            ),
            Text(" promote "),
            Bracket(
                (
                    Alternative((Text("open"),)),
                    Alternative(
                        (Bracket((Alternative((Text("free"),)), Alternative((Text("fair"),)))),),
                        ("DE",),
                        " {DE}",
                    ),
                )
            ),
            Text(" standards."),
        )
    )
    assert render(tree) == CLAUSE
    assert count_open(CLAUSE) == 3


def test_plain_takes_the_chosen_alternative() -> None:
    assert plain(CLAUSE) == "We shall promote open standards."
    assert plain(CLAUSE, 1) == "We should promote fair standards."  # nested ones too
    assert plain(CLAUSE, -1) == "We should promote fair standards."
    assert plain("We [warmly] welcome") == "We warmly welcome"
    assert plain("我々は[協力 / 連携]を強化する。", 1) == "我々は連携を強化する。"


def test_separator_needs_spaces_and_escapes() -> None:
    assert plain("[and/or]") == "and/or"
    assert plain(r"[1 \/ 2 / 3]") == "1 / 2"
    assert plain(r"a \[b\] \{c\} \\ d") == r"a [b] {c} \ d"
    assert plain("top / level") == "top / level"
    assert plain(r"C:\path") == r"C:\path"  # a lone backslash is literal
    assert [alt.parts for alt in parse("[a  / b]").parts[0].alternatives] == [
        (Text("a "),),
        (Text("b"),),
    ]
    assert plain("[this text / ]", 1) == ""


@pytest.mark.parametrize(
    ("text", "position", "message"),
    [
        ("We [shall / should promote", 3, "unbalanced '[' (never closed) (character 4)"),
        ("We shall] promote", 8, "']' closes nothing (character 9)"),
        ("[a {US, UK]", 3, "unclosed '{' (character 4)"),
        ("[a } b]", 3, "'}' closes nothing (character 4)"),
        ("a {US}", 2, "outside brackets"),
        ("[a {US} b]", 3, "must end an alternative"),
        ("[a {} / b]", 3, "empty delegation list"),
        ("[a {U S} / b]", 3, "invalid delegation code"),
        ("[a [b] c ] ]", 11, "']' closes nothing (character 12)"),
    ],
)
def test_errors_carry_position_and_message(text: str, position: int, message: str) -> None:
    error = validate(text)
    assert error is not None
    assert error.position == position
    assert message in str(error)
    with pytest.raises(BracketError) as raised:
        parse(text)
    assert raised.value.position == position
    assert isinstance(raised.value, ValueError)


def test_leftmost_error_is_reported() -> None:
    error = validate("[unclosed ] ] and [")
    assert error is not None and error.position == 12


def test_segments_for_highlighting() -> None:
    text = "We [shall {US} / should] act"
    spans = [(text[s.start : s.end], s.kind, s.depth) for s in segments(text)]
    assert spans == [
        ("We ", "text", 0),
        ("[", "bracket", 1),
        ("shall", "text", 1),
        (" {US}", "delegations", 1),
        (" / ", "separator", 1),
        ("should", "text", 1),
        ("]", "bracket", 1),
        (" act", "text", 0),
    ]


def test_segments_tolerate_invalid_text() -> None:
    text = "a ] [b"
    kinds = [(text[s.start : s.end], s.kind) for s in segments(text)]
    assert kinds == [("a ", "text"), ("]", "error"), (" ", "text"), ("[", "error"), ("b", "text")]
    assert count_open(text) == 1


def test_escaped_pieces_concatenate_safely() -> None:
    markup = "[" + escape("a ") + escape("/ b") + " / c]"
    assert plain(markup, 0) == "a / b" and plain(markup, 1) == "c"
    assert escape("and/or") == "and/or"
    assert escape("x / y") == r"x \/ y"


def test_bracket_alternatives() -> None:
    markup = bracket_alternatives("shall", "should", ["US", "UK"], ["FR"])
    assert markup == "[shall {US, UK} / should {FR}]"
    tricky = bracket_alternatives("a / b [c]", "{d}\\", ["EU"])
    assert validate(tricky) is None
    assert plain(tricky, 0) == "a / b [c]" and plain(tricky, 1) == "{d}\\"
    assert bracket_alternatives(" very", " quite") == " [very / quite]"
    with pytest.raises(ValueError):
        bracket_alternatives("a", "b", ["U S"])


# --- properties -------------------------------------------------------------------------------

MARKUP_CHARS = st.sampled_from(list("ab /[]{}\\,") + ["US", " / ", " {US}", "協"])


@settings(max_examples=400, deadline=None)
@given(st.lists(MARKUP_CHARS, max_size=20).map("".join))
def test_round_trip_or_error(text: str) -> None:
    error = validate(text)
    spans = segments(text)
    assert [s.start for s in spans] == [0, *(s.end for s in spans)][: len(spans)]
    assert (spans[-1].end if spans else 0) == len(text)
    assert all(s.start < s.end for s in spans)
    if error is None:
        assert render(parse(text)) == text
        assert "error" not in {s.kind for s in spans}
    else:
        assert 0 <= error.position < len(text)
        assert "error" in {s.kind for s in spans}
        with pytest.raises(BracketError):
            parse(text)


VALUES = st.lists(st.sampled_from([*"ab /[]{}\\協", " / "]), max_size=8).map("".join)
CODES = st.lists(st.sampled_from(["US", "UK", "JP", "EU", "FR"]), max_size=2)


@st.composite
def markup_trees(draw, depth: int = 0):
    """(markup, plain choosing 0, plain choosing last) built from random literal values."""
    if depth >= 2 or draw(st.booleans()):
        value = draw(VALUES)
        return escape(value), value, value
    alternatives = []
    for _ in range(draw(st.integers(1, 3))):
        pieces = [draw(markup_trees(depth + 1)) for _ in range(draw(st.integers(0, 2)))]
        markup = "".join(p[0] for p in pieces)
        first = "".join(p[1] for p in pieces)
        last = "".join(p[2] for p in pieces)
        codes = draw(CODES)
        if codes and not markup.endswith(" "):
            markup += " {" + ", ".join(codes) + "}"
        alternatives.append((markup, first, last))
    body = " / ".join(a[0] for a in alternatives)
    return "[" + body + "]", alternatives[0][1], alternatives[-1][2]


@settings(max_examples=300, deadline=None)
@given(st.lists(markup_trees(), max_size=3))
def test_generated_markup_is_valid_and_plain_matches(pieces) -> None:
    text = "".join(p[0] for p in pieces)
    assert validate(text) is None, text
    assert render(parse(text)) == text
    assert plain(text, 0) == "".join(p[1] for p in pieces)
    assert plain(text, -1) == "".join(p[2] for p in pieces)


@settings(max_examples=300, deadline=None)
@given(VALUES, VALUES, CODES, CODES)
def test_bracket_alternatives_property(a: str, b: str, a_dels, b_dels) -> None:
    markup = bracket_alternatives(a, b, a_dels, b_dels)
    assert validate(markup) is None
    assert count_open(markup) == 1
    if not (a_dels and a.rstrip(" ") != a) and not (b_dels and b.rstrip(" ") != b):
        assert plain(markup, 0) == a
        assert plain(markup, 1) == b


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_escape_round_trip(value: str) -> None:
    assert unescape(escape(value)) == value
    assert plain(escape(value)) == value
    assert count_open(escape(value)) == 0


_MARKUP = st.text(alphabet="[]{}\\/ ab,US議", max_size=40)


@given(_MARKUP)
def test_count_open_shortcut_agrees_with_the_lexer(text: str) -> None:
    """count_open skips lexing; it must give the lexer's count on any markup, valid or not."""
    from meetingdesk.text.brackets import _lex

    assert count_open(text) == _lex(text).opens


@pytest.mark.parametrize(
    "text, expected",
    [
        ("no brackets at all", 0),
        ("[shall / should] act", 1),
        ("we [[shall / should] act / no action {DE}]", 2),
        ("a literal \\[ is not a bracket", 0),
        ("an escaped backslash \\\\[then a bracket]", 1),
        ("議長国は[強化/推進]する", 1),
    ],
)
def test_count_open_examples(text: str, expected: int) -> None:
    assert count_open(text) == expected


# --- resolving a bracket ----------------------------------------------------------------------

from meetingdesk.text.brackets import (  # noqa: E402
    bracket_at,
    bracket_shape,
    bracket_spans,
    describe_resolution,
    resolve,
    resolve_both,
)


def test_spans_name_every_bracket_and_alternative() -> None:
    spans = bracket_spans(CLAUSE)
    assert [CLAUSE[s.start : s.end] for s in spans] == [
        "[shall {US, UK} / should {FR}]",
        "[open / [free / fair] {DE}]",
        "[free / fair]",
    ]
    assert [[CLAUSE[a:b] for a, b in s.alternatives] for s in spans] == [
        ["shall", "should"],
        ["open", "[free / fair]"],
        ["free", "fair"],
    ]
    assert spans[0].delegations == (("US", "UK"), ("FR",))
    assert bracket_at(CLAUSE, CLAUSE.index("should")) == (0, 1)
    assert bracket_at(CLAUSE, CLAUSE.index("fair")) == (2, 1)
    assert bracket_at(CLAUSE, 0) is None


def test_resolve_keeps_one_alternative_or_drops_the_bracket() -> None:
    assert resolve(CLAUSE, 0, 1) == "We should promote [open / [free / fair] {DE}] standards."
    assert (
        resolve(CLAUSE, 2, 0)
        == "We [shall {US, UK} / should {FR}] promote [open / free {DE}] standards."
    )
    assert resolve(CLAUSE, 1, None) == "We [shall {US, UK} / should {FR}] promote standards."
    assert resolve("Act [now].", 0, None) == "Act."
    assert describe_resolution(CLAUSE, 0, 1) == "alternative 2 {FR} of bracket 1 kept"
    assert describe_resolution("Act [now].", 0, 0) == "brackets lifted from bracket 1"
    with pytest.raises(IndexError, match="no bracket 4"):
        resolve(CLAUSE, 3, 0)
    with pytest.raises(IndexError, match="no alternative 3"):
        resolve(CLAUSE, 0, 2)


def test_the_other_language_follows_only_when_its_brackets_match() -> None:
    en = "We [shall / should] promote [open] standards."
    ja = "我々は[推進する / 推進すべきである]。[開かれた]標準。"
    assert resolve_both(en, ja, 0, 1) == (
        "We should promote [open] standards.",
        "我々は推進すべきである。[開かれた]標準。",
    )
    mismatched = "我々は[推進する / 推進すべきである]。"
    assert bracket_shape(en) != bracket_shape(mismatched)
    assert resolve_both(en, mismatched, 0, 1) == ("We should promote [open] standards.", None)
    assert resolve_both(en, "", 0, 1)[1] is None
    assert resolve_both(en, "[broken", 0, 1)[1] is None


@settings(max_examples=300, deadline=None)
@given(st.lists(markup_trees(), max_size=3), st.integers(0, 3))
def test_resolving_every_bracket_gives_the_plain_text(pieces, choice) -> None:
    text = "".join(p[0] for p in pieces)
    expected = plain(text, choice)
    while count_open(text):
        alts = len(bracket_spans(text)[0].alternatives)
        text = resolve(text, 0, min(choice, alts - 1))
        assert validate(text) is None, text
    assert unescape(text) == expected
