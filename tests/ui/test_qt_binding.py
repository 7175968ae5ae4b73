"""The Qt binding itself: a release that mishandles references crashes the program at
random (PySide6 6.12.0's Signal.emit dropped a reference to True on every call, which on
Python 3.11 frees True after a few thousand emits). pyproject.toml excludes that release;
this test catches the next one like it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emit_keeps_reference_counts(qapp) -> None:
    emitter = _Emitter()
    got: list[int] = []
    emitter.fired.connect(got.append)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for n in range(2000):
        emitter.fired.emit(n)
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert len(got) == 2000
    # Other threads may hold a few references in passing; a leak or a drop per emit
    # would move the counts by thousands.
    assert all(abs(a - b) < 100 for a, b in zip(after, before, strict=True)), (before, after)
