"""What the window remembers between runs, in QSettings, behind typed functions.

The organisation and application names must be set on the QCoreApplication before
the first call here, or the settings land in a folder named after the executable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
K_LAST_DB = "database/last"
K_RECENT = "database/recent"
K_LANGUAGE = "ui/language"
K_GEOMETRY = "window/geometry"
K_STATE = "window/state"
K_VIEW = "window/view"


def _settings() -> QSettings:
    return QSettings()


def _as_list(value: Any) -> list[str]:
    """QSettings returns one string for a one-item list in INI files; smooth that out."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def safe_url(url: str) -> str:
    """The URL without its password: passwords are never written to the settings file."""
    if "://" not in url or "@" not in url:
        return url
    from sqlalchemy.engine import URL, make_url

    u = make_url(url)
    bare = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
    return bare.render_as_string(hide_password=False)


def last_database() -> str | None:
    value = _settings().value(K_LAST_DB)
    return str(value) if value else None


def recent_databases() -> list[str]:
    return _as_list(_settings().value(K_RECENT))[:MAX_RECENT]


def remember_database(url: str) -> None:
    """Make url the last database and put it first in the recent list."""
    url = safe_url(url)
    s = _settings()
    s.setValue(K_LAST_DB, url)
    recent = [url] + [u for u in recent_databases() if u != url]
    s.setValue(K_RECENT, recent[:MAX_RECENT])


def forget_recent() -> None:
    _settings().remove(K_RECENT)


def language() -> str:
    """The chosen interface language ('' = follow the system)."""
    return str(_settings().value(K_LANGUAGE, "") or "")


def set_language(code: str) -> None:
    _settings().setValue(K_LANGUAGE, code)


def window_geometry() -> tuple[QByteArray | None, QByteArray | None]:
    s = _settings()
    geometry, state = s.value(K_GEOMETRY), s.value(K_STATE)
    return (
        geometry if isinstance(geometry, QByteArray) else None,
        state if isinstance(state, QByteArray) else None,
    )


def save_window(geometry: QByteArray, state: QByteArray, view: int) -> None:
    s = _settings()
    s.setValue(K_GEOMETRY, geometry)
    s.setValue(K_STATE, state)
    s.setValue(K_VIEW, view)


def last_view() -> int:
    try:
        return int(_settings().value(K_VIEW, 0))
    except (TypeError, ValueError):
        return 0


def last_meeting(db_uuid: str) -> str | None:
    """The UUID of the meeting last shown from the database db_uuid."""
    value = _settings().value(f"meetings/{db_uuid}")
    return str(value) if value else None


def remember_meeting(db_uuid: str, meeting_uuid: str) -> None:
    _settings().setValue(f"meetings/{db_uuid}", meeting_uuid)


def last_document(meeting_uuid: str) -> str | None:
    """The UUID of the document last shown on the drafting page for a meeting."""
    value = _settings().value(f"documents/{meeting_uuid}")
    return str(value) if value else None


def remember_document(meeting_uuid: str, document_uuid: str) -> None:
    _settings().setValue(f"documents/{meeting_uuid}", document_uuid)
