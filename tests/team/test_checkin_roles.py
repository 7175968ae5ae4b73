"""Drafters check packages in on the server (conflicts remembered under row-level security,
the versions recorded as the package owner's, never by the names in the file); readers
cannot."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from meetingdesk.services.base import Desk, PermissionRefused
from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.offline import checkin, checkout

from .test_server_roles import head, world


def edited_package(server_url: str, meeting_id: int, doc_id: int, cid: int, path, text_: str):
    """Check the declaration out, edit clause cid on the laptop as 'laptop.drafter'."""
    desk = Desk.open(server_url)
    try:
        checkout(desk, meeting_id, ["decl"], path)
    finally:
        desk.close()
    laptop = Desk.open(f"sqlite:///{path}", user="laptop.drafter")
    try:
        with laptop.read() as s:
            h = next(c for c in docs.clause_snaps(s, doc_id) if c.id == cid).en_version_id
        docs.save_text(laptop, cid, "en", text_, expected_head=h)
    finally:
        laptop.close()


def test_a_drafter_checks_in_as_the_package_owner(team_db, staff, tmp_path):
    m_id, doc_id, cid = world(staff("secretariat"))
    drafter_url = staff("drafter")
    path = tmp_path / "decl.mdpkg"
    edited_package(drafter_url, m_id, doc_id, cid, path, "We promote open access.")
    desk = Desk.open(drafter_url)
    try:
        report = checkin(desk, path)
        assert report.changed
        assert head(desk, doc_id, cid).text_en == "We promote open access."
        with desk.read() as s:
            authors = set(s.execute(text("SELECT author FROM clause_version")).scalars())
            who = s.execute(
                text("SELECT user_login FROM audit_event ORDER BY id DESC LIMIT 1")
            ).scalar()
        # Issue 15: the owner named in the manifest the server signed at check-out, never
        # the name the file itself carries.
        assert desk.user_login in authors and "laptop.drafter" not in authors
        assert who == desk.user_login  # the audit names who brought it in
    finally:
        desk.close()


def test_a_reader_cannot_check_in(team_db, staff, tmp_path):
    m_id, doc_id, cid = world(staff("secretariat"))
    reader_url = staff("reader")
    path = tmp_path / "decl.mdpkg"
    edited_package(reader_url, m_id, doc_id, cid, path, "We promote open access.")
    desk = Desk.open(reader_url)
    try:
        before = head(desk, doc_id, cid).en_version_id
        with pytest.raises(PermissionRefused):
            checkin(desk, path)
        assert head(desk, doc_id, cid).en_version_id == before
    finally:
        desk.close()


def test_drafters_write_only_the_conflict_rows_of_store_info(team_db, staff):
    import sqlalchemy

    engine = sqlalchemy.create_engine(staff("drafter"))
    try:
        with engine.begin() as c:
            c.execute(
                text("INSERT INTO store_info (key, value) VALUES ('offline.conflict.x', '1')")
            )
        with engine.begin() as c, pytest.raises(sqlalchemy.exc.ProgrammingError, match="row-level"):
            c.execute(text("UPDATE store_info SET value = 'forged' WHERE key = 'db_uuid'"))
            c.execute(text("INSERT INTO store_info (key, value) VALUES ('db_uuid2', 'x')"))
        with engine.connect() as c:
            assert (
                c.execute(text("SELECT value FROM store_info WHERE key = 'db_uuid'")).scalar()
                != "forged"
            )
    finally:
        engine.dispose()


def test_a_drafter_resolves_the_conflicts_of_a_check_in(team_db, staff, tmp_path):
    from meetingdesk.services.offline import pending_conflicts, resolve_conflict

    m_id, doc_id, cid = world(staff("secretariat"))
    drafter_url = staff("drafter")
    path = tmp_path / "decl.mdpkg"
    edited_package(drafter_url, m_id, doc_id, cid, path, "We promote open access, offline.")
    colleague = Desk.open(staff("drafter", "colleague"))
    try:
        h = head(colleague, doc_id, cid).en_version_id
        docs.save_text(colleague, cid, "en", "We promote fair access, online.", expected_head=h)
    finally:
        colleague.close()
    desk = Desk.open(drafter_url)
    try:
        report = checkin(desk, path)
        assert report.conflicts
        (conflict,) = pending_conflicts(desk)
        resolve_conflict(desk, conflict.clause_uuid, conflict.lang, "alternatives")
        assert pending_conflicts(desk) == []
        merged = head(desk, doc_id, cid).text_en
        assert "offline" in merged and "online" in merged and "[" in merged
    finally:
        desk.close()
