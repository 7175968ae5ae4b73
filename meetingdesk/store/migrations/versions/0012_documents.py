"""Documents created from scratch and imported drafts (reserved).

Revision ID: 0012
Revises: 0011
"""

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing yet: reserved so that the areas' migrations chain in a fixed order."""


def downgrade() -> None:
    """Nothing to undo."""
