"""Word redline of the large generated declaration against the PDF redline of the same
revisions, in the same run (issue 12, "Benchmark").

Run: python tests/bench/bench_docx.py [--dir DIR] [--runs 3] [--lang both] [--no-soffice]

The meeting is ``generate_large(clauses=5000, versions=20)`` in an SQLite file (kept in --dir
and reused, as bench_drafting.py and bench_pdf.py do); its largest document is the declaration
(2,750 clauses). Each run: the PDF redline Rev.1 → Rev.2 through the export service, then the
DOCX redline of the same revisions (both snapshots read, the file written). Prints medians,
the pages of each (the DOCX's as LibreOffice lays it out, converted once), pages per second
and the ratio DOCX time / PDF time. Not collected by pytest; it asserts nothing.
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _large_name(clauses: int, versions: int) -> str:
    try:
        from meetingdesk.demo.large import large_short_name
    except ImportError:
        from meetingdesk.services.demo_large import large_short_name
    return large_short_name(clauses, versions)


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", help="folder keeping the large meeting's SQLite file")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--clauses", type=int, default=5000)
    parser.add_argument("--versions", type=int, default=20)
    parser.add_argument("--lang", default="both", choices=("en", "ja", "both"))
    parser.add_argument("--no-soffice", action="store_true", help="skip the DOCX page count")
    args = parser.parse_args()
    from bench_drafting import ensure_meeting, meeting_id_of

    from meetingdesk.formats.docx import writer
    from meetingdesk.services import exports
    from meetingdesk.services.base import Desk
    from meetingdesk.services.drafting import documents

    work = Path(tempfile.mkdtemp(prefix="bench-docx-"))
    folder = Path(args.dir) if args.dir else work
    folder.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{folder / f'bench-{args.clauses}x{args.versions}.sqlite'}"
    print(f"large generated meeting: {args.clauses} clauses × {args.versions} versions (SQLite)")
    ensure_meeting(url, args.clauses, args.versions)
    print(f"  load average (1 min): {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    desk = Desk.open(url, user="bench")
    try:
        meeting_id = meeting_id_of(desk, _large_name(args.clauses, args.versions))
        docs = documents.list_documents(desk, meeting_id)
        largest = max(docs, key=lambda d: d.clause_count)
        pdf_times, docx_times = [], []
        pdf_out, docx_out = work / "redline.pdf", work / "redline.docx"
        pdf_pages = 0
        result = None
        for _ in range(args.runs):
            start = time.perf_counter()
            pdf = exports.export(
                desk, "redline", pdf_out, meeting_id=meeting_id, document=largest.short_name,
                from_label="Rev.1", to_label="Rev.2", lang=args.lang,
            )  # fmt: skip
            pdf_times.append(time.perf_counter() - start)
            pdf_pages = pdf.pages
            start = time.perf_counter()
            old = documents.document_text(desk, largest.id, "Rev.1")
            new = documents.document_text(desk, largest.id, "Rev.2")
            result = writer.write_redline(docx_out, old, new, writer.DocxOptions(lang=args.lang))
            docx_times.append(time.perf_counter() - start)
    finally:
        desk.close()
    t_docx = statistics.median(docx_times)
    t_pdf = statistics.median(pdf_times) if pdf_times else float("nan")
    changes = sum(n for _, n in result.changes_by_author)
    print(f"  {largest.short_name}: {largest.clause_count} clauses, Rev.1 → Rev.2, {args.lang}")
    print(f"  PDF redline   {t_pdf:7.2f} s  {pdf_pages:5d} pages  {pdf_pages / t_pdf:6.1f} pages/s"
          f"  ({', '.join(f'{t:.2f}' for t in pdf_times)})")  # fmt: skip
    print(
        f"  DOCX redline  {t_docx:7.2f} s  (written; {', '.join(f'{t:.2f}' for t in docx_times)})"
    )
    print(f"  ratio DOCX / PDF time: {t_docx / t_pdf:.2f}", flush=True)
    docx_pages = 0
    soffice = shutil.which("soffice")
    if soffice and not args.no_soffice:
        profile = (work / "lo").as_uri()
        start = time.perf_counter()
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(work / "lo-out"), str(docx_out)],
            check=True, capture_output=True, timeout=1800,
        )  # fmt: skip
        t_lo = time.perf_counter() - start
        docx_pages = _pages(work / "lo-out" / "redline.pdf")
        lo = f"; LibreOffice lays it out in {docx_pages} pages (conversion {t_lo:.1f} s)"
    else:
        lo = "; pages not counted (no soffice)"
    per_page = f"{docx_pages / t_docx:6.1f} pages/s" if docx_pages else "    — pages/s"
    print(f"  DOCX redline  {t_docx:7.2f} s  {docx_pages or 0:5d} pages  {per_page}"
          f"  ({', '.join(f'{t:.2f}' for t in docx_times)})")  # fmt: skip
    print(f"  {changes} tracked changes, {result.paragraphs} clause paragraphs, "
          f"{docx_out.stat().st_size / 1e6:.1f} MB{lo}")  # fmt: skip
    print(
        f"  ratio DOCX / PDF time: {t_docx / t_pdf:.2f}; DOCX pages/s {docx_pages / t_docx:.1f} "
        f"vs PDF {pdf_pages / t_pdf:.1f}"
        if docx_pages
        else ""
    )


if __name__ == "__main__":
    main()
