"""What the integrity check finds reads in the window's language.

A real SQLite file is tampered with the way someone with the file would (a clause
version's text rewritten, an audit event deleted, a guard trigger dropped, a signed head
forged), then File → Check database… and the trust banner are read under the Japanese
catalogue: every finding is said in Japanese, naming the right ids and numbers, with no
English left beyond those names. The command line still prints the English.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from meetingdesk.services.base import Desk
from meetingdesk.services.drafting import documents
from meetingdesk.services.meetings import list_meetings
from meetingdesk.ui import labels
from tests.store.tamper_world import drop_guard, raw, restore_guard, scalar

#: words a Japanese line may keep besides the facts it carries
NAMES = ("SQLite", "MeetingDesk", "Word")
ENGLISH = re.compile(r"[A-Za-z]{2,}")


def _tamper(desk: Desk) -> dict:
    """Four moves behind the program's back; what each touched, for the assertions."""
    meeting = list_meetings(desk)[0]
    decl = documents.find_document(desk, meeting.id, "declaration")
    clause = next(
        c
        for c in documents.document_text(desk, decl.id).clauses
        if c.text_en == "We welcome cooperation."
    )
    # 1. a clause version's text rewritten, the guard put back afterwards
    drop_guard(desk, "clause_version_no_update")
    raw(
        desk,
        "UPDATE clause_version SET text = 'We welcome nothing.' WHERE id = :v",
        v=clause.en_version_id,
    )
    restore_guard(desk, "clause_version_no_update")
    # 2. an audit event deleted from the middle of the chain
    with desk.engine.connect() as conn:
        events = [r[0] for r in conn.exec_driver_sql("SELECT id FROM audit_event ORDER BY id")]
    gone = events[len(events) // 2]
    drop_guard(desk, "audit_event_no_delete")
    raw(desk, "DELETE FROM audit_event WHERE id = :i", i=gone)
    restore_guard(desk, "audit_event_no_delete")
    # 3. a signed head whose receipt carries a forged signature
    head = scalar(desk, "SELECT max(id) FROM audit_anchor")
    receipt = json.loads(scalar(desk, "SELECT receipt FROM audit_anchor WHERE id = :h", h=head))
    receipt["signature"] = base64.b64encode(bytes(64)).decode()
    drop_guard(desk, "audit_anchor_no_update")
    raw(
        desk,
        "UPDATE audit_anchor SET receipt = :r WHERE id = :h",
        r=json.dumps(receipt, sort_keys=True),
        h=head,
    )
    restore_guard(desk, "audit_anchor_no_update")
    # 4. a guard trigger dropped and left out
    drop_guard(desk, "clause_version_no_delete")
    return {
        "clause": clause.number.rstrip("."),
        "version": clause.en_version_id,
        "gone": gone,
        "next": events[events.index(gone) + 1],
        "head": head,
        "receipt": receipt,
        "zone": meeting.time_zone,
    }


def _facts(problem: object) -> list[str]:
    """Every value a finding carries (nested findings' too), as text."""
    out: list[str] = []
    for value in getattr(problem, "params", {}).values():
        if getattr(value, "code", ""):
            out += _facts(value)
        elif isinstance(value, list | tuple):
            out += [str(v) for v in value]
        elif not isinstance(value, datetime):
            out.append(str(value))
    return out


def _english_left(line: str, facts: list[str]) -> list[str]:
    rest = line
    for value in sorted(set(facts) | set(NAMES), key=len, reverse=True):
        if value:
            rest = rest.replace(value, " ")
    return ENGLISH.findall(rest)


@pytest.fixture
def tampered(ui_desk: Desk) -> dict:
    return _tamper(ui_desk)


def test_check_dialog_says_every_finding_in_japanese(
    japanese, qtbot, ui_desk: Desk, tampered: dict
) -> None:
    from meetingdesk.ui.main_window import MainWindow

    w = MainWindow(ui_desk)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=20_000):
        w.show()
    with qtbot.waitSignal(w.database_checked, timeout=60_000) as blocker:
        w.actions_.check_database.trigger()
    report = blocker.args[0]
    assert not report.ok
    dialog = w.check_dialog
    assert dialog is not None and dialog.isVisible()
    count = len(report.problems)
    assert dialog.verdict.text() == f"問題が {count} 件見つかりました。"
    assert (
        w.statusBar().currentMessage() == f"データベースの検査: 問題が {count} 件見つかりました。"
    )
    lines = [t for t in dialog.texts() if t.startswith("⚠")]
    assert len(lines) == count
    facts = [f for p in report.problems for f in _facts(p)]
    for line in dialog.texts():
        assert not _english_left(line, facts), line

    versions = report.count("clause_version")
    assert f"条項の版: {versions} 行" in dialog.texts()  # the row counts name what they count
    t = tampered
    assert (
        f"⚠ declaration の条項 {t['clause']}、版 {t['version']}(英語): 本文または履歴が"
        "内容ハッシュと一致しません(改変されたか、つなぎ替えられました)。"
    ) in lines
    assert (
        f"⚠ 監査記録 {t['next']}: その直前で連鎖が切れています(記録が削除されました)。"
    ) in lines
    assert (
        "⚠ 保護が欠けています: テーブル clause_version のトリガー clause_version_no_delete "
        "がありません。"
    ) in lines
    signed = labels.local_time(
        datetime.fromisoformat(t["receipt"]["signed_at"]), t["zone"] or "UTC"
    )
    assert (
        f"⚠ 署名済みの先頭 {t['head']}: {signed} に署名された監査記録 "
        f"{t['receipt']['event_id']} の受領証は、署名を検証できません"
        "(偽造または改変された受領証です)。"
    ) in lines
    # the facts stay data: the same report still prints its English for the command line
    english = [str(p) for p in report.problems]
    assert any(
        p.startswith(f"declaration clause {t['clause']}, version {t['version']} (en)")
        for p in english
    )
    dialog.close()
    w.close()


def test_trust_banner_says_the_first_finding_in_japanese(
    japanese, qtbot, ui_desk: Desk, tampered: dict
) -> None:
    from meetingdesk.store.verify import quick_problems
    from meetingdesk.ui.main_window import MainWindow

    found = quick_problems(ui_desk.url)
    assert found[0].code == "guard_missing"
    w = MainWindow(ui_desk)
    qtbot.addWidget(w)
    assert not w.trust_banner.isHidden()
    text = w.trust_banner.text()
    assert text.startswith(
        f"このデータベースは整合性検査に合格しません。問題 {len(found)} 件、最初の問題: "
        "保護が欠けています: テーブル clause_version のトリガー clause_version_no_delete "
        "がありません。詳しくは"
    ), text
    assert not _english_left(text, _facts(found[0])), text
    w.close()


def test_in_english_the_window_reads_as_the_store_wrote(qtbot, ui_desk: Desk, tampered) -> None:
    from meetingdesk.services.meetings.maintenance import check
    from meetingdesk.ui.meetings.check_report import CheckReportDialog

    report = check(ui_desk)
    dialog = CheckReportDialog(report, zone="Asia/Tokyo")
    qtbot.addWidget(dialog)
    lines = [t for t in dialog.texts() if t.startswith("⚠")]
    assert (
        "⚠ Guard missing: the trigger clause_version_no_delete on table clause_version is gone."
    ) in lines
    assert f"⚠ Audit event {tampered['next']}: the chain is broken before it" in "\n".join(lines)
    assert f"Clause versions: {report.count('clause_version')} row(s)" in dialog.texts()


def test_the_command_line_still_prints_english(ui_desk: Desk, tampered: dict) -> None:
    path = Path(make_url(ui_desk.url).database or "")
    ui_desk.close()
    done = subprocess.run(
        [sys.executable, "main.py", "--db", str(path), "check"],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 1, done.stderr
    out = done.stdout
    t = tampered
    assert (
        f"PROBLEM: declaration clause {t['clause']}, version {t['version']} (en): text or "
        "history does not match its content hash (altered or relinked)"
    ) in out
    assert f"PROBLEM: audit event {t['next']}: chain broken before it (an event was removed)" in out
    assert "PROBLEM: guard missing: trigger clause_version_no_delete on clause_version" in out
    assert f"PROBLEM: signed head {t['head']}: receipt of event" in out
    assert "its signature does not verify (forged or altered receipt)" in out
    assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", out), "Japanese in the CLI's English"


def test_postgresql_guard_findings_read_in_japanese(japanese, desk: Desk) -> None:
    """On the team server the guards can also be switched off or their function replaced:
    those findings, on the real PostgreSQL, are said in Japanese too."""
    from meetingdesk.services.meetings.maintenance import check
    from meetingdesk.ui import findings
    from tests.store.tamper_world import build

    if desk.is_sqlite:
        pytest.skip("PostgreSQL trigger firing modes and functions")
    build(desk)
    raw(desk, "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_delete")
    raw(desk, "ALTER TABLE revision ENABLE REPLICA TRIGGER revision_no_update")
    raw(
        desk,
        "CREATE OR REPLACE FUNCTION meetingdesk_guard_document() RETURNS trigger AS "
        "$$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql",
    )
    report = check(desk)
    said = {p.code: findings.say(p, "Asia/Tokyo") for p in report.problems}
    assert said["guard_disabled"] == (
        "テーブル audit_event の保護トリガー audit_event_no_delete が無効にされています"
        "(通常どおり動作する必要があります)。"
    )
    assert "revision_no_update" in said["guard_replica_only"]
    assert "レプリカでのみ" in said["guard_replica_only"]
    assert said["guard_function_altered"] == (
        "保護の関数が改変されています: テーブル document のトリガー document_guard が呼び出す "
        "meetingdesk_guard_document() は本来のコードではありません。"
    )
    for problem in report.problems:
        assert not _english_left(findings.say(problem, "Asia/Tokyo"), _facts(problem)), problem
