"""`document adopt` and `silence start / object / withdraw` as a person runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    env.pop("MEETINGDESK_TEST_PG", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=240,
    )


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    from meetingdesk.demo.meeting import load_demo
    from meetingdesk.services.base import Desk

    db = tmp_path / "demo.sqlite"
    desk = Desk.open(f"sqlite:///{db}", user="demo")
    try:
        load_demo(desk)
    finally:
        desk.close()
    return db


def test_silence_and_adoption_from_the_command_line(demo_db: Path) -> None:
    bad = run(
        demo_db, "silence", "start", "--document", "charter", "--deadline", "2016-04-30 12:00"
    )
    assert bad.returncode == 2 and "already passed" in bad.stderr
    gap = run(
        demo_db,
        *("silence", "start", "--document", "charter", "--deadline", "2099-03-29 02:30"),
        *("--zone", "Europe/Paris"),
    )
    assert gap.returncode == 2 and "daylight-saving" in gap.stderr
    start = run(
        demo_db, "silence", "start", "--document", "charter", "--deadline", "2099-04-30 12:00"
    )
    assert start.returncode == 0, start.stderr
    assert "until 2099-04-30 12:00 (Asia/Tokyo; here " in start.stdout
    refused = run(demo_db, "document", "adopt", "--document", "charter")
    assert refused.returncode == 1
    assert (
        "cannot be adopted" in refused.stdout and "silence procedure runs until" in refused.stdout
    )
    wrong = run(demo_db, "silence", "object", "--document", "charter", "--delegation", "XXX")
    assert wrong.returncode == 2 and "no delegation with code 'XXX'" in wrong.stderr
    obj = run(demo_db, "silence", "object", "--document", "charter", "--delegation", "can")
    assert obj.returncode == 0 and "silence broken" in obj.stdout, obj.stderr
    wd = run(demo_db, "silence", "withdraw", "--document", "charter")
    assert wd.returncode == 0, wd.stderr
    empty = run(demo_db, "document", "adopt", "--document", "charter", "--override", " ")
    assert empty.returncode == 2 and "override needs a reason" in empty.stderr
    done = run(demo_db, "document", "adopt", "--document", "charter")
    assert done.returncode == 0 and done.stdout.strip() == "adopted charter", done.stderr
    decl = run(demo_db, "document", "adopt", "--document", "declaration", "--override", "x")
    assert decl.returncode == 1
    lines = decl.stdout.splitlines()
    assert lines[0] == "declaration cannot be adopted:"
    # the override lifts the overridable reasons; brackets and ad ref still refuse
    assert [line.split(" (")[0] for line in lines[1:]] == [
        "  - 2 open bracket(s) remain",
        "  - ad ref pending",
    ]
    plain = run(demo_db, "document", "adopt", "--document", "declaration")
    assert "  - 1 proposal(s) still open (clause 11) (may be overridden" in plain.stdout
