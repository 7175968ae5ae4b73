# SPDX-License-Identifier: GPL-3.0-or-later
"""PDF benchmark: final text of a 500-paragraph bilingual declaration (parallel columns)
against shared/bench/reportlab_floor.py 500 and LibreOffice; then the compilation text and
the redline of the large generated meeting, in pages per second.

Run: python tests/bench/bench_pdf.py [-n 5] [--paragraphs 500] [--dir DIR] [--large-runs 3]
Each run is a fresh process (interpreter, imports, fonts and layout included) for the
program, the floor and the peer alike, alternating, in the same run. Prints medians, the
ratio program/floor (goal: at most 1.25), LibreOffice/program (goal: at least 2; run when
soffice and python-docx are installed: `docx_peer.py N d.docx`, then `soffice --headless
--convert-to pdf d.docx` with a private profile) and the peak memory of each.

The large meeting is ``generate_large(clauses=5000, versions=20)`` in an SQLite file kept in
--dir (the one bench_drafting.py keeps: reused when present, generated otherwise; a temporary
folder without --dir). Its largest document (the declaration) is exported, both languages,
as the compilation text of Rev.2 and as the redline Rev.1 → Rev.2, each in a fresh process
(`exports.export`, as the window and the command line call it): seconds, pages, pages per
second. --large-runs 0 skips it. Prints the machine's load average: figures on a shared
machine swing with it. Not collected by pytest; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

GOAL = 1.25
PEER_GOAL = 2.0
EN = (
    "We, the ICT Ministers, recognise that the free flow of information and an open, "
    "interoperable, reliable and secure Internet are essential to economic growth and "
    "innovation, and we commit to [promote {US} / encourage {FR}] cooperation on research "
    "and standards. "
)
JA = (
    "我々ICT大臣は、情報の自由な流通及び開かれた相互運用可能で信頼性のある安全な"
    "インターネットが経済成長とイノベーションに不可欠であることを認識する。"
)


def shared_dir() -> Path:
    override = os.environ.get("MEETINGDESK_SHARED")
    return Path(override) if override else Path(__file__).resolve().parents[3] / "shared"


def declaration(n: int):
    """A DocumentText of n operative paragraphs, built in memory (no database)."""
    from meetingdesk.snapshots import ClauseSnap, DocumentSnap, DocumentText, MeetingSnap

    meeting = MeetingSnap(
        1,
        "m",
        1,
        "g7",
        "G7 ICT Ministers' Meeting",
        "G7情報通信大臣会合",
        "Japan",
        "日本",
        "Takamatsu",
        "高松",
        "Kagawa International Hall",
        "かがわ国際会議場",
        date(2016, 4, 29),
        date(2016, 4, 30),
        "Asia/Tokyo",
        ("en", "ja"),
        "en",
        "first",
    )
    doc = DocumentSnap(
        1,
        "d",
        1,
        "declaration",
        "declaration",
        "Joint Declaration",
        "共同宣言",
        "negotiation",
        None,
        None,
        "",
        None,
        "",
        n,
    )
    clauses = tuple(
        ClauseSnap(
            i,
            f"c{i}",
            1,
            i,
            f"{i}.",
            "operative",
            "bracketed",
            EN * 2,
            JA * 2,
            None,
            None,
            False,
            1,
        )
        for i in range(1, n + 1)
    )
    return DocumentText(meeting, doc, clauses, "Rev.1", "chair", datetime(2016, 4, 29, tzinfo=UTC))


def child(n: int, out: str) -> None:
    from meetingdesk.formats.pdf.render import PdfOptions, render_final

    result = render_final(Path(out), declaration(n), PdfOptions(lang="both"))
    print(result.pages)


def run(cmd: list[str], cwd: Path) -> tuple[float, int]:
    """(seconds, peak resident memory in MiB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.read().decode()}")
    proc.stderr.close()
    return elapsed, usage.ru_maxrss // 1024


def pages(path: Path) -> str:
    if shutil.which("pdfinfo") is None:
        return "?"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return next((ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages")), "?")


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


def has_python_docx() -> bool:
    try:
        import docx  # noqa: F401
    except ImportError:
        return False
    return True


# --- the final text against the floor and the peer -------------------------------------------


def final_text(args: argparse.Namespace, work: Path) -> None:
    floor = shared_dir() / "bench" / "reportlab_floor.py"
    if not floor.is_file():
        raise SystemExit(f"floor script not found at {floor} (set MEETINGDESK_SHARED)")
    n = str(args.paragraphs)
    ours_cmd = [sys.executable, str(Path(__file__).resolve()), "--paragraphs", n]
    ours_cmd += ["--child", str(work / "ours.pdf")]
    floor_cmd = [sys.executable, str(floor), n, str(work / "floor.pdf")]
    peer = shared_dir() / "bench" / "docx_peer.py"
    soffice = shutil.which("soffice")
    peer_cmd: list[str] | None = None
    if soffice and has_python_docx() and peer.is_file():
        subprocess.run([sys.executable, str(peer), n, "d.docx"], cwd=work, check=True)
        # A private profile: no hand-over to (or lock by) another user's running soffice.
        profile = (work / "lo-profile").as_uri()
        peer_cmd = [soffice, f"-env:UserInstallation={profile}", "--headless"]
        peer_cmd += ["--convert-to", "pdf", "--outdir", str(work), str(work / "d.docx")]
    run(ours_cmd, work)  # warm the file cache once (and create the peer's profile)
    run(floor_cmd, work)
    if peer_cmd:
        run(peer_cmd, work)
    ours, base, other = [], [], []
    for _ in range(args.n):
        ours.append(run(ours_cmd, work))
        base.append(run(floor_cmd, work))
        if peer_cmd:
            other.append(run(peer_cmd, work))
    t_ours = statistics.median(t for t, _ in ours)
    t_floor = statistics.median(t for t, _ in base)
    print(f"final text: {args.paragraphs} paragraph pairs, both languages (runs: {args.n})")
    print(f"  {load()}")

    def show(name: str, results: list[tuple[float, int]], pdf: str) -> None:
        times = ", ".join(f"{t:.2f}" for t, _ in results)
        print(
            f"  {name:<12} median {statistics.median(t for t, _ in results):6.2f} s  "
            f"peak {max(m for _, m in results):4d} MiB  pages {pages(work / pdf)}  ({times})"
        )

    show("program", ours, "ours.pdf")
    show("floor", base, "floor.pdf")
    ratio = t_ours / t_floor
    verdict = "ok" if ratio <= GOAL else "ABOVE GOAL"
    print(f"  ratio program/floor      {ratio:.2f} (goal <= {GOAL}) {verdict}")
    if peer_cmd:
        show("LibreOffice", other, "d.pdf")
        t_peer = statistics.median(t for t, _ in other)
        verdict = "ok" if t_peer / t_ours >= PEER_GOAL else "BELOW GOAL"
        print(f"  ratio LibreOffice/program {t_peer / t_ours:.2f} (goal >= {PEER_GOAL}) {verdict}")
    else:
        tools = (("soffice", soffice), ("python-docx", has_python_docx()))
        missing = [name for name, ok in tools if not ok]
        print(f"  LibreOffice peer skipped: {', '.join(missing) or 'docx_peer.py'} not found")


# --- the large generated meeting --------------------------------------------------------------


def large_child(url: str, kind: str, out: str, clauses: int, versions: int) -> None:
    """One export of the largest document, timed inside the process; prints JSON."""
    from sqlalchemy import select

    from meetingdesk.demo.large import large_short_name
    from meetingdesk.model import Meeting
    from meetingdesk.services import exports
    from meetingdesk.services.base import Desk
    from meetingdesk.services.drafting import documents

    desk = Desk.open(url, user="bench")
    try:
        with desk.read() as s:
            meeting_id = s.scalar(
                select(Meeting.id).where(Meeting.short_name == large_short_name(clauses, versions))
            )
        largest = max(documents.list_documents(desk, meeting_id), key=lambda d: d.clause_count)
        labels = {"document": largest.short_name, "meeting_id": meeting_id}
        start = time.perf_counter()
        if kind == "compilation":
            result = exports.export(desk, kind, out, revision="Rev.2", **labels)
        else:
            result = exports.export(desk, kind, out, from_label="Rev.1", to_label="Rev.2", **labels)
        elapsed = time.perf_counter() - start
    finally:
        desk.close()
    doc = {"seconds": elapsed, "pages": result.pages, "document": largest.short_name}
    print(json.dumps(doc | {"clauses": largest.clause_count}))


def large_meeting(args: argparse.Namespace, work: Path) -> None:
    from bench_drafting import ensure_meeting

    folder = Path(args.dir) if args.dir else work
    folder.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{folder / f'bench-{args.clauses}x{args.versions}.sqlite'}"
    print(f"large generated meeting: {args.clauses} clauses × {args.versions} versions (SQLite)")
    ensure_meeting(url, args.clauses, args.versions)
    print(f"  {load()}")
    for kind in ("compilation", "redline"):
        out = work / f"large-{kind}.pdf"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--large-child", url, kind, str(out)]
        cmd += ["--clauses", str(args.clauses), "--versions", str(args.versions)]
        rows = []
        for _ in range(args.large_runs):
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            _pid, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
            stdout, stderr = proc.communicate()
            if status != 0:
                raise SystemExit(f"{kind} export failed: {stderr.decode()}")
            rows.append((json.loads(stdout), wall, usage.ru_maxrss // 1024))
        info = rows[-1][0]
        t_export = statistics.median(r["seconds"] for r, _, _ in rows)
        t_wall = statistics.median(w for _, w, _ in rows)
        what = "Rev.2" if kind == "compilation" else "Rev.1 → Rev.2"
        print(
            f"  {kind:<11} {info['document']} {what} ({info['clauses']} clauses, both languages): "
            f"{info['pages']} pages, export median {t_export:.2f} s = "
            f"{info['pages'] / t_export:.1f} pages/s; whole process {t_wall:.2f} s; "
            f"peak {max(m for _, _, m in rows)} MiB "
            f"({', '.join(format(r['seconds'], '.2f') for r, _, _ in rows)})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("-n", type=int, default=5, help="runs of each (default 5)")
    parser.add_argument("--paragraphs", type=int, default=500)
    parser.add_argument("--dir", help="folder keeping the large meeting's SQLite file")
    parser.add_argument("--large-runs", type=int, default=3, help="runs of each large export")
    parser.add_argument("--clauses", type=int, default=5000)
    parser.add_argument("--versions", type=int, default=20)
    parser.add_argument("--child", metavar="OUT", help=argparse.SUPPRESS)
    parser.add_argument("--large-child", nargs=3, metavar="X", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.paragraphs, args.child)
        return
    if args.large_child:
        url, kind, out = args.large_child
        large_child(url, kind, out, args.clauses, args.versions)
        return
    work = Path(tempfile.mkdtemp(prefix="bench_pdf_"))
    try:
        final_text(args, work)
        if args.large_runs > 0:
            large_meeting(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
