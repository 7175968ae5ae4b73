"""Real formula cells in a registration workbook (XLSX written by openpyxl, the same file
re-saved by LibreOffice, and as ODS): a formula with no saved value refuses its row; one
with a value takes it and the report names file, sheet, row, column and the formula."""

from __future__ import annotations

from pathlib import Path

import pytest

from meetingdesk.services.logistics import participants as pt
from meetingdesk.services.logistics.participants_import import apply_import, preview_import
from meetingdesk.services.meetings import counts

ROWS = [
    ["family_name", "given_name", "delegation", "email", "badge_number"],
    ["Lemaire", "Axelle", "FRA", '=LOWER("AXELLE.LEMAIRE@EXAMPLE.FR")', "301"],
    ['=UPPER("pritzker")', "Penny", "USA", "penny@example.com", "302"],
    ["Suzuki", "Ichiro", "JPN", "ichiro@example.jp", "=300+3"],
]


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory, libreoffice_resave) -> dict[str, Path]:
    from openpyxl import Workbook

    folder = tmp_path_factory.mktemp("formulas")
    book = Workbook()
    book.active.title = "Registrations"
    for row in ROWS:
        book.active.append(row)  # openpyxl writes "=..." as a formula, with no value
    raw = folder / "registrations.xlsx"
    book.save(raw)
    return {
        "raw": raw,
        "xlsx": libreoffice_resave(raw, "xlsx", folder / "xlsx"),
        "ods": libreoffice_resave(raw, "ods", folder / "ods"),
    }


def test_a_formula_without_a_saved_value_refuses_its_row(g7, workbooks) -> None:
    path = workbooks["raw"]
    before_bytes, before = path.read_bytes(), counts(g7.desk)
    preview = preview_import(g7.desk, g7.meeting_id, path)
    refused = {(e.row, e.field): e.reason for e in preview.errors}
    assert set(refused) == {(2, "email"), (3, "family_name"), (4, "badge_number")}
    assert refused[(2, "email")].startswith(
        'column D holds a formula (=LOWER("AXELLE.LEMAIRE@EXAMPLE.FR")) saved without its '
        "computed value; open and save the file in a spreadsheet program"
    )
    assert "column A holds a formula (=UPPER" in refused[(3, "family_name")]
    assert "nothing will be imported" in preview.report()
    assert not preview.ok
    assert counts(g7.desk) == before and path.read_bytes() == before_bytes


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_libreoffice_saved_values_are_taken_and_named(g7, workbooks, kind: str) -> None:
    path = workbooks[kind]
    preview = preview_import(g7.desk, g7.meeting_id, path)
    report = preview.report()
    assert preview.ok, report
    sheet = "Registrations"
    assert (
        f"{path.name}, sheet {sheet}, row 2, column D (email): a formula "
        '(=LOWER("AXELLE.LEMAIRE@EXAMPLE.FR")); the value it showed, '
        "'axelle.lemaire@example.fr', is taken — check it"
    ) in report, report
    assert "'axelle.lemaire@example.fr', is taken — check it" in report
    assert f"sheet {sheet}, row 3, column A (family_name)" in report
    assert f"sheet {sheet}, row 4, column E (badge_number)" in report
    apply_import(g7.desk, preview)
    people = {p.given_name: p for p in pt.list_participants(g7.desk, g7.meeting_id)}
    assert people["Axelle"].email == "axelle.lemaire@example.fr"
    assert people["Penny"].family_name == "PRITZKER"
    assert people["Ichiro"].badge_number == "303"


def test_a_formula_in_an_ignored_column_is_not_read(g7, tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["family_name", "given_name", "delegation", "notes"])
    book.active.append(["Calenda", "Carlo", "ITA", "=NOW()"])
    path = tmp_path / "with notes.xlsx"
    book.save(path)
    from meetingdesk.services.logistics.participants_import import ImportChoices

    preview = preview_import(g7.desk, g7.meeting_id, path, ImportChoices(ignore_unknown=True))
    assert preview.ok, preview.report()
    assert "a formula (" not in preview.report() and "column D" not in preview.report()
