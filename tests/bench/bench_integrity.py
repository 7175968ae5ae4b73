"""Integrity benchmark (issue 15): `check` on the large generated meeting.

Run: python tests/bench/bench_integrity.py [--dir DIR] [--runs 3] [--clauses 5000] [--versions 20]

Builds ``generate_large(clauses, versions)`` on SQLite in --dir (kept and reused; a fresh
temporary folder otherwise; generated in a child process), then times, as medians over
--runs runs: the whole read-only check (schema, SQLite integrity and foreign keys, guards,
every version and revision hash, the audit chain and its signed heads, row counts), and
its parts; a floor (the same rows read and hashed by bare sqlite3 and hashlib, SQLite's own
checks beside) and the ratio check/floor; what signing adds to an adopted final's export.
Prints each figure with its goal and the ratio figure/goal, plus the load average (a
shared machine's figures swing with it). Not collected by pytest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOAL_CHECK = 5.0  # seconds, SQLite, 5000 clauses x 20 versions x 2 languages


CPU: list[float] = []  # CPU seconds of the last median_of (a loaded machine inflates wall time)


def median_of(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times, cpu, result = [], [], None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    CPU[:] = [statistics.median(cpu)]
    return statistics.median(times), result


def line(label: str, seconds: float, goal: float | None = None) -> None:
    ratio = f"  ratio {seconds / goal:5.2f} (goal {goal:.1f} s)" if goal else ""
    cpu = f"  (CPU {CPU[0]:.2f} s)" if CPU else ""
    print(f"{label:<44} {seconds:8.3f} s{ratio}{cpu}")


def build(path: Path, clauses: int, versions: int) -> None:
    if path.exists():
        return
    code = (
        "from meetingdesk.services.base import Desk\n"
        "from meetingdesk.demo.large import generate_large\n"
        f"d = Desk.open({str(path)!r}, user='bench')\n"
        f"generate_large(d, clauses={clauses}, versions={versions})\n"
        "d.close()\n"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    print(f"generated {path.name} in {time.perf_counter() - start:.1f} s")


def floor(path: Path) -> None:
    """The fastest honest way to do the core of `check`, with nothing of the program in it:
    read every version row through sqlite3, SHA-256 each row's fields, and run SQLite's
    integrity and foreign-key checks (on a second connection meanwhile, as check does)."""
    import hashlib
    import sqlite3
    import threading

    uri = f"{path.as_uri()}?mode=ro"

    def pragmas() -> None:
        with sqlite3.connect(uri, uri=True) as other:
            other.execute("PRAGMA integrity_check").fetchall()
            other.execute("PRAGMA foreign_key_check").fetchall()

    worker = threading.Thread(target=pragmas)
    worker.start()
    con = sqlite3.connect(uri, uri=True)
    cur = con.execute(
        "SELECT id, uuid, clause_id, language, CAST(text AS BLOB), author, delegation_id, "
        "created_at, note, parent_id, merge_parent_id, translated_from_id, content_hash "
        "FROM clause_version"
    )
    sha = hashlib.sha256
    while rows := cur.fetchmany(2000):
        for row in rows:
            sha(repr(row).encode()).hexdigest()
    con.close()
    worker.join()


def _export_signing(folder: Path, runs: int) -> None:
    """What signing adds to an adopted final's export: the same export timed as shipped
    and with the signing step skipped (the rendered PDF is otherwise the same)."""
    from datetime import date

    from meetingdesk.services import drafting as dr
    from meetingdesk.services import exports
    from meetingdesk.services.base import Desk
    from meetingdesk.services.drafting import documents as docs
    from meetingdesk.services.exports import _exports
    from meetingdesk.services.meetings import create_meeting

    db = folder / "signing-bench.sqlite"
    db.unlink(missing_ok=True)
    desk = Desk.open(str(db), user="bench")
    try:
        m = create_meeting(
            desk,
            title_en="G7 ICT Ministers' Meeting",
            host_en="Japan",
            start_date=date(2016, 4, 29),
            end_date=date(2016, 4, 30),
            time_zone="Asia/Tokyo",
        )
        decl = docs.add_document(desk, m.id, short_name="decl", title_en="Joint Declaration")
        for n in range(60):
            docs.add_clause(
                desk,
                decl.id,
                text_en=f"Paragraph {n + 1}: we will promote the free flow of information, "
                "the protection of privacy and the security of networks, and we will "
                "work together to narrow the digital divide in every region.",
            )
        dr.adopt_document(desk, decl.id, override="benchmark: English-only text")

        def run(i: list[int] = [0]) -> None:  # noqa: B006 - a counter for new file names
            i[0] += 1
            exports.export(
                desk, "final", folder / f"final-{i[0]}.pdf", meeting_id=m.id, document="decl"
            )

        run()  # warm-up: fonts, pyHanko's import
        signed, _ = median_of(run, runs)
        line("export final, adopted (signed)", signed)
        original = _exports._sign_final
        _exports._sign_final = lambda result, _text: result
        try:
            unsigned, _ = median_of(run, runs)
        finally:
            _exports._sign_final = original
        line("export final, signing skipped", unsigned)
        print(
            f"signing adds {signed - unsigned:.3f} s per export "
            f"({(signed - unsigned) / unsigned * 100:.0f}% of the unsigned export)"
        )
    finally:
        desk.close()


def _signing(folder: Path, runs: int) -> None:
    """What signing adds to an adopted final's export: pyHanko's import (once per process)
    and one PAdES signature over a rendered PDF."""
    t0 = time.perf_counter()
    import pyhanko.sign.signers  # noqa: F401

    from meetingdesk.integrity.pdfsign import make_credentials, sign_pdf

    line("signing: pyHanko import (once per process)", time.perf_counter() - t0)
    creds = make_credentials("Benchmark")
    pdf = folder / "sample.pdf"
    if not pdf.exists():
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(pdf))
        for page in range(6):
            c.drawString(72, 720, f"Declaration page {page + 1}")
            c.showPage()
        c.save()
    data = pdf.read_bytes()
    sign_pdf(data, creds, reason="warm-up")
    t, _ = median_of(lambda: sign_pdf(data, creds, reason="Adopted text"), runs)
    line("signing: one PAdES signature (6-page PDF)", t)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--clauses", type=int, default=5000)
    ap.add_argument("--versions", type=int, default=20)
    args = ap.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="md-bench-integrity-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("MEETINGDESK_DATA_DIR", str(folder / "data"))
    path = folder / f"large-{args.clauses}x{args.versions}.sqlite"
    build(path, args.clauses, args.versions)

    from meetingdesk.services.base import Desk
    from meetingdesk.services.meetings.maintenance import check
    from meetingdesk.store import audit, guards, history

    desk = Desk.open_read_only(str(path))
    try:
        with desk.engine.connect() as conn:
            versions = conn.exec_driver_sql("SELECT count(*) FROM clause_version").scalar()
        print(f"database {path} ({path.stat().st_size / 1e6:.0f} MB, {versions} versions)")
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        t, report = median_of(lambda: check(desk), args.runs)
        line("check (everything, read-only)", t, GOAL_CHECK)
        print(f"  verdict: {'ok' if report.ok else report.problems[:3]}")
        cpu_check = CPU[0]
        f, _ = median_of(lambda: floor(path), args.runs)
        line("floor: sqlite3 rows + sha256 + PRAGMA checks", f)
        print(f"  ratio check/floor {t / f:.2f} wall, {cpu_check / CPU[0]:.2f} CPU")

        def part(fn):
            def run():
                with desk.engine.connect() as conn:
                    return fn(conn)

            return run

        line(
            "  version + revision hashes, adopted texts",
            median_of(part(history.history_problems), args.runs)[0],
        )
        line("  guard triggers", median_of(part(guards.problems), args.runs)[0])
        line("  audit chain", median_of(part(audit.chain), args.runs)[0])
        with desk.engine.connect() as conn:
            t, _ = median_of(lambda: conn.exec_driver_sql("PRAGMA integrity_check").all(), 1)
            line("  SQLite integrity_check alone", t)
        print(f"load average afterwards {os.getloadavg()[0]:.1f}")
        _signing(folder, args.runs)
        _export_signing(folder, args.runs)
    finally:
        desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
