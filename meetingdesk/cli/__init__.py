"""Headless command line: argument parsing and the one place errors become exit codes.

Subcommands live in one module each (`meetingdesk/cli/<name>.py`), listed in
COMMAND_MODULES; a module offers `register(subparsers)` and sets `func` on its parsers.
Modules import services lazily inside their commands so that building the parser
stays cheap: the window's start-up builds it too.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence

from meetingdesk import __version__

COMMAND_MODULES = (
    "core",
    "logistics",
    "documents",
    "actions",
    "export",
    "package",
    "server",
    "word",
    "silence",
)

DB_HELP = (
    "database URL or SQLite file path (default: MEETINGDESK_DB, else meetingdesk.sqlite "
    "in the user data folder); a team server is postgresql+psycopg://user@host/dbname"
)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without commands only the window's own options (a start of
    the window then imports none of the commands' modules)."""
    parser = argparse.ArgumentParser(
        prog="meetingdesk",
        description=(
            "MeetingDesk: the host secretariat's desk for a ministerial meeting. "
            "Without a command, the window opens."
        ),
    )
    parser.add_argument("--db", metavar="URL", default=None, help=DB_HELP)
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, wait until its first view is filled, then exit 0",
    )
    parser.add_argument("--version", action="version", version=f"MeetingDesk {__version__}")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name in COMMAND_MODULES:
        module = _command_module(name)
        if module is not None:
            module.register(subparsers)
    for sub in subparsers.choices.values():
        _accept_db_after_command(sub)
    return parser


def import_kinds(subparsers):
    """The `import KIND` sub-commands, shared by every module that imports files."""
    parser = subparsers.choices.get("import")
    if parser is None:
        parser = subparsers.add_parser(
            "import",
            help="import data from a file (participants, a document's draft)",
            description="Import data into a meeting from a file.",
        )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest="import_kind", metavar="KIND", title="kinds", required=True)


def _command_module(name: str):
    """The module meetingdesk.cli.<name>, or None while it is not written yet."""
    full = f"{__name__}.{name}"
    try:
        return importlib.import_module(full)
    except ModuleNotFoundError as exc:
        if exc.name == full:
            return None
        raise


def _accept_db_after_command(sub: argparse.ArgumentParser) -> None:
    """Let `meetingdesk check --db X` mean the same as `meetingdesk --db X check`.

    SUPPRESS keeps the global value when the option is not repeated after the command.
    """
    with contextlib.suppress(argparse.ArgumentError):  # the module declared its own --db
        sub.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=DB_HELP)


def one_line(exc: BaseException) -> str:
    """The first non-empty line of an error message (never a traceback)."""
    for line in str(exc).splitlines():
        if line.strip():
            return line.strip()
    return type(exc).__name__


def fail(message: str) -> int:
    print(f"meetingdesk: error: {message}", file=sys.stderr)
    return 2


def _clean_leftovers() -> None:
    """Remove the .part files a killed backup, export or package left (store.leftovers)."""
    from meetingdesk.store.leftovers import clean

    for path in clean():
        print(f"meetingdesk: removed {path}, left by an interrupted earlier run", file=sys.stderr)


def _warn_if_tampered(args: argparse.Namespace) -> None:
    """First line on stderr when the database fails its integrity check (cheap part)."""
    from meetingdesk.store.paths import describe_url, resolve_url
    from meetingdesk.store.verify import quick_problems

    url = resolve_url(getattr(args, "db", None))
    problems = quick_problems(url)
    if problems:
        print(
            f"meetingdesk: WARNING: {describe_url(url)} fails its integrity check "
            f"({len(problems)} problem(s), first: {problems[0]}); run `meetingdesk check`",
            file=sys.stderr,
        )


def run(args: argparse.Namespace) -> int:
    """Run the chosen subcommand; expected errors become one line on stderr and exit 2."""
    from sqlalchemy.exc import DBAPIError

    from meetingdesk.services.base import DeskError
    from meetingdesk.store.engine import StoreError

    func = getattr(args, "func", None)
    if func is None:
        return fail("no command given (see --help)")
    import logging

    from meetingdesk import logs

    logs.configure()
    log = logging.getLogger("meetingdesk.cli")
    log.info("command %s", args.command)
    _clean_leftovers()
    if getattr(args, "command", None) != "check":
        _warn_if_tampered(args)
    try:
        result = func(args)
    except (DeskError, StoreError) as exc:
        log.info("refused: %s", one_line(exc))
        return fail(one_line(exc))
    except DBAPIError as exc:
        # A server that went away or a file that turned read-only mid-command.
        return fail(f"database error: {one_line(exc.orig or exc)}")
    except KeyboardInterrupt:
        return fail("interrupted")
    except Exception:
        log.exception("command %s failed", args.command)
        raise
    except BrokenPipeError:
        # The reader went away (`meetingdesk check | head`): stop quietly, as Python's docs advise.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return int(result or 0)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line only entry (no window): used by tests and scripts."""
    args = build_parser().parse_args(argv)
    return run(args)
