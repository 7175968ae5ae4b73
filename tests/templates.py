"""Meetings built once per test session and copied for each test (a file copy is far
cheaper than building a meeting again)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def build_template(
    factory: pytest.TempPathFactory, folder: str, fill: Callable, user: str = "tester"
) -> Path:
    """A SQLite file in a fresh session folder, filled by fill(desk)."""
    from meetingdesk.services.base import Desk

    path = factory.mktemp(folder) / "template.sqlite"
    desk = Desk.open(f"sqlite:///{path}", user=user)
    try:
        fill(desk)
    finally:
        desk.close()
    return path


@contextmanager
def desk_on_copy(template: Path, folder: Path, user: str = "tester") -> Iterator:
    """A Desk on a private copy of template in folder, closed afterwards."""
    from meetingdesk.services.base import Desk
    from meetingdesk.store.migrate import backup_sqlite

    path = folder / "desk.sqlite"
    backup_sqlite(template, path)
    desk = Desk.open(f"sqlite:///{path}", user=user)
    try:
        yield desk
    finally:
        desk.close()
