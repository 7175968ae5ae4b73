"""The actions import and spreadsheet formulas: texts that start like a formula are kept as
text and named in the report; a real formula cell is refused without a saved value and, in
the same file re-saved by LibreOffice, its value is taken and the cell named."""

from __future__ import annotations

from pathlib import Path

from meetingdesk.services import actions
from meetingdesk.services.actions.xlsx import (
    COLUMNS,
    apply_actions_import,
    preview_actions_import,
)
from meetingdesk.services.meetings import counts

HYPERLINK = '=HYPERLINK("http://example.invalid/","click")'


def _workbook(path: Path) -> Path:
    """Row 2: a real formula in text_en (openpyxl saves no value for it); row 3: texts
    that only look like formulas, written as text."""
    from openpyxl import Workbook

    from meetingdesk.formats.xlsx import keep_as_text

    book = Workbook()
    sheet = book.active
    sheet.title = "Actions"
    sheet.append(list(COLUMNS))
    row = dict.fromkeys(COLUMNS, "")
    sheet.append([{**row, "text_en": "placeholder", "owner": "JPN"}[c] for c in COLUMNS])
    sheet.append(
        [
            {
                **row,
                "title_en": HYPERLINK,
                "text_en": "+ share best practice",
                "title_ja": "@注意",
                "owner": "USA",
            }[c]
            for c in COLUMNS
        ]
    )
    keep_as_text(sheet)  # row 3's texts stay text
    text_en = COLUMNS.index("text_en") + 1
    sheet.cell(2, text_en).value = '=CONCATENATE("Share ","best practices.")'  # a formula
    book.save(path)
    return path


def test_formula_like_texts_are_flagged_and_formulas_refused(small, tmp_path) -> None:
    path = _workbook(tmp_path / "actions.xlsx")
    before_bytes, before = path.read_bytes(), counts(small.desk)
    preview = preview_actions_import(small.desk, small.meeting.id, path)
    report = preview.report()
    assert [(e.row, e.field) for e in preview.errors] == [(2, "text_en")], report
    assert "column E holds a formula (=CONCATENATE(" in str(preview.errors[0])
    assert f"row 3: title_en starts like a spreadsheet formula ({HYPERLINK}); " in report
    assert "row 3: text_en starts like a spreadsheet formula (+ share best practice)" in report
    assert "row 3: title_ja starts like a spreadsheet formula (@注意)" in report
    assert "nothing will be imported" in report
    assert counts(small.desk) == before and path.read_bytes() == before_bytes


def test_libreoffice_values_are_taken_and_texts_stay_text(
    small, tmp_path, libreoffice_resave
) -> None:
    raw = _workbook(tmp_path / "actions.xlsx")
    path = libreoffice_resave(raw, "xlsx", tmp_path / "lo")
    preview = preview_actions_import(small.desk, small.meeting.id, path)
    report = preview.report()
    assert preview.ok, report
    assert (
        "actions.xlsx, sheet Actions, row 2, column E (text_en): a formula "
        '(=CONCATENATE("Share ","best practices.")); the value it showed, '
        "'Share best practices.', is taken — check it"
    ) in report
    assert f"row 3: title_en starts like a spreadsheet formula ({HYPERLINK})" in report
    assert apply_actions_import(small.desk, preview) == 2
    listed = {a.owner_code: a for a in actions.list_actions(small.desk, small.meeting.id)}
    assert listed["JPN"].text_en == "Share best practices."
    assert listed["USA"].title_en == HYPERLINK  # stored as the text it is
    assert listed["USA"].text_en == "+ share best practice"


def test_row_numbers_follow_the_sheet_across_blank_rows(small, tmp_path) -> None:
    """A blank row in the middle: errors name the sheet's row, not a count of rows."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(COLUMNS))
    row = dict.fromkeys(COLUMNS, "")
    sheet.append([{**row, "text_en": "First.", "owner": "JPN"}[c] for c in COLUMNS])
    sheet.cell(5, 1).value = ""  # rows 3-4 absent from the file
    sheet.append([{**row, "text_en": "Fifth.", "owner": "XXX"}[c] for c in COLUMNS])
    path = tmp_path / "gaps.xlsx"
    book.save(path)
    preview = preview_actions_import(small.desk, small.meeting.id, path)
    assert [(e.row, e.field) for e in preview.errors] == [(6, "owner")], preview.report()
