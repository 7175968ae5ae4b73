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
            "Load the demo meeting into the database given with --db (or MEETINGDESK_DB); "
            "without one, into the demo's own file demo.sqlite in the data folder — never "
            "into the working database. A database that already holds the demo meeting is "
            "refused. With --clauses/--versions a large generated meeting is built instead "
            "(for benchmarks)."
        ),
    )
    demo.add_argument("--clauses", type=_positive, metavar="N", help="number of clauses")
    demo.add_argument("--versions", type=_positive, metavar="N", help="versions per clause")
    demo.set_defaults(func=cmd_demo)

    check = subparsers.add_parser(
        "check",
        help="check schema, integrity, guard triggers, content hashes and the signed audit",
        description=(
            "Check the database without changing it (it is opened read-only and never "
            "migrated): schema version against this program's, SQLite integrity and foreign "
            "keys, the guard triggers (definitions and firing), every clause version's and "
            "revision's content hash, adopted texts, the audit hash chain and its signed heads; "
            "print row counts. Exits 1 when anything fails."
        ),
    )
    check.add_argument(
        "--receipt",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="a receipt (JSON) or an exported PDF: the chain must still hold the head it names",
    )
    check.set_defaults(func=cmd_check)

    signing = subparsers.add_parser(
        "signing",
        help="show where the signing keys are; import a certificate; export or restore the "
        "audit key",
        description=(
            "Without options: print where the audit key is kept (system keyring or file), "
            "and the secretariat's signing certificate (subject, SHA-256 fingerprint; made at "
            "the first adoption). --import FILE.p12: use the secretariat's own certificate "
            "(PKCS#12; the password is read from MEETINGDESK_P12_PASSWORD if set). "
            "--export-key FILE: write the audit key to FILE (owner-only; encrypted with "
            "MEETINGDESK_KEY_PASSPHRASE if set; `backup` does this beside the copy). "
            "--restore-key FILE: put an exported key back (into the keyring when there is one)."
        ),
    )
    signing.add_argument("--import", dest="p12", type=Path, metavar="FILE.p12")
    signing.add_argument("--export-key", type=Path, metavar="FILE")
    signing.add_argument("--restore-key", type=Path, metavar="FILE")
    signing.set_defaults(func=cmd_signing)

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
    import os

    from meetingdesk.services.base import Desk
    from meetingdesk.store.paths import ENV_DB, demo_url

    options = {k: v for k in ("clauses", "versions") if (v := getattr(args, k)) is not None}
    desk = Desk.open(args.db or os.environ.get(ENV_DB) or demo_url())
    try:
        result = load_demo(desk, **options)
        title = getattr(result, "title_en", "") or "the demo meeting"
        print(f"loaded {title} into {desk.label}")
    finally:
        desk.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from meetingdesk.integrity.anchor import ReceiptError, receipt_from_bytes
    from meetingdesk.services.base import Desk, DeskError
    from meetingdesk.services.meetings.maintenance import check

    receipts = []
    for path in args.receipt:
        try:
            receipts.append((path.name, receipt_from_bytes(path.read_bytes(), path.name)))
        except OSError as exc:
            raise DeskError(f"cannot read {path}: {exc.strerror or exc}") from exc
        except ReceiptError as exc:
            raise DeskError(str(exc)) from exc
    desk = Desk.open_read_only(args.db)
    try:
        report = check(desk, receipts)
    finally:
        desk.close()
    mark = "ok" if report.schema_ok else "MISMATCH"
    print(f"database      {report.database}")
    print(f"schema        {report.schema or 'none'} (program {report.head}) {mark}")
    print(f"integrity     {_verdict(report.integrity)}")
    print(f"foreign keys  {_verdict(report.foreign_keys)}")
    print(f"guards        {_verdict(report.history_guards)}")
    print(f"hashes        {_verdict(report.hashes)}")
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


def cmd_signing(args: argparse.Namespace) -> int:
    import os

    from meetingdesk.integrity.anchor import ReceiptError
    from meetingdesk.integrity.pdfsign import SigningError
    from meetingdesk.services.base import DeskError
    from meetingdesk.store import keys, signing

    passphrase = os.environ.get(keys.PASSPHRASE_ENV) or None
    if args.p12 is not None:
        try:
            creds = signing.import_pkcs12(args.p12, os.environ.get("MEETINGDESK_P12_PASSWORD"))
        except OSError as exc:
            raise DeskError(f"cannot read {args.p12}: {exc.strerror or exc}") from exc
        except SigningError as exc:
            raise DeskError(f"{args.p12.name}: {exc}") from exc
        print(f"imported {creds.subject}")
    if args.restore_key is not None:
        try:
            place = keys.restore_key(args.restore_key, passphrase)
        except OSError as exc:
            raise DeskError(f"cannot read {args.restore_key}: {exc.strerror or exc}") from exc
        except ReceiptError as exc:
            raise DeskError(str(exc)) from exc
        print(f"audit key restored {place.describe()}")
    if args.export_key is not None:
        if args.export_key.exists():
            raise DeskError(f"{args.export_key} already exists; choose a new file name")
        out = keys.export_key(args.export_key)
        if out is None:
            raise DeskError("there is no audit key yet (it is made at the first write)")
        protected = "encrypted with the passphrase" if passphrase else "not encrypted"
        print(f"audit key written to {out} (owner-only, {protected})")
    print(f"audit key    {keys.key_location().describe()}")
    creds = signing.credentials()
    if creds is None:
        print(
            "certificate  none yet (made at the first adoption, or imported with "
            "`signing --import FILE.p12`)"
        )
        return 0
    print(f"subject      {creds.subject}")
    print(f"fingerprint  {creds.fingerprint}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from meetingdesk.services.meetings.maintenance import backup

    desk = _open(args)
    try:
        out = backup(desk, args.out)
    finally:
        desk.close()
    print(f"backup written to {out}")
    key = out.with_name(out.name + ".audit-key.pem")
    if key.exists():
        import os

        from meetingdesk.store.keys import PASSPHRASE_ENV

        protected = "encrypted" if os.environ.get(PASSPHRASE_ENV) else "owner-only, not encrypted"
        print(f"audit key exported beside it to {key.name} ({protected})")
    return 0
