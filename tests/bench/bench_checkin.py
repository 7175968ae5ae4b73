"""Benchmark: check-in of a package with 1,000 edited clauses of the large generated meeting.

Run: /tmp/venv/bin/python tests/bench/bench_checkin.py [--clauses 5000] [--versions 20]
Prints the figure against the goal (2 s); never asserts on time.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from meetingdesk.model import Clause, Document
from meetingdesk.services import documents
from meetingdesk.services.base import Desk
from meetingdesk.services.demo_large import generate_large
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clauses", type=int, default=5000)
    parser.add_argument("--versions", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        desk = Desk.open(f"sqlite:///{tmp_path / 'server.sqlite'}", user="sec")
        t0 = time.perf_counter()
        meeting = generate_large(desk, clauses=args.clauses, versions=args.versions)
        print(
            f"generated {args.clauses} clauses × {args.versions} versions in "
            f"{time.perf_counter() - t0:.1f} s"
        )
        with desk.read() as s:
            docs = s.execute(
                select(Document.short_name, Document.id, func.count(Clause.id))
                .join(Clause, Clause.document_id == Document.id)
                .where(Document.meeting_id == meeting.id)
                .group_by(Document.id)
                .order_by(func.count(Clause.id).desc())
            ).all()
        chosen, total = [], 0
        for name, doc_id, n in docs:
            chosen.append((name, doc_id))
            total += n
            if total >= EDITED + 100:
                break
        path = tmp_path / "laptop.mdpkg"
        t0 = time.perf_counter()
        info = checkout(desk, meeting.id, [n for n, _ in chosen], path)
        print(
            f"checked out {info.documents}: {info.clauses} clauses, {info.versions} versions "
            f"in {time.perf_counter() - t0:.2f} s ({path.stat().st_size / 1e6:.1f} MB)"
        )
        pkg = Desk.open(f"sqlite:///{path}", user="drafter")
        pkg_heads = _heads(pkg, [i for _, i in chosen])[:EDITED]
        for cid, _u, head, text, _st in pkg_heads:
            documents.save_text(pkg, cid, "en", "Offline: " + text, expected_head=head)
        pkg.close()
        # A fifth of the same clauses were also edited on the server (at the end: merged).
        for cid, _u, head, text, _st in _heads(desk, [i for _, i in chosen])[:EDITED:5]:
            documents.save_text(desk, cid, "en", text + " (server)", expected_head=head)
        t0 = time.perf_counter()
        report = checkin(desk, path)
        elapsed = time.perf_counter() - t0
        print(f"check-in: {report.summary()}")
        print(
            f"check-in of {EDITED} edited clauses: {elapsed:.2f} s (goal ≤ {GOAL_S:.0f} s, "
            f"ratio {elapsed / GOAL_S:.2f})"
        )
        t0 = time.perf_counter()
        again = checkin(desk, path)
        print(
            f"repeated check-in (no-op, changed={again.changed}): {time.perf_counter() - t0:.2f} s"
        )
        desk.close()


if __name__ == "__main__":
    main()
