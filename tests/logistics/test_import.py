"""Participants import: good files import whole; every bad file changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from meetingdesk.services.logistics import participants as pt
from meetingdesk.services.logistics.participants import export_participants_xlsx
from meetingdesk.services.logistics.participants_import import (
    COLUMNS,
    ImportRefused,
    apply_import,
    preview_import,
)
from meetingdesk.services.meetings import counts

FIXTURES = Path(__file__).parent / "fixtures"


def test_good_csv_imports_everything(g7):
    preview = preview_import(g7.desk, g7.meeting_id, FIXTURES / "participants_good.csv")
    assert preview.errors == () and preview.ok
    assert [r.delegation_code for r in preview.rows] == ["JPN", "FRA", "FRA"]  # fr → FRA
    done = apply_import(g7.desk, preview)
    assert len(done) == 3
    people = {p.family_name: p for p in pt.list_participants(g7.desk, g7.meeting_id)}
    takaichi = people["Takaichi"]
    # local time in the meeting's zone and ISO 8601 with an offset both land on UTC
    assert takaichi.arrival == datetime(2016, 4, 28, 6, 0, tzinfo=UTC)
    assert takaichi.departure == datetime(2016, 4, 30, 11, 0, tzinfo=UTC)
    assert takaichi.name_ja == "高市 早苗" and takaichi.role == "head"
    assert people["Lemaire"].arrival == datetime(2016, 4, 28, 6, 30, tzinfo=UTC)
    assert people["Dupont"].accreditation == "pending" and people["Dupont"].badge_number == "102"
    # importing the same file again: every row matches its person, nothing changes
    again = preview_import(g7.desk, g7.meeting_id, FIXTURES / "participants_good.csv")
    assert again.errors == () and len(again.unchanged) == 3 and not again.ok
    assert "nothing to change" in again.report()
    assert apply_import(g7.desk, again) == []
    assert len(pt.list_participants(g7.desk, g7.meeting_id)) == 3


def test_every_kind_of_bad_row_is_reported_and_nothing_imported(g7):
    pt.add_participant(g7.desk, g7.delegations["CAN"], family_name="Existing", given_name="Person")
    before = counts(g7.desk)
    preview = preview_import(g7.desk, g7.meeting_id, FIXTURES / "participants_bad.csv")
    found = {(e.row, e.field) for e in preview.errors}
    assert found == {
        (3, "family_name"),
        (4, "delegation"),
        (5, "role"),
        (6, "email"),
        (7, "arrival"),
        (8, "departure"),
        (9, "family_name"),
        (10, "badge_number"),
        (11, "role"),
        (12, "accreditation"),
        (13, "reading_ja"),
        (15, ""),
    }
    reasons = {(e.row, e.field): e.reason for e in preview.errors}
    assert "“XXX”" in reasons[(4, "delegation")]
    assert "same person as row 2" in reasons[(9, "family_name")]
    assert "also on row 2" in reasons[(10, "badge_number")]
    assert "29/04/2016" in reasons[(7, "arrival")]
    assert "nothing will be imported" in preview.report()
    assert not preview.ok
    with pytest.raises(ImportRefused, match="nothing was imported"):
        apply_import(g7.desk, preview)
    assert counts(g7.desk) == before


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("not_a_spreadsheet.csv", "not a text table"),
        ("participants_bad.csv", "is empty"),
    ],
)
def test_unreadable_files(g7, name, expected):
    before = counts(g7.desk)
    preview = preview_import(g7.desk, g7.meeting_id, FIXTURES / name)
    assert any(expected in e.reason for e in preview.errors), preview.report()
    assert not preview.ok
    with pytest.raises(ImportRefused):
        apply_import(g7.desk, preview)
    assert counts(g7.desk) == before


def test_other_header_spellings_and_shift_jis_are_read(g7):
    """Headers once refused (surname, first name, country) and a Shift_JIS file import."""
    preview = preview_import(g7.desk, g7.meeting_id, FIXTURES / "participants_wrong_columns.csv")
    assert preview.ok, preview.report()
    assert preview.mapping.fields == ("family_name", "given_name", "country")
    sjis = preview_import(g7.desk, g7.meeting_id, FIXTURES / "participants_shift_jis.csv")
    assert sjis.ok and sjis.encoding == "Shift_JIS (cp932)", sjis.report()
    assert sjis.rows[0].get("family_name_ja") == "高市"


def test_xlsx_good_and_bad_and_fake(g7, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["family_name", "given_name", "delegation", "arrival", "badge_number"])
    sheet.append(["Pritzker", "Penny", "USA", datetime(2016, 4, 28, 18, 0), 201])
    sheet.append(["Oettinger", "Günther", "EU", "2016-04-29T08:00:00+09:00", 202])
    good = tmp_path / "good.xlsx"
    book.save(good)
    preview = preview_import(g7.desk, g7.meeting_id, good)
    assert preview.ok, preview.report()
    apply_import(g7.desk, preview)
    people = {p.family_name: p for p in pt.list_participants(g7.desk, g7.meeting_id)}
    assert people["Pritzker"].arrival == datetime(2016, 4, 28, 9, 0, tzinfo=UTC)  # JST cell
    assert people["Pritzker"].badge_number == "201"

    sheet.append(["Nobody", "", "ZZZ", "tomorrow", 203])
    bad = tmp_path / "bad.xlsx"
    book.save(bad)
    before = counts(g7.desk)
    preview = preview_import(g7.desk, g7.meeting_id, bad)
    fields = {(e.row, e.field) for e in preview.errors}
    assert fields == {(4, "delegation"), (4, "arrival")}  # rows 2-3: the same people again
    assert [r.action for r in preview.rows] == ["same", "same"]
    assert counts(g7.desk) == before

    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 this is not really a zip")
    preview = preview_import(g7.desk, g7.meeting_id, fake)
    assert preview.errors[0].row == 0 and "not a readable" in preview.errors[0].reason


def test_export_xlsx_reads_back(g7, tmp_path):
    from openpyxl import load_workbook

    apply_import(
        g7.desk, preview_import(g7.desk, g7.meeting_id, FIXTURES / "participants_good.csv")
    )
    out = export_participants_xlsx(g7.desk, g7.meeting_id, tmp_path / "list.xlsx")
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Family name / 姓（ローマ字）" and len(rows[0]) == len(COLUMNS) + 1
    assert rows[0][-1] == "MeetingDesk ID"
    # a real date cell, in the meeting's zone (15:00 in Tokyo)
    assert rows[1][0] == "Takaichi" and rows[1][12] == datetime(2016, 4, 28, 15, 0)
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == sheet.dimensions
    # the exported list is read back as the same people, unchanged
    again = preview_import(g7.desk, g7.meeting_id, out)
    assert again.errors == () and len(again.unchanged) == 3, again.report()
    assert not list(tmp_path.glob(".*.part"))  # the temporary file is gone


def test_formula_like_cells_are_flagged_and_kept_as_text(g7, tmp_path):
    """A cell a spreadsheet would run (=, +, -, @ first) is reported and stored as text;
    a phone number's leading + is not a formula."""
    good = (FIXTURES / "participants_good.csv").read_text(encoding="utf-8").splitlines()
    columns = good[0].split(",")
    row = dict.fromkeys(columns, "")
    formula = '=HYPERLINK("http://x.example";"Lemaire")'
    row.update({"delegation": "FRA", "family_name": formula, "phone": "+33-1-0000-0000"})
    path = tmp_path / "formula.csv"
    path.write_text(good[0] + "\n" + ",".join(row[c] for c in columns) + "\n", encoding="utf-8")
    preview = preview_import(g7.desk, g7.meeting_id, path)
    report = preview.report()
    assert "row 2: family_name starts like a spreadsheet formula" in report
    assert "phone starts like" not in report
    assert preview.ok, report
    apply_import(g7.desk, preview)
    names = [p.family_name for p in pt.list_participants(g7.desk, g7.meeting_id)]
    assert formula in names  # stored as the text it is, never evaluated
