"""The action list as files: an XLSX workbook out and back in (openpyxl, imported when
used), and the two PDFs (the published annex, the follow-up report).

Export writes one row per action (COLUMNS). Import follows the participants import: a
preview reads and checks the whole file and lists every bad row (row number, field, reason)
without writing; apply writes all rows in one transaction or nothing. A row whose uuid is an
existing action updates it (a new clause version only when a text changed); a row without
uuid is a new action at the end of the annex; so export → import changes nothing.
"""

from __future__ import annotations

import re
import uuid as uuid_mod
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from meetingdesk.formats.tabular import Table, TableError
from meetingdesk.model import ActionItem, Document, Meeting
from meetingdesk.services.actions.plan import apply_fields, attach_in, insert_clause
from meetingdesk.services.actions.read import build_snaps, list_actions
from meetingdesk.services.base import (
    Desk,
    ValidationError,
    export_refusal,
    get_or_404,
)
from meetingdesk.services.drafting.documents import clause_snaps, editable_document
from meetingdesk.services.logistics.participants_import import FILE, RowError
from meetingdesk.snapshots.actions import ACTION_STATUSES, ActionSnap
from meetingdesk.text.problems import Problem

COLUMNS = (
    "number",
    "uuid",
    "title_en",
    "title_ja",
    "text_en",
    "text_ja",
    "owner",
    "partners",
    "implements",
    "target_date",
    "status",
    "contact",
)
LABELS = {
    "number": ("No.", "番号"),
    "uuid": ("UUID", "UUID"),
    "title_en": ("Title", "件名（英語）"),
    "title_ja": ("Title (Japanese)", "件名"),
    "text_en": ("Text", "本文（英語）"),
    "text_ja": ("Text (Japanese)", "本文"),
    "owner": ("Owner", "主導"),
    "partners": ("Partners", "協力"),
    "implements": ("Implements", "関連段落"),
    "target_date": ("Target date", "目標期日"),
    "status": ("Status", "状況"),
    "contact": ("Contact", "連絡先"),
}
_SPLIT = re.compile(r"[;,\s]+")


def _header(key: str) -> str:
    en, ja = LABELS[key]
    return f"{en} / {ja}"


def _key(cell: object) -> str:
    text = str(cell or "").strip()
    for key, (en, ja) in LABELS.items():
        if text.casefold() in (key, en.casefold(), ja.casefold(), _header(key).casefold()):
            return key
    return re.sub(r"[\s\-]+", "_", text.lower())


# --- export ---------------------------------------------------------------------------------


def action_row(a: ActionSnap) -> list[object]:
    return [
        a.number,
        a.uuid,
        a.title_en,
        a.title_ja,
        a.text_en,
        a.text_ja,
        a.owner_code,
        ", ".join(a.partner_codes),
        a.implements,
        a.target_date,
        a.status,
        a.contact_name,
    ]


def export_actions_xlsx(desk: Desk, meeting_id: int, out: str | Path) -> Path:
    """The meeting's actions as an XLSX file, written atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from meetingdesk.formats.xlsx import keep_as_text

    out = Path(out)
    actions = list_actions(desk, meeting_id)
    book = Workbook()
    sheet = book.active
    sheet.title = "Actions"
    sheet.append([_header(k) for k in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for a in actions:
        sheet.append(action_row(a))
    widths = {"text_en": 60, "text_ja": 50, "title_en": 36, "title_ja": 30, "uuid": 38}
    for i, key in enumerate(COLUMNS, start=1):
        letter = sheet.cell(1, i).column_letter
        sheet.column_dimensions[letter].width = widths.get(key, 16)
        for row in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
            row[0].alignment = Alignment(wrap_text=True, vertical="top")
            if key == "target_date":
                row[0].number_format = "yyyy-mm-dd"
    keep_as_text(sheet)
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = sheet.dimensions
    from meetingdesk.formats import ExportError
    from meetingdesk.formats.files import write_atomically
    from meetingdesk.formats.tabular.write import check_xlsx_target

    try:
        check_xlsx_target(out)
        return write_atomically(out, lambda tmp: book.save(tmp))
    except ExportError as exc:
        raise export_refusal(exc) from exc


# --- import ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionImportRow:
    row: int
    action_id: int | None  # None: a new action
    expected_version: int | None
    values: tuple[tuple[str, object], ...]  # fields for the services (changed ones only)

    @property
    def is_new(self) -> bool:
        return self.action_id is None


@dataclass(frozen=True)
class ActionsImportPreview:
    meeting_id: int
    document_id: int
    path: str
    rows: tuple[ActionImportRow, ...]  # rows that create or change an action
    unchanged: int
    errors: tuple[RowError, ...]  # each reason a Problem (code and data)
    notes: tuple[str, ...] = ()  # formula cells and formula-like texts, one Problem each

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def new_count(self) -> int:
        return sum(1 for r in self.rows if r.is_new)

    def report(self) -> str:
        changed = len(self.rows) - self.new_count
        lines = [
            f"{self.path}: {self.new_count} new action(s), {changed} changed, "
            f"{self.unchanged} unchanged"
        ]
        lines.extend(f"  {note}" for note in self.notes)
        if self.errors:
            lines.append(f"{len(self.errors)} problem(s); nothing will be imported:")
            lines.extend(f"  {e}" for e in self.errors)
        else:
            lines.append("no problems found")
        return "\n".join(lines)


def _text(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value or "").strip()


def _read_table(path: Path) -> tuple[list[list[object]], list[int], Table]:
    """Header and rows of a CSV (any usual encoding), XLSX or ODS file (formats.tabular),
    each row's number in the sheet, and the table itself (for its formula cells); TableError
    when the file cannot be read."""
    from meetingdesk.formats.tabular import read_table

    table = read_table(path)

    def cell(value: object) -> object:
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, datetime | date):
            return value
        return str(value).strip()

    cells = [list(table.header)] + [[cell(c) for c in cells] for _, cells in table.rows]
    return cells, [1] + [number for number, _ in table.rows], table


def _formula_notes(
    table: Table, header: list[str], rows: list[list[object]], numbers: list[int]
) -> tuple[list[RowError], list[str]]:
    """Formula cells (refused without a saved value, else taken and named) and texts that
    start like a formula (kept as text, named): the report says both, as for participants."""
    from meetingdesk.formats.xlsx import formula_like

    refused, notes = table.formula_findings(header)
    errors = [RowError(*r) for r in refused]
    for number, record in zip(numbers[1:], rows[1:], strict=False):
        for key, value in zip(header, record, strict=False):
            if key and formula_like(value):
                notes.append(
                    Problem(
                        f"row {number}: {key} starts like a spreadsheet formula ({value}); "
                        "it is kept as text, never run",
                        code="kept_as_text",
                        row=number,
                        field=key,
                        value=str(value),
                    )
                )
    return errors, notes


class _Bad(ValueError):
    """A cell that cannot be read; ``problem`` says why (code and data)."""

    def __init__(self, message: str, code: str, **params: object) -> None:
        super().__init__(message)
        self.problem = Problem(message, code=code, **params)


def _parse_date(value: object) -> date | None:
    """The target date: any form text.dates reads (2017-06-30, 2017/6/30, 2017年6月30日,
    an Excel serial or date cell)."""
    from meetingdesk.text.dates import DateParseError, parse_date

    if isinstance(value, str):
        value = value.strip()
    try:
        return parse_date(value)
    except DateParseError as exc:
        found = exc.problem
        if found.code == "date_unreadable":
            raise _Bad(
                f"{exc} (use 2017-06-30)", code="target_date_unreadable", **found.params
            ) from None
        raise _Bad(f"{exc} (use 2017-06-30)", found.code, **found.params) from None


class _Resolver:
    """Looks up codes, paragraph references and contacts of one meeting."""

    def __init__(self, s, meeting_id: int) -> None:
        from meetingdesk.model import Delegation, Participant

        self.codes = {
            d.code.upper(): d.id
            for d in s.scalars(select(Delegation).where(Delegation.meeting_id == meeting_id))
        }
        self.refs: dict[tuple[str, str], int] = {}
        docs = s.scalars(select(Document).where(Document.meeting_id == meeting_id))
        for d in docs:
            for c in clause_snaps(s, d.id):
                self.refs[(d.short_name, c.uuid.lower())] = c.id
                if c.number and c.status != "deleted":
                    self.refs[(d.short_name, c.number.rstrip(".").lower())] = c.id
        self.people: dict[str, int] = {}
        rows = s.execute(
            select(Participant.id, Participant.given_name, Participant.family_name)
            .join(Delegation, Participant.delegation_id == Delegation.id)
            .where(Delegation.meeting_id == meeting_id, Participant.retired.is_(False))
        )
        for pid, given, family in rows:
            self.people.setdefault(f"{given} {family}".strip().casefold(), pid)

    def clause(self, ref: str) -> int:
        doc, sep, num = ref.strip().partition(":")
        if not sep or not num.strip():
            raise _Bad(
                f"{ref!r} is not a paragraph reference (write declaration:5)",
                code="not_a_paragraph_reference",
                value=ref.strip(),
            )
        key = (doc.strip().lower(), num.strip().rstrip(".").lower())
        if key not in self.refs:
            raise _Bad(
                f"no paragraph {ref.strip()!r} in this meeting",
                code="no_such_paragraph",
                value=ref.strip(),
            )
        return self.refs[key]


def _check(raw: dict[str, object], res: _Resolver, problems: list) -> dict[str, object]:
    def add(field_name: str, message: str, *, code: str, **params: object) -> None:
        problems.append((field_name, Problem(message, code=code, **params)))

    values: dict[str, object] = {}
    for key in ("title_en", "title_ja", "text_en", "text_ja"):
        values[key] = _text(raw.get(key))
    if not values["text_en"]:
        add("text_en", "is empty: every action needs its English text", code="action_text_empty")
    owner = _text(raw.get("owner")).upper()
    if not owner:
        add("owner", "is empty", code="field_empty")
    elif owner not in res.codes:
        add(
            "owner",
            f"no delegation with code {owner!r} in this meeting",
            code="no_delegation_code",
            value=owner,
        )
    values["owner_code"] = owner
    partners = [c.upper() for c in _SPLIT.split(_text(raw.get("partners"))) if c]
    for code in partners:
        if code not in res.codes:
            add(
                "partners",
                f"no delegation with code {code!r} in this meeting",
                code="no_delegation_code",
                value=code,
            )
    values["partner_codes"] = tuple(c for c in partners if c != owner)
    links = []
    for ref in re.split(r"[;\n]+|,\s*(?=[A-Za-z])", _text(raw.get("implements"))):
        if ref.strip():
            try:
                links.append(res.clause(ref))
            except _Bad as exc:
                problems.append(("implements", exc.problem))
    values["implements"] = tuple(links)
    try:
        values["target_date"] = _parse_date(raw.get("target_date"))
    except _Bad as exc:
        problems.append(("target_date", exc.problem))
    status = _text(raw.get("status")).lower().replace(" ", "_") or "proposed"
    if status not in ACTION_STATUSES:
        add(
            "status",
            f"{status!r} is not one of {', '.join(ACTION_STATUSES)}",
            code="status_unknown",
            value=status,
            statuses=list(ACTION_STATUSES),
        )
    values["status"] = status
    contact = _text(raw.get("contact"))
    values["contact_id"] = None
    if contact:
        values["contact_id"] = res.people.get(" ".join(contact.split()).casefold())
        if values["contact_id"] is None:
            add(
                "contact",
                f"no participant named {contact!r} in this meeting",
                code="no_participant_named",
                value=contact,
            )
    return values


def _changes(values: dict[str, object], a: ActionSnap) -> dict[str, object]:
    """Only the fields that differ from the action as it stands."""
    current = {
        "title_en": a.title_en,
        "title_ja": a.title_ja,
        "text_en": a.text_en,
        "text_ja": a.text_ja,
        "owner_code": a.owner_code,
        "partner_codes": tuple(sorted(a.partner_codes)),
        "implements": tuple(sorted(x.clause_id for x in a.links)),
        "target_date": a.target_date,
        "status": a.status,
        "contact_id": a.contact_id,
    }
    out = {}
    for key, value in values.items():
        compare = tuple(sorted(value)) if key in ("partner_codes", "implements") else value
        if key == "text_ja" and not value:
            continue
        if compare != current[key]:
            out[key] = value
    return out


def preview_actions_import(desk: Desk, meeting_id: int, path: str | Path) -> ActionsImportPreview:
    """Read and check the whole file; nothing is written. Every problem is listed."""
    path = Path(path)

    def refuse(row: int, field: str, reason: Problem, doc_id: int = 0) -> ActionsImportPreview:
        return ActionsImportPreview(
            meeting_id, doc_id, str(path), (), 0, (RowError(row, field, reason),)
        )

    with desk.read() as s:
        get_or_404(s, Meeting, meeting_id, "meeting")
        doc_id = s.scalar(
            select(Document.id)
            .where(Document.meeting_id == meeting_id, Document.kind == "annex")
            .order_by(Document.position)
            .limit(1)
        )
        if doc_id is None:
            return refuse(
                FILE,
                "",
                Problem(
                    "the meeting has no annex document to hold actions", code="no_annex_for_actions"
                ),
            )
        res = _Resolver(s, meeting_id)
        existing = {a.uuid: a for a in build_snaps(s, meeting_id)}
    try:
        table, numbers, sheet = _read_table(path)
    except TableError as exc:
        return refuse(FILE, "", exc.problem, doc_id)
    while table and not any(str(c).strip() for c in table[-1]):
        table.pop()
    if not table:
        empty = Problem(f"{path.name}: the file is empty", code="file_empty", file=path.name)
        return refuse(FILE, "", empty, doc_id)
    header = [_key(h) for h in table[0]]
    errors: list[RowError] = []
    for i, name in enumerate(header):
        if name and name not in COLUMNS:
            errors.append(
                RowError(1, str(table[0][i]), Problem("unknown column", code="unknown_column"))
            )
        elif name and header.index(name) != i:
            errors.append(
                RowError(1, name, Problem("column appears twice", code="column_appears_twice"))
            )
    for name in ("text_en", "owner"):
        if name not in header:
            errors.append(
                RowError(
                    1, name, Problem("required column is missing", code="required_column_missing")
                )
            )
    if errors:
        return ActionsImportPreview(meeting_id, doc_id, str(path), (), 0, tuple(errors))
    rows: list[ActionImportRow] = []
    unchanged = 0
    seen: dict[str, int] = {}
    errors, notes = _formula_notes(sheet, header, table, numbers)
    refused_rows = {e.row for e in errors}
    for number, record in zip(numbers[1:], table[1:], strict=False):
        if number in refused_rows or not any(str(c).strip() for c in record):
            continue
        raw = {header[i]: record[i] for i in range(min(len(record), len(header))) if header[i]}
        problems: list[tuple[str, Problem]] = []
        values = _check(raw, res, problems)
        ident = _text(raw.get("uuid")).lower()
        action = None
        if ident:
            try:
                ident = str(uuid_mod.UUID(ident))
            except ValueError:
                problems.append(
                    ("uuid", Problem(f"{ident!r} is not a UUID", code="not_a_uuid", value=ident))
                )
            action = existing.get(ident)
            if action is None and not any(f == "uuid" for f, _ in problems):
                problems.append(
                    (
                        "uuid",
                        Problem(
                            "no action with this uuid in this meeting", code="no_action_with_uuid"
                        ),
                    )
                )
            if ident in seen:
                problems.append(
                    (
                        "uuid",
                        Problem(
                            f"same action as row {seen[ident]}",
                            code="same_action_as_row",
                            row=seen[ident],
                        ),
                    )
                )
            seen.setdefault(ident, number)
        errors.extend(RowError(number, f, r) for f, r in problems)
        if problems:
            continue
        if action is None:
            rows.append(ActionImportRow(number, None, None, tuple(values.items())))
            continue
        changes = _changes(values, action)
        if changes:
            rows.append(
                ActionImportRow(number, action.id, action.row_version, tuple(changes.items()))
            )
        else:
            unchanged += 1
    return ActionsImportPreview(
        meeting_id, doc_id, str(path), tuple(rows), unchanged, tuple(errors), tuple(notes)
    )


def apply_actions_import(desk: Desk, preview: ActionsImportPreview) -> int:
    """Write every row of a clean preview in one transaction, or nothing; returns the number
    of actions created or changed."""
    from meetingdesk.services.base import ConflictError

    if preview.errors:
        raise ValidationError(
            f"the file has {len(preview.errors)} problem(s) (first: {preview.errors[0]}); "
            "nothing was imported",
            code="import_has_problems",
            count=len(preview.errors),
        )
    with desk.write() as s:
        doc = get_or_404(s, Document, preview.document_id, "document")
        if any(r.is_new for r in preview.rows):
            doc = editable_document(s, doc.id)
        for row in preview.rows:
            values = dict(row.values)
            try:
                if row.is_new:
                    clause = insert_clause(
                        desk, s, doc, text_en=values.pop("text_en"), text_ja=values.pop("text_ja")
                    )
                    a = attach_in(desk, s, clause, preview.meeting_id, **values)
                else:
                    a = get_or_404(s, ActionItem, row.action_id, "action")
                    if a.row_version != row.expected_version:
                        raise ConflictError(
                            f"row {row.row}: the action was changed since the preview; "
                            "nothing was imported — preview again",
                            code="action_changed_since_preview",
                            row=row.row,
                        )
                    apply_fields(desk, s, a, preview.meeting_id, values)
            except ValidationError as exc:
                raise ValidationError(
                    f"row {row.row}: {exc}; nothing was imported",
                    code="import_row_refused",
                    row=row.row,
                    reason=Problem(str(exc), exc.code, **exc.params),
                ) from exc
            desk.audit(
                s, "action.import", a, f"imported row {row.row}", {"file": Path(preview.path).name}
            )
    return len(preview.rows)
