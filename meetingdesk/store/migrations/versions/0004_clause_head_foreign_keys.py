"""Clause heads point at real versions: the two foreign keys 0001 left out.

0001 declared clause.head_en_id / head_ja_id as foreign keys "to be added after" (the
clause and clause_version tables refer to each other), and the table creation skipped
them; this adds them. SQLite needs the table rebuilt (batch mode, foreign keys off during
migrations, as meetingdesk.store.migrate runs them).

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

HEADS = (("fk_clause_head_en", "head_en_id"), ("fk_clause_head_ja", "head_ja_id"))


def upgrade() -> None:
    with op.batch_alter_table("clause", recreate="auto") as batch:
        for name, column in HEADS:
            batch.create_foreign_key(name, "clause_version", [column], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("clause", recreate="auto") as batch:
        for name, _column in HEADS:
            batch.drop_constraint(name, type_="foreignkey")
