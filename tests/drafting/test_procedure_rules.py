"""Procedure by the rules (issue 14), on SQLite and PostgreSQL: silence bound to the
circulated text, adoption that lists every reason it refuses, the override, lapsed
proposals, and the same steps from the command line."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from meetingdesk.model import AuditEvent, Document, Proposal
from meetingdesk.services import drafting as dr
from meetingdesk.services.base import FrozenError, NotFound, ValidationError
from meetingdesk.services.drafting import comments, proposals
from meetingdesk.services.drafting import documents as docs

from .test_drafting_core import clauses, make_world, one


@pytest.fixture
def world(desk):
    m, doc = make_world(desk)
    ids = [
        docs.add_clause(desk, doc.id, text_en="We promote access."),
        docs.add_clause(desk, doc.id, text_en="We support research."),
        docs.add_clause(desk, doc.id, text_en="We protect privacy."),
    ]
    return m, doc, ids


def translate_all(desk, doc_id):
    for c in clauses(desk, doc_id):
        if not c.text_ja:
            docs.save_text(
                desk,
                c.id,
                "ja",
                f"訳{c.id}。",
                expected_head=c.ja_version_id,
                translated_from_id=c.en_version_id,
            )


def audit_count(desk) -> int:
    with desk.read() as s:
        return len(s.scalars(select(AuditEvent.id)).all())


def test_edit_under_silence_refused_objection_breaks_it(desk, world):
    _m, doc, (a, b, _c) = world
    deadline = datetime(2099, 4, 30, 3, 0, tzinfo=UTC)
    state = dr.set_silence(desk, doc.id, deadline, "Asia/Tokyo")
    assert state.active and not state.broken
    labels = docs.find_document(desk, _m.id, "decl").revision_labels
    assert labels == ("Rev.1",)  # the circulated text was frozen
    snap = one(desk, doc.id, a)
    with pytest.raises(FrozenError, match=r"under silence until 2099-04-30 12:00 \(Asia/Tokyo\)"):
        docs.save_text(desk, a, "en", "Changed.", expected_head=snap.en_version_id)
    with pytest.raises(FrozenError, match="break or withdraw the procedure first"):
        docs.add_clause(desk, doc.id, text_en="Another.")
    with pytest.raises(FrozenError, match="under silence"):
        proposals.propose(
            desk, doc.id, delegation_code="USA", kind="replace", clause_id=b, text="X"
        )
    assert one(desk, doc.id, a).text_en == "We promote access."
    # a second start is refused while this one binds
    with pytest.raises(ValidationError, match="already under silence"):
        dr.set_silence(desk, doc.id, deadline + timedelta(days=1), "Asia/Tokyo")
    before = audit_count(desk)
    with pytest.raises(NotFound, match="no delegation with code 'XXX'"):
        dr.record_objection(desk, doc.id, "XXX", datetime.now(UTC))
    assert audit_count(desk) == before
    broke = dr.record_objection(desk, doc.id, "CAN", datetime.now(UTC), "para 2")
    assert broke.broken
    saved = docs.save_text(desk, a, "en", "Changed.", expected_head=snap.en_version_id)
    assert saved.text_en == "Changed."


def test_withdraw_recorded_and_silence_held_adopts_that_revision(desk, world):
    _m, doc, (a, _b, _c) = world
    translate_all(desk, doc.id)
    deadline = datetime.now(UTC) + timedelta(hours=2)
    dr.set_silence(desk, doc.id, deadline, "Asia/Tokyo")
    dr.withdraw_silence(desk, doc.id, note="new text coming")
    with desk.read() as s:
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert actions[-1] == "document.silence_withdraw"
    assert not dr.silence_state(desk, doc.id).active
    snap = one(desk, doc.id, a)
    docs.save_text(desk, a, "en", "We promote universal access.", expected_head=snap.en_version_id)
    translate_all(desk, doc.id)
    snap = one(desk, doc.id, a)
    docs.save_text(
        desk,
        a,
        "ja",
        "普遍的なアクセスを促進する。",
        expected_head=snap.ja_version_id,
        translated_from_id=snap.en_version_id,
    )
    dr.set_silence(desk, doc.id, deadline, "Asia/Tokyo")
    assert dr.circulated_label(desk, doc.id) == "Rev.2"
    with pytest.raises(ValidationError, match="runs until"):
        dr.adopt_document(desk, doc.id)
    adopted = dr.adopt_document(desk, doc.id, now=deadline + timedelta(minutes=5))
    assert adopted.status == "adopted"
    rev2 = docs.document_text(desk, doc.id, revision_label="Rev.2")
    final = docs.document_text(desk, doc.id, revision_label="Adopted")
    assert [c.text_en for c in final.clauses] == [c.text_en for c in rev2.clauses]


def test_adoption_lists_each_reason_and_override(desk, world):
    _m, doc, (a, b, c) = world
    translate_all(desk, doc.id)
    # stale Japanese on a, missing Japanese on a new clause, an open proposal on b,
    # an unresolved comment on c
    snap = one(desk, doc.id, a)
    docs.save_text(desk, a, "en", "We promote open access.", expected_head=snap.en_version_id)
    d = docs.add_clause(desk, doc.id, text_en="We meet again.")
    p = proposals.propose(
        desk, doc.id, delegation_code="USA", kind="replace", clause_id=b, text="Y"
    )
    comments.add_comment(desk, c, "Check the Japanese term.")
    with pytest.raises(dr.AdoptionRefused) as info:
        dr.adopt_document(desk, doc.id)
    by_code = {r.code: r for r in info.value.reasons}
    assert set(by_code) == {"japanese_missing", "japanese_stale", "open_proposals", "open_comments"}
    assert by_code["japanese_missing"].clauses == (clause_label(desk, doc.id, d),)
    assert by_code["japanese_stale"].clauses == (clause_label(desk, doc.id, a),)
    assert by_code["open_proposals"].clauses == (clause_label(desk, doc.id, b),)
    assert by_code["open_comments"].clauses == (clause_label(desk, doc.id, c),)
    assert all(r.overridable for r in info.value.reasons)
    # an override without a reason: refused, nothing written
    before = audit_count(desk)
    for blank in ("", "   "):
        with pytest.raises(ValidationError, match="override needs a reason"):
            dr.adopt_document(desk, doc.id, override=blank)
    assert audit_count(desk) == before
    # brackets and ad ref cannot be overridden
    snap = one(desk, doc.id, d)
    docs.save_text(desk, d, "en", "We meet [again] next year.", expected_head=snap.en_version_id)
    with pytest.raises(dr.AdoptionRefused) as info:
        dr.adopt_document(desk, doc.id, override="ministers agreed orally")
    assert [r.code for r in info.value.reasons] == ["brackets"]
    assert docs.find_document(desk, _m.id, "decl").status != "adopted"
    snap = one(desk, doc.id, d)
    docs.save_text(desk, d, "en", "We meet next year.", expected_head=snap.en_version_id)
    adopted = dr.adopt_document(desk, doc.id, override="ministers agreed orally")
    assert adopted.status == "adopted"
    with desk.read() as s:
        lapsed = s.get(Proposal, p.id)
        assert lapsed.status == "lapsed"
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.entity_uuid == str(lapsed.uuid))
        ).all()
        assert events[-1].summary == "lapsed on adoption"
        overrides = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.adopt_override")
        ).all()
        assert len(overrides) == 1
        assert json.loads(overrides[0].details)["reason"] == "ministers agreed orally"
    assert [x.status for x in proposals.list_proposals(desk, doc.id)] == ["lapsed"]


def clause_label(desk, doc_id, cid) -> str:
    return dr.clause_label(one(desk, doc_id, cid))


def test_broken_silence_blocks_adoption_even_with_override(desk, world):
    _m, doc, _ids = world
    translate_all(desk, doc.id)
    deadline = datetime.now(UTC) + timedelta(days=1)
    dr.set_silence(desk, doc.id, deadline, "Europe/Paris")
    dr.record_objection(desk, doc.id, "DEU", datetime.now(UTC))
    with pytest.raises(dr.AdoptionRefused, match="broken by DEU"):
        dr.adopt_document(desk, doc.id, override="anyway", now=deadline + timedelta(hours=1))


def test_deadline_in_dst_gap_or_past_refused(desk, world):
    _m, doc, _ids = world
    with pytest.raises(ValidationError, match="daylight-saving"):
        dr.local_deadline("2016-03-27 02:30", "Europe/Paris")
    with pytest.raises(ValidationError, match="daylight-saving"):
        dr.local_deadline("2016-10-30 02:30", "Europe/Paris")
    with pytest.raises(ValidationError, match="expected a date and time"):
        dr.local_deadline("30 April", "Asia/Tokyo")
    assert dr.local_deadline("2016-04-30 12:00", "Asia/Tokyo") == datetime(
        2016, 4, 30, 3, 0, tzinfo=UTC
    )
    before = audit_count(desk)
    with pytest.raises(ValidationError, match="already passed"):
        dr.set_silence(desk, doc.id, dr.local_deadline("2016-04-30 12:00", "Asia/Tokyo"), "UTC")
    assert audit_count(desk) == before
    with desk.read() as s:
        assert s.get(Document, doc.id).silence_deadline is None
