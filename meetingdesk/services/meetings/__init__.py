"""Meetings: the meeting records themselves, and the health and backups of the database
that holds them (maintenance)."""

from __future__ import annotations

from ._records import (
    counts,
    create_meeting,
    get_meeting,
    list_meetings,
    meeting_snap,
    recent_audit,
    validate_zone,
)

__all__ = [
    "meeting_snap",
    "validate_zone",
    "create_meeting",
    "list_meetings",
    "get_meeting",
    "recent_audit",
    "counts",
]
