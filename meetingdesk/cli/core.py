"""Core subcommands: demo, check, backup."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="load the demo meeting (G7 ICT Ministers' Meeting, Takamatsu 2016)",
        description=(
            "Load the demo meeting into the database. With --clauses/--versions a large "
            "generated meeting is built instead (for benchmarks)."
        ),
    )
    demo.add_argument("--clauses", type=_positive, metavar="N", help="number of clauses")
    demo.add_argument("--versions", type=_positive, metavar="N", help="versions per clause")
    demo.set_defaults(func=cmd_demo)

    check = subparsers.add_parser(
        "check",
        help="check schema version, integrity, foreign keys and the audit chain",
        description=(
            "Check the database: schema version against this program's, SQLite integrity and "
            "foreign keys, the append-only history triggers, the audit hash chain; print row "
            "counts. Exits 1 when anything fails."
        ),
    )
    check.set_defaults(func=cmd_check)

    backup = subparsers.add_parser(
        "backup",
        help="write a consistent copy of the SQLite database",
        description=(
            "Copy the SQLite database to a new file with SQLite's backup API (safe while the "
            "window is open). For PostgreSQL, prints the pg_dump command to run instead."
        ),
    )
    backup.add_argument("--out", required=True, type=Path, metavar="FILE", help="new file")
    backup.set_defaults(func=cmd_backup)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return number


def _open(args: argparse.Namespace):
    from meetingdesk.services.base import Desk

    return Desk.open(args.db)


def cmd_demo(args: argparse.Namespace) -> int:
    from meetingdesk.services.base import DeskError

    try:
        from meetingdesk.demo.meeting import load_demo
    except ModuleNotFoundError as exc:
        if exc.name != "meetingdesk.demo.meeting":
            raise
        raise DeskError("the demo meeting is not part of this build") from exc
    options = {k: v for k in ("clauses", "versions") if (v := getattr(args, k)) is not None}
    desk = _open(args)
    try:
        result = load_demo(desk, **options)
        title = getattr(result, "title_en", "") or "the demo meeting"
        print(f"loaded {title} into {desk.label}")
    finally:
        desk.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from meetingdesk.services.meetings.maintenance import check

    desk = _open(args)
    try:
        report = check(desk)
    finally:
        desk.close()
    mark = "ok" if report.schema_ok else "MISMATCH"
    print(f"database      {report.database}")
    print(f"schema        {report.schema or 'none'} (program {report.head}) {mark}")
    print(f"integrity     {_verdict(report.integrity)}")
    print(f"foreign keys  {_verdict(report.foreign_keys)}")
    print(f"history       {_verdict(report.history_guards)}")
    events = report.count("audit_event")
    print(f"audit chain   {_verdict(report.audit)} ({events} events)")
    print("rows")
    for table, n in report.counts:
        print(f"  {table:<20} {n:>8}")
    for line in report.problems:
        print(f"PROBLEM: {line}")
    if not report.ok:
        print(f"meetingdesk: check failed: {len(report.problems) or 1} problem(s)", file=sys.stderr)
        return 1
    return 0


def _verdict(problems: tuple[str, ...]) -> str:
    return "ok" if not problems else f"{len(problems)} problem(s)"


def cmd_backup(args: argparse.Namespace) -> int:
    from meetingdesk.services.meetings.maintenance import backup

    desk = _open(args)
    try:
        out = backup(desk, args.out)
    finally:
        desk.close()
    print(f"backup written to {out}")
    return 0
