"""Drafting: outcome documents as numbered bilingual clauses with their append-only history —
documents, versions, proposals, revisions, compare, search, status, comments, negotiation.

The clause-level use cases (history, restore, move, status, silence, adoption) are imported
from here; the other modules of the area by name (``from ...drafting import documents``).
"""

from __future__ import annotations

from .procedure import (
    AdoptionReason,
    AdoptionRefused,
    adopt_document,
    adoption_check,
    circulated_label,
    local_deadline,
    record_objection,
    set_silence,
    silence_state,
    withdraw_silence,
)
from .reading import (
    LANGUAGES,
    clause_label,
    delegation_codes,
    live_clause,
    meeting_delegations,
    one_clause,
)
from .status import (
    SETTABLE_STATUSES,
    bracket_counts,
    delete_clause,
    lift_ad_ref,
    restore_clause,
    set_status,
)
from .versions import (
    clause_history,
    confirm_translation,
    history,
    move_clause,
    restore_version,
    status_history,
    version_snap,
)

__all__ = [
    "AdoptionReason",
    "AdoptionRefused",
    "adoption_check",
    "circulated_label",
    "local_deadline",
    "withdraw_silence",
    "LANGUAGES",
    "SETTABLE_STATUSES",
    "adopt_document",
    "bracket_counts",
    "clause_history",
    "clause_label",
    "confirm_translation",
    "delegation_codes",
    "delete_clause",
    "history",
    "lift_ad_ref",
    "live_clause",
    "meeting_delegations",
    "move_clause",
    "one_clause",
    "record_objection",
    "restore_clause",
    "restore_version",
    "set_silence",
    "set_status",
    "silence_state",
    "status_history",
    "version_snap",
]
