"""The import report in the reader's language: every problem line of the participants import
dialog is said in Japanese under the Japanese catalogue (no English left beyond what the file
holds), in English otherwise; the command line keeps the English with row and field; the
refused file is left as it was and nothing is written."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from meetingdesk.services.logistics import participants as pt  # noqa: E402

from .registration_files import write_csv  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
HEADER = (
    "Family name",
    "Given name",
    "Delegation",
    "Role",
    "E-mail",
    "Arrival",
    "Reading",
    "Nickname",
)
ROWS = (
    ("Takaichi", "Sanae", "JPN", "head", "minister@example.jp", "2016-04-28 15:00", "たかいち", ""),
    ("Brown", "Tom", "GBR", "member", "tom-at-example", "", "", ""),
    ("Jones", "Ann", "USA", "Boss", "", "", "", ""),
    ("Kato", "Yu", "JPN", "member", "", "", "Kato", ""),
    ("Rossi", "Luca", "ITA", "member", "", "2016-04-28", "", ""),
    ("Smith", "John", "XXX", "member", "", "", "", ""),
)
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _load(qtbot, dialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=60_000):
        dialog.load_file(path)


def _lines(dialog) -> list[tuple[str, str, str]]:
    table = dialog.errors
    return [
        tuple(table.item(r, c).text() for c in range(3))  # type: ignore[misc]
        for r in range(table.rowCount())
    ]


def _english_left(text: str, values: set[str]) -> list[str]:
    """Latin words of ``text`` once the values written in the file are taken out."""
    for value in sorted(values, key=len, reverse=True):
        if value:
            text = text.replace(value, " ")
    for name in ("MeetingDesk", "CSV", "XLSX", "UTF-8"):
        text = text.replace(name, " ")
    return re.findall(r"[A-Za-z]{2,}", text)


def _bad_files(tmp_path: Path) -> tuple[Path, Path, set[str]]:
    """A CSV with one problem of each kind per row, and an XLSX with a formula cell saved
    without its value (as programs, not spreadsheets, write them)."""
    from openpyxl import Workbook

    csv_path = write_csv(tmp_path / "registrants.csv", HEADER, ROWS)
    book = Workbook()
    sheet = book.active
    sheet.append(["Family name", "Given name", "Delegation"])
    sheet.append(["Meyer", "Eva", "DEU"])
    sheet.append(["Muller", '=UPPER("jan")', "DEU"])
    xlsx_path = tmp_path / "registrants.xlsx"
    book.save(xlsx_path)
    values = {c for row in (HEADER, *ROWS) for c in row}
    values |= {"Meyer", "Eva", "DEU", "Muller", '=UPPER("jan")', "registrants.csv"}
    return csv_path, xlsx_path, values


def _read_all(qtbot, dialog, csv_path: Path, xlsx_path: Path) -> dict[str, list]:
    """The problem lines of: the CSV as read first (an unknown column), the CSV with unknown
    columns ignored (the row problems), and the XLSX (the formula cell)."""
    _load(qtbot, dialog, csv_path)
    header = _lines(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=60_000):
        dialog.ignore_unknown.setChecked(True)
    rows = _lines(dialog)
    _load(qtbot, dialog, xlsx_path)
    return {"header": header, "rows": rows, "formula": _lines(dialog)}


def test_import_problems_read_in_japanese(qtbot, japanese, g7_sqlite, tmp_path):
    from meetingdesk.ui.logistics.import_dialog import ImportDialog

    csv_path, xlsx_path, values = _bad_files(tmp_path)
    before = hashlib.sha256(csv_path.read_bytes()).hexdigest()
    dialog = ImportDialog(g7_sqlite.desk, g7_sqlite.meeting_id)
    qtbot.addWidget(dialog)
    seen = _read_all(qtbot, dialog, csv_path, xlsx_path)

    (where, field, said), *_ = seen["header"]
    assert where == "1" and field == ""
    assert said.startswith("認識できない列があります: “Nickname”"), said
    rows = {(w, f): s for w, f, s in seen["rows"]}
    assert rows[("3", "電子メール")] == "「tom-at-example」は電子メールアドレスではありません。"
    assert rows[("4", "役割")].startswith(
        "「boss」は役割として使えません。次のいずれかにしてください: 代表団長、次席代表"
    )
    assert rows[("5", "よみがな")] == "「Kato」はかなで書かれていません。"
    assert rows[("6", "到着")].startswith("「2016-04-28」は日付だけです。時刻も書いてください")
    assert rows[("7", "代表団")] == "この会合に代表団「XXX」はありません。"
    assert len(rows) == 5
    ((where, field, said),) = seen["formula"]
    assert (where, field) == ("3", "名（ローマ字）")
    assert said.startswith('B 列に、計算結果なしで保存された数式(=UPPER("jan"))があります。')
    for _where, field, said in [*seen["header"], *seen["rows"], *seen["formula"]]:
        assert JAPANESE.search(said), said
        assert not _english_left(said + " " + field, values | {"boss"}), said
    assert not dialog.confirm.isEnabled()
    assert dialog.summary.text().startswith("問題が 1 件")
    assert hashlib.sha256(csv_path.read_bytes()).hexdigest() == before
    assert pt.list_participants(g7_sqlite.desk, g7_sqlite.meeting_id) == []


def test_import_problems_read_in_english(qtbot, g7_sqlite, tmp_path):
    from meetingdesk.ui.logistics.import_dialog import ImportDialog

    csv_path, xlsx_path, _values = _bad_files(tmp_path)
    dialog = ImportDialog(g7_sqlite.desk, g7_sqlite.meeting_id)
    qtbot.addWidget(dialog)
    seen = _read_all(qtbot, dialog, csv_path, xlsx_path)
    assert seen["header"][0][2].startswith("Columns not recognised: “Nickname”")
    rows = {(w, f): s for w, f, s in seen["rows"]}
    assert rows[("3", "E-mail")] == "“tom-at-example” is not an e-mail address."
    assert rows[("4", "Role")].startswith("“boss” is not a role; use one of: Head of delegation")
    assert rows[("5", "Reading (kana)")] == "“Kato” is not written in kana."
    assert rows[("6", "Arrival")].startswith("“2016-04-28” is a date alone: give the time too")
    assert rows[("7", "Delegation")] == "There is no delegation “XXX” in this meeting."
    assert seen["formula"][0][:2] == ("3", "Given name")
    assert seen["formula"][0][2].startswith('Column B holds a formula (=UPPER("jan")) saved')


def test_cli_prints_the_english_with_row_and_field(tmp_path):
    from meetingdesk.services.base import Desk

    from .conftest import build_g7

    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    desk = Desk.open(url, user="tester")
    build_g7(desk)
    desk.close()
    csv_path, _xlsx, _values = _bad_files(tmp_path)
    before = csv_path.read_bytes()
    done = subprocess.run(
        [sys.executable, "main.py", "--db", url, "import", "participants", str(csv_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "row 1: unknown column(s): “Nickname”" in done.stdout
    again = subprocess.run(
        [sys.executable, "main.py", "--db", url, "import", "participants", str(csv_path)]
        + ["--ignore-unknown"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 1, again.stderr
    out = again.stdout
    assert "row 3, email: 'tom-at-example' is not an e-mail address" in out
    assert "row 4, role: 'boss' is not one of head, deputy" in out
    assert "row 5, reading_ja: 'Kato' is not written in kana" in out
    assert "row 6, arrival: '2016-04-28' is a date alone" in out
    assert "row 7, delegation: no delegation “XXX” in this meeting" in out
    assert csv_path.read_bytes() == before


def test_texts_that_look_like_formulas_are_named_in_japanese(qtbot, japanese, g7_sqlite, tmp_path):
    from meetingdesk.ui.logistics.import_dialog import ImportDialog

    path = write_csv(
        tmp_path / "good.csv",
        ("Family name", "Given name", "Delegation"),
        (("Takaichi", "@Sanae", "JPN"),),
    )
    dialog = ImportDialog(g7_sqlite.desk, g7_sqlite.meeting_id)
    qtbot.addWidget(dialog)
    _load(qtbot, dialog, path)
    assert dialog.confirm.isEnabled()
    assert dialog.notes.text() == (
        "2 行目: 名（ローマ字） が表計算の数式のように始まっています(@Sanae)。"
        "文字列として取り込み、数式としては実行しません。"
    )


def test_a_file_that_cannot_be_read_is_said_in_japanese(qtbot, japanese, g7_sqlite, tmp_path):
    """A file-level problem: the Row column says "file", the sentence names the lines."""
    from meetingdesk.ui.logistics.import_dialog import ImportDialog

    path = tmp_path / "mixed.csv"
    path.write_bytes(
        b"Family name,Delegation\n" + "高市,JPN\n".encode() + "加藤,JPN\n".encode("cp932")
    )
    before = path.read_bytes()
    dialog = ImportDialog(g7_sqlite.desk, g7_sqlite.meeting_id)
    qtbot.addWidget(dialog)
    _load(qtbot, dialog, path)
    assert _lines(dialog) == [
        (
            "ファイル",
            "",
            "mixed.csv には複数の文字コードが混在しています(2 行目は UTF-8、3 行目はそれ以外)。"
            "一つのプログラムから CSV UTF-8 形式で保存し直してください。",
        )
    ]
    assert path.read_bytes() == before
    assert not dialog.confirm.isEnabled()
