"""Background work through one helper (like Anki's CollectionOp or Picard's run_task).

    run_job(lambda control: services.x(desk, ...), on_success=show, on_failure=report)

The callable runs on a QThreadPool worker and must not touch widgets; it receives a
JobControl to report progress and to notice a cancel request. The callbacks always run
on the GUI thread: the worker only emits signals of a QObject that lives there.

Lifetime: a Job is a QObject of the GUI thread, so its last reference must be dropped
there too. The worker lets go of the job before it says so (JobControl.released), and the
GUI thread forgets a job only once it was delivered AND released; otherwise the runnable,
deleted by the pool on its own thread, could destroy the job's QObjects on the wrong
thread (a crash seen under load).
"""

from __future__ import annotations

import logging
import threading
import weakref
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
        self.released = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int = 0) -> None:
        job = self._job
        if job is not None:
            job._signals.progressed.emit(done, total)


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
        # Weak references: no reference cycle through the connections, so a job is freed
        # the moment the GUI thread forgets it (see _reap), never by a cyclic collection
        # that might run on a worker thread.
        me = weakref.ref(self)
        self._signals.succeeded.connect(lambda result: _call(me, "_deliver_success", result))
        self._signals.failed.connect(lambda exc: _call(me, "_deliver_failure", exc))
        self._signals.progressed.connect(
            lambda done, total: _call(me, "_deliver_progress", done, total)
        )
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
        self.finished.emit()
        _reap()


def _reap() -> None:
    """Forget the jobs that were delivered and whose worker let go of them (GUI thread)."""
    for job in [j for j in _live if j.done and j.control.released.is_set()]:
        _live.discard(job)


def _call(ref: weakref.ref, method: str, *args: Any) -> None:
    job = ref()
    if job is not None:
        getattr(job, method)(*args)


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job: Job | None = job

    def run(self) -> None:  # worker thread
        job, self._job = self._job, None
        assert job is not None
        control = job.control
        try:
            job._work()
        finally:
            control._job = None
            del job
            control.released.set()  # from here on only the GUI thread holds the job


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
    _reap()
    job = Job(fn, on_success=on_success, on_failure=on_failure, on_progress=on_progress)
    _live.add(job)
    pool().start(_Runner(job))
    return job


def pending_jobs() -> int:
    """Jobs started whose callbacks have not yet run."""
    return sum(1 for job in _live if not job.done)


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
        _reap()
    return True
