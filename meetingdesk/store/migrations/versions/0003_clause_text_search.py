"""Search index over clause text: FTS5 trigram on SQLite, pg_trgm on PostgreSQL (if present).

SQLite: an external-content FTS5 table over clause_version.text, fed by an INSERT trigger
(versions are immutable, so no UPDATE or DELETE triggers are needed). Created only when
this SQLite has FTS5 and the trigram tokenizer (3.34+); otherwise search falls back to
LIKE. PostgreSQL: a trigram GIN index when the pg_trgm extension exists or can be created
(CREATE EXTENSION may need rights we lack: tried inside a savepoint); ILIKE uses it.

Revision ID: 0003
Revises: 0002
"""

from alembic import op
from sqlalchemy import text

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def sqlite_has_trigram(conn) -> bool:
    options = {row[0] for row in conn.exec_driver_sql("PRAGMA compile_options")}
    if "ENABLE_FTS5" not in options:
        return False
    version = conn.exec_driver_sql("SELECT sqlite_version()").scalar()
    return tuple(int(x) for x in version.split(".")[:2]) >= (3, 34)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        if not sqlite_has_trigram(conn):
            return
        op.execute(
            "CREATE VIRTUAL TABLE clause_version_fts USING fts5("
            "text, content='clause_version', content_rowid='id', tokenize='trigram')"
        )
        op.execute(
            "CREATE TRIGGER clause_version_fts_insert AFTER INSERT ON clause_version BEGIN "
            "INSERT INTO clause_version_fts(rowid, text) VALUES (new.id, new.text); END"
        )
        op.execute("INSERT INTO clause_version_fts(clause_version_fts) VALUES ('rebuild')")
        return
    if conn.dialect.name == "postgresql":
        installed = conn.execute(
            text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        ).first()
        if not installed:
            available = conn.execute(
                text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
            ).first()
            if not available:
                return
            savepoint = conn.begin_nested()
            try:
                conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
                savepoint.commit()
            except Exception:  # no right to create extensions: search works without the index
                savepoint.rollback()
                return
        op.execute(
            "CREATE INDEX IF NOT EXISTS ix_clause_version_text_trgm "
            "ON clause_version USING gin (text gin_trgm_ops)"
        )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS clause_version_fts_insert")
        op.execute("DROP TABLE IF EXISTS clause_version_fts")
    elif conn.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_clause_version_text_trgm")
