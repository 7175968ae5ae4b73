# SPDX-License-Identifier: GPL-3.0-or-later
"""The first sheet of an OpenDocument spreadsheet (.ods) as rows of cells.

Read straight from content.xml with lxml's iterparse (entities and network off): odfpy is
not a dependency and only the cell values are needed. Repeated cells/rows (LibreOffice
writes `number-columns-repeated="1020"` for the empty tail of a row) are expanded only when
something non-empty follows them.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date, datetime

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_REPEAT_LIMIT = 10_000


def _paragraph(node) -> str:
    """Text of a text:p with its spaces (text:s), tabs and line breaks written out."""
    out = [node.text or ""]
    for child in node:
        if child.tag == f"{{{TEXT}}}s":
            out.append(" " * int(child.get(f"{{{TEXT}}}c", "1")))
        elif child.tag == f"{{{TEXT}}}tab":
            out.append("\t")
        elif child.tag == f"{{{TEXT}}}line-break":
            out.append("\n")
        else:
            out.append(_paragraph(child))
        out.append(child.tail or "")
    return "".join(out)


def _cell_value(cell) -> object:
    kind = cell.get(f"{{{OFFICE}}}value-type")
    if kind in ("float", "percentage", "currency"):
        number = float(cell.get(f"{{{OFFICE}}}value"))
        return int(number) if number.is_integer() else number
    if kind == "date":
        raw = cell.get(f"{{{OFFICE}}}date-value", "")
        return datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)
    if kind == "boolean":
        return cell.get(f"{{{OFFICE}}}boolean-value") == "true"
    paragraphs = [_paragraph(p) for p in cell if p.tag == f"{{{TEXT}}}p"]
    return "\n".join(paragraphs) if paragraphs else None


def read_ods_rows(
    name: str,
    archive: zipfile.ZipFile,
    cancel: Callable[[], bool] | None,
    found: dict | None = None,
) -> list[tuple[int, tuple[object, ...]]]:
    """Rows of the first sheet; found, if given, receives "sheet" and "formulas" (cells with
    a table:formula; their value is the one LibreOffice saved)."""
    from lxml import etree

    from .formulas import FormulaCell
    from .read import TableCancelled, TableError

    formulas: list[FormulaCell] = []
    sheet_name = ""

    rows: list[tuple[int, tuple[object, ...]]] = []
    number = 0
    depth = 0  # nesting of table:table; only the first sheet is read
    try:
        with archive.open("content.xml") as stream:
            events = etree.iterparse(
                stream,
                events=("start", "end"),
                resolve_entities=False,
                no_network=True,
                huge_tree=False,
            )
            for event, element in events:
                if element.tag == f"{{{TABLE}}}table":
                    if event == "start":
                        depth += 1
                        sheet_name = sheet_name or element.get(f"{{{TABLE}}}name", "")
                    else:
                        break  # the first sheet is done
                    continue
                if event != "end" or element.tag != f"{{{TABLE}}}table-row" or depth != 1:
                    continue
                cells: list[object] = []
                for cell in element:
                    if cell.tag not in (
                        f"{{{TABLE}}}table-cell",
                        f"{{{TABLE}}}covered-table-cell",
                    ):
                        continue
                    repeat = int(cell.get(f"{{{TABLE}}}number-columns-repeated", "1"))
                    value = _cell_value(cell)
                    formula = cell.get(f"{{{TABLE}}}formula")
                    if formula is not None:  # "of:=SUM([.A1:.A2])": shown without "of:"
                        shown = formula.split(":", 1)[1] if formula[:4] == "of:=" else formula
                        cached = value is not None
                        formulas.append(FormulaCell(number + 1, len(cells), shown, cached))
                    cells.extend([value] * min(repeat, _REPEAT_LIMIT))
                while cells and cells[-1] in (None, ""):
                    cells.pop()
                repeat = int(element.get(f"{{{TABLE}}}number-rows-repeated", "1"))
                element.clear()
                for _ in range(min(repeat, _REPEAT_LIMIT) if cells else repeat):
                    number += 1
                    if cells:
                        rows.append((number, tuple(cells)))
                if number % 2000 == 0 and cancel is not None and cancel():
                    raise TableCancelled("reading cancelled; nothing was imported")
    except KeyError as exc:
        raise TableError(
            f"{name}: the ODS file has no content.xml", code="file_ods_no_content", file=name
        ) from exc
    except etree.XMLSyntaxError as exc:
        raise TableError(
            f"{name}: the ODS content is not well-formed XML ({exc})",
            code="file_ods_bad_xml",
            file=name,
            detail=str(exc),
        ) from exc
    if found is not None:
        found.update(sheet=sheet_name, formulas=formulas)
    return rows
