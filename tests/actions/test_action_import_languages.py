"""The actions import's problems in the reader's language: the import dialog says each in
Japanese under the Japanese catalogue (no English left beyond what the file holds) and in
English otherwise; the command line keeps the English with row and field; nothing is
written and the file is left as it was."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from meetingdesk.services.actions import list_actions  # noqa: E402
from meetingdesk.services.actions.xlsx import COLUMNS  # noqa: E402

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
BAD = {  # row → the cells that differ from a good row, and the field each spoils
    2: ({"owner": "XYZ"}, "owner"),
    3: ({"partners": "USA, ZZZ"}, "partners"),
    4: ({"implements": "declaration:9"}, "implements"),
    5: ({"implements": "nowhere"}, "implements"),
    6: ({"target_date": "next spring"}, "target_date"),
    7: ({"status": "finished"}, "status"),
    8: ({"contact": "Nobody Here"}, "contact"),
    9: ({"uuid": "not-a-uuid"}, "uuid"),
    10: ({"text_en": ""}, "text_en"),
}


def _workbook(path: Path) -> tuple[Path, set[str]]:
    """One bad cell per row, and row 11 with a formula saved without its value."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(COLUMNS))
    good = dict.fromkeys(COLUMNS, "")
    good.update(text_en="Hold a workshop.", owner="JPN")
    values: set[str] = {*COLUMNS, "ZZZ"}
    for row in sorted(BAD):
        cells = {**good, **BAD[row][0]}
        sheet.append([cells[c] for c in COLUMNS])
        values.update(str(v) for v in cells.values())
    sheet.append([good[c] for c in COLUMNS])
    sheet.cell(11, COLUMNS.index("title_en") + 1).value = '=UPPER("workshop")'
    values.add('=UPPER("workshop")')
    book.save(path)
    return path, values


def _header_file(path: Path) -> Path:
    path.write_text("text_en,Notes,text_en\nHold a workshop.,x,y\n", encoding="utf-8")
    return path


def _lines(dialog) -> list[tuple[str, str, str]]:
    table = dialog.errors
    return [
        tuple(table.item(r, c).text() for c in range(3))  # type: ignore[misc]
        for r in range(table.rowCount())
    ]


def test_actions_import_problems_in_japanese(qtbot, japanese, small, tmp_path):
    from meetingdesk.ui.actions.dialogs import ActionsImportDialog

    path, values = _workbook(tmp_path / "actions.xlsx")
    before = path.read_bytes()
    dialog = ActionsImportDialog(small.desk, small.meeting.id, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)  # read in the background
    lines = _lines(dialog)
    by_row = {int(w): (f, s) for w, f, s in lines}
    assert sorted(by_row) == [*sorted(BAD), 11]
    assert by_row[2] == ("主導代表団", "この会合にコード「XYZ」の代表団はありません。")
    assert by_row[4] == ("関連段落", "この会合に段落「declaration:9」はありません。")
    assert by_row[6][1].startswith("「next spring」は日付として読めません")
    assert by_row[7][1].startswith(
        "「finished」は状況として使えません。次のいずれかにしてください: "
    )
    assert by_row[10] == ("本文（英語）", "空欄です。行動にはそれぞれ英語の本文が必要です。")
    assert by_row[11][0] == "件名（英語）"
    assert by_row[11][1].startswith("C 列に、計算結果なしで保存された数式")
    for _where, field, said in lines:
        rest = f"{field} {said}"
        for value in sorted(values, key=len, reverse=True):
            rest = rest.replace(value, " ") if value else rest
        assert JAPANESE.search(said), said
        assert not re.findall(r"[A-Za-z]{2,}", rest), said
    assert not dialog.confirm.isEnabled()
    assert dialog.summary.text().startswith("問題が 10 件")

    header = ActionsImportDialog(small.desk, small.meeting.id, _header_file(tmp_path / "h.csv"))
    qtbot.addWidget(header)
    qtbot.waitUntil(lambda: header.preview is not None, timeout=20_000)
    assert _lines(header) == [
        ("1", "Notes", "この列は認識できません。書き出した行動一覧の列を使ってください。"),
        ("1", "本文（英語）", "この列が二回あります。"),
        ("1", "主導代表団", "必須の列がありません。"),
    ]
    assert path.read_bytes() == before
    assert list_actions(small.desk, small.meeting.id) == []


def test_actions_import_problems_in_english(qtbot, small, tmp_path):
    from meetingdesk.ui.actions.dialogs import ActionsImportDialog

    path, _values = _workbook(tmp_path / "actions.xlsx")
    dialog = ActionsImportDialog(small.desk, small.meeting.id, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)  # read in the background
    by_row = {int(w): (f, s) for w, f, s in _lines(dialog)}
    assert by_row[2] == (
        "Lead delegation",
        "There is no delegation with code “XYZ” in this meeting.",
    )
    assert by_row[5][1] == "“nowhere” is not a paragraph reference (write declaration:5)."
    assert by_row[7][1] == (
        "“finished” is not a status; use one of: proposed, agreed, in progress, done, dropped."
    )
    assert by_row[9] == ("Action ID (UUID)", "“not-a-uuid” is not an action ID (UUID).")


def test_actions_cli_keeps_the_english(small, tmp_path, capsys):
    import argparse

    from meetingdesk.cli import actions as cli_actions

    path, _values = _workbook(tmp_path / "actions.xlsx")
    parser = argparse.ArgumentParser(prog="meetingdesk")
    parser.add_argument("--db")
    cli_actions.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        ["--db", small.desk.url, "import", "actions", str(path), "--meeting", str(small.meeting.id)]
    )
    assert args.func(args) == 1
    out = capsys.readouterr().out
    assert "row 2, owner: no delegation with code 'XYZ' in this meeting" in out
    assert "row 7, status: 'finished' is not one of proposed, agreed" in out
    assert "row 11, title_en: column C holds a formula" in out


def test_a_clean_file_is_read_and_imported_in_the_background(qtbot, small, tmp_path):
    """The dialog opens at once, reads the file in the background, and writes on Confirm."""
    from openpyxl import Workbook

    from meetingdesk.ui.actions.dialogs import ActionsImportDialog

    book = Workbook()
    sheet = book.active
    sheet.append(list(COLUMNS))
    row = dict.fromkeys(COLUMNS, "")
    row.update(text_en="Hold a workshop on open data.", owner="JPN")
    sheet.append([row[c] for c in COLUMNS])
    path = tmp_path / "clean.xlsx"
    book.save(path)
    dialog = ActionsImportDialog(small.desk, small.meeting.id, path)
    qtbot.addWidget(dialog)
    assert not dialog.confirm.isEnabled()  # nothing to confirm before the file is read
    with qtbot.waitSignal(dialog.ready, timeout=20_000):
        pass
    assert dialog.confirm.isEnabled(), dialog.summary.text()
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.confirm.click()
    assert dialog.imported == 1
    assert [a.text_en for a in list_actions(small.desk, small.meeting.id)] == [
        "Hold a workshop on open data."
    ]


def test_an_action_text_with_bad_markup_names_which_text(qapp, japanese, small):
    """The action's own texts are named as the English or Japanese text in the refusal."""
    from meetingdesk.services.actions.plan import create_action
    from meetingdesk.services.base import ValidationError
    from meetingdesk.ui.labels import refusal

    with pytest.raises(ValidationError) as english:
        create_action(small.desk, small.annex, text_en="Hold [a workshop.", owner_code="JPN")
    with pytest.raises(ValidationError) as japanese_text:
        create_action(
            small.desk,
            small.annex,
            text_en="Hold a workshop.",
            text_ja="ワークショップを[開催する。",
            owner_code="JPN",
        )
    said_en, said_ja = refusal(english.value), refusal(japanese_text.value)
    assert "英語" in said_en and "6 文字目" in said_en, said_en
    assert "日本語" in said_ja and "9 文字目" in said_ja, said_ja
    assert list_actions(small.desk, small.meeting.id) == []
