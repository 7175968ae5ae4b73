"""The program's log file: one rotating file in the platform's log folder.

Configured once at start by the window and by the command line. The first lines of each run
say which version, database and Qt version it was, so a log sent by a user explains itself.
Native crashes (a segfault in Qt) are written by :mod:`faulthandler` into ``crash.log`` beside
it: the Python logging machinery cannot run at that point.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TextIO

from meetingdesk import APP_NAME, ORG_NAME, __version__

LOG_NAME = "meetingdesk.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUPS = 4
ENV_LOG_DIR = "MEETINGDESK_LOG_DIR"

_crash_file: TextIO | None = None


def log_dir() -> Path:
    """The folder of the log files (MEETINGDESK_LOG_DIR, else the platform's log folder)."""
    import os

    explicit = os.environ.get(ENV_LOG_DIR, "").strip()
    if explicit:
        return Path(explicit)
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, ORG_NAME)


def configure(database: str = "", qt_version: str = "", where: Path | None = None) -> Path | None:
    """Send the program's log records to the rotating file; the file's path, or None when
    the folder cannot be written (the program then runs without a log file)."""
    global _crash_file
    folder = where or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("meetingdesk")
    for old in [h for h in root.handlers if getattr(h, "_meetingdesk_file", False)]:
        root.removeHandler(old)
        old.close()
    handler._meetingdesk_file = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    log = logging.getLogger("meetingdesk.start")
    log.info("MeetingDesk %s, Python %s, %s", __version__, sys.version.split()[0], sys.platform)
    if qt_version:
        log.info("Qt %s", qt_version)
    if database:
        log.info("database %s", database)
    crash_path = folder / CRASH_NAME
    try:
        if _crash_file is None or Path(_crash_file.name) != crash_path:
            previous = _crash_file
            _crash_file = open(crash_path, "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(_crash_file)
            if previous is not None:
                previous.close()
    except OSError:
        pass
    return folder / LOG_NAME


def log_database(label: str) -> None:
    """Note which database this run works on (after the window or a command opened it)."""
    logging.getLogger("meetingdesk.start").info("database %s", label)
