"""A backup or export killed mid-write leaves a .part file; the next start removes it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from meetingdesk.store import leftovers


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_leftover_of_a_killed_run_is_removed_and_nothing_else(tmp_path: Path) -> None:
    folder = tmp_path / "会議 #1 %20"
    folder.mkdir()
    part = folder / ".Rev.1 [final].pdf.abc123.part"
    part.write_bytes(b"%PDF-1.4 half")
    keep = folder / "Rev.1 [final].pdf"
    keep.write_bytes(b"the real one")
    other = folder / ".other.pdf.abc123.part"
    other.write_bytes(b"someone else's")
    marker = leftovers._markers() / "x.json"
    pattern = leftovers.temp_pattern(".Rev.1 [final].pdf", ".*.part")
    marker.write_text(
        json.dumps(
            {
                "folder": str(folder),
                "pattern": pattern,
                "pid": _dead_pid(),
                "started": time.time() - 3600,
            }
        ),
        encoding="utf-8",
    )
    assert leftovers.clean() == [part]
    assert not part.exists() and keep.exists() and other.exists()
    assert not marker.exists()


def test_a_running_writer_is_left_alone(tmp_path: Path) -> None:
    part = tmp_path / ".out.pdf.1.part"
    part.write_bytes(b"being written")
    with leftovers.pending(tmp_path, ".out.pdf.*.part"):
        assert leftovers.clean() == []
        assert part.exists()
    assert list(leftovers._markers().glob("*.json")) == []


def test_a_marker_naming_more_than_temporary_files_removes_nothing(tmp_path: Path) -> None:
    victim = tmp_path / "precious.sqlite"
    victim.write_bytes(b"data")
    marker = leftovers._markers() / "evil.json"
    marker.write_text(
        json.dumps({"folder": str(tmp_path), "pattern": "*", "pid": _dead_pid(), "started": 0}),
        encoding="utf-8",
    )
    assert leftovers.clean() == []
    assert victim.exists() and not marker.exists()


def test_cli_start_cleans_a_killed_backup(tmp_path: Path) -> None:
    """Kill a backup mid-copy (simulated: its marker and part file stay), start again."""
    out = tmp_path / "copy.sqlite"
    part = tmp_path / ".copy.sqlite.deadbeef.tmp.part"
    part.write_bytes(b"SQLite format 3\x00half")
    env = {**os.environ, "MEETINGDESK_DB": str(tmp_path / "desk.sqlite")}
    marker = leftovers._markers() / "killed.json"
    marker.write_text(
        json.dumps(
            {
                "folder": str(tmp_path),
                "pattern": leftovers.temp_pattern(f".{out.name}", ".*.tmp*"),
                "pid": _dead_pid(),
                "started": time.time(),
            }
        ),
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "meetingdesk", "check"], env=env, capture_output=True, text=True
    )
    assert not part.exists()
    assert "removed" in done.stderr and part.name in done.stderr
