"""The list of participants as an XLSX workbook (openpyxl, imported when writing).

Columns are those of the participant import, so an exported list can be edited and read
back; header cells carry the English and Japanese label ("Family name / 姓").
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from meetingdesk.snapshots import MeetingSnap, ParticipantSnap

COLUMN_LABELS: dict[str, tuple[str, str]] = {
    "family_name": ("Family name", "姓（ローマ字）"),
    "given_name": ("Given name", "名（ローマ字）"),
    "family_name_ja": ("Family name (Japanese)", "姓"),
    "given_name_ja": ("Given name (Japanese)", "名"),
    "reading_ja": ("Reading", "よみがな"),
    "honorific": ("Title", "敬称"),
    "delegation": ("Delegation", "代表団"),
    "role": ("Role", "役割"),
    "position_en": ("Position", "役職（英語）"),
    "position_ja": ("Position (Japanese)", "役職"),
    "email": ("E-mail", "電子メール"),
    "phone": ("Phone", "電話"),
    "arrival": ("Arrival", "到着"),
    "departure": ("Departure", "出発"),
    "accreditation": ("Accreditation", "登録状況"),
    "badge_number": ("Badge", "バッジ番号"),
}


def header_label(key: str) -> str:
    en, ja = COLUMN_LABELS[key]
    return f"{en} / {ja}"


def label_to_key() -> dict[str, str]:
    """Every accepted spelling of a header (label EN, JA, both) → column key, casefolded."""
    out: dict[str, str] = {}
    for key, (en, ja) in COLUMN_LABELS.items():
        for text in (key, en, ja, header_label(key)):
            out[text.casefold()] = key
    return out


def _time(value: datetime | None, zone: str) -> str:
    if value is None:
        return ""
    return value.astimezone(ZoneInfo(zone)).isoformat(timespec="minutes")


def participant_rows(meeting: MeetingSnap, people: Sequence[ParticipantSnap]) -> list[list[str]]:
    """Cell values by column (times as ISO 8601 in the meeting's zone, with offset)."""
    rows = []
    for p in people:
        values = {
            **{k: getattr(p, k, "") for k in COLUMN_LABELS if hasattr(p, k)},
            "delegation": p.delegation_code,
            "arrival": _time(p.arrival, meeting.time_zone),
            "departure": _time(p.departure, meeting.time_zone),
        }
        rows.append([str(values.get(k, "") or "") for k in COLUMN_LABELS])
    return rows


def write_participants_xlsx(
    meeting: MeetingSnap, people: Sequence[ParticipantSnap], out: Path
) -> Path:
    """Write the list to out atomically (a temporary file renamed over it)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Participants"
    sheet.append([header_label(k) for k in COLUMN_LABELS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in participant_rows(meeting, people):
        sheet.append(row)
    keep_as_text(sheet)
    sheet.freeze_panes = "A2"
    for column, key in zip(sheet.columns, COLUMN_LABELS, strict=False):
        width = max(len(header_label(key)), *(len(str(c.value or "")) for c in column))
        sheet.column_dimensions[column[0].column_letter].width = min(width + 2, 50)
    out = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=".~", suffix=".xlsx", dir=out.parent or ".")
    os.close(fd)
    try:
        book.save(tmp)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


# --- safe reading and writing, shared by every XLSX import and export ----------------------

FORMULA_STARTS = ("=", "+", "-", "@")


def formula_like(value: object) -> bool:
    """A text a spreadsheet would run as a formula if typed in (=, +, -, @ first)."""
    return isinstance(value, str) and value.lstrip(" \t\r\n").startswith(FORMULA_STARTS)


def formula_cells(rows: Sequence[Sequence[object]]) -> list[tuple[int, int]]:
    """(row, column) numbers, from 1, of cells whose text starts like a formula."""
    return [
        (r, c)
        for r, row in enumerate(rows, start=1)
        for c, value in enumerate(row, start=1)
        if formula_like(value)
    ]


def keep_as_text(sheet) -> None:
    """Make every formula-like text cell of a sheet plain text, never a formula.

    openpyxl stores a string starting with "=" as a formula; Excel and LibreOffice run
    "+", "-" and "@" too once a person edits the cell. The cell is typed as a string and
    carries the quote prefix (the "'" a person would type) so it stays text.
    """
    for row in sheet.iter_rows():
        for cell in row:
            if formula_like(cell.value) or cell.data_type == "f":
                cell.data_type = "s"
                cell.quotePrefix = True
