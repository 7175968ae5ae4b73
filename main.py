"""Thin launcher: `python main.py [--db URL] [COMMAND]` from a checkout."""

from meetingdesk.__main__ import main

raise SystemExit(main())
