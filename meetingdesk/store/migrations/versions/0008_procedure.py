"""Silence bound to a revision, lapsed proposals, package owners (reserved).

Revision ID: 0008
Revises: 0007
"""

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing yet: reserved so that the areas' migrations chain in a fixed order."""


def downgrade() -> None:
    """Nothing to undo."""
