"""The house's own machinery: the log file, uncaught exceptions, garbage collection on the
GUI thread (the crash recipe of issue 10 run as a subprocess)."""

from __future__ import annotations

import gc
import logging
import os
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from meetingdesk import __version__, logs  # noqa: E402

STRESS = Path(__file__).with_name("gc_stress.py")


def test_log_file_names_version_database_and_qt(tmp_path: Path) -> None:
    path = logs.configure(database="sqlite:///x.sqlite", qt_version="6.x", where=tmp_path)
    assert path == tmp_path / logs.LOG_NAME
    logging.getLogger("meetingdesk.test").warning("a line of our own")
    for h in logging.getLogger("meetingdesk").handlers:
        h.flush()
    text = path.read_text(encoding="utf-8")
    assert f"MeetingDesk {__version__}" in text
    assert "Qt 6.x" in text and "database sqlite:///x.sqlite" in text
    assert "a line of our own" in text
    assert (tmp_path / logs.CRASH_NAME).exists()  # faulthandler's file for native crashes


def test_command_line_writes_the_log(tmp_path: Path) -> None:
    from meetingdesk.cli import main
    from meetingdesk.services.base import Desk

    db = tmp_path / "d.sqlite"
    Desk.open(str(db), user="tester").close()  # check reads only: it never creates one
    assert main(["--db", str(db), "check"]) == 0
    folder = Path(os.environ[logs.ENV_LOG_DIR])
    for h in logging.getLogger("meetingdesk").handlers:
        h.flush()
    assert "command check" in (folder / logs.LOG_NAME).read_text(encoding="utf-8")


def test_uncaught_exception_is_logged_and_shown_once(qtbot, boxes, tmp_path: Path) -> None:
    from meetingdesk.ui import crash

    logs.configure(where=tmp_path)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        crash.handle(type(exc), exc, exc.__traceback__)
        crash.handle(type(exc), exc, exc.__traceback__)  # while the first box is pending
    qtbot.waitUntil(lambda: len(boxes.shown) == 1)
    assert boxes.kinds() == ["critical"]
    assert "boom in a slot" in boxes.texts()
    for h in logging.getLogger("meetingdesk").handlers:
        h.flush()
    text = (tmp_path / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: boom in a slot" in text


def test_help_menu_opens_the_log_folder(window, opened) -> None:
    window.actions_.open_log_folder.trigger()
    assert opened == [str(logs.log_dir())]
    assert logs.log_dir().is_dir()


def test_collection_runs_on_the_gui_thread_timer(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QLabel

    from meetingdesk.ui.gc_policy import GuiThreadCollector

    collector = GuiThreadCollector(qapp, interval_ms=10)
    try:
        assert not gc.isenabled()
        w = QLabel()
        w.me = w  # a cycle only the collector can free
        ref = weakref.ref(w)
        del w
        junk = [[] for _ in range(collector.thresholds[0] * 2)]  # kept: counts stay high
        qtbot.waitUntil(lambda: ref() is None, timeout=5_000)
        assert len(junk) > collector.thresholds[0]
    finally:
        collector.stop()
    assert gc.isenabled()


def test_stress_loop_survives_with_the_policy(tmp_path: Path) -> None:
    """Worker reads + GUI-thread widget cycles, 200 iterations: no crash (it segfaulted in
    seconds with automatic collection)."""
    from meetingdesk.services.base import Desk

    db = tmp_path / "stress.sqlite"
    Desk.open(f"sqlite:///{db}", user="t").close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(STRESS), str(db), "--iterations", "200"],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "stress ok: 20" in done.stdout
