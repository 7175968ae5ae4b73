"""Sub-paragraphs, numbering within a round, renumbering as clean text and resolving
brackets, through the services on both engines."""

from __future__ import annotations

from datetime import date

import pytest

from meetingdesk.services import drafting as dr
from meetingdesk.services.base import ConflictError, FrozenError, ValidationError
from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.drafting import reading, resolution, structure
from meetingdesk.services.drafting.comments import add_comment
from meetingdesk.services.meetings import create_meeting


def _world(desk, n: int = 10):
    m = create_meeting(
        desk, title_en="ICT", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
    )
    doc = docs.add_document(desk, m.id, short_name="decl", title_en="Declaration")
    ids = [docs.add_clause(desk, doc.id, text_en=f"Paragraph {i}.") for i in range(1, n + 1)]
    return m, doc, ids


def _shown(desk, doc_id):
    return [(c.number, c.depth, c.status) for c in docs.document_text(desk, doc_id).clauses]


def _snap(desk, doc_id, cid):
    return next(
        c for c in reading.document_clauses(desk, doc_id, include_deleted=True) if c.id == cid
    )


def _v(desk, doc_id, cid):
    return _snap(desk, doc_id, cid).row_version


def test_sub_paragraphs_are_clauses_of_their_own(desk) -> None:
    _m, doc, ids = _world(desk, 3)
    a = docs.add_clause(desk, doc.id, text_en="first [point].", parent_id=ids[0])
    b = docs.add_clause(desk, doc.id, text_en="second point.", parent_id=ids[0])
    i = docs.add_clause(desk, doc.id, text_en="a detail.", parent_id=b)
    assert [(c.number, c.reference) for c in docs.document_text(desk, doc.id).clauses] == [
        ("1.", "1"),
        ("(a)", "1(a)"),
        ("(b)", "1(b)"),
        ("(i)", "1(b)(i)"),
        ("2.", "2"),
        ("3.", "3"),
    ]
    # (a) alone is bracketed, can be put ad ref, commented on
    assert _snap(desk, doc.id, a).status == "bracketed"
    assert _snap(desk, doc.id, b).status == "draft"
    add_comment(desk, a, body="Which point?")
    # indent 3 under 2, then outdent (i): it follows 1(b) as 1(c)
    structure.indent_clause(desk, ids[2], expected_version=_v(desk, doc.id, ids[2]))
    structure.outdent_clause(desk, i, expected_version=_v(desk, doc.id, i))
    assert [(c.number, c.depth) for c in docs.document_text(desk, doc.id).clauses] == [
        ("1.", 0),
        ("(a)", 1),
        ("(b)", 1),
        ("(c)", 1),
        ("2.", 0),
        ("(a)", 1),
    ]
    # deleting a paragraph takes its sub-paragraphs with it
    dr.delete_clause(desk, ids[0], expected_version=_v(desk, doc.id, ids[0]))
    assert {_snap(desk, doc.id, k).status for k in (a, b, i)} == {"deleted"}
    with pytest.raises(ValidationError, match="restore the paragraph first"):
        dr.restore_clause(desk, a, expected_version=_v(desk, doc.id, a))


def test_bad_structure_edits_are_refused_and_nothing_changes(desk) -> None:
    m, doc, ids = _world(desk, 3)
    head = docs.add_clause(desk, doc.id, kind="heading", text_en="Title", after_clause_id=None)
    child = docs.add_clause(desk, doc.id, text_en="part.", parent_id=ids[1])
    before = _shown(desk, doc.id)
    with pytest.raises(structure.StructureError) as info:
        structure.indent_clause(desk, ids[0], expected_version=None)
    assert info.value.code == "outline_first" and "cannot be indented" in str(info.value)
    with pytest.raises(structure.StructureError) as info:
        structure.move_in_outline(
            desk, ids[0], parent_id=head, after_clause_id=None, expected_version=None
        )
    assert info.value.code == "outline_heading_parent"
    with pytest.raises(structure.StructureError) as info:
        structure.move_in_outline(
            desk, ids[1], parent_id=child, after_clause_id=None, expected_version=None
        )
    assert info.value.code == "outline_cycle"
    assert _shown(desk, doc.id) == before
    # moving into an adopted document
    other = docs.add_document(desk, m.id, short_name="charter", title_en="Charter")
    target = docs.add_clause(desk, other.id, text_en="Agreed.")
    with desk.write() as s:
        from meetingdesk.model import Document

        s.get(Document, other.id).status = "adopted"
    with pytest.raises(FrozenError, match="charter is adopted"):
        structure.move_after(desk, ids[0], after_clause_id=target, expected_version=None)
    assert _shown(desk, doc.id) == before
    # a stale view
    with pytest.raises(ConflictError):
        structure.indent_clause(desk, ids[2], expected_version=_v(desk, doc.id, ids[2]) - 1)


def test_numbers_stay_within_a_round_until_renumbered(desk) -> None:
    _m, doc, ids = _world(desk, 10)
    docs.freeze_revision(desk, doc.id)  # Rev.1
    new = docs.add_clause(desk, doc.id, text_en="A new paragraph.", after_clause_id=ids[7])
    docs.add_clause(desk, doc.id, text_en="Another.", after_clause_id=new)
    dr.delete_clause(desk, ids[2], expected_version=_v(desk, doc.id, ids[2]))
    dr.move_clause(desk, ids[0], after_clause_id=ids[4], expected_version=_v(desk, doc.id, ids[0]))
    add_comment(desk, new, body="Support.")
    shown = _shown(desk, doc.id)
    assert [n for n, _d, _s in shown] == [
        "2.",
        "3.",
        "4.",
        "5.",
        "1.",
        "6.",
        "7.",
        "8.",
        "8bis.",
        "8ter.",
        "9.",
        "10.",
    ]
    assert ("3.", 0, "deleted") in shown
    rev2 = docs.freeze_revision(desk, doc.id)
    frozen = docs.document_text(desk, doc.id, rev2.label).clauses
    assert [c.number for c in frozen] == [n for n, _d, _s in shown]
    assert docs.verify_revision(desk, doc.id, rev2.label)
    rev, table = structure.renumber_clean(desk, doc.id)
    assert rev.kind == "clean"
    pairs = {(r.old_number, r.new_number) for r in table}
    assert ("8bis", "8") in pairs and ("3", "") in pairs and ("1", "4") in pairs
    assert {r.old_number for r in table} == {n.rstrip(".") for n, _d, _s in shown}
    after = [c.number for c in docs.document_text(desk, doc.id).clauses]
    assert after == [f"{k}." for k in range(1, 12)]
    assert structure.latest_concordance(desk, doc.id) == (rev.label, table)
    # links follow the clause, not its number
    assert _snap(desk, doc.id, new).number == "8."
    from meetingdesk.services.drafting.comments import list_comments

    assert [c.body for c in list_comments(desk, new)] == ["Support."]


def test_renumber_at_once_mode(desk) -> None:
    _m, doc, ids = _world(desk, 4)
    docs.freeze_revision(desk, doc.id)
    d = docs.list_documents(desk, _m.id)[0]
    structure.set_numbering(desk, doc.id, "renumber", expected_version=d.row_version)
    docs.add_clause(desk, doc.id, text_en="New.", after_clause_id=ids[0])
    assert [n for n, _d, _s in _shown(desk, doc.id)] == ["1.", "2.", "3.", "4.", "5."]
    with pytest.raises(ValidationError, match="numbering 'x'"):
        structure.set_numbering(desk, doc.id, "x", expected_version=None)


def test_resolving_a_bracket_in_both_languages_and_undo(desk) -> None:
    _m, doc, _ids = _world(desk, 1)
    cid = docs.add_clause(
        desk,
        doc.id,
        text_en="We [shall {US} / should {FR}] promote [open] standards.",
        text_ja="我々は[推進する {US} / 推進すべきである {FR}]。[開かれた]標準。",
    )
    c = _snap(desk, doc.id, cid)
    done = resolution.resolve_bracket(
        desk, cid, "en", 0, 1, expected_en_head=c.en_version_id, expected_ja_head=c.ja_version_id
    )
    assert done.other_followed and done.note == "alternative 2 {FR} of bracket 1 kept"
    assert done.clause.text_en == "We should promote [open] standards."
    assert done.clause.text_ja == "我々は推進すべきである。[開かれた]標準。"
    assert not done.clause.ja_stale
    hist = dr.history(desk, cid, "ja")
    assert hist[0].note == done.note
    # someone else's change since: refused, nothing written
    with pytest.raises(ConflictError, match="nothing was resolved"):
        resolution.resolve_bracket(
            desk,
            cid,
            "en",
            0,
            0,
            expected_en_head=c.en_version_id,
            expected_ja_head=c.ja_version_id,
        )
    last = resolution.resolve_bracket(
        desk,
        cid,
        "en",
        0,
        None,
        expected_en_head=done.clause.en_version_id,
        expected_ja_head=done.clause.ja_version_id,
    )
    assert last.clause.text_en == "We should promote standards."
    assert last.clause.status == "draft"
    back = resolution.undo_resolution(desk, last)
    assert back.text_en == done.clause.text_en and back.text_ja == done.clause.text_ja
    assert back.status == "bracketed" and not back.ja_stale


def test_mismatched_brackets_leave_the_other_language_stale(desk) -> None:
    _m, doc, _ids = _world(desk, 1)
    cid = docs.add_clause(
        desk,
        doc.id,
        text_en="We [shall / should] promote [open] standards.",
        text_ja="我々は[推進する / 推進すべきである]。",
    )
    c = _snap(desk, doc.id, cid)
    done = resolution.resolve_bracket(
        desk, cid, "en", 0, 0, expected_en_head=c.en_version_id, expected_ja_head=c.ja_version_id
    )
    assert not done.other_followed
    assert done.clause.text_ja == "我々は[推進する / 推進すべきである]。"
    assert done.clause.ja_stale
    with pytest.raises(resolution.ResolutionError) as info:
        resolution.resolve_bracket(
            desk,
            cid,
            "en",
            5,
            0,
            expected_en_head=done.clause.en_version_id,
            expected_ja_head=done.clause.ja_version_id,
        )
    assert info.value.code == "no_bracket"
