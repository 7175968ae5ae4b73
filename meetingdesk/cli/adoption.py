"""`document adopt` (checks first, lists every reason it refuses, exit 1; `--override
REASON` for what the secretariat may override), added to the `document` command of
cli/documents.py, and the document lookup the `silence` command shares."""

from __future__ import annotations

import argparse


def register_adopt(sub) -> None:
    """Add `adopt` to the `document` command's actions."""
    adopt = sub.add_parser(
        "adopt",
        help="adopt a document after checking it (prints each reason it refuses, exit 1)",
        description=(
            "Adopt a document: refused while Japanese text is missing or out of date, "
            "proposals are open, comments unresolved (these three may be overridden with "
            "--override REASON), or brackets, ad ref or a running or broken silence remain. "
            "Open proposals lapse on adoption."
        ),
    )
    adopt.add_argument("--document", required=True, metavar="NAME", help="document short name")
    adopt.add_argument(
        "--override",
        metavar="REASON",
        default=None,
        help="adopt despite missing/stale Japanese, open proposals or comments; the reason "
        "is recorded",
    )
    adopt.add_argument(
        "--meeting", type=int, metavar="ID", help="meeting id (default: the only one)"
    )
    adopt.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    adopt.set_defaults(func=cmd_adopt)


def find_document(desk, meeting: int | None, name: str):
    """(meeting id, the document NAME of the meeting); the only meeting when none is named."""
    from meetingdesk.cli.package import _meeting_id
    from meetingdesk.services.drafting import documents

    meeting_id = _meeting_id(desk, meeting)
    return meeting_id, documents.find_document(desk, meeting_id, name)


def cmd_adopt(args: argparse.Namespace) -> int:
    from meetingdesk.services.base import Desk
    from meetingdesk.services.drafting import AdoptionRefused, adopt_document

    desk = Desk.open(args.db)
    try:
        _meeting_id, doc = find_document(desk, args.meeting, args.document)
        try:
            snap = adopt_document(desk, doc.id, override=args.override)
        except AdoptionRefused as exc:
            print(f"{exc.document} cannot be adopted:")
            for r in exc.reasons:
                hint = " (may be overridden with --override REASON)" if r.overridable else ""
                print(f"  - {r.message}{hint}")
            return 1
    finally:
        desk.close()
    print(f"adopted {snap.short_name}" + (f" (override: {args.override})" if args.override else ""))
    return 0
