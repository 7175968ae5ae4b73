# SPDX-License-Identifier: GPL-3.0-or-later
"""PDF benchmark: final text of a 500-paragraph bilingual declaration (parallel columns)
against shared/bench/reportlab_floor.py 500, and LibreOffice when it is installed.

Run: python tests/bench/bench_pdf.py [-n 5] [--paragraphs 500]
Each run is a fresh process (interpreter, imports, fonts and layout included) for the
program and the floor alike, alternating, in the same run. Prints medians, the ratio
program/floor (goal: at most 1.25) and the peak memory of each. Not collected by pytest;
it asserts nothing.
"""

from __future__ import annotations

import argparse
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
    from meetingdesk.export.pdf.render import PdfOptions, render_final

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=5, help="runs of each (default 5)")
    parser.add_argument("--paragraphs", type=int, default=500)
    parser.add_argument("--child", metavar="OUT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.paragraphs, args.child)
        return
    floor = shared_dir() / "bench" / "reportlab_floor.py"
    if not floor.is_file():
        raise SystemExit(f"floor script not found at {floor} (set MEETINGDESK_SHARED)")
    work = Path(tempfile.mkdtemp(prefix="bench_pdf_"))
    ours_cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--paragraphs",
        str(args.paragraphs),
        "--child",
        str(work / "ours.pdf"),
    ]
    floor_cmd = [sys.executable, str(floor), str(args.paragraphs), str(work / "floor.pdf")]
    run(ours_cmd, work)  # warm the file cache once
    run(floor_cmd, work)
    ours, base = [], []
    for _ in range(args.n):
        ours.append(run(ours_cmd, work))
        base.append(run(floor_cmd, work))
    t_ours = statistics.median(t for t, _ in ours)
    t_floor = statistics.median(t for t, _ in base)
    print(f"paragraph pairs        {args.paragraphs} (runs: {args.n})")
    print(
        f"program  median {t_ours:6.2f} s  peak {max(m for _, m in ours):4d} MiB  "
        f"pages {pages(work / 'ours.pdf')}"
    )
    print(
        f"floor    median {t_floor:6.2f} s  peak {max(m for _, m in base):4d} MiB  "
        f"pages {pages(work / 'floor.pdf')}"
    )
    ratio = t_ours / t_floor
    verdict = "ok" if ratio <= GOAL else "ABOVE GOAL"
    print(f"ratio program/floor    {ratio:.2f} (goal <= {GOAL}) {verdict}")
    peer = shared_dir() / "bench" / "docx_peer.py"
    soffice = shutil.which("soffice")
    try:
        import docx  # noqa: F401

        has_docx = True
    except ImportError:
        has_docx = False
    if soffice and has_docx and peer.is_file():
        subprocess.run(
            [sys.executable, str(peer), str(args.paragraphs), "d.docx"], cwd=work, check=True
        )
        times = []
        for _ in range(max(1, args.n // 2)):
            start = time.perf_counter()
            subprocess.run(
                [soffice, "--headless", "--convert-to", "pdf", "d.docx"],
                cwd=work,
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - start)
        t_peer = statistics.median(times)
        print(f"LibreOffice median {t_peer:6.2f} s; peer/program {t_peer / t_ours:.2f} (goal >= 2)")
    else:
        missing = [x for x, ok in (("soffice", soffice), ("python-docx", has_docx)) if not ok]
        print(f"LibreOffice peer skipped: {', '.join(missing)} not installed")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
