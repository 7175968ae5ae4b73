"""Upgrading a database filled at schema 0001: nothing lost, history locked afterwards.

The rows are written with plain SQL naming 0001's columns, so this test keeps describing
an old database even when the model grows new columns.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.exc import DBAPIError

from meetingdesk.store.engine import make_engine
from meetingdesk.store.migrate import SCRIPT_LOCATION, current_revision, head_revision, upgrade

OLD = "0001"
WHEN = datetime(2016, 4, 29, 1, 30, tzinfo=UTC)
LOCKED = ("clause_version", "revision", "audit_event")


def _upgrade_to(url: str, revision: str) -> None:
    """What migrate.upgrade does, stopped at an older revision."""
    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.begin() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", SCRIPT_LOCATION)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()


def _insert(conn: sa.Connection, table: str, **values: object) -> int:
    """Insert one row with typed binds (UUID and aware times stored as each engine does)."""
    types = {
        "uuid": sa.Uuid(),
        "created_at": sa.DateTime(timezone=True),
        "at": sa.DateTime(timezone=True),
    }
    values.setdefault("uuid", uuid.uuid4())
    cols = [sa.column(k, types.get(k)) for k in values]
    t = sa.table(table, *cols, sa.column("id", sa.Integer))
    return conn.execute(sa.insert(t).values(**values).returning(t.c.id)).scalar_one()


def _fill_old_database(url: str) -> dict[str, set[str]]:
    """One of each kind of row that must survive; returns table → uuids written."""
    engine = make_engine(url)
    written: dict[str, set[str]] = {}

    def add(conn, table, **values):
        values["uuid"] = uuid.uuid4()
        written.setdefault(table, set()).add(str(values["uuid"]))
        return _insert(conn, table, **values)

    try:
        with engine.begin() as conn:
            meeting = add(
                conn,
                "meeting",
                short_name="g7ict2016",
                title_en="G7 ICT Ministers' Meeting",
                title_ja="G7情報通信大臣会合",
                host_en="Japan",
                host_ja="日本",
                city_en="Takamatsu",
                city_ja="高松",
                venue_en="Kagawa International Hall",
                venue_ja="かがわ国際会議場",
                start_date=datetime(2016, 4, 29).date(),
                end_date=datetime(2016, 4, 30).date(),
                time_zone="Asia/Tokyo",
                languages="en,ja",
                precedence_rule="en",
                host_placement="first",
                created_at=WHEN,
                row_version=1,
            )
            delegations = [
                add(
                    conn,
                    "delegation",
                    meeting_id=meeting,
                    code=code,
                    name_en=name,
                    name_fr="",
                    name_ja="",
                    reading_ja="",
                    kind="member",
                    protocol_rank=rank,
                    is_host=code == "JPN",
                    contact_point="",
                    retired=False,
                    row_version=1,
                )
                for rank, (code, name) in enumerate([("JPN", "Japan"), ("CAN", "Canada")], 1)
            ]
            document = add(
                conn,
                "document",
                meeting_id=meeting,
                kind="charter",
                short_name="charter",
                title_en="Charter for the Digitally Connected World",
                title_ja="憲章",
                status="negotiation",
                position=1,
                adopted_hash="",
                silence_zone="",
                row_version=1,
            )
            for n in range(1, 4):
                clause = add(
                    conn,
                    "clause",
                    document_id=document,
                    position=n,
                    kind="operative",
                    status="draft",
                    created_at=WHEN,
                    row_version=1,
                )
                parent = None
                for lang, body in (("en", f"Clause {n} in English."), ("ja", f"第{n}項。")):
                    parent = add(
                        conn,
                        "clause_version",
                        clause_id=clause,
                        language=lang,
                        text=body,
                        author="secretariat",
                        delegation_id=delegations[0],
                        created_at=WHEN,
                        note="",
                        translated_from_id=parent,
                    )
            add(
                conn,
                "revision",
                document_id=document,
                number=1,
                label="Rev.1",
                kind="chair",
                note="without prejudice",
                author="secretariat",
                created_at=WHEN,
                content_hash="0" * 64,
            )
            add(
                conn,
                "audit_event",
                at=WHEN,
                user_login="secretariat",
                action="meeting.create",
                entity_type="Meeting",
                entity_uuid="x",
                summary="created",
                details="{}",
                prev_hash="",
                hash="1" * 64,
            )
    finally:
        engine.dispose()
    return written


def _snapshot(
    url: str, tables: dict[str, set[str]], like: dict[str, list[tuple]] | None = None
) -> dict[str, list[tuple]]:
    """Every row of the filled tables, as plain (column, value) tuples ordered by id;
    ``like``: only the columns and rows of that earlier snapshot (later migrations add
    columns, and 0007 appends the audit event recording the hashes it computed)."""
    engine = make_engine(url)
    try:
        meta = sa.MetaData()
        meta.reflect(engine, only=list(tables))
        out = {}
        with engine.connect() as conn:
            for name in tables:
                table = meta.tables[name]
                cols = [c for c in table.c]
                if like is not None and like[name]:
                    keep = {k for k, _v in like[name][0]}
                    cols = [c for c in cols if c.name in keep]
                query = sa.select(*cols).order_by(table.c.id)
                if like is not None:
                    ids = [v for row in like[name] for k, v in row if k == "id"]
                    query = query.where(table.c.id.in_(ids))
                rows = conn.execute(query)
                out[name] = [tuple(zip(r._fields, r, strict=True)) for r in rows]
        return out
    finally:
        engine.dispose()


def _uuids(url: str, table: str) -> set[str]:
    engine = make_engine(url)
    try:
        t = sa.table(table, sa.column("uuid", sa.Uuid()))
        with engine.connect() as conn:
            return {str(u) for u in conn.execute(sa.select(t.c.uuid)).scalars()}
    finally:
        engine.dispose()


def _history_is_locked(url: str) -> None:
    engine = make_engine(url)
    try:
        for table in LOCKED:
            for statement in (f"UPDATE {table} SET uuid = uuid", f"DELETE FROM {table}"):
                with pytest.raises(DBAPIError, match="immutable"), engine.begin() as conn:
                    conn.execute(sa.text(statement))
    finally:
        engine.dispose()


def _migration_keeps_every_row(url: str) -> str | None:
    _upgrade_to(url, OLD)
    engine = make_engine(url)
    try:
        assert current_revision(engine) == OLD
    finally:
        engine.dispose()
    written = _fill_old_database(url)
    engine = make_engine(url)
    try:  # at 0001 nothing guards history yet: the lock must come from the migration
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE clause_version SET note = note"))
    finally:
        engine.dispose()
    before = _snapshot(url, written)
    assert all(before.values())

    backup = upgrade(url)

    engine = make_engine(url)
    try:
        assert current_revision(engine) == head_revision() != OLD
    finally:
        engine.dispose()
    after = _snapshot(url, written, before)
    assert after == before, "a row was lost or changed by the migration"
    for table, uuids in written.items():
        assert _uuids(url, table) >= uuids, table
    assert len(_uuids(url, "audit_event")) == len(written["audit_event"]) + 1  # 0007's record
    _history_is_locked(url)
    assert _snapshot(url, written, before) == before, "a refused UPDATE/DELETE changed something"
    return backup


def test_sqlite_upgrade_keeps_rows_backs_up_and_locks_history(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    backup = _migration_keeps_every_row(f"sqlite:///{path}")
    assert backup is not None, "no backup was made before migrating"
    backup_path = Path(backup)
    assert backup_path.exists() and backup_path.parent == tmp_path
    with sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (OLD,)
        assert conn.execute("SELECT count(*) FROM clause_version").fetchone() == (6,)
    conn.close()


def test_postgresql_upgrade_keeps_rows_and_locks_history(pg_factory) -> None:
    if pg_factory is None:
        pytest.skip("PostgreSQL not configured: set MEETINGDESK_TEST_PG to a server URL")
    _migration_keeps_every_row(pg_factory.empty())


def _seating_moves_into_tables(url: str) -> None:
    """0005 moves a seating plan kept as JSON in store_info into seat rows, nothing lost."""
    import json

    _upgrade_to(url, "0004")
    engine = make_engine(url)
    meeting_uuid, delegation_uuids = uuid.uuid4(), [uuid.uuid4() for _ in range(3)]
    try:
        with engine.begin() as conn:
            mid = _insert(
                conn,
                "meeting",
                uuid=meeting_uuid,
                row_version=1,
                short_name="m",
                title_en="M",
                title_ja="",
                host_en="",
                host_ja="",
                city_en="",
                city_ja="",
                venue_en="",
                venue_ja="",
                start_date=date(2016, 4, 29),
                end_date=date(2016, 4, 30),
                time_zone="Asia/Tokyo",
                languages="en,ja",
                precedence_rule="en",
                host_placement="first",
                created_at=WHEN,
            )
            ids = []
            for n, du in enumerate(delegation_uuids):
                ids.append(
                    _insert(
                        conn,
                        "delegation",
                        uuid=du,
                        row_version=1,
                        meeting_id=mid,
                        code=f"D{n}",
                        name_en=f"D{n}",
                        name_fr="",
                        name_ja="",
                        reading_ja="",
                        kind="member",
                        protocol_rank=n,
                        is_host=False,
                        contact_point="",
                        retired=False,
                    )
                )
            order = [delegation_uuids[2], delegation_uuids[0], delegation_uuids[1]]
            conn.execute(
                sa.text("INSERT INTO store_info (key, value) VALUES (:k, :v)"),
                {
                    "k": f"seating:{meeting_uuid}",
                    "v": json.dumps({"version": 3, "seats": [str(u) for u in order]}),
                },
            )
    finally:
        engine.dispose()
    upgrade(url)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            version = conn.execute(
                sa.text("SELECT row_version FROM seating_plan WHERE meeting_id = :m"), {"m": mid}
            ).scalar()
            seats = conn.execute(
                sa.text("SELECT delegation_id FROM seat ORDER BY seat_index")
            ).scalars()
            assert (version, list(seats)) == (3, [ids[2], ids[0], ids[1]])
            left = conn.execute(
                sa.text("SELECT count(*) FROM store_info WHERE key LIKE 'seating:%'")
            ).scalar()
            assert left == 0
    finally:
        engine.dispose()


def test_seating_plan_moves_into_tables_on_sqlite(tmp_path: Path) -> None:
    _seating_moves_into_tables(f"sqlite:///{tmp_path / 'seats.sqlite'}")


def test_seating_plan_moves_into_tables_on_postgresql(pg_factory) -> None:
    if pg_factory is None:
        pytest.skip("PostgreSQL not configured: set MEETINGDESK_TEST_PG to a server URL")
    _seating_moves_into_tables(pg_factory.empty())
