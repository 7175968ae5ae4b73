"""XLSX round trip and bad rows; carry over to the next meeting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetingdesk.services import actions, drafting
from meetingdesk.services.actions.carry_over import carry_over
from meetingdesk.services.actions.xlsx import (
    COLUMNS,
    apply_actions_import,
    export_actions_xlsx,
    preview_actions_import,
)
from meetingdesk.services.base import ValidationError
from meetingdesk.services.drafting import documents
from meetingdesk.services.meetings import recent_audit

from .conftest import Small


def _write(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _state(desk, meeting_id):
    return [
        (a.uuid, a.row_version, a.en_version_id, a.ja_version_id, a.status, a.implements)
        for a in actions.list_actions(desk, meeting_id)
    ]


def test_round_trip_changes_nothing(small, tmp_path):
    small.action()
    b = small.action(text_en="Publish a report.", implements=[small.paras[0], small.paras[2]])
    drafting.delete_clause(small.desk, small.paras[0], expected_version=None)  # tombstone link
    actions.edit_action(small.desk, b.id, expected_version=None, contact_id=None, partner_codes=[])
    before = _state(small.desk, small.meeting.id)
    audit_before = len(recent_audit(small.desk, 1000))
    out = export_actions_xlsx(small.desk, small.meeting.id, tmp_path / "actions.xlsx")
    preview = preview_actions_import(small.desk, small.meeting.id, out)
    assert preview.ok, preview.report()
    assert preview.rows == () and preview.unchanged == 2
    assert apply_actions_import(small.desk, preview) == 0
    assert _state(small.desk, small.meeting.id) == before
    assert len(recent_audit(small.desk, 1000)) == audit_before


def test_import_updates_and_creates(small, tmp_path):
    from openpyxl import load_workbook

    a = small.action()
    out = export_actions_xlsx(small.desk, small.meeting.id, tmp_path / "a.xlsx")
    book = load_workbook(out)
    sheet = book.active
    assert sheet.max_row == 2
    status = COLUMNS.index("status") + 1
    sheet.cell(2, status).value = "done"
    sheet.append(
        [
            "",
            "",
            "Report",
            "報告",
            "Write a report.",
            "報告書を作成する。",
            "usa",
            "FRA JPN",
            "declaration:1; declaration:3.",
            "2017-01-31",
            "proposed",
            "",
        ]
    )
    book.save(out)
    preview = preview_actions_import(small.desk, small.meeting.id, out)
    assert preview.ok, preview.report()
    assert preview.new_count == 1 and len(preview.rows) == 2
    apply_actions_import(small.desk, preview)
    listed = actions.list_actions(small.desk, small.meeting.id)
    assert [x.status for x in listed] == ["done", "proposed"]
    new = listed[1]
    assert (new.owner_code, new.partner_codes, new.implements) == (
        "USA",
        ("FRA", "JPN"),
        "declaration:1; declaration:3",
    )
    assert new.target_date == date(2017, 1, 31)
    # the status change made no new text version
    assert listed[0].en_version_id == a.en_version_id


def test_bad_rows_are_all_reported_and_nothing_is_imported(small, tmp_path):
    small.action()
    before = _state(small.desk, small.meeting.id)
    header = ["title_en", "text_en", "owner", "partners", "implements", "target_date", "status"]
    path = _write(
        tmp_path / "bad.xlsx",
        [
            header,
            ["ok", "Fine text.", "JPN", "", "declaration:1", "2017-01-01", "agreed"],
            ["", "Text.", "XXX", "", "", "", ""],
            ["", "Text.", "JPN", "", "", "31 June 2017", ""],
            ["", "Text.", "JPN", "", "charter:9", "", ""],
            ["", "", "JPN", "", "", "", ""],
            ["", "Text.", "USA", "QQQ", "", "", "finished"],
        ],
    )
    preview = preview_actions_import(small.desk, small.meeting.id, path)
    problems = {(e.row, e.field) for e in preview.errors}
    assert problems == {
        (3, "owner"),
        (4, "target_date"),
        (5, "implements"),
        (6, "text_en"),
        (7, "partners"),
        (7, "status"),
    }
    reasons = preview.report()
    assert "no delegation with code 'XXX'" in reasons
    assert "'31 June 2017' is not a date" in reasons
    assert "no paragraph 'charter:9'" in reasons
    with pytest.raises(ValidationError, match="nothing was imported"):
        apply_actions_import(small.desk, preview)
    assert _state(small.desk, small.meeting.id) == before


def test_not_a_spreadsheet(small, tmp_path):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    preview = preview_actions_import(small.desk, small.meeting.id, path)
    assert not preview.ok
    assert preview.errors[0].row == 0 and "not a readable" in preview.errors[0].reason


def test_missing_required_column(small, tmp_path):
    path = _write(tmp_path / "cols.xlsx", [["title_en", "colour"], ["x", "red"]])
    preview = preview_actions_import(small.desk, small.meeting.id, path)
    assert {(e.row, e.field) for e in preview.errors} == {
        (1, "colour"),
        (1, "text_en"),
        (1, "owner"),
    }


def test_carry_over_copies_open_actions_once(desk):
    old = Small(desk, name="takamatsu")
    a = old.action(status="in_progress", partner_codes=["USA", "FRA"])
    old.action(text_en="Finished thing.", status="done")
    old.action(text_en="Abandoned thing.", status="dropped")
    c = old.action(text_en="Proposed thing.", status="proposed", owner_code="USA")
    new = Small(desk, name="turin")
    report = carry_over(desk, old.meeting.id, new.meeting.id)
    assert len(report.added) == 2 and report.skipped == 0
    carried = actions.list_actions(desk, new.meeting.id)
    assert [x.carried_from_id for x in carried] == [a.id, c.id]
    assert [x.text_en for x in carried] == [a.text_en, c.text_en]
    first = carried[0]
    assert first.owner_code == "JPN" and first.partner_codes == ("FRA", "USA")
    assert first.section_en == "Security" and first.status == "in_progress"
    assert first.contact_name == "Hanako SATO"  # same person found in the new meeting
    assert first.owner_id != a.owner_id  # the new meeting's own delegation
    # the new annex got no second "Security" section
    kinds = [x.kind for x in documents.document_text(desk, new.annex).clauses]
    assert kinds == ["section", "action", "action"]
    again = carry_over(desk, old.meeting.id, new.meeting.id)
    assert again.added == () and again.skipped == 2
    assert len(actions.list_actions(desk, new.meeting.id)) == 2


def test_carry_over_refuses_missing_owner_and_creates_annex(desk):
    from meetingdesk.services import meetings

    old = Small(desk, name="old")
    old.action(owner_code="FRA")
    bare = meetings.create_meeting(
        desk,
        title_en="Next",
        short_name="next",
        start_date=date(2017, 9, 25),
        end_date=date(2017, 9, 26),
        time_zone="Europe/Rome",
    )
    with pytest.raises(ValidationError, match="no delegation FRA"):
        carry_over(desk, old.meeting.id, bare.id)
    assert documents.list_documents(desk, bare.id) == []
    from meetingdesk.services.logistics import delegations

    delegations.add_delegation(desk, bare.id, code="FRA")
    report = carry_over(desk, old.meeting.id, bare.id)
    docs = documents.list_documents(desk, bare.id)
    assert [(d.kind, d.short_name) for d in docs] == [("annex", "annex")]
    assert report.document_id == docs[0].id and len(report.added) == 1


def test_carry_over_into_a_new_meeting_adds_its_delegations(desk):
    from meetingdesk.services import meetings
    from meetingdesk.services.logistics import delegations

    old = Small(desk, name="old")
    old.action(owner_code="FRA", partner_codes=["USA"])
    bare = meetings.create_meeting(
        desk,
        title_en="Next",
        short_name="next",
        start_date=date(2017, 9, 25),
        end_date=date(2017, 9, 26),
        time_zone="Europe/Rome",
    )
    report = carry_over(desk, old.meeting.id, bare.id, add_delegations=True)
    assert len(report.added) == 1 and report.warnings == ()
    codes = [d.code for d in delegations.list_delegations(desk, bare.id)]
    assert sorted(codes) == ["FRA", "JPN", "USA"]
    assert not any(d.is_host for d in delegations.list_delegations(desk, bare.id))
    carried = actions.list_actions(desk, bare.id)[0]
    assert carried.owner_code == "FRA" and carried.partner_codes == ("USA",)
    again = carry_over(desk, old.meeting.id, bare.id, add_delegations=True)
    assert again.added == () and len(delegations.list_delegations(desk, bare.id)) == 3
