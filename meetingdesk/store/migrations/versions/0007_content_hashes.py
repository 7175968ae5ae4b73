"""Content-addressed history and protected status (reserved).

Revision ID: 0007
Revises: 0006
"""

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing yet: reserved so that the areas' migrations chain in a fixed order."""


def downgrade() -> None:
    """Nothing to undo."""
