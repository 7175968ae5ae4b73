"""The Overview names what each audit event was about, from the data (not its summary)."""

from __future__ import annotations

import re

from meetingdesk.services import meetings
from meetingdesk.services.drafting import subjects


def test_every_event_of_the_demo_is_named(demo_desk) -> None:
    events = meetings.recent_audit(demo_desk, 2000)
    kinds = {e.entity_type for e in events}
    assert {"Clause", "Document", "Delegation", "ActionItem", "Revision"} <= kinds
    names = subjects.subjects(demo_desk, [(e.entity_type, e.entity_uuid) for e in events])
    unnamed = {e.entity_type for e in events if not names.get(e.entity_uuid)}
    assert not unnamed, unnamed
    for e in events:
        if e.entity_type in ("Clause", "ActionItem") and e.action != "clause.delete":
            assert re.match(r"^[a-z0-9-]+ (\d|[ivx]+\.|\(|“)", names[e.entity_uuid]), names[
                e.entity_uuid
            ]
    codes = {names[e.entity_uuid] for e in events if e.entity_type == "Delegation"}
    assert "JPN" in codes
    saves = [e for e in events if e.action == "clause.save"]
    assert saves and all(e.details.get("lang") in ("en", "ja") for e in saves)
