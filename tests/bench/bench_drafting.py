"""Drafting benchmark on the large generated meeting (issue 3, "Benchmark").

Run: python tests/bench/bench_drafting.py [--dir DIR] [--runs 5] [--pg]

Builds the meeting of ``generate_large(clauses=5000, versions=20)`` on SQLite (kept in
--dir and reused on the next run; a fresh temporary folder otherwise) and, with --pg and
MEETINGDESK_TEST_PG set, in a database ``md_bench_<clauses>x<versions>`` on that server
(reused too). The generation runs in a child process so that its memory does not count.
Measures, as medians over --runs runs: opening a document to its first screenful (the
document list, the full document_text of the largest document, and the first page of it),
search (English words, 2-character and 3+-character Japanese terms, current text and
history), the redline Rev.1 → Rev.2 of the largest document and of the annex (cold, and
remembered on a second request), and peak resident memory of this process afterwards.
Prints each figure with its goal and the ratio figure/goal, and the machine's load average
(figures on a shared machine swing with it). Not collected by pytest; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

GOAL_OPEN = 0.3
GOAL_SEARCH = 0.050
GOAL_REDLINE = 1.0
GOAL_RSS_MB = 300.0
PAGE = 60  # clauses in a first screenful (the window shows far fewer rows)

# (label, query, history)
QUERIES = (
    ("en word", "broadband", False),
    ("en word", "privacy", False),
    ("en two words", "critical infrastructure", False),
    ("en rare", "Takamatsu", False),
    ("ja 2-char", "協力", False),
    ("ja 2-char", "保護", False),
    ("ja 3+ char", "プライバシー", False),
    ("ja 3+ char", "情報通信", False),
    ("en word, history", "broadband", True),
    ("en rare, history", "Takamatsu", True),
    ("ja 2-char, history", "強化", True),
    ("ja 3+ char, history", "ブロードバンド", True),
)


def median_of(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def line(name: str, value: float, goal: float, unit: str = "s") -> None:
    if unit == "s":
        shown, shown_goal = f"{value * 1000:9.1f} ms", f"{goal * 1000:.0f} ms"
    else:
        shown, shown_goal = f"{value:9.1f} MB", f"{goal:.0f} MB"
    print(f"  {name:<46} {shown}   goal ≤ {shown_goal:<7} ratio {value / goal:5.2f}")


def generate(url: str, clauses: int, versions: int) -> None:
    from meetingdesk.demo.large import generate_large
    from meetingdesk.services.base import Desk

    desk = Desk.open(url, user="bench")
    try:
        start = time.perf_counter()
        generate_large(desk, clauses=clauses, versions=versions)
        print(f"  generated in {time.perf_counter() - start:.1f} s", flush=True)
    finally:
        desk.close()


def meeting_id_of(desk, short_name: str) -> int | None:
    from sqlalchemy import select

    from meetingdesk.model import Meeting

    with desk.read() as s:
        return s.scalar(select(Meeting.id).where(Meeting.short_name == short_name))


def ensure_meeting(url: str, clauses: int, versions: int) -> None:
    """Generate the meeting in a child process unless the database already holds it."""
    from meetingdesk.demo.large import large_short_name
    from meetingdesk.services.base import Desk

    desk = Desk.open(url, user="bench")
    try:
        present = meeting_id_of(desk, large_short_name(clauses, versions)) is not None
    finally:
        desk.close()
    if present:
        print("  reusing the generated meeting")
        return
    cmd = [sys.executable, __file__, "--generate", url, "--clauses", str(clauses)]
    subprocess.run(cmd + ["--versions", str(versions)], check=True, cwd=ROOT)


def analyze(url: str) -> None:
    """Fresh planner statistics, as autovacuum gathers within a minute or so of a bulk load:
    the figures then do not depend on whether it has run yet."""
    from sqlalchemy import create_engine

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as c:
            c.exec_driver_sql("ANALYZE")
    finally:
        engine.dispose()


def pg_url(clauses: int, versions: int) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(os.environ["MEETINGDESK_TEST_PG"]).set(database="postgres")
    name = f"md_bench_{clauses}x{versions}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            if not c.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
            ).first():
                c.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return server.set(database=name).render_as_string(hide_password=False)


def measure(url: str, clauses: int, versions: int, runs: int) -> None:
    """All measurements on one database, in this process (run one engine per process)."""
    from meetingdesk.demo.large import large_short_name
    from meetingdesk.services.base import Desk
    from meetingdesk.services.drafting import compare, documents, search

    print(f"  load average (1 min) at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    desk = Desk.open(url, user="bench")
    try:
        meeting_id = meeting_id_of(desk, large_short_name(clauses, versions))
        assert meeting_id is not None
        docs = documents.list_documents(desk, meeting_id)
        largest = max(docs, key=lambda d: d.clause_count)
        annex = next((d for d in docs if d.kind == "annex"), None)
        print(f"  largest document: {largest.short_name}, {largest.clause_count} clauses")

        print("open a document (first paint)")
        t_list, _ = median_of(lambda: documents.list_documents(desk, meeting_id), runs)
        line("list_documents", t_list, GOAL_OPEN)
        t_full, text = median_of(lambda: documents.document_text(desk, largest.id), runs)
        line(f"document_text (all {len(text.clauses)} clauses)", t_full, GOAL_OPEN)
        paged = getattr(documents, "document_page", None)
        if paged is not None:
            t_page, page = median_of(lambda: paged(desk, largest.id, limit=PAGE), runs)
            line(f"document_page (first {len(page.clauses)} clauses)", t_page, GOAL_OPEN)
            line("  list + first page", t_list + t_page, GOAL_OPEN)
        line("  list + full text", t_list + t_full, GOAL_OPEN)

        print("search (limit 100 hits, the window's default)")
        times = []
        for label, query, history in QUERIES:
            t, hits = median_of(
                lambda q=query, h=history: search.search(desk, meeting_id, q, history=h), runs
            )
            times.append(t)
            print(f"    {label:<22} {query!r:<28} {t * 1000:8.1f} ms  {len(hits):3d} hits")
        line(f"search median over {len(QUERIES)} queries", statistics.median(times), GOAL_SEARCH)
        line("search slowest query", max(times), GOAL_SEARCH)

        print("redline Rev.1 → Rev.2 (cold: remembered redlines forgotten before each run)")
        targets = [largest] + ([annex] if annex is not None and annex.id != largest.id else [])
        clear = getattr(compare, "clear_redline_cache", lambda: None)

        def cold(doc_id: int, to_label: str | None = "Rev.2"):
            clear()
            return compare.compare_revisions(desk, doc_id, "Rev.1", to_label)

        for doc in targets:
            t, red = median_of(lambda d=doc: cold(d.id), runs)
            changed = sum(1 for r in red.changes if r.kind != "unchanged")
            line(
                f"{doc.short_name} ({len(red.changes)} clauses, {changed} changed)", t, GOAL_REDLINE
            )
        t, _ = median_of(
            lambda: compare.compare_revisions(desk, largest.id, "Rev.1", "Rev.2"), runs
        )
        line(f"{largest.short_name} again (remembered)", t, GOAL_REDLINE)
        t, _ = median_of(lambda: cold(largest.id, None), runs)
        line(f"{largest.short_name} Rev.1 → current text", t, GOAL_REDLINE)

        print("memory")
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        line("peak resident memory (ru_maxrss)", peak_mb, GOAL_RSS_MB, unit="MB")
    finally:
        desk.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", help="folder keeping the SQLite file between runs")
    parser.add_argument("--runs", type=int, default=5, help="runs of each figure (default 5)")
    parser.add_argument("--clauses", type=int, default=5000)
    parser.add_argument("--versions", type=int, default=20)
    parser.add_argument("--pg", action="store_true", help="also on MEETINGDESK_TEST_PG")
    parser.add_argument("--generate", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--measure", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(args.generate, args.clauses, args.versions)
        return 0
    if args.measure:
        measure(args.measure, args.clauses, args.versions, args.runs)
        return 0

    urls = []
    with tempfile.TemporaryDirectory(prefix="md-bench-") as tmp:
        folder = Path(args.dir) if args.dir else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        urls.append(
            ("SQLite", f"sqlite:///{folder / f'bench-{args.clauses}x{args.versions}.sqlite'}")
        )
        if args.pg:
            if not os.environ.get("MEETINGDESK_TEST_PG"):
                print("--pg needs MEETINGDESK_TEST_PG (a PostgreSQL server URL)")
                return 1
            urls.append(("PostgreSQL", pg_url(args.clauses, args.versions)))
        for name, url in urls:
            print(f"== {name}: {args.clauses} clauses × {args.versions} versions per language")
            ensure_meeting(url, args.clauses, args.versions)
            if name == "PostgreSQL":
                analyze(url)
            # A fresh process per engine: peak memory is that of the reads alone.
            cmd = [sys.executable, __file__, "--measure", url, "--runs", str(args.runs)]
            cmd += ["--clauses", str(args.clauses), "--versions", str(args.versions)]
            subprocess.run(cmd, check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
