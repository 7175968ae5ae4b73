"""Import benchmark (issue 11): a 500-paragraph bilingual draft, two .docx files, to the
preview and then into the database.

Run: python tests/bench/bench_import.py [--paragraphs 500] [--runs 3]

Builds the English and Japanese Word files with python-docx (automatic multi-level
numbering, preambular paragraphs, sections, sub-paragraphs, footnotes), then measures as
medians over --runs runs:

* preview: reading both files (numbering computed) and pairing them into a plan;
* write: the confirmed plan into a fresh SQLite database (one transaction);
* the floor: python-docx opening both files and listing their paragraph texts, plus
  sqlite3 inserting one row per paragraph and language — the least any import must do.

Prints each figure, the total against the goal (2 s) and the ratio program/floor, with the
machine's load average. Not collected by pytest; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

GOAL_TOTAL = 2.0

EN_SENTENCE = (
    "We affirm that the free flow of information across borders supports growth, innovation "
    "and the exercise of human rights, and we commit to work together on"
)
EN_WORDS = EN_SENTENCE.split(" ")
JA_TEXT = "我々は、国境を越える情報の自由な流通が成長と革新を支えることを確認し、協力して取り組む。"


def build(paragraphs: int, folder: Path) -> tuple[Path, Path]:
    from tests.drafting.docx_build import build_docx

    en, ja = [("heading", 0, "Joint Declaration")], [("heading", 0, "共同宣言")]
    for n in range(paragraphs - 1):
        words = " ".join(EN_WORDS[: 12 + n % 15]) + f" topic {n}."
        if n < 20:
            en.append(("plain", None, f"Recognising {words}"))
            ja.append(("plain", None, f"{JA_TEXT}（前文{n}）"))
        elif n % 50 == 0:
            en.append(("plain", None, f"{n // 50 + 1}. Section on topic {n}"))
            ja.append(("plain", None, f"{n // 50 + 1}．テーマ{n}"))
        elif n % 7 == 3:
            en.append(("auto", 1, words))
            ja.append(("auto", 1, f"{JA_TEXT}{n}"))
        elif n % 40 == 5:
            en.append(("footnote", None, (f"{words}", f"Source {n}.")))
            ja.append(("plain", None, f"{JA_TEXT}{n}"))
        else:
            en.append(("auto", 0, words))
            ja.append(("auto", 0, f"{JA_TEXT}{n}"))
    return build_docx(en, folder / "en.docx"), build_docx(ja, folder / "ja.docx")


def floor(en: Path, ja: Path, db: Path) -> float:
    import docx

    start = time.perf_counter()
    texts = [p.text for path in (en, ja) for p in docx.Document(str(path)).paragraphs]
    con = sqlite3.connect(db)
    con.execute("create table t (id integer primary key, body text)")
    with con:
        con.executemany("insert into t (body) values (?)", [(t,) for t in texts])
    con.close()
    return time.perf_counter() - start


def program(en: Path, ja: Path, db: Path) -> tuple[float, float, int]:
    from meetingdesk.services.base import Desk
    from meetingdesk.services.drafting import importing as imp
    from meetingdesk.services.meetings import create_meeting

    desk = Desk.open(str(db))
    meeting = create_meeting(
        desk, title_en="G7 ICT", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
    )
    start = time.perf_counter()
    plan = imp.plan_new_document(imp.read_outline(en), imp.read_outline(ja))
    preview = time.perf_counter() - start
    start = time.perf_counter()
    result = imp.import_new_document(
        desk,
        meeting.id,
        plan,
        kind="declaration",
        title_en="Joint Declaration",
        short_name="decl",
        source=en.name,
        allow_missing_japanese=True,
    )
    write = time.perf_counter() - start
    desk.close()
    return preview, write, result.added


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        en, ja = build(args.paragraphs, folder)
        previews, writes, floors = [], [], []
        added = 0
        for run in range(args.runs):
            p, w, added = program(en, ja, folder / f"p{run}.sqlite")
            previews.append(p)
            writes.append(w)
            floors.append(floor(en, ja, folder / f"f{run}.sqlite"))
    preview, write, base = (statistics.median(x) for x in (previews, writes, floors))
    total = preview + write
    load = os.getloadavg()[0]
    print(f"import of {args.paragraphs} paragraphs x 2 languages ({added} clauses written)")
    print(f"  preview (read both .docx, pair)  {preview:7.3f} s")
    print(f"  write (one transaction)          {write:7.3f} s")
    print(
        f"  total                            {total:7.3f} s  goal {GOAL_TOTAL:.1f} s  "
        f"ratio {total / GOAL_TOTAL:.2f}"
    )
    print(
        f"  floor (python-docx texts + sqlite3 rows) {base:7.3f} s  "
        f"program/floor {total / base:.1f}x"
    )
    print(f"  load average {load:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
