"""Action services on SQLite and PostgreSQL: create, edit, links, overdue, follow-ups."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from meetingdesk.services import actions, drafting
from meetingdesk.services.base import ConflictError, FrozenError, ValidationError
from meetingdesk.services.drafting import documents

from .conftest import Small


def test_create_action_makes_clause_and_item(small):
    a = small.action()
    assert a.number == "1."
    assert a.text_en == "Hold a workshop."
    assert a.text_ja == "ワークショップを開催する。"
    assert a.owner_code == "JPN"
    assert a.partner_codes == ("USA",)
    assert [(x.document_name, x.number) for x in a.links] == [("declaration", "2.")]
    assert a.implements == "declaration:2"
    assert a.section_en == "Security" and a.section_number == "i."
    assert a.contact_name == "Hanako SATO"
    text = documents.document_text(small.desk, small.annex)
    assert [c.kind for c in text.clauses] == ["section", "action"]
    # the text is an ordinary clause with its version history
    assert len(drafting.history(small.desk, a.clause_id, "en")) == 1


def test_create_action_refuses_bad_input_and_writes_nothing(small):
    with pytest.raises(ValidationError, match="no delegation with code 'XXX'"):
        small.action(owner_code="XXX")
    with pytest.raises(ValidationError, match="partner: no delegation"):
        small.action(partner_codes=["ZZZ"])
    with pytest.raises(ValidationError, match="not a date"):
        small.action(target_date="31/12/2016")
    with pytest.raises(ValidationError, match="status"):
        small.action(status="finished")
    with pytest.raises(ValidationError, match="not an annex"):
        actions.create_action(small.desk, small.decl, text_en="x", owner_code="JPN")
    assert actions.list_actions(small.desk, small.meeting.id) == []
    text = documents.document_text(small.desk, small.annex)
    assert [c.kind for c in text.clauses] == ["section"]  # no orphan clause


def test_edit_action_and_stale_version(small):
    a = small.action()
    b = actions.edit_action(
        small.desk, a.id, expected_version=a.row_version, owner_code="FRA", status="in_progress"
    )
    assert (b.owner_code, b.status) == ("FRA", "in_progress")
    assert b.row_version == a.row_version + 1
    with pytest.raises(ConflictError):
        actions.edit_action(small.desk, a.id, expected_version=a.row_version, status="done")
    assert actions.get_action(small.desk, a.id).status == "in_progress"
    c = actions.set_action_status(small.desk, a.id, "done", expected_version=b.row_version)
    assert c.status == "done"


def test_text_edit_makes_a_new_version_only_when_changed(small):
    a = small.action()
    same = actions.edit_action(small.desk, a.id, expected_version=None, text_en=a.text_en)
    assert same.en_version_id == a.en_version_id
    b = actions.edit_action(small.desk, a.id, expected_version=None, text_en="Hold two workshops.")
    assert b.en_version_id != a.en_version_id
    versions = drafting.history(small.desk, a.clause_id, "en")
    assert [v.text for v in versions] == ["Hold two workshops.", "Hold a workshop."]


def test_links_survive_inserts_and_moves(small):
    a = small.action(implements=[small.paras[1], small.paras[2]])
    assert [x.number for x in a.links] == ["2.", "3."]
    # insert a paragraph at the top: the linked ones are renumbered, the links follow
    first = documents.document_text(small.desk, small.decl).clauses[0]
    new = documents.add_clause(small.desk, small.decl, text_en="New first paragraph.")
    drafting.move_clause(small.desk, new, after_clause_id=None, expected_version=None)
    got = actions.get_action(small.desk, a.id)
    assert [x.number for x in got.links] == ["3.", "4."]
    assert [x.clause_id for x in got.links] == [small.paras[1], small.paras[2]]
    # move the last linked paragraph to the top
    drafting.move_clause(small.desk, small.paras[2], after_clause_id=None, expected_version=None)
    got = actions.get_action(small.desk, a.id)
    numbers = {x.clause_id: x.number for x in got.links}
    assert numbers == {small.paras[2]: "1.", small.paras[1]: "4."}
    assert first.id == small.paras[0]


def test_deleted_linked_paragraph_is_shown_with_a_flag(small):
    a = small.action(implements=[small.paras[0], small.paras[1]])
    drafting.delete_clause(small.desk, small.paras[0], expected_version=None)
    got = actions.get_action(small.desk, a.id)
    assert len(got.links) == 2
    gone = next(x for x in got.links if x.clause_id == small.paras[0])
    assert gone.deleted and gone.number == "" and gone.text_en == "Paragraph 1."
    assert got.has_deleted_link
    kept = next(x for x in got.links if x.clause_id == small.paras[1])
    assert not kept.deleted and kept.number == "1."
    assert gone.ref.startswith("declaration:") and gone.ref.endswith(gone.clause_uuid)


def test_link_unlink_and_actions_for_clause(small):
    a = small.action(implements=[])
    b = small.action(text_en="Publish a report.", implements=[small.paras[1]])
    actions.link_paragraph(small.desk, a.id, small.paras[1])
    assert {x.id for x in actions.actions_for_clause(small.desk, small.paras[1])} == {a.id, b.id}
    assert [
        x.id
        for x in actions.list_actions(small.desk, small.meeting.id, linked_clause_id=small.paras[1])
    ] == [a.id, b.id]
    actions.unlink_paragraph(small.desk, a.id, small.paras[1])
    assert [x.id for x in actions.actions_for_clause(small.desk, small.paras[1])] == [b.id]
    with pytest.raises(ValidationError, match="does not implement"):
        actions.unlink_paragraph(small.desk, a.id, small.paras[1])
    with pytest.raises(ValidationError, match="cannot implement itself"):
        actions.link_paragraph(small.desk, a.id, a.clause_id)


@pytest.mark.parametrize(
    ("zone", "now", "overdue"),
    [
        # 2016-05-01T16:00Z is 2 May 01:00 in Tokyo but 1 May 09:00 in Los Angeles
        ("Asia/Tokyo", datetime(2016, 5, 1, 16, 0, tzinfo=UTC), True),
        ("America/Los_Angeles", datetime(2016, 5, 1, 16, 0, tzinfo=UTC), False),
        # 2016-05-01T14:59Z is still 1 May (23:59) in Tokyo; 15:00Z is 2 May 00:00
        ("Asia/Tokyo", datetime(2016, 5, 1, 14, 59, tzinfo=UTC), False),
        ("Asia/Tokyo", datetime(2016, 5, 1, 15, 0, tzinfo=UTC), True),
        # 2 May 06:59Z is 1 May 23:59 PDT; 07:00Z is 2 May in Los Angeles
        ("America/Los_Angeles", datetime(2016, 5, 2, 6, 59, tzinfo=UTC), False),
        ("America/Los_Angeles", datetime(2016, 5, 2, 7, 0, tzinfo=UTC), True),
    ],
)
def test_overdue_is_decided_in_the_meeting_zone(desk, zone, now, overdue):
    m = Small(desk, zone=zone)
    a = m.action(target_date=date(2016, 5, 1), status="in_progress")
    got = actions.get_action(desk, a.id, now=now)
    assert got.overdue is overdue
    listed = actions.list_actions(desk, m.meeting.id, overdue=True, now=now)
    assert [x.id for x in listed] == ([a.id] if overdue else [])


def test_done_and_dropped_actions_are_never_overdue(small):
    a = small.action(target_date="2016-01-01", status="done")
    b = small.action(target_date="2016-01-01", status="dropped")
    c = small.action(target_date="2016-01-01", status="proposed")
    got = {
        x.id: x.overdue
        for x in actions.list_actions(small.desk, small.meeting.id, today=date(2016, 6, 1))
    }
    assert got == {a.id: False, b.id: False, c.id: True}


def test_filters_and_follow_up_summary(small):
    a = small.action(owner_code="JPN", target_date="2016-05-01", status="in_progress")
    b = small.action(owner_code="USA", target_date="2016-06-20", status="agreed")
    c = small.action(owner_code="USA", target_date="2016-12-31", status="done")
    today = date(2016, 6, 1)
    assert [x.id for x in actions.list_actions(small.desk, small.meeting.id, owner="usa")] == [
        b.id,
        c.id,
    ]
    assert [x.id for x in actions.list_actions(small.desk, small.meeting.id, status="done")] == [
        c.id
    ]
    summary = actions.follow_up_summary(small.desk, small.meeting.id, today)
    rows = {r.code: r for r in summary.delegations}
    assert set(rows) == {"JPN", "USA"}
    assert [x.id for x in rows["JPN"].overdue] == [a.id]
    assert [x.id for x in rows["USA"].due_soon] == [b.id]
    assert rows["USA"].count("done") == 1 and rows["USA"].total == 2
    assert summary.today == today


def test_follow_up_log(small):
    a = small.action()
    actions.add_follow_up(small.desk, a.id, "2016-06-01", "Venue chosen.")
    got = actions.add_follow_up(small.desk, a.id, date(2016, 5, 20), "Invitations sent.")
    assert [(f.on_date, f.note, f.author) for f in got.follow_ups] == [
        (date(2016, 5, 20), "Invitations sent.", small.desk.user_login),
        (date(2016, 6, 1), "Venue chosen.", small.desk.user_login),
    ]
    with pytest.raises(ValidationError, match="needs a note"):
        actions.add_follow_up(small.desk, a.id, "2016-06-01", "  ")
    with pytest.raises(ValidationError, match="not a date"):
        actions.add_follow_up(small.desk, a.id, "June", "x")


def test_adopted_annex_keeps_status_editable_but_not_text(small):
    a = small.action()
    drafting.adopt_document(small.desk, small.annex, override="English-only annex in this test")
    b = actions.set_action_status(small.desk, a.id, "in_progress", expected_version=None)
    assert b.status == "in_progress"
    with pytest.raises(FrozenError):
        actions.edit_action(small.desk, a.id, expected_version=None, text_en="Changed.")
