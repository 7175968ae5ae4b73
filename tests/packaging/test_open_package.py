"""A .mdpkg named on the command line (a double-click) opens in the window; a file that is
not a package is refused in one line, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from meetingdesk.app import split_document_argument
from meetingdesk.ui.single_instance import open_package_file

SMOKE = "import sys; from meetingdesk.__main__ import main; sys.exit(main(sys.argv[1:]))"


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MEETINGDESK_DATA_DIR": str(tmp_path / "data")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-c", SMOKE, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )


@pytest.mark.parametrize(
    ("argv", "rest", "document"),
    [
        (["x.mdpkg"], [], "x.mdpkg"),
        (["--smoke", "/a b/X.MDPKG"], ["--smoke"], "/a b/X.MDPKG"),
        (["--db", "y.mdpkg", "z.mdpkg"], ["--db", "y.mdpkg"], "z.mdpkg"),
        (["package", "in", "p.mdpkg"], ["package", "in", "p.mdpkg"], None),
        (["--db", "d.sqlite", "check"], ["--db", "d.sqlite", "check"], None),
        (["notes.txt"], ["notes.txt"], None),
        ([], [], None),
    ],
)
def test_a_package_where_a_command_goes_is_the_document(argv, rest, document) -> None:
    assert split_document_argument(list(argv)) == (rest, document)


def test_refusals_name_the_file_in_one_line(tmp_path: Path) -> None:
    text = tmp_path / "minutes.mdpkg"
    text.write_text("not a package\n", encoding="utf-8")
    url, problem = open_package_file(str(text))
    assert url is None and "minutes.mdpkg is not a MeetingDesk package" in problem
    assert "\n" not in problem
    url, problem = open_package_file(str(tmp_path / "gone.mdpkg"))
    assert url is None and "gone.mdpkg does not exist" in problem
    assert text.read_bytes() == b"not a package\n"  # refused files stay as they were


def test_smoke_run_on_a_file_that_is_not_a_package_fails_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "agenda.mdpkg"
    bad.write_bytes(b"%PDF-1.4 not a package")
    done = _run(tmp_path, "--smoke", str(bad))
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == ["agenda.mdpkg is not a MeetingDesk package (not an SQLite file)"], done.stderr
    assert bad.read_bytes() == b"%PDF-1.4 not a package"


def test_a_package_on_the_command_line_opens_in_the_window(tmp_path: Path) -> None:
    db, package = tmp_path / "main.sqlite", tmp_path / "drafting.mdpkg"
    cli = [sys.executable, "-m", "meetingdesk", "--db", str(db)]
    env = {**os.environ, "MEETINGDESK_DATA_DIR": str(tmp_path / "data")}
    for args in (["demo"], ["package", "out", "--document", "declaration", "--out", str(package)]):
        done = subprocess.run([*cli, *args], capture_output=True, text=True, env=env, check=False)
        assert done.returncode == 0, done.stderr
    done = _run(tmp_path, "--smoke", str(package))
    assert done.returncode == 0, done.stderr
    assert "smoke ok" in done.stdout
    assert not (tmp_path / "data" / "meetingdesk.sqlite").exists(), "the package, not the default"
