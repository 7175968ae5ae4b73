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


