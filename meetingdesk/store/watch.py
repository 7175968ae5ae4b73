"""Who wrote what since we last looked: the feed behind live views.

Every write appends an audit event in its own transaction, so the audit log is the list of
changes. On PostgreSQL a trigger (migration 0009) sends each new event with ``NOTIFY`` at
commit; the watcher LISTENs on its own connection and reads nothing else. On SQLite,
``PRAGMA data_version`` changes when another connection has committed; only then does the
watcher read the events newer than the last it saw. ``poll()`` never blocks: the window
calls it from a timer (or when the connection's socket is readable).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

CHANNEL = "meetingdesk_changes"


@dataclass(frozen=True)
class Change:
    """One committed write, as its audit event recorded it."""

    event_id: int
    action: str
    entity_type: str
    entity_uuid: str
    user_login: str
    at: datetime | None


RESYNC = Change(0, "", "", "", "", None)  # "something changed; refresh everything"


def _parse_time(value: object) -> datetime | None:
    if not value:
        return None
    when = datetime.fromisoformat(str(value).replace(" ", "T"))
    return when if when.tzinfo else when.replace(tzinfo=UTC)


class ChangeWatcher:
    """Poll for writes committed by anyone (other windows, other people, check-ins)."""

    def __init__(self, url: str, password: str | None = None) -> None:
        u = make_url(url)
        self.backend = u.get_backend_name()
        self._last_id = 0
        self._conn = None
        self._pg_args: tuple[list, dict] = ([], {})
        self._sqlite_path = ""
        self._data_version: int | None = None
        if self.backend == "postgresql":
            if password is not None:
                u = u.set(password=password)
            # the connection arguments SQLAlchemy itself would use (a password is never put
            # into a URI string, where spaces and '@' would break it)
            from sqlalchemy.dialects.postgresql.psycopg import dialect

            args, kwargs = dialect().create_connect_args(u.set(drivername="postgresql+psycopg"))
            self._pg_args = (list(args), dict(kwargs))
        elif self.backend == "sqlite":
            self._sqlite_path = u.database or ""
        else:
            raise ValueError(f"cannot watch {self.backend}")
        self._connect()

    # -- connection ------------------------------------------------------------------------

    def _connect(self) -> None:
        if self.backend == "postgresql":
            import psycopg

            args, kwargs = self._pg_args
            conn = psycopg.connect(*args, **{"connect_timeout": 10, **kwargs, "autocommit": True})
            conn.execute(f"LISTEN {CHANNEL}")
            self._last_id = conn.execute("SELECT coalesce(max(id), 0) FROM audit_event").fetchone()[
                0
            ]
            self._conn = conn
        else:
            uri = Path(self._sqlite_path).resolve().as_uri() + "?mode=rw"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout=2000")
            self._conn = conn
            self._data_version = conn.execute("PRAGMA data_version").fetchone()[0]
            self._last_id = conn.execute("SELECT coalesce(max(id), 0) FROM audit_event").fetchone()[
                0
            ]

    def fileno(self) -> int | None:
        """The PostgreSQL socket (readable when a notification arrives), else None."""
        if self.backend == "postgresql" and self._conn is not None:
            return self._conn.fileno()
        return None

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    # -- polling ---------------------------------------------------------------------------

    def poll(self) -> list[Change]:
        """Changes committed since the last poll, oldest first (never blocks for long).

        After a lost connection the watcher reconnects and answers [RESYNC]: views reload
        everything, as events may have been missed meanwhile.
        """
        try:
            if self._conn is None:
                self._connect()
                return [RESYNC]
            if self.backend == "postgresql":
                return self._poll_pg()
            return self._poll_sqlite()
        except Exception:  # the server went away or the file is busy: try again next time
            self.close()
            return []

    def _poll_pg(self) -> list[Change]:
        out = []
        for note in self._conn.notifies(timeout=0):
            data = json.loads(note.payload)
            if int(data["id"]) <= self._last_id:
                continue
            self._last_id = int(data["id"])
            out.append(
                Change(
                    int(data["id"]),
                    data["action"],
                    data["entity_type"],
                    data["entity_uuid"],
                    data["user"],
                    _parse_time(data.get("at")),
                )
            )
        return out

    def _poll_sqlite(self) -> list[Change]:
        version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        if version == self._data_version:
            return []
        self._data_version = version
        rows = self._conn.execute(
            "SELECT id, action, entity_type, entity_uuid, user_login, at FROM audit_event "
            "WHERE id > ? ORDER BY id",
            (self._last_id,),
        ).fetchall()
        if rows:
            self._last_id = rows[-1][0]
        return [Change(r[0], r[1], r[2], r[3], r[4], _parse_time(r[5])) for r in rows]
