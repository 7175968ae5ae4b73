"""app.py: the database chosen at start-up, the smoke run, translators."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from meetingdesk.app import choose_url, install_translators, load_demo_if_empty
from meetingdesk.ui import settings

ROOT = Path(__file__).resolve().parents[2]
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def run_smoke(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        MEETINGDESK_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        MEETINGDESK_USER="tester",
    )
    env.pop("MEETINGDESK_DB", None)
    code = (
        "import sys; from meetingdesk.app import run_gui; "
        "sys.exit(run_gui(*sys.argv[1:2], smoke=True))"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
    )


def test_smoke_run_shows_the_window_and_counts_delegations(tmp_path, ui_desk):
    result = run_smoke(tmp_path, ui_desk.url)
    assert result.returncode == 0, result.stderr
    # the window is painted first, its pages filled afterwards
    assert result.stdout.strip().splitlines()[-2:] == ["smoke shown", "smoke ok: 10 delegations"]


def test_smoke_run_on_a_bad_file_fails_with_one_line(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 20)
    result = run_smoke(tmp_path, str(bad))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()  # Qt's own remarks go to the log file
    assert len(lines) == 1 and "not a MeetingDesk database" in lines[0]
    assert bad.read_bytes().startswith(b"not a database"), "the file is untouched"


def test_url_order_argument_environment_settings_default(monkeypatch, tmp_path):
    default = choose_url(None)
    assert default.endswith("meetingdesk.sqlite") and default.startswith("sqlite:///")
    settings.remember_database("sqlite:////remembered/x.sqlite")
    assert choose_url(None) == "sqlite:////remembered/x.sqlite"
    monkeypatch.setenv("MEETINGDESK_DB", str(tmp_path / "env.sqlite"))
    assert choose_url(None) == f"sqlite:///{tmp_path / 'env.sqlite'}"
    assert choose_url(str(tmp_path / "arg.sqlite")) == f"sqlite:///{tmp_path / 'arg.sqlite'}"


def test_remembered_server_url_has_no_password():
    settings.remember_database("postgresql+psycopg://ann:secret@db.example:5432/md")
    assert settings.last_database() == "postgresql+psycopg://ann@db.example:5432/md"
    assert "secret" not in " ".join(settings.recent_databases())


def test_empty_database_gets_the_demo_meeting_when_available(sqlite_desk):
    import importlib.util

    from meetingdesk.services.meetings import list_meetings

    if importlib.util.find_spec("meetingdesk.demo.meeting") is None:
        pytest.skip("meetingdesk.demo.meeting is not written yet")
    assert load_demo_if_empty(sqlite_desk) == ""
    found = list_meetings(sqlite_desk)
    assert len(found) == 1
    assert load_demo_if_empty(sqlite_desk) == "" and len(list_meetings(sqlite_desk)) == 1


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
def test_japanese_translation_is_loaded_from_a_qm_file(qapp, tmp_path):
    source = ROOT / "resources" / "translations" / "meetingdesk_ja.ts"
    qm = tmp_path / "meetingdesk_ja.qm"
    subprocess.run([str(LRELEASE), str(source), "-qm", str(qm)], check=True, capture_output=True)
    before = QLocale()
    installed = install_translators(qapp, "ja", qm_dir=tmp_path)
    try:
        assert len(installed) >= 1
        assert QCoreApplication.translate("Actions", "&File") != "&File"
        assert QCoreApplication.translate("MainWindow", "MeetingDesk")
        assert QCoreApplication.translate("DelegationsView", "Delegations") == "代表団"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("DelegationsView", "Delegations") == "Delegations"


def test_missing_translation_is_not_an_error(qapp, tmp_path):
    before = QLocale()
    installed = install_translators(qapp, "fi", qm_dir=tmp_path)  # no meetingdesk_fi.qm here
    try:
        assert not any(t.filePath().startswith(str(tmp_path)) for t in installed)
        assert QCoreApplication.translate("DelegationsView", "Delegations") == "Delegations"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_start_up_does_not_import_heavy_modules(tmp_path, ui_desk):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import meetingdesk.app, meetingdesk.ui.main_window\n"
        "from meetingdesk.services.base import Desk\n"
        "from meetingdesk.ui.main_window import MainWindow\n"
        f"w = MainWindow(Desk.open({ui_desk.url!r}))\n"
        "heavy = [m for m in ('reportlab', 'openpyxl', 'icalendar') if m in sys.modules]\n"
        "print(','.join(heavy) or 'none')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "none"


def test_lupdate_source_lists_the_view_names():
    text = (ROOT / "resources" / "translations" / "meetingdesk_ja.ts").read_text(encoding="utf-8")
    for name in ("Overview", "Agenda", "Delegations", "Documents", "Action plan", "&amp;File"):
        assert f"<source>{name}</source>" in text


def test_recent_databases_keep_the_last_eight_newest_first():
    for n in range(10):
        settings.remember_database(f"sqlite:////data/db{n}.sqlite")
    settings.remember_database("sqlite:////data/db3.sqlite")  # used again: moves to the top
    recent = settings.recent_databases()
    assert len(recent) == 8
    assert recent[0] == "sqlite:////data/db3.sqlite"
    assert recent[1:3] == ["sqlite:////data/db9.sqlite", "sqlite:////data/db8.sqlite"]
    assert len(set(recent)) == 8
    assert settings.last_database() == "sqlite:////data/db3.sqlite"


def test_japanese_is_compiled_from_the_shipped_source(qapp, tmp_path, monkeypatch):
    """A pip install has only the .ts: the first Japanese start compiles it into the cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    before = QLocale()
    installed = install_translators(qapp, "ja")
    try:
        ours = [t for t in installed if "meetingdesk_ja" in t.filePath()]
        assert ours and ours[0].filePath().startswith(str(tmp_path / "cache"))
        assert QCoreApplication.translate("DelegationsView", "Delegations") == "代表団"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    again = install_translators(qapp, "ja")  # the cached file is reused, not rebuilt
    try:
        assert [t.filePath() for t in again if "meetingdesk_ja" in t.filePath()] == [
            ours[0].filePath()
        ]
    finally:
        for translator in again:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_qt_messages_go_to_the_log_not_the_terminal(qapp, caplog):
    import logging

    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from meetingdesk.ui import crash

    previous = crash.route_qt_messages()
    try:
        with caplog.at_level(logging.WARNING, logger="meetingdesk.qt"):
            qWarning("This plugin does not support propagateSizeHints()")
    finally:
        qInstallMessageHandler(previous)
    assert [r.levelno for r in caplog.records if r.name == "meetingdesk.qt"] == [logging.WARNING]
    assert "propagateSizeHints" in caplog.records[-1].getMessage()
