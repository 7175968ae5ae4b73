"""Fixtures for the action list: the demo meeting with its action items applied."""

from __future__ import annotations

import pytest
from sqlalchemy import select


def demo_clause_ids(desk) -> dict[str, int]:
    """Demo clause key → clause id: clauses were created in data order, per document."""
    from meetingdesk.demo.meeting import read_demo_data
    from meetingdesk.model import Clause
    from meetingdesk.services.drafting import documents
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
    """The demo meeting, whose loader applies the demo's action items."""
    return demo_desk


class Small:
    """A small meeting: JPN, USA, FRA, a declaration of three paragraphs, an empty annex."""

    def __init__(self, desk, zone: str = "Asia/Tokyo", name: str = "m1") -> None:
        from datetime import date

        from meetingdesk.services import meetings
        from meetingdesk.services.drafting import documents
        from meetingdesk.services.logistics import delegations, participants

        self.desk = desk
        self.meeting = meetings.create_meeting(
            desk,
            title_en=f"Test meeting {name}",
            short_name=name,
            start_date=date(2016, 4, 29),
            end_date=date(2016, 4, 30),
            time_zone=zone,
        )
        self.codes = {}
        for code in ("JPN", "USA", "FRA"):
            self.codes[code] = delegations.add_delegation(desk, self.meeting.id, code=code).id
        self.contact = participants.add_participant(
            desk, self.codes["JPN"], family_name="Sato", given_name="Hanako"
        ).id
        self.decl = documents.add_document(
            desk, self.meeting.id, short_name="declaration", title_en="Declaration"
        ).id
        self.paras = [
            documents.add_clause(desk, self.decl, text_en=f"Paragraph {n}.", text_ja=f"第{n}段落。")
            for n in (1, 2, 3)
        ]
        self.annex = documents.add_document(
            desk,
            self.meeting.id,
            short_name="annex",
            title_en="Annex",
            title_ja="附属書",
            kind="annex",
            parent_id=self.decl,
        ).id
        self.section = documents.add_clause(
            desk, self.annex, kind="section", text_en="Security", text_ja="安全"
        )

    def action(self, **kw):
        from meetingdesk.services.actions import create_action

        fields = {
            "text_en": "Hold a workshop.",
            "text_ja": "ワークショップを開催する。",
            "title_en": "Workshop",
            "title_ja": "ワークショップ",
            "owner_code": "JPN",
            "partner_codes": ["USA"],
            "implements": [self.paras[1]],
            "target_date": "2016-05-01",
            "status": "agreed",
            "contact_id": self.contact,
        }
        fields.update(kw)
        return create_action(self.desk, self.annex, **fields)


@pytest.fixture
def small(desk):
    return Small(desk)
