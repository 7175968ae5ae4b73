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

from PySide6.QtCore import QCoreApplication, QTimer, QtMsgType, qInstallMessageHandler
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


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
qt_log = logging.getLogger("meetingdesk.qt")


def _qt_message(kind: QtMsgType, context, message: str) -> None:
    level = _QT_LEVELS.get(kind, logging.WARNING)
    qt_log.log(level, "%s%s", message, f" ({context.category})" if context.category else "")
    if level >= logging.ERROR:
        print(message, file=sys.stderr)  # what Qt would print for these


def route_qt_messages():
    """Qt's own messages go to the log file (errors also to stderr), not to the terminal:
    a platform plugin's remarks ("does not support propagateSizeHints()") are no output of
    the program's. Returns the handler it replaced."""
    return qInstallMessageHandler(_qt_message)
