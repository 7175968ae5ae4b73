"""The service context on both engines: audit in the same transaction, hash chain, conflicts."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import func, select, text

from meetingdesk.model import AuditEvent, Clause, ClauseVersion, Meeting
from meetingdesk.services.base import ConflictError, Desk, expect_version, verify_audit_chain
from meetingdesk.services.drafting.documents import add_clause, add_document, save_text
from meetingdesk.services.meetings import create_meeting, get_meeting
from meetingdesk.services.meetings.maintenance import check


def _meeting(desk: Desk, title: str = "G7 ICT Ministers' Meeting"):
    return create_meeting(
        desk,
        title_en=title,
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
    )


def _count(desk: Desk, model) -> int:
    with desk.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_each_write_appends_its_audit_event(desk: Desk) -> None:
    m = _meeting(desk)
    with desk.read() as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
    assert [(e.action, e.entity_type, e.entity_uuid) for e in events] == [
        ("meeting.create", "Meeting", m.uuid)
    ]
    assert events[0].user_login == ("tester" if desk.is_sqlite else "postgres")
    assert events[0].at.utcoffset().total_seconds() == 0


def test_a_failed_write_leaves_neither_row_nor_audit_event(desk: Desk) -> None:
    with pytest.raises(RuntimeError, match="power cut"), desk.write() as s:
        m = Meeting(title_en="Doomed", start_date=date(2016, 1, 1), end_date=date(2016, 1, 1))
        s.add(m)
        s.flush()
        desk.audit(s, "meeting.create", m, "created")
        raise RuntimeError("power cut")
    assert _count(desk, Meeting) == 0
    assert _count(desk, AuditEvent) == 0


def test_the_hash_chain_verifies(desk: Desk) -> None:
    m = _meeting(desk)
    doc = add_document(desk, m.id, short_name="charter", title_en="Charter", kind="charter")
    add_clause(desk, doc.id, text_en="We recognise the value of the free flow of information.")
    with desk.read() as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        assert verify_audit_chain(s) == []
    assert len(events) == 3
    assert events[0].prev_hash == ""
    assert [e.prev_hash for e in events[1:]] == [e.hash for e in events[:-1]]
    assert check(desk).ok


def test_the_database_refuses_to_alter_audit_events(desk: Desk) -> None:
    _meeting(desk)
    for statement in ("UPDATE audit_event SET summary = 'edited'", "DELETE FROM audit_event"):
        with pytest.raises(Exception, match="immutable"), desk.engine.begin() as conn:
            conn.execute(text(statement))
    with desk.read() as s:
        assert verify_audit_chain(s) == []


def _drop_audit_guards(desk: Desk) -> None:
    """Remove the triggers so the test can play an attacker with direct file/server access.

    The triggers stop tampering through SQL; the hash chain is the second line of defence
    for someone who removes them (or edits the file by hand), and that is what is tested.
    """
    on = "" if desk.is_sqlite else " ON audit_event"
    with desk.engine.begin() as conn:
        for verb in ("update", "delete"):
            conn.execute(text(f"DROP TRIGGER audit_event_no_{verb}{on}"))


def test_the_chain_detects_an_edited_event(desk: Desk) -> None:
    _meeting(desk, "First")
    _meeting(desk, "Second")
    _drop_audit_guards(desk)
    with desk.engine.begin() as conn:
        first = conn.execute(text("SELECT min(id) FROM audit_event")).scalar()
        conn.execute(text("UPDATE audit_event SET summary = 'nothing' WHERE id = :i"), {"i": first})
    with desk.read() as s:
        problems = verify_audit_chain(s)
    assert len(problems) == 1 and "do not match its hash" in problems[0]
    report = check(desk)
    assert not report.ok
    assert any("guard missing: trigger audit_event_no_" in p for p in report.problems)


def test_the_chain_detects_a_removed_event(desk: Desk) -> None:
    for title in ("First", "Second", "Third"):
        _meeting(desk, title)
    _drop_audit_guards(desk)
    with desk.engine.begin() as conn:
        middle = conn.execute(text("SELECT id FROM audit_event ORDER BY id")).scalars().all()[1]
        conn.execute(text("DELETE FROM audit_event WHERE id = :i"), {"i": middle})
    with desk.read() as s:
        problems = verify_audit_chain(s)
    assert problems and "chain broken" in problems[0]


def test_a_stale_save_is_a_conflict_and_changes_nothing(desk: Desk) -> None:
    m = _meeting(desk)
    doc = add_document(desk, m.id, short_name="declaration", title_en="Joint Declaration")
    clause_id = add_clause(desk, doc.id, text_en="We [shall / should] promote access.")
    with desk.read() as s:
        first_head = s.get(Clause, clause_id).head_en_id
    save_text(desk, clause_id, "en", "We shall promote access.", expected_head=first_head)
    versions, events = _count(desk, ClauseVersion), _count(desk, AuditEvent)
    with desk.read() as s:
        head_before = s.get(Clause, clause_id).head_en_id

    with pytest.raises(ConflictError, match=r"English text of clause 1 was saved by \S+") as raised:
        save_text(desk, clause_id, "en", "We should promote access.", expected_head=first_head)
    # named by its number and its author, never by an internal id; the data for the window too
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}", str(raised.value))
    assert raised.value.code == "clause_saved_elsewhere"
    assert raised.value.params["number"] == "1." and raised.value.params["lang"] == "en"
    assert raised.value.params["author"] == desk.user_login

    assert (_count(desk, ClauseVersion), _count(desk, AuditEvent)) == (versions, events)
    with desk.read() as s:
        clause = s.get(Clause, clause_id)
        assert clause.head_en_id == head_before
        assert clause.head_en.text == "We shall promote access."


def test_two_desks_on_one_database_cannot_overwrite_each_other(desk: Desk) -> None:
    m = _meeting(desk)
    doc = add_document(desk, m.id, short_name="annex", title_en="Annex", kind="annex")
    clause_id = add_clause(desk, doc.id, text_en="Members will share good practice.")
    other = Desk.open(desk.url, user="second-window")
    try:
        with other.read() as s:
            seen_by_other = s.get(Clause, clause_id).head_en_id
        with desk.read() as s:
            seen_by_first = s.get(Clause, clause_id).head_en_id
        assert seen_by_other == seen_by_first
        save_text(
            desk, clause_id, "en", "Members will share best practice.", expected_head=seen_by_first
        )
        with pytest.raises(ConflictError):
            save_text(
                other, clause_id, "en", "Members may share practice.", expected_head=seen_by_other
            )
    finally:
        other.close()
    with desk.read() as s:
        clause = s.get(Clause, clause_id)
        assert clause.head_en.text == "Members will share best practice."
        assert clause.head_en.author == desk.user_login


def test_a_stale_row_version_is_refused(desk: Desk) -> None:
    m = _meeting(desk)
    stale = get_meeting(desk, m.id)
    with desk.write() as s:
        meeting = s.get(Meeting, m.id)
        meeting.venue_en = "Kagawa International Hall"
    fresh = get_meeting(desk, m.id)
    assert fresh.row_version == stale.row_version + 1
    refused = pytest.raises(ConflictError, match="meeting was changed by someone else")
    with refused, desk.write() as s:
        meeting = s.get(Meeting, m.id)
        expect_version(meeting, stale.row_version, "meeting")
        meeting.venue_en = "Somewhere else"
    assert get_meeting(desk, m.id).venue_en == "Kagawa International Hall"
