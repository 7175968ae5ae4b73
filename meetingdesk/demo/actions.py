"""The demo annex's actions: owners, partners, links, dates, statuses and contacts, set
through the actions service's own helpers (the demo is the only caller outside the area)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from meetingdesk.demo.meeting import demo_actions, read_demo_data
from meetingdesk.model import ActionFollowUp, Clause, Meeting, Participant, utc_now
from meetingdesk.services.actions.plan import attach_in, delegations_by_code
from meetingdesk.services.base import Desk


def apply_demo_actions(desk: Desk, meeting_id: int, clause_ids: dict[str, int]) -> None:
    """Turn the demo annex's action clauses into action items (owners, partners, links,
    dates, statuses, contacts) and give the finished ones a follow-up note."""
    people: dict[str, tuple[str, str, str]] = {}
    for d in read_demo_data()["delegations"]:
        for p in d.get("participants", []):
            people[p["key"]] = (d["code"], p["family_name"], p.get("given_name", ""))
    with desk.write() as s:
        codes = delegations_by_code(s, meeting_id)
        for entry in demo_actions():
            clause = s.get(Clause, clause_ids[entry["key"]])
            contact = None
            if entry.get("contact") in people:
                code, family, given = people[entry["contact"]]
                contact = s.scalar(
                    select(Participant.id).where(
                        Participant.delegation_id == codes[code].id,
                        Participant.family_name == family,
                        Participant.given_name == given,
                    )
                )
            a = attach_in(
                desk,
                s,
                clause,
                meeting_id,
                owner_code=entry["owner"],
                title_en=entry.get("title_en", ""),
                title_ja=entry.get("title_ja", ""),
                partner_codes=entry.get("partners", []),
                implements=[clause_ids[k] for k in entry.get("implements", [])],
                target_date=entry.get("target"),
                status=entry.get("status", "proposed"),
                contact_id=contact,
            )
            if a.status == "done" and a.target_date:
                when = a.target_date - timedelta(days=14)
                s.add(
                    ActionFollowUp(
                        action_id=a.id,
                        on_date=when,
                        note="Completed; outcome reported to the G7 ICT contact points.",
                        author=desk.user_login,
                        created_at=utc_now(),
                    )
                )
        desk.audit(s, "action.demo", s.get(Meeting, meeting_id), "demo actions loaded")
