"""Background work through one helper (like Anki's CollectionOp or Picard's run_task).

    run_job(lambda control: services.x(desk, ...), on_success=show, on_failure=report)

The callable runs on a QThreadPool worker and must not touch widgets; it receives a
JobControl to report progress and to notice a cancel request. The callbacks always run
on the GUI thread: the worker only emits signals of a QObject that lives there.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None
_live: set[Job] = set()


class Cancelled(Exception):
    """Raised inside a job by JobControl.check() once cancel was requested."""


class JobControl:
    """What the worker side may use: progress reports and the cancel flag."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int = 0) -> None:
        self._job._signals.progressed.emit(done, total)


class _Signals(QObject):
    """Emitted from the worker thread, received on the GUI thread (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Job(QObject):
    """One piece of background work and its GUI-thread callbacks."""

    finished = Signal()

    def __init__(
        self,
        fn: Callable[[JobControl], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__()
        self._fn = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._signals = _Signals()
        self._signals.succeeded.connect(self._deliver_success)
        self._signals.failed.connect(self._deliver_failure)
        self._signals.progressed.connect(self._deliver_progress)
        self.control = JobControl(self)
        self.done = False

    def cancel(self) -> None:
        """Ask the worker to stop; its result (if any) is then not delivered."""
        self.control._cancel.set()

    def _work(self) -> None:  # worker thread
        try:
            result = self._fn(self.control)
        except BaseException as exc:  # handed over to the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)

    def _deliver_success(self, result: Any) -> None:
        try:
            if self._on_success is not None and not self.control.cancelled:
                self._on_success(result)
        finally:
            self._finish()

    def _deliver_failure(self, exc: BaseException) -> None:
        try:
            if isinstance(exc, Cancelled) or self.control.cancelled:
                return
            if self._on_failure is not None:
                self._on_failure(exc)
            else:
                log.error("background job failed", exc_info=exc)
        finally:
            self._finish()

    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None and not self.control.cancelled:
            self._on_progress(done, total)

    def _finish(self) -> None:
        self.done = True
        _live.discard(self)
        self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._work()


def pool() -> QThreadPool:
    """The program's own pool (not the global one, so tests can drain just ours)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(4)
    return _pool


def run_job(
    fn: Callable[[JobControl], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Job:
    """Run fn(control) in the background; callbacks arrive on the GUI thread."""
    job = Job(fn, on_success=on_success, on_failure=on_failure, on_progress=on_progress)
    _live.add(job)
    pool().start(_Runner(job))
    return job


def pending_jobs() -> int:
    """Jobs started whose callbacks have not yet run."""
    return len(_live)


def wait_for_jobs(timeout_ms: int = 30_000) -> bool:
    """Block until every job has finished and its callbacks ran (for tests and shutdown).

    Returns False if the deadline passed first.
    """
    deadline = QDeadlineTimer(timeout_ms)
    while _live:
        if deadline.hasExpired():
            return False
        pool().waitForDone(50)
        QCoreApplication.processEvents()
    return True
