"""The drafting window: clauses, bilingual editor, history, proposals, revisions, compare,
blame, comments, search and the negotiation overview (issue 3)."""

from .view import DraftingView

__all__ = ["DraftingView"]
