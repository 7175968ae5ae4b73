"""One way for the pages to write: a service call with the version the user saw.

A refusal is shown as a message and changes nothing; a conflict (someone else changed
the row first) also reloads what the page shows, so the user sees the newer data. After
a write, what it touched is announced on the hub.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from meetingdesk.services.base import ConflictError, Desk, DeskError
from meetingdesk.snapshots import Changes
from meetingdesk.ui import labels
from meetingdesk.ui.hub import Hub
from meetingdesk.ui.team.rights import refusal_text


def run_write(parent: QWidget, hub: Hub, fn: Callable[[Desk], Any], changes: Changes) -> Any:
    """fn(desk) in one service call; its result, or None when it was refused."""
    zone = hub.meeting.time_zone if hub.meeting is not None else "UTC"
    try:
        result = fn(hub.desk)
    except ConflictError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Writes", "Changed by someone else"),
            QCoreApplication.translate(
                "Writes", "{reason}\n\nNothing was saved. The page now shows the current data."
            ).format(reason=labels.refusal(exc, zone)),
        )
        hub.publish(changes)  # reload: the data on screen is stale
        return None
    except DeskError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Writes", "Not done"), refusal_text(exc, zone)
        )
        return None
    hub.publish(changes)
    return result


def one_line(exc: BaseException, zone: str = "UTC") -> str:
    """A refusal's first line in the reader's language (times in ``zone``)."""
    text = labels.refusal(exc, zone).strip()
    return text.splitlines()[0] if text else type(exc).__name__
