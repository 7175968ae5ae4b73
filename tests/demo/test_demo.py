"""The demo meeting and the large generated benchmark meeting, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from meetingdesk.demo.large import generate_large
from meetingdesk.demo.meeting import demo_actions, load_demo, read_demo_data
from meetingdesk.model import (
    AgendaItem,
    AgendaSession,
    AuditEvent,
    Clause,
    ClauseVersion,
    Delegation,
    Document,
    Meeting,
    Participant,
    Revision,
    Room,
)
from meetingdesk.services import meetings
from meetingdesk.services.base import ValidationError, verify_audit_chain
from meetingdesk.services.drafting import documents
from meetingdesk.services.logistics import agenda, delegations, participants
from meetingdesk.text.brackets import validate

pytestmark = pytest.mark.pg

EXPECTED_CLAUSES = {"charter": 9, "declaration": 27, "annex": 20}
MEMBERS = {"JPN", "CAN", "FRA", "DEU", "ITA", "GBR", "USA", "EU"}


@pytest.fixture
def base_demo(desk):
    """The demo meeting at its zero draft, without the negotiation layered on top."""
    return load_demo(desk, negotiation=False)


def _docs(desk, meeting_id):
    return {d.short_name: d for d in documents.list_documents(desk, meeting_id)}


def _clause_ids(desk, meeting_id) -> dict[str, int]:
    """Clause key → id, matching the data files in order (the loader adds them in order)."""
    out = {}
    docs = _docs(desk, meeting_id)
    for doc in read_demo_data()["documents"]:
        text = documents.document_text(desk, docs[doc["document"]["short_name"]].id)
        keys = [c["key"] for c in doc["clauses"]]
        out.update(zip(keys, [c.id for c in text.clauses], strict=True))
    return out


def test_demo_data_is_consistent():
    data = read_demo_data()
    keys = [c["key"] for d in data["documents"] for c in d["clauses"]]
    assert len(keys) == len(set(keys))
    codes = {d["code"] for d in data["delegations"]}
    people = {p["key"] for d in data["delegations"] for p in d["participants"]}
    actions = demo_actions()
    assert len(actions) == 15
    assert {a["owner"] for a in actions} <= MEMBERS
    assert len({a["owner"] for a in actions}) == len(MEMBERS)
    for a in actions:
        assert set(a["partners"]) <= codes
        assert set(a["implements"]) <= set(keys)
        assert a["contact"] in people
        assert a["status"] in ("proposed", "agreed", "in_progress", "done", "dropped")
        assert a["title_en"] and a["title_ja"]
    today = datetime.now(UTC).date()
    overdue = [a for a in actions if a["target"] < today and a["status"] not in ("done", "dropped")]
    assert len(overdue) >= 3


def test_delegations_and_heads(desk, base_demo):
    dels = delegations.list_delegations(desk, base_demo.id)
    assert {d.code for d in dels if d.kind == "member"} == MEMBERS
    assert {d.code for d in dels if d.kind == "organisation"} == {"ITU", "OECD"}
    assert [d.code for d in dels if d.is_host] == ["JPN"]
    for d in dels:
        assert d.head_name, d.code
        assert d.name_en and d.name_fr and d.name_ja and d.reading_ja
        assert 3 <= d.participant_count <= 5, d.code
        people = participants.list_participants(desk, base_demo.id, delegation_id=d.id)
        assert [p.role for p in people].count("head") == 1
        assert all(p.position_en and p.position_ja and p.honorific for p in people)
    japanese = participants.list_participants(
        desk, base_demo.id, delegation_id=next(d.id for d in dels if d.code == "JPN")
    )
    assert all(p.family_name_ja and p.given_name_ja and p.reading_ja for p in japanese)
    minister = next(p for p in japanese if p.role == "head")
    assert minister.position_ja == "総務大臣"
    # arrival 2016-04-28 17:40 in Tokyo is 08:40 UTC
    assert minister.arrival == datetime(2016, 4, 28, 8, 40, tzinfo=UTC)


def test_documents_clauses_and_languages(desk, base_demo):
    docs = _docs(desk, base_demo.id)
    assert {k: d.clause_count for k, d in docs.items()} == EXPECTED_CLAUSES
    assert docs["charter"].kind == "charter"
    assert docs["declaration"].kind == "declaration"
    assert docs["annex"].kind == "annex"
    assert docs["annex"].parent_id == docs["declaration"].id
    for doc in docs.values():
        text = documents.document_text(desk, doc.id)
        for c in text.clauses:
            assert c.text_en.strip() and c.text_ja.strip(), (doc.short_name, c.number)
            assert not c.ja_stale, (doc.short_name, c.number)
            assert c.status == "draft" and c.open_brackets == 0
    decl = documents.document_text(desk, docs["declaration"].id).clauses
    numbers = [c.number for c in decl if c.number]
    assert [n for n in numbers if n[0].isdigit()] == [f"{i}." for i in range(1, 13)]
    assert [n for n in numbers if n.endswith(".") and not n[0].isdigit()] == [
        "i.",
        "ii.",
        "iii.",
        "iv.",
    ]
    assert "(a)" in numbers and "(b)" in numbers
    annex = documents.document_text(desk, docs["annex"].id).clauses
    assert sum(c.kind == "action" for c in annex) == 15
    assert sum(c.kind == "section" for c in annex) == 4


def test_history_and_zero_draft(desk, base_demo):
    docs = _docs(desk, base_demo.id)
    revisions = documents.list_revisions(desk, docs["declaration"].id)
    assert [(r.label, r.kind) for r in revisions] == [("Zero draft", "zero")]
    ids = _clause_ids(desk, base_demo.id)
    zero = {
        c.id: c for c in documents.document_text(desk, docs["declaration"].id, "Zero draft").clauses
    }
    now = {c.id: c for c in documents.document_text(desk, docs["declaration"].id).clauses}
    assert zero[ids["decl-5"]].text_en.startswith("We oppose restrictions")
    assert now[ids["decl-5"]].text_en != zero[ids["decl-5"]].text_en
    assert zero[ids["decl-6"]].text_en == now[ids["decl-6"]].text_en
    assert zero[ids["decl-5"]].text_ja and not zero[ids["decl-5"]].ja_stale
    with desk.read() as s:
        per_clause = dict(
            s.execute(
                select(ClauseVersion.clause_id, func.count())
                .where(ClauseVersion.language == "en")
                .group_by(ClauseVersion.clause_id)
            ).all()
        )
        authors = set(
            s.scalars(
                select(Delegation.code)
                .join(ClauseVersion, ClauseVersion.delegation_id == Delegation.id)
                .where(ClauseVersion.clause_id == ids["decl-5"])
            )
        )
    assert per_clause[ids["decl-5"]] == 3
    assert per_clause[ids["charter-2"]] == 3
    assert per_clause[ids["decl-7"]] == 2
    assert per_clause[ids["decl-6"]] == 1
    assert authors == {"JPN", "USA", "EU"}


def test_agenda_within_meeting_dates(desk, base_demo):
    zone = ZoneInfo("Asia/Tokyo")
    assert base_demo.time_zone == "Asia/Tokyo"
    sessions = agenda.list_sessions(desk, base_demo.id)
    assert {s.kind for s in sessions} >= {
        "plenary",
        "working_session",
        "working_lunch",
        "bilateral",
        "press_conference",
    }
    for s in sessions:
        assert base_demo.start_date <= s.starts_at.astimezone(zone).date() <= base_demo.end_date
        assert base_demo.start_date <= s.ends_at.astimezone(zone).date() <= base_demo.end_date
        assert s.ends_at > s.starts_at
        assert s.chair_name == "Michiko TAKEMURA"
        assert s.room_name
    # opening plenary at 10:00 in Tokyo is 01:00 UTC
    assert sessions[0].starts_at == datetime(2016, 4, 29, 1, 0, tzinfo=UTC)
    docs = {d.id: d.short_name for d in documents.list_documents(desk, base_demo.id)}
    linked = {it.document_id for s in sessions for it in s.items if it.document_id}
    assert {docs[i] for i in linked} == {"charter", "declaration", "annex"}
    assert len(agenda.list_rooms(desk, base_demo.id)) == 3


def test_loading_twice_is_refused_and_changes_nothing(desk, base_demo):
    before = meetings.counts(desk)
    with pytest.raises(ValidationError, match="already in this database"):
        load_demo(desk)
    assert meetings.counts(desk) == before


def test_every_write_is_audited(desk, base_demo):
    with desk.read() as s:
        assert verify_audit_chain(s) == []
        audited = set(s.scalars(select(AuditEvent.entity_uuid)))
        for model in (
            Meeting,
            Delegation,
            Participant,
            Room,
            AgendaSession,
            AgendaItem,
            Document,
            Clause,
            Revision,
        ):
            uuids = {str(u) for u in s.scalars(select(model.uuid))}
            assert uuids and uuids <= audited, model.__name__
        saves = s.scalar(select(func.count()).where(AuditEvent.action == "clause.save"))
        versions = s.scalar(select(func.count()).select_from(ClauseVersion))
        clauses = s.scalar(select(func.count()).select_from(Clause))
    # each clause is added with one English and one Japanese version; every later one is a save
    assert saves == versions - 2 * clauses > 0


def test_full_demo_with_whatever_negotiation_is_installed(desk):
    meeting = load_demo(desk)
    assert meeting.short_name == "g7-ict-2016"
    assert meeting.title_ja == "G7香川・高松情報通信大臣会合"
    with desk.read() as s:
        assert verify_audit_chain(s) == []
    before = meetings.counts(desk)
    with pytest.raises(ValidationError):
        load_demo(desk)
    assert meetings.counts(desk) == before


def test_generate_large_small(desk):
    meeting = generate_large(desk, clauses=50, versions=3)
    assert meeting.short_name == "bench-50x3"
    counts = meetings.counts(desk)
    assert counts["clause"] == 50
    assert counts["clause_version"] == 50 * 3 * 2
    assert counts["revision"] == 8
    assert counts["revision_entry"] == 100
    assert counts["audit_event"] == 1
    docs = _docs(desk, meeting.id)
    assert sum(d.clause_count for d in docs.values()) == 50
    assert docs["annex"].parent_id == docs["declaration"].id
    changed = 0
    for doc in docs.values():
        assert doc.revision_labels == ("Rev.1", "Rev.2")
        current = documents.document_text(desk, doc.id)
        for c in current.clauses:
            assert c.text_en and c.text_ja and not c.ja_stale
            assert validate(c.text_en) is None and validate(c.text_ja) is None
            assert c.status == ("bracketed" if c.open_brackets else "draft")
        revs = {r.label: r for r in documents.list_revisions(desk, doc.id)}
        texts = {}
        for label in ("Rev.1", "Rev.2"):
            texts[label] = documents.document_text(desk, doc.id, label).clauses
            assert revs[label].content_hash == documents.text_hash(texts[label])
        changed += sum(
            a.text_en != b.text_en for a, b in zip(texts["Rev.1"], texts["Rev.2"], strict=True)
        )
    assert changed >= 25
    with desk.read() as s:
        assert verify_audit_chain(s) == []
        chains = s.execute(
            select(ClauseVersion.clause_id, ClauseVersion.language, ClauseVersion.parent_id)
        ).all()
    assert sum(1 for _, _, parent in chains if parent is None) == 100  # one root per language


def test_generate_large_through_load_demo_and_refusals(desk):
    meeting = load_demo(desk, clauses=12, versions=2)
    assert meeting.short_name == "bench-12x2"
    before = meetings.counts(desk)
    with pytest.raises(ValidationError, match="already"):
        load_demo(desk, clauses=12, versions=2)
    with pytest.raises(ValidationError, match="clauses"):
        generate_large(desk, clauses=0, versions=3)
    with pytest.raises(ValidationError, match="versions"):
        generate_large(desk, clauses=10, versions=1)
    assert meetings.counts(desk) == before
