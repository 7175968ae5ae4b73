"""Uncaught exceptions in the window: logged with their traceback, shown as one dialog.

Without a hook, an exception raised in a slot is printed to a console the user never sees
(or lost on Windows), and the window carries on in an unknown state. With it, the log file
keeps the whole traceback and the person sees one message saying where the log is.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("meetingdesk.crash")

_showing = False


def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """The hook: log, then tell the person once (never a second box over the first)."""
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.error("uncaught exception\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if _showing or QApplication.instance() is None:
        return
    _showing = True

    def show() -> None:
        global _showing
        from meetingdesk.logs import log_dir

        try:
            QMessageBox.critical(
                QApplication.activeWindow(),
                QCoreApplication.translate("Crash", "Something went wrong"),
                QCoreApplication.translate(
                    "Crash",
                    "MeetingDesk met an unexpected error: {error}\n\nNothing you saved is "
                    "lost. The details are in the log file in {folder}.",
                ).format(error=f"{kind.__name__}: {value}", folder=str(log_dir())),
            )
        finally:
            _showing = False

    QTimer.singleShot(0, show)


def install() -> None:
    """Route uncaught exceptions through :func:`handle`."""
    sys.excepthook = handle
