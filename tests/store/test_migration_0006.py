"""Migration 0006 (sub-paragraphs, numbering within a round) on a populated database.

The demo meeting with its negotiation (revisions, proposals, actions) is written at the
newest schema, taken down to 0005 and brought up again: every row and every number the
drafters saw at 0005 is still there, and history stays locked.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.exc import DBAPIError

from meetingdesk.services.base import Desk
from meetingdesk.services.drafting import documents
from meetingdesk.store.engine import make_engine
from meetingdesk.store.migrate import SCRIPT_LOCATION, current_revision, head_revision
from meetingdesk.text.numbering import number_clauses

TABLES = ("document", "clause", "clause_version", "revision", "revision_entry", "proposal")


def _alembic(url: str, action: str, revision: str) -> None:
    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.begin() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", SCRIPT_LOCATION)
            cfg.attributes["connection"] = conn
            getattr(command, action)(cfg, revision)
    finally:
        engine.dispose()


def _rows(url: str, like: dict | None = None) -> dict[str, list[tuple]]:
    engine = make_engine(url)
    try:
        meta = sa.MetaData()
        meta.reflect(engine, only=list(TABLES))
        out = {}
        with engine.connect() as conn:
            for name in TABLES:
                table = meta.tables[name]
                cols = list(table.c)
                if like is not None:
                    keep = {k for k, _ in like[name][0]}
                    cols = [c for c in cols if c.name in keep]
                key = [table.c[k] for k in ("id", "revision_id", "clause_id") if k in table.c]
                rows = conn.execute(sa.select(*cols).order_by(*key))
                out[name] = [tuple(zip(r._fields, r, strict=True)) for r in rows]
        return out
    finally:
        engine.dispose()


def _flat_numbers(url: str) -> dict[int, list[str]]:
    """What 0005's numbering showed: kinds of the live clauses in order, numbered flat."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            out: dict[int, list[str]] = {}
            rows = conn.execute(
                sa.text(
                    "SELECT document_id, kind FROM clause WHERE status != 'deleted' "
                    "ORDER BY document_id, position"
                )
            ).all()
        kinds: dict[int, list[str]] = {}
        for doc, kind in rows:
            kinds.setdefault(doc, []).append(kind)
        for doc, ks in kinds.items():
            out[doc] = number_clauses(ks)
        return out
    finally:
        engine.dispose()


def test_0006_keeps_a_populated_database(db_url: str) -> None:
    from meetingdesk.demo import meeting as demo

    desk = Desk.open(db_url, user="secretariat")
    try:
        demo.load_demo(desk)
    finally:
        desk.close()
    _alembic(db_url, "downgrade", "0005")
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) == "0005"
        with engine.connect() as conn:
            cols = {c["name"] for c in sa.inspect(conn).get_columns("clause")}
        assert "parent_id" not in cols and "pin_ordinal" not in cols
    finally:
        engine.dispose()
    before = _rows(db_url)
    numbers = _flat_numbers(db_url)
    assert before["revision_entry"] and before["clause"]

    desk = Desk.open(db_url, user="secretariat")  # upgrades to the newest schema
    try:
        assert current_revision(desk.engine) == head_revision()
        assert _rows(db_url, before) == before
        for doc_id, expected in numbers.items():
            shown = [c.number for c in documents.document_text(desk, doc_id).clauses]
            assert shown == expected, doc_id
        with desk.engine.connect() as conn:
            parents = conn.execute(
                sa.text("SELECT count(*) FROM clause WHERE parent_id IS NOT NULL")
            )
            assert parents.scalar() == 0
            modes = conn.execute(sa.text("SELECT DISTINCT numbering FROM document")).scalars()
            assert list(modes) == ["bis"]
        for table in ("revision_entry", "revision_concordance"):
            for statement in (f"UPDATE {table} SET position = position", f"DELETE FROM {table}"):
                with pytest.raises(DBAPIError, match="immutable"), desk.engine.begin() as conn:
                    if table == "revision_concordance":
                        conn.execute(
                            sa.text(
                                "INSERT INTO revision_concordance (revision_id, clause_id, "
                                "position, old_number, new_number) SELECT revision_id, "
                                "clause_id, position, number, number FROM revision_entry"
                            )
                        )
                    conn.execute(sa.text(statement))
    finally:
        desk.close()
