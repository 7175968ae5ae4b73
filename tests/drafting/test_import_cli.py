"""`document new|list|outline|rename|move` and `import document` as a person runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from meetingdesk.services.base import Desk
from meetingdesk.services.meetings import create_meeting
from tests.drafting.docx_build import build_docx

MAIN = Path(__file__).resolve().parents[2] / "main.py"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "work.sqlite"
    desk = Desk.open(str(path))
    create_meeting(
        desk, title_en="G7 ICT", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
    )
    desk.close()
    return path


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MEETINGDESK_TEST_PG"}
    return subprocess.run(
        [sys.executable, str(MAIN), "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )


def test_new_list_rename_move(db: Path) -> None:
    r = run(
        db,
        "document",
        "new",
        "--kind",
        "declaration",
        "--title-en",
        "Joint Declaration",
        "--title-ja",
        "共同宣言",
    )
    assert r.returncode == 0, r.stderr
    r = run(
        db,
        "document",
        "new",
        "--kind",
        "annex",
        "--title-en",
        "Opportunities",
        "--parent",
        "declaration",
        "--short",
        "annex",
    )
    assert r.returncode == 0, r.stderr
    listed = run(db, "document", "list").stdout.splitlines()
    assert listed[0].startswith("declaration") and "annex to declaration" in listed[1]
    r = run(db, "document", "rename", "--document", "annex", "--title-en", "G7 Opportunities")
    assert r.returncode == 0 and "G7 Opportunities" in r.stdout
    r = run(db, "document", "move", "--document", "annex", "--by", "-1")
    assert r.stdout.split() == ["annex", "declaration"]
    r = run(db, "document", "new", "--kind", "annex", "--title-en", "X", "--short", "annex")
    assert r.returncode == 2 and "already exists" in r.stderr


def test_import_dry_run_then_import_then_outline(db: Path, tmp_path: Path) -> None:
    en = build_docx(
        [
            ("heading", 0, "Joint Declaration"),
            ("plain", None, "Recognising ICT;"),
            ("auto", 0, "We agree to act."),
            ("auto", 0, "We end [here / now]."),
        ],
        tmp_path / "en.docx",
    )
    ja = build_docx(
        [("heading", 0, "共同宣言"), ("plain", None, "ICTを認識し、"), ("auto", 0, "行動する。")],
        tmp_path / "ja.docx",
    )
    args = [
        "import",
        "document",
        str(en),
        "--new",
        "--kind",
        "declaration",
        "--title-en",
        "Joint Declaration",
        "--lang",
        "en",
        "--other",
        str(ja),
    ]
    dry = run(db, *args, "--dry-run")
    assert dry.returncode == 1
    assert "MISMATCH: English line 4 (operative 2.) has no Japanese" in dry.stdout
    assert "import refused" in dry.stderr
    assert "no documents yet" in run(db, "document", "list").stdout
    done = run(db, *args, "--allow-missing-ja")
    assert done.returncode == 0, done.stderr
    assert "4 added" in done.stdout and "1 without Japanese" in done.stdout
    outline = run(db, "document", "outline", "--document", "declaration").stdout.splitlines()
    assert [line.split()[:3] for line in outline] == [
        ["-", "heading", "draft"],
        ["-", "preambular", "draft"],
        ["1.", "operative", "draft"],
        ["2.", "operative", "bracketed"],
    ]
    assert outline[3].endswith("We end [here / now].")
    ja_lines = run(db, "document", "outline", "--document", "declaration", "--lang", "ja")
    assert "行動する。" in ja_lines.stdout


def test_bad_file_is_one_line_and_writes_nothing(db: Path, tmp_path: Path) -> None:
    odt = tmp_path / "draft.odt"
    odt.write_bytes(b"PK\x03\x04 not really")
    before = db.read_bytes()
    r = run(
        db,
        "import",
        "document",
        str(odt),
        "--new",
        "--kind",
        "other",
        "--title-en",
        "T",
        "--lang",
        "en",
    )
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "draft.odt" in r.stderr and ".docx" in r.stderr
    assert db.read_bytes() == before
