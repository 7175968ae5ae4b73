"""Confirming a Japanese text as the translation of the current English."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from meetingdesk.model import AuditEvent, ClauseVersion
from meetingdesk.services import drafting as dr
from meetingdesk.services.base import ConflictError, FrozenError, ValidationError
from meetingdesk.services.drafting import compare
from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.meetings import create_meeting


def version_count(desk) -> int:
    with desk.read() as s:
        return s.scalar(select(func.count()).select_from(ClauseVersion))


def snap(desk, doc_id, cid):
    with desk.read() as s:
        return docs.clause_snaps(s, doc_id, only={cid})[0]


@pytest.fixture
def world(desk):
    m = create_meeting(
        desk, title_en="ICT", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
    )
    doc = docs.add_document(desk, m.id, short_name="decl", title_en="Declaration")
    cid = docs.add_clause(
        desk, doc.id, text_en="We promote access.", text_ja="我々はアクセスを推進する。"
    )
    first = snap(desk, doc.id, cid)
    # The English moves on; the Japanese is now stale.
    edited = docs.save_text(
        desk, cid, "en", "We promote affordable access.", expected_head=first.en_version_id
    )
    assert edited.ja_stale
    return doc, cid, first, edited


def test_confirm_makes_a_new_identical_version_from_the_current_english(desk, world):
    doc, cid, first, edited = world
    before = version_count(desk)
    done = dr.confirm_translation(desk, cid, expected_head=edited.ja_version_id)
    assert not done.ja_stale
    assert done.text_ja == first.text_ja and done.text_en == edited.text_en
    assert done.ja_version_id != first.ja_version_id
    assert version_count(desk) == before + 1
    newest = dr.history(desk, cid, "ja")[0]
    assert newest.is_head and newest.text == first.text_ja
    assert newest.parent_id == first.ja_version_id
    assert newest.translated_from_id == edited.en_version_id
    assert "confirmed" in newest.note
    with desk.read() as s:
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "clause.confirm_translation")
        ).one()
    assert event.entity_uuid == done.uuid
    assert json.loads(event.details)["lang"] == "ja"
    assert compare.stale_translations(desk, doc.id) == []
    # the blame of the Japanese still credits the words to the version that wrote them
    blame = compare.blame_clause(desk, cid, "ja")
    assert {span.version_id for span in blame.spans} == {first.ja_version_id}


def test_confirm_when_already_current_writes_nothing(desk, world):
    _doc, cid, _first, edited = world
    done = dr.confirm_translation(desk, cid, expected_head=edited.ja_version_id)
    before = version_count(desk)
    again = dr.confirm_translation(desk, cid, expected_head=done.ja_version_id)
    assert again == done and version_count(desk) == before


def test_stale_confirmation_is_a_conflict_and_changes_nothing(desk, world):
    doc, cid, first, edited = world
    before = version_count(desk)
    # someone saved a new Japanese text meanwhile
    newer = docs.save_text(
        desk, cid, "ja", "我々は安価なアクセスを推進する。", expected_head=edited.ja_version_id
    )
    with pytest.raises(ConflictError, match="Japanese text"):
        dr.confirm_translation(desk, cid, expected_head=edited.ja_version_id)
    assert version_count(desk) == before + 1
    # the English moved on since the translator compared the two
    moved = docs.save_text(
        desk, cid, "en", "We promote universal access.", expected_head=newer.en_version_id
    )
    with pytest.raises(ConflictError, match="English text"):
        dr.confirm_translation(
            desk, cid, expected_head=moved.ja_version_id, expected_en_head=newer.en_version_id
        )
    assert snap(desk, doc.id, cid).ja_stale and version_count(desk) == before + 2
    ok = dr.confirm_translation(
        desk, cid, expected_head=moved.ja_version_id, expected_en_head=moved.en_version_id
    )
    assert not ok.ja_stale and ok.text_ja == newer.text_ja


def test_refused_without_japanese_deleted_or_adopted(desk, world):
    doc, cid, _first, edited = world
    lone = docs.add_clause(desk, doc.id, text_en="We act.")
    with pytest.raises(ValidationError, match="no Japanese text"):
        dr.confirm_translation(desk, lone, expected_head=None)
    dr.delete_clause(desk, lone, expected_version=None)
    with pytest.raises(FrozenError, match="deleted"):
        dr.confirm_translation(desk, lone, expected_head=None)
    with pytest.raises(dr.AdoptionRefused, match="Japanese text out of date"):
        dr.adopt_document(desk, doc.id)
    dr.adopt_document(desk, doc.id, override="the stale Japanese is corrected at signature")
    before = version_count(desk)
    with pytest.raises(FrozenError, match="adopted"):
        dr.confirm_translation(desk, cid, expected_head=edited.ja_version_id)
    assert version_count(desk) == before


def test_undoing_the_english_edit_clears_the_stale_mark(desk, world):
    """Back to the wording the Japanese was translated from: not stale, on both engines."""
    doc, cid, first, edited = world
    undone = dr.restore_version(desk, cid, first.en_version_id, expected_head=edited.en_version_id)
    assert undone.en_version_id not in (first.en_version_id, edited.en_version_id)
    assert undone.text_en == first.text_en
    assert not undone.ja_stale
    assert not snap(desk, doc.id, cid).ja_stale
    assert compare.stale_translations(desk, doc.id) == []
    # and a further change of the English makes it stale again
    again = docs.save_text(
        desk, cid, "en", "We promote open access.", expected_head=undone.en_version_id
    )
    assert again.ja_stale
