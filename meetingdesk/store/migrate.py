"""Open a database: refuse foreign ones, back up, migrate, check, then hand it over."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from .engine import StoreError, make_engine
from .paths import sqlite_uri

SCRIPT_LOCATION = "meetingdesk.store:migrations"


def _config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def known_revisions() -> list[str]:
    """Revision ids in order, read from the file names (NNNN_name.py, revision = NNNN).

    Alembic itself is imported only when a migration runs: opening an up-to-date
    database stays cheap at start-up. tests/store checks that names and ids agree.
    """
    folder = files("meetingdesk.store") / "migrations" / "versions"
    names = sorted(
        p.name for p in folder.iterdir() if p.name[:4].isdigit() and p.name.endswith(".py")
    )
    return [n.split("_", 1)[0] for n in names]


def head_revision() -> str:
    revs = known_revisions()
    return revs[-1] if revs else ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@dataclass(frozen=True)
class CheckReport:
    schema: str | None
    head: str
    integrity: list[str]
    foreign_keys: list[str]

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.foreign_keys and self.schema == self.head


def sqlite_checks(engine: Engine) -> tuple[list[str], list[str]]:
    """PRAGMA integrity_check and foreign_key_check; empty lists when all is well."""
    with engine.connect() as conn:
        integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        fks = [
            f"{r[0]} row {r[1]} → {r[2]}" for r in conn.exec_driver_sql("PRAGMA foreign_key_check")
        ]
    return ([] if integrity == ["ok"] else integrity), fks


def sqlite_checks_apart(path: Path) -> tuple[list[str], list[str]]:
    """sqlite_checks on a read-only connection of its own, closed afterwards: `check` runs it
    in a thread beside the hashing. Not one of the engine's pooled connections, which would
    stay behind in the pool with a schema cache of its own."""
    wal = path.with_name(path.name + "-wal")
    uri = sqlite_uri(path) + ("" if wal.exists() else "&immutable=1")
    con = sqlite3.connect(uri, uri=True, check_same_thread=False)
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        fks = [f"{r[0]} row {r[1]} → {r[2]}" for r in con.execute("PRAGMA foreign_key_check")]
    except sqlite3.Error as exc:
        raise StoreError(
            f"cannot check {path}: {exc}", code="db_cannot_check", path=str(path), reason=str(exc)
        ) from exc
    finally:
        con.close()
    return ([] if integrity == ["ok"] else integrity), fks


def backup_sqlite(src: Path, dest: Path) -> None:
    """Consistent copy through SQLite's backup API (safe while others have it open)."""
    from .leftovers import pending, temp_pattern

    tmp = dest.with_name(dest.name + ".part")
    with pending(dest.parent, temp_pattern(dest.name, ".part")):
        try:
            with sqlite3.connect(sqlite_uri(src), uri=True) as s, sqlite3.connect(tmp) as d:
                s.backup(d)
            tmp.replace(dest)
        except (sqlite3.Error, OSError) as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"backup to {dest} failed: {exc}") from exc


def probe_sqlite(path: Path) -> tuple[str | None, set[str]]:
    """Schema revision and table names of a SQLite file, read without changing it.

    Without a -wal file beside it the file is opened "immutable": even a read-only
    connection to a WAL-mode file would otherwise create -wal and -shm files.
    """
    wal = path.with_name(path.name + "-wal")
    uri = sqlite_uri(path) + ("" if wal.exists() else "&immutable=1")
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise StoreError(
            f"cannot open {path}: {exc}", code="db_cannot_open", path=str(path), reason=str(exc)
        ) from exc
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        rev = None
        if "alembic_version" in names:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            rev = row[0] if row else None
        return rev, names
    except sqlite3.DatabaseError as exc:
        msg = str(exc)
        if "file is not a database" in msg:
            raise StoreError(
                f"{path} is not a MeetingDesk database (not an SQLite file)",
                code="db_not_sqlite",
                path=str(path),
            ) from exc
        raise StoreError(
            f"cannot read {path}: {msg}", code="db_cannot_read", path=str(path), reason=msg
        ) from exc
    finally:
        con.close()


def _refuse_unknown(rev: str | None, names: set[str]) -> None:
    if rev is None:
        if names and "meeting" not in names:
            raise StoreError(
                "this database belongs to another program (no MeetingDesk tables)",
                code="db_other_program",
            )
        if "meeting" in names:
            raise StoreError(
                "this database has MeetingDesk tables but no schema version",
                code="db_no_schema_version",
            )
        return
    if rev not in known_revisions():
        raise StoreError(
            f"this database was written by a newer MeetingDesk (schema {rev}); this program "
            f"knows schema {head_revision()} at most. Update MeetingDesk; the file is untouched.",
            code="db_newer_schema",
            schema=rev,
            known=head_revision(),
        )


def upgrade(url: str, *, password: str | None = None) -> str | None:
    """Bring the database to the newest schema; returns the backup path for SQLite, if any.

    An existing SQLite file is first read through a read-only connection: a file refused
    here (another program's, a newer schema's) is left byte for byte as it was — opening
    it the normal way would already switch it to WAL mode (its header changes).
    """
    u0 = make_url(url)
    existing = (
        u0.get_backend_name() == "sqlite"
        and bool(u0.database)
        and u0.database != ":memory:"
        and Path(u0.database).is_file()
    )
    if existing:
        make_engine(url).dispose()  # the file checks only: nothing is connected yet
        rev, names = probe_sqlite(Path(u0.database))
        _refuse_unknown(rev, names)
    else:
        probe = make_engine(url, password=password)
        try:
            rev = current_revision(probe)
            _refuse_unknown(rev, set(inspect(probe).get_table_names()))
        except OperationalError as exc:
            raise _described(exc, url) from exc
        finally:
            probe.dispose()
    head = head_revision()
    if rev == head:
        return None
    backup: str | None = None
    u = make_url(url)
    sqlite = u.get_backend_name() == "sqlite"
    if sqlite and rev is not None and u.database:
        src = Path(u.database)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        dest = src.with_name(f"{src.name}.schema-{rev}-{stamp}.bak")
        backup_sqlite(src, dest)
        backup = str(dest)
    from alembic import command

    engine = make_engine(url, foreign_keys=False, password=password)
    try:
        with engine.begin() as conn:
            cfg = _config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        if sqlite:
            integrity, fks = sqlite_checks(engine)
            if integrity or fks:
                raise StoreError(
                    f"after migration the database fails its checks ({(integrity + fks)[:3]}); "
                    f"the backup is {backup}"
                )
    except DBAPIError as exc:
        raise _described(exc, url) from exc
    finally:
        engine.dispose()
    return backup


def ensure_identity(engine: Engine) -> str:
    """This database's own UUID (packages name their source by it)."""
    with engine.begin() as conn:
        row = conn.execute(text("SELECT value FROM store_info WHERE key = 'db_uuid'")).first()
        if row:
            return row[0]
        value = str(uuid.uuid4())
        conn.execute(
            text("INSERT INTO store_info (key, value) VALUES ('db_uuid', :v)"), {"v": value}
        )
        conn.execute(
            text("INSERT INTO store_info (key, value) VALUES ('created_at', :v)"),
            {"v": datetime.now(UTC).isoformat()},
        )
        return value


def check(engine: Engine) -> CheckReport:
    rev = current_revision(engine)
    if engine.dialect.name == "sqlite":
        integrity, fks = sqlite_checks(engine)
    else:
        integrity, fks = [], []
    return CheckReport(rev, head_revision(), integrity, fks)


def one_line(exc: BaseException) -> str:
    """The first line of a database error's own message (the driver's, not SQLAlchemy's)."""
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return lines[0].strip() if lines else type(exc).__name__


def _described(exc: Exception, url: str) -> StoreError:
    """The driver's failure as a StoreError: English for the command line, code and data
    for the window."""
    shown = make_url(url).render_as_string(hide_password=True)
    first = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    reason = first[0] if first else type(exc).__name__
    if "file is not a database" in reason:
        return StoreError(
            f"{shown} is not a MeetingDesk database (not an SQLite file)",
            code="db_not_sqlite",
            path=shown,
        )
    if "readonly" in reason or "read-only" in reason:
        return StoreError(
            f"{shown} is read-only: MeetingDesk needs to write to it",
            code="db_read_only",
            path=shown,
        )
    return StoreError(
        f"cannot open {shown}: {reason}", code="db_cannot_open", path=shown, reason=reason
    )
