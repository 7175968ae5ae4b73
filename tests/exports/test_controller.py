"""The export controller writes PDFs in the background, opens them, reports failures and
cancels without leaving anything behind."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from meetingdesk.services import exports
from meetingdesk.ui.exports import ExportController, ExportDialog, ExportOptions

from .conftest import doc_id, make_hub


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def test_export_in_background_writes_and_opens(qtbot, controller, statuses, opened, tmp_path):
    out = tmp_path / "declaration-Rev.2-en.pdf"
    options = ExportOptions(kind="final", out=out, document="declaration", revision="Rev.2")
    results = []
    controller.exported.connect(results.append)
    with qtbot.waitSignal(controller.done, timeout=30_000):
        run = controller.start_export(options)
        assert run is not None and run in controller.runs
    assert out.read_bytes().startswith(b"%PDF")
    assert results and results[0].path == out and results[0].pages == _pages(out)
    assert opened == [str(out)]
    assert any(str(out) in s and "pages" in s for s in statuses)
    assert controller.runs == []
    assert not list(tmp_path.glob("*.part"))  # the atomic write left no temporary file


@pytest.mark.parametrize("kind", ["agenda", "badges", "annex", "followup"])
def test_meeting_kinds_without_opening(qtbot, controller, opened, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    options = ExportOptions(kind=kind, out=out, lang="ja", open_when_done=False)
    with qtbot.waitSignal(controller.exported, timeout=30_000) as blocker:
        controller.start_export(options)
    assert blocker.args[0].kind == kind
    assert out.read_bytes().startswith(b"%PDF")
    assert opened == []


def test_export_on_each_engine(qtbot, desk, tmp_path):
    """The same background export on SQLite and on PostgreSQL."""
    from meetingdesk.demo.meeting import load_demo

    load_demo(desk)
    host = QWidget()
    qtbot.addWidget(host)
    controller = ExportController(make_hub(desk), host)
    out = tmp_path / "compilation.pdf"
    options = ExportOptions(kind="compilation", out=out, document="declaration", revision="Rev.1")
    with qtbot.waitSignal(controller.exported, timeout=60_000):
        controller.start_export(options)
    assert out.read_bytes().startswith(b"%PDF") and _pages(out) >= 1


@pytest.fixture
def held(monkeypatch):
    """Hold every export at its start until the test lets it go."""
    started, go = threading.Event(), threading.Event()
    real = exports.export

    def slow(*args, **kwargs):
        started.set()
        go.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(exports, "export", slow)
    return started, go


def _click_cancel(run) -> None:
    button = run.progress.findChild(QPushButton)
    assert button is not None
    button.click()


def test_cancel_leaves_no_file(qtbot, controller, statuses, opened, held, tmp_path):
    started, go = held
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "book.pdf"
    cancelled = []
    controller.cancelled.connect(lambda: cancelled.append(True))
    run = controller.start_export(ExportOptions(kind="book", out=out))
    assert started.wait(30)
    _click_cancel(run)
    with qtbot.waitSignal(controller.done, timeout=30_000):
        go.set()
    assert not out.exists()
    assert list(folder.iterdir()) == []  # no half-written .part either
    assert cancelled == [True]
    assert "Export cancelled; nothing written" in statuses
    assert opened == []


def test_cancel_keeps_the_previous_file(qtbot, controller, held, tmp_path, boxes):
    started, go = held
    out = tmp_path / "participants.pdf"
    out.write_bytes(b"%PDF-1.4 the copy circulated yesterday")
    run = controller.start_export(ExportOptions(kind="participants", out=out))
    assert started.wait(30)
    _click_cancel(run)
    with qtbot.waitSignal(controller.done, timeout=30_000):
        go.set()
    assert out.read_bytes() == b"%PDF-1.4 the copy circulated yesterday"
    assert boxes.shown == []  # a cancel is not an error


def test_missing_folder_shows_the_reason(qtbot, controller, statuses, opened, boxes, tmp_path):
    out = tmp_path / "no-such-folder" / "agenda.pdf"
    with qtbot.waitSignal(controller.failed, timeout=30_000) as blocker:
        controller.start_export(ExportOptions(kind="agenda", out=out))
    assert "does not exist" in blocker.args[0]
    assert boxes.kinds() == ["critical"]
    assert "no-such-folder" in boxes.texts() and "nothing was changed" in boxes.texts()
    assert not out.parent.exists()
    assert opened == []
    assert "Export failed; nothing written" in statuses


def test_bad_revision_is_a_message_not_a_crash(qtbot, controller, boxes, tmp_path):
    out = tmp_path / "x.pdf"
    options = ExportOptions(kind="final", out=out, document="declaration", revision="Rev.9")
    with qtbot.waitSignal(controller.failed, timeout=30_000):
        controller.start_export(options)
    assert "Rev.9" in boxes.texts()
    assert not out.exists()


def test_export_document_presets_the_dialog(qtbot, controller, monkeypatch, tmp_path):
    asked = {}

    def get_options(parent, desk, meeting, **preset):
        asked.update(preset)
        out = tmp_path / "decl.pdf"
        return ExportOptions(kind=preset["kind"], out=out, document="declaration"), True

    monkeypatch.setattr(ExportDialog, "get_options", staticmethod(get_options))
    decl = doc_id(controller.hub, "declaration")
    with qtbot.waitSignal(controller.exported, timeout=30_000):
        controller.export_document(decl, "Rev.1")
    # the declaration is under negotiation: the compilation text of the revision on screen
    assert asked == {"kind": "compilation", "document_id": decl, "revision_label": "Rev.1"}
    assert (tmp_path / "decl.pdf").exists()


def test_export_kind_and_dialog_cancelled_write_nothing(qtbot, controller, monkeypatch):
    kinds = []

    def get_options(parent, desk, meeting, **preset):
        kinds.append(preset["kind"])
        return None, False

    monkeypatch.setattr(ExportDialog, "get_options", staticmethod(get_options))
    assert controller.export_kind("badges") is None
    assert controller.export_dialog() is None
    assert kinds == ["badges", "final"]
    assert controller.runs == []


def test_no_meeting_says_so(qtbot, controller, boxes, tmp_path):
    controller.hub.set_meeting(None)
    assert controller.export_kind("agenda") is None
    assert controller.start_export(ExportOptions(kind="agenda", out=tmp_path / "a.pdf")) is None
    assert boxes.kinds() == ["information", "information"]
    assert "meeting" in boxes.texts()


def test_export_dialog_starts_on_the_open_document(qtbot, controller, monkeypatch):
    asked = []

    def get_options(parent, desk, meeting, **preset):
        asked.append(preset)
        return None, False

    monkeypatch.setattr(ExportDialog, "get_options", staticmethod(get_options))
    decl = doc_id(controller.hub, "declaration")
    controller.current_document = lambda: decl  # the drafting page shows the declaration
    assert controller.export_dialog() is None
    assert asked[-1]["document_id"] == decl and asked[-1]["kind"] == "compilation"
    controller.current_document = lambda: None  # nothing open: the final text, any document
    controller.export_dialog()
    assert asked[-1]["kind"] == "final" and asked[-1].get("document_id") is None


def test_the_window_tells_the_exporter_which_document_is_open(qtbot, window):
    window.nav.setCurrentRow(window.pages.row_named("DraftingView"))
    qtbot.waitUntil(lambda: window.drafting.document_id is not None, timeout=10_000)
    assert window.exporter.current_document() == window.drafting.document_id
