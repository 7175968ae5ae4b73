"""Helpers for the offline tests: a small meeting built through the services, and a way to
open a package like any other database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from meetingdesk.services import meetings
from meetingdesk.services.base import Desk
from meetingdesk.services.drafting import documents
from meetingdesk.services.logistics.delegations import add_delegation

TEXTS = [
    "We, the G7 ICT Ministers, met in Takamatsu to discuss the digitally connected world.",
    "We recognise that open networks support growth and innovation for all people.",
    "We will promote the free flow of information while protecting privacy and security.",
    "We commit to work together on cybersecurity and capacity building.",
]


def build_meeting(desk: Desk, n: int = 4) -> tuple[int, int, list[int]]:
    """(meeting id, document id, clause ids) of a small declaration with EN and JA text."""
    m = meetings.create_meeting(
        desk,
        title_en="G7 ICT Ministers' Meeting",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
    )
    for code in ("JPN", "USA", "FRA"):
        add_delegation(desk, m.id, code=code)
    doc = documents.add_document(desk, m.id, short_name="decl", title_en="Joint Declaration")
    ids = []
    for i in range(n):
        ids.append(
            documents.add_clause(
                desk,
                doc.id,
                text_en=TEXTS[i % len(TEXTS)] + (f" ({i})" if i >= len(TEXTS) else ""),
                text_ja=f"第{i + 1}項。情報の自由な流通を促進する。",
            )
        )
    return m.id, doc.id, ids


@contextmanager
def opened(path: Path) -> Iterator[Desk]:
    d = Desk.open(f"sqlite:///{path}", user="drafter")
    try:
        yield d
    finally:
        d.close()


def clause_by_uuid(desk: Desk, uuid: str):
    from meetingdesk.model import Clause

    with desk.read() as s:
        c = s.scalar(select(Clause).where(Clause.uuid == __import__("uuid").UUID(uuid)))
        return documents.clause_snaps(s, c.document_id, only={c.id})[0]


def snap(desk: Desk, clause_id: int):
    with desk.read() as s:
        from meetingdesk.model import Clause

        c = s.get(Clause, clause_id)
        return documents.clause_snaps(s, c.document_id, only={c.id})[0]


def save(desk: Desk, clause_id: int, lang: str, new_text: str):
    current = snap(desk, clause_id)
    head = current.en_version_id if lang == "en" else current.ja_version_id
    return documents.save_text(desk, clause_id, lang, new_text, expected_head=head)


def package_clause_id(pkg: Desk, uuid: str) -> int:
    return clause_by_uuid(pkg, uuid).id


TABLES = (
    "clause",
    "clause_version",
    "proposal",
    "position",
    "comment",
    "audit_event",
    "store_info",
    "clause_ad_ref",
)


def state(desk: Desk) -> dict:
    """Row counts and every clause's heads, status and position: 'the database as it is'."""
    out: dict = {}
    with desk.engine.connect() as conn:
        for t in TABLES:
            out[t] = conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
        out["clauses"] = sorted(
            tuple(r)
            for r in conn.execute(
                text(
                    "SELECT uuid, head_en_id, head_ja_id, status, position, row_version FROM clause"
                )
            )
        )
    return out


def version_uuids(desk: Desk) -> set[str]:
    from meetingdesk.model import ClauseVersion

    with desk.read() as s:
        return {str(u) for u in s.scalars(select(ClauseVersion.uuid))}


def count(desk: Desk, model) -> int:
    with desk.read() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def server(desk: Desk):
    """The desk (SQLite or PostgreSQL) with a small meeting: (desk, meeting, doc, clauses)."""
    meeting_id, doc_id, ids = build_meeting(desk)
    return desk, meeting_id, doc_id, ids
