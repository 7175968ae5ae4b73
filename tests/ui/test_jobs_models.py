"""The background-job helper and the snapshot table models."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QThread

from meetingdesk.ui.jobs import Cancelled, pending_jobs, run_job, wait_for_jobs
from meetingdesk.ui.models import Column, SnapshotFilterProxy, SnapshotTableModel


def test_job_runs_off_the_gui_thread_and_answers_on_it(qtbot):
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(control):
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        for i in range(3):
            control.report(i + 1, 3)
        return 42

    progress: list[tuple[int, int]] = []

    def done(value):
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is gui

    job = run_job(work, on_success=done, on_progress=lambda d, t: progress.append((d, t)))
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert seen == {"worker": True, "value": 42, "on_gui": True}
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert pending_jobs() == 0


def test_job_failure_reaches_the_failure_callback(qtbot):
    errors: list[BaseException] = []
    job = run_job(
        lambda _c: 1 / 0, on_success=lambda _v: errors.append(None), on_failure=errors.append
    )
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)


def test_cancelled_job_delivers_nothing(qtbot):
    release = threading.Event()
    started = threading.Event()
    results: list[object] = []

    def work(control):
        started.set()
        release.wait(10)
        control.check()
        return "late"

    job = run_job(work, on_success=results.append, on_failure=results.append)
    assert started.wait(10)
    job.cancel()
    release.set()
    assert wait_for_jobs(10_000)
    assert results == [] and job.done


def test_cancel_check_raises_inside_the_worker():
    from meetingdesk.ui.jobs import Job

    job = Job(lambda c: None)
    job.cancel()
    try:
        job.control.check()
    except Cancelled:
        pass
    else:
        raise AssertionError("check() should raise once cancelled")


@dataclass(frozen=True)
class Row:
    code: str
    rank: int
    name: str


def make_proxy(rows: list[Row]) -> tuple[SnapshotTableModel, SnapshotFilterProxy]:
    model = SnapshotTableModel(
        [
            Column[Row]("Code", lambda r: r.code),
            Column[Row]("Rank", lambda r: r.rank, numeric=True),
            Column[Row]("Name", lambda r: r.name, lambda r: r.name.casefold()),
        ]
    )
    model.set_rows(rows)
    proxy = SnapshotFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def test_proxy_sorts_by_python_keys_and_filters_any_column():
    from meetingdesk.ui.qtnames import ASCENDING, HORIZONTAL

    rows = [Row("JPN", 1, "Japan"), Row("CAN", 10, "canada"), Row("FRA", 2, "France")]
    model, proxy = make_proxy(rows)
    assert model.headerData(1, HORIZONTAL) == "Rank"
    proxy.sort(1, ASCENDING)
    assert [proxy.snap(i).code for i in range(3)] == ["JPN", "FRA", "CAN"], (
        "10 after 2, numerically"
    )
    proxy.sort(2, ASCENDING)
    assert [proxy.snap(i).code for i in range(3)] == ["CAN", "FRA", "JPN"], "case-insensitive"
    proxy.setFilterFixedString("fr")
    assert [proxy.snap(i).code for i in range(proxy.rowCount())] == ["FRA"]
    proxy.setFilterFixedString("")
    assert proxy.rowCount() == 3
    assert model.row_where(lambda r: r.code == "FRA") == 2


def test_many_jobs_with_collections_on_worker_threads(qtbot) -> None:
    """Jobs must be freed on the GUI thread: a cyclic collection that runs on a worker
    thread (here forced with gc.collect) must never find a finished job's QObjects."""
    import gc

    delivered: list[int] = []
    for n in range(300):
        run_job(lambda _control, n=n: (gc.collect(), n)[1], on_success=delivered.append)
        if n % 50 == 0:
            qtbot.wait(1)
    assert wait_for_jobs(60_000)
    gc.collect()
    assert sorted(delivered) == list(range(300))
    assert pending_jobs() == 0
