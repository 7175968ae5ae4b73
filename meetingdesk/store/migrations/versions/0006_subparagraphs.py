"""Sub-paragraphs and numbering within a round.

Clauses get a parent (sub-paragraphs are clauses under a paragraph) and a number pinned
within the negotiating round; documents choose how they number ("bis" by default); frozen
revisions remember each clause's parent; renumbering as clean text records a concordance,
immutable like the rest of the history.

Existing content is kept as it is: every clause stays at the top level with its kind, and
no number is pinned, so every number reads exactly as before until a structure edit or a
freeze pins them. Documents default to "bis"; nothing is renumbered.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _lock(table: str, dialect: str) -> None:
    """The triggers of 0002: the table's rows refuse UPDATE and DELETE."""
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


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    with op.batch_alter_table("clause", recreate="auto") as batch:
        batch.add_column(sa.Column("parent_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("pin_ordinal", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("pin_suffix", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_clause_parent_id_clause"), "clause", ["parent_id"], ["id"]
        )
        batch.create_index(op.f("ix_clause_parent_id"), ["parent_id"])
    op.add_column(
        "document",
        sa.Column("numbering", sa.String(16), nullable=False, server_default="bis"),
    )
    # revision_entry is immutable: a plain ADD COLUMN (never a table rebuild, which would
    # drop its triggers); the reference is declared in the column itself.
    if dialect == "postgresql":
        op.add_column(
            "revision_entry",
            sa.Column(
                "parent_clause_id",
                sa.Integer(),
                sa.ForeignKey("clause.id", name="fk_revision_entry_parent_clause_id_clause"),
                nullable=True,
            ),
        )
    else:
        op.execute(
            "ALTER TABLE revision_entry ADD COLUMN parent_clause_id INTEGER "
            "CONSTRAINT fk_revision_entry_parent_clause_id_clause REFERENCES clause (id)"
        )
    op.create_table(
        "revision_concordance",
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("clause_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("old_number", sa.String(32), nullable=False),
        sa.Column("new_number", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["revision.id"],
            name=op.f("fk_revision_concordance_revision_id_revision"),
        ),
        sa.ForeignKeyConstraint(
            ["clause_id"], ["clause.id"], name=op.f("fk_revision_concordance_clause_id_clause")
        ),
        sa.PrimaryKeyConstraint("revision_id", "clause_id", name=op.f("pk_revision_concordance")),
    )
    _lock("revision_concordance", dialect)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for verb in ("update", "delete"):
        on = " ON revision_concordance" if dialect == "postgresql" else ""
        op.execute(f"DROP TRIGGER IF EXISTS revision_concordance_no_{verb}{on}")
    op.drop_table("revision_concordance")
    if dialect == "postgresql":
        op.drop_constraint(
            "fk_revision_entry_parent_clause_id_clause", "revision_entry", type_="foreignkey"
        )
        op.drop_column("revision_entry", "parent_clause_id")
    else:
        # SQLite drops a column in place (3.35+) unless it is referenced by a constraint; a
        # rebuild would lose the immutability triggers, so reinstall them after it.
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS revision_entry_no_{verb}")
        with op.batch_alter_table("revision_entry", recreate="always") as batch:
            batch.drop_column("parent_clause_id")
        _lock("revision_entry", dialect)
    with op.batch_alter_table("document", recreate="auto") as batch:
        batch.drop_column("numbering")
    with op.batch_alter_table("clause", recreate="auto") as batch:
        batch.drop_index(op.f("ix_clause_parent_id"))
        batch.drop_constraint(op.f("fk_clause_parent_id_clause"), type_="foreignkey")
        batch.drop_column("pin_suffix")
        batch.drop_column("pin_ordinal")
        batch.drop_column("parent_id")
