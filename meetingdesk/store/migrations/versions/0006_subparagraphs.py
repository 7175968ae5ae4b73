"""Sub-paragraphs and numbering within a round (reserved).

Revision ID: 0006
Revises: 0005
"""

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing yet: reserved so that the areas' migrations chain in a fixed order."""


def downgrade() -> None:
    """Nothing to undo."""
