# SPDX-License-Identifier: GPL-3.0-or-later
"""Word and Akoma Ntoso from the window's export dialog: the format choice, its file name,
its refusals, and the background write."""

from __future__ import annotations

import docx

from meetingdesk.ui.exports import ExportDialog, ExportOptions

from .conftest import doc_id


def test_dialog_offers_word_and_akn_with_their_names_and_rules(qtbot, hub, tmp_path):
    dialog = ExportDialog(hub.desk, hub.meeting, kind="redline",
                          document_id=doc_id(hub, "declaration"))  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("docx"))
    o = dialog.options()
    assert o.fmt == "docx" and o.out.suffix == ".docx" and o.kind == "redline"
    assert "redline" in o.out.name
    assert dialog.problem() == ""
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("akn"))
    assert "choose the final text" in dialog.problem()
    dialog.kind.setCurrentIndex(dialog.kind.findData("final"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("both"))
    assert "one language per file" in dialog.problem()
    dialog.lang.setCurrentIndex(dialog.lang.findData("ja"))
    assert dialog.problem() == "" and dialog.options().out.name.endswith("-akn-ja.xml")
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("docx"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("agenda"))
    assert "hold a document's text" in dialog.problem()


def test_controller_writes_word_and_akn_in_the_background(
    qtbot, controller, statuses, opened, tmp_path
):
    out = tmp_path / "redline.docx"
    options = ExportOptions(kind="redline", out=out, document="declaration",
                            from_label="Rev.1", to_label="Rev.2", fmt="docx",
                            open_when_done=False)  # fmt: skip
    with qtbot.waitSignal(controller.exported, timeout=60_000) as got:
        controller.start_export(options)
    assert got.args[0].path == out
    body = docx.Document(str(out))._element.xml
    assert "<w:ins " in body and "<w:del " in body
    assert any(f"Wrote {out}" == s for s in statuses)
    xml = tmp_path / "declaration.xml"
    options = ExportOptions(kind="final", out=xml, document="declaration", revision="Rev.2",
                            lang="ja", fmt="akn", open_when_done=False)  # fmt: skip
    with qtbot.waitSignal(controller.exported, timeout=60_000):
        controller.start_export(options)
    assert b"<akomaNtoso" in xml.read_bytes()
