# SPDX-License-Identifier: GPL-3.0-or-later
"""Writing an exported file: checked, atomic, and with the permissions a new file gets.

`mkstemp` creates files readable by their owner only (0600); an exported list or calendar is
meant to be shared like the PDFs, so the finished file gets 0666 less the process umask,
exactly what `open(path, "w")` would have given. Every failure is an ExportError naming the
file and the way out, never a traceback.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from . import ExportError


def current_umask() -> int:
    """The process umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and restore at once
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    return 0o666 & ~current_umask()


def why(exc: OSError) -> str:
    """Why a write failed, as data: "disk_full", "permission", "read_only", "is_folder", or
    the system's own words for anything else."""
    if exc.errno == errno.ENOSPC:
        return "disk_full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission"
    if exc.errno == errno.EROFS:
        return "read_only"
    if exc.errno == errno.EISDIR:
        return "is_folder"
    return exc.strerror or str(exc)


def reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied (choose a folder you can write to)"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return exc.strerror or str(exc)


def check_target(out: Path) -> Path:
    """The folder to write in; ExportError when out is a folder or its folder is missing."""
    out = Path(out)
    if out.is_dir():
        raise ExportError(
            f"cannot write {out}: it is a folder; give a file name",
            code="export_target_is_folder",
            file=str(out),
        )
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(
            f"cannot write {out}: the folder {folder} does not exist",
            code="folder_missing",
            folder=str(folder),
        )
    return folder


def write_atomically(out: Path, write: Callable[[Path], None]) -> Path:
    """Call write(temporary path) in out's folder, then give it normal permissions and
    rename it over out. Nothing is left behind on failure."""
    out = Path(out)
    folder = check_target(out)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(
            f"cannot write in the folder {folder}: {reason(exc)}",
            code="export_folder_refused",
            folder=str(folder),
            why=why(exc),
        ) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, new_file_mode())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(
            f"cannot write {out}: {reason(exc)}",
            code="export_write_refused",
            file=str(out),
            why=why(exc),
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def write_bytes(out: Path, data: bytes) -> Path:
    def put(tmp: Path) -> None:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    return write_atomically(out, put)
