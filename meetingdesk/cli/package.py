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
    out.add_argument(
        "--delegation",
        metavar="CODE",
        help=(
            "whose laptop the package is (a delegation code of the meeting; default: the one "
            "you named at your last check-out)"
        ),
    )
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
    from meetingdesk.cli.package_resolve import register as register_resolve

    register_resolve(sub)
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
    from meetingdesk.services.offline.checkout import last_owner_delegation

    desk = Desk.open(args.db)
    try:
        meeting_id = _meeting_id(desk, args.meeting)
        delegation = args.delegation
        if delegation is None:
            delegation = last_owner_delegation(desk, meeting_id)
        info = checkout(desk, meeting_id, args.document, args.out, delegation=delegation)
    finally:
        desk.close()
    owner = f"{info.by} ({info.delegation})" if info.delegation else info.by
    print(
        f"checked out {', '.join(info.documents)} for {owner}: {info.clauses} clauses, "
        f"{info.versions} versions → {info.path}"
    )
    return 0


def cmd_in(args: argparse.Namespace) -> int:
    from meetingdesk.services.base import Desk
    from meetingdesk.services.offline import checkin, read_manifest

    desk = Desk.open(args.db)
    try:
        report = checkin(desk, args.file)
    finally:
        desk.close()
    owner = read_manifest(args.file).owner()
    print(f"checked in {args.file.name} (taken out by {owner}): {report.summary()}")
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
    from meetingdesk.cli.package_resolve import _side

    for c in report.conflicts:
        where = f"{c.label} ({c.lang})" if c.lang else c.label
        main = _side("main database", c.main_author, c.main_delegation)
        package = _side("this package", c.package_author, c.package_delegation)
        print(
            f"  conflict, {c.kind}: {where}: {main} “{c.main_text}” / {package} “{c.package_text}”"
        )
    if report.text_conflicts:
        print("  settle them with `package resolve` (or File → Resolve conflicts in the window)")
    return 1 if report.conflicts else 0
