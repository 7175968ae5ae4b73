"""Drafting services: structure, versions and undo, statuses, ad ref, silence, adoption."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from meetingdesk.model import ClauseVersion
from meetingdesk.services import drafting as dr
from meetingdesk.services.base import ConflictError, FrozenError, ValidationError
from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.logistics.delegations import add_delegation
from meetingdesk.services.meetings import create_meeting

CODES = ("JPN", "USA", "FRA", "DEU", "GBR", "CAN", "ITA")


def make_world(desk):
    """A meeting with six delegations and an empty declaration."""
    m = create_meeting(
        desk,
        title_en="ICT Ministers",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
    )
    for code in CODES:
        add_delegation(desk, m.id, code=code, name_en=f"Delegation {code}")
    doc = docs.add_document(desk, m.id, short_name="decl", title_en="Declaration")
    return m, doc


def clauses(desk, doc_id):
    with desk.read() as s:
        return docs.clause_snaps(s, doc_id)


def one(desk, doc_id, cid):
    return next(c for c in clauses(desk, doc_id) if c.id == cid)


def version_count(desk) -> int:
    with desk.read() as s:
        return s.scalar(select(func.count()).select_from(ClauseVersion))


@pytest.fixture
def world(desk):
    m, doc = make_world(desk)
    ids = [
        docs.add_clause(desk, doc.id, kind="preambular", text_en="Recalling our work."),
        docs.add_clause(desk, doc.id, text_en="We promote access."),
        docs.add_clause(desk, doc.id, text_en="We support research."),
        docs.add_clause(desk, doc.id, text_en="We protect privacy."),
    ]
    return m, doc, ids


def test_move_delete_restore_renumber(desk, world):
    _m, doc, (pre, a, b, c) = world
    assert [x.number for x in clauses(desk, doc.id)] == ["", "1.", "2.", "3."]
    other_version = one(desk, doc.id, b).row_version
    moved = dr.move_clause(
        desk, c, after_clause_id=pre, expected_version=one(desk, doc.id, c).row_version
    )
    assert moved.number == "1."
    assert [x.id for x in clauses(desk, doc.id)] == [pre, c, a, b]
    # neighbours keep their row version: no spurious conflicts for others
    assert one(desk, doc.id, b).row_version == other_version
    with pytest.raises(ConflictError):
        dr.move_clause(desk, c, after_clause_id=None, expected_version=moved.row_version - 1)
    dr.move_clause(desk, c, after_clause_id=None, expected_version=moved.row_version)
    assert [x.id for x in clauses(desk, doc.id)] == [c, pre, a, b]

    gone = dr.delete_clause(desk, a, expected_version=one(desk, doc.id, a).row_version)
    assert gone.status == "deleted" and gone.number == ""
    live = [x for x in clauses(desk, doc.id) if x.status != "deleted"]
    assert [x.number for x in live] == ["1.", "", "2."]
    assert len(clauses(desk, doc.id)) == 4  # a tombstone, never a row removal
    with pytest.raises(FrozenError):
        docs.save_text(desk, a, "en", "Edited.", expected_head=gone.en_version_id)
    back = dr.restore_clause(desk, a, expected_version=gone.row_version)
    assert back.status == "draft" and back.number == "2."
    changes = [(x.from_status, x.to_status) for x in dr.status_history(desk, a)]
    assert changes == [("draft", "deleted"), ("deleted", "draft")]


def test_history_restore_version_is_new_version(desk, world):
    _m, doc, (_pre, a, _b, _c) = world
    first = one(desk, doc.id, a)
    second = docs.save_text(
        desk, a, "en", "We promote open access.", expected_head=first.en_version_id, note="open"
    )
    hist = dr.history(desk, a, "en")
    assert [v.text for v in hist] == ["We promote open access.", "We promote access."]
    assert hist[0].is_head and hist[0].parent_id == hist[1].id and hist[0].note == "open"
    # undo: a NEW version with the old text
    undone = dr.restore_version(desk, a, first.en_version_id, second.en_version_id)
    assert undone.text_en == "We promote access."
    assert undone.en_version_id not in (first.en_version_id, second.en_version_id)
    # redo
    redone = dr.restore_version(desk, a, second.en_version_id, undone.en_version_id)
    assert redone.text_en == "We promote open access."
    assert len(dr.history(desk, a, "en")) == 4
    # stale undo from another window
    before = version_count(desk)
    with pytest.raises(ConflictError):
        dr.restore_version(desk, a, first.en_version_id, undone.en_version_id)
    assert version_count(desk) == before


def test_stale_save_refused_and_nothing_changed(desk, world):
    _m, doc, (_pre, a, _b, _c) = world
    start = one(desk, doc.id, a)
    docs.save_text(desk, a, "en", "We promote wide access.", expected_head=start.en_version_id)
    before = version_count(desk)
    with pytest.raises(ConflictError):
        docs.save_text(desk, a, "en", "We promote no access.", expected_head=start.en_version_id)
    assert version_count(desk) == before
    assert one(desk, doc.id, a).text_en == "We promote wide access."


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "empty"),
        ("x" * (docs.MAX_CLAUSE_CHARS + 1), "at most"),
        ("We [shall / should act.", "character 4"),
        ("We shall] act.", "character 9"),
    ],
)
def test_bad_text_refused(desk, world, text, needle):
    _m, doc, (_pre, a, _b, _c) = world
    head = one(desk, doc.id, a).en_version_id
    before = version_count(desk)
    with pytest.raises(ValidationError, match=needle):
        docs.save_text(desk, a, "en", text, expected_head=head)
    assert version_count(desk) == before


def test_status_brackets_and_ad_ref(desk, world):
    _m, doc, (_pre, a, b, _c) = world
    head = one(desk, doc.id, a).en_version_id
    snap = docs.save_text(
        desk, a, "en", "We [shall / should] promote [open] access.", expected_head=head
    )
    assert snap.status == "bracketed" and snap.open_brackets == 2
    assert [(x.clause_id, x.en) for x in dr.bracket_counts(desk, doc.id)] == [(a, 2)]
    with pytest.raises(ValidationError, match="2 open brackets"):
        dr.set_status(desk, a, "agreed", expected_version=snap.row_version)
    with pytest.raises(ValidationError, match="delegations"):
        dr.set_status(desk, b, "ad_ref", expected_version=one(desk, doc.id, b).row_version)
    ref = dr.set_status(
        desk,
        b,
        "ad_ref",
        expected_version=one(desk, doc.id, b).row_version,
        ad_ref_codes=("deu", "USA"),
        note="capitals to confirm",
    )
    assert ref.status == "ad_ref" and ref.ad_ref == ("DEU", "USA")
    with pytest.raises(ConflictError):
        dr.set_status(desk, b, "draft", expected_version=ref.row_version - 1)
    with pytest.raises(ValidationError, match="no ad ref pending for FRA"):
        dr.lift_ad_ref(desk, b, "FRA")
    part = dr.lift_ad_ref(desk, b, "USA")
    assert part.status == "ad_ref" and part.ad_ref == ("DEU",)
    done = dr.lift_ad_ref(desk, b, "DEU")
    assert done.status == "agreed" and done.ad_ref == ()
    hist = dr.status_history(desk, b)
    assert [h.to_status for h in hist] == ["ad_ref", "ad_ref", "agreed"]
    assert hist[0].ad_ref == ("DEU", "USA") and hist[0].note == "capitals to confirm"
    assert all(h.user_login == desk.user_login for h in hist)
    with pytest.raises(ValidationError, match="not one of"):
        dr.set_status(desk, b, "finished", expected_version=done.row_version)


def test_silence_procedure(desk, world):
    _m, doc, _ids = world
    deadline = datetime.now(UTC) + timedelta(days=2)
    with pytest.raises(ValidationError, match="time zone"):
        dr.set_silence(desk, doc.id, deadline.replace(tzinfo=None), "Asia/Tokyo")
    with pytest.raises(ValidationError, match="unknown time zone"):
        dr.set_silence(desk, doc.id, deadline, "Mars/Olympus")
    state = dr.set_silence(desk, doc.id, deadline, "Asia/Tokyo")
    assert state.deadline == deadline and str(state.deadline.tzinfo) == "Asia/Tokyo"
    assert not state.broken and not state.expired
    late = dr.record_objection(desk, doc.id, "fra", deadline + timedelta(hours=1), "too late")
    assert not late.broken and late.objections[0].late
    assert dr.silence_state(desk, doc.id, now=deadline + timedelta(minutes=1)).passed
    broke = dr.record_objection(desk, doc.id, "USA", deadline - timedelta(hours=1), "para 2")
    assert broke.broken
    assert [o.delegation_code for o in broke.objections] == ["USA", "FRA"]
    with pytest.raises(ValidationError, match="predates the silence procedure"):
        dr.record_objection(desk, doc.id, "ITA", datetime.now(UTC) - timedelta(days=1))
    assert len(dr.silence_state(desk, doc.id).objections) == 2


def test_adoption_freezes_everything(desk, world):
    _m, doc, (pre, a, b, c) = world
    head = one(desk, doc.id, a).en_version_id
    docs.save_text(desk, a, "en", "We [shall] promote access.", expected_head=head)
    with pytest.raises(ValidationError, match="open bracket"):
        dr.adopt_document(desk, doc.id)
    snap = one(desk, doc.id, a)
    docs.save_text(desk, a, "en", "We shall promote access.", expected_head=snap.en_version_id)
    dr.set_status(
        desk, b, "ad_ref", expected_version=one(desk, doc.id, b).row_version, ad_ref_codes=["CAN"]
    )
    with pytest.raises(ValidationError, match="ad ref pending.*CAN"):
        dr.adopt_document(desk, doc.id)
    dr.lift_ad_ref(desk, b, "CAN")
    rev1 = docs.freeze_revision(desk, doc.id, kind="chair")
    with pytest.raises(dr.AdoptionRefused, match="Japanese text missing in 4 clause"):
        dr.adopt_document(desk, doc.id, note="adopted in plenary")
    adopted = dr.adopt_document(
        desk, doc.id, note="adopted in plenary", override="English only for this test"
    )
    assert adopted.status == "adopted" and adopted.adopted_at is not None
    assert adopted.revision_labels == (rev1.label, "Adopted")
    frozen = docs.document_text(desk, doc.id, revision_label="Adopted")
    assert docs.text_hash(frozen.clauses) == adopted.adopted_hash
    assert all(x.status == "agreed" for x in frozen.clauses)
    live = one(desk, doc.id, c)
    for attempt in (
        lambda: docs.save_text(desk, c, "en", "Changed.", expected_head=live.en_version_id),
        lambda: docs.add_clause(desk, doc.id, text_en="Another."),
        lambda: dr.move_clause(desk, c, after_clause_id=None, expected_version=live.row_version),
        lambda: dr.delete_clause(desk, c, expected_version=live.row_version),
        lambda: dr.set_status(desk, c, "draft", expected_version=live.row_version),
        lambda: docs.freeze_revision(desk, doc.id),
        lambda: dr.adopt_document(desk, doc.id),
    ):
        with pytest.raises(FrozenError, match="adopted"):
            attempt()
    assert one(desk, doc.id, c).text_en == "We protect privacy."


def test_adoption_waits_for_silence(desk, world):
    _m, doc, _ids = world
    deadline = datetime.now(UTC) + timedelta(days=1)
    dr.set_silence(desk, doc.id, deadline, "Europe/Paris")
    with pytest.raises(ValidationError, match="runs until"):
        dr.adopt_document(desk, doc.id)
    dr.record_objection(desk, doc.id, "DEU", deadline - timedelta(hours=3))
    with pytest.raises(ValidationError, match="broken by DEU"):
        dr.adopt_document(desk, doc.id, now=deadline + timedelta(hours=1))


def test_revision_is_immutable_and_reproducible(desk, world):
    _m, doc, (_pre, a, _b, c) = world
    rev = docs.freeze_revision(desk, doc.id, kind="compilation", note="after round 1")
    assert rev.label == "Rev.1" and rev.kind == "compilation"
    assert docs.revision_kind_label("compilation", "ja") == "編纂テキスト"
    before = docs.document_text(desk, doc.id, revision_label="Rev.1")
    docs.save_text(
        desk,
        a,
        "en",
        "We promote universal access.",
        expected_head=one(desk, doc.id, a).en_version_id,
    )
    dr.delete_clause(desk, c, expected_version=one(desk, doc.id, c).row_version)
    after = docs.document_text(desk, doc.id, revision_label="Rev.1")
    assert after.clauses == before.clauses
    assert docs.text_hash(after.clauses) == rev.content_hash
    assert docs.verify_revision(desk, doc.id, "Rev.1")
    assert docs.list_documents(desk, _m.id)[0].status == "negotiation"
    with pytest.raises(ValidationError, match="revision kind"):
        docs.freeze_revision(desk, doc.id, kind="adopted")
    with pytest.raises(ValidationError, match="already has a revision Rev.1"):
        docs.freeze_revision(desk, doc.id, label="Rev.1")


def test_clause_history_gathers_everything(desk, world):
    _m, doc, (_pre, a, _b, _c) = world
    docs.save_text(desk, a, "ja", "アクセスを促進する。", expected_head=None)
    h = dr.clause_history(desk, a)
    assert h.number == "1." and len(h.en) == 1 and len(h.ja) == 1
    assert h.ja[0].translated_from_id == h.en[0].id


def test_demo_negotiation(demo_desk):
    from meetingdesk.services.drafting import compare, proposals
    from meetingdesk.services.meetings import list_meetings

    m = list_meetings(demo_desk)[0]
    doc = docs.find_document(demo_desk, m.id, "declaration")
    revs = {r.label: r.kind for r in docs.list_revisions(demo_desk, doc.id)}
    assert revs["Rev.1"] == "compilation" and revs["Rev.2"] == "chair"
    text = docs.document_text(demo_desk, doc.id)
    rev2 = docs.document_text(demo_desk, doc.id, "Rev.2")
    assert any("[shall {JPN, EU} / should {USA, GBR}]" in c.text_en for c in rev2.clauses)
    # resolved in the room after Rev.2: "should" kept in both languages
    nine = next(c for c in text.clauses if c.number == "9.")
    assert nine.text_en.startswith("We should support") and "[" not in nine.text_ja
    assert any(c.number == "8bis." for c in rev2.clauses)
    assert [c.ad_ref for c in text.clauses if c.status == "ad_ref"] == [("CAN",)]
    assert len(compare.stale_translations(demo_desk, doc.id)) == 1
    statuses = {p.status for p in proposals.list_proposals(demo_desk, doc.id)}
    assert {"accepted", "incorporated", "rejected", "withdrawn", "open"} <= statuses
    red = compare.compare_revisions(demo_desk, doc.id, "Rev.1", "Rev.2")
    assert red.count("changed") >= 2


def test_default_label_ignores_named_revisions(desk, world):
    _m, doc, _ids = world
    docs.freeze_revision(desk, doc.id, kind="zero", label="Zero draft")
    assert docs.freeze_revision(desk, doc.id).label == "Rev.1"
    assert docs.freeze_revision(desk, doc.id, kind="clean").label == "Rev.2"
