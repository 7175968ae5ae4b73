"""A redline of only the changed clauses against the whole redline, PDF and Word, on the
large generated declaration (issue 19, item 8).

Run: python tests/bench/bench_redline_changed.py [--dir DIR] [--runs 3] [--lang both]
                                                  [--edited 25]

The meeting is ``generate_large(clauses=5000, versions=20)`` in an SQLite file (kept in --dir
and reused, as bench_drafting.py, bench_pdf.py and bench_docx.py do); its largest document is
the declaration (2,750 clauses). Each run writes, alternating in one process, the redline
Rev.1 → Rev.2 through the export services: whole PDF, only-changed PDF, whole Word, only-
changed Word. Prints medians, pages and the ratio whole / only-changed (the floor here is
the whole redline of the same revisions). Not collected by pytest; it asserts nothing.

The generator changes nearly every clause between its revisions (2,744 of 2,750 from Rev.1
to Rev.2), so there the option saves next to nothing. ``--edited N`` measures the case it is
for: on a copy of the database, the declaration is frozen as "Bench" and N of its clauses,
spread over the text, get an edited English text; the redline is Bench → the current text.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", help="folder keeping the large meeting's SQLite file")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--clauses", type=int, default=5000)
    parser.add_argument("--versions", type=int, default=20)
    parser.add_argument("--lang", default="both", choices=("en", "ja", "both"))
    parser.add_argument("--edited", type=int, default=0, help="clauses edited after a freeze")
    args = parser.parse_args()
    from bench_drafting import ensure_meeting, meeting_id_of

    from meetingdesk.demo.large import large_short_name
    from meetingdesk.services import exports
    from meetingdesk.services.base import Desk
    from meetingdesk.services.drafting import documents
    from meetingdesk.services.exports.word import export_docx

    work = Path(tempfile.mkdtemp(prefix="bench-redline-changed-"))
    folder = Path(args.dir) if args.dir else work
    folder.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{folder / f'bench-{args.clauses}x{args.versions}.sqlite'}"
    print(f"large generated meeting: {args.clauses} clauses × {args.versions} versions (SQLite)")
    ensure_meeting(url, args.clauses, args.versions)
    if args.edited:
        url = edited_copy(url, work, args)
    print(f"  load average (1 min): {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    times: dict[str, list[float]] = {}
    sizes: dict[str, str] = {}
    desk = Desk.open(url, user="bench")
    try:
        meeting_id = meeting_id_of(desk, large_short_name(args.clauses, args.versions))
        largest = max(documents.list_documents(desk, meeting_id), key=lambda d: d.clause_count)
        pair = ("Bench", None) if args.edited else ("Rev.1", "Rev.2")
        common = dict(meeting_id=meeting_id, document=largest.short_name, from_label=pair[0],
                      to_label=pair[1], lang=args.lang)  # fmt: skip
        for _ in range(args.runs):
            for fmt in ("pdf", "docx"):
                for only in (False, True):
                    key = f"{fmt} {'only changed' if only else 'whole'}"
                    out = work / f"r-{fmt}-{int(only)}.{fmt}"
                    start = time.perf_counter()
                    if fmt == "pdf":
                        r = exports.export(desk, "redline", out, only_changed=only, **common)
                        sizes[key] = f"{r.pages} pages"
                    else:
                        r = export_docx(desk, "redline", out, only_changed=only, **common)
                        sizes[key] = f"{r.paragraphs} clause paragraphs"
                    times.setdefault(key, []).append(time.perf_counter() - start)
                    sizes[key] += f", {out.stat().st_size / 1e6:.2f} MB"
    finally:
        desk.close()
        shutil.rmtree(work, ignore_errors=True)
    what = f"Bench → current, {args.edited} edited" if args.edited else "Rev.1 → Rev.2"
    print(f"  {largest.short_name}: {largest.clause_count} clauses, {what}, {args.lang}")
    median = {k: statistics.median(v) for k, v in times.items()}
    for key, t in median.items():
        runs = ", ".join(f"{x:.2f}" for x in times[key])
        print(f"  {key:<18} {t:7.2f} s  {sizes[key]}  ({runs})")
    for fmt in ("pdf", "docx"):
        ratio = median[f"{fmt} whole"] / median[f"{fmt} only changed"]
        print(f"  ratio whole / only changed, {fmt}: {ratio:.1f}×")


def edited_copy(url: str, work: Path, args: argparse.Namespace) -> str:
    """A copy of the database where the declaration was frozen as "Bench", then N clauses
    edited: the URL of the copy."""
    import sqlite3

    from bench_drafting import meeting_id_of

    from meetingdesk.demo.large import large_short_name
    from meetingdesk.services.base import Desk
    from meetingdesk.services.drafting import documents
    from meetingdesk.services.drafting.revisions import freeze_revision

    source = sqlite3.connect(url.removeprefix("sqlite:///"))
    target = sqlite3.connect(work / "edited.sqlite")
    source.backup(target)
    source.close()
    target.close()
    copy = f"sqlite:///{work / 'edited.sqlite'}"
    desk = Desk.open(copy, user="bench")
    try:
        meeting_id = meeting_id_of(desk, large_short_name(args.clauses, args.versions))
        largest = max(documents.list_documents(desk, meeting_id), key=lambda d: d.clause_count)
        freeze_revision(desk, largest.id, label="Bench")
        clauses = [c for c in documents.document_text(desk, largest.id).clauses if c.text_en]
        step = max(1, len(clauses) // args.edited)
        for c in clauses[::step][: args.edited]:
            documents.save_text(
                desk, c.id, "en", c.text_en + " (edited)", expected_head=c.en_version_id
            )
    finally:
        desk.close()
    return copy


if __name__ == "__main__":
    main()
