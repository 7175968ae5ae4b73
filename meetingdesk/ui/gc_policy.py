"""Python's cyclic garbage collector runs on the GUI thread only.

Python collects reference cycles on whichever thread happens to allocate when a generation's
threshold is crossed. When that is a worker thread (a background query in ``ui/jobs.py``) and
the cycle holds a Qt widget, the widget is destroyed off the GUI thread and Qt crashes the
process. The recipe that shows it (tests/ui/gc_stress.py): four jobs reading with SQLAlchemy
in a loop while the GUI thread creates widgets held in cycles — it segfaulted 5 runs of 5
within seconds with automatic collection on.

So automatic collection is switched off and a GUI-thread timer does the collector's work,
generation by generation, whenever the allocation counts cross the same thresholds Python
would have used (large PyQt programs do the same, for the same reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    """Owns the timer; keep one alive for the life of the application."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds (GUI thread)."""
        count0, count1, count2 = gc.get_count()
        t0, t1, t2 = self.thresholds
        if count0 > t0:
            if t2 and count1 > t1 and count2 > t2:
                gc.collect(2)
            elif t1 and count1 > t1:
                gc.collect(1)
            else:
                gc.collect(0)

    def stop(self) -> None:
        """Give collection back to Python (tests, and the end of the program)."""
        self.timer.stop()
        gc.enable()


_installed: GuiThreadCollector | None = None


def install(app: QObject) -> GuiThreadCollector:
    """Switch to GUI-thread collection for the application (idempotent)."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(app)
    return _installed
