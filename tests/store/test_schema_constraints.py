"""Constraints the schema itself enforces, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from meetingdesk.services import meetings
from meetingdesk.services.drafting import documents


def test_clause_head_must_be_a_real_version(desk) -> None:
    m = meetings.create_meeting(
        desk, title_en="T", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
    )
    doc = documents.add_document(desk, m.id, short_name="decl", title_en="Declaration")
    clause_id = documents.add_clause(desk, doc.id, text_en="We meet.", text_ja="会合する。")
    with pytest.raises(IntegrityError), desk.engine.begin() as conn:
        conn.execute(
            text("UPDATE clause SET head_en_id = 999999 WHERE id = :id"), {"id": clause_id}
        )
    with pytest.raises(IntegrityError), desk.engine.begin() as conn:
        conn.execute(
            text("UPDATE clause SET head_ja_id = 999999 WHERE id = :id"), {"id": clause_id}
        )
    shown = documents.document_text(desk, doc.id).clauses[0]
    assert (shown.text_en, shown.text_ja) == ("We meet.", "会合する。")


def test_migrations_build_exactly_the_model(db_url: str) -> None:
    """Alembic's comparison of the migrated database with the ORM model finds nothing,
    apart from the search index objects that only migration 0003 knows."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from meetingdesk.model import Base

    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            found = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    differences = [d for d in found if "fts" not in str(d) and "trgm" not in str(d)]
    assert differences == []
