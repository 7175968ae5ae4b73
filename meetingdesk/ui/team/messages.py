"""Why a team server could not be opened, in the reader's language.

The store raises StoreError (and its ServerError, LoginRefused) with an English message for
the command line and a ``code`` with ``params`` for the window; an error without a known
code shows its own first line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def connect_message(exc: BaseException) -> str:
    """One line saying why the database could not be opened, and what to do."""
    said = store_sentence(exc)
    if said is not None:
        return said
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def store_sentence(exc: BaseException) -> str | None:
    """A coded StoreError in the reader's language, or None when its code has no sentence."""
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
        # a database file that cannot be used (the store's own refusals)
        "db_is_folder": QCoreApplication.translate(
            "Team", "{path} is a folder, not a database file."
        ),
        "db_not_sqlite": QCoreApplication.translate(
            "Team", "{path} is not a MeetingDesk database (it is not an SQLite file)."
        ),
        "db_read_only": QCoreApplication.translate(
            "Team", "{path} is read-only: MeetingDesk needs to write to it."
        ),
        "db_folder_missing": QCoreApplication.translate(
            "Team", "The folder {path} does not exist."
        ),
        "db_missing": QCoreApplication.translate("Team", "{path} does not exist."),
        "db_cannot_check": QCoreApplication.translate(
            "Team", "{path} could not be checked: {reason}"
        ),
        "db_cannot_open": QCoreApplication.translate(
            "Team", "{path} could not be opened: {reason}"
        ),
        "db_cannot_read": QCoreApplication.translate("Team", "{path} could not be read: {reason}"),
        "db_other_program": QCoreApplication.translate(
            "Team",
            "This database belongs to another program (it has no MeetingDesk tables); "
            "nothing was changed.",
        ),
        "db_no_schema_version": QCoreApplication.translate(
            "Team",
            "This database has MeetingDesk tables but no schema version; nothing was changed.",
        ),
        "db_newer_schema": QCoreApplication.translate(
            "Team",
            "This database was written by a newer MeetingDesk (schema {schema}; this program "
            "knows {known} at most). Update MeetingDesk; the file is untouched.",
        ),
    }
    if code in texts:
        try:
            return texts[code].format(**p)
        except (KeyError, IndexError):
            return None
    return None
