"""A database file that cannot be used is refused in the reader's language: every code the
store raises has a sentence (ui/team/messages), and a real refusal reads in Japanese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from meetingdesk.store.engine import StoreError
from meetingdesk.ui import labels
from meetingdesk.ui.team.messages import connect_message, store_sentence

STORE = Path(__file__).resolve().parents[2] / "meetingdesk" / "store"
FINDINGS = {"history.py", "guards.py", "audit.py", "verify.py"}  # said by ui/findings
CODE = re.compile(r'\bcode="([a-z_]+)"')
SAMPLE = {
    "path": "/tmp/desk.sqlite",
    "reason": "disk I/O error",
    "schema": "0099",
    "known": "0012",
    "server": "db.example",
    "login": "drafter",
}


def _store_codes() -> set[str]:
    found: set[str] = set()
    for path in STORE.glob("*.py"):
        if path.name not in FINDINGS:
            found.update(CODE.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_store_code_has_a_sentence(qapp) -> None:
    codes = _store_codes()
    assert {"db_not_sqlite", "db_newer_schema", "no_group"} <= codes
    missing = [
        c for c in sorted(codes) if store_sentence(StoreError("x", code=c, **SAMPLE)) is None
    ]
    assert not missing, missing


def test_opening_a_file_that_is_no_database_reads_in_japanese(qapp, japanese, tmp_path) -> None:
    from meetingdesk.services.base import Desk

    notes = tmp_path / "notes.sqlite"
    notes.write_text("minutes of the Friends of the Chair\n", encoding="utf-8")
    before = notes.read_bytes()
    with pytest.raises(StoreError) as refused:
        Desk.open(str(notes), desktop=True)
    assert "not a MeetingDesk database" in str(refused.value)  # the CLI's English
    shown = connect_message(refused.value)
    assert (
        shown
        == f"{notes} は MeetingDesk のデータベースではありません(SQLite ファイルではありません)。"
    )
    assert labels.refusal(refused.value) == shown
    assert notes.read_bytes() == before
    with pytest.raises(StoreError) as folder:
        Desk.open(str(tmp_path), desktop=True)
    assert (
        connect_message(folder.value)
        == f"{tmp_path} はフォルダーです。データベースファイルではありません。"
    )


def test_the_same_in_english(qapp, tmp_path) -> None:
    from meetingdesk.services.base import Desk

    with pytest.raises(StoreError) as missing:
        Desk.open(str(tmp_path / "nowhere" / "desk.sqlite"), desktop=True)
    assert connect_message(missing.value) == f"The folder {tmp_path / 'nowhere'} does not exist."
