"""Why a team server could not be opened, in the reader's language.

The store raises StoreError (and its ServerError, LoginRefused) with an English message for
the command line and a ``code`` with ``params`` for the window; an error without a known
code shows its own first line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def connect_message(exc: BaseException) -> str:
    """One line saying why the database could not be opened, and what to do."""
    code = getattr(exc, "code", "")
    p = dict(getattr(exc, "params", {}) or {})
    texts = {
        "owner_on_desktop": QCoreApplication.translate(
            "Team",
            "{login} is the owner of {server}. The owner is never used from the window: log in "
            "with your own login, made by `meetingdesk server add-user LOGIN --role ROLE`. "
            "Maintenance as the owner is done from the command line (`meetingdesk server …`).",
        ),
        "not_initialised": QCoreApplication.translate(
            "Team",
            "{server} is not set up for MeetingDesk: its owner runs `meetingdesk server init` "
            "first. Nothing was changed.",
        ),
        "no_group": QCoreApplication.translate(
            "Team",
            "The login {login} is in no MeetingDesk group on this server: the secretariat runs "
            "`meetingdesk server add-user {login} --role drafter` (or another role).",
        ),
        "newer_schema": QCoreApplication.translate(
            "Team",
            "{server} was set up by a newer MeetingDesk (schema {schema}; this program knows "
            "{known} at most). Update MeetingDesk. Nothing was changed.",
        ),
        "older_schema": QCoreApplication.translate(
            "Team",
            "{server} has the older schema {schema} (this program needs {known}): its owner "
            "runs `meetingdesk server init` to bring it up to date.",
        ),
        "password_needed": QCoreApplication.translate(
            "Team", "The server {server} asks a password for {login}."
        ),
        "password_refused": QCoreApplication.translate(
            "Team", "The server {server} refused the password for {login}."
        ),
        "no_login": QCoreApplication.translate("Team", "The server {server} has no login {login}."),
        "cannot_connect": QCoreApplication.translate(
            "Team", "Cannot connect to {server}: {reason}"
        ),
    }
    if code in texts:
        try:
            return texts[code].format(**p)
        except (KeyError, IndexError):
            pass
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
