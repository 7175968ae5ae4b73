# SPDX-License-Identifier: GPL-3.0-or-later
"""Read the first sheet of a CSV, XLSX or ODS file into a `Table` (header + numbered rows).

CSV encodings: a byte-order mark decides (UTF-8, UTF-16); else strict UTF-8; else
charset-normalizer's best guess (cp932 for what Japanese Excel saves as "CSV"). A file
whose lines are partly UTF-8 and partly another encoding is refused with both line numbers,
since any single decoding would garble half of it.

XLSX (xlsx_rows.py) and ODS (ods.py) are read from their XML with lxml (no entities, no
network), every row present, whatever the sheet's `<dimension>` says; date cells come back as
datetimes.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from meetingdesk.text.problems import Problem

from .formulas import FormulaCell, formula_findings

Cell = object  # str, int, float, datetime, date or None
ROW_LIMIT = 1_000_000
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_JAPANESE = {"shift_jis": "cp932", "cp932": "cp932", "euc_jp": "euc_jp", "iso2022_jp": "cp932"}


class TableError(Exception):
    """The file cannot be read as a table; the message names the file and the way out.

    ``problem`` is the same sentence as a Problem (code and data) for the window."""

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.problem = Problem(message, code, **params)


class TableCancelled(TableError):
    """Reading was cancelled; nothing was read."""


@dataclass(frozen=True)
class Table:
    name: str  # the file's name, for messages
    kind: str  # csv / xlsx / ods
    encoding: str  # how a CSV was decoded ("" for workbooks)
    header: tuple[str, ...]
    rows: list[tuple[int, tuple[Cell, ...]]] = field(repr=False)  # (sheet row number, cells)
    sheet: str = ""  # a workbook's first sheet, by name
    formulas: tuple[FormulaCell, ...] = ()  # cells holding a formula (see formulas.py)

    def formula_findings(
        self, fields: tuple[str, ...] | list[str]
    ) -> tuple[list[tuple[int, str, Problem]], list[Problem]]:
        """Refusals (row, field, reason) and report lines for the formula cells in the
        columns that feed a field (formulas.py says what is decided and why)."""
        values = {}
        by_row = dict(self.rows)
        for f in self.formulas:
            cells = by_row.get(f.row, ())
            values[(f.row, f.column)] = cells[f.column] if f.column < len(cells) else None
        return formula_findings(self.name, self.sheet, self.formulas, fields, values)

    @property
    def layout(self) -> tuple[str, ...]:
        return self.header


def cell_text(value: Cell) -> str:
    """A cell as text: numbers without a spurious .0, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()


def read_table(
    path: str | Path,
    *,
    data: bytes | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Table:
    """The file's first sheet; TableError naming the problem otherwise."""
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except IsADirectoryError:
            raise TableError(
                f"{path} is a folder, not a file", code="file_is_folder", file=str(path)
            ) from None
        except OSError as exc:
            raise TableError(
                f"cannot read {path}: {exc.strerror or exc}",
                code="file_unreadable",
                file=str(path),
                detail=str(exc.strerror or exc),
            ) from exc
    suffix = path.suffix.lower()
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" or suffix == ".xls":
        raise TableError(
            f"{path.name}: old Excel .xls files are not read; save the sheet as .xlsx or CSV",
            code="file_old_xls",
            file=path.name,
        )
    found: dict = {}
    if data[:4] == b"PK\x03\x04" or suffix in (".xlsx", ".xlsm", ".ods"):
        kind, rows = _read_zip(path, data, cancel, found)
        encoding = ""
    else:
        text, encoding = decode_csv(path.name, data)
        kind, rows = "csv", _csv_rows(path.name, text, cancel)
    while rows and not any(cell_text(c) for c in rows[-1][1]):
        rows.pop()
    if not rows:
        raise TableError(f"{path.name}: the file is empty", code="file_empty", file=path.name)
    (_, header), body = rows[0], rows[1:]
    names = tuple(cell_text(h) for h in header)
    while names and not names[-1]:
        names = names[:-1]
    return Table(
        path.name,
        kind,
        encoding,
        names,
        body,
        sheet=found.get("sheet", ""),
        formulas=tuple(found.get("formulas", ())),
    )


# --- CSV ------------------------------------------------------------------------------------


def decode_csv(name: str, data: bytes) -> tuple[str, str]:
    """(text, encoding label shown to the person); TableError if no single encoding fits."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError as exc:
                raise TableError(
                    f"{name}: {label} file with a broken byte at {exc.start}",
                    code="file_broken_byte",
                    file=name,
                    encoding=label,
                    position=exc.start,
                ) from exc
    if b"\x00" in data[:4096]:
        raise TableError(
            f"{name}: this is not a text table (binary content); give CSV or XLSX",
            code="file_binary",
            file=name,
        )
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    _refuse_mixed(name, data)
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    codec = _JAPANESE.get(best.encoding, best.encoding) if best is not None else None
    if codec is None:
        raise TableError(
            f"{name}: the text encoding cannot be recognised; save the file as CSV UTF-8",
            code="file_encoding_unknown",
            file=name,
        )
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TableError(
            f"{name}: line {line} is not {codec} text; save the file as CSV UTF-8",
            code="file_line_not_encoding",
            file=name,
            line=line,
            encoding=codec,
        ) from exc
    label = {"cp932": "Shift_JIS (cp932)"}.get(codec, codec)
    return text, label


def _refuse_mixed(name: str, data: bytes) -> None:
    """A file with UTF-8 lines beside lines that are not UTF-8 cannot be decoded whole."""
    utf8_line = other_line = 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_line = utf8_line or number
        except UnicodeDecodeError:
            other_line = other_line or number
        if utf8_line and other_line:
            raise TableError(
                f"{name}: the file mixes text encodings (line {utf8_line} is UTF-8, "
                f"line {other_line} is not); save it again from one program as CSV UTF-8",
                code="file_mixed_encodings",
                file=name,
                line=utf8_line,
                other_line=other_line,
            )


def _csv_rows(
    name: str, text: str, cancel: Callable[[], bool] | None
) -> list[tuple[int, tuple[Cell, ...]]]:
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count) if any(d in first for d in ",;\t") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    try:
        for record in reader:
            rows.append((reader.line_num, tuple(record)))
            if len(rows) % 2000 == 0 and cancel is not None and cancel():
                raise TableCancelled("reading cancelled; nothing was imported")
            if len(rows) > ROW_LIMIT:
                raise TableError(
                    f"{name}: more than {ROW_LIMIT:,} rows",
                    code="file_too_many_rows",
                    file=name,
                    limit=f"{ROW_LIMIT:,}",
                )
    except csv.Error as exc:
        raise TableError(
            f"{name}, line {reader.line_num}: malformed CSV ({exc})",
            code="file_bad_csv",
            file=name,
            line=reader.line_num,
            detail=str(exc),
        ) from exc
    # csv counts physical lines; a row's number is the line it starts on, as editors show.
    return _renumber(rows)


def _renumber(rows: list[tuple[int, tuple[Cell, ...]]]) -> list[tuple[int, tuple[Cell, ...]]]:
    """Spreadsheet row numbers: 1 for the header, then one per record."""
    return [(i, cells) for i, (_, cells) in enumerate(rows, start=1)]


# --- workbooks -------------------------------------------------------------------------------


def _read_zip(
    path: Path, data: bytes, cancel: Callable[[], bool] | None, found: dict
) -> tuple[str, list[tuple[int, tuple[Cell, ...]]]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise TableError(
            f"{path.name} is not a readable XLSX or ODS workbook ({exc})",
            code="file_bad_workbook",
            file=path.name,
            detail=str(exc),
        ) from exc
    names = set(archive.namelist())
    if "content.xml" in names and "[Content_Types].xml" not in names:
        from .ods import read_ods_rows

        return "ods", read_ods_rows(path.name, archive, cancel, found)
    if "[Content_Types].xml" not in names:
        raise TableError(
            f"{path.name} is neither an XLSX nor an ODS workbook",
            code="file_not_workbook",
            file=path.name,
        )
    from .xlsx_rows import read_xlsx_rows

    return "xlsx", read_xlsx_rows(path.name, archive, cancel, ROW_LIMIT, found)
