"""`import actions FILE [--meeting ID] [--dry-run]`: the action list from an XLSX (or CSV).

The `import` command may already exist (logistics adds `import participants`); the `actions`
kind is then added to it. The PDFs are kinds of the export command: `export annex|followup`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DESCRIPTION = (
    "Read annex actions from an XLSX (or CSV UTF-8) file whose header row names the columns "
    "(number, uuid, title_en, title_ja, text_en, text_ja, owner, partners, implements, "
    "target_date, status, contact — as written by the action list export). A row whose uuid "
    "is an existing action updates it; a row without uuid adds an action at the end of the "
    "annex. Every row is checked first; if any row is wrong the report lists each problem, "
    "nothing is imported and the exit code is 1."
)


def _import_kinds(subparsers):
    """The sub-subparsers of `import`, creating the `import` command when missing."""
    imp = subparsers.choices.get("import")
    if imp is None:
        imp = subparsers.add_parser(
            "import", help="import data from a file", description="Import data from a file."
        )
        return imp.add_subparsers(dest="import_kind", metavar="KIND", title="kinds", required=True)
    for action in imp._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return imp.add_subparsers(dest="import_kind", metavar="KIND", title="kinds", required=True)


def register(subparsers) -> None:
    kinds = _import_kinds(subparsers)
    parser = kinds.add_parser(
        "actions", help="annex actions from an XLSX file", description=DESCRIPTION
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the XLSX (or CSV) file")
    parser.add_argument(
        "--meeting", type=int, metavar="ID", help="meeting id (default: the only one)"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print the report only; import nothing"
    )
    parser.set_defaults(func=cmd_import_actions)

    carry = subparsers.add_parser(
        "carry-over",
        help="start the next meeting's action list from this one's open actions",
        description=(
            "Copy the open actions (proposed, agreed, in progress) of one meeting into the "
            "annex of another, each linked to its history; running it again adds nothing."
        ),
    )
    carry.add_argument("--from", dest="source", type=int, required=True, metavar="ID")
    carry.add_argument("--to", dest="target", type=int, required=True, metavar="ID")
    carry.add_argument(
        "--add-delegations",
        action="store_true",
        help="first add the delegations the target meeting does not have yet",
    )
    carry.set_defaults(func=cmd_carry_over)


def cmd_import_actions(args: argparse.Namespace) -> int:
    from meetingdesk.services.actions.xlsx import apply_actions_import, preview_actions_import
    from meetingdesk.services.base import Desk
    from meetingdesk.services.exports import default_meeting_id

    desk = Desk.open(getattr(args, "db", None))
    try:
        meeting_id = args.meeting or default_meeting_id(desk)
        preview = preview_actions_import(desk, meeting_id, args.file)
        print(preview.report())
        if not preview.ok:
            return 1
        if args.dry_run:
            print("dry run: nothing imported")
            return 0
        count = apply_actions_import(desk, preview)
        print(f"imported: {count} action(s) created or changed")
        return 0
    finally:
        desk.close()


def cmd_carry_over(args: argparse.Namespace) -> int:
    from meetingdesk.services.actions.carry_over import carry_over
    from meetingdesk.services.base import Desk

    desk = Desk.open(getattr(args, "db", None))
    try:
        report = carry_over(desk, args.source, args.target, add_delegations=args.add_delegations)
    finally:
        desk.close()
    print(f"carried over {len(report.added)} action(s); {report.skipped} already there")
    for warning in report.warnings:
        print(f"meetingdesk: warning: {warning}", file=sys.stderr)
    return 0
