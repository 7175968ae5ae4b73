"""Hashes a writer computes before inserting a frozen revision (its rows are immutable)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import Connection

from meetingdesk.integrity.hashing import EntryFacts, RevisionFacts, revision_hash
from meetingdesk.model import Clause, ClauseVersion, Document
from meetingdesk.model.hashing import note_created


@dataclass(frozen=True)
class EntryRow:
    clause_id: int
    position: int
    number: str
    kind: str
    status: str
    ad_ref: str
    en_version_id: int | None
    ja_version_id: int | None
    parent_clause_id: int | None = None


def revision_tree_hash(
    conn: Connection,
    *,
    uuid: str,
    document_id: int,
    number: int,
    label: str,
    kind: str,
    note: str,
    author: str,
    created_at: datetime,
    content_hash: str,
    entries: Sequence[EntryRow],
) -> str:
    """The tree hash of a revision about to be inserted; noted for the next audit event."""
    v, c, d = ClauseVersion.__table__, Clause.__table__, Document.__table__
    ids = {i for e in entries for i in (e.en_version_id, e.ja_version_id) if i is not None}
    hashes: dict[int, str] = {}
    id_list = sorted(ids)
    for start in range(0, len(id_list), 900):
        chunk = id_list[start : start + 900]
        hashes.update(
            (r.id, r.content_hash)
            for r in conn.execute(sa.select(v.c.id, v.c.content_hash).where(v.c.id.in_(chunk)))
        )
    clause_ids = sorted(
        {e.clause_id for e in entries} | {e.parent_clause_id for e in entries if e.parent_clause_id}
    )
    clause_uuids: dict[int, str] = {}
    for start in range(0, len(clause_ids), 900):
        chunk = clause_ids[start : start + 900]
        clause_uuids.update(
            (r.id, str(r.uuid))
            for r in conn.execute(sa.select(c.c.id, c.c.uuid).where(c.c.id.in_(chunk)))
        )
    doc_uuid = conn.execute(sa.select(d.c.uuid).where(d.c.id == document_id)).scalar()
    digest = revision_hash(
        RevisionFacts(
            uuid,
            str(doc_uuid),
            number,
            label,
            kind,
            note,
            author,
            created_at,
            content_hash,
            tuple(
                EntryFacts(
                    clause_uuids.get(e.clause_id, ""),
                    e.position,
                    e.number,
                    e.kind,
                    e.status,
                    e.ad_ref,
                    hashes.get(e.en_version_id, "") if e.en_version_id else "",
                    hashes.get(e.ja_version_id, "") if e.ja_version_id else "",
                    clause_uuids.get(e.parent_clause_id, "") if e.parent_clause_id else "",
                )
                for e in entries
            ),
        )
    )
    note_created(conn.info, "revision", [digest])
    return digest


class BulkVersionHasher:
    """Content hashes for versions inserted in bulk (Core executemany), without a query
    per row: parents are looked up in what this hasher has seen, then in the table.

    Usage: ``row["content_hash"] = h.hash(row)`` for each row before the insert, then
    ``h.learn(ids, rows)`` with the new ids.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.known: dict[int, str] = {}
        self._clauses: dict[int, str] = {}
        self._delegations: dict[int, str] | None = None

    def _clause_uuid(self, clause_id: int) -> str:
        if clause_id not in self._clauses:
            c = Clause.__table__
            got = self.conn.execute(sa.select(c.c.uuid).where(c.c.id == clause_id)).scalar()
            self._clauses[clause_id] = str(got) if got is not None else ""
        return self._clauses[clause_id]

    def preload_clauses(self, ids: Sequence[int], uuids: Sequence[object]) -> None:
        self._clauses.update((i, str(u)) for i, u in zip(ids, uuids, strict=True))

    def _delegation_uuid(self, delegation_id: int | None) -> str:
        if delegation_id is None:
            return ""
        if self._delegations is None:
            from meetingdesk.model import Delegation

            t = Delegation.__table__
            self._delegations = {
                r.id: str(r.uuid) for r in self.conn.execute(sa.select(t.c.id, t.c.uuid))
            }
        return self._delegations.get(delegation_id, "")

    def _parent(self, version_id: int | None) -> str:
        if version_id is None:
            return ""
        if version_id not in self.known:
            v = ClauseVersion.__table__
            got = self.conn.execute(
                sa.select(v.c.content_hash).where(v.c.id == version_id)
            ).scalar()
            self.known[version_id] = got or ""
        return self.known[version_id]

    def hash(self, row: dict) -> str:
        from meetingdesk.integrity.hashing import VersionFacts, version_hash

        return version_hash(
            VersionFacts(
                uuid=str(row["uuid"]),
                clause_uuid=self._clause_uuid(row["clause_id"]),
                language=row["language"],
                text=row["text"],
                author=row["author"],
                delegation_uuid=self._delegation_uuid(row.get("delegation_id")),
                created_at=row["created_at"],
                note=row.get("note") or "",
                parent_hash=self._parent(row.get("parent_id")),
                merge_parent_hash=self._parent(row.get("merge_parent_id")),
                translated_from_hash=self._parent(row.get("translated_from_id")),
            )
        )

    def learn(self, ids: Sequence[int], rows: Sequence[dict]) -> None:
        self.known.update((i, r["content_hash"]) for i, r in zip(ids, rows, strict=True))

    def range_record(self, ids: Sequence[int]) -> dict:
        """What an audit event records for a contiguous block of new versions."""
        from meetingdesk.integrity.hashing import range_digest

        ordered = sorted(ids)
        return {
            "first": ordered[0],
            "last": ordered[-1],
            "count": len(ordered),
            "digest": range_digest(self.known[i] for i in ordered),
        }
