"""Writing imports: a zero draft as a new document (both languages), refusals that write
nothing, and a chair's text over Rev.1 that the redline shows — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from meetingdesk.model import AuditEvent, Clause, ClauseVersion, Document
from meetingdesk.services.base import ConflictError, ValidationError
from meetingdesk.services.drafting import compare as cp
from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.drafting import importing as imp
from meetingdesk.services.meetings import create_meeting
from tests.drafting.docx_build import build_docx

EN = [
    ("heading", 0, "Joint Declaration"),
    ("plain", None, "Recognising that ICT drives growth;"),
    ("auto", 0, "We agree to act together:"),
    ("auto", 1, "to promote access;"),
    ("auto", 1, "to protect users."),
    ("footnote", None, ("2. We welcome the OECD report [on / about] data.", "OECD 2015.")),
    ("plain", None, "3. We will meet again in 2017."),
]
JA = [
    ("heading", 0, "共同宣言"),
    ("plain", None, "ICTが成長を促すことを認識し、"),
    ("auto", 0, "我々は共に行動することに合意する。"),
    ("auto", 1, "アクセスを促進すること。"),
    ("auto", 1, "利用者を保護すること。"),
    ("plain", None, "２．我々はOECDの報告を歓迎する。"),
    ("plain", None, "３．我々は2017年に再び会合する。"),
]


@pytest.fixture
def meeting(desk):
    return create_meeting(
        desk, title_en="G7 ICT", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
    )


def counts(desk) -> tuple[int, int, int, int]:
    with desk.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (Document, Clause, ClauseVersion, AuditEvent)
        )


def test_bilingual_zero_draft_becomes_a_document(desk, meeting, tmp_path: Path) -> None:
    en = imp.read_outline(build_docx(EN, tmp_path / "en.docx"))
    ja = imp.read_outline(build_docx(JA, tmp_path / "ja.docx"))
    plan = imp.plan_new_document(en, ja)
    assert plan.mismatches == ()
    result = imp.import_new_document(
        desk,
        meeting.id,
        plan,
        kind="declaration",
        title_en="Joint Declaration",
        title_ja="共同宣言",
        short_name="decl",
        source="en.docx",
    )
    # sub-paragraphs are child clauses where the schema has them, else in their paragraph
    assert result.added == (7 if imp.HAS_CHILDREN else 5) and result.missing_japanese == 0
    text = docs.document_text(desk, result.document.id)
    shown = [(c.number, c.kind, c.status) for c in text.clauses if c.kind != "heading"]
    assert shown[0] == ("", "preambular", "draft")
    assert ("1.", "operative", "draft") in shown
    assert ("3.", "operative", "draft") in shown
    bracketed = [c for c in text.clauses if "OECD" in c.text_en]
    assert bracketed[0].status == "bracketed"
    assert bracketed[0].text_ja == "我々はOECDの報告を歓迎する。"
    joined = " ".join(c.text_en for c in text.clauses)
    assert "to promote access;" in joined and "to protect users." in joined
    with desk.read() as s:
        notes = s.scalars(select(ClauseVersion.note).where(ClauseVersion.note.like("%OECD 2015%")))
        assert len(list(notes)) == 1
        assert s.scalar(select(func.count()).where(AuditEvent.action == "document.import")) == 1


def test_mismatch_refused_then_imported_with_missing_japanese_flagged(
    desk, meeting, tmp_path: Path
) -> None:
    en = imp.read_outline(build_docx(EN, tmp_path / "en.docx"))
    ja = imp.read_outline(build_docx(JA[:-1], tmp_path / "ja.docx"))
    plan = imp.plan_new_document(en, ja)
    assert plan.mismatches and plan.missing_japanese == 1
    before = counts(desk)
    with pytest.raises(ValidationError, match="do not match"):
        imp.import_new_document(
            desk, meeting.id, plan, kind="declaration", title_en="D", short_name="decl"
        )
    assert counts(desk) == before  # nothing written, not even the document
    result = imp.import_new_document(
        desk,
        meeting.id,
        plan,
        kind="declaration",
        title_en="D",
        short_name="decl",
        allow_missing_japanese=True,
    )
    assert result.missing_japanese == 1
    with desk.read() as s:
        flagged = s.scalars(
            select(ClauseVersion.text).where(ClauseVersion.note.like(f"%{imp.MISSING_JA_NOTE}%"))
        ).all()
    assert flagged == ["We will meet again in 2017."]


def test_a_bad_line_writes_nothing(desk, meeting, tmp_path: Path) -> None:
    outline = imp.read_pasted("1. We agree.\n2. We [disagree.\n")
    plan = imp.plan_new_document(outline)
    before = counts(desk)
    with pytest.raises(ValidationError, match="line 2"):
        imp.import_new_document(
            desk, meeting.id, plan, kind="declaration", title_en="D", short_name="decl"
        )
    assert counts(desk) == before


def test_chair_text_over_rev1_shows_in_the_redline(desk, meeting, tmp_path: Path) -> None:
    zero = imp.read_pasted(
        "Recognising the role of ICT;\n"
        "1. We agree to promote the free flow of information.\n"
        "2. We support investment in broadband infrastructure.\n"
        "3. We will review progress next year.\n"
    )
    doc = imp.import_new_document(
        desk,
        meeting.id,
        imp.plan_new_document(zero),
        kind="declaration",
        title_en="Declaration",
        short_name="decl",
    ).document
    docs.freeze_revision(desk, doc.id, kind="zero", label="Rev.1")
    chair = [
        ("plain", None, "Recognising the role of ICT;"),
        ("plain", None, "1. We agree to promote the free flow of information."),
        ("plain", None, "2. We commit to close the digital divide for women and girls."),
        ("plain", None, "3. We strongly support investment in broadband infrastructure."),
    ]
    outline = imp.read_outline(build_docx(chair, tmp_path / "chair.docx"))
    plan = imp.plan_new_text(desk, doc.id, outline, "en")
    assert [i.action for i in plan.items] == ["same", "same", "new", "change", "drop"]
    result = imp.import_new_text(desk, doc.id, plan, lang="en", source="chair.docx")
    assert (result.added, result.changed, result.dropped, result.unchanged) == (1, 1, 1, 2)
    redline = cp.compare_revisions(desk, doc.id, "Rev.1")
    kinds = {c.kind for c in redline.changes}
    assert {"added", "deleted", "changed"} <= kinds
    changed = [c for c in redline.changes if c.kind == "changed"]
    assert len(changed) == 1
    # the dropped clause keeps its history; the changed one has two English versions
    with desk.read() as s:
        dropped = s.scalars(select(Clause).where(Clause.status == "deleted")).one()
        assert dropped.head_en is not None
        versions = s.scalar(
            select(func.count()).where(
                ClauseVersion.language == "en", ClauseVersion.note.like("%chair.docx%")
            )
        )
        assert versions == 2  # the new paragraph and the changed one
    # The same file again changes nothing.
    again = imp.plan_new_text(desk, doc.id, outline, "en")
    assert {i.action for i in again.items} == {"same"}


def test_stale_preview_is_refused(desk, meeting) -> None:
    doc = imp.import_new_document(
        desk,
        meeting.id,
        imp.plan_new_document(imp.read_pasted("1. We agree.\n")),
        kind="declaration",
        title_en="D",
        short_name="decl",
    ).document
    plan = imp.plan_new_text(desk, doc.id, imp.read_pasted("1. We agree fully.\n"), "en")
    clause = docs.document_text(desk, doc.id).clauses[0]
    docs.save_text(
        desk, clause.id, "en", "We agree, someone typed.", expected_head=clause.en_version_id
    )
    before = counts(desk)
    with pytest.raises(ConflictError, match="preview"):
        imp.import_new_text(desk, doc.id, plan, lang="en")
    assert counts(desk) == before
