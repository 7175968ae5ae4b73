"""Benchmark: check-in of a package with 1,000 edited clauses of the large generated meeting.

Run: /tmp/venv/bin/python tests/bench/bench_checkin.py [--dir DIR] [--runs 3] [--profile]
    [--clauses 5000] [--versions 20]

The server is the SQLite file of ``generate_large(clauses, versions)`` that bench_drafting.py
keeps in --dir (reused when present, generated there otherwise; a temporary folder without
--dir), copied so that it stays untouched. Documents are checked out until they hold 1,100
clauses; 1,000 of them are edited in the package, a fifth of those also on the server (they
are merged). Each run checks in a fresh copy of that package into a fresh copy of that server:
the first check-in is timed (median over --runs), then a repeated check-in of the same
package (a no-op). --profile prints where the time of one more check-in goes. Prints each
figure against the goal (2 s) and the machine's load average; never asserts on time.
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

from sqlalchemy import func, select

from meetingdesk.demo.large import large_short_name
from meetingdesk.model import Clause, Document, Meeting
from meetingdesk.services.base import Desk
from meetingdesk.services.drafting import documents
from meetingdesk.services.offline import checkin, checkout

GOAL_S = 2.0
EDITED = 1000


def _heads(desk: Desk, doc_ids: list[int]) -> list[tuple[int, str, int, str, str]]:
    with desk.read() as s:
        rows = []
        for doc_id in doc_ids:
            for c in documents.clause_snaps(s, doc_id):
                if c.status != "deleted" and c.text_en:
                    rows.append((c.id, c.uuid, c.en_version_id, c.text_en, c.status))
        return rows


def copy_db(src: Path, dst: Path) -> None:
    """A consistent copy of an SQLite file (its WAL included) through the backup API."""
    for leftover in (dst, Path(f"{dst}-wal"), Path(f"{dst}-shm")):
        leftover.unlink(missing_ok=True)
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()


def prepare(folder: Path, work: Path, clauses: int, versions: int) -> tuple[Path, Path]:
    """(server, package) templates: a package with EDITED edited clauses, a server with a
    fifth of the same clauses edited too."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_drafting import ensure_meeting

    source = folder / f"bench-{clauses}x{versions}.sqlite"
    ensure_meeting(f"sqlite:///{source}", clauses, versions)
    server = work / "server.sqlite"
    t0 = time.perf_counter()
    copy_db(source, server)
    print(f"copied the generated server in {time.perf_counter() - t0:.1f} s")
    desk = Desk.open(f"sqlite:///{server}", user="sec")
    try:
        with desk.read() as s:
            meeting_id = s.scalar(
                select(Meeting.id).where(Meeting.short_name == large_short_name(clauses, versions))
            )
            docs = s.execute(
                select(Document.short_name, Document.id, func.count(Clause.id))
                .join(Clause, Clause.document_id == Document.id)
                .where(Document.meeting_id == meeting_id)
                .group_by(Document.id)
                .order_by(func.count(Clause.id).desc())
            ).all()
        chosen, total = [], 0
        for name, doc_id, n in docs:
            chosen.append((name, doc_id))
            total += n
            if total >= EDITED + 100:
                break
        package = work / "laptop.mdpkg"
        t0 = time.perf_counter()
        info = checkout(desk, meeting_id, [n for n, _ in chosen], package)
        print(
            f"checked out {info.documents}: {info.clauses} clauses, {info.versions} versions "
            f"in {time.perf_counter() - t0:.2f} s ({package.stat().st_size / 1e6:.1f} MB)"
        )
        pkg = Desk.open(f"sqlite:///{package}", user="drafter")
        try:
            for cid, _u, head, text, _st in _heads(pkg, [i for _, i in chosen])[:EDITED]:
                documents.save_text(pkg, cid, "en", "Offline: " + text, expected_head=head)
        finally:
            pkg.close()
        # A fifth of the same clauses were also edited on the server (at the end: merged).
        for cid, _u, head, text, _st in _heads(desk, [i for _, i in chosen])[:EDITED:5]:
            documents.save_text(desk, cid, "en", text + " (server)", expected_head=head)
    finally:
        desk.close()
    return server, package


def one_run(server: Path, package: Path, work: Path, profile: bool = False) -> tuple[float, float]:
    """(seconds of the check-in, seconds of a repeated one) on fresh copies."""
    s_copy, p_copy = work / "run-server.sqlite", work / "run-laptop.mdpkg"
    copy_db(server, s_copy)
    copy_db(package, p_copy)
    desk = Desk.open(f"sqlite:///{s_copy}", user="sec")
    try:
        profiler = cProfile.Profile() if profile else None
        t0 = time.perf_counter()
        if profiler:
            profiler.enable()
        report = checkin(desk, p_copy)
        if profiler:
            profiler.disable()
        first = time.perf_counter() - t0
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
            return first, 0.0
        t0 = time.perf_counter()
        again = checkin(desk, p_copy)
        second = time.perf_counter() - t0
        print(f"  check-in: {report.summary()}; repeated: changed={again.changed}")
        return first, second
    finally:
        desk.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", help="folder keeping the generated SQLite file between runs")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile one more check-in")
    parser.add_argument("--clauses", type=int, default=5000)
    parser.add_argument("--versions", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="md-checkin-") as tmp:
        work = Path(tmp)
        folder = Path(args.dir) if args.dir else work
        folder.mkdir(parents=True, exist_ok=True)
        server, package = prepare(folder, work, args.clauses, args.versions)
        one, five, _ = os.getloadavg()
        print(f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs")
        firsts, seconds = [], []
        for _ in range(args.runs):
            first, second = one_run(server, package, work)
            firsts.append(first)
            seconds.append(second)
        t = statistics.median(firsts)
        print(
            f"check-in of {EDITED} edited clauses: median {t:.2f} s "
            f"({', '.join(f'{x:.2f}' for x in firsts)}) goal ≤ {GOAL_S:.0f} s, "
            f"ratio {t / GOAL_S:.2f}"
        )
        print(f"repeated check-in (no-op): median {statistics.median(seconds):.2f} s")
        if args.profile:
            one_run(server, package, work, profile=True)


if __name__ == "__main__":
    main()
