"""Spreadsheets: every row read whatever <dimension> claims; formula-like text stays text."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from meetingdesk.formats.tabular.read import read_table
from meetingdesk.formats.xlsx import formula_cells, formula_like, keep_as_text

EVIL = '=HYPERLINK("http://example.invalid/","click")'


def _stale_dimension(data: bytes) -> bytes:
    """The same workbook with <dimension ref="A1:A1">, as some writers leave it."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                body, n = re.subn(rb'<dimension ref="[^"]+"/>', b'<dimension ref="A1:A1"/>', body)
                assert n == 1
            dst.writestr(item, body)
    return out.getvalue()


def _book(rows: list[list[object]]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_every_row_is_read_despite_a_stale_dimension() -> None:
    rows = [["Family name", "Given name"]] + [[f"Family{i}", f"Given{i}"] for i in range(50)]
    data = _stale_dimension(_book(rows))
    assert b'<dimension ref="A1:A1"/>' in zipfile.ZipFile(io.BytesIO(data)).read(
        "xl/worksheets/sheet1.xml"
    )
    got = read_table("people.xlsx", data=data)
    assert len(got.rows) == 50
    assert got.rows[-1] == (51, ("Family49", "Given49"))


@pytest.mark.parametrize(
    ("value", "flagged"),
    [(EVIL, True), ("+81 3 1234", True), ("-", True), ("@SUM(A1)", True), (" =1", True)],
)
def test_formula_like_text_is_flagged(value: str, flagged: bool) -> None:
    assert formula_like(value) is flagged
    assert formula_cells([["ok", value]]) == [(1, 2)]


def test_plain_values_are_not_flagged() -> None:
    assert formula_cells([["Suzuki", "鈴木", 3, None, "a=b"]]) == []


def test_written_formula_text_stays_text_in_libreoffice(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    book = Workbook()
    book.active.append(["name", "phone", "mail"])
    book.active.append([EVIL, "+81 87 000 0000", "@handle"])
    keep_as_text(book.active)
    out = tmp_path / "list.xlsx"
    book.save(out)
    subprocess.run(
        [soffice, "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(out)],
        check=True,
        capture_output=True,
        timeout=120,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    text = (tmp_path / "list.csv").read_text(encoding="utf-8", errors="replace")
    row = list(csv.reader(io.StringIO(text)))[1]
    assert row == [EVIL, "+81 87 000 0000", "@handle"], "a cell was evaluated as a formula"
