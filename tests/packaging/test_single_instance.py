"""Single instance: a later start hands its package to the running window over a local socket."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QUrl  # noqa: E402
from PySide6.QtGui import QFileOpenEvent  # noqa: E402
from PySide6.QtNetwork import QLocalServer  # noqa: E402

from meetingdesk.ui.single_instance import InstanceServer, hand_over, server_name  # noqa: E402

# A real second process, as a double-click starts one: it hands over and reports the outcome.
CLIENT = """
import sys
from PySide6.QtCore import QCoreApplication
from meetingdesk.ui.single_instance import hand_over
app = QCoreApplication([])
sys.exit(0 if hand_over(sys.argv[2], sys.argv[1]) else 3)
"""


def _name() -> str:
    return f"meetingdesk-test-{uuid.uuid4().hex[:12]}"


def _client(name: str, path: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-c", CLIENT, name, path], env=env)


@pytest.fixture
def server(qapp):
    instance = InstanceServer(_name())
    assert instance.listen()
    yield instance
    instance.close()


def test_a_second_process_hands_its_package_to_the_first(qtbot, server, tmp_path: Path) -> None:
    package = tmp_path / "会合 draft #1.mdpkg"  # spaces, a hash and Japanese survive
    with qtbot.waitSignal(server.document_received, timeout=15_000) as received:
        client = _client(server.name, str(package))
    assert received.args == [str(package)]
    assert client.wait(15) == 0, "the second process learns the first took the package"


def test_relative_paths_arrive_absolute(qtbot, server, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with qtbot.waitSignal(server.document_received, timeout=15_000) as received:
        client = subprocess.Popen(
            [sys.executable, "-c", CLIENT, server.name, "notes.mdpkg"],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            cwd=tmp_path,
        )
    assert received.args == [str(tmp_path / "notes.mdpkg")]
    assert client.wait(15) == 0


def test_no_running_window_means_no_hand_over(qapp) -> None:
    assert hand_over("/tmp/x.mdpkg", _name()) is False


def test_only_one_server_per_name(server) -> None:
    second = InstanceServer(server.name)
    assert second.listen() is False
    second.close()


def test_a_socket_left_by_a_crashed_window_is_taken_over(qapp, tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("named pipes vanish with their process")
    name = _name()
    crashed = QLocalServer()
    assert crashed.listen(name)
    socket_file = Path(crashed.fullServerName())
    crashed.close()
    socket_file.touch()  # what a killed process leaves behind: the file, nobody listening
    fresh = InstanceServer(name)
    assert fresh.listen()
    fresh.close()


def test_macos_file_open_events_reach_the_same_handler(qtbot, server, qapp) -> None:
    server.watch_file_open_events(qapp)
    try:
        with qtbot.waitSignal(server.document_received, timeout=5_000) as received:
            QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile("/p/a.mdpkg")))
        assert received.args == ["/p/a.mdpkg"]
    finally:
        qapp.removeEventFilter(server)


def test_the_socket_name_is_per_person_and_data_folder(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MEETINGDESK_DATA_DIR", str(tmp_path / "a"))
    first = server_name()
    monkeypatch.setenv("MEETINGDESK_DATA_DIR", str(tmp_path / "b"))
    assert server_name() != first and first.startswith("meetingdesk-")


# --- the running window opens what it is handed ---------------------------------------------


@pytest.fixture
def package(demo_desk, tmp_path: Path) -> Path:
    """A real package of the demo's Declaration, as a drafter takes it to a laptop."""
    from meetingdesk.services.meetings import list_meetings
    from meetingdesk.services.offline import checkout

    out = tmp_path / "declaration.mdpkg"
    checkout(demo_desk, list_meetings(demo_desk)[0].id, ["declaration"], out)
    return out


def test_a_package_handed_over_opens_in_the_running_window(qtbot, window, package) -> None:
    instance = InstanceServer(_name())
    assert instance.listen()
    instance.attach(window)
    try:
        with qtbot.waitSignal(window.database_opened, timeout=60_000) as opened:
            client = _client(instance.name, str(package))
        assert client.wait(15) == 0
        assert opened.args == [str(package)]
        assert window.hub.desk.url.endswith("declaration.mdpkg")
    finally:
        instance.close()


def test_a_file_that_is_not_a_package_is_refused_in_one_line(
    qtbot, window, boxes, tmp_path: Path
) -> None:
    bad = tmp_path / "minutes.mdpkg"
    bad.write_text("Minutes of the 2016 meeting\n", encoding="utf-8")
    before = window.hub.desk.url
    instance = InstanceServer(_name())
    assert instance.listen()
    opener = instance.attach(window)
    try:
        with qtbot.waitSignal(opener.refused, timeout=30_000) as refused:
            client = _client(instance.name, str(bad))
        assert client.wait(15) == 0  # the window took it; refusing is its business
        assert refused.args == ["minutes.mdpkg is not a MeetingDesk package (not an SQLite file)"]
        assert boxes.shown == [("critical", "Package not opened", refused.args[0])]
        assert window.hub.desk.url == before, "the window keeps its database"
        assert bad.read_text(encoding="utf-8") == "Minutes of the 2016 meeting\n"
    finally:
        instance.close()


def test_start_server_answers_once_per_data_folder(qapp) -> None:
    from meetingdesk.ui.single_instance import start_server

    first = start_server(qapp)
    assert first is not None
    try:
        assert start_server(qapp) is None, "a second window does not take over"
    finally:
        first.close()
        qapp.removeEventFilter(first)
