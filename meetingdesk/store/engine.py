"""Engines for the embedded SQLite file and a team's PostgreSQL server."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url


class StoreError(Exception):
    """A database that cannot be used: the message says why, in one line.

    The message is English (the command line prints it); ``code`` and ``params`` say the
    same as data, which the window renders through its translations (as DeskError does)."""

    def __init__(self, message: str = "", *, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
    "PRAGMA synchronous=FULL",  # a power cut must not lose a committed step
)


def _check_sqlite_file(path: Path) -> None:
    if path.exists():
        if path.is_dir():
            raise StoreError(
                f"{path} is a folder, not a database file", code="db_is_folder", path=str(path)
            )
        with path.open("rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise StoreError(
                f"{path} is not a MeetingDesk database (not an SQLite file)",
                code="db_not_sqlite",
                path=str(path),
            )
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise StoreError(
                f"{path} is read-only: MeetingDesk needs to write to it",
                code="db_read_only",
                path=str(path),
            )
    elif not path.parent.exists():
        raise StoreError(
            f"folder {path.parent} does not exist", code="db_folder_missing", path=str(path.parent)
        )


def make_engine(
    url: str,
    *,
    foreign_keys: bool = True,
    password: str | None = None,
    read_only: bool = False,
) -> Engine:
    """Create an engine with the house settings; nothing is connected yet.

    SQLite: pragmas on every connection, and transactions opened by us (so that a
    writing session can ask for BEGIN IMMEDIATE and never dead-lock on lock upgrade).
    read_only: a SQLite file is opened with mode=ro and left in its journal mode (a
    check must not change the file it checks); a server session is set read-only.
    """
    u = make_url(url)
    if read_only:
        return _read_only_engine(url)
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            _check_sqlite_file(Path(u.database))
        engine = create_engine(url, connect_args={"timeout": 10})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record) -> None:
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            for pragma in SQLITE_PRAGMAS:
                if "foreign_keys" in pragma and not foreign_keys:
                    cur.execute("PRAGMA foreign_keys=OFF")
                else:
                    cur.execute(pragma)
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn) -> None:
            immediate = conn.get_execution_options().get("sqlite_immediate")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    if u.get_backend_name() == "postgresql":
        if password is not None:
            u = u.set(password=password)
        return create_engine(u, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    raise StoreError(f"unsupported database URL {u.render_as_string(hide_password=True)}")


def _read_only_engine(url: str) -> Engine:
    import sqlite3

    from .paths import sqlite_uri

    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        path = Path(u.database or "")
        if not path.is_file():
            raise StoreError(f"{path} does not exist", code="db_missing", path=str(path))
        _check_sqlite_file_header(path)
        # No -wal file: no one has the file open in WAL mode, so "immutable" is safe and
        # keeps even the -wal/-shm side files from appearing.
        wal = path.with_name(path.name + "-wal")
        uri = sqlite_uri(path) + ("" if wal.exists() else "&immutable=1")
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record) -> None:
            dbapi_conn.execute("PRAGMA query_only=ON")

        return engine
    if u.get_backend_name() == "postgresql":
        return create_engine(
            url,
            pool_pre_ping=True,
            connect_args={
                "connect_timeout": 10,
                "options": "-c default_transaction_read_only=on",
            },
        )
    raise StoreError(f"unsupported database URL {u.render_as_string(hide_password=True)}")


def _check_sqlite_file_header(path: Path) -> None:
    with path.open("rb") as fh:
        head = fh.read(16)
    if head != b"SQLite format 3\x00":
        raise StoreError(
            f"{path} is not a MeetingDesk database (not an SQLite file)",
            code="db_not_sqlite",
            path=str(path),
        )


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
