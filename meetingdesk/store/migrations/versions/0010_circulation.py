"""Circulations of revisions to delegations (which revision, to whom, when, which files with
their SHA-256), and the map from Word tracked-change authors to delegations.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "circulation",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_circulation_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"], ["revision.id"], name=op.f("fk_circulation_revision_id_revision")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circulation")),
    )
    op.create_index("ix_circulation_document_id", "circulation", ["document_id"])
    op.create_index("ix_circulation_revision_id", "circulation", ["revision_id"])
    op.create_index("ix_circulation_uuid", "circulation", ["uuid"], unique=True)
    op.create_table(
        "circulation_file",
        sa.Column("circulation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["circulation_id"],
            ["circulation.id"],
            name=op.f("fk_circulation_file_circulation_id_circulation"),
        ),
        sa.PrimaryKeyConstraint("circulation_id", "position", name=op.f("pk_circulation_file")),
    )
    op.create_table(
        "circulation_recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("circulation_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("addresses", sa.Text(), nullable=False),
        sa.Column("eml_name", sa.String(length=255), nullable=False),
        sa.Column("eml_sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["circulation_id"],
            ["circulation.id"],
            name=op.f("fk_circulation_recipient_circulation_id_circulation"),
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_circulation_recipient_delegation_id_delegation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circulation_recipient")),
    )
    op.create_index(
        "ix_circulation_recipient_circulation_id", "circulation_recipient", ["circulation_id"]
    )
    op.create_index(
        "ix_circulation_recipient_delegation_id", "circulation_recipient", ["delegation_id"]
    )
    op.create_table(
        "word_author",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_word_author_delegation_id_delegation"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_word_author_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_word_author")),
        sa.UniqueConstraint("meeting_id", "author", name=op.f("uq_word_author_meeting_id")),
    )
    op.create_index("ix_word_author_meeting_id", "word_author", ["meeting_id"])
    op.create_index("ix_word_author_uuid", "word_author", ["uuid"], unique=True)


def downgrade() -> None:
    op.drop_table("word_author")
    op.drop_table("circulation_recipient")
    op.drop_table("circulation_file")
    op.drop_table("circulation")
