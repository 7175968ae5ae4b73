"""Import plans: languages paired into clauses, a new text over existing clauses."""

from __future__ import annotations

from meetingdesk.text.draft_outline import SourceParagraph, build_outline
from meetingdesk.text.draft_plan import ExistingClause, plan_document, plan_revision


def outline(*texts: str):
    return build_outline(SourceParagraph(text=t, where=f"line {n}") for n, t in enumerate(texts, 1))


EN = outline("Recalling our work;", "1. We agree:", "(a) first;", "(b) second.", "2. We end.")
JA = outline(
    "我々の作業を想起し、",
    "１．我々は合意する。",
    "（ａ）第一に、",
    "（ｂ）第二に。",
    "２．終わる。",
)


def test_bilingual_document_plan() -> None:
    plan = plan_document(EN, JA)
    assert [(i.kind, i.depth, i.text_en[:6], i.text_ja[:3]) for i in plan.items] == [
        ("preambular", 0, "Recall", "我々の"),
        ("operative", 0, "We agr", "我々は"),
        ("operative", 1, "first;", "第一に"),
        ("operative", 1, "second", "第二に"),
        ("operative", 0, "We end", "終わる"),
    ]
    assert plan.mismatches == () and plan.missing_japanese == 0


def test_missing_japanese_paragraph_blocks_and_is_counted() -> None:
    ja = outline("我々の作業を想起し、", "１．我々は合意する。", "（ａ）第一に、", "２．終わる。")
    plan = plan_document(EN, ja)
    assert plan.missing_japanese == 1
    assert any("has no Japanese" in m for m in plan.mismatches)


def test_orphan_sub_paragraph_is_a_mismatch() -> None:
    lines = outline("1. We agree.", "Heading", "(a) orphan;").with_line(1, kind="heading")
    plan = plan_document(lines)
    assert any("no paragraph above it" in m for m in plan.structure)
    assert plan.mismatches == ()


def test_chair_text_over_existing_clauses() -> None:
    existing = [
        ExistingClause(1, "preambular", "", "Recalling our work;", "想起し、"),
        ExistingClause(2, "operative", "1.", "We agree to promote open data.", "合意する。"),
        ExistingClause(3, "operative", "2.", "We will review this next year.", "見直す。"),
    ]
    new = outline(
        "Recalling our work;",
        "1. We agree to promote open data and open standards.",
        "2. We welcome the OECD report.",
    )
    plan = plan_revision(existing, new, "en")
    assert [(i.action, i.clause_id) for i in plan.items] == [
        ("same", 1),
        ("change", 2),
        ("new", None),
        ("drop", 3),
    ]
    changed = plan.items[1]
    assert changed.text_ja == "合意する。"  # the other language keeps its text
    assert changed.old_text == "We agree to promote open data."
