# SPDX-License-Identifier: GPL-3.0-or-later
"""The first sheet of an XLSX workbook as rows of cells, read straight from its XML.

Hand-written over lxml's iterparse (entities and network off) instead of openpyxl because
a registration list of 10,000 rows took openpyxl's read-only mode twice over the sheet
(once more to recompute the `<dimension>` it must not trust): about 12 s against 1 s here.
Only values are needed: shared strings (phonetic `<rPh>` runs that Japanese Excel stores
beside names are left out), inline strings, numbers, booleans, and numbers whose cell style
is a date format, which come back as datetimes (1900 or 1904 date system).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable
from datetime import datetime, timedelta

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DATE_IDS = {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57}
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_COLUMN = re.compile(r"[A-Z]+")
_REPEAT_LIMIT = 16_384


def _parse(data: bytes):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(data, parser)


def _is_date_format(code: str) -> bool:
    bare = _QUOTED.sub("", code).lower()
    return any(ch in bare for ch in "ymdhs") and "general" not in bare


def _date_styles(archive: zipfile.ZipFile) -> set[int]:
    """Indexes of cell styles (cellXfs) whose number format shows a date or time."""
    try:
        root = _parse(archive.read("xl/styles.xml"))
    except KeyError:
        return set()
    custom = {
        int(f.get("numFmtId")): f.get("formatCode", "") for f in root.iter(f"{{{MAIN}}}numFmt")
    }
    out = set()
    xfs = root.find(f"{{{MAIN}}}cellXfs")
    for index, xf in enumerate(xfs if xfs is not None else ()):
        fmt = int(xf.get("numFmtId", "0"))
        if fmt in _DATE_IDS or (fmt in custom and _is_date_format(custom[fmt])):
            out.add(index)
    return out


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    try:
        root = _parse(archive.read("xl/sharedStrings.xml"))
    except KeyError:
        return []
    out = []
    for si in root.iter(f"{{{MAIN}}}si"):
        parts = []
        for t in si.iter(f"{{{MAIN}}}t"):
            if t.getparent().tag != f"{{{MAIN}}}rPh":
                parts.append(t.text or "")
        out.append("".join(parts))
    return out


def _first_sheet(archive: zipfile.ZipFile) -> tuple[str, bool, str]:
    """(path of the first worksheet, uses the 1904 date system, the sheet's name)."""
    book = _parse(archive.read("xl/workbook.xml"))
    pr = book.find(f"{{{MAIN}}}workbookPr")
    date1904 = pr is not None and pr.get("date1904") in ("1", "true")
    sheet = book.find(f"{{{MAIN}}}sheets/{{{MAIN}}}sheet")
    if sheet is None:
        raise KeyError("the workbook has no sheet")
    rid = sheet.get(f"{{{REL}}}id")
    rels = _parse(archive.read("xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(f"{{{PKG_REL}}}Relationship"):
        if rel.get("Id") == rid:
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            return posixpath.normpath(path), date1904, sheet.get("name", "")
    raise KeyError("the first sheet's part is missing")


def _inline_text(node) -> str:
    """An inline string: its one <t>, or its rich-text runs' <t>s (phonetic runs left out)."""
    first = node[0] if len(node) else None
    if len(node) == 1 and first.tag == f"{{{MAIN}}}t":
        return first.text or ""
    return "".join(
        t.text or "" for t in node.iter(f"{{{MAIN}}}t") if t.getparent().tag != f"{{{MAIN}}}rPh"
    )


def _column_index(ref: str) -> int:
    letters = _COLUMN.match(ref)
    if letters is None:
        return -1
    n = 0
    for ch in letters.group(0):
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_xlsx_rows(
    name: str,
    archive: zipfile.ZipFile,
    cancel: Callable[[], bool] | None,
    limit: int,
    found: dict | None = None,
) -> list[tuple[int, tuple[object, ...]]]:
    """Rows of the first sheet. found, if given, receives "sheet" (its name) and "formulas"
    (a FormulaCell per cell holding a formula: its value is the one saved with the file)."""
    from lxml import etree

    from .formulas import FormulaCell
    from .read import TableCancelled, TableError

    formulas: list[FormulaCell] = []
    try:
        sheet_path, date1904, sheet_name = _first_sheet(archive)
        strings = _shared_strings(archive)
        dates = _date_styles(archive)
        stream = archive.open(sheet_path)
    except (KeyError, etree.XMLSyntaxError) as exc:
        raise TableError(
            f"{name} is not a readable XLSX workbook ({exc})",
            code="file_bad_xlsx",
            file=name,
            detail=str(exc),
        ) from exc
    epoch = datetime(1904, 1, 1) if date1904 else datetime(1899, 12, 30)
    row_tag, cell_tag = f"{{{MAIN}}}row", f"{{{MAIN}}}c"
    v_tag, is_tag, f_tag = f"{{{MAIN}}}v", f"{{{MAIN}}}is", f"{{{MAIN}}}f"
    rows: list[tuple[int, tuple[object, ...]]] = []
    number = 0
    try:
        with stream:
            for _, row in etree.iterparse(
                stream, events=("end",), tag=row_tag, resolve_entities=False, no_network=True
            ):
                number = int(row.get("r", number + 1))
                cells: list[object] = []
                for c in row:
                    if c.tag != cell_tag:
                        continue
                    attrib = c.attrib
                    ref = attrib.get("r")
                    index = _column_index(ref) if ref else len(cells)
                    if not 0 <= index < _REPEAT_LIMIT:
                        raise TableError(
                            f"{name}, row {number}: a cell beyond column XFD",
                            code="file_cell_beyond_xfd",
                            file=name,
                            row=number,
                        )
                    kind = attrib.get("t", "n")
                    text = None
                    inline = None
                    formula = None
                    for child in c:
                        if child.tag == v_tag:
                            text = child.text
                        elif child.tag == is_tag:
                            inline = child
                        elif child.tag == f_tag:
                            formula = child.text or ""
                    if formula is not None:
                        formulas.append(FormulaCell(number, index, formula, text is not None))
                    if kind == "s" and text is not None:
                        value: object = strings[int(text)]
                    elif kind == "inlineStr":
                        value = _inline_text(inline) if inline is not None else ""
                    elif kind in ("str", "e"):
                        value = text or ""
                    elif kind == "b":
                        value = text == "1"
                    elif text is None or text == "":
                        value = None
                    else:
                        num = float(text)
                        if int(attrib.get("s", "0")) in dates:
                            moment = epoch + timedelta(days=num)
                            value = (moment + timedelta(seconds=0.5)).replace(microsecond=0)
                        else:
                            value = int(num) if num.is_integer() and "E" not in text else num
                    if index >= len(cells):
                        cells.extend([None] * (index - len(cells) + 1))
                    cells[index] = value
                row.clear()
                while row.getprevious() is not None:
                    del row.getparent()[0]
                while cells and cells[-1] in (None, ""):
                    cells.pop()
                rows.append((number, tuple(cells)))
                if len(rows) % 2000 == 0 and cancel is not None and cancel():
                    raise TableCancelled("reading cancelled; nothing was imported")
                if len(rows) > limit:
                    raise TableError(
                        f"{name}: more than {limit:,} rows",
                        code="file_too_many_rows",
                        file=name,
                        limit=f"{limit:,}",
                    )
    except (etree.XMLSyntaxError, ValueError, IndexError) as exc:
        raise TableError(
            f"{name}, row {number + 1}: the sheet cannot be read ({exc})",
            code="file_sheet_unreadable",
            file=name,
            row=number + 1,
            detail=str(exc),
        ) from exc
    if found is not None:
        found.update(sheet=sheet_name, formulas=formulas)
    return rows
