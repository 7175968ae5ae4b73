"""`python -m meetingdesk` and the installed `meetingdesk` command.

With a subcommand the headless command line runs; without one the window opens.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from meetingdesk.cli import build_parser, run

    args = build_parser().parse_args(argv)
    if args.command is not None:
        return run(args)
    from meetingdesk.app import run_gui

    return run_gui(db_url=args.db, smoke=args.smoke)


if __name__ == "__main__":
    raise SystemExit(main())
