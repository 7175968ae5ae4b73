"""Annex actions: the collaborative actions of an annex, their owners, links to the
paragraphs they implement, follow-up, spreadsheets and carry-over to the next meeting."""

from __future__ import annotations

from .plan import (
    ACTION_STATUSES,
    OPEN_STATUSES,
    actions_for_clause,
    add_follow_up,
    attach_action,
    create_action,
    edit_action,
    follow_up_summary,
    get_action,
    link_paragraph,
    list_actions,
    set_action_status,
    unlink_paragraph,
)

__all__ = [
    "ACTION_STATUSES",
    "OPEN_STATUSES",
    "actions_for_clause",
    "add_follow_up",
    "attach_action",
    "create_action",
    "edit_action",
    "follow_up_summary",
    "get_action",
    "link_paragraph",
    "list_actions",
    "set_action_status",
    "unlink_paragraph",
]
