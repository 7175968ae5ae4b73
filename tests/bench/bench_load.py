"""Load: N writer processes saving clause text at once, on SQLite and on PostgreSQL (issue 16).

Run: python tests/bench/bench_load.py [--writers 8] [--seconds 60] [--engine sqlite|pg|both]
         [--mode spread|one|both] [--floor-seconds 10]

Each writer is its own process with its own Desk (as eight people on eight desktops would be)
and saves its clause's English text in a loop: read the head, save_text with that head as
expected; a ConflictError (someone saved first) is counted, the head read again, the save
retried. Modes: "spread" (writer i edits clause i) and "one" (all edit the same clause).

Printed per engine and mode: commits per second, latency of successful saves (p50, p99, max),
conflicts detected, lost updates (a save reported successful whose version is not in the
final head's history: must be 0), and `check` (schema, integrity, audit chain) after the run.

The floor beside each figure is the same number of processes committing a one-row INSERT in a
loop through the bare driver with the same durability settings (SQLite WAL synchronous=FULL
with BEGIN IMMEDIATE; PostgreSQL autocommit), so the ratio program/floor tells how much of the
machine's commit rate the program reaches. The figures given in issue 16 for the previous
locking strategy are printed too (ratio = now / then). PostgreSQL needs MEETINGDESK_TEST_PG;
the benchmark creates and drops its own database. Asserts nothing; not collected by pytest.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

# Issue 16, "today's figures to beat" (6 writers, previous locking strategy).
BEFORE = {"sqlite": (308.0, 0.9), "postgresql": (142.0, 0.059)}


def setup(url: str, clauses: int) -> tuple[int, list[int]]:
    from meetingdesk.services.base import Desk
    from meetingdesk.services.drafting import documents as docs
    from meetingdesk.services.meetings import create_meeting

    desk = Desk.open(url, user="setup")
    try:
        m = create_meeting(
            desk, title_en="Load", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
        )
        doc = docs.add_document(desk, m.id, short_name="load", title_en="Load test")
        ids = [docs.add_clause(desk, doc.id, text_en=f"Clause {i}.") for i in range(clauses)]
        return doc.id, ids
    finally:
        desk.close()


def configure(options: dict) -> None:
    """Apply --previous-locking / --sqlite-sync in this process (A/B runs on one machine)."""
    import meetingdesk.store.engine as engine_mod
    from meetingdesk.services.base import Desk

    sync = options.get("sqlite_sync", "FULL")
    engine_mod.SQLITE_PRAGMAS = tuple(
        f"PRAGMA synchronous={sync}" if p.startswith("PRAGMA synchronous") else p
        for p in engine_mod.SQLITE_PRAGMAS
    )
    if options.get("no_turns"):  # SQLite writers left to the busy handler alone
        import contextlib

        import meetingdesk.services.base as base_mod

        base_mod.write_turn = lambda _database: contextlib.nullcontext()
    if options.get("previous_locking"):
        original = Desk.write

        def exclusive(self, *, concurrent: bool = False):  # every write takes the gate alone
            return original(self)

        Desk.write = exclusive


def writer(url: str, index: int, doc_id: int, clause_id: int, gate, out, options) -> None:
    from meetingdesk.services.base import ConflictError, Desk
    from meetingdesk.services.drafting import documents as docs

    configure(options)

    desk = Desk.open(url, user=f"writer{index}")
    ready, start, stop = gate
    ready.put(index)
    start.wait()
    stop_at = stop.value
    latencies: list[float] = []
    committed: list[int] = []
    conflicts = 0
    errors: list[str] = []

    def head() -> int | None:
        with desk.read() as s:
            snap = docs.clause_snaps(s, doc_id, only={clause_id})[0]
        return snap.en_version_id

    expected = head()
    n = 0
    while time.time() < stop_at:
        n += 1
        start = time.perf_counter()
        try:
            snap = docs.save_text(
                desk, clause_id, "en", f"Writer {index} save {n}.", expected_head=expected
            )
        except ConflictError:
            conflicts += 1
            expected = head()
            continue
        except Exception as exc:  # reported, never hidden
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
            expected = head()
            continue
        latencies.append(time.perf_counter() - start)
        expected = snap.en_version_id
        committed.append(snap.en_version_id)
    desk.close()
    out.put((index, latencies, committed, conflicts, errors))


def lost_updates(url: str, clause_ids: list[int], committed: list[int]) -> int:
    """Committed versions missing from the history leading to their clause's final head."""
    from sqlalchemy import select

    from meetingdesk.model import Clause, ClauseVersion
    from meetingdesk.services.base import Desk

    desk = Desk.open(url, user="verify")
    try:
        with desk.read() as s:
            parents = {
                vid: (p, mp_)
                for vid, p, mp_ in s.execute(
                    select(ClauseVersion.id, ClauseVersion.parent_id, ClauseVersion.merge_parent_id)
                )
            }
            reachable: set[int] = set()
            for head in s.scalars(select(Clause.head_en_id).where(Clause.id.in_(clause_ids))):
                stack = [head]
                while stack:
                    v = stack.pop()
                    if v is None or v in reachable:
                        continue
                    reachable.add(v)
                    stack.extend(parents.get(v, (None, None)))
        return sum(1 for v in committed if v not in reachable)
    finally:
        desk.close()


def check_clean(url: str) -> str:
    from meetingdesk.services.base import Desk
    from meetingdesk.services.meetings.maintenance import check

    desk = Desk.open(url, user="verify")
    try:
        report = check(desk)
    finally:
        desk.close()
    return "clean" if report.ok else f"PROBLEMS: {list(report.problems)[:3]}"


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run_mode(url: str, writers: int, seconds: float, mode: str, options: dict) -> dict:
    doc_id, ids = setup(url, writers if mode == "spread" else 1)
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    gate = (ctx.Queue(), ctx.Event(), ctx.Value("d", 0.0))
    procs = [
        ctx.Process(
            target=writer,
            args=(url, i, doc_id, ids[i] if mode == "spread" else ids[0], gate, out, options),
        )
        for i in range(writers)
    ]
    for p in procs:
        p.start()
    for _ in procs:  # every writer has imported and opened its desk: start together
        gate[0].get()
    gate[2].value = time.time() + seconds
    gate[1].set()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    latencies = [x for r in results for x in r[1]]
    committed = [x for r in results for x in r[2]]
    errors = [e for r in results for e in r[4]]
    return {
        "commits": len(committed),
        "rate": len(committed) / seconds,
        "p50": pct(latencies, 0.50),
        "p99": pct(latencies, 0.99),
        "max": max(latencies, default=float("nan")),
        "conflicts": sum(r[3] for r in results),
        "lost": lost_updates(url, ids, committed),
        "errors": errors,
        "check": check_clean(url),
        "per_writer": sorted(len(r[2]) for r in results),
    }


# -- the floor: bare driver commits ----------------------------------------------------------


def floor_worker(kind: str, target: str, gate, out, sync: str) -> None:
    n = 0
    ready, start, stop = gate
    if kind == "sqlite":
        conn = sqlite3.connect(target, isolation_level=None, timeout=60)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={sync}")
        conn.execute("PRAGMA busy_timeout=60000")
        ready.put(1)
        start.wait()
        stop_at = stop.value
        while time.time() < stop_at:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO floor_row (body) VALUES (?)", (f"row {n}",))
            conn.execute("COMMIT")
            n += 1
    else:
        import psycopg

        with psycopg.connect(target, autocommit=True) as conn:
            ready.put(1)
            start.wait()
            stop_at = stop.value
            while time.time() < stop_at:
                conn.execute("INSERT INTO floor_row (body) VALUES (%s)", (f"row {n}",))
                n += 1
    conn.close()
    out.put(n)


def floor_rate(kind: str, target: str, writers: int, seconds: float, sync: str) -> float:
    if kind == "sqlite":
        with sqlite3.connect(target) as c:
            c.execute("PRAGMA journal_mode=WAL")
            c.execute("CREATE TABLE IF NOT EXISTS floor_row (id INTEGER PRIMARY KEY, body TEXT)")
    else:
        import psycopg

        with psycopg.connect(target, autocommit=True) as c:
            c.execute("CREATE TABLE IF NOT EXISTS floor_row (id serial PRIMARY KEY, body text)")
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    gate = (ctx.Queue(), ctx.Event(), ctx.Value("d", 0.0))
    procs = [
        ctx.Process(target=floor_worker, args=(kind, target, gate, out, sync))
        for _ in range(writers)
    ]
    for p in procs:
        p.start()
    for _ in procs:
        gate[0].get()
    gate[2].value = time.time() + seconds
    gate[1].set()
    total = sum(out.get() for _ in procs)
    for p in procs:
        p.join()
    return total / seconds


# -- engines ---------------------------------------------------------------------------------


def sqlite_target(folder: Path, name: str) -> str:
    return f"sqlite:///{folder / (name + '.sqlite')}"


class PgDatabases:
    def __init__(self, server: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.server = make_url(server).set(database="postgres")
        self.admin = create_engine(self.server, isolation_level="AUTOCOMMIT")
        self.names: list[str] = []

    def new(self) -> str:
        from sqlalchemy import text

        name = f"md_bench_load_{uuid.uuid4().hex[:8]}"
        with self.admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        self.names.append(name)
        return self.server.set(database=name).render_as_string(hide_password=False)

    def drop(self) -> None:
        from sqlalchemy import text

        with self.admin.connect() as c:
            for name in self.names:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


def report(engine: str, mode: str, writers: int, r: dict, floor: float) -> None:
    then_rate, then_p99 = BEFORE[engine]
    print(f"\n{engine}, {writers} writers, mode {mode}")
    print(
        f"  commits/s       {r['rate']:8.1f}   floor {floor:8.1f}"
        f"   ratio/floor {r['rate'] / floor:5.2f}"
        f"   issue-16 figure {then_rate:.0f}/s (6 writers) ratio {r['rate'] / then_rate:5.2f}"
    )
    print(
        f"  latency         p50 {r['p50'] * 1000:7.1f} ms   p99 {r['p99'] * 1000:7.1f} ms"
        f"   max {r['max'] * 1000:7.1f} ms   (issue-16 p99 {then_p99 * 1000:.0f} ms)"
    )
    print(f"  commits per writer {r['per_writer']}")
    print(f"  conflicts detected {r['conflicts']}   lost updates {r['lost']}   check {r['check']}")
    if r["errors"]:
        first = r["errors"][0].splitlines()[0]
        print(f"  ERRORS {len(r['errors'])} (saves that failed), first: {first}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--floor-seconds", type=float, default=10.0)
    parser.add_argument("--engine", choices=("sqlite", "pg", "both"), default="both")
    parser.add_argument("--mode", choices=("spread", "one", "both"), default="both")
    parser.add_argument(
        "--previous-locking",
        action="store_true",
        help="every write takes the server's write gate exclusively (the strategy before issue 16)",
    )
    parser.add_argument("--sqlite-sync", choices=("FULL", "NORMAL"), default="FULL")
    parser.add_argument(
        "--no-turns",
        action="store_true",
        help="SQLite writers without the fair queue (store/turns.py): SQLite's busy handler only",
    )
    args = parser.parse_args()
    modes = ("spread", "one") if args.mode == "both" else (args.mode,)
    options = {
        "previous_locking": args.previous_locking,
        "sqlite_sync": args.sqlite_sync,
        "no_turns": args.no_turns,
    }
    print(f"load average {os.getloadavg()}; {os.cpu_count()} CPUs; options {options}")
    if args.engine in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="md_load_") as tmp:
            folder = Path(tmp)
            floor = floor_rate(
                "sqlite",
                str(folder / "floor.sqlite"),
                args.writers,
                args.floor_seconds,
                args.sqlite_sync,
            )
            for mode in modes:
                url = sqlite_target(folder, mode)
                result = run_mode(url, args.writers, args.seconds, mode, options)
                report("sqlite", mode, args.writers, result, floor)
    if args.engine in ("pg", "both"):
        server = os.environ.get("MEETINGDESK_TEST_PG", "").strip()
        if not server:
            print("\npostgresql: skipped (set MEETINGDESK_TEST_PG)")
            return 0
        dbs = PgDatabases(server)
        try:
            from sqlalchemy.engine import make_url

            floor_url = make_url(dbs.new()).set(drivername="postgresql")
            floor = floor_rate(
                "pg",
                floor_url.render_as_string(hide_password=False),
                args.writers,
                args.floor_seconds,
                "FULL",
            )
            for mode in modes:
                url = dbs.new()
                result = run_mode(url, args.writers, args.seconds, mode, options)
                report("postgresql", mode, args.writers, result, floor)
        finally:
            dbs.drop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
