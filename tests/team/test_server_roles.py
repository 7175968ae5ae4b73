"""Server init, staff logins and roles, enforced by PostgreSQL itself (not by the window)."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy
from sqlalchemy import text

from meetingdesk.cli import main
from meetingdesk.services.base import Desk, PermissionRefused
from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.drafting.revisions import freeze_revision
from meetingdesk.services.drafting.status import adopt_document
from meetingdesk.services.logistics.delegations import add_delegation
from meetingdesk.services.meetings import create_meeting
from meetingdesk.store.engine import make_engine
from meetingdesk.store.server import GROUPS, HISTORY_TABLES, init_server, list_users


def world(url: str):
    """A meeting, a delegation, a declaration with one clause, written by the secretariat."""
    desk = Desk.open(url)
    try:
        m = create_meeting(
            desk,
            title_en="ICT Ministers",
            start_date=date(2016, 4, 29),
            end_date=date(2016, 4, 30),
            time_zone="Asia/Tokyo",
        )
        add_delegation(desk, m.id, code="JPN", name_en="Japan")
        doc = docs.add_document(desk, m.id, short_name="decl", title_en="Declaration")
        cid = docs.add_clause(desk, doc.id, text_en="We promote access.")
        return m.id, doc.id, cid
    finally:
        desk.close()


def head(desk: Desk, doc_id: int, cid: int):
    with desk.read() as s:
        return next(c for c in docs.clause_snaps(s, doc_id) if c.id == cid)


def test_init_twice_is_idempotent_and_grants_least_privilege(team_db, capsys):
    assert main(["server", "init", "--db", team_db]) == 0
    out = capsys.readouterr().out
    assert "schema: already at" in out
    for name in GROUPS.values():
        assert f"group role {name}: exists" in out
    again = init_server(team_db)
    assert again[1].startswith("schema: already at")
    engine = make_engine(team_db)
    try:
        with engine.connect() as c:

            def has(role: str, table: str, verb: str) -> bool:
                return c.execute(
                    text("SELECT has_table_privilege(:r, :t, :v)"),
                    {"r": GROUPS[role], "t": table, "v": verb},
                ).scalar()

            for role in GROUPS:
                assert has(role, "clause", "SELECT")
                for table in ("clause", "audit_event", "document"):
                    assert not has(role, table, "TRUNCATE")
                for table in HISTORY_TABLES:
                    assert not has(role, table, "UPDATE")
                    assert not has(role, table, "DELETE")
                assert not c.execute(
                    text("SELECT has_schema_privilege(:r, 'public', 'CREATE')"),
                    {"r": GROUPS[role]},
                ).scalar()
            assert not has("reader", "clause", "INSERT")
            assert has("drafter", "clause_version", "INSERT")
            assert not has("drafter", "document", "UPDATE")
            assert not has("drafter", "revision", "INSERT")
            assert has("secretariat", "document", "UPDATE")
            assert has("secretariat", "revision", "INSERT")
    finally:
        engine.dispose()


def test_add_user_and_list_users(team_db, staff, capsys):
    url = staff("drafter", "anna")
    login = sqlalchemy.engine.make_url(url).username
    users = {u.login: u.role for u in list_users(make_engine(team_db))}
    assert users[login] == "drafter"
    # changing the role leaves the login in exactly one group
    assert (
        main(["server", "add-user", login, "--role", "reader", "--no-password", "--db", team_db])
        == 0
    )
    assert f"login {login}: member of meetingdesk_reader only" in capsys.readouterr().out
    users = [u for u in list_users(make_engine(team_db)) if u.login == login]
    assert [u.role for u in users] == ["reader"]
    assert main(["server", "list-users", "--db", team_db]) == 0
    assert login in capsys.readouterr().out


def test_add_user_refuses_bad_names_and_roles(team_db, capsys):
    assert (
        main(
            [
                "server",
                "add-user",
                "Robert'); DROP",
                "--role",
                "drafter",
                "--no-password",
                "--db",
                team_db,
            ]
        )
        == 2
    )
    assert "is not usable" in capsys.readouterr().err
    assert (
        main(
            [
                "server",
                "add-user",
                "meetingdesk_reader",
                "--role",
                "drafter",
                "--no-password",
                "--db",
                team_db,
            ]
        )
        == 2
    )
    assert "reserved name" in capsys.readouterr().err


def test_reader_write_is_refused_by_the_server(team_db, staff):
    _m, doc_id, cid = world(staff("secretariat"))
    reader_url = staff("reader")
    desk = Desk.open(reader_url)
    try:
        assert desk.role == "reader"
        before = head(desk, doc_id, cid)
        with pytest.raises(PermissionRefused, match="reader"):
            docs.save_text(
                desk, cid, "en", "We promote open access.", expected_head=before.en_version_id
            )
        assert head(desk, doc_id, cid).en_version_id == before.en_version_id
    finally:
        desk.close()
    # not only the program: the same login with plain SQL is refused too
    engine = sqlalchemy.create_engine(reader_url)
    try:
        with (
            engine.begin() as c,
            pytest.raises(sqlalchemy.exc.ProgrammingError, match="permission denied"),
        ):
            c.execute(text("UPDATE clause SET status = 'agreed'"))
        with (
            engine.begin() as c,
            pytest.raises(sqlalchemy.exc.ProgrammingError, match="permission denied"),
        ):
            c.execute(text("TRUNCATE audit_event"))
    finally:
        engine.dispose()


def test_drafter_edits_but_cannot_adopt_freeze_or_edit_delegations(team_db, staff):
    m_id, doc_id, cid = world(staff("secretariat"))
    desk = Desk.open(staff("drafter"))
    try:
        assert desk.role == "drafter"
        before = head(desk, doc_id, cid)
        after = docs.save_text(
            desk, cid, "en", "We promote open access.", expected_head=before.en_version_id
        )
        assert after.en_version_id != before.en_version_id
        with pytest.raises(PermissionRefused):
            adopt_document(desk, doc_id, override="the server decides, not the checks")
        with pytest.raises(PermissionRefused):
            freeze_revision(desk, doc_id)
        with pytest.raises(PermissionRefused):
            add_delegation(desk, m_id, code="USA", name_en="United States")
    finally:
        desk.close()
    with make_engine(team_db).connect() as c:
        assert (
            c.execute(text("SELECT status FROM document WHERE id = :d"), {"d": doc_id}).scalar()
            == "draft"
        )
        assert c.execute(text("SELECT count(*) FROM revision")).scalar() == 0


def test_meetingdesk_user_is_ignored_and_the_audit_shows_the_login(team_db, staff, monkeypatch):
    monkeypatch.setenv("MEETINGDESK_USER", "chair.of.the.meeting")
    url = staff("secretariat", "kenji")
    login = sqlalchemy.engine.make_url(url).username
    _m, doc_id, cid = world(url)
    desk = Desk.open(url, user="chair.of.the.meeting")
    try:
        assert desk.user_login == login
        h = head(desk, doc_id, cid)
        docs.save_text(
            desk, cid, "en", "We promote universal access.", expected_head=h.en_version_id
        )
    finally:
        desk.close()
    engine = sqlalchemy.create_engine(url)
    try:
        with engine.connect() as c:
            who = set(c.execute(text("SELECT user_login FROM audit_event")).scalars())
            authors = set(c.execute(text("SELECT author FROM clause_version")).scalars())
        assert who == {login}
        assert authors == {login}
        # a client naming someone else in the audit is refused by the server
        with (
            engine.begin() as c,
            pytest.raises(sqlalchemy.exc.ProgrammingError, match="records the login"),
        ):
            c.execute(
                text(
                    "INSERT INTO audit_event (uuid, at, user_login, action, entity_type, "
                    "entity_uuid, summary, details, prev_hash, hash) VALUES (gen_random_uuid(), "
                    "now(), 'chair.of.the.meeting', 'x', 'x', 'x', '', '{}', '', '')"
                )
            )
        # an author named by the client is replaced by the login
        with engine.begin() as c:
            c.execute(
                text(
                    "INSERT INTO comment (uuid, clause_id, author, body, created_at, "
                    "resolved_by, row_version) "
                    "VALUES (gen_random_uuid(), :c, 'chair.of.the.meeting', 'hi', now(), '', 1)"
                ),
                {"c": cid},
            )
            assert c.execute(text("SELECT author FROM comment")).scalar() == login
    finally:
        engine.dispose()
