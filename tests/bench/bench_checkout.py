"""Benchmark: check-out of the large generated declaration (2,750 clauses, 110,000 versions).

Run: .venv/bin/python tests/bench/bench_checkout.py [--dir DIR] [--runs 3] [--profile]
    [--document declaration] [--clauses 5000] [--versions 20]

The source is the SQLite file of ``generate_large(clauses, versions)`` that bench_drafting.py
keeps in --dir (reused when present, generated there otherwise). Each run checks the
document out of the same source into a fresh package. The floor is the fastest honest way to
get such a file: SQLite's backup API copying the whole source file, with nothing of the program
(measured in the same run). Prints the median against the goal (1 s) and the ratio to the
floor; never asserts on time.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from meetingdesk.demo.large import large_short_name
from meetingdesk.model import Meeting
from meetingdesk.services.base import Desk
from meetingdesk.services.offline import checkout

GOAL_S = 1.0


def floor_copy(src: Path, dst: Path) -> float:
    """Seconds SQLite's backup API takes to copy the whole source file."""
    dst.unlink(missing_ok=True)
    t0 = time.perf_counter()
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", help="folder keeping the generated SQLite file between runs")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile one more check-out")
    parser.add_argument("--document", default="declaration")
    parser.add_argument("--clauses", type=int, default=5000)
    parser.add_argument("--versions", type=int, default=20)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_drafting import ensure_meeting

    with tempfile.TemporaryDirectory(prefix="md-checkout-") as tmp:
        work = Path(tmp)
        folder = Path(args.dir) if args.dir else work
        folder.mkdir(parents=True, exist_ok=True)
        source = folder / f"bench-{args.clauses}x{args.versions}.sqlite"
        ensure_meeting(f"sqlite:///{source}", args.clauses, args.versions)
        desk = Desk.open(f"sqlite:///{source}", user="sec")
        try:
            with desk.read() as s:
                meeting_id = s.scalar(
                    select(Meeting.id).where(
                        Meeting.short_name == large_short_name(args.clauses, args.versions)
                    )
                )
            one, five, _ = os.getloadavg()
            print(f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs")
            times, floors = [], []
            for i in range(args.runs):
                floors.append(floor_copy(source, work / "floor.sqlite"))
                (work / "floor.sqlite").unlink()
                out = work / f"laptop-{i}.mdpkg"
                t0 = time.perf_counter()
                info = checkout(desk, meeting_id, [args.document], out)
                times.append(time.perf_counter() - t0)
                print(
                    f"  {info.clauses} clauses, {info.versions} versions in {times[-1]:.2f} s "
                    f"({out.stat().st_size / 1e6:.1f} MB); floor {floors[-1]:.2f} s"
                )
                out.unlink()
            t, f = statistics.median(times), statistics.median(floors)
            print(
                f"check-out of {args.document}: median {t:.2f} s "
                f"({', '.join(f'{x:.2f}' for x in times)}), goal ≤ {GOAL_S:.0f} s; "
                f"floor (backup API copy of the whole file) {f:.2f} s; ratio {t / f:.2f}"
            )
            if args.profile:
                profiler = cProfile.Profile()
                profiler.enable()
                checkout(desk, meeting_id, [args.document], work / "profiled.mdpkg")
                profiler.disable()
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(60)
        finally:
            desk.close()


if __name__ == "__main__":
    main()
