"""The garbage-collector crash, as a program: run it in a subprocess.

Four background jobs (ui/jobs.py) read with SQLAlchemy in a loop while the GUI thread keeps
creating widgets held in reference cycles. With Python's automatic collection a collection
can start on a worker thread and free the widgets there: a segfault within seconds. With
the program's policy (ui/gc_policy.py) collection runs on the GUI thread only.

    python tests/ui/gc_stress.py DB.sqlite --iterations 200 [--no-policy]

Prints "stress ok: N iterations, M jobs" and exits 0 when it survives.
"""

from __future__ import annotations

import argparse
import os
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--no-policy", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from sqlalchemy import select

    from meetingdesk.model import Meeting
    from meetingdesk.services.base import Desk

    desk = Desk.open(f"sqlite:///{args.db}", user="stress")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from meetingdesk.ui import gc_policy
    from meetingdesk.ui.jobs import run_job

    app = QApplication([])
    if not args.no_policy:
        gc_policy.install(app)
    state = {"iterations": 0, "jobs": 0, "running": 0}

    def read(control) -> int:
        rows = 0
        for _ in range(20):
            with desk.read() as s:
                rows += len(s.scalars(select(Meeting)).all())
            junk = [[i] for i in range(200)]  # allocations that cross the GC thresholds
            junk.append(junk)
        return rows

    def done(_result=None) -> None:
        state["jobs"] += 1
        state["running"] -= 1
        start_job()

    def start_job() -> None:
        if state["iterations"] >= args.iterations:
            return
        state["running"] += 1
        run_job(read, on_success=done, on_failure=lambda _e: done())

    def tick() -> None:
        for _ in range(30):
            w = QLabel("cycle")
            w.me = w  # a widget held in a reference cycle
        state["iterations"] += 1
        if state["iterations"] >= args.iterations and state["running"] == 0:
            app.quit()

    for _ in range(4):
        start_job()
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    app.exec()
    from meetingdesk.ui.jobs import wait_for_jobs

    wait_for_jobs(30_000)
    desk.close()
    print(f"stress ok: {state['iterations']} iterations, {state['jobs']} jobs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
