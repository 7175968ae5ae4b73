"""Refusals on a team server: one clear line each, nothing lost."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url

from meetingdesk.cli import main
from meetingdesk.services.base import ConnectionLost, Desk
from meetingdesk.services.drafting import documents as docs
from meetingdesk.store.engine import StoreError, make_engine
from meetingdesk.store.server import LoginRefused, ServerError

from .test_server_roles import head, world


def test_a_login_in_no_group_is_told_so(team_db, staff):
    with pytest.raises(ServerError, match="in no MeetingDesk group"):
        Desk.open(staff(None))


def test_a_database_not_initialised_is_named(pg_factory, staff):
    # another database on the same cluster: the groups exist, this one was only migrated
    migrated = pg_factory.migrated()
    login = make_url(staff("drafter")).username
    url = make_url(migrated).set(username=login).render_as_string(hide_password=False)
    with pytest.raises(ServerError, match="not initialised for MeetingDesk.*server init"):
        Desk.open(url)
    empty = make_url(pg_factory.empty()).set(username=login).render_as_string(hide_password=False)
    with pytest.raises(ServerError, match="not initialised"):
        Desk.open(empty)


def test_a_server_from_a_newer_version_is_refused_untouched(team_db, staff):
    url = staff("drafter")
    owner = make_engine(team_db)
    try:
        with owner.begin() as c:
            c.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        with pytest.raises(ServerError, match="newer MeetingDesk.*nothing was changed"):
            Desk.open(url)
        with pytest.raises(StoreError, match="newer MeetingDesk"):
            Desk.open(team_db)  # the owner is refused too, before any migration
        with owner.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0099"
    finally:
        owner.dispose()


def test_init_by_a_login_that_is_not_the_owner_is_refused(team_db, staff, capsys):
    assert main(["server", "init", "--db", staff("secretariat")]) == 2
    assert "does not own this database" in capsys.readouterr().err


def test_server_commands_refuse_sqlite(tmp_path, capsys):
    assert main(["server", "init", "--db", str(tmp_path / "x.sqlite")]) == 2
    assert "need a PostgreSQL server" in capsys.readouterr().err


def test_a_connection_dropped_during_a_save_fails_cleanly_and_a_retry_works(
    team_db, staff, pg_factory
):
    url = staff("drafter")
    _m, doc_id, cid = world(staff("secretariat"))
    desk = Desk.open(url)
    killed: list[int] = []

    @event.listens_for(desk.engine, "before_cursor_execute")
    def _cut(conn, _cursor, statement, *_args) -> None:
        if "INSERT INTO audit_event" in statement and not killed:
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            killed.append(pid)
            with pg_factory.admin.connect() as admin:
                admin.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})

    try:
        before = head(desk, doc_id, cid)
        with pytest.raises(ConnectionLost, match="lost; nothing was saved — try again"):
            docs.save_text(
                desk, cid, "en", "We promote open access.", expected_head=before.en_version_id
            )
        assert killed
        assert head(desk, doc_id, cid).en_version_id == before.en_version_id
        after = docs.save_text(
            desk, cid, "en", "We promote open access.", expected_head=before.en_version_id
        )
        assert after.text_en == "We promote open access."
        with desk.read() as s:
            n = s.execute(
                text("SELECT count(*) FROM clause_version WHERE clause_id = :c"), {"c": cid}
            )
            assert n.scalar() == 2  # the first text and the retried save, nothing twice
    finally:
        desk.close()


def test_wrong_password_then_the_right_one(scram_staff):
    login, url = scram_staff("drafter", "pierre")
    with pytest.raises(LoginRefused, match=f"asks a password for {login}"):
        Desk.open(url)
    with pytest.raises(LoginRefused, match=f"refused the password for {login}"):
        Desk.open(url, password="wrong horse")
    desk = Desk.open(url, password="right horse")
    try:
        assert (desk.user_login, desk.role) == (login, "drafter")
        assert "right horse" not in desk.url and "right horse" not in desk.label
    finally:
        desk.close()
