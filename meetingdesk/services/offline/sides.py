"""One side of a merge as plain dicts keyed by UUID (integer ids differ between databases).

Everything a merge compares is loaded in a few queries: the documents, their clauses and
every version of them (the whole DAG), proposals, positions, comments, delegations.
References between rows are turned into UUID strings here.
"""

from __future__ import annotations

import uuid as uuid_mod
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from meetingdesk.model import (
    Clause,
    ClauseVersion,
    Comment,
    Delegation,
    Document,
    Meeting,
    Position,
    Proposal,
    clause_ad_ref,
)

T_CLAUSE = Clause.__table__
T_VERSION = ClauseVersion.__table__
T_PROPOSAL = Proposal.__table__
T_POSITION = Position.__table__
T_COMMENT = Comment.__table__
T_DOCUMENT = Document.__table__
T_DELEGATION = Delegation.__table__

# Fields compared for mutable rows; references are stored as UUIDs.
ROW_FIELDS = {
    "proposal": ("status", "decided_at", "result_version", "text", "rationale"),
    "position": ("stance", "note"),
    "comment": ("body", "resolved_at", "resolved_by"),
}


def as_uuid(value: str | uuid_mod.UUID) -> uuid_mod.UUID:
    return value if isinstance(value, uuid_mod.UUID) else uuid_mod.UUID(value)


def raw_uuid(column):
    """The column as the driver returns it (no uuid.UUID built per row; see uuid_str)."""
    return type_coerce(column, String).label(column.key)


def uuid_str(raw: Any) -> str:
    """The canonical string of a UUID read through raw_uuid: SQLite gives 32 hex digits,
    PostgreSQL a uuid.UUID."""
    if isinstance(raw, str) and len(raw) == 32:
        raw = raw.lower()
        return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"
    return str(raw if isinstance(raw, uuid_mod.UUID) else uuid_mod.UUID(raw))


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass
class Side:
    meeting_id: int | None = None
    docs: dict[str, dict[str, Any]] = field(default_factory=dict)
    clauses: dict[str, dict[str, Any]] = field(default_factory=dict)
    versions: dict[str, dict[str, Any]] = field(default_factory=dict)
    proposals: dict[str, dict[str, Any]] = field(default_factory=dict)
    positions: dict[str, dict[str, Any]] = field(default_factory=dict)
    comments: dict[str, dict[str, Any]] = field(default_factory=dict)
    delegations: dict[str, int] = field(default_factory=dict)  # uuid -> id
    delegation_codes: dict[str, str] = field(default_factory=dict)  # uuid -> code

    def order(self, doc_uuid: str) -> list[str]:
        rows = [c for c in self.clauses.values() if c["document"] == doc_uuid]
        rows.sort(key=lambda c: (c["position"], c["id"]))
        return [c["uuid"] for c in rows]

    def ancestors(self, version_uuid: str | None) -> set[str]:
        """The version and every version it descends from (both parents)."""
        out: set[str] = set()
        stack = [version_uuid] if version_uuid else []
        while stack:
            u = stack.pop()
            if u in out or u not in self.versions:
                continue
            out.add(u)
            v = self.versions[u]
            stack.extend(p for p in (v["parent"], v["merge_parent"]) if p)
        return out

    def row_values(self, kind: str, row: dict[str, Any]) -> dict[str, Any]:
        return {f: row[f] for f in ROW_FIELDS[kind]}


def load_side(
    s: Session, meeting_uuid: str, document_uuids: list[str], dag_of: set[str] | None = None
) -> Side:
    """Load one side; ``dag_of`` limits the version history loaded to those clause UUIDs
    (heads of other clauses are still named, by UUID)."""
    side = Side()
    side.meeting_id = s.scalar(select(Meeting.id).where(Meeting.uuid == as_uuid(meeting_uuid)))
    if side.meeting_id is None:
        return side
    for r in s.execute(
        select(T_DELEGATION.c.id, T_DELEGATION.c.uuid, T_DELEGATION.c.code).where(
            T_DELEGATION.c.meeting_id == side.meeting_id
        )
    ):
        side.delegations[str(r.uuid)] = r.id
        side.delegation_codes[str(r.uuid)] = r.code
    del_uuid = {i: u for u, i in side.delegations.items()}
    wanted = [as_uuid(u) for u in document_uuids]
    doc_uuid: dict[int, str] = {}
    for r in s.execute(select(T_DOCUMENT).where(T_DOCUMENT.c.uuid.in_(wanted))).mappings():
        if r["meeting_id"] != side.meeting_id:
            continue
        side.docs[str(r["uuid"])] = dict(r, uuid=str(r["uuid"]))
        doc_uuid[r["id"]] = str(r["uuid"])
    if not doc_uuid:
        return side
    clause_rows = (
        s.execute(select(T_CLAUSE).where(T_CLAUSE.c.document_id.in_(doc_uuid))).mappings().all()
    )
    clause_uuid = {r["id"]: str(r["uuid"]) for r in clause_rows}
    ad_ref: dict[int, list[str]] = {}
    if clause_uuid:
        for cid, did in s.execute(
            select(clause_ad_ref.c.clause_id, clause_ad_ref.c.delegation_id).where(
                clause_ad_ref.c.clause_id.in_(clause_uuid)
            )
        ):
            ad_ref.setdefault(cid, []).append(del_uuid.get(did, ""))
    dag_ids = [i for i, u in clause_uuid.items() if dag_of is None or u in dag_of]
    # The whole DAG, light: texts and the other columns are fetched only where needed.
    vt = T_VERSION.c
    version_rows = (
        s.execute(
            select(
                vt.id,
                raw_uuid(vt.uuid),
                vt.clause_id,
                vt.language,
                vt.parent_id,
                vt.merge_parent_id,
                vt.translated_from_id,
            )
            .where(vt.clause_id.in_(dag_ids))
            .order_by(vt.id)
        ).all()
        if dag_ids
        else []
    )
    version_uuid = {r.id: uuid_str(r.uuid) for r in version_rows}
    head_ids = {r["head_en_id"] for r in clause_rows} | {r["head_ja_id"] for r in clause_rows}
    # Versions that proposals resulted in are named too (a manifest's base holds them).
    head_ids |= set(
        s.scalars(
            select(T_PROPOSAL.c.result_version_id).where(
                T_PROPOSAL.c.document_id.in_(doc_uuid),
                T_PROPOSAL.c.result_version_id.is_not(None),
            )
        )
    )
    missing = [i for i in head_ids - set(version_uuid) if i is not None]
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        version_uuid.update(
            (r.id, str(r.uuid)) for r in s.execute(select(vt.id, vt.uuid).where(vt.id.in_(chunk)))
        )
    for r in version_rows:
        u = version_uuid[r.id]
        side.versions[u] = {
            "id": r.id,
            "uuid": u,
            "clause": clause_uuid[r.clause_id],
            "language": r.language,
            "parent": version_uuid.get(r.parent_id),
            "merge_parent": version_uuid.get(r.merge_parent_id),
            "translated_from": version_uuid.get(r.translated_from_id),
        }
    for r in clause_rows:
        u = str(r["uuid"])
        side.clauses[u] = {
            "id": r["id"],
            "uuid": u,
            "document": doc_uuid[r["document_id"]],
            "position": r["position"],
            "kind": r["kind"],
            "status": r["status"],
            "en": version_uuid.get(r["head_en_id"]),
            "ja": version_uuid.get(r["head_ja_id"]),
            "en_id": r["head_en_id"],
            "ja_id": r["head_ja_id"],
            "ad_ref": sorted(c for c in ad_ref.get(r["id"], []) if c),
            "row_version": r["row_version"],
            "created_at": r["created_at"],
        }
    prop_rows = (
        s.execute(select(T_PROPOSAL).where(T_PROPOSAL.c.document_id.in_(doc_uuid))).mappings().all()
    )
    prop_uuid = {r["id"]: str(r["uuid"]) for r in prop_rows}
    for r in prop_rows:
        u = str(r["uuid"])
        side.proposals[u] = {
            "id": r["id"],
            "uuid": u,
            "document": doc_uuid[r["document_id"]],
            "clause": clause_uuid.get(r["clause_id"]),
            "after_clause": clause_uuid.get(r["after_clause_id"]),
            "delegation": del_uuid.get(r["delegation_id"]),
            "kind": r["kind"],
            "language": r["language"],
            "text": r["text"],
            "rationale": r["rationale"],
            "status": r["status"],
            "author": r["author"],
            "created_at": r["created_at"],
            "decided_at": _iso(r["decided_at"]),
            "result_version": version_uuid.get(r["result_version_id"]),
            "row_version": r["row_version"],
        }
    if prop_uuid:
        for r in (
            s.execute(select(T_POSITION).where(T_POSITION.c.proposal_id.in_(prop_uuid)))
            .mappings()
            .all()
        ):
            u = str(r["uuid"])
            side.positions[u] = {
                "id": r["id"],
                "uuid": u,
                "proposal": prop_uuid[r["proposal_id"]],
                "delegation": del_uuid.get(r["delegation_id"]),
                "stance": r["stance"],
                "note": r["note"],
                "updated_at": r["updated_at"],
                "row_version": r["row_version"],
            }
    if clause_uuid:
        comment_rows = (
            s.execute(
                select(T_COMMENT)
                .where(T_COMMENT.c.clause_id.in_(clause_uuid))
                .order_by(T_COMMENT.c.id)
            )
            .mappings()
            .all()
        )
        comment_uuid = {r["id"]: str(r["uuid"]) for r in comment_rows}
        for r in comment_rows:
            u = str(r["uuid"])
            side.comments[u] = {
                "id": r["id"],
                "uuid": u,
                "clause": clause_uuid[r["clause_id"]],
                "parent": comment_uuid.get(r["parent_id"]),
                "author": r["author"],
                "body": r["body"],
                "created_at": r["created_at"],
                "resolved_at": _iso(r["resolved_at"]),
                "resolved_by": r["resolved_by"],
                "row_version": r["row_version"],
            }
    return side


def fetch_versions(s: Session, uuids: list[str]) -> dict[str, dict[str, Any]]:
    """Text, author, delegation, time and note of the given versions, by UUID."""
    out: dict[str, dict[str, Any]] = {}
    vt, dt = T_VERSION.c, T_DELEGATION.c
    for start in range(0, len(uuids), 500):
        chunk = [as_uuid(u) for u in uuids[start : start + 500]]
        rows = s.execute(
            select(vt.uuid, vt.text, vt.author, vt.created_at, vt.note, dt.uuid.label("d"))
            .outerjoin(T_DELEGATION, T_DELEGATION.c.id == vt.delegation_id)
            .where(vt.uuid.in_(chunk))
        )
        for r in rows:
            out[str(r.uuid)] = {
                "text": r.text,
                "author": r.author,
                "created_at": r.created_at,
                "note": r.note,
                "delegation": str(r.d) if r.d else None,
            }
    return out


def base_rows(side: Side) -> dict[str, dict[str, dict[str, Any]]]:
    """The manifest's base values of every proposal, position and comment of a side."""
    return {
        "proposal": {u: side.row_values("proposal", r) for u, r in side.proposals.items()},
        "position": {u: side.row_values("position", r) for u, r in side.positions.items()},
        "comment": {u: side.row_values("comment", r) for u, r in side.comments.items()},
    }


def base_clause(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: entry[k] for k in ("document", "en", "ja", "status", "ad_ref", "kind")}
