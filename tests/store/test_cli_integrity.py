"""The command line: check reads only and names problems; every other command warns first
when the database fails its integrity check; paths with #, %20, spaces, Japanese work."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from meetingdesk.services.base import Desk

from .tamper_world import build, drop_guard, raw


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "meetingdesk", *args],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=300,
    )


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", ["Old #1.sqlite", "a%20b.sqlite", "会議 データ.sqlite"])
def test_odd_file_names_end_to_end(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    desk = Desk.open(str(path), user="tester")
    try:
        build(desk)
    finally:
        desk.close()
    assert not (tmp_path / "a b.sqlite").exists()
    done = _cli("--db", str(path), "check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "hashes        ok" in done.stdout
    out = tmp_path / f"copy of {name}"
    done = _cli("--db", str(path), "backup", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size == path.stat().st_size or out.stat().st_size > 4096
    assert _cli("--db", str(out), "check").returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_check_reads_only_and_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    desk = Desk.open(str(path), user="tester")
    try:
        world = build(desk)
        drop_guard(desk, "clause_version_no_update")
        raw(desk, "UPDATE clause_version SET note = 'edited' WHERE clause_id = :c", c=world["cid"])
    finally:
        desk.close()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    before = _sha(path)
    done = _cli("--db", str(path), "check")
    assert done.returncode == 1
    assert "PROBLEM: charter clause 1, version" in done.stdout
    assert "guard missing: trigger clause_version_no_update" in done.stdout
    assert _sha(path) == before, "check changed the file it checked"
    assert not path.with_name(path.name + "-wal").exists()

    warned = _cli("--db", str(path), "backup", "--out", str(tmp_path / "b.sqlite"))
    first = warned.stderr.splitlines()[0]
    assert first.startswith("meetingdesk: WARNING:") and "fails its integrity check" in first


def test_refused_newer_file_is_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    desk = Desk.open(str(path), user="tester")
    desk.close()
    import sqlite3

    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
        con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    before = _sha(path)
    done = _cli("--db", str(path), "backup", "--out", str(tmp_path / "x.sqlite"))
    assert done.returncode == 2 and "newer MeetingDesk" in done.stderr
    assert _sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.sqlite"]
