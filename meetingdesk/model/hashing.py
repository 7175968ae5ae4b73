"""The content hash a clause version gets on insert, through ORM and Core alike.

A column default (not a service call) so that every path that inserts versions — a save,
a merge of offline work, a generator — hashes them the same way; the database refuses a
version without a 64-digit hash (a trigger), so a forgotten path fails loudly.
"""

from __future__ import annotations

import uuid as uuid_mod

from sqlalchemy import text

from meetingdesk.integrity.hashing import VersionFacts, version_hash

CREATED_KEY = "meetingdesk_created_hashes"


def _uuid_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, uuid_mod.UUID):
        return str(value)
    raw = str(value)
    return str(uuid_mod.UUID(raw)) if len(raw) == 32 else raw


def note_created(info: dict, kind: str, hashes: list[str]) -> None:
    """Remember hashes written in this transaction: the next audit event records them."""
    info.setdefault(CREATED_KEY, []).extend((kind, h) for h in hashes)


def version_hash_default(context) -> str:
    p = context.get_current_parameters()
    conn = context.connection
    refs = {k: p.get(k) for k in ("parent_id", "merge_parent_id", "translated_from_id")}
    ids = [v for v in refs.values() if v is not None]
    hashes: dict[int, str] = {}
    if ids:
        marks = ", ".join(str(int(i)) for i in ids)
        rows = conn.exec_driver_sql(
            f"SELECT id, content_hash FROM clause_version WHERE id IN ({marks})"
        )
        hashes = {r[0]: r[1] for r in rows}
    clause_uuid = conn.execute(
        text("SELECT uuid FROM clause WHERE id = :i"), {"i": p["clause_id"]}
    ).scalar()
    delegation_uuid = None
    if p.get("delegation_id") is not None:
        delegation_uuid = conn.execute(
            text("SELECT uuid FROM delegation WHERE id = :i"), {"i": p["delegation_id"]}
        ).scalar()
    own = p.get("uuid")
    if own is None:
        raise ValueError("a clause version needs its uuid before its hash")
    digest = version_hash(
        VersionFacts(
            uuid=_uuid_text(own),
            clause_uuid=_uuid_text(clause_uuid),
            language=p["language"],
            text=p["text"],
            author=p["author"],
            delegation_uuid=_uuid_text(delegation_uuid),
            created_at=p.get("created_at"),
            note=p.get("note") or "",
            parent_hash=hashes.get(refs["parent_id"], "") if refs["parent_id"] else "",
            merge_parent_hash=(
                hashes.get(refs["merge_parent_id"], "") if refs["merge_parent_id"] else ""
            ),
            translated_from_hash=(
                hashes.get(refs["translated_from_id"], "") if refs["translated_from_id"] else ""
            ),
        )
    )
    note_created(conn.info, "clause_version", [digest])
    return digest
