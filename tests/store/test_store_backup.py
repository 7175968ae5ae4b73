"""services.maintenance: backups that never overwrite or leave a part, and the check report."""

from __future__ import annotations

import errno
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.meetings import create_meeting, maintenance
from meetingdesk.store import keys
from meetingdesk.store.engine import StoreError


def _add_meeting(desk: Desk) -> None:
    create_meeting(
        desk,
        title_en="G7 ICT Ministers' Meeting",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
    )


def test_backup_is_a_complete_consistent_copy(sqlite_desk: Desk, tmp_path: Path) -> None:
    _add_meeting(sqlite_desk)
    out = tmp_path / "copies" / "desk-backup.sqlite"
    out.parent.mkdir()
    assert maintenance.backup(sqlite_desk, out) == out
    assert sorted(p.name for p in out.parent.iterdir()) == [
        "desk-backup.sqlite",
        "desk-backup.sqlite.audit-key.pem",
    ], "no temporary file may remain; the audit signing key is saved beside the copy"
    key = out.with_name(out.name + ".audit-key.pem")
    assert key.stat().st_mode & 0o777 == 0o600
    assert key.read_bytes() == keys.key_path().read_bytes()
    with sqlite3.connect(f"file:{out}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT title_en FROM meeting").fetchall() == [
            ("G7 ICT Ministers' Meeting",)
        ]
    conn.close()
    copy = Desk.open(str(out), user="tester")
    try:
        assert maintenance.check(copy).ok
    finally:
        copy.close()


def test_backup_never_overwrites(sqlite_desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "precious.sqlite"
    out.write_bytes(b"someone else's file")
    with pytest.raises(DeskError, match="already exists"):
        maintenance.backup(sqlite_desk, out)
    assert out.read_bytes() == b"someone else's file"


def test_backup_into_a_missing_folder(sqlite_desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "b.sqlite"
    with pytest.raises(DeskError, match="does not exist") as info:
        maintenance.backup(sqlite_desk, out)
    assert str(out.parent) in str(info.value)
    assert not out.parent.exists()


@pytest.mark.parametrize(
    "cause",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        sqlite3.OperationalError("database or disk is full"),
    ],
    ids=["ENOSPC", "SQLITE_FULL"],
)
def test_a_full_disk_leaves_nothing_behind(
    sqlite_desk: Desk, tmp_path: Path, monkeypatch, cause: Exception
) -> None:
    """A disk cannot be filled safely in a test: the copy step fails the way it would.

    The fake writes part of a file first, as a real copy interrupted by ENOSPC does.
    """

    def copy_until_full(src: Path, dest: Path) -> None:
        dest.with_name(dest.name + ".part").write_bytes(b"SQLite format 3\x00" + b"\0" * 512)
        dest.write_bytes(b"half")
        raise StoreError(f"backup to {dest} failed: {cause}") from cause

    monkeypatch.setattr(maintenance, "backup_sqlite", copy_until_full)
    folder = tmp_path / "usb"
    folder.mkdir()
    with pytest.raises(DeskError, match="full; no backup was written") as info:
        maintenance.backup(sqlite_desk, folder / "b.sqlite")
    assert str(folder) in str(info.value)
    assert list(folder.iterdir()) == []


def test_postgresql_backup_names_the_pg_dump_command(pg_factory, tmp_path: Path) -> None:
    if pg_factory is None:
        pytest.skip("PostgreSQL not configured: set MEETINGDESK_TEST_PG to a server URL")
    desk = Desk.open(pg_factory.migrated(), user="tester")
    try:
        out = tmp_path / "team.dump"
        with pytest.raises(DeskError) as info:
            maintenance.backup(desk, out)
    finally:
        desk.close()
    message = str(info.value)
    database = desk.engine.url.database
    assert "\n" not in message
    assert "pg_dump" in message and f"--file={out}" in message
    assert f" {database} — " in message
    assert message.endswith(f"signing --export-key '{out}.audit-key.pem'") or message.endswith(
        f"signing --export-key {out}.audit-key.pem"
    ), "the audit key is not in the server's dump: the message says how to keep it"
    assert f"--host={desk.engine.url.host}" in message
    assert not out.exists()


def test_check_reports_schema_counts_and_health(desk: Desk) -> None:
    _add_meeting(desk)
    report = maintenance.check(desk)
    assert report.ok, report.problems
    assert report.schema == report.head
    assert report.problems == ()
    assert report.count("meeting") == 1
    assert report.count("audit_event") == 1
    assert report.count("no_such_table") == 0
    assert report.database == desk.label
