"""Logistics subcommands: `import participants FILE` (the agenda's .ics is `export ics`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers) -> None:
    from . import import_kinds

    kinds = import_kinds(subparsers)
    people = kinds.add_parser(
        "participants",
        help="participants from a registration list (CSV, XLSX or ODS)",
        description=(
            "Read participants from a CSV (UTF-8, Shift_JIS/cp932 or UTF-16, detected), XLSX "
            "or ODS file. Columns are recognised by their header (our own export, "
            "Indico-style registration exports, Japanese lists: 姓, 名, ふりがな, 国, 所属, "
            "役職, メールアドレス, 到着日時 …); map others with --map FIELD=COLUMN. The "
            "delegation comes from a delegation column, else the affiliation (OECD, ITU, "
            "European Commission … before the country), else the country (ISO code or name "
            "in English, French or Japanese). Rows matching a registered person (MeetingDesk "
            "ID, else e-mail, else name) update that person. Every row is checked first; if "
            "any is wrong the report lists each problem, nothing is imported and the exit "
            "code is 1. Fields: " + ", ".join(s.name for s in _specs()) + "."
        ),
    )
    people.add_argument("file", type=Path, metavar="FILE", help="the CSV, XLSX or ODS file")
    people.add_argument(
        "--meeting", type=int, metavar="ID", help="meeting id (default: the only one)"
    )
    people.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="read FIELD from the column headed COLUMN (or its number or letter); "
        "ignore=COLUMN drops a column; repeat as needed",
    )
    people.add_argument(
        "--ignore-unknown",
        action="store_true",
        help="ignore columns that match no field (they are listed in the report)",
    )
    people.add_argument(
        "--assign",
        action="append",
        default=[],
        metavar="ROW=CODE",
        help="put the person of spreadsheet row ROW in delegation CODE (for ambiguous rows)",
    )
    people.add_argument(
        "--dry-run", action="store_true", help="print the report only; import nothing"
    )
    people.set_defaults(func=cmd_import_participants)


def _specs():
    from meetingdesk.formats.tabular.registration import PARTICIPANT_SPECS

    return PARTICIPANT_SPECS


def _pairs(values: list[str], what: str) -> list[tuple[str, str]]:
    from meetingdesk.services.base import ValidationError

    out = []
    for value in values:
        left, sep, right = value.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise ValidationError(f"{value!r} is not {what}")
        out.append((left.strip(), right.strip()))
    return out


def _open(args: argparse.Namespace):
    from meetingdesk.services.base import Desk

    return Desk.open(getattr(args, "db", None))


def pick_meeting(desk, meeting_id: int | None) -> int:
    """The meeting named, or the only one; a DeskError explains otherwise."""
    from meetingdesk.services.base import ValidationError
    from meetingdesk.services.meetings import get_meeting, list_meetings

    if meeting_id is not None:
        return get_meeting(desk, meeting_id).id
    meetings = list_meetings(desk)
    if len(meetings) == 1:
        return meetings[0].id
    if not meetings:
        raise ValidationError("the database has no meeting yet")
    listed = ", ".join(f"{m.id} ({m.short_name or m.title_en})" for m in meetings)
    raise ValidationError(f"several meetings: choose one with --meeting ({listed})")


def cmd_import_participants(args: argparse.Namespace) -> int:
    from meetingdesk.services.base import ValidationError
    from meetingdesk.services.logistics.participants_import import (
        ImportChoices,
        apply_import,
        preview_import,
    )

    assigned = []
    for row, code in _pairs(args.assign, "ROW=CODE"):
        if not row.isdigit():
            raise ValidationError(f"--assign {row}={code}: ROW must be a spreadsheet row number")
        assigned.append((int(row), code))
    choices = ImportChoices(
        mapping=tuple(_pairs(args.map, "FIELD=COLUMN")),
        ignore_unknown=args.ignore_unknown,
        delegations=tuple(assigned),
    )
    desk = _open(args)
    try:
        meeting_id = pick_meeting(desk, args.meeting)
        preview = preview_import(desk, meeting_id, args.file, choices)
        print(preview.report())
        if preview.errors:
            print("import refused: nothing was imported", file=sys.stderr)
            return 1
        if args.dry_run:
            print("dry run: nothing was imported")
            return 0
        if not preview.ok:
            return 0
        done = apply_import(desk, preview)
        print(
            f"imported {len(done)} participant(s): {len(preview.added)} added, "
            f"{len(preview.updated)} updated"
        )
        return 0
    finally:
        desk.close()
