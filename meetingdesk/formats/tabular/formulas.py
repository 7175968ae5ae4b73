# SPDX-License-Identifier: GPL-3.0-or-later
"""Formula cells found in a workbook, and what an import does with them.

A cell holding a real formula (XLSX `<f>`, ODS `table:formula`) is never evaluated here.
The decision, the same for every import: the value the spreadsheet program computed and
saved with the file (what the person saw on screen) is taken, and the report names the
cell — file, sheet, row, column — and its formula, so the person can check it. A formula
saved without a computed value (files written by programs, never opened in a spreadsheet)
has no value anyone saw: its row is refused with the way out (open and save the file in a
spreadsheet program, or type the value).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from meetingdesk.text.problems import Problem


@dataclass(frozen=True)
class FormulaCell:
    row: int  # sheet row number (header = 1)
    column: int  # from 0
    formula: str  # as written in the file ("" for a shared formula's later cells)
    cached: bool  # the file carries the value the spreadsheet computed


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index (0 → A, 26 → AA)."""
    letters = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _shown(formula: str) -> str:
    text = formula if formula.startswith("=") else f"={formula}" if formula else "(shared formula)"
    return text if len(text) <= 60 else text[:57] + "…"


def formula_findings(
    name: str,
    sheet: str,
    formulas: Sequence[FormulaCell],
    fields: Sequence[str],
    values: dict[tuple[int, int], object] | None = None,
) -> tuple[list[tuple[int, str, Problem]], list[Problem]]:
    """(refusals as (row, field, reason), report lines) for formula cells in used columns.

    fields: the field each column feeds ("" = an ignored column: its formulas are not read).
    values: (row, column) → the computed value taken, for the report.
    """
    refusals: list[tuple[int, str, Problem]] = []
    lines: list[Problem] = []
    for f in formulas:
        if f.row <= 1 or f.column >= len(fields) or not fields[f.column]:
            continue
        field = fields[f.column]
        where = f"{name}, sheet {sheet or '1'}, row {f.row}, column {column_letter(f.column)}"
        letter = column_letter(f.column)
        if not f.cached:
            refusals.append(
                (
                    f.row,
                    field,
                    Problem(
                        f"column {letter} holds a formula ({_shown(f.formula)}) "
                        "saved without its computed value; open and save the file in a "
                        "spreadsheet program, or type the value",
                        code="formula_without_value",
                        column=letter,
                        formula=_shown(f.formula),
                    ),
                )
            )
            continue
        value = (values or {}).get((f.row, f.column))
        shown = "(empty)" if value in (None, "") else repr(value)
        lines.append(
            Problem(
                f"{where} ({field}): a formula ({_shown(f.formula)}); the value it showed, "
                f"{shown}, is taken — check it",
                code="formula_value_taken",
                file=name,
                sheet=sheet or "1",
                row=f.row,
                column=letter,
                field=field,
                formula=_shown(f.formula),
                value="" if value in (None, "") else str(value),
            )
        )
    return refusals, lines
