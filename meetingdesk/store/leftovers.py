"""Temporary files of a backup, export or package that a killed run left behind.

Every writer writes to a hidden ".part" file and renames it into place; if the process is
killed in between, the ".part" file stays. While a write runs, a marker in the data folder
names the folder and the pattern of its temporary files; at the next start, markers of
runs that are gone are used to remove what they left, then dropped.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from .paths import data_dir

STALE_SECONDS = 15 * 60  # Windows: a marker older than this is taken as left behind
TEMP_ENDS = (".part", ".tmp")


def temp_pattern(name: str, tail: str) -> str:
    """A glob for temporary files named after name (which may hold [, ], * or ?)."""
    import glob

    return glob.escape(name) + tail


def _markers() -> Path:
    path = data_dir() / "pending"
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextlib.contextmanager
def pending(folder: Path, pattern: str) -> Iterator[None]:
    """Mark that files matching pattern in folder are being written by this process."""
    marker = _markers() / f"{uuid.uuid4().hex}.json"
    data = {"folder": str(Path(folder).resolve()), "pattern": pattern, "pid": os.getpid()}
    data["started"] = time.time()
    try:
        marker.write_text(json.dumps(data), encoding="utf-8")
    except OSError:
        marker = None  # the data folder is read-only: write anyway, unmarked
    try:
        yield
    finally:
        if marker is not None:
            marker.unlink(missing_ok=True)


def _running(pid: int) -> bool | None:
    """Whether the process runs; None where that cannot be asked safely (age decides)."""
    if sys.platform == "win32":
        return None  # os.kill on Windows would end the process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean(now: float | None = None) -> list[Path]:
    """Remove what interrupted writers left; returns the files removed."""
    removed: list[Path] = []
    now = time.time() if now is None else now
    try:
        markers = sorted(_markers().glob("*.json"))
    except OSError:
        return removed
    for marker in markers:
        try:
            data = json.loads(marker.read_text(encoding="utf-8"))
            folder, pattern = Path(data["folder"]), str(data["pattern"])
            pid, started = int(data["pid"]), float(data["started"])
        except (OSError, ValueError, KeyError, TypeError):
            marker.unlink(missing_ok=True)
            continue
        if pid == os.getpid():
            continue
        running = _running(pid)
        if running or (running is None and now - started < STALE_SECONDS):
            continue
        if "/" in pattern or "\\" in pattern or not pattern.rstrip("*").endswith(TEMP_ENDS):
            marker.unlink(missing_ok=True)  # only temporary names, never anything more
            continue
        for leftover in folder.glob(pattern):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed.append(leftover)
        marker.unlink(missing_ok=True)
    return removed
