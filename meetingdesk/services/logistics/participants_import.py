"""Import participants from a CSV or XLSX file: preview first, then all or nothing.

The file has one header row naming columns from COLUMNS (any order; family_name and
delegation are required, the others may be left out). Row numbers in reports are the
spreadsheet's own (the header is row 1). Times are ISO 8601 with an offset
("2016-04-28T15:00+09:00") or a local time in the meeting's zone ("2016-04-28 15:00");
an XLSX date cell is read as a local time in the meeting's zone.

CSV files must be UTF-8 (with or without BOM): Excel's "CSV UTF-8" format.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from meetingdesk.formats.xlsx import label_to_key
from meetingdesk.model import Delegation, Meeting, Participant
from meetingdesk.services.base import Desk, DeskError, ValidationError, get_or_404
from meetingdesk.services.logistics.agenda import local_to_utc
from meetingdesk.services.logistics.delegations import _is_kana, country_names
from meetingdesk.services.logistics.participants import (
    ACCREDITATION,
    ROLES,
    _clean_participant,
    participant_snap,
)
from meetingdesk.snapshots import ParticipantSnap

COLUMNS = (
    "family_name",
    "given_name",
    "family_name_ja",
    "given_name_ja",
    "reading_ja",
    "honorific",
    "delegation",
    "role",
    "position_en",
    "position_ja",
    "email",
    "phone",
    "arrival",
    "departure",
    "accreditation",
    "badge_number",
)
REQUIRED = ("family_name", "delegation")
FILE = 0  # row number of problems with the file as a whole
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class RowError:
    row: int  # spreadsheet row (header = 1); 0 for the file itself
    field: str
    reason: str

    def __str__(self) -> str:
        where = "file" if self.row == FILE else f"row {self.row}"
        return f"{where}, {self.field}: {self.reason}" if self.field else f"{where}: {self.reason}"


@dataclass(frozen=True)
class ImportRow:
    row: int
    delegation_id: int
    delegation_code: str
    values: tuple[tuple[str, object], ...]  # participant fields, ready for the service

    def get(self, key: str, default: object = "") -> object:
        return dict(self.values).get(key, default)


@dataclass(frozen=True)
class ImportPreview:
    meeting_id: int
    path: str
    columns: tuple[str, ...]
    rows: tuple[ImportRow, ...]
    errors: tuple[RowError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)

    def report(self) -> str:
        """A plain-text report: counts, then one line per problem."""
        lines = [f"{self.path}: {len(self.rows)} participant row(s) read"]
        if not self.rows and not self.errors:
            lines.append("nothing to import: the file has no data rows")
        if self.errors:
            lines.append(f"{len(self.errors)} problem(s); nothing will be imported:")
            lines.extend(f"  {e}" for e in self.errors)
        else:
            lines.append("no problems found")
        return "\n".join(lines)


class ImportRefused(ValidationError):
    """apply_import was given a preview with errors (or the database changed since)."""


# --- reading files --------------------------------------------------------------------------


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime | date):
        return value
    return str(value).strip()


def _read_table(path: Path) -> list[list[object]]:
    """All rows of the file's first sheet; DeskError naming the problem otherwise."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DeskError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, data)
    if path.suffix.lower() == ".xls" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise DeskError("old Excel .xls files are not read: save the sheet as .xlsx or CSV UTF-8")
    if b"\x00" in data[:4096]:
        raise DeskError("this is not a spreadsheet (binary content): give a CSV or XLSX file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DeskError(
            f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); "
            "save it as “CSV UTF-8” (a Japanese Excel saves plain CSV as Shift_JIS)"
        ) from exc
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(r) for r in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise DeskError(f"the CSV file is malformed: {exc}") from exc


def _read_xlsx(path: Path, data: bytes) -> list[list[object]]:
    # The shared reader: it does not trust the sheet's <dimension> (every row is read).
    from meetingdesk.formats.tabular.read import TableError, read_table

    try:
        table = read_table(path, data=data)
    except TableError as exc:
        raise DeskError(str(exc)) from exc
    return [[_cell(v) for v in table.header]] + [[_cell(v) for v in r] for _n, r in table.rows]


# --- checking rows --------------------------------------------------------------------------


def _header_key(name: object) -> str:
    """Column key of a header cell: the key itself or an exported EN/JA label."""
    text = str(name or "").strip()
    return label_to_key().get(text.casefold()) or re.sub(r"[\s\-]+", "_", text.lower())


def _parse_time(value: object, zone: str) -> datetime | None:
    if value in ("", None):
        return None
    if isinstance(value, datetime):
        return local_to_utc(value, zone) if value.tzinfo is None else value
    if isinstance(value, date):
        raise ValueError("a date alone: give the time too")
    text = str(value).strip().replace(" ", "T", 1)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"{value!r} is not a date and time (use 2016-04-28T15:00+09:00 or 2016-04-28 15:00)"
        ) from None
    if moment.tzinfo is None:
        return local_to_utc(moment, zone)
    return moment


def _check_row(raw: dict[str, object], zone: str, codes: dict[str, int]) -> tuple[dict, list]:
    """Values for the service and (field, reason) problems of one row."""
    problems: list[tuple[str, str]] = []
    values: dict[str, object] = {}
    for key in COLUMNS:
        if key in ("arrival", "departure", "delegation"):
            continue
        values[key] = str(raw.get(key, "") or "").strip()
    if not values["family_name"]:
        problems.append(("family_name", "is empty"))
    code = str(raw.get("delegation", "") or "").strip().upper()
    known = country_names(code) if code and code not in codes else None
    if known and known["code"] in codes:
        code = known["code"]  # JP → JPN
    if not code:
        problems.append(("delegation", "is empty"))
    elif code not in codes:
        problems.append(("delegation", f"no delegation with code {code!r} in this meeting"))
    values["delegation_id"] = codes.get(code)
    values["role"] = values["role"] or "member"
    if values["role"] not in ROLES:
        problems.append(("role", f"{values['role']!r} is not one of {', '.join(ROLES)}"))
    values["accreditation"] = values["accreditation"] or "pending"
    if values["accreditation"] not in ACCREDITATION:
        problems.append(
            (
                "accreditation",
                f"{values['accreditation']!r} is not one of {', '.join(ACCREDITATION)}",
            )
        )
    if values["email"] and not _EMAIL_RE.match(str(values["email"])):
        problems.append(("email", f"{values['email']!r} is not an e-mail address"))
    if values["reading_ja"] and not _is_kana(str(values["reading_ja"])):
        problems.append(("reading_ja", f"{values['reading_ja']!r} is not written in kana"))
    for key in ("arrival", "departure"):
        try:
            values[key] = _parse_time(raw.get(key), zone)
        except (ValueError, ValidationError) as exc:
            values[key] = None
            problems.append((key, str(exc)))
    if values["arrival"] and values["departure"] and values["departure"] < values["arrival"]:
        problems.append(("departure", "is before the arrival"))
    return values, problems


def preview_import(desk: Desk, meeting_id: int, path: str | Path) -> ImportPreview:
    """Read and check the whole file; nothing is written. Every problem is listed."""
    path = Path(path)
    with desk.read() as s:
        meeting = get_or_404(s, Meeting, meeting_id, "meeting")
        zone = meeting.time_zone
        codes = {
            d.code: d.id
            for d in s.scalars(
                select(Delegation).where(
                    Delegation.meeting_id == meeting_id, Delegation.retired.is_(False)
                )
            )
        }
        existing = list(
            s.scalars(
                select(Participant).where(
                    Participant.delegation_id.in_(list(codes.values())),
                    Participant.retired.is_(False),
                )
            )
        )
    try:
        table = _read_table(path)
    except DeskError as exc:
        return ImportPreview(meeting_id, str(path), (), (), (RowError(FILE, "", str(exc)),))
    while table and not any(str(c).strip() for c in table[-1]):
        table.pop()
    if not table:
        return ImportPreview(
            meeting_id, str(path), (), (), (RowError(FILE, "", "the file is empty"),)
        )
    header = [_header_key(h) for h in table[0]]
    errors: list[RowError] = []
    for i, name in enumerate(header):
        if name and name not in COLUMNS:
            errors.append(RowError(1, str(table[0][i]), "unknown column (see the documented list)"))
        elif name and header.index(name) != i:
            errors.append(RowError(1, name, "column appears twice"))
    for name in REQUIRED:
        if name not in header:
            errors.append(RowError(1, name, "required column is missing"))
    if errors:
        return ImportPreview(meeting_id, str(path), tuple(header), (), tuple(errors))

    people = {
        (p.delegation_id, p.family_name.casefold(), p.given_name.casefold()): p for p in existing
    }
    badges = {p.badge_number: p for p in existing if p.badge_number}
    heads = {p.delegation_id: p for p in existing if p.role == "head"}
    seen_people: dict[tuple, int] = {}
    seen_badges: dict[str, int] = {}
    seen_heads: dict[int, int] = {}
    rows: list[ImportRow] = []
    for number, record in enumerate(table[1:], start=2):
        if not any(str(c).strip() for c in record):
            continue
        if len(record) > len(header) and any(str(c).strip() for c in record[len(header) :]):
            errors.append(RowError(number, "", f"{len(record)} cells for {len(header)} columns"))
            continue
        raw = {header[i]: record[i] for i in range(min(len(record), len(header))) if header[i]}
        values, problems = _check_row(raw, zone, codes)
        did = values["delegation_id"]
        if did is not None and values["family_name"]:
            key = (did, str(values["family_name"]).casefold(), str(values["given_name"]).casefold())
            if key in seen_people:
                problems.append(("family_name", f"same person as row {seen_people[key]}"))
            elif key in people:
                problems.append(("family_name", "this person is already registered"))
            seen_people.setdefault(key, number)
        badge = str(values["badge_number"])
        if badge:
            if badge in seen_badges:
                problems.append(("badge_number", f"{badge} is also on row {seen_badges[badge]}"))
            elif badge in badges:
                other = badges[badge]
                problems.append(
                    ("badge_number", f"{badge} is already given to {other.family_name}")
                )
            seen_badges.setdefault(badge, number)
        if values["role"] == "head" and did is not None:
            if did in seen_heads:
                problems.append(
                    ("role", f"a second head of delegation (see row {seen_heads[did]})")
                )
            elif did in heads:
                problems.append(
                    ("role", f"the delegation already has a head ({heads[did].family_name})")
                )
            seen_heads.setdefault(did, number)
        errors.extend(RowError(number, f, r) for f, r in problems)
        if not problems:
            code = next(c for c, i in codes.items() if i == did)
            rows.append(ImportRow(number, did, code, tuple(values.items())))
    return ImportPreview(meeting_id, str(path), tuple(header), tuple(rows), tuple(errors))


def apply_import(desk: Desk, preview: ImportPreview) -> list[ParticipantSnap]:
    """Import every row of a clean preview in one transaction, or nothing at all."""
    if preview.errors:
        raise ImportRefused(
            f"the file has {len(preview.errors)} problem(s) (first: {preview.errors[0]}); "
            "nothing was imported"
        )
    if not preview.rows:
        raise ImportRefused("the file has no participant rows; nothing was imported")
    out: list[ParticipantSnap] = []
    with desk.write() as s:
        get_or_404(s, Meeting, preview.meeting_id, "meeting")
        for row in preview.rows:
            d = s.get(Delegation, row.delegation_id)
            if d is None or d.meeting_id != preview.meeting_id or d.retired:
                raise ImportRefused(
                    f"row {row.row}: delegation {row.delegation_code} is gone; nothing was imported"
                )
            values = dict(row.values)
            twin = s.scalar(
                select(Participant.id).where(
                    Participant.delegation_id == d.id,
                    Participant.retired.is_(False),
                    Participant.family_name == values["family_name"],
                    Participant.given_name == values["given_name"],
                )
            )
            if twin:
                raise ImportRefused(
                    f"row {row.row}: {values['family_name']} was registered since the preview; "
                    "nothing was imported"
                )
            try:
                values = _clean_participant(s, values, None)
            except ValidationError as exc:
                raise ImportRefused(f"row {row.row}: {exc}; nothing was imported") from exc
            p = Participant(**values)
            s.add(p)
            s.flush()
            desk.audit(
                s,
                "participant.import",
                p,
                f"imported {p.family_name} ({d.code})",
                {"file": Path(preview.path).name, "row": row.row},
            )
            out.append(participant_snap(p, d.code))
    return out


def export_participants_xlsx(desk: Desk, meeting_id: int, out: str | Path) -> Path:
    """The meeting's participants (order of precedence) as an XLSX file written atomically."""
    from meetingdesk.formats.xlsx import write_participants_xlsx
    from meetingdesk.services.logistics.participants import list_participants
    from meetingdesk.services.meetings import get_meeting

    return write_participants_xlsx(
        get_meeting(desk, meeting_id), list_participants(desk, meeting_id), Path(out)
    )
