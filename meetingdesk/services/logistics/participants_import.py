"""Import participants from a registration file: preview first, then all or nothing.

The file (CSV in any usual encoding, XLSX or ODS; see formats.tabular) has one header row.
Its columns are mapped to participant fields by the person's choices, the mapping remembered
for this header layout, or the known headers (ours, Indico-style, Japanese Excel lists).
The delegation comes from a delegation column, else the affiliation (organisations first),
else the country; an ambiguous row is listed for a decision (`ImportChoices.delegations`).

Rows are matched to people already registered by the MeetingDesk ID column our export
writes, else by e-mail address, else by delegation and name: a match is an update (only the
fields the file gives, each change shown in the preview), so an exported list edited in a
spreadsheet comes back without duplicates. Registered people absent from a re-imported
export are listed, never retired. Row numbers are the spreadsheet's (the header is row 1).
"""

from __future__ import annotations

import json
import uuid as uuid_mod
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import insert, select

from meetingdesk.formats.tabular import (
    ColumnMapping,
    TableError,
    layout_key,
    read_table,
    resolve_mapping,
)
from meetingdesk.formats.tabular.read import TableCancelled
from meetingdesk.formats.tabular.registration import (
    PARTICIPANT_REQUIRED,
    PARTICIPANT_SPECS,
    DelegationMatcher,
    Party,
)
from meetingdesk.model import Delegation, ImportLayout, Meeting, Participant, utc_now
from meetingdesk.services.base import Desk, ValidationError, expect_version, get_or_404
from meetingdesk.services.logistics.participants import (
    PARTICIPANT_FIELDS,
    _clean_participant,
    participant_snap,
)
from meetingdesk.services.logistics.participants_rows import (
    check_row,
    cross_check,
    find_existing,
)
from meetingdesk.snapshots import ParticipantSnap
from meetingdesk.text.problems import Problem

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
FILE = 0  # row number of problems with the file as a whole
LAYOUT_KIND = "participants"


@dataclass(frozen=True)
class RowError:
    """One problem of a file: where (row and field) and why. ``reason`` is a Problem (the
    English with a code and data: the window says it in its language)."""

    row: int  # spreadsheet row (header = 1); 0 for the file itself
    field: str
    reason: str

    def __str__(self) -> str:
        where = "file" if self.row == FILE else f"row {self.row}"
        return f"{where}, {self.field}: {self.reason}" if self.field else f"{where}: {self.reason}"


@dataclass(frozen=True)
class ImportChoices:
    """What the person decided: FIELD → COLUMN mappings (field "ignore" drops a column),
    whether unknown columns are ignored, a delegation code per ambiguous row."""

    mapping: tuple[tuple[str, str], ...] = ()
    ignore_unknown: bool = False
    delegations: tuple[tuple[int, str], ...] = ()
    remember: bool = True


@dataclass(frozen=True)
class Change:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class ImportRow:
    row: int
    action: str  # add / update / same
    participant_id: int | None
    expected_version: int | None
    delegation_id: int
    delegation_code: str
    values: tuple[tuple[str, object], ...]  # participant fields, ready for the service
    changes: tuple[Change, ...] = ()
    suggested: tuple[str, ...] = ()  # fields filled by a suggestion (readings, romaji)
    delegation_how: str = ""  # delegation / affiliation / country / chosen

    def get(self, key: str, default: object = "") -> object:
        return dict(self.values).get(key, default)

    def formula_like(self) -> list[str]:
        """The fields whose text a spreadsheet would run as a formula (=, +, -, @ first)."""
        from meetingdesk.formats.xlsx import formula_like

        # a phone number's leading "+" is how numbers are written, not a formula
        return [k for k, v in self.values if k != "phone" and formula_like(v)]


@dataclass(frozen=True)
class Missing:
    """A registered person whose MeetingDesk ID the re-imported list does not have."""

    participant_id: int
    name: str
    delegation_code: str


@dataclass(frozen=True)
class ImportPreview:
    meeting_id: int
    path: str
    columns: tuple[str, ...]  # the field of each column ("" = ignored)
    rows: tuple[ImportRow, ...]
    errors: tuple[RowError, ...]
    kind: str = ""
    encoding: str = ""
    mapping: ColumnMapping | None = None
    layout: str = ""
    ambiguous: tuple[tuple[int, tuple[str, ...]], ...] = ()  # row → candidate codes
    missing: tuple[Missing, ...] = ()
    choices: ImportChoices = field(default_factory=ImportChoices)
    read: int = 0  # data rows in the file
    sample: tuple[object, ...] = ()  # the first data row's cells, for the mapping step
    formulas: tuple[str, ...] = ()  # formula cells whose saved value was taken, one line each

    @property
    def added(self) -> list[ImportRow]:
        return [r for r in self.rows if r.action == "add"]

    @property
    def updated(self) -> list[ImportRow]:
        return [r for r in self.rows if r.action == "update"]

    @property
    def unchanged(self) -> list[ImportRow]:
        return [r for r in self.rows if r.action == "same"]

    @property
    def ok(self) -> bool:
        return not self.errors and any(r.action != "same" for r in self.rows)

    def report(self) -> str:
        """A plain-text report: how the file was read, counts, changes, then problems."""
        from .participants_report import preview_report

        return preview_report(self)


class ImportRefused(ValidationError):
    """apply_import was given a preview with errors (or the database changed since)."""


def _refused(meeting_id: int, path: Path, reason: str, **kw) -> ImportPreview:
    return ImportPreview(meeting_id, str(path), (), (), (RowError(FILE, "", reason),), **kw)


def remembered_layout(desk: Desk, header: tuple[str, ...]) -> dict[str, str] | None:
    with desk.read() as s:
        layout = s.scalar(
            select(ImportLayout).where(
                ImportLayout.kind == LAYOUT_KIND, ImportLayout.layout_key == layout_key(header)
            )
        )
        return json.loads(layout.mapping) if layout is not None else None


def preview_import(
    desk: Desk,
    meeting_id: int,
    path: str | Path,
    choices: ImportChoices | None = None,
    *,
    cancel: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportPreview:
    """Read and check the whole file; nothing is written. Every problem is listed."""
    path = Path(path)
    choices = choices or ImportChoices()
    with desk.read() as s:
        meeting = get_or_404(s, Meeting, meeting_id, "meeting")
        zone = meeting.time_zone
        delegations = list(
            s.scalars(
                select(Delegation).where(
                    Delegation.meeting_id == meeting_id, Delegation.retired.is_(False)
                )
            )
        )
        codes = {d.code.upper(): d.id for d in delegations}
        code_of = {d.id: d.code for d in delegations}
        existing = list(
            s.scalars(
                select(Participant).where(
                    Participant.delegation_id.in_(list(codes.values())),
                    Participant.retired.is_(False),
                )
            )
        )
    try:
        table = read_table(path, cancel=cancel)
    except TableCancelled:
        raise
    except TableError as exc:
        return _refused(meeting_id, path, exc.problem)
    mapping = resolve_mapping(
        table.header,
        PARTICIPANT_SPECS,
        chosen=choices.mapping,
        remembered=remembered_layout(desk, table.header),
        ignore_unknown=choices.ignore_unknown,
        required=PARTICIPANT_REQUIRED,
    )
    info = dict(
        sample=table.rows[0][1] if table.rows else (),
        kind=table.kind,
        encoding=table.encoding,
        mapping=mapping,
        layout=layout_key(table.header),
        choices=choices,
    )
    if not mapping.ok:
        errors = tuple(RowError(1, "", p) for p in mapping.problems)
        return ImportPreview(meeting_id, str(path), mapping.fields, (), errors, **info)
    matcher = DelegationMatcher(
        Party(d.code.upper(), d.kind, (d.name_en, d.name_fr, d.name_ja)) for d in delegations
    )
    by_uuid = {str(p.uuid): p for p in existing}
    by_email: dict[str, list[Participant]] = {}
    for p in existing:
        if p.email:
            by_email.setdefault(p.email.casefold(), []).append(p)
    by_name = {
        (p.delegation_id, p.family_name.casefold(), p.given_name.casefold()): p for p in existing
    }
    badges = {p.badge_number: p for p in existing if p.badge_number}
    heads = {p.delegation_id: p for p in existing if p.role == "head"}
    decided = dict(choices.delegations)
    fields = mapping.fields
    width = len(fields)
    seen: dict[object, int] = {}
    errors: list[RowError] = []
    rows: list[ImportRow] = []
    refused, formula_lines = table.formula_findings(fields)  # formula cells: formulas.py
    errors += [RowError(*r) for r in refused]
    refused_rows = {r[0] for r in refused}
    ambiguous: list[tuple[int, tuple[str, ...]]] = []
    matched: set[int] = set()
    total = len(table.rows)
    for done, (number, record) in enumerate(table.rows, start=1):
        if done % 1000 == 0:
            if cancel is not None and cancel():
                raise TableCancelled("import cancelled; nothing was imported")
            if progress is not None:
                progress(done, total)
        if number in refused_rows or not any(str(c).strip() for c in record if c is not None):
            continue
        extra = [c for c in record[width:] if c is not None and str(c).strip()]
        if extra:
            errors.append(
                RowError(
                    number,
                    "",
                    Problem(
                        f"{len(record)} cells for {width} columns",
                        code="cells_for_columns",
                        cells=len(record),
                        columns=width,
                    ),
                )
            )
            continue
        raw = {f: record[i] for i, f in enumerate(fields) if f and i < len(record)}
        checked = check_row(raw, zone, matcher, codes, decided.get(number))
        problems = checked.problems
        if checked.candidates:
            ambiguous.append((number, checked.candidates))
        values = checked.values
        target = find_existing(raw, values, by_uuid, by_email, by_name, problems)
        did = cross_check(number, raw, checked, target, seen, badges, heads)
        errors.extend(RowError(number, f, r) for f, r in problems)
        if problems:
            continue
        code = code_of[did]
        if target is None:
            row_values = {k: values[k] for k in PARTICIPANT_FIELDS}
            rows.append(
                ImportRow(
                    number,
                    "add",
                    None,
                    None,
                    did,
                    code,
                    tuple(row_values.items()),
                    (),
                    tuple(checked.suggested),
                    checked.delegation_how,
                )
            )
            continue
        matched.add(target.id)
        changes = _changes(target, values, checked.given, set(checked.suggested))
        new_values = tuple(
            ("delegation_id", did) if c.field == "delegation" else (c.field, c.new) for c in changes
        )
        changes = [
            Change(c.field, code_of.get(c.old, c.old), code_of.get(c.new, c.new))
            if c.field == "delegation"
            else c
            for c in changes
        ]
        rows.append(
            ImportRow(
                number,
                "update" if changes else "same",
                target.id,
                target.row_version,
                did,
                code,
                new_values,
                tuple(changes),
                tuple(f for f in checked.suggested if f in {c.field for c in changes}),
                checked.delegation_how,
            )
        )
    if progress is not None:
        progress(total, total)
    missing: tuple[Missing, ...] = ()
    if "uuid" in fields:
        missing = tuple(
            Missing(p.id, f"{p.given_name} {p.family_name}".strip(), code_of[p.delegation_id])
            for p in existing
            if p.id not in matched
        )
    return ImportPreview(
        meeting_id,
        str(path),
        fields,
        tuple(rows),
        tuple(errors),
        ambiguous=tuple(ambiguous),
        missing=missing,
        read=total,
        formulas=tuple(formula_lines),
        **info,
    )


def _changes(p: Participant, values: dict, given: set[str], suggested: set[str]) -> list[Change]:
    out = []
    for key in PARTICIPANT_FIELDS:
        if key == "delegation_id":
            if values[key] != p.delegation_id:
                out.append(Change("delegation", p.delegation_id, values[key]))
            continue
        if key not in given:
            continue
        old, new = getattr(p, key), values[key]
        if key in suggested and old:
            continue  # a suggestion never replaces what is registered
        if (old or None) != (new or None):
            out.append(Change(key, old, new))
    return out


def apply_import(desk: Desk, preview: ImportPreview) -> list[ParticipantSnap]:
    """Import every row of a clean preview in one transaction, or nothing at all.

    Returns the participants added or changed. A person edited since the preview is a
    conflict: nothing is imported and the preview must be made again. New people are
    checked against the database once, in bulk (names, badges, heads of delegation), and
    inserted with one flush; each gets its own audit event.
    """
    if preview.errors:
        raise ImportRefused(
            f"the file has {len(preview.errors)} problem(s) (first: {preview.errors[0]}); "
            "nothing was imported",
            code="import_has_problems",
            count=len(preview.errors),
        )
    if not preview.rows:
        raise ImportRefused(
            "the file has no participant rows; nothing was imported", code="import_no_rows"
        )
    name = Path(preview.path).name
    with desk.write() as s:
        get_or_404(s, Meeting, preview.meeting_id, "meeting")
        delegations = {
            d.id: d
            for d in s.scalars(
                select(Delegation).where(Delegation.meeting_id == preview.meeting_id)
            )
        }
        current = list(
            s.scalars(
                select(Participant).where(
                    Participant.delegation_id.in_(list(delegations)),
                    Participant.retired.is_(False),
                )
            )
        )
        names = {(p.delegation_id, p.family_name, p.given_name) for p in current}
        badges = {p.badge_number for p in current if p.badge_number}
        heads = {p.delegation_id for p in current if p.role == "head"}
        events: list[tuple[str, str, str, str, dict]] = []
        out: list[object] = []
        added: list[dict] = []
        for row in preview.rows:
            if row.action == "same":
                continue
            d = delegations.get(row.delegation_id)
            if d is None or d.retired:
                raise ImportRefused(
                    f"row {row.row}: delegation {row.delegation_code} is gone; "
                    "nothing was imported",
                    code="import_delegation_gone",
                    row=row.row,
                    delegation=row.delegation_code,
                )
            try:
                if row.action == "add":
                    values = _new(dict(row.values), names, badges, heads)
                    added.append(values)
                    summary = f"imported {values['family_name']} ({d.code})"
                    details = {"file": name, "row": row.row}
                    events.append(
                        ("participant.import", "Participant", values["uuid"], summary, details)
                    )
                else:
                    p = _update(s, row)
                    fields = sorted(c.field for c in row.changes)
                    summary = f"updated {p.family_name} from {name}"
                    details = {"file": name, "row": row.row, "fields": fields}
                    events.append(("participant.edit", "Participant", p.uuid, summary, details))
                    out.append(p)
            except ValidationError as exc:
                raise ImportRefused(
                    f"row {row.row}: {exc}; nothing was imported",
                    code="import_row_refused",
                    row=row.row,
                    reason=Problem(str(exc), exc.code, **exc.params),
                ) from exc
        s.flush()
        if added:
            ids = s.scalars(
                insert(Participant).returning(Participant.id, sort_by_parameter_order=True),
                added,
            ).all()
            out.extend(
                SimpleNamespace(**values, id=pid) for values, pid in zip(added, ids, strict=True)
            )
        desk.audit_many(s, events)
        if preview.mapping is not None and preview.choices.remember and preview.layout:
            _remember(s, preview)
        s.flush()
        return [participant_snap(p, delegations[p.delegation_id].code) for p in out]


def _new(values: dict, names: set, badges: set, heads: set) -> dict:
    """A new participant from a previewed row, checked against the people registered now
    (the preview checked each value; these are the facts that may have changed since)."""
    key = (values["delegation_id"], values["family_name"], values["given_name"])
    if key in names:
        raise ValidationError(
            f"{values['family_name']} was registered since the preview",
            code="registered_since_preview",
            name=values["family_name"],
        )
    if values["badge_number"] and values["badge_number"] in badges:
        raise ValidationError(
            f"badge number {values['badge_number']} was given since the preview",
            code="badge_given_since_preview",
            badge=values["badge_number"],
        )
    if values["role"] == "head" and values["delegation_id"] in heads:
        raise ValidationError(
            "the delegation got a head since the preview", code="head_since_preview"
        )
    names.add(key)
    if values["badge_number"]:
        badges.add(values["badge_number"])
    if values["role"] == "head":
        heads.add(values["delegation_id"])
    return {**values, "uuid": uuid_mod.uuid4(), "row_version": 1, "retired": False}


def _update(s, row: ImportRow) -> Participant:
    p = s.get(Participant, row.participant_id)
    if p is None or p.retired:
        raise ValidationError(
            "the participant was retired since the preview", code="retired_since_preview"
        )
    expect_version(
        p,
        row.expected_version,
        f"participant {p.given_name} {p.family_name}",
        item="participant",
        name=f"{p.given_name} {p.family_name}".strip(),
    )
    current = {k: getattr(p, k) for k in PARTICIPANT_FIELDS}
    merged = _clean_participant(s, {**current, **dict(row.values)}, p.id)
    for key, value in merged.items():
        if getattr(p, key) != value:
            setattr(p, key, value)
    return p


def _remember(s, preview: ImportPreview) -> None:
    mapping = preview.mapping
    assert mapping is not None
    layout = s.scalar(
        select(ImportLayout).where(
            ImportLayout.kind == LAYOUT_KIND, ImportLayout.layout_key == preview.layout
        )
    )
    if layout is None:
        layout = ImportLayout(kind=LAYOUT_KIND, layout_key=preview.layout)
        s.add(layout)
    layout.header = json.dumps(list(mapping.header), ensure_ascii=False)
    layout.mapping = json.dumps(mapping.as_choices(), ensure_ascii=False)
    layout.used_at = utc_now()
