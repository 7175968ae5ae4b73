"""Registration import layouts; agenda sessions keep a status and a calendar sequence.

`agenda_session.status` (scheduled / cancelled / removed) lets a removed session stay as a
tombstone that calendars are told to drop; `ics_sequence` is the iCalendar SEQUENCE, started
from the row's version counter so that calendars already published see a newer number.
`import_layout` remembers how each file layout's columns map to fields.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_session") as batch:
        batch.add_column(
            sa.Column("status", sa.String(16), nullable=False, server_default="scheduled")
        )
        batch.add_column(
            sa.Column("ics_sequence", sa.Integer(), nullable=False, server_default="0")
        )
    op.execute("UPDATE agenda_session SET ics_sequence = row_version")
    op.create_table(
        "import_layout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("layout_key", sa.String(64), nullable=False),
        sa.Column("header", sa.Text(), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_layout")),
        sa.UniqueConstraint("kind", "layout_key", name=op.f("uq_import_layout_kind")),
    )


def downgrade() -> None:
    op.drop_table("import_layout")
    # The old schema cannot show a removed session: its rows go, or it would come back.
    removed = "(SELECT id FROM agenda_session WHERE status = 'removed')"
    op.execute(f"DELETE FROM agenda_item WHERE session_id IN {removed}")
    op.execute(f"DELETE FROM session_speaker WHERE session_id IN {removed}")
    op.execute("DELETE FROM agenda_session WHERE status = 'removed'")
    with op.batch_alter_table("agenda_session") as batch:
        batch.drop_column("ics_sequence")
        batch.drop_column("status")
