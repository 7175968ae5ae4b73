"""Writers side by side: saves of different clauses overlap on a server, saves of the same
clause never overwrite each other, and the audit chain stays whole (both engines)."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import create_engine, select, text

from meetingdesk.model import Clause
from meetingdesk.services.base import (
    WRITE_GATE_KEY,
    ConflictError,
    Desk,
    verify_audit_chain,
)
from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.meetings import create_meeting


def setup(url: str, n: int) -> tuple[int, list[int]]:
    desk = Desk.open(url, user="setup")
    try:
        m = create_meeting(
            desk, title_en="T", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
        )
        doc = docs.add_document(desk, m.id, short_name="d", title_en="D")
        return doc.id, [docs.add_clause(desk, doc.id, text_en=f"Clause {i}.") for i in range(n)]
    finally:
        desk.close()


def heads(url: str, ids: list[int]) -> dict[int, int]:
    desk = Desk.open(url, user="check")
    try:
        with desk.read() as s:
            rows = s.execute(select(Clause.id, Clause.head_en_id).where(Clause.id.in_(ids)))
            return dict(rows.all())
    finally:
        desk.close()


def run_threads(n: int, target) -> list:
    barrier = threading.Barrier(n)
    results: list = [None] * n

    def body(i: int) -> None:
        barrier.wait()
        try:
            results[i] = target(i)
        except Exception as exc:  # collected and checked by the test
            results[i] = exc

    threads = [threading.Thread(target=body, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_same_clause_one_wins_the_others_are_refused(db_url):
    _doc, (cid,) = setup(db_url, 1)
    start = heads(db_url, [cid])[cid]
    desks = [Desk.open(db_url, user=f"w{i}") for i in range(6)]
    try:
        results = run_threads(
            6,
            lambda i: docs.save_text(desks[i], cid, "en", f"Writer {i} text.", expected_head=start),
        )
    finally:
        for d in desks:
            d.close()
    won = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, ConflictError)]
    assert len(won) == 1 and len(refused) == 5, results
    assert heads(db_url, [cid])[cid] == won[0].en_version_id
    desk = Desk.open(db_url, user="check")
    try:
        with desk.read() as s:
            assert verify_audit_chain(s) == []
    finally:
        desk.close()


def test_different_clauses_all_saved_chain_whole(db_url):
    _doc, ids = setup(db_url, 4)
    desks = [Desk.open(db_url, user=f"w{i}") for i in range(4)]

    def work(i: int) -> int:
        head = heads(db_url, [ids[i]])[ids[i]]
        for k in range(5):
            head = docs.save_text(
                desks[i], ids[i], "en", f"Writer {i} save {k}.", expected_head=head
            ).en_version_id
        return head

    try:
        results = run_threads(4, work)
    finally:
        for d in desks:
            d.close()
    assert not [r for r in results if isinstance(r, Exception)], results
    assert heads(db_url, ids) == dict(zip(ids, results, strict=True))
    desk = Desk.open(db_url, user="check")
    try:
        with desk.read() as s:
            assert verify_audit_chain(s) == []
    finally:
        desk.close()


def test_server_gate_shared_for_saves_exclusive_for_structure(db_url):
    """A save passes while another save holds the gate; adding a clause waits for it."""
    if db_url.startswith("sqlite"):
        pytest.skip("the write gate is PostgreSQL's (SQLite serialises with BEGIN IMMEDIATE)")
    doc_id, (cid,) = setup(db_url, 1)
    head = heads(db_url, [cid])[cid]
    holder = create_engine(db_url)
    desk = Desk.open(db_url, user="w")
    try:
        with holder.connect() as c:
            c.execute(text("BEGIN"))
            c.execute(text("SELECT pg_advisory_xact_lock_shared(:k)"), {"k": WRITE_GATE_KEY})
            saved = run_threads(
                1, lambda _i: docs.save_text(desk, cid, "en", "Saved.", expected_head=head)
            )[0]
            assert not isinstance(saved, Exception), saved
            added: list = []
            t = threading.Thread(
                target=lambda: added.append(docs.add_clause(desk, doc_id, text_en="New."))
            )
            t.start()
            t.join(1.0)
            assert t.is_alive() and not added  # waits for the gate
            c.execute(text("COMMIT"))
            t.join(30)
            assert added
    finally:
        desk.close()
        holder.dispose()


def test_sqlite_writers_take_turns_without_files_beside_the_database(tmp_path):
    """A second writer of the same file waits for the first one's turn (here in threads,
    as the window's background jobs write beside the GUI thread); the queue's lock files
    live in the data folder, not next to the user's database."""
    import os

    from meetingdesk.store.turns import fcntl, write_turn

    if fcntl is None:
        pytest.skip("turns are POSIX-only (fcntl)")
    db = tmp_path / "desk.sqlite"
    order: list[str] = []

    def second() -> None:
        with write_turn(str(db)):
            order.append("b")

    with write_turn(str(db)):
        t = threading.Thread(target=second)
        t.start()
        t.join(0.5)
        assert t.is_alive() and order == []  # waits for the turn
        order.append("a")
    t.join(10)
    assert order == ["a", "b"]
    assert sorted(os.listdir(tmp_path)) == []
