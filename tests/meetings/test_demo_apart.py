"""The demo apart: a first start opens the demo in its own file, the working database never
gets it; the window marks the demo; `demo` loads only into the database it is given."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from meetingdesk.services.base import Desk
from meetingdesk.services.meetings import list_meetings

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        MEETINGDESK_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HOME=str(tmp_path),
        MEETINGDESK_USER="tester",
    )
    env.pop("MEETINGDESK_DB", None)
    env.pop("MEETINGDESK_TEST_PG", None)
    return env


def test_first_start_shows_the_demo_and_keeps_the_working_database_free(tmp_path) -> None:
    env = _env(tmp_path)
    result = subprocess.run(
        [sys.executable, str(MAIN), "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "smoke ok: 10 delegations"
    data = tmp_path / "data"
    assert (data / "demo.sqlite").is_file()
    working = data / "meetingdesk.sqlite"
    if working.exists():
        desk = Desk.open(str(working))
        try:
            assert list_meetings(desk) == []
        finally:
            desk.close()
    # The window's own first start: the working database opened later holds no demo.
    desk = Desk.open(str(working))
    try:
        assert list_meetings(desk) == []
    finally:
        desk.close()


def test_demo_command_loads_only_where_told_and_refuses_twice(tmp_path) -> None:
    env = _env(tmp_path)

    def demo(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(MAIN), *args, "demo"],
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
            cwd=tmp_path,
        )

    first = demo()
    assert first.returncode == 0, first.stderr
    assert "demo.sqlite" in first.stdout
    assert not (tmp_path / "data" / "meetingdesk.sqlite").exists()
    again = demo()
    assert again.returncode == 2 and "already in this database" in again.stderr
    given = tmp_path / "mine.sqlite"
    assert demo("--db", str(given)).returncode == 0


def test_window_marks_the_demo_and_starts_an_own_meeting(qtbot, tmp_path, monkeypatch) -> None:
    from meetingdesk.app import load_demo_if_empty
    from meetingdesk.store.paths import default_sqlite_path, demo_url
    from meetingdesk.ui.main_window import MainWindow

    desk = Desk.open(demo_url())
    assert load_demo_if_empty(desk) == ""
    window = MainWindow(desk)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=60_000):
        window.show()
    assert "DEMO" in window.windowTitle()
    assert window.demo_banner.isVisible()
    asked = []
    monkeypatch.setattr(window, "new_meeting", lambda: asked.append(True))
    with qtbot.waitSignal(window.database_opened, timeout=30_000):
        window.demo_banner.button.click()
    assert window.hub.desk.url.endswith(str(default_sqlite_path()))
    assert not window.demo_banner.isVisible() and "DEMO" not in window.windowTitle()
    qtbot.waitUntil(lambda: asked == [True], timeout=5_000)
    from meetingdesk.ui.jobs import wait_for_jobs

    assert wait_for_jobs(30_000)
    window.close()
    window.hub.desk.close()


@pytest.mark.parametrize("pick", ["demo", "new"])
def test_start_dialog_choices(qtbot, pick) -> None:
    from meetingdesk.ui.meetings.start_dialog import StartDialog

    dialog = StartDialog()
    qtbot.addWidget(dialog)
    assert dialog.demo.isChecked()  # the default
    getattr(dialog, pick).setChecked(True)
    choice = dialog.choice()
    assert choice is not None and choice.kind == pick
    expected = "demo.sqlite" if pick == "demo" else "meetingdesk.sqlite"
    assert choice.url.endswith(expected)
