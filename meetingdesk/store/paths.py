"""Where the program keeps its files, and which database a run uses."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from meetingdesk import APP_NAME, ORG_NAME

ENV_DB = "MEETINGDESK_DB"


def data_dir() -> Path:
    """The per-user data folder (overridable with MEETINGDESK_DATA_DIR, used by tests)."""
    override = os.environ.get("MEETINGDESK_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_NAME, ORG_NAME)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_sqlite_path() -> Path:
    return data_dir() / "meetingdesk.sqlite"


def resolve_url(explicit: str | None = None) -> str:
    """--db wins, then MEETINGDESK_DB, then the embedded file in the data folder.

    A plain path (not a URL) is taken as a SQLite file.
    """
    value = explicit or os.environ.get(ENV_DB) or ""
    if not value:
        return sqlite_url(default_sqlite_path())
    if "://" not in value:
        return sqlite_url(Path(value).expanduser().resolve())
    return value


def sqlite_url(path: Path | str) -> str:
    """The SQLAlchemy URL of a SQLite file, quoted so that any file name survives.

    Concatenating "sqlite:///" + path breaks on "?" (cut), "%20" (read as a space) and "#";
    SQLAlchemy's own URL builder escapes what its parser would read otherwise.
    """
    from sqlalchemy.engine import URL

    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def sqlite_uri(path: Path | str, mode: str = "ro") -> str:
    """A "file:" URI for sqlite3.connect(..., uri=True), percent-encoded (Path.as_uri)."""
    return f"{Path(path).resolve().as_uri()}?mode={mode}"


def describe_url(url: str) -> str:
    """A human label for the status bar: the file path, or server/database without password."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return u.database or ":memory:"
    host = u.host or "localhost"
    port = f":{u.port}" if u.port else ""
    user = f"{u.username}@" if u.username else ""
    return f"{u.get_backend_name()}://{user}{host}{port}/{u.database}"


def demo_sqlite_path() -> Path:
    """The demo meeting's own database: never the working one."""
    return data_dir() / "demo.sqlite"


def demo_url() -> str:
    return f"sqlite:///{demo_sqlite_path()}"


def is_demo_url(url: str) -> bool:
    """True for the demo database of this data folder (the window marks it plainly)."""
    from sqlalchemy.engine import make_url

    try:
        u = make_url(url)
    except Exception:  # an unparsable URL is no demo
        return False
    if u.get_backend_name() != "sqlite" or not u.database:
        return False
    try:
        return Path(u.database).resolve() == demo_sqlite_path().resolve()
    except OSError:
        return False
