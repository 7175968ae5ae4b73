"""Offline packages: `package out` checks documents out to one file, `package in` merges
it back, `package pull` brings newer work from the database into a package (all on the
database named by --db / MEETINGDESK_DB)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    package = subparsers.add_parser(
        "package",
        help="check documents out to an offline package, or check a package back in",
        description="Offline drafting packages: take documents to a laptop and bring them back.",
    )
    sub = package.add_subparsers(dest="package_command", metavar="ACTION", required=True)
    out = sub.add_parser(
        "out",
        help="write the named documents (with their whole history) to a package file",
        description=(
            "Check documents out: one SQLite file with the meeting, the documents, every "
            "version of their clauses, proposals, positions, comments and the delegations "
            "they refer to, plus a manifest of the base of each clause."
        ),
    )
    out.add_argument(
        "--document", action="append", required=True, metavar="NAME", help="document short name"
    )
    out.add_argument("--out", required=True, type=Path, metavar="FILE", help="package file")
    out.add_argument("--meeting", type=int, metavar="ID", help="meeting id (default: the only one)")
    out.set_defaults(func=cmd_out)
    back = sub.add_parser(
        "in",
        help="merge a package back, clause by clause (overlaps become conflicts)",
        description=(
            "Check a package in: changes on one side are taken, changes on both sides are "
            "merged three-way; overlapping edits are reported as conflicts and stay open. "
            "Exits 1 when conflicts remain."
        ),
    )
    back.add_argument("file", type=Path, metavar="FILE", help="package file")
    back.set_defaults(func=cmd_in)
    pull = sub.add_parser(
        "pull",
        help="bring newer work from the database into a package before going offline again",
        description=(
            "Update a package from the database it came from: work done there since the "
            "package was taken is merged into the package clause by clause, and the package's "
            "base moves forward. Exits 1 when conflicts remain in the package."
        ),
    )
    pull.add_argument("file", type=Path, metavar="FILE", help="package file")
    pull.set_defaults(func=cmd_pull)
    for action in (out, back, pull):
        # `package in FILE --db URL` works like the global --db (which it otherwise keeps).
        action.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")


def _meeting_id(desk, wanted: int | None) -> int:
    from meetingdesk.services.base import DeskError
    from meetingdesk.services.meetings import list_meetings

    found = list_meetings(desk)
    if wanted is not None:
        if not any(m.id == wanted for m in found):
            raise DeskError(f"meeting {wanted} does not exist")
        return wanted
    if len(found) != 1:
        choices = ", ".join(f"{m.id} ({m.title_en})" for m in found) or "none"
        raise DeskError(f"name the meeting with --meeting ID (meetings: {choices})")
    return found[0].id


def cmd_out(args: argparse.Namespace) -> int:
    from meetingdesk.services.base import Desk
    from meetingdesk.services.offline import checkout

    desk = Desk.open(args.db)
    try:
        info = checkout(desk, _meeting_id(desk, args.meeting), args.document, args.out)
    finally:
        desk.close()
    print(
        f"checked out {', '.join(info.documents)}: {info.clauses} clauses, "
        f"{info.versions} versions → {info.path}"
    )
    return 0


def cmd_in(args: argparse.Namespace) -> int:
    from meetingdesk.services.base import Desk
    from meetingdesk.services.offline import checkin

    desk = Desk.open(args.db)
    try:
        report = checkin(desk, args.file)
    finally:
        desk.close()
    print(f"checked in {args.file.name}: {report.summary()}")
    return _conflicts(report)


def cmd_pull(args: argparse.Namespace) -> int:
    from meetingdesk.services.base import Desk
    from meetingdesk.services.offline import pull

    desk = Desk.open(args.db)
    try:
        report = pull(desk, args.file)
    finally:
        desk.close()
    print(f"updated {args.file.name} from the database: {report.summary()}")
    return _conflicts(report)


def _conflicts(report) -> int:
    for c in report.conflicts:
        where = f"{c.label} ({c.lang})" if c.lang else c.label
        print(f"  conflict, {c.kind}: {where}: ours “{c.ours}” / theirs “{c.theirs}”")
    return 1 if report.conflicts else 0
