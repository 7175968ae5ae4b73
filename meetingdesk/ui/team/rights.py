"""Grey out what the login's role may not do, and say why (the server would refuse it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from meetingdesk.services import team
from meetingdesk.services.base import ConnectionLost, Desk, DeskError, PermissionRefused
from meetingdesk.ui import labels

_TIP = "md_allowed_tooltip"
#: the right a gated control needs, kept on it (tests walk the window for it)
RIGHT = "md_right"


def role_label(role: str) -> str:
    """The role as a person reads it, translated."""
    names = {
        "secretariat": QCoreApplication.translate("Team", "secretariat"),
        "drafter": QCoreApplication.translate("Team", "drafter"),
        "reader": QCoreApplication.translate("Team", "reader"),
        "owner": QCoreApplication.translate("Team", "database owner"),
        "local": QCoreApplication.translate("Team", "local file"),
    }
    return names.get(role, role)


def why_not(desk: Desk, right: str) -> str:
    """The one-line reason a role lacks a right ("" when it has it)."""
    if team.may(desk, right):
        return ""
    if team.needed_role(right) == "drafter":
        return QCoreApplication.translate(
            "Team", "You are logged in as {login}, a {role}: readers cannot change anything."
        ).format(login=desk.user_login, role=role_label(desk.role))
    return QCoreApplication.translate(
        "Team", "Only the secretariat may do this; you are logged in as {login}, a {role}."
    ).format(login=desk.user_login, role=role_label(desk.role))


def gate(item: QAction | QWidget, desk: Desk, right: str, enabled: bool = True) -> None:
    """Enable item when enabled and the role allows; a role refusal becomes its tooltip.

    The one way the window greys what a role may not do: every write control goes through
    it (or, for what cannot be disabled — an editable table, movable seats — through
    ``why_not`` with the reason in sight)."""
    if item.property(_TIP) is None:
        item.setProperty(_TIP, item.toolTip())
    item.setProperty(RIGHT, right)
    reason = why_not(desk, right)
    item.setEnabled(enabled and not reason)
    item.setToolTip(reason or item.property(_TIP))
    if isinstance(item, QAction):
        item.setStatusTip(reason)


def refusal_text(exc: DeskError, zone: str = "UTC") -> str:
    """A server's refusal in the reader's language (other desk errors: their own message)."""
    if isinstance(exc, PermissionRefused):
        return QCoreApplication.translate(
            "Team",
            "The server refused this change: {login} is a {role} and may not make it. "
            "Nothing was saved.",
        ).format(login=exc.login, role=role_label(exc.role))
    if isinstance(exc, ConnectionLost):
        return QCoreApplication.translate(
            "Team", "The connection to {server} was lost. Nothing was saved; try again."
        ).format(server=exc.server)
    return labels.refusal(exc, zone)
