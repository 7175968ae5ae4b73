"""Writers of one SQLite file take turns in arrival order, roughly, instead of by luck.

SQLite's own busy handler makes a writer that finds the file locked sleep (1, 2, 5 … up to
100 ms) and try again; meanwhile the writer that just committed takes the lock again at
once. Under load some writers starve: in the issue-16 benchmark 8 processes saw a maximum
wait above 10 s and "database is locked" errors. Here a writer first queues on an operating
system lock: waiting happens in the kernel, which wakes a waiter the moment the lock is
free, and a two-lock hand-off (gate, then turn) keeps the writer that just finished from
barging back in ahead of those already waiting. This is the classic "gate" trick of queue
locks, written here because no library offers a cross-process fair lock for a file we do
not own; ``fcntl.flock`` does the waiting.

POSIX only (fcntl); on Windows writers keep SQLite's busy handler alone. The lock files live
in the user data folder, named after the database path, never beside the database.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def _lock_files(database: Path) -> tuple[Path, Path]:
    from .paths import data_dir

    folder = data_dir() / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256(str(database.resolve()).encode()).hexdigest()[:32]
    return folder / f"{key}.gate", folder / f"{key}.turn"


@contextmanager
def write_turn(database: str | None) -> Iterator[None]:
    """Hold this process's turn to write the SQLite file ``database`` (no-op without one)."""
    if fcntl is None or not database or database == ":memory:":
        yield
        return
    gate_path, turn_path = _lock_files(Path(database))
    gate = os.open(gate_path, os.O_RDWR | os.O_CREAT, 0o600)
    turn = os.open(turn_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(gate, fcntl.LOCK_EX)
        try:
            fcntl.flock(turn, fcntl.LOCK_EX)
        finally:
            fcntl.flock(gate, fcntl.LOCK_UN)
        try:
            yield
        finally:
            fcntl.flock(turn, fcntl.LOCK_UN)
    finally:
        os.close(gate)
        os.close(turn)
