"""Redlines between revisions and versions, blame, stale translations, overview figures."""

from __future__ import annotations

from datetime import date

import pytest

from meetingdesk.services import drafting as dr
from meetingdesk.services.base import NotFound, ValidationError
from meetingdesk.services.drafting import compare as cp
from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.drafting import negotiation as neg
from meetingdesk.services.drafting import proposals as pr
from meetingdesk.services.drafting import structure
from meetingdesk.services.logistics.delegations import add_delegation
from meetingdesk.services.meetings import create_meeting
from meetingdesk.text.diff import DiffOp, apply_diff


@pytest.fixture
def world(desk):
    m = create_meeting(
        desk, title_en="ICT", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
    )
    for code in ("JPN", "USA", "FRA", "DEU"):
        add_delegation(desk, m.id, code=code)
    doc = docs.add_document(desk, m.id, short_name="decl", title_en="Declaration")
    ids = [docs.add_clause(desk, doc.id, text_en=f"Paragraph {w} text.") for w in "ABCDE"]
    return m, doc, ids


def snap(desk, doc_id, cid):
    with desk.read() as s:
        return docs.clause_snaps(s, doc_id, only={cid})[0]


def test_compare_revisions_added_deleted_moved_edited(desk, world):
    _m, doc, (a, b, c, d, e) = world
    # numbers follow the order at once here (a "bis" document keeps them within the round)
    structure.set_numbering(desk, doc.id, "renumber", expected_version=None)
    docs.freeze_revision(desk, doc.id, kind="zero")
    docs.save_text(
        desk, b, "en", "Paragraph B new text.", expected_head=snap(desk, doc.id, b).en_version_id
    )
    dr.delete_clause(desk, c, expected_version=snap(desk, doc.id, c).row_version)
    dr.move_clause(desk, a, after_clause_id=e, expected_version=snap(desk, doc.id, a).row_version)
    f = docs.add_clause(desk, doc.id, text_en="Paragraph F text.", after_clause_id=b)
    docs.freeze_revision(desk, doc.id, kind="compilation")
    red = cp.compare_revisions(desk, doc.id, "Rev.1", "Rev.2")
    kinds = {r.clause_id: r.kind for r in red.changes}
    assert kinds == {
        a: "moved",
        b: "changed",
        c: "deleted",
        d: "unchanged",
        e: "unchanged",
        f: "added",
    }
    rows = {r.clause_id: r for r in red.changes}
    assert (rows[d].old_number, rows[d].new_number, rows[d].renumbered) == ("4.", "3.", True)
    assert (rows[a].old_number, rows[a].new_number) == ("1.", "5.")
    assert rows[c].new_number is None and rows[c].old_status == "draft"
    edits = [(op.kind, op.text) for op in rows[b].ops if op.kind != "equal"]
    assert edits == [("insert", "new ")]
    assert red.count("added") == 1 and red.count("deleted") == 1
    assert (
        apply_diff(rows[b].old_text, [DiffOp(o.kind, o.text) for o in rows[b].ops])
        == rows[b].new_text
    )
    # against the current text
    docs.save_text(
        desk, d, "en", "Paragraph D changed.", expected_head=snap(desk, doc.id, d).en_version_id
    )
    cur = cp.compare_revisions(desk, doc.id, "Rev.2", None)
    assert cur.to_label == "" and {r.clause_id for r in cur.changes if r.kind == "changed"} == {d}
    with pytest.raises(NotFound, match="Rev.9"):
        cp.compare_revisions(desk, doc.id, "Rev.9")


def test_redline_between_frozen_revisions_is_remembered(desk, world):
    _m, doc, (a, b, *_rest) = world
    docs.freeze_revision(desk, doc.id)
    docs.save_text(
        desk, b, "en", "Paragraph B newer text.", expected_head=snap(desk, doc.id, b).en_version_id
    )
    docs.freeze_revision(desk, doc.id)
    cp.clear_redline_cache()
    first = cp.compare_revisions(desk, doc.id, "Rev.1", "Rev.2")
    assert cp.compare_revisions(desk, doc.id, "Rev.1", "Rev.2") is first
    assert cp.compare_revisions(desk, doc.id, "Rev.1", "Rev.2", "ja") is not first
    # later edits change the current text, never a frozen pair
    docs.save_text(
        desk, a, "en", "Paragraph A later.", expected_head=snap(desk, doc.id, a).en_version_id
    )
    assert cp.compare_revisions(desk, doc.id, "Rev.1", "Rev.2") is first
    cp.clear_redline_cache()
    again = cp.compare_revisions(desk, doc.id, "Rev.1", "Rev.2")
    assert again == first and again is not first
    assert {r.clause_id for r in again.changes if r.kind == "changed"} == {b}
    with pytest.raises(NotFound, match="Rev.7"):
        cp.compare_revisions(desk, doc.id, "Rev.1", "Rev.7")


def test_compare_versions_japanese_is_character_level(desk, world):
    _m, doc, (a, *_rest) = world
    one = docs.save_text(desk, a, "ja", "情報の自由な流通を促進する。", expected_head=None)
    two = docs.save_text(
        desk, a, "ja", "情報の自由な流通を推進する。", expected_head=one.ja_version_id
    )
    diff = cp.compare_versions(desk, one.ja_version_id, two.ja_version_id)
    assert [(o.kind, o.text) for o in diff.ops if o.kind != "equal"] == [
        ("delete", "促"),
        ("insert", "推"),
    ]
    with pytest.raises(ValidationError, match="one language"):
        cp.compare_versions(desk, one.en_version_id, two.ja_version_id)


def test_blame_attributes_every_character_once(desk, world):
    _m, doc, (a, *_rest) = world
    did = {}
    with desk.read() as s:
        for code in ("USA", "FRA"):
            did[code] = docs.delegation_id_by_code(s, _m.id, code)
    s0 = snap(desk, doc.id, a)
    s1 = docs.save_text(
        desk,
        a,
        "en",
        "Paragraph A text, with care.",
        expected_head=s0.en_version_id,
        delegation_id=did["USA"],
    )
    s2 = docs.save_text(
        desk,
        a,
        "en",
        "Paragraph A revised text, with care.",
        expected_head=s1.en_version_id,
        delegation_id=did["FRA"],
    )
    s3 = docs.save_text(desk, a, "en", "Paragraph A text.", expected_head=s2.en_version_id)
    # undo back to s2's text: words keep their original delegations
    s4 = dr.restore_version(desk, a, s2.en_version_id, s3.en_version_id)
    bl = cp.blame_clause(desk, a)
    assert "".join(sp.text for sp in bl.spans) == s4.text_en == bl.text
    covered = [i for sp in bl.spans for i in range(sp.start, sp.end)]
    assert covered == list(range(len(bl.text)))
    owner = {sp.text.strip(): sp.delegation_code for sp in bl.spans}
    assert owner.get("revised") == "FRA"
    assert any(sp.delegation_code == "USA" and "care" in sp.text for sp in bl.spans)
    assert bl.spans[0].delegation_code == "" and bl.spans[0].author == desk.user_login


def test_stale_translations(desk, world):
    _m, doc, (a, b, *_rest) = world
    docs.save_text(desk, a, "ja", "段落Aの本文。", expected_head=None)
    docs.save_text(desk, b, "ja", "段落Bの本文。", expected_head=None)
    assert cp.stale_translations(desk, doc.id) == []
    docs.save_text(
        desk, a, "en", "Paragraph A better text.", expected_head=snap(desk, doc.id, a).en_version_id
    )
    stale = cp.stale_translations(desk, doc.id)
    assert [x.clause_id for x in stale] == [a]
    assert stale[0].en_then == "Paragraph A text." and stale[0].en_now == "Paragraph A better text."
    assert snap(desk, doc.id, a).ja_stale and not snap(desk, doc.id, b).ja_stale
    with pytest.raises(ValidationError, match="not an English version"):
        docs.save_text(
            desk,
            b,
            "ja",
            "段落B。",
            expected_head=snap(desk, doc.id, b).ja_version_id,
            translated_from_id=snap(desk, doc.id, a).en_version_id,
        )


def test_overview_figures(desk, world):
    _m, doc, (a, b, c, d, e) = world
    docs.freeze_revision(desk, doc.id, kind="zero")
    docs.save_text(
        desk,
        a,
        "en",
        "Paragraph [A / Alpha] text [now].",
        expected_head=snap(desk, doc.id, a).en_version_id,
    )
    dr.set_status(
        desk, b, "ad_ref", expected_version=snap(desk, doc.id, b).row_version, ad_ref_codes=["DEU"]
    )
    dr.set_status(desk, c, "agreed", expected_version=snap(desk, doc.id, c).row_version)
    dr.delete_clause(desk, e, expected_version=snap(desk, doc.id, e).row_version)
    p = pr.propose(
        desk,
        doc.id,
        delegation_code="USA",
        kind="replace",
        clause_id=d,
        text="Paragraph D text, US.",
    )
    pr.set_position(desk, p.id, delegation_code="FRA", stance="awaiting_instructions")
    pr.set_position(desk, p.id, delegation_code="DEU", stance="oppose")
    docs.freeze_revision(desk, doc.id, kind="chair")
    ov = neg.overview(desk, doc.id)
    assert (
        ov.count("bracketed"),
        ov.count("ad_ref"),
        ov.count("agreed"),
        ov.count("draft"),
        ov.count("deleted"),
    ) == (1, 1, 1, 1, 1)
    assert ov.open_brackets == 2 and [x.clause_id for x in ov.bracketed] == [a]
    stand = {x.code: x for x in ov.delegations}
    assert stand["DEU"].ad_ref_pending == 1 and stand["DEU"].ad_ref_numbers == ("2.",)
    assert (
        stand["DEU"].oppose == 1 and stand["FRA"].awaiting == 1 and stand["USA"].open_proposals == 1
    )
    assert [pt.label for pt in ov.progress] == ["Rev.1", "Rev.2", ""]
    assert ov.progress[0].count("draft") == 5 and ov.progress[0].open_brackets == 0
    assert ov.progress[1].count("agreed") == 1 and ov.progress[1].open_brackets == 2
