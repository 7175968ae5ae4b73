"""A dropped connection while the window saves (issue 16, bad input): the server ends the
session (pg_terminate_backend from a second, superuser connection) and the save fails with
one translated message, the text stays in the editor, and Save again succeeds.

Between editing and saving, a dropped idle connection costs nothing: the pool's pre-ping
notices it and the save goes through on a new one."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from sqlalchemy import event, text  # noqa: E402

from meetingdesk.services.base import Desk  # noqa: E402
from meetingdesk.services.drafting import documents  # noqa: E402

from .test_live_window import drafting_window, select  # noqa: E402
from .test_server_roles import head, world  # noqa: E402


def versions_of(desk: Desk, cid: int) -> list[str]:
    with desk.read() as s:
        rows = s.execute(
            text("SELECT text FROM clause_version WHERE clause_id = :c AND language = 'en'"),
            {"c": cid},
        )
        return sorted(rows.scalars())


def type_at_end(qtbot, view, words: str) -> str:
    edit = view.editor.edits["en"]
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, words)
    return edit.toPlainText()


def terminate(pg_factory, where: str, params: dict) -> int:
    with pg_factory.admin.connect() as admin:
        ended = admin.execute(
            text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE {where}"), params
        )
        return len(ended.all())


@pytest.fixture
def drafter_window(qtbot, team_db, staff):
    colleague = staff("secretariat")
    _m, doc_id, cid = world(colleague)
    desk = Desk.open(staff("drafter"), desktop=True)
    view, live = drafting_window(qtbot, desk, doc_id)
    select(view, cid)
    try:
        yield desk, view, doc_id, cid, colleague
    finally:
        live.stop()
        desk.close()


def test_a_save_cut_by_the_server_fails_cleanly_keeps_the_text_and_saves_on_retry(
    qtbot, drafter_window, pg_factory, boxes, japanese
):
    desk, view, doc_id, cid, colleague = drafter_window
    before = head(desk, doc_id, cid)
    mine = type_at_end(qtbot, view, " Mine, typed before the cut.")
    cut: list[int] = []

    @event.listens_for(desk.engine, "before_cursor_execute")
    def _cut(conn, _cursor, statement, *_args) -> None:
        if "INSERT INTO clause_version" in statement and not cut:
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            cut.append(terminate(pg_factory, "pid = :p", {"p": pid}))

    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    assert cut == [1]
    kind, _title, said = boxes.shown[-1]
    assert kind == "warning" and "\n" not in said
    assert "との接続が切れました" in said and desk.label in said  # one translated line
    assert view.editor.text("en") == mine  # nothing lost
    assert view.editor.is_dirty("en") and view.editor.save_button.isEnabled()
    assert head(desk, doc_id, cid).en_version_id == before.en_version_id  # nothing half-saved
    shown = len(boxes.shown)
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)  # the retry
    assert len(boxes.shown) == shown, boxes.shown[shown:]
    assert head(desk, doc_id, cid).text_en == mine
    assert not view.editor.is_dirty("en")
    assert versions_of(desk, cid) == sorted(["We promote access.", mine])  # once, not twice


def test_connections_dropped_between_editing_and_saving_cost_nothing(
    qtbot, drafter_window, pg_factory, boxes
):
    desk, view, doc_id, cid, colleague = drafter_window
    mine = type_at_end(qtbot, view, " Typed, then the server restarted our sessions.")
    assert terminate(pg_factory, "usename = :u", {"u": desk.user_login}) >= 1
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    assert boxes.shown == []
    assert head(desk, doc_id, cid).text_en == mine
    assert versions_of(desk, cid) == sorted(["We promote access.", mine])
    # the live view's own connection was cut too: it reconnects, and a colleague's next
    # save still reaches the window
    other = Desk.open(colleague)
    try:
        documents.save_text(
            other,
            cid,
            "en",
            "Theirs, after the restart.",
            expected_head=head(other, doc_id, cid).en_version_id,
        )
    finally:
        other.close()
    qtbot.waitUntil(lambda: view.editor.text("en") == "Theirs, after the restart.", timeout=10_000)
