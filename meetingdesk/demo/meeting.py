"""The demo meeting: a G7-style ICT ministers' meeting (Takamatsu, 29–30 April 2016).

The data lives in ``resources/demo/*.toml`` (installed as ``meetingdesk.resources.demo``).
It is loaded through the ordinary services only, so every row gets its audit event and
passes the same checks as anything a person types. With ``clauses``/``versions`` the large
generated benchmark meeting is built instead (see demo_large).
"""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from importlib.resources import files
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from meetingdesk.model import Clause, Meeting
from meetingdesk.services import meetings
from meetingdesk.services.base import Desk, ValidationError
from meetingdesk.services.drafting import documents
from meetingdesk.services.logistics import agenda, delegations, participants
from meetingdesk.snapshots import MeetingSnap

DEMO_SHORT_NAME = "g7-ict-2016"
DOCUMENT_FILES = ("charter.toml", "declaration.toml", "annex.toml")
ZERO_DRAFT_DOCUMENT = "declaration"
ZERO_DRAFT_LABEL = "Zero draft"

_MEETING_FIELDS = (
    "short_name",
    "title_ja",
    "host_en",
    "host_ja",
    "city_en",
    "city_ja",
    "venue_en",
    "venue_ja",
    "languages",
)
_DELEGATION_FIELDS = ("name_fr", "name_ja", "reading_ja", "is_host", "contact_point")


def _read_toml(name: str) -> dict[str, Any]:
    resource = files("meetingdesk.resources") / "demo" / name
    return tomllib.loads(resource.read_text(encoding="utf-8"))


def read_demo_data() -> dict[str, Any]:
    """The parsed demo data: {"meeting": …, "rooms": …, "delegations": …, "sessions": …,
    "documents": [{"document": …, "clauses": [...]}, …]} (a fresh copy on every call)."""
    data = _read_toml("meeting.toml")
    data["documents"] = [_read_toml(name) for name in DOCUMENT_FILES]
    return data


def demo_actions() -> list[dict[str, Any]]:
    """Annex action metadata for the action list, in annex order.

    Each entry: clause key, owner and partner delegation codes, target date, status,
    implemented clause keys, contact participant key, short titles EN/JA.
    """
    out = []
    for doc in read_demo_data()["documents"]:
        for clause in doc["clauses"]:
            if "action" in clause:
                out.append({"key": clause["key"], **clause["action"]})
    return out


def _local_to_utc(value: str, zone: ZoneInfo) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=zone).astimezone(UTC)


def demo_loaded(desk: Desk) -> bool:
    with desk.read() as s:
        return (
            s.scalar(select(Meeting.id).where(Meeting.short_name == DEMO_SHORT_NAME).limit(1))
            is not None
        )


def load_demo(
    desk: Desk,
    *,
    clauses: int | None = None,
    versions: int | None = None,
    negotiation: bool = True,
) -> MeetingSnap:
    """Load the demo meeting (or, given clauses/versions, the large benchmark meeting).

    negotiation=False stops at the zero draft: no proposals, revisions or annex actions.
    """
    if clauses is not None or versions is not None:
        from meetingdesk.demo.large import generate_large

        kwargs = {k: v for k, v in (("clauses", clauses), ("versions", versions)) if v is not None}
        return generate_large(desk, **kwargs)
    if demo_loaded(desk):
        raise ValidationError("the demo meeting is already in this database")
    data = read_demo_data()
    meeting = _create_meeting(desk, data["meeting"])
    zone = ZoneInfo(meeting.time_zone)
    codes, people = _add_delegations(desk, meeting.id, data["delegations"], zone)
    doc_ids, clause_ids = _add_documents(desk, meeting.id, data["documents"], codes)
    _add_agenda(desk, meeting.id, data, zone, people, doc_ids)
    if negotiation:
        from meetingdesk.demo.actions import apply_demo_actions
        from meetingdesk.demo.negotiation import apply_negotiation

        apply_negotiation(desk, meeting.id, dict(clause_ids))
        apply_demo_actions(desk, meeting.id, dict(clause_ids))
    return meetings.get_meeting(desk, meeting.id)


def _create_meeting(desk: Desk, m: dict[str, Any]) -> MeetingSnap:
    return meetings.create_meeting(
        desk,
        title_en=m["title_en"],
        start_date=m["start_date"],
        end_date=m["end_date"],
        time_zone=m["time_zone"],
        **{k: m[k] for k in _MEETING_FIELDS if k in m},
    )


def _add_delegations(
    desk: Desk, meeting_id: int, rows: list[dict[str, Any]], zone: ZoneInfo
) -> tuple[dict[str, int], dict[str, int]]:
    """Delegations and their people; returns code → delegation id and person key → id."""
    codes: dict[str, int] = {}
    people: dict[str, int] = {}
    for row in rows:
        d = delegations.add_delegation(
            desk,
            meeting_id,
            code=row["code"],
            name_en=row["name_en"],
            kind=row["kind"],
            **{k: row[k] for k in _DELEGATION_FIELDS if k in row},
        )
        codes[d.code] = d.id
        for person in row.get("participants", []):
            fields = {k: v for k, v in person.items() if k not in ("key", "family_name", "role")}
            for when in ("arrival", "departure"):
                if when in fields:
                    fields[when] = _local_to_utc(fields[when], zone)
            p = participants.add_participant(
                desk, d.id, family_name=person["family_name"], role=person["role"], **fields
            )
            people[person["key"]] = p.id
    return codes, people


def _add_documents(
    desk: Desk, meeting_id: int, docs: list[dict[str, Any]], codes: dict[str, int]
) -> tuple[dict[str, int], dict[str, int]]:
    """Documents and clauses with their drafting history; returns short name → document id
    and clause key → clause id.

    First every clause goes in with its earliest text; the declaration is frozen as the
    zero draft; then the later drafts are saved, each attributed to its delegation.
    """
    doc_ids: dict[str, int] = {}
    clause_ids: dict[str, int] = {}
    later: list[tuple[int, list[dict[str, Any]]]] = []
    for doc in docs:
        meta = doc["document"]
        parent = meta.get("parent")
        snap = documents.add_document(
            desk,
            meeting_id,
            short_name=meta["short_name"],
            title_en=meta["title_en"],
            title_ja=meta["title_ja"],
            kind=meta["kind"],
            parent_id=doc_ids[parent] if parent else None,
        )
        doc_ids[snap.short_name] = snap.id
        for clause in doc["clauses"]:
            texts = [*clause.get("history", []), clause]
            first = texts[0]
            cid = documents.add_clause(
                desk,
                snap.id,
                kind=clause["kind"],
                text_en=first["en"],
                text_ja=first["ja"],
                delegation_id=codes[first["by"]] if first.get("by") else None,
                note=first.get("note", ""),
                parent_id=clause_ids[clause["parent"]] if clause.get("parent") else None,
            )
            if clause["key"] in clause_ids:
                raise ValidationError(f"demo data: clause key {clause['key']} is used twice")
            clause_ids[clause["key"]] = cid
            if len(texts) > 1:
                later.append((cid, texts[1:]))
    documents.freeze_revision(
        desk, doc_ids[ZERO_DRAFT_DOCUMENT], kind="zero", label=ZERO_DRAFT_LABEL
    )
    for cid, texts in later:
        _save_drafts(desk, cid, texts, codes)
    return doc_ids, clause_ids


def _save_drafts(
    desk: Desk, clause_id: int, texts: list[dict[str, Any]], codes: dict[str, int]
) -> None:
    with desk.read() as s:
        clause = s.get(Clause, clause_id)
        en_head, ja_head = clause.head_en_id, clause.head_ja_id
    for t in texts:
        by = codes[t["by"]] if t.get("by") else None
        note = t.get("note", "")
        snap = documents.save_text(
            desk, clause_id, "en", t["en"], expected_head=en_head, delegation_id=by, note=note
        )
        en_head = snap.en_version_id
        snap = documents.save_text(
            desk, clause_id, "ja", t["ja"], expected_head=ja_head, delegation_id=by, note=note
        )
        ja_head = snap.ja_version_id


def _add_agenda(
    desk: Desk,
    meeting_id: int,
    data: dict[str, Any],
    zone: ZoneInfo,
    people: dict[str, int],
    doc_ids: dict[str, int],
) -> None:
    rooms = {
        r["key"]: agenda.add_room(
            desk, meeting_id, name_en=r["name_en"], name_ja=r["name_ja"], capacity=r["capacity"]
        ).id
        for r in data["rooms"]
    }
    for sess in data["sessions"]:
        sid = agenda.add_session(
            desk,
            meeting_id,
            title_en=sess["title_en"],
            title_ja=sess["title_ja"],
            kind=sess["kind"],
            starts_at=_local_to_utc(sess["starts"], zone),
            ends_at=_local_to_utc(sess["ends"], zone),
            room_id=rooms[sess["room"]],
            chair_id=people[sess["chair"]],
            speaker_ids=tuple(people[k] for k in sess.get("speakers", [])),
        )
        for item in sess.get("items", []):
            agenda.add_item(
                desk,
                sid,
                title_en=item["title_en"],
                title_ja=item["title_ja"],
                document_id=doc_ids[item["document"]] if "document" in item else None,
            )
