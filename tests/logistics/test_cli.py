"""The command line: import participants and export ics, through the parser and a process."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from meetingdesk.cli import logistics
from meetingdesk.services.logistics import participants as pt

from .conftest import build_g7

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


def run(argv: list[str]) -> int:
    from meetingdesk.cli import run as run_args

    parser = argparse.ArgumentParser(prog="meetingdesk")
    parser.add_argument("--db")
    logistics.register(parser.add_subparsers(dest="command"))
    return run_args(parser.parse_args(argv))


@pytest.fixture
def db(tmp_path: Path):
    from meetingdesk.services.base import Desk

    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    desk = Desk.open(url, user="tester")
    g7 = build_g7(desk)
    desk.close()
    return url, g7


def people(url: str, meeting_id: int) -> int:
    from meetingdesk.services.base import Desk

    desk = Desk.open(url, user="tester")
    try:
        return len(pt.list_participants(desk, meeting_id))
    finally:
        desk.close()


def test_dry_run_then_import(db, capsys):
    url, g7 = db
    good = str(FIXTURES / "participants_good.csv")
    assert run(["--db", url, "import", "participants", good, "--dry-run"]) == 0
    assert "dry run: nothing was imported" in capsys.readouterr().out
    assert people(url, g7.meeting_id) == 0
    assert run(["--db", url, "import", "participants", good, "--meeting", str(g7.meeting_id)]) == 0
    assert "imported 3 participant(s)" in capsys.readouterr().out
    assert people(url, g7.meeting_id) == 3


def test_rejected_import_exits_non_zero(db, capsys):
    url, g7 = db
    assert run(["--db", url, "import", "participants", str(FIXTURES / "participants_bad.csv")]) == 1
    captured = capsys.readouterr()
    assert "row 4, delegation: no delegation “XXX” in this meeting" in captured.out
    assert "nothing was imported" in captured.err
    assert people(url, g7.meeting_id) == 0
    assert run(["--db", url, "import", "participants", "missing.csv", "--meeting", "99"]) == 2
    assert "meeting 99 does not exist" in capsys.readouterr().err


def test_export_ics_command(db, tmp_path, capsys):
    from meetingdesk.cli import build_parser
    from meetingdesk.cli import run as run_args

    url, _ = db
    out = tmp_path / "agenda.ics"
    parser = build_parser()
    assert run_args(parser.parse_args(["--db", url, "export", "ics", "--out", str(out)])) == 0
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    bad = ["--db", url, "export", "ics", "--out", str(out), "--delegation", "XXX"]
    assert run_args(parser.parse_args(bad)) == 2
    assert "XXX" in capsys.readouterr().err


def test_wired_into_main_parser(db, tmp_path):
    url, _ = db
    bad = str(FIXTURES / "participants_bad.csv")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", url, "import", "participants", bad],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1 and "XXX" in done.stdout
    helped = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", "participants", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert helped.returncode == 0 and "--dry-run" in helped.stdout
    out = tmp_path / "agenda.ics"
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", url, "export", "ics", "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and out.read_bytes().startswith(b"BEGIN:VCALENDAR")
