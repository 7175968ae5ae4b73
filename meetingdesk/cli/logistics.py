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
        help="participants from a CSV (UTF-8) or XLSX file",
        description=(
            "Read participants from a CSV (UTF-8) or XLSX file whose header row names the "
            "columns: family_name, given_name, family_name_ja, given_name_ja, reading_ja, "
            "honorific, delegation (code), role, position_en, position_ja, email, phone, "
            "arrival, departure (ISO 8601 with offset, or local time in the meeting's zone), "
            "accreditation, badge_number. Every row is checked first; if any row is wrong the "
            "report lists each problem, nothing is imported and the exit code is 1."
        ),
    )
    people.add_argument("file", type=Path, metavar="FILE", help="the CSV or XLSX file")
    people.add_argument(
        "--meeting", type=int, metavar="ID", help="meeting id (default: the only one)"
    )
    people.add_argument(
        "--dry-run", action="store_true", help="print the report only; import nothing"
    )
    people.set_defaults(func=cmd_import_participants)


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
    from meetingdesk.services.logistics.participants_import import apply_import, preview_import

    desk = _open(args)
    try:
        meeting_id = pick_meeting(desk, args.meeting)
        preview = preview_import(desk, meeting_id, args.file)
        print(preview.report())
        if not preview.ok:
            print("import refused: nothing was imported", file=sys.stderr)
            return 1
        if args.dry_run:
            print("dry run: nothing was imported")
            return 0
        done = apply_import(desk, preview)
        print(f"imported {len(done)} participant(s)")
        return 0
    finally:
        desk.close()
