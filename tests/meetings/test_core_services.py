"""The first services on both engines: snapshots back, audit per write, times in UTC."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import StatementError

from meetingdesk.model import AgendaSession, AuditEvent, Base, ClauseVersion
from meetingdesk.services.base import Desk, NotFound, ValidationError, verify_audit_chain
from meetingdesk.services.drafting.documents import (
    add_clause,
    add_document,
    document_text,
    freeze_revision,
    list_documents,
    save_text,
)
from meetingdesk.services.logistics.agenda import (
    add_item,
    add_room,
    add_session,
    list_rooms,
    list_sessions,
)
from meetingdesk.services.logistics.delegations import add_delegation, list_delegations
from meetingdesk.services.logistics.participants import add_participant, list_participants
from meetingdesk.services.meetings import counts, create_meeting, list_meetings

TOKYO = ZoneInfo("Asia/Tokyo")


def _audit_actions(desk: Desk) -> list[str]:
    with desk.read() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def _is_snapshot(value: object) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, Base)


@pytest.fixture
def meeting(desk: Desk):
    return create_meeting(
        desk,
        title_en="G7 ICT Ministers' Meeting",
        title_ja="G7情報通信大臣会合",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
        city_en="Takamatsu",
    )


def test_a_whole_small_meeting_through_the_services(desk: Desk, meeting) -> None:
    assert _is_snapshot(meeting)
    with pytest.raises(dataclasses.FrozenInstanceError):
        meeting.title_en = "changed"  # type: ignore[misc]
    jpn = add_delegation(desk, meeting.id, code="jpn", name_en="Japan", is_host=True)
    can = add_delegation(desk, meeting.id, code="CAN", name_en="Canada")
    itu = add_delegation(
        desk,
        meeting.id,
        code="ITU",
        name_en="International Telecommunication Union",
        kind="organisation",
    )
    assert jpn.code == "JPN"
    head = add_participant(desk, jpn.id, family_name="Yamada", given_name="Hanako", role="head")
    add_participant(desk, can.id, family_name="Tremblay", given_name="Luc", role="head")
    room = add_room(desk, meeting.id, name_en="Main Hall", name_ja="メインホール", capacity=300)
    starts = datetime(2016, 4, 29, 14, 0, tzinfo=TOKYO)
    session_id = add_session(
        desk,
        meeting.id,
        title_en="Session 1",
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        room_id=room.id,
        chair_id=head.id,
    )
    charter = add_document(
        desk, meeting.id, short_name="Charter", title_en="Charter", kind="charter"
    )
    add_item(desk, session_id, title_en="Adoption of the Charter", document_id=charter.id)
    add_clause(desk, charter.id, kind="preambular", text_en="Recalling our shared values,")
    add_clause(
        desk,
        charter.id,
        text_en="We affirm an open Internet.",
        text_ja="開かれたインターネットを確認する。",
    )
    freeze_revision(desk, charter.id)

    assert [m.id for m in list_meetings(desk)] == [meeting.id]
    delegations = list_delegations(desk, meeting.id)
    assert [d.code for d in delegations] == ["JPN", "CAN", "ITU"], "host first, organisations last"
    assert delegations[0].head_name == "Hanako YAMADA"
    assert {p.delegation_code for p in list_participants(desk, meeting.id)} == {"JPN", "CAN"}
    assert [r.name_en for r in list_rooms(desk, meeting.id)] == ["Main Hall"]
    (sess,) = list_sessions(desk, meeting.id)
    assert (sess.room_name, sess.chair_name) == ("Main Hall", "Hanako YAMADA")
    assert [(i.number, i.document_name) for i in sess.items] == [("1", "charter")]
    (doc,) = list_documents(desk, meeting.id)
    assert (doc.short_name, doc.clause_count, doc.revision_labels) == ("charter", 2, ("Rev.1",))
    text = document_text(desk, charter.id)
    assert [c.text_ja for c in text.clauses] == ["", "開かれたインターネットを確認する。"]
    assert all(_is_snapshot(x) for x in (*delegations, sess, doc, text, *text.clauses))
    assert itu.kind == "organisation"

    assert _audit_actions(desk) == [
        "meeting.create",
        "delegation.add",
        "delegation.add",
        "delegation.add",
        "participant.add",
        "participant.add",
        "room.add",
        "agenda.add_session",
        "document.add",
        "agenda.add_item",
        "clause.add",
        "clause.add",
        "revision.freeze",
    ]
    with desk.read() as s:
        assert verify_audit_chain(s) == []
    tally = counts(desk)
    assert (tally["delegation"], tally["clause"], tally["clause_version"]) == (3, 2, 3)


def test_bad_input_is_refused_by_name_and_writes_nothing(desk: Desk, meeting) -> None:
    before = counts(desk)
    with pytest.raises(ValidationError, match="ends .* before it starts"):
        create_meeting(
            desk, title_en="Backwards", start_date=date(2016, 4, 30), end_date=date(2016, 4, 29)
        )
    with pytest.raises(ValidationError, match="unknown time zone 'Mars/Olympus'"):
        create_meeting(
            desk,
            title_en="X",
            start_date=date(2016, 1, 1),
            end_date=date(2016, 1, 1),
            time_zone="Mars/Olympus",
        )
    add_delegation(desk, meeting.id, code="FRA", name_en="France")
    with pytest.raises(ValidationError, match="FRA is already used"):
        add_delegation(desk, meeting.id, code="fra", name_en="France again")
    with pytest.raises(NotFound, match="meeting 999"):
        add_room(desk, 999, name_en="Nowhere")
    after = counts(desk)
    assert after["delegation"] == before["delegation"] + 1
    assert after["meeting"] == before["meeting"]
    assert after["audit_event"] == before["audit_event"] + 1


def test_naive_datetimes_are_refused(desk: Desk, meeting) -> None:
    naive = datetime(2016, 4, 29, 14, 0)
    with pytest.raises(ValidationError, match="time zone"):
        add_session(
            desk,
            meeting.id,
            title_en="Clockless",
            starts_at=naive,
            ends_at=naive + timedelta(hours=1),
        )
    with desk.read() as s:
        assert s.scalar(select(func.count()).select_from(AgendaSession)) == 0
    assert _audit_actions(desk) == ["meeting.create"]
    # Below the services, the column type refuses naive values too.
    with pytest.raises(StatementError, match="naive datetime"), desk.write() as s:
        s.add(
            AgendaSession(
                meeting_id=meeting.id, title_en="Raw", starts_at=naive, ends_at=naive, position=9
            )
        )
    with desk.read() as s:
        assert s.scalar(select(func.count()).select_from(AgendaSession)) == 0


def test_times_round_trip_as_utc(desk: Desk, meeting) -> None:
    starts = datetime(2016, 4, 29, 9, 30, tzinfo=TOKYO)  # 00:30 UTC
    add_session(
        desk,
        meeting.id,
        title_en="Opening",
        starts_at=starts,
        ends_at=starts + timedelta(minutes=45),
    )
    (sess,) = list_sessions(desk, meeting.id)
    assert sess.starts_at == starts
    assert sess.starts_at.utcoffset() == timedelta(0)
    assert (sess.starts_at.hour, sess.starts_at.minute) == (0, 30)
    assert sess.starts_at.astimezone(TOKYO).hour == 9
    assert sess.ends_at - sess.starts_at == timedelta(minutes=45)


def test_clause_text_is_append_only(desk: Desk, meeting) -> None:
    doc = add_document(desk, meeting.id, short_name="decl", title_en="Joint Declaration")
    clause_id = add_clause(desk, doc.id, text_en="We [will / intend to] cooperate.")
    first = document_text(desk, doc.id).clauses[0]
    assert first.status == "bracketed" and first.open_brackets == 1
    second = save_text(
        desk, clause_id, "en", "We will cooperate.", expected_head=first.en_version_id
    )
    assert second.en_version_id != first.en_version_id
    with desk.read() as s:
        versions = s.scalars(
            select(ClauseVersion)
            .where(ClauseVersion.clause_id == clause_id)
            .order_by(ClauseVersion.id)
        ).all()
        assert [v.text for v in versions] == [
            "We [will / intend to] cooperate.",
            "We will cooperate.",
        ]
        assert versions[1].parent_id == versions[0].id
        assert versions[0].created_at.tzinfo is not None
    assert datetime.now(UTC) - versions[1].created_at < timedelta(hours=1)
