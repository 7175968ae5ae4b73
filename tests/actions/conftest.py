"""Fixtures for the action list: the demo meeting with its action items applied."""

from __future__ import annotations

import pytest
from sqlalchemy import select


def demo_clause_ids(desk) -> dict[str, int]:
    """Demo clause key → clause id: clauses were created in data order, per document."""
    from meetingdesk.model import Clause
    from meetingdesk.services import documents
    from meetingdesk.services.demo import read_demo_data
    from meetingdesk.services.exports import default_meeting_id

    meeting_id = default_meeting_id(desk)
    out: dict[str, int] = {}
    for doc in read_demo_data()["documents"]:
        snap = documents.find_document(desk, meeting_id, doc["document"]["short_name"])
        with desk.read() as s:
            ids = sorted(s.scalars(select(Clause.id).where(Clause.document_id == snap.id)))
        for clause, cid in zip(doc["clauses"], ids, strict=False):
            out[clause["key"]] = cid
    return out


@pytest.fixture
def action_desk(demo_desk):
    """The demo meeting with apply_demo_actions run (as load_demo will do)."""
    from meetingdesk.services.actions import apply_demo_actions
    from meetingdesk.services.exports import default_meeting_id

    apply_demo_actions(demo_desk, default_meeting_id(demo_desk), demo_clause_ids(demo_desk))
    return demo_desk
