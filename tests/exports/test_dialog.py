"""The Export PDF dialog turns what the person picks into the right ExportOptions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from meetingdesk.ui.exports import ExportDialog, ExportOptions, default_file_name
from meetingdesk.ui.exports.dialog import K_FOLDER

from .conftest import doc_id


def test_default_file_names() -> None:
    assert (
        default_file_name("final", document="declaration", revision="Rev.2", lang="en")
        == "declaration-Rev.2-en.pdf"
    )
    assert (
        default_file_name("compilation", document="declaration", revision="Zero draft")
        == "declaration-Zero-draft-compilation-both.pdf"
    )
    assert (
        default_file_name("redline", document="charter", from_label="Rev.1", lang="ja")
        == "charter-Rev.1-to-current-redline-ja.pdf"
    )
    assert default_file_name("badges", meeting="g7/ict 2016") == "g7-ict-2016-badges-both.pdf"
    assert default_file_name("annex", meeting="g7") == "g7-actions-both.pdf"
    assert default_file_name("followup", meeting="g7", lang="en") == "g7-followup-en.pdf"
    with pytest.raises(ValueError):
        default_file_name("poster")


def _dialog(qtbot, hub, **preset) -> ExportDialog:
    dialog = ExportDialog(hub.desk, hub.meeting, None, **preset)
    qtbot.addWidget(dialog)
    return dialog


def test_preset_revision_gives_final_options_and_name(qtbot, hub, tmp_path: Path) -> None:
    QSettings().setValue(K_FOLDER, str(tmp_path))
    decl = doc_id(hub, "declaration")
    dialog = _dialog(qtbot, hub, kind="final", document_id=decl, revision_label="Rev.2")
    dialog._select(dialog.lang, "en")
    o = dialog.options()
    assert (o.kind, o.document, o.revision, o.lang, o.paper) == (
        "final",
        "declaration",
        "Rev.2",
        "en",
        "a4",
    )
    assert o.out == tmp_path / "declaration-Rev.2-en.pdf"
    kwargs = o.service_kwargs()
    assert kwargs["revision"] == "Rev.2" and kwargs["from_label"] is None
    assert dialog.problem() == ""


def test_redline_defaults_to_the_revision_before(qtbot, hub, tmp_path: Path) -> None:
    QSettings().setValue(K_FOLDER, str(tmp_path))
    decl = doc_id(hub, "declaration")
    dialog = _dialog(qtbot, hub, kind="redline", document_id=decl, revision_label="Rev.2")
    assert not dialog.form.isRowVisible(dialog.revision)
    assert dialog.form.isRowVisible(dialog.from_rev)
    dialog._select(dialog.paper, "letter")
    dialog.confidential.setText("  CONFIDENTIAL  ")
    o = dialog.options()
    assert (o.from_label, o.to_label, o.paper) == ("Rev.1", "Rev.2", "letter")
    assert o.out.name == "declaration-Rev.1-to-Rev.2-redline-both.pdf"
    kwargs = o.service_kwargs()
    assert kwargs["confidential"] == "CONFIDENTIAL"
    assert kwargs["revision"] is None and kwargs["document"] == "declaration"
    # the same text on both sides is refused with a reason
    dialog._select(dialog.from_rev, "Rev.2")
    assert "two different" in dialog.problem()


def test_meeting_kinds_hide_the_document_rows(qtbot, hub, tmp_path: Path) -> None:
    QSettings().setValue(K_FOLDER, str(tmp_path))
    dialog = _dialog(qtbot, hub, kind="agenda")
    assert not dialog.form.isRowVisible(dialog.document)
    o = dialog.options()
    assert o.kind == "agenda" and o.service_kwargs()["document"] is None
    assert o.out == tmp_path / f"{hub.meeting.short_name}-agenda-both.pdf"
    dialog._select(dialog.kind, "participants")
    assert dialog.options().out.name == f"{hub.meeting.short_name}-participants-both.pdf"


def test_annex_of_actions_lists_only_annexes(qtbot, hub, tmp_path: Path) -> None:
    QSettings().setValue(K_FOLDER, str(tmp_path))
    decl = doc_id(hub, "declaration")
    dialog = _dialog(qtbot, hub, kind="final", document_id=decl)
    dialog._select(dialog.kind, "annex")
    shown = [dialog.document.itemText(i) for i in range(dialog.document.count())]
    assert shown and all("(annex)" in text for text in shown)
    assert not dialog.form.isRowVisible(dialog.revision)
    o = dialog.options()
    assert (o.kind, o.document) == ("annex", "annex")
    assert o.out.name == "annex-actions-both.pdf"
    assert o.service_kwargs()["document"] == "annex"
    dialog._select(dialog.kind, "final")  # back: every document again, the annex kept
    assert dialog.document.count() == len(dialog.documents)
    assert dialog.options().document == "annex"


def test_redline_without_revisions_is_explained(qtbot, hub) -> None:
    dialog = _dialog(qtbot, hub, kind="redline", document_id=doc_id(hub, "charter"))
    assert "no revision yet" in dialog.problem()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisibleTo(dialog) and "Rev.1" in dialog.error.text()


def test_own_file_name_sticks_and_gets_pdf_suffix(qtbot, hub, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, hub, kind="final", document_id=doc_id(hub, "declaration"))
    qtbot.keyClicks(dialog.out, "x")  # typing stops the automatic name
    dialog.out.setText(str(tmp_path / "for-ministers"))
    dialog._select(dialog.lang, "ja")
    assert dialog.options().out == tmp_path / "for-ministers.pdf"
    dialog.out.setText("")
    assert "where to write" in dialog.problem()
    dialog.out.setText(str(tmp_path))
    assert "folder" in dialog.problem()


def test_choose_uses_the_save_dialog(qtbot, hub, tmp_path: Path, monkeypatch) -> None:
    dialog = _dialog(qtbot, hub, kind="book")
    asked: list[str] = []

    def answer(start: str) -> str:
        asked.append(start)
        return str(tmp_path / "book.pdf")

    monkeypatch.setattr(dialog, "ask_file", answer)
    dialog.browse.click()
    assert asked and asked[0].endswith("-book-both.pdf")
    dialog._select(dialog.lang, "en")  # a picked name is not renamed afterwards
    assert dialog.options().out == tmp_path / "book.pdf"


def test_get_options_accepts_and_remembers(qtbot, hub, tmp_path: Path, monkeypatch) -> None:
    QSettings().setValue(K_FOLDER, str(tmp_path))

    def exec_(self) -> int:
        self.open_when_done.setChecked(False)
        self._select(self.lang, "ja")
        self.accept()
        return self.result()

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    options, accepted = ExportDialog.get_options(None, hub.desk, hub.meeting, kind="nameplates")
    assert accepted
    assert isinstance(options, ExportOptions)
    assert (options.kind, options.lang, options.open_when_done) == ("nameplates", "ja", False)
    settings = QSettings()
    assert settings.value("export/lang") == "ja"
    assert str(settings.value("export/open_when_done")).lower() == "false"
    assert Path(str(settings.value(K_FOLDER))) == tmp_path


def test_get_options_cancelled(qtbot, hub, monkeypatch) -> None:
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    assert ExportDialog.get_options(None, hub.desk, hub.meeting) == (None, False)


def test_redline_offers_only_changed_clauses_and_writes_the_short_file(
    qtbot, hub, controller, opened, tmp_path: Path
) -> None:
    import subprocess

    from PySide6.QtCore import Qt

    QSettings().setValue(K_FOLDER, str(tmp_path))
    decl = doc_id(hub, "declaration")
    dialog = _dialog(qtbot, hub, kind="redline", document_id=decl, revision_label="Rev.2")
    dialog._select(dialog.lang, "ja")
    assert dialog.form.isRowVisible(dialog.only_changed)
    assert not dialog.only_changed.isChecked() and not dialog.options().only_changed
    qtbot.mouseClick(dialog.only_changed, Qt.MouseButton.LeftButton)
    o = dialog.options()
    assert o.only_changed and o.service_kwargs()["only_changed"]
    assert o.out.name == "declaration-Rev.1-to-Rev.2-redline-changed-ja.pdf"
    dialog._select(dialog.fmt, "docx")
    assert dialog.options().word_kwargs()["only_changed"]
    dialog._select(dialog.fmt, "pdf")
    with qtbot.waitSignal(controller.exported, timeout=60_000):
        controller.start_export(dialog.options())
    text = subprocess.run(
        ["pdftotext", str(o.out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "変更のない条項" in "".join(text.split())
    assert opened == [str(o.out)]
    # other kinds have nothing to leave out: the row hides and the choice is not passed on
    dialog._select(dialog.kind, "final")
    assert not dialog.form.isRowVisible(dialog.only_changed)
    assert not dialog.options().only_changed
