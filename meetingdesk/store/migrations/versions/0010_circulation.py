"""Circulations of revisions to delegations (reserved).

Revision ID: 0010
Revises: 0009
"""

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing yet: reserved so that the areas' migrations chain in a fixed order."""


def downgrade() -> None:
    """Nothing to undo."""
