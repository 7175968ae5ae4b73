"""The window is shown before the database layer is imported; the pages fill behind it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from meetingdesk.ui.main_window import MainWindow

SHOWN_WITHOUT_DATABASE_LAYER = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from meetingdesk.ui.main_window import MainWindow
window = MainWindow()
window.show()
app.processEvents()
heavy = sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy"
               or m.startswith(("meetingdesk.model", "meetingdesk.services")))
print("visible" if window.isVisible() else "hidden")
print(len(heavy), heavy[:5])
"""


def test_the_window_shows_before_sqlalchemy_and_the_model_are_imported(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", SHOWN_WITHOUT_DATABASE_LAYER],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "visible"
    assert lines[1] == "0 []", f"imported before the first paint: {lines[1]}"


def test_open_first_fills_the_pages_in_the_background(qtbot, ui_desk):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    # shown and waiting: menus and navigation off, nothing built, the bar says what opens
    assert not window.menuBar().isEnabled() and not window.nav.isEnabled()
    assert window.views == [] and window.hub.desk is None
    assert window.opening_label.isVisible() and not window.demo_banner.isVisible()
    window.open_first(ui_desk.url, remember=False)
    assert window.opening_label.text() == "Opening the database…"
    with qtbot.waitSignal(window.ready, timeout=60_000):
        pass
    assert window.menuBar().isEnabled() and window.nav.isEnabled()
    assert not window.opening_label.isVisible() and window.stack.isVisible()
    assert window.hub.meeting is not None
    assert window.meetings_listed()[0].id == window.hub.meeting_id
    assert window.current_view() is not None
    window.hub.desk.close()


def test_a_start_on_the_drafting_page_becomes_ready(qtbot, ui_desk):
    from meetingdesk.ui import settings

    window = MainWindow()
    qtbot.addWidget(window)
    settings.save_window(window.saveGeometry(), window.saveState(), 5)  # Drafting, last time
    window.show()
    with qtbot.waitSignal(window.ready, timeout=60_000):
        window.open_first(ui_desk.url, remember=False)
    assert type(window.current_view()).__name__ == "DraftingView"
    window.hub.desk.close()


def test_open_first_reports_a_bad_file_in_one_line_and_leaves_it(qtbot, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 20)
    before = bad.read_bytes()
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.start_failed, timeout=60_000) as blocker:
        window.open_first(f"sqlite:///{bad}", remember=False)
    (reason,) = blocker.args
    assert "not a MeetingDesk database" in reason and "\n" not in reason
    assert bad.read_bytes() == before
    assert window.hub.desk is None and not window.nav.isEnabled()


def test_open_first_on_a_folder_names_it(qtbot, tmp_path):
    folder = tmp_path / "a-folder.sqlite"
    folder.mkdir()
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.start_failed, timeout=60_000) as blocker:
        window.open_first(f"sqlite:///{folder}", remember=False)
    assert "folder" in blocker.args[0] and "\n" not in blocker.args[0]


def test_demo_preparation_runs_before_the_pages_and_its_problem_is_told(qtbot, tmp_path):
    def prepare(_desk) -> str:
        return "the demo could not be written"

    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.start_problem, timeout=60_000) as blocker:
        window.open_first(f"sqlite:///{Path(tmp_path) / 'empty.sqlite'}", prepare, remember=False)
    assert blocker.args == ["the demo could not be written"]
    assert window.hub.desk is not None and window.nav.isEnabled()
    window.hub.desk.close()
