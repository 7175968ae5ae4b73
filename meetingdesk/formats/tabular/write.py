# SPDX-License-Identifier: GPL-3.0-or-later
"""Spreadsheets written for people to edit and send back (openpyxl, imported when writing).

Header cells carry the English and Japanese label ("Family name / 姓（ローマ字）"), which the
import recognises; the last column is the MeetingDesk ID that matches a row to its person
when the list comes back. Times are real date cells in the meeting's time zone; the header
row is frozen and carries an autofilter. `.ods` is not written: the file is XLSX, which
LibreOffice opens and saves back (and `.ods` is read on import).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from meetingdesk.formats import ExportError
from meetingdesk.formats.files import write_atomically
from meetingdesk.formats.xlsx import COLUMN_LABELS, header_label, keep_as_text
from meetingdesk.snapshots import MeetingSnap, ParticipantSnap

ID_HEADER = "MeetingDesk ID"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


def check_xlsx_target(out: Path) -> None:
    if out.suffix.lower() == ".ods":
        raise ExportError(
            f"cannot write {out}: .ods is not written; give a .xlsx name "
            "(LibreOffice opens it, and .ods files are read on import)",
            code="xlsx_not_ods",
            file=str(out),
        )
    if out.suffix.lower() not in (".xlsx", ""):
        raise ExportError(
            f"cannot write {out}: give a file name ending in .xlsx",
            code="xlsx_name_needed",
            file=str(out),
        )


def local_cell(moment: datetime | None, zone: str) -> datetime | None:
    """An aware instant as the naive wall-clock time a spreadsheet cell holds."""
    if moment is None:
        return None
    return moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def set_text(cell, value: str) -> None:
    """A text cell (formula-like texts are made plain text by keep_as_text afterwards)."""
    cell.value = value


def write_participants_xlsx(
    meeting: MeetingSnap, people: Sequence[ParticipantSnap], out: Path
) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    out = Path(out)
    check_xlsx_target(out)
    keys = list(COLUMN_LABELS)
    book = Workbook()
    sheet = book.active
    sheet.title = "Participants"
    sheet.append([header_label(k) for k in keys] + [ID_HEADER])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, p in enumerate(people, start=2):
        for col, key in enumerate(keys, start=1):
            cell = sheet.cell(number, col)
            if key in ("arrival", "departure"):
                cell.value = local_cell(getattr(p, key), meeting.time_zone)
                cell.number_format = DATETIME_FORMAT
            elif key == "delegation":
                set_text(cell, p.delegation_code)
            else:
                set_text(cell, str(getattr(p, key, "") or ""))
        sheet.cell(number, len(keys) + 1).value = p.uuid
    keep_as_text(sheet)  # a name or note starting with = + - @ stays text
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for col, key in enumerate([*keys, "uuid"], start=1):
        letter = sheet.cell(1, col).column_letter
        width = 38 if key == "uuid" else min(len(str(sheet.cell(1, col).value)) + 2, 40)
        sheet.column_dimensions[letter].width = max(
            width, 18 if key in ("arrival", "departure") else 0
        )
    return write_atomically(out, lambda tmp: book.save(tmp))
