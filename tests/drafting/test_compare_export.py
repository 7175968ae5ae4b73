"""Export from the Compare dialog: the comparison on screen saved as a redline PDF or Word file,
written in the background, opened when done; the save box starts in the last export folder."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QSettings, Qt

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _compared(qtbot, view, lang: str = "en"):
    from meetingdesk.ui.drafting import compare as compare_dialog

    dialog = view.open_compare()
    dialog.choose("Zero draft", compare_dialog.CURRENT, lang)
    with qtbot.waitSignal(dialog.compared, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    snap = blocker.args[0]
    inserted = [op.text.strip() for ch in snap.changes for op in ch.ops if op.kind == "insert"]
    deleted = [op.text.strip() for ch in snap.changes for op in ch.ops if op.kind == "delete"]
    # a run of a few words that only the new text has, and one only the old text had
    new_words = max(inserted, key=len)
    old_words = max(deleted, key=len)
    assert len(new_words) > 8 and len(old_words) > 8, (inserted, deleted)
    return dialog, new_words, old_words


def _written(qtbot, dialog, path: Path):
    run = dialog.export(path)
    assert run is not None
    with qtbot.waitSignal(dialog._exporter.done, timeout=60_000):
        pass
    assert run.result is not None, run.error
    return run.result


def _words(text: str) -> str:
    return " ".join(text.split())


def test_export_writes_the_redline_pdf_and_opens_it(qtbot, view, tmp_path, opened) -> None:
    dialog, new_words, old_words = _compared(qtbot, view)
    assert dialog.export_button.isEnabled()
    out = tmp_path / "compare.pdf"
    result = _written(qtbot, dialog, out)
    assert result.path == out and out.exists() and result.pages >= 1
    assert opened == [str(out)]
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    text = _words(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    )
    assert _words(new_words) in text and _words(old_words) in text
    assert "Zero draft" in text


def test_export_as_word_has_tracked_changes(qtbot, view, tmp_path, opened) -> None:
    dialog, new_words, old_words = _compared(qtbot, view)
    out = tmp_path / "compare.docx"
    _written(qtbot, dialog, out)
    with zipfile.ZipFile(out) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    inserted = _words(" ".join(t.text or "" for t in body.iter(f"{W}ins") for t in t.iter(f"{W}t")))
    removed = _words(" ".join(t.text or "" for t in body.iter(f"{W}delText")))
    assert _words(new_words) in inserted
    assert _words(old_words) in removed
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed here")
    converted = subprocess.run(
        [soffice, "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path), str(out)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert converted.returncode == 0, converted.stderr
    assert _words(new_words) in _words((tmp_path / "compare.txt").read_text("utf-8-sig"))


def test_the_save_box_starts_in_the_last_folder_with_a_telling_name(
    qtbot, view, tmp_path, monkeypatch, opened
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from meetingdesk.ui.exports.dialog import K_FOLDER

    last = tmp_path / "exports"
    last.mkdir()
    QSettings().setValue(K_FOLDER, str(last))
    offered: list[str] = []

    def save_as(_parent, _title, start, filters):
        offered.append(start)
        return str(tmp_path / "chosen" / "cmp"), filters.split(";;")[1]  # Word, no suffix

    (tmp_path / "chosen").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    dialog, _new, _old = _compared(qtbot, view, lang="ja")
    run = dialog.export()
    with qtbot.waitSignal(dialog._exporter.done, timeout=60_000):
        pass
    assert offered == [str(last / "declaration-Zero-draft-to-current-redline-ja.pdf")]
    assert run.result is not None and run.result.path == tmp_path / "chosen" / "cmp.docx"
    assert (tmp_path / "chosen" / "cmp.docx").exists()
    assert QSettings().value(K_FOLDER) == str(tmp_path / "chosen")  # the next one starts here


def test_cancelled_save_box_writes_nothing(qtbot, view, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    dialog, _new, _old = _compared(qtbot, view)
    assert dialog.export() is None
    assert dialog._exporter is None


def test_only_changed_clauses_ticked_gives_the_short_file(qtbot, view, tmp_path, opened) -> None:
    """Ticking "Only changed clauses" shortens the file as it shortens the view: the
    clauses left out are named by a marker, the changed ones are there."""
    dialog, new_words, _old = _compared(qtbot, view)
    snap = dialog.snap
    untouched = [ch.uuid for ch in snap.changes if ch.kind == "unchanged" and not ch.renumbered]
    texts = {c.uuid: c.text_en for c in view.ctx.text.clauses if c.kind == "operative"}
    unchanged = [texts[u] for u in untouched if u in texts]
    assert len(unchanged) >= 5
    whole = _written(qtbot, dialog, tmp_path / "whole.pdf")
    qtbot.mouseClick(dialog.only_changed, Qt.MouseButton.LeftButton)
    assert dialog.only_changed.isChecked()
    # the screen says what it left out, as the file will
    import re

    shown = dialog.browser.toPlainText()
    counts = [int(n) for n in re.findall(r"… (\d+) unchanged clauses? left out …", shown)]
    headings = [
        ch for ch in snap.changes[1:] if ch.uuid in untouched and ch.clause_kind != "operative"
    ]
    kept = [ch for ch in headings if ch.new_text and ch.new_text in shown]
    assert kept, "no heading kept for context"  # the sections of the changed clauses stay
    assert counts and sum(counts) + len(kept) == len(untouched)  # every other one counted
    dialog.side.setChecked(True)
    assert "unchanged clause" in dialog.browser.toPlainText()
    dialog.inline.setChecked(True)
    assert dialog.export_options(tmp_path / "x.pdf").only_changed
    short = _written(qtbot, dialog, tmp_path / "short.pdf")
    assert short.sha256 != whole.sha256

    def letters(path: Path) -> str:
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
        return "".join(ch.lower() for ch in out.stdout if ch.isalnum())

    def flat(text: str) -> str:
        return "".join(ch.lower() for ch in text if ch.isalnum())

    short_text, whole_text = letters(short.path), letters(whole.path)
    assert short.pages <= whole.pages and len(short_text) < len(whole_text) * 0.7
    assert flat(new_words) in short_text
    assert "unchangedclauseleftout" in short_text or "unchangedclausesleftout" in short_text
    assert "onlythechangedclausesareshown" in short_text
    for text in unchanged:
        assert flat(text) in whole_text
        assert flat(text) not in short_text
    # the same tick in a Word file
    word = _written(qtbot, dialog, tmp_path / "short.docx")
    import docx

    rows = " ".join(p.text for p in docx.Document(str(word.path)).paragraphs)
    assert "unchanged clause" in rows
    assert all(flat(text) not in flat(rows) for text in unchanged)


def test_the_runs_left_out_are_said_in_japanese(japanese) -> None:
    from meetingdesk.ui.drafting.redline import gap_html

    assert "変更のない条項 12 件を省略" in gap_html(12, side_by_side=False)
    assert "変更のない条項 1 件を省略" in gap_html(1, side_by_side=True)
    assert "unchanged" not in gap_html(12, side_by_side=False)
