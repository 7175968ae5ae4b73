"""Refusals of meetings, logistics, actions, exports and offline work, as the window shows
them under the Japanese catalogue: real pages and dialogs driven into the services'
refusals, the message read back from the box or notice the person sees (issue 19, item 10).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDialogButtonBox

from meetingdesk.services.base import DeskError
from meetingdesk.ui import labels

OK = QDialogButtonBox.StandardButton.Ok


def _no_english(text: str, *names: str) -> None:
    """Nothing English left in text once the names it carries are taken out."""
    rest = text
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(name, " ")
    assert not re.findall(r"[A-Za-z]{2,}", rest), text


def _drive(monkeypatch, dialog_class, fill) -> None:
    """The real dialog, filled by ``fill`` and accepted with its OK button, instead of
    waiting for a person (exec would block the test)."""

    def run(dialog) -> int:
        fill(dialog)
        button = dialog.buttons.button(OK)
        assert button.isEnabled(), "the dialog would not let the person press OK"
        button.click()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", run)


def test_a_taken_delegation_code_typed_in_the_dialog(
    qtbot, japanese, navigate, window, monkeypatch, boxes
) -> None:
    from meetingdesk.ui.logistics.delegation_dialog import DelegationDialog
    from meetingdesk.ui.logistics.delegations_view import DelegationsView

    view = navigate(window, DelegationsView)

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.fields["code"], "can")
        qtbot.keyClicks(dialog.fields["name_en"], "Canada again")

    _drive(monkeypatch, DelegationDialog, fill)
    assert view.add_delegation() is None
    [(kind, title, text)] = boxes.shown
    assert kind == "warning"
    assert text == "代表団コード CAN はこの会合ですでに使われています。"
    _no_english(title)


def test_a_participant_with_a_bad_e_mail_and_a_departure_before_arrival(
    qtbot, japanese, navigate, window, monkeypatch, boxes
) -> None:
    """The dialog's own fields typed in; the times come back in the meeting's zone (Tokyo)
    although the service holds them in UTC."""
    from meetingdesk.ui.logistics.delegations_view import DelegationsView
    from meetingdesk.ui.logistics.participant_dialog import ParticipantDialog

    view = navigate(window, DelegationsView)
    view.delegations.select_where(lambda d: d.code == "FRA")
    tokyo = QTimeZone(b"Asia/Tokyo")
    email = ["axelle@"]

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.fields["family_name"], "Lemaire")
        qtbot.keyClicks(dialog.fields["given_name"], "Axelle")
        qtbot.keyClicks(dialog.fields["email"], email[0])
        dialog.arrival.enabled.setChecked(True)
        dialog.arrival.edit.setDateTime(QDateTime(QDate(2016, 4, 28), QTime(15, 0), tokyo))
        dialog.departure.enabled.setChecked(True)
        dialog.departure.edit.setDateTime(QDateTime(QDate(2016, 4, 27), QTime(10, 0), tokyo))

    _drive(monkeypatch, ParticipantDialog, fill)
    assert view.add_participant() is None
    assert boxes.shown[-1][2] == "Axelle Lemaire のメールアドレス axelle@ は正しくありません。"

    email[0] = "axelle@example.fr"
    assert view.add_participant() is None
    assert boxes.shown[-1][2] == (
        "Axelle Lemaire の出発日時(2016-04-27 10:00)が到着日時(2016-04-28 15:00)より前です。"
    )
    assert "Lemaire" not in [p.family_name for p in view.participants.rows()]


def test_a_session_that_ends_before_it_starts(
    qtbot, japanese, navigate, window, monkeypatch, boxes
) -> None:
    """The session dialog says it itself and keeps OK off; the service refuses such times
    too, and the page says that with the times in the meeting's zone."""
    from meetingdesk.ui.logistics.agenda_view import AgendaView
    from meetingdesk.ui.logistics.session_dialog import SessionDialog

    view = navigate(window, AgendaView)
    meeting = window.hub.meeting
    dialog = SessionDialog(window.hub.desk, meeting, None, view)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_en, "Late start")
    dialog.start.setTime(QTime(10, 0))
    dialog.end.setTime(QTime(9, 30))
    dialog.validate()
    assert not dialog.buttons.button(OK).isEnabled()
    assert any("終了" in p for p in dialog.problems()), dialog.problems()
    values = dialog.values()
    monkeypatch.setattr(SessionDialog, "get_session", classmethod(lambda cls, *a: (values, True)))
    assert view.add_session() is None
    day = dialog.chosen_day().isoformat()
    assert boxes.shown[-1][2] == (
        f"セッション Late start の終了({day} 09:30)が開始({day} 10:00)より前です。"
    )


def test_an_action_without_an_owner(qtbot, japanese, navigate, window) -> None:
    from meetingdesk.services.drafting import documents
    from meetingdesk.ui.actions import ActionPlanView
    from meetingdesk.ui.actions.new_action_dialog import NewAction

    view = navigate(window, ActionPlanView)
    annex = next(
        d
        for d in documents.list_documents(window.hub.desk, window.hub.meeting_id)
        if d.kind == "annex"
    )
    fields = NewAction(
        annex_id=annex.id,
        text_en="Share good practice on spectrum.",
        text_ja="",
        title_en="Spectrum",
        title_ja="",
        owner_code="",
        partner_codes=(),
        target_date=None,
        status="proposed",
    )
    assert view.new_action(fields) is None
    shown = view.notice.text()
    assert "行動には担当代表団が必要です(JPN のようなコード)。" in shown
    _no_english(shown, "JPN")
    assert view.notice.isVisible()


def test_an_export_into_a_missing_folder(qtbot, japanese, window, boxes, tmp_path) -> None:
    from meetingdesk.ui.exports import ExportController, ExportOptions

    controller = ExportController(window.hub, window)
    out = tmp_path / "no-such-folder" / "agenda.pdf"
    with qtbot.waitSignal(controller.failed, timeout=30_000) as failed:
        controller.start_export(ExportOptions(kind="agenda", out=out))
    folder = str(out.parent)
    assert failed.args[0] == f"フォルダー {folder} はありません。何も書き出していません。"
    [(kind, title, text)] = boxes.shown
    assert kind == "critical" and failed.args[0] in text
    _no_english(title + text, folder, "PDF")
    assert not out.parent.exists()


def test_a_package_check_in_refused(qtbot, japanese, window, boxes, tmp_path) -> None:
    missing = tmp_path / "laptop.mdpkg"
    window.offline.check_in(missing)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=30_000)
    [(kind, title, text)] = boxes.shown
    assert kind == "critical"
    assert text.endswith(f"{missing} はありません。"), text
    _no_english(title + text, str(missing))

    junk = tmp_path / "notes.mdpkg"
    junk.write_text("not a package", encoding="utf-8")
    before = junk.read_bytes()
    window.offline.check_in(junk)
    qtbot.waitUntil(lambda: len(boxes.shown) == 2, timeout=30_000)
    assert "notes.mdpkg は MeetingDesk のパッケージではありません" in boxes.shown[-1][2]
    assert junk.read_bytes() == before


def test_a_backup_over_an_existing_file(qtbot, japanese, window, boxes, tmp_path) -> None:
    taken = tmp_path / "backup.sqlite"
    taken.write_bytes(b"someone's file")
    window.backup_to(taken)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=30_000)
    [(kind, title, text)] = boxes.shown
    assert kind == "critical"
    assert text == (
        f"{taken} はすでにあります。新しいファイル名を選んでください(何も書き出していません)。"
    )
    _no_english(title, "")
    assert taken.read_bytes() == b"someone's file"


def test_refused_values_are_named_with_their_labels(japanese, ui_desk) -> None:
    """A value outside a fixed list is shown as given, the list by its translated labels."""
    from meetingdesk.services import meetings
    from meetingdesk.services.exports import export
    from meetingdesk.services.logistics import agenda, delegations, participants

    meeting = meetings.list_meetings(ui_desk)[0]
    starts = datetime(2016, 4, 29, 1, 0, tzinfo=UTC)
    with pytest.raises(DeskError) as kind:
        agenda.add_session(
            ui_desk,
            meeting.id,
            kind="picnic",
            title_en="Lunch",
            starts_at=starts,
            ends_at=starts.replace(hour=2),
        )
    assert "not one of" in str(kind.value)  # the command line keeps its English
    shown = labels.refusal(kind.value, meeting.time_zone)
    assert shown.startswith("セッションの種類「picnic」は使えません。次のいずれかにしてください: ")
    assert "、".join(labels.session_kind(k) for k in agenda.SESSION_KINDS) in shown
    assert "全体会合、ワーキング・セッション" in shown
    _no_english(labels.refusal(kind.value), "picnic")

    with pytest.raises(DeskError) as dkind:
        delegations.add_delegation(ui_desk, meeting.id, code="KOR", kind="observer")
    assert labels.refusal(dkind.value) == (
        "代表団の種別「observer」は使えません。次のいずれかにしてください: "
        "メンバー、招待国、国際機関。"
    )

    fra = delegations.find_delegation(ui_desk, meeting.id, "FRA")
    with pytest.raises(DeskError) as role:
        participants.add_participant(ui_desk, fra.id, family_name="Roux", role="chef")
    shown = labels.refusal(role.value)
    assert shown.startswith("Roux の役割「chef」は使えません。") and "代表団長、次席代表" in shown

    with pytest.raises(DeskError) as gone:
        agenda.edit_session(ui_desk, 987654, expected_version=1, title_en="x")
    assert labels.refusal(gone.value) == (
        "セッション 987654 はもうありません(他の人が削除した可能性があります)。"
        "再読み込みしてやり直してください。"
    )

    with pytest.raises(DeskError) as paper:
        export(ui_desk, "agenda", "/tmp/never.pdf", meeting_id=meeting.id, paper="b5")
    assert labels.refusal(paper.value) == (
        "用紙サイズ「b5」は使えません。次のいずれかにしてください: A4、US レター。"
    )
    with pytest.raises(DeskError) as what:
        export(ui_desk, "poster", "/tmp/never.pdf", meeting_id=meeting.id)
    shown = labels.refusal(what.value)
    assert shown.startswith("出力の種類「poster」は使えません。") and "最終テキスト" in shown
    _no_english(shown, "poster", "ID")


def test_every_area_refusal_reads_in_english_too(qapp, ui_desk) -> None:
    """Under no catalogue the same codes say it in English, with the labels' English."""
    from meetingdesk.services import meetings
    from meetingdesk.services.logistics import delegations

    meeting = meetings.list_meetings(ui_desk)[0]
    with pytest.raises(DeskError) as rule:
        delegations.set_precedence(ui_desk, meeting.id, "random")
    assert labels.refusal(rule.value) == (
        "The order of precedence “random” is not one of: Summit protocol (host, members, EU, "
        "invited), Alphabetical (English), Alphabetical (French), Japanese (gojūon order), "
        "Manual order."
    )


def test_an_export_onto_a_folder(qtbot, japanese, window, boxes, tmp_path) -> None:
    """A PDF and a Word file named like an existing folder: refused, the folder untouched."""
    from meetingdesk.ui.exports import ExportController, ExportOptions

    controller = ExportController(window.hub, window)
    for fmt, kind, name in (("pdf", "agenda", "agenda.pdf"), ("docx", "final", "final.docx")):
        out = tmp_path / name
        out.mkdir()
        options = ExportOptions(kind=kind, out=out, document="declaration", fmt=fmt)
        with qtbot.waitSignal(controller.failed, timeout=30_000) as failed:
            controller.start_export(options)
        assert failed.args[0] in (
            f"{out} はフォルダーです。ファイル名を指定してください。",  # seen before writing
            f"{out} を書き出せませんでした: フォルダーです。ファイル名を指定してください。",
        ), fmt
        assert out.is_dir() and not any(out.iterdir())


def test_a_japanese_font_that_is_not_there(
    qtbot, japanese, window, boxes, tmp_path, monkeypatch
) -> None:
    """The font named in MEETINGDESK_CJK_FONT is missing: the export says which file and
    what to install or set, in Japanese; nothing is written."""
    from meetingdesk.ui.exports import ExportController, ExportOptions

    font = tmp_path / "fonts" / "mincho.ttf"
    monkeypatch.setenv("MEETINGDESK_CJK_FONT", str(font))
    controller = ExportController(window.hub, window)
    out = tmp_path / "agenda.pdf"
    with qtbot.waitSignal(controller.failed, timeout=30_000) as failed:
        controller.start_export(ExportOptions(kind="agenda", out=out))
    shown = failed.args[0]
    assert shown.startswith(f"日本語フォント {font} はありません。日本語の TrueType フォントを")
    assert "MEETINGDESK_CJK_FONT に .ttf/.ttc ファイルのパスを設定してください。" in shown
    assert not out.exists()
