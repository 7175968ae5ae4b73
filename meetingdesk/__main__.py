"""`python -m meetingdesk` and the installed `meetingdesk` command.

With a subcommand the headless command line runs; without one the window opens, on the
package file named instead of a command when there is one (`meetingdesk FILE.mdpkg`, as a
desktop opens a double-clicked package).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from meetingdesk.app import split_document_argument
    from meetingdesk.cli import build_parser, run

    rest, document = split_document_argument(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser(with_commands=not _window_only(rest))
    args = parser.parse_args(rest)
    if args.command is not None:
        return run(args)
    from meetingdesk.app import run_gui

    return run_gui(db_url=args.db, smoke=args.smoke, document=document)


def _window_only(argv: list[str]) -> bool:
    """True when argv names no command and asks for no help: the window starts."""
    skip_value = False
    for token in argv:
        if skip_value:
            skip_value = False
        elif token == "--db":
            skip_value = True
        elif token in ("-h", "--help") or not token.startswith("-"):
            return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())
