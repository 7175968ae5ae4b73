"""Registration files as they really arrive, through the participants import service and
the command line: Indico-style CSV, Japanese Excel CSV (cp932), round trips through
LibreOffice, ambiguous affiliations, bad input that changes nothing."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from meetingdesk.services.logistics import participants as pt
from meetingdesk.services.logistics.participants import export_participants_xlsx
from meetingdesk.services.logistics.participants_import import (
    ImportChoices,
    ImportRefused,
    apply_import,
    preview_import,
    remembered_layout,
)
from meetingdesk.services.meetings import counts

from .registration_files import (
    INDICO_HEADER,
    INDICO_ROWS,
    JA_HEADER,
    JA_ROWS,
    resave_with_libreoffice,
    write_csv,
)


def by_name(g7) -> dict:
    return {p.family_name: p for p in pt.list_participants(g7.desk, g7.meeting_id)}


def test_indico_export_imports_after_one_decision(g7, tmp_path):
    path = write_csv(tmp_path / "registrants.csv", INDICO_HEADER, INDICO_ROWS)
    strict = preview_import(g7.desk, g7.meeting_id, path)
    assert not strict.ok and len(strict.errors) == 1
    assert "unknown column(s): “ID”, “Registration date”, “Registration state”" in str(
        strict.errors[0]
    )
    preview = preview_import(g7.desk, g7.meeting_id, path, ImportChoices(ignore_unknown=True))
    assert preview.ok, preview.report()
    assert "column 1 “ID” → ignored (unknown)" in preview.report()
    codes = {r.get("family_name"): (r.delegation_code, r.delegation_how) for r in preview.rows}
    assert codes == {
        "Martin": ("FRA", "country"),
        "Durand": ("OECD", "affiliation"),  # OECD staff living in France: OECD, not France
        "Schmidt": ("DEU", "country"),
        "Rossi": ("EU", "affiliation"),
    }
    apply_import(g7.desk, preview)
    people = by_name(g7)
    assert people["Durand"].email == "paul.durand@example.org"
    assert people["Martin"].honorific == "Ms" and people["Martin"].position_en == "Director"
    # The decision is remembered for this layout: the same export imports at once next time.
    assert remembered_layout(g7.desk, INDICO_HEADER)["ID"] == ""
    again = preview_import(g7.desk, g7.meeting_id, path)
    assert again.errors == () and len(again.unchanged) == 4


def test_japanese_excel_csv_in_cp932(g7, tmp_path):
    path = write_csv(tmp_path / "名簿.csv", JA_HEADER, JA_ROWS, "cp932")
    preview = preview_import(g7.desk, g7.meeting_id, path)
    assert preview.ok, preview.report()
    assert preview.encoding == "Shift_JIS (cp932)"
    assert "Shift_JIS (cp932)" in preview.report()
    yamada, sato = preview.rows
    assert yamada.get("reading_ja") == "やまだ たろう"  # U+3000 typed by the input method
    assert yamada.get("family_name") == "Yamada" and "family_name" in yamada.suggested
    assert sato.get("reading_ja") == "さとう はなこ" and "reading_ja" in sato.suggested
    assert "suggested" in preview.report()
    apply_import(g7.desk, preview)
    people = {p.family_name_ja: p for p in pt.list_participants(g7.desk, g7.meeting_id)}
    assert people["山田"].arrival == datetime(2016, 4, 28, 6, 0, tzinfo=UTC)  # 15:00 JST
    assert people["佐藤"].arrival == datetime(2016, 4, 28, 9, 30, tzinfo=UTC)  # 18時30分
    assert people["山田"].delegation_code == "JPN" and people["山田"].position_ja == "課長"


def test_round_trip_through_libreoffice_updates_and_duplicates_nothing(g7, tmp_path):
    from openpyxl import load_workbook

    path = write_csv(tmp_path / "registrants.csv", INDICO_HEADER, INDICO_ROWS)
    apply_import(
        g7.desk,
        preview_import(g7.desk, g7.meeting_id, path, ImportChoices(ignore_unknown=True)),
    )
    exported = export_participants_xlsx(g7.desk, g7.meeting_id, tmp_path / "list.xlsx")
    # Edit as a secretariat would: a new phone number, a later arrival, one row deleted.
    book = load_workbook(exported)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    col = {h.split(" / ")[0]: i + 1 for i, h in enumerate(header)}
    rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(rows["Martin"], col["Phone"]).value = "+33 1 11 11 11 11"
    sheet.cell(rows["Schmidt"], col["Arrival"]).value = datetime(2016, 4, 28, 20, 0)
    sheet.delete_rows(rows["Rossi"])
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    resaved = resave_with_libreoffice(edited, "xlsx", tmp_path)
    before = counts(g7.desk)
    preview = preview_import(g7.desk, g7.meeting_id, resaved)
    assert preview.errors == (), preview.report()
    changed = {r.get("family_name") or "": r.changes for r in preview.updated}
    assert len(preview.updated) == 2 and len(preview.unchanged) == 1 and not preview.added
    fields = {c.field for r in preview.updated for c in r.changes}
    assert fields == {"phone", "arrival"}, changed
    assert [m.name for m in preview.missing] == ["Luca Rossi"]
    assert "Luca Rossi (EU)" in preview.report() and "nobody is removed" in preview.report()
    apply_import(g7.desk, preview)
    people = by_name(g7)
    assert len(people) == 4  # nobody duplicated, nobody removed
    assert people["Martin"].phone == "+33 1 11 11 11 11"
    assert people["Schmidt"].arrival == datetime(2016, 4, 28, 11, 0, tzinfo=UTC)
    assert (
        counts(g7.desk)["participant"] == before["participant"] if "participant" in before else True
    )
    # The same file once more: nothing left to change.
    assert not preview_import(g7.desk, g7.meeting_id, resaved).ok
    # And as .ods, saved by LibreOffice: read too.
    ods = resave_with_libreoffice(exported, "ods", tmp_path)
    from_ods = preview_import(g7.desk, g7.meeting_id, ods)
    assert from_ods.kind == "ods" and from_ods.errors == (), from_ods.report()


def test_ambiguous_affiliations_are_listed_then_decided(g7, tmp_path):
    rows = (
        ("Bernard", "Luc", "Permanent Delegation of France to the OECD", "France"),
        ("Tanaka", "Aiko", "Embassy of Japan in France", "France"),
        ("Weber", "Eva", "ITU", "Switzerland"),
    )
    path = write_csv(
        tmp_path / "list.csv", ("Last Name", "First Name", "Affiliation", "Country"), rows
    )
    before = counts(g7.desk)
    preview = preview_import(g7.desk, g7.meeting_id, path)
    assert dict(preview.ambiguous) == {2: ("FRA", "OECD"), 3: ("FRA", "JPN")}
    assert {(e.row, e.field) for e in preview.errors} == {(2, "delegation"), (3, "delegation")}
    assert all("ambiguous" in e.reason for e in preview.errors)
    with pytest.raises(ImportRefused):
        apply_import(g7.desk, preview)
    assert counts(g7.desk) == before
    decided = preview_import(
        g7.desk, g7.meeting_id, path, ImportChoices(delegations=((2, "FRA"), (3, "JPN")))
    )
    assert decided.ok, decided.report()
    assert [r.delegation_code for r in decided.rows] == ["FRA", "JPN", "ITU"]


@pytest.mark.parametrize(
    ("header", "choices", "words"),
    [
        (("Email", "Country"), ImportChoices(), "no column gives family_name"),
        (("Last Name", "Surname", "Country"), ImportChoices(), "two columns give family_name"),
        (
            ("Nom", "Pays", "E-mail"),
            ImportChoices(mapping=(("email", "Pays"),)),
            "two columns give email",  # Pays chosen as e-mail; E-mail is e-mail by alias
        ),
        (("Last Name", "Country"), ImportChoices(mapping=(("email", "Courriel"),)), "no column"),
    ],
)
def test_bad_mappings_change_nothing(g7, tmp_path, header, choices, words):
    path = write_csv(tmp_path / "list.csv", header, [("a",) * len(header)])
    before = counts(g7.desk)
    preview = preview_import(g7.desk, g7.meeting_id, path, choices)
    assert not preview.ok
    assert any(words in e.reason for e in preview.errors), preview.report()
    with pytest.raises(ImportRefused):
        apply_import(g7.desk, preview)
    assert counts(g7.desk) == before


def test_mixed_encoding_file_changes_nothing(g7, tmp_path):
    path = tmp_path / "mixed.csv"
    data = "姓,名,国\n山田,太郎,日本\n".encode() + "佐藤,花子,日本\n".encode("cp932")
    path.write_bytes(data)
    before = counts(g7.desk)
    preview = preview_import(g7.desk, g7.meeting_id, path)
    assert "mixes text encodings" in preview.errors[0].reason
    assert counts(g7.desk) == before and path.read_bytes() == data


def test_large_file_can_be_cancelled(g7, tmp_path):
    from meetingdesk.formats.tabular.read import TableCancelled

    rows = [(f"Name{i}", "Given", "France", f"p{i}@example.fr") for i in range(5000)]
    path = write_csv(tmp_path / "big.csv", ("Last Name", "First Name", "Country", "Email"), rows)
    seen: list[tuple[int, int]] = []
    with pytest.raises(TableCancelled):
        preview_import(
            g7.desk,
            g7.meeting_id,
            path,
            progress=lambda done, total: seen.append((done, total)),
            cancel=lambda: len(seen) >= 2,
        )
    assert seen[:2] == [(1000, 5000), (2000, 5000)]
    preview = preview_import(g7.desk, g7.meeting_id, path)
    assert len(preview.added) == 5000
    assert len(apply_import(g7.desk, preview)) == 5000


# --- command line --------------------------------------------------------------------------


def cli(argv: list[str]) -> int:
    from meetingdesk.cli import build_parser
    from meetingdesk.cli import run as run_args

    return run_args(build_parser().parse_args(argv))


@pytest.fixture
def db(tmp_path: Path):
    from meetingdesk.services.base import Desk

    from .conftest import build_g7

    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    desk = Desk.open(url, user="tester")
    g7 = build_g7(desk)
    desk.close()
    return url, g7


def test_cli_map_and_ignore_unknown(db, tmp_path, capsys):
    url, _ = db
    path = write_csv(
        tmp_path / "list.csv",
        ("Nom de famille", "Pays", "Notes"),
        [("Martin", "France", "vegetarian")],
    )
    assert cli(["--db", url, "import", "participants", str(path)]) == 1
    out = capsys.readouterr()
    assert "unknown column(s): “Nom de famille”, “Notes”" in out.out
    assert (
        cli(
            [
                "--db",
                url,
                "import",
                "participants",
                str(path),
                "--map",
                "family_name=Nom de famille",
                "--ignore-unknown",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "column 3 “Notes” → ignored (unknown)" in out and "imported 1 participant(s)" in out
    assert cli(["--db", url, "import", "participants", str(path), "--map", "nonsense"]) == 2
    assert "'nonsense' is not FIELD=COLUMN" in capsys.readouterr().err


def test_cli_assign_an_ambiguous_row(db, tmp_path, capsys):
    url, _ = db
    path = write_csv(
        tmp_path / "list.csv",
        ("Last Name", "Affiliation"),
        [("Bernard", "Permanent Delegation of France to the OECD")],
    )
    assert cli(["--db", url, "import", "participants", str(path)]) == 1
    assert "ambiguous" in capsys.readouterr().out
    assert cli(["--db", url, "import", "participants", str(path), "--assign", "2=FRA"]) == 0


def test_cli_exports_xlsx_with_normal_permissions(db, tmp_path, capsys):
    from openpyxl import load_workbook

    url, g7 = db
    path = write_csv(tmp_path / "r.csv", INDICO_HEADER, INDICO_ROWS)
    assert cli(["--db", url, "import", "participants", str(path), "--ignore-unknown"]) == 0
    old = os.umask(0o022)
    try:
        for kind, name in (
            ("participants-xlsx", "p.xlsx"),
            ("actions-xlsx", "a.xlsx"),
            ("ics", "a.ics"),
            ("agenda", "a.pdf"),
        ):
            out = tmp_path / name
            assert cli(["--db", url, "export", kind, "--out", str(out)]) == 0, capsys.readouterr()
            assert stat.S_IMODE(out.stat().st_mode) == 0o644, kind
        os.umask(0o077)
        private = tmp_path / "private.ics"
        assert cli(["--db", url, "export", "ics", "--out", str(private)]) == 0
        assert stat.S_IMODE(private.stat().st_mode) == 0o600
    finally:
        os.umask(old)
    sheet = load_workbook(tmp_path / "p.xlsx").active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    assert sheet.cell(1, sheet.max_column).value == "MeetingDesk ID"


@pytest.mark.parametrize("kind", ["ics", "participants-xlsx", "actions-xlsx", "agenda"])
def test_cli_out_folder_or_unwritable_is_one_line(db, tmp_path, capsys, kind):
    url, _ = db
    assert cli(["--db", url, "export", kind, "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "it is a folder" in err[0], err
    suffix = {"ics": ".ics", "agenda": ".pdf"}.get(kind, ".xlsx")
    missing = tmp_path / "no" / "such" / f"file{suffix}"
    assert cli(["--db", url, "export", kind, "--out", str(missing)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "does not exist" in err[0], err


def test_cli_refuses_ods_output_and_help_names_formats(db, tmp_path, capsys):
    url, _ = db
    assert cli(["--db", url, "export", "participants-xlsx", "--out", str(tmp_path / "l.ods")]) == 2
    assert "give a .xlsx name" in capsys.readouterr().err
    from meetingdesk.cli import build_parser

    parser = build_parser()
    export = parser._subparsers._group_actions[0].choices["export"]
    text = export.format_help()
    assert "the PDF to write" not in text and ".ics for ics" in text and "actions-xlsx" in text
    assert "--participant" in text


def test_moving_a_person_to_another_delegation_shows_codes(g7, tmp_path):
    path = write_csv(
        tmp_path / "a.csv",
        ("Last Name", "Email", "Delegation"),
        [("Durand", "paul.durand@example.org", "FRA")],
    )
    apply_import(g7.desk, preview_import(g7.desk, g7.meeting_id, path))
    moved = write_csv(
        tmp_path / "b.csv",
        ("Last Name", "Email", "Delegation"),
        [("Durand", "paul.durand@example.org", "OECD")],
    )
    preview = preview_import(g7.desk, g7.meeting_id, moved)
    (row,) = preview.updated
    assert [(c.field, c.old, c.new) for c in row.changes] == [("delegation", "FRA", "OECD")]
    assert "delegation: FRA → OECD" in preview.report()
    apply_import(g7.desk, preview)
    assert by_name(g7)["Durand"].delegation_code == "OECD"


def test_export_keeps_formula_like_names_as_text(g7, tmp_path):
    from openpyxl import load_workbook

    path = write_csv(
        tmp_path / "a.csv", ("Last Name", "Position", "Country"), [("=1+1", "@chair", "France")]
    )
    apply_import(g7.desk, preview_import(g7.desk, g7.meeting_id, path))
    out = export_participants_xlsx(g7.desk, g7.meeting_id, tmp_path / "l.xlsx")
    sheet = load_workbook(out).active
    cell = sheet.cell(2, 1)
    assert cell.value == "=1+1" and cell.data_type == "s"
    again = preview_import(g7.desk, g7.meeting_id, out)
    assert again.errors == () and len(again.unchanged) == 1, again.report()
