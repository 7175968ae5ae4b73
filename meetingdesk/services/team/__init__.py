"""What the acting login's role may do, so the window can grey out the rest and say why.

The server enforces the same rules by itself (meetingdesk.store.server grants them); this
table only spares people a refusal after the fact. On an SQLite file there are no roles
("local"): everything is allowed, as it is for the database owner.
"""

from __future__ import annotations

from meetingdesk.services.base import Desk

#: rights, each named after what a person does
EDIT_TEXT = "edit_text"  # clause text, new clauses, order, status, ad ref
PROPOSALS = "proposals"  # proposals and delegations' positions
COMMENTS = "comments"
CHECK_IN = "check_in"  # bring an offline package back
FREEZE = "freeze"  # freeze a revision (Rev.N), renumber as clean text
CIRCULATE = "circulate"  # send a revision to the delegations (recorded)
DOCUMENTS = "documents"  # new documents, names, order, numbering, a chair's new text
SILENCE = "silence"  # start a silence procedure, record objections
ADOPT = "adopt"
DELEGATIONS = "delegations"  # delegations and participants
AGENDA = "agenda"  # sessions, items, rooms
MEETING = "meeting"  # meetings, seating, the action plan (annex action details, follow-up)

RIGHTS = (
    EDIT_TEXT,
    PROPOSALS,
    COMMENTS,
    CHECK_IN,
    FREEZE,
    CIRCULATE,
    DOCUMENTS,
    SILENCE,
    ADOPT,
    DELEGATIONS,
    AGENDA,
    MEETING,
)
DRAFTER_RIGHTS = frozenset({EDIT_TEXT, PROPOSALS, COMMENTS, CHECK_IN})
BY_ROLE: dict[str, frozenset[str]] = {
    "local": frozenset(RIGHTS),
    "owner": frozenset(RIGHTS),
    "secretariat": frozenset(RIGHTS),
    "drafter": DRAFTER_RIGHTS,
    "reader": frozenset(),
}


def may(desk: Desk, right: str) -> bool:
    """Whether the desk's login may do this (unknown roles may do nothing)."""
    if right not in RIGHTS:
        raise ValueError(f"unknown right {right!r}")
    return right in BY_ROLE.get(desk.role, frozenset())


def needed_role(right: str) -> str:
    """The lowest role that has the right: "drafter" or "secretariat"."""
    return "drafter" if right in DRAFTER_RIGHTS else "secretariat"
