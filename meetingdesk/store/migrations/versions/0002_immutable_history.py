"""Immutable history: refuse UPDATE and DELETE of versions, revisions and audit events.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("clause_version", "revision", "revision_entry", "audit_event")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(
            """
            CREATE OR REPLACE FUNCTION meetingdesk_refuse_change() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION 'meetingdesk: % rows are immutable (history is append-only)',
                    TG_TABLE_NAME;
            END;
            $$ LANGUAGE plpgsql
            """
        )
    for table in TABLES:
        for verb in ("UPDATE", "DELETE"):
            name = f"{table}_no_{verb.lower()}"
            if dialect == "postgresql":
                op.execute(
                    f"CREATE TRIGGER {name} BEFORE {verb} ON {table} "
                    "FOR EACH ROW EXECUTE FUNCTION meetingdesk_refuse_change()"
                )
            else:
                op.execute(
                    f"CREATE TRIGGER {name} BEFORE {verb} ON {table} BEGIN "
                    f"SELECT RAISE(ABORT, 'meetingdesk: {table} rows are immutable "
                    "(history is append-only)'); END"
                )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in TABLES:
        for verb in ("update", "delete"):
            on = f" ON {table}" if dialect == "postgresql" else ""
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}{on}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS meetingdesk_refuse_change()")
