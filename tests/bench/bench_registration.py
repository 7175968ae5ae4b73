"""Benchmark: importing a registration list of 10,000 participants (CSV and XLSX).

Run: .venv/bin/python tests/bench/bench_registration.py [--rows 10000] [--runs 3] [--profile]

Each run builds a fresh SQLite meeting (the G7 delegations), writes an Indico-style list of
--rows people (CSV UTF-8, and the same as XLSX), and times: preview (read, map, check every
row) and commit (apply_import). The floor, in the same run, is the fastest honest way with
nothing of the program: csv.reader over the same file and one executemany INSERT into a
bare SQLite table. Prints each figure against the goals (3 s to the preview, 5 s committed),
the ratio to the floor, the peak Python memory of the preview (tracemalloc), and the load
average. Never asserts on time.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import os
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from meetingdesk.services.base import Desk  # noqa: E402
from meetingdesk.services.logistics.participants_import import (  # noqa: E402
    ImportChoices,
    apply_import,
    preview_import,
)
from tests.logistics.conftest import build_g7  # noqa: E402

GOAL_PREVIEW_S = 3.0
GOAL_COMMIT_S = 5.0
HEADER = (
    "ID",
    "Title",
    "First Name",
    "Last Name",
    "Email Address",
    "Affiliation",
    "Position",
    "Country",
    "Arrival",
    "Registration date",
)
COUNTRIES = ("Japan", "Canada", "France", "Germany", "Italy", "United Kingdom", "United States")


def rows(n: int) -> list[tuple[str, ...]]:
    out = []
    for i in range(n):
        country = COUNTRIES[i % len(COUNTRIES)]
        affiliation = "OECD" if i % 50 == 0 else f"Ministry {i % 13}"
        out.append(
            (
                str(i),
                "Ms" if i % 2 else "Mr",
                f"Given{i}",
                f"Family{i}",
                f"person{i}@example.org",
                affiliation,
                "Adviser",
                country,
                f"2016/4/{27 + i % 3} {8 + i % 10}:{i % 60:02d}",
                "2016-03-01 10:00:00",
            )
        )
    return out


def write_files(folder: Path, n: int) -> tuple[Path, Path]:
    from openpyxl import Workbook

    data = rows(n)
    path = folder / "list.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(data)
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    for r in data:
        sheet.append(r)
    xlsx = folder / "list.xlsx"
    book.save(xlsx)
    return path, xlsx


def floor(path: Path, folder: Path) -> float:
    start = time.perf_counter()
    with open(path, encoding="utf-8", newline="") as fh:
        records = list(csv.reader(fh))[1:]
    db = folder / "floor.sqlite"
    db.unlink(missing_ok=True)
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE p (family TEXT, given TEXT, email TEXT, country TEXT)")
    con.executemany(
        "INSERT INTO p VALUES (?, ?, ?, ?)", [(r[3], r[2], r[4], r[7]) for r in records]
    )
    con.commit()
    con.close()
    return time.perf_counter() - start


def one(path: Path, folder: Path, name: str, profile: bool) -> tuple[float, float, int]:
    db = folder / f"{name}.sqlite"
    db.unlink(missing_ok=True)
    desk = Desk.open(f"sqlite:///{db}", user="bench")
    try:
        g7 = build_g7(desk)
        choices = ImportChoices(ignore_unknown=True)
        start = time.perf_counter()
        preview = preview_import(desk, g7.meeting_id, path, choices)
        previewed = time.perf_counter() - start
        assert preview.ok, preview.report()[:2000]
        if profile:
            prof = cProfile.Profile()
            prof.enable()
        start = time.perf_counter()
        done = apply_import(desk, preview)
        committed = time.perf_counter() - start
        if profile:
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        return previewed, committed, len(done)
    finally:
        desk.close()


def peak_memory(path: Path, folder: Path) -> int:
    db = folder / "mem.sqlite"
    db.unlink(missing_ok=True)
    desk = Desk.open(f"sqlite:///{db}", user="bench")
    try:
        g7 = build_g7(desk)
        tracemalloc.start()
        preview_import(desk, g7.meeting_id, path, ImportChoices(ignore_unknown=True))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak
    finally:
        desk.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path, xlsx_path = write_files(folder, args.rows)
        floors = [floor(csv_path, folder) for _ in range(args.runs)]
        f = statistics.median(floors)
        print(f"{args.rows:,} participants; load average {os.getloadavg()[0]:.1f}")
        print(f"floor (csv.reader + executemany into bare SQLite): {f:.3f} s")
        for name, path in (("CSV", csv_path), ("XLSX", xlsx_path)):
            runs = [one(path, folder, name, False) for _ in range(args.runs)]
            p = statistics.median(r[0] for r in runs)
            c = statistics.median(r[1] for r in runs)
            total = p + c
            print(
                f"{name}: preview {p:.2f} s (goal {GOAL_PREVIEW_S} s: "
                f"{p / GOAL_PREVIEW_S:.2f}x goal, {p / f:.0f}x floor); commit {c:.2f} s; "
                f"preview + commit {total:.2f} s (goal {GOAL_COMMIT_S} s: "
                f"{total / GOAL_COMMIT_S:.2f}x goal, {total / f:.0f}x floor)"
            )
        print(f"preview peak Python memory (CSV): {peak_memory(csv_path, folder) / 2**20:.0f} MiB")
        if args.profile:
            one(csv_path, folder, "profiled", True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
