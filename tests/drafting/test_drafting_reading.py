"""Reading documents fast and exactly: single-clause reads, first pages of long documents,
and the old import paths after the module split."""

from __future__ import annotations

from datetime import date

import pytest

from meetingdesk.services import drafting as dr
from meetingdesk.services.base import NotFound, ValidationError
from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.drafting import reading, revisions, status
from meetingdesk.services.logistics.delegations import add_delegation
from meetingdesk.services.meetings import create_meeting


def _long_document(desk, n=12):
    m = create_meeting(
        desk,
        title_en="ICT Ministers",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
    )
    for code in ("USA", "FRA"):
        add_delegation(desk, m.id, code=code, name_en=f"Delegation {code}")
    doc = docs.add_document(desk, m.id, short_name="decl", title_en="Declaration")
    ids = [docs.add_clause(desk, doc.id, kind="heading", text_en="Title", text_ja="表題")]
    for i in range(n):
        body = f"We [shall / should] act on item {i}." if i % 3 == 0 else f"We act on item {i}."
        ids.append(
            docs.add_clause(desk, doc.id, text_en=body, text_ja=f"項目{i}について行動する。")
        )
    return m, doc, ids


def test_single_clause_read_matches_whole_document(desk):
    _m, doc, ids = _long_document(desk)
    dr.delete_clause(desk, ids[2], expected_version=None)
    dr.set_status(desk, ids[3], "ad_ref", expected_version=None, ad_ref_codes=["usa", "FRA"])
    with desk.read() as s:
        whole = {c.id: c for c in docs.clause_snaps(s, doc.id)}
        for cid in (ids[0], ids[2], ids[3], ids[-1]):
            assert docs.clause_snaps(s, doc.id, only={cid}) == [whole[cid]]
    assert whole[ids[3]].ad_ref == ("FRA", "USA")
    assert whole[ids[2]].number == "" and whole[ids[3]].number == "2."
    assert whole[ids[1]].open_brackets == 1 and whole[ids[1]].text_ja.startswith("項目0")


def test_document_page_is_a_window_of_document_text(desk):
    _m, doc, ids = _long_document(desk)
    dr.delete_clause(desk, ids[4], expected_version=None)
    full = docs.document_text(desk, doc.id)
    assert len(full.clauses) == 12
    first = docs.document_page(desk, doc.id, limit=5)
    assert first.clauses == full.clauses[:5]
    assert first.document.clause_count == 12 == full.document.clause_count
    rest = docs.document_page(desk, doc.id, offset=5, limit=100)
    assert first.clauses + rest.clauses == full.clauses
    assert docs.document_page(desk, doc.id, offset=40).clauses == ()

    docs.freeze_revision(desk, doc.id)
    frozen = docs.document_text(desk, doc.id, "Rev.1")
    page = docs.document_page(desk, doc.id, offset=3, limit=4, revision_label="Rev.1")
    assert page.clauses == frozen.clauses[3:7]
    assert page.document.clause_count == 12 and page.revision_label == "Rev.1"
    with pytest.raises(NotFound, match="Rev.9"):
        docs.document_page(desk, doc.id, revision_label="Rev.9")
    with pytest.raises(ValidationError, match="offset"):
        docs.document_page(desk, doc.id, limit=0)


def test_old_import_paths_still_work():
    assert docs.freeze_revision is revisions.freeze_revision
    assert docs.document_text is reading.document_text
    assert docs.revision_kind_label("chair", "ja") == "議長テキスト"
    assert dr.set_status is status.set_status
    assert dr.adopt_document is status.adopt_document
    assert dr.delegation_codes is reading.delegation_codes
    for name in ("check_text", "clause_snaps", "revision_clauses", "text_hash", "freeze_in"):
        assert callable(getattr(docs, name))
    for name in ("silence_state", "record_objection", "bracket_counts", "restore_clause"):
        assert callable(getattr(dr, name))


def test_document_clauses_with_and_without_deleted(desk):
    _m, doc, ids = _long_document(desk, n=4)
    dr.delete_clause(desk, ids[2], expected_version=None, note="duplicate")
    live = reading.document_clauses(desk, doc.id)
    assert [c.id for c in live] == [ids[0], ids[1], ids[3], ids[4]]
    assert live == docs.document_text(desk, doc.id).clauses
    everything = reading.document_clauses(desk, doc.id, include_deleted=True)
    assert [c.id for c in everything] == ids  # the tombstone keeps its place
    gone = everything[2]
    assert gone.status == "deleted" and gone.number == ""
    assert gone.text_en == "We act on item 1."  # its text is still there
    assert [c.number for c in everything if c.kind == "operative"] == ["1.", "", "2.", "3."]
    dr.restore_clause(desk, ids[2], expected_version=gone.row_version)
    assert len(reading.document_clauses(desk, doc.id)) == 5
    with pytest.raises(NotFound, match="document 9999"):
        reading.document_clauses(desk, 9999)


def test_clause_location(desk):
    _m, doc, ids = _long_document(desk, n=3)
    other = docs.add_document(desk, _m.id, short_name="charter", title_en="Charter")
    elsewhere = docs.add_clause(desk, other.id, text_en="A charter clause.")
    assert reading.clause_location(desk, ids[2]) == (doc.id, 3)  # 1-based, as ClauseSnap
    assert reading.clause_location(desk, elsewhere) == (other.id, 1)
    dr.delete_clause(desk, ids[2], expected_version=None)
    assert reading.clause_location(desk, ids[2])[0] == doc.id  # deleted clauses too
    dr.move_clause(desk, ids[3], after_clause_id=None, expected_version=None)
    assert reading.clause_location(desk, ids[3]) == (doc.id, 1)
    with pytest.raises(NotFound, match="clause 424242"):
        reading.clause_location(desk, 424242)
