"""Drafting refusals in the window under the Japanese catalogue: the real page, driven as a
person would, says each refusal in Japanese with the clause, the document and the 1-based
character it concerns (issue 19, item 10)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QDate, QTime

from meetingdesk.services.base import DeskError
from meetingdesk.services.drafting import documents, importing
from meetingdesk.services.meetings import create_meeting
from meetingdesk.ui import labels
from meetingdesk.ui.drafting.dialogs import ClauseData, FreezeData, FreezeDialog, InsertClauseDialog
from meetingdesk.ui.drafting.import_dialog import DraftImportDialog
from meetingdesk.ui.drafting.proposals import ProposalData


def _select(view, number: str):
    clause = next(c for c in view.clauses.shown() if c.number == number)
    assert view.clauses.select(clause.id)
    return clause


def _said(boxes) -> str:
    assert boxes.shown, "the window showed no refusal"
    kind, _title, text = boxes.shown[-1]
    assert kind == "warning"
    return text


def _no_english(text: str, *names: str) -> None:
    rest = text
    for name in names:
        rest = rest.replace(name, " ")
    assert not re.findall(r"[A-Za-z]{2,}", rest), text


def test_a_new_clause_with_an_open_bracket_is_refused_in_japanese(
    qtbot, view, boxes, japanese, monkeypatch
) -> None:
    _select(view, "2.")
    data = ClauseData("operative", "We [shall work together.", "")
    monkeypatch.setattr(InsertClauseDialog, "get_clause", classmethod(lambda *a, **k: (data, True)))
    before = len(view.clauses.shown())
    view.insert_after()
    said = _said(boxes)
    assert (
        said == "英語の本文の 4 文字目にマークアップの誤りがあります: 「[」が閉じられていません。"
    )
    assert len(view.clauses.shown()) == before


def test_saving_an_empty_text_is_refused_in_japanese(qtbot, view, boxes, japanese) -> None:
    clause = _select(view, "3.")
    view.editor.edits["en"].setPlainText("   ")
    assert view.editor.save_button.isEnabled()
    assert not view.editor.save()
    assert _said(boxes) == "条項 3 の英語の本文が空です。条項をなくすには削除してください。"
    assert view.ctx.clause(clause.id).text_en == clause.text_en  # nothing was written


def test_a_proposal_with_an_unclosed_bracket_names_the_character(
    qtbot, view, boxes, japanese
) -> None:
    view.tabs.setCurrentWidget(view.proposals)  # the panel files on the clause it shows
    clause = _select(view, "1.")
    assert view.proposals.clause_id == clause.id
    wording = clause.text_en + " [and more"
    data = ProposalData("FRA", "replace", wording, "en", "")
    assert view.proposals.submit(data) is None
    position = len(clause.text_en) + 2  # the "[" counted from 1, as people count
    assert _said(boxes) == (
        f"条項 1 の提案された本文の {position} 文字目にマークアップの誤りがあります: "
        "「[」が閉じられていません。"
    )


def test_a_proposal_on_an_adopted_document_is_refused_in_japanese(
    qtbot, view, boxes, japanese, drafting_desk, declaration
) -> None:
    clause = _select(view, "1.")
    from meetingdesk.model import Document

    with drafting_desk.write() as s:  # adopted elsewhere (another window, another user)
        s.get(Document, declaration.id).status = "adopted"
    data = ProposalData("FRA", "replace", clause.text_en + " Soon.", "en", "")
    assert view.proposals.submit(data) is None
    assert _said(boxes) == "declaration は採択済みで凍結されています。もう編集できません。"


def test_a_freeze_with_a_bad_label_is_refused_in_japanese(
    qtbot, view, boxes, japanese, monkeypatch
) -> None:
    too_long = "R" * 65
    monkeypatch.setattr(
        FreezeDialog,
        "get_freeze",
        classmethod(lambda *a, **k: (FreezeData("chair", "", too_long), True)),
    )
    before = view.ctx.text.document.revision_labels
    view.freeze_action.trigger()
    assert _said(boxes) == "改訂版の名前は1〜64文字にしてください。"
    taken = before[0]
    monkeypatch.setattr(
        FreezeDialog,
        "get_freeze",
        classmethod(lambda *a, **k: (FreezeData("chair", "", taken), True)),
    )
    view.freeze_action.trigger()
    assert _said(boxes) == f"declaration には改訂版 {taken} がすでにあります。"
    assert view.ctx.text.document.revision_labels == before


def test_a_structure_edit_says_its_rule_in_japanese(qtbot, view, boxes, japanese) -> None:
    first = view.clauses.shown()[0]  # nothing above it at the top level
    assert view.clauses.select(first.id)
    assert view.indent_selected() is None
    said = _said(boxes)
    assert said == "この階層の最初の条項は字下げできません：上に受け皿となる条項がありません。"


def test_a_past_silence_deadline_is_shown_in_the_meetings_zone(
    qtbot, view, boxes, japanese
) -> None:
    from meetingdesk.ui.drafting.silence import SilenceDialog

    dialog = SilenceDialog(view.ctx, view.delegations, view)
    qtbot.addWidget(dialog)
    dialog.deadline_date.setDate(QDate(2016, 4, 1))
    dialog.deadline_time.setTime(QTime(12, 0))
    dialog.deadline_zone.setCurrentText("Asia/Tokyo")
    assert not dialog.set_deadline()
    # 12:00 in Tokyo, not 03:00 UTC
    assert _said(boxes) == "沈黙手続の期限 2016-04-01 12:00 はすでに過ぎています。"


@pytest.fixture
def meeting(sqlite_desk):
    return create_meeting(
        sqlite_desk,
        title_en="G7 ICT",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
    )


def test_a_pasted_text_with_an_open_bracket_names_line_and_character(
    qtbot, sqlite_desk, meeting, japanese
) -> None:
    dialog = DraftImportDialog(sqlite_desk, meeting.id, [])
    qtbot.addWidget(dialog)
    job = dialog.load_paste("en", "We meet.\n\nWe [shall act together.\n", "")
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    dialog.form.title_en.setText("Declaration")
    assert dialog.confirm.isEnabled(), dialog.problems()
    job = dialog.write()
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    said = dialog.summary.text()
    assert "3 行目の英語の本文の 4 文字目にマークアップの誤りがあります" in said, said
    assert "「[」が閉じられていません" in said
    assert not documents.list_documents(sqlite_desk, meeting.id)  # nothing was written


def test_plain_text_import_refusals_carry_line_and_position(qapp, sqlite_desk, meeting) -> None:
    """The same refusal as data (the command line keeps its English)."""
    outline = importing.read_pasted("Intro.\n  We [shall act.\n")
    plan = importing.plan_new_document(outline)
    with pytest.raises(DeskError) as refused:
        importing.import_new_document(
            sqlite_desk,
            meeting.id,
            plan,
            kind="declaration",
            title_en="Declaration",
            short_name="declaration",
        )
    assert refused.value.code == "text_markup"
    assert refused.value.params["position"] == 4
    assert refused.value.params["place"] == "line 2"
    assert "(character 4)" in str(refused.value)
    assert labels.refusal(refused.value) == (
        "line 2, the English text: markup error at character 4: '[' is never closed."
    )


def test_enum_refusals_list_the_allowed_values_by_their_labels(japanese, sqlite_desk, meeting):
    with pytest.raises(DeskError) as refused:
        documents.add_document(
            sqlite_desk, meeting.id, short_name="memo", title_en="Memo", kind="memo"
        )
    shown = labels.refusal(refused.value)
    kinds = "、".join(labels.document_kind(k) for k in documents.DOCUMENT_KINDS)
    assert shown == f"memo は文書の種別ではありません。次から選んでください: {kinds}。"
    _no_english(shown, "memo")


def test_a_bad_draft_file_is_named_in_japanese(qtbot, sqlite_desk, meeting, japanese, tmp_path):
    bad = tmp_path / "old.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    dialog = DraftImportDialog(sqlite_desk, meeting.id, [])
    qtbot.addWidget(dialog)
    job = dialog.load_file("en", bad)
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    said = dialog.summary.text()
    assert "old.doc は古い Word 97-2003 の文書(.doc)です。.docx として保存し直してください" in said
    names = ("old.doc", "Word 97-2003", "MeetingDesk", "Markdown", ".docx", ".doc", ".txt", ".md")
    _no_english(said, *names, "Word")


def test_an_empty_paste_is_said_as_the_pasted_text(japanese) -> None:
    with pytest.raises(DeskError) as refused:
        importing.read_pasted("  \n\u3000\n")
    assert refused.value.code == "draft_unreadable"
    assert "the pasted text has no paragraphs" in str(refused.value)  # the CLI's English
    assert labels.refusal(refused.value) == (
        "貼り付けた本文 には本文の段落がありません。取り込むものがありません。"
    )


def test_adoption_reasons_name_their_clauses_in_japanese(
    qtbot, japanese, drafting_desk, declaration
) -> None:
    from meetingdesk.services import drafting
    from meetingdesk.ui.drafting.adoption import AdoptionDialog

    reasons = drafting.adoption_check(drafting_desk, declaration.id)
    assert reasons and all(len(r.named) == len(r.clauses) for r in reasons)
    dialog = AdoptionDialog(declaration.title_en, reasons)
    qtbot.addWidget(dialog)
    items = [dialog.reasons.item(i).text() for i in range(dialog.reasons.count())]
    with_clauses = [i for i, r in zip(items, reasons, strict=True) if r.clauses]
    assert with_clauses and all("条項 " in item for item in with_clauses), items
    for item in items:
        _no_english(item)  # "clause 5" would be English under the Japanese interface
    # the command line keeps its English
    assert any(c.startswith("clause ") for r in reasons for c in r.clauses)


def test_the_import_preview_reports_in_japanese(qtbot, sqlite_desk, meeting, japanese) -> None:
    """English and Japanese that do not match: the preview's report says so in Japanese."""
    dialog = DraftImportDialog(sqlite_desk, meeting.id, [])
    qtbot.addWidget(dialog)
    for lang, text in (("en", "1. We agree.\n2. We end.\n"), ("ja", "1. 合意する。\n")):
        job = dialog.load_paste(lang, text, "")
        qtbot.waitUntil(lambda job=job: job.done, timeout=10_000)
    assert dialog.plan is not None and dialog.plan.mismatches
    items = [dialog.report.item(i).text() for i in range(dialog.report.count())]
    assert any("英語の 2 行目" in item and "に対応する日本語がありません" in item for item in items)
    for item in items:
        _no_english(item)
    assert dialog.table.item(1, 6).text() == "2 行目"  # where each line stands, in Japanese
    # the command line's English is kept in the plan itself
    assert any("has no Japanese" in str(m) for m in dialog.plan.mismatches)


def test_a_resolved_bracket_is_announced_in_japanese(qtbot, view, japanese) -> None:
    clause = next(c for c in view.clauses.shown() if c.open_brackets and c.text_en)
    assert view.clauses.select(clause.id)
    said: list[str] = []
    view.hub.status_message.connect(said.append)
    done = view.resolve_bracket("en", 0, 0)
    assert done is not None
    assert said and said[-1].startswith("角括弧 1 の選択肢 1"), said
    assert view.ctx.undo_stack.undoText().startswith("角括弧 1 の選択肢 1")
    assert done.note.startswith("alternative 1")  # the version's note stays English (audit)
