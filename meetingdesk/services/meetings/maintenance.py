"""Backups and health checks of the open database, for the window and the command line."""

from __future__ import annotations

import errno
import os
import re
import shlex
import sqlite3
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from meetingdesk.integrity.anchor import Receipt
from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.meetings._records import counts as table_counts
from meetingdesk.store import keys, leftovers
from meetingdesk.store.engine import StoreError
from meetingdesk.store.migrate import (
    CheckReport,
    backup_sqlite,
    current_revision,
    head_revision,
    sqlite_checks_apart,
)
from meetingdesk.store.migrate import check as store_check
from meetingdesk.store.verify import TRUST_STEPS, trust_report
from meetingdesk.text.problems import Problem

SQLITE_FULL = 13  # sqlite3 result code "database or disk is full"


@dataclass(frozen=True)
class MaintenanceReport:
    """What `check` found; every problem is one readable line."""

    database: str
    schema: str | None
    head: str
    integrity: tuple[str, ...]
    foreign_keys: tuple[str, ...]
    history_guards: tuple[str, ...]
    audit: tuple[str, ...]
    counts: tuple[tuple[str, int], ...]
    hashes: tuple[str, ...] = ()

    @property
    def schema_ok(self) -> bool:
        return self.schema == self.head

    @property
    def ok(self) -> bool:
        return self.schema_ok and not self.problems

    @property
    def problems(self) -> tuple[str, ...]:
        lines: list[str] = []
        if not self.schema_ok:
            lines.append(
                Problem(
                    f"schema {self.schema or 'none'} is not the program's {self.head}",
                    code="schema_not_current",
                    schema=self.schema or "—",
                    program=self.head,
                )
            )
        lines += self.integrity + self.foreign_keys + self.history_guards + self.hashes
        lines += self.audit
        return tuple(lines)

    def count(self, table: str) -> int:
        return dict(self.counts).get(table, 0)


def check(
    desk: Desk,
    receipts: list[tuple[str, Receipt]] | None = None,
    step: Callable[[int, int], None] | None = None,
) -> MaintenanceReport:
    """Schema version, integrity, foreign keys, the guard triggers, every content hash, the
    audit chain and its signed heads (plus any receipts given), row counts. Reads only.

    ``step(done, total)`` is called as each part begins; it may raise to stop the check
    (the window's Cancel), which then leaves nothing behind: the check only reads.

    SQLite's own integrity check runs on a second connection in a thread meanwhile: it
    spends its time in SQLite's C code, which lets the hashing go on beside it.
    """
    total = TRUST_STEPS + 2  # the store's own checks first, the row counts last
    report = step or (lambda _done, _total: None)

    def trust_step(n: int) -> None:
        report(1 + n, total)

    database = make_url(desk.url).database
    report(0, total)
    if not desk.is_sqlite or not database or database == ":memory:":
        base = store_check(desk.engine)  # nothing slow in it (or one shared connection)
        trust = trust_report(desk.engine, desk.db_uuid, base.schema, receipts, trust_step)
    else:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="integrity") as pool:
            pending = pool.submit(sqlite_checks_apart, Path(database))
            schema = current_revision(desk.engine)
            trust = trust_report(desk.engine, desk.db_uuid, schema, receipts, trust_step)
            base = CheckReport(schema, head_revision(), *pending.result())
    report(total - 1, total)
    return MaintenanceReport(
        database=desk.label,
        schema=base.schema,
        head=base.head,
        integrity=tuple(_integrity(x) for x in base.integrity),
        foreign_keys=tuple(_foreign_key(x) for x in base.foreign_keys),
        history_guards=trust.guards,
        audit=trust.audit,
        counts=tuple(sorted(table_counts(desk).items())),
        hashes=trust.history,
    )


def _integrity(line: str) -> Problem:
    """A line of SQLite's integrity_check: SQLite's own words, inside a sentence of ours."""
    return Problem(f"integrity: {line}", code="sqlite_integrity", detail=line)


_FOREIGN_KEY = re.compile(r"(?P<table>\S+) row (?P<row>\S+) → (?P<parent>\S+)")


def _foreign_key(line: str) -> Problem:
    """A row of SQLite's foreign_key_check ("table row N → parent"), its parts as data."""
    found = _FOREIGN_KEY.fullmatch(line)
    if found is None:
        return Problem(f"foreign key: {line}", code="sqlite_integrity", detail=line)
    return Problem(f"foreign key: {line}", code="sqlite_foreign_key", **found.groupdict())


def backup(desk: Desk, out: Path) -> Path:
    """A consistent copy of the SQLite database at out; never overwrites, never leaves a part.

    A PostgreSQL database is backed up on the server side: the error says how.
    """
    out = Path(out).expanduser()
    u = make_url(desk.url)
    if not desk.is_sqlite:
        raise _pg_dump_hint(desk.url, out)
    if not u.database or u.database == ":memory:":
        raise DeskError("an in-memory database has no file to back up", code="backup_in_memory")
    source = Path(u.database).resolve()
    out = out.resolve() if out.parent.exists() else out
    if out.exists():
        raise DeskError(
            f"{out} already exists; choose a new file name (nothing was written)",
            code="file_exists",
            file=str(out),
        )
    if not out.parent.is_dir():
        raise DeskError(
            f"folder {out.parent} does not exist (nothing was written)",
            code="folder_missing",
            folder=str(out.parent),
        )
    if not os.access(out.parent, os.W_OK):
        raise DeskError(
            f"folder {out.parent} is not writable (nothing was written)",
            code="folder_not_writable",
            folder=str(out.parent),
        )
    # Copy to a private temporary name, then link it into place: linking refuses to
    # replace a file that appeared meanwhile, and a failure leaves nothing behind.
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.tmp")
    with leftovers.pending(out.parent, leftovers.temp_pattern(f".{out.name}", ".*.tmp*")):
        return _backup_to(source, tmp, out)


def _backup_to(source: Path, tmp: Path, out: Path) -> Path:
    try:
        backup_sqlite(source, tmp)
        _place(tmp, out)
        keys.backup_key(out)
    except StoreError as exc:
        raise _describe_failure(exc, out) from exc
    except OSError as exc:
        raise _describe_os_error(exc, out) from exc
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + ".part").unlink(missing_ok=True)
    return out


def _place(tmp: Path, out: Path) -> None:
    try:
        os.link(tmp, out)
    except FileExistsError as exc:
        raise DeskError(
            f"{out} already exists; choose a new file name (nothing was written)",
            code="file_exists",
            file=str(out),
        ) from exc
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
            raise
        # A file system without hard links (FAT, some network shares): rename instead.
        if out.exists():
            raise DeskError(
                f"{out} already exists; choose a new file name (nothing was written)",
                code="file_exists",
                file=str(out),
            ) from exc
        tmp.replace(out)


def _describe_failure(exc: StoreError, out: Path) -> DeskError:
    cause = exc.__cause__
    if isinstance(cause, OSError):
        return _describe_os_error(cause, out)
    if isinstance(cause, sqlite3.Error) and (
        getattr(cause, "sqlite_errorcode", None) == SQLITE_FULL or "disk is full" in str(cause)
    ):
        return _disk_full(out)
    return DeskError(
        f"backup to {out} failed: {cause or exc} (nothing was written)",
        code="backup_failed",
        file=str(out),
        reason=str(cause or exc),
    )


def _describe_os_error(exc: OSError, out: Path) -> DeskError:
    if exc.errno == errno.ENOSPC:
        return _disk_full(out)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DeskError(
            f"cannot write in {out.parent}: {exc.strerror} (nothing was written)",
            code="folder_not_writable",
            folder=str(out.parent),
        )
    return DeskError(
        f"backup to {out} failed: {exc.strerror or exc} (nothing was written)",
        code="backup_failed",
        file=str(out),
        reason=str(exc.strerror or exc),
    )


def _disk_full(out: Path) -> DeskError:
    return DeskError(
        f"the disk holding {out.parent} is full; no backup was written",
        code="backup_disk_full",
        folder=str(out.parent),
    )


def _pg_dump_hint(url: str, out: Path) -> DeskError:
    u = make_url(url)
    parts = ["pg_dump", "--format=custom"]
    if u.host:
        parts.append(f"--host={u.host}")
    if u.port:
        parts.append(f"--port={u.port}")
    if u.username:
        parts.append(f"--username={u.username}")
    parts += [f"--file={out}", u.database or "postgres"]
    key_command = f"meetingdesk signing --export-key {shlex.quote(str(out) + '.audit-key.pem')}"
    return DeskError(
        f"a PostgreSQL database is backed up on its server ({u.host or 'localhost'}, "
        f"database {u.database}); run: {shlex.join(parts)} — and keep this computer's audit "
        f"key with: {key_command}",
        code="backup_on_server",
        server=u.host or "localhost",
        database=u.database or "",
        command=shlex.join(parts),
        key_command=key_command,
    )
