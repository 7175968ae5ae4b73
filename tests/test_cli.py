"""The command line as a person runs it: `python main.py ...` in a separate process."""

from __future__ import annotations

import importlib.util
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from meetingdesk.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "main.py"


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("MEETINGDESK_TEST_PG", None)
    return subprocess.run(
        [sys.executable, str(MAIN), *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=ROOT,
        timeout=240,
    )


def _assert_one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got:\n{result.stderr}"
    assert lines[0].startswith("meetingdesk: error: ")
    assert "Traceback" not in result.stderr
    return lines[0]


def test_the_core_commands_are_registered() -> None:
    assert {"demo", "check", "backup"} <= set(_commands())


@pytest.mark.parametrize("command", _commands())
def test_every_subcommand_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: meetingdesk {command}")
    assert "--db URL" in result.stdout


def test_version() -> None:
    from meetingdesk import __version__

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"MeetingDesk {__version__}"


def _create(db: Path) -> None:
    """A new, empty database (check reads only: it never creates or migrates one)."""
    from meetingdesk.services.base import Desk

    Desk.open(str(db), user="tester").close()


def test_check_on_a_fresh_database(tmp_path: Path) -> None:
    db = tmp_path / "fresh.sqlite"
    missing = run("--db", str(db), "check")
    assert "does not exist" in _assert_one_line_error(missing)
    assert not db.exists(), "check created a database"
    _create(db)
    result = run("--db", str(db), "check")
    assert result.returncode == 0, result.stderr
    assert f"database      {db}" in result.stdout
    assert "integrity     ok" in result.stdout
    assert "audit chain   ok (0 events)" in result.stdout


def test_db_is_also_accepted_after_the_command(tmp_path: Path) -> None:
    db = tmp_path / "after.sqlite"
    _create(db)
    result = run("check", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert str(db) in result.stdout


def test_backup_makes_a_readable_copy(tmp_path: Path) -> None:
    db, out = tmp_path / "desk.sqlite", tmp_path / "copy.sqlite"
    _create(db)
    assert run("--db", str(db), "check").returncode == 0
    result = run("--db", str(db), "backup", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    with sqlite3.connect(f"file:{out}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM store_info").fetchone() == (2,)
    conn.close()
    assert run("--db", str(out), "check").returncode == 0
    again = run("--db", str(db), "backup", "--out", str(out))
    assert "already exists" in _assert_one_line_error(again)


def test_backup_into_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    out = tmp_path / "missing" / "copy.sqlite"
    line = _assert_one_line_error(run("--db", str(db), "backup", "--out", str(out)))
    assert str(out.parent) in line
    assert not out.parent.exists()


def test_a_non_database_is_one_line(tmp_path: Path) -> None:
    bogus = tmp_path / "minutes.txt"
    bogus.write_text("not a database", encoding="utf-8")
    line = _assert_one_line_error(run("--db", str(bogus), "check"))
    assert str(bogus) in line
    assert bogus.read_text(encoding="utf-8") == "not a database"


def test_unreachable_server_is_one_line() -> None:
    line = _assert_one_line_error(
        run("--db", "postgresql+psycopg://desk:pw@127.0.0.1:1/meetingdesk", "check")
    )
    assert "127.0.0.1" in line and ":pw@" not in line


def test_meetingdesk_db_is_honoured(tmp_path: Path) -> None:
    db = tmp_path / "from-env.sqlite"
    other = tmp_path / "explicit.sqlite"
    _create(db)
    _create(other)
    result = run("check", env={"MEETINGDESK_DB": f"sqlite:///{db}"})
    assert result.returncode == 0, result.stderr
    assert str(db) in result.stdout
    # --db still wins over the environment.
    result = run("--db", str(other), "check", env={"MEETINGDESK_DB": f"sqlite:///{db}"})
    assert str(other) in result.stdout


def test_a_bad_option_value_is_refused(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "d.sqlite"), "demo", "--clauses", "many")
    assert result.returncode == 2
    assert "'many' is not a positive whole number" in result.stderr
    assert not (tmp_path / "d.sqlite").exists()


@pytest.mark.skipif(
    importlib.util.find_spec("meetingdesk.demo.meeting") is None,
    reason="meetingdesk.demo.meeting (the demo meeting) is not written yet",
)
def test_demo_loads_the_meeting_and_check_passes(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    result = run("--db", str(db), "demo")
    assert result.returncode == 0, result.stderr
    assert str(db) in result.stdout
    report = run("--db", str(db), "check")
    assert report.returncode == 0, report.stdout + report.stderr
    rows = dict(
        (line.split()[0], int(line.split()[1]))
        for line in report.stdout.splitlines()
        if line.startswith("  ")
    )
    assert rows["meeting"] >= 1
    assert rows["delegation"] >= 10
    assert rows["clause"] >= 30
    assert rows["audit_event"] >= 1
