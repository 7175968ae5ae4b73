"""Content-addressed history, signed audit heads and a database that guards adopted texts.

Adds clause_version.content_hash (SHA-256 of the content and the parents' hashes),
revision.tree_hash (over the entries' version hashes) and the audit_anchor table (signed
audit heads); backfills the hashes of existing rows and records them in one audit event;
installs the guards of meetingdesk.store.guards (TRUNCATE refused on PostgreSQL, adopted
documents frozen, versions without a hash refused).

Revision ID: 0007
Revises: 0006
"""

import json
import uuid as uuid_mod
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from meetingdesk.integrity.hashing import (
    EntryFacts,
    EventFacts,
    RevisionFacts,
    VersionFacts,
    event_hash,
    range_digest,
    revision_hash,
    version_hash,
)
from meetingdesk.model.base import UTCDateTime
from meetingdesk.store import guards

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

OLD_LOCKED = ("clause_version", "revision", "revision_entry", "revision_concordance", "audit_event")


def _backfill_versions(conn: sa.Connection) -> list[tuple[int, str]]:
    v = sa.table(
        "clause_version",
        sa.column("id", sa.Integer),
        sa.column("uuid", sa.Uuid),
        sa.column("clause_id", sa.Integer),
        sa.column("language", sa.String),
        sa.column("text", sa.Text),
        sa.column("author", sa.String),
        sa.column("delegation_id", sa.Integer),
        sa.column("created_at", UTCDateTime),
        sa.column("note", sa.Text),
        sa.column("parent_id", sa.Integer),
        sa.column("merge_parent_id", sa.Integer),
        sa.column("translated_from_id", sa.Integer),
        sa.column("content_hash", sa.String),
    )
    c = sa.table("clause", sa.column("id", sa.Integer), sa.column("uuid", sa.Uuid))
    d = sa.table("delegation", sa.column("id", sa.Integer), sa.column("uuid", sa.Uuid))
    clauses = {r.id: str(r.uuid) for r in conn.execute(sa.select(c.c.id, c.c.uuid))}
    delegations = {r.id: str(r.uuid) for r in conn.execute(sa.select(d.c.id, d.c.uuid))}
    rows = list(conn.execute(sa.select(v).order_by(v.c.id)))
    done: dict[int, str] = {}
    pending = rows
    while pending:
        later = []
        for r in pending:
            refs = (r.parent_id, r.merge_parent_id, r.translated_from_id)
            if any(x is not None and x not in done for x in refs):
                later.append(r)
                continue
            done[r.id] = version_hash(
                VersionFacts(
                    uuid=str(r.uuid),
                    clause_uuid=clauses.get(r.clause_id, ""),
                    language=r.language,
                    text=r.text,
                    author=r.author,
                    delegation_uuid=delegations.get(r.delegation_id, ""),
                    created_at=r.created_at,
                    note=r.note or "",
                    parent_hash=done.get(r.parent_id, ""),
                    merge_parent_hash=done.get(r.merge_parent_id, ""),
                    translated_from_hash=done.get(r.translated_from_id, ""),
                )
            )
        if len(later) == len(pending):
            raise RuntimeError("clause versions refer to parents that do not exist")
        pending = later
    if done:
        conn.execute(
            sa.update(v)
            .where(v.c.id == sa.bindparam("vid"))
            .values(content_hash=sa.bindparam("h")),
            [{"vid": k, "h": h} for k, h in sorted(done.items())],
        )
    return sorted(done.items())


def _backfill_revisions(conn: sa.Connection, versions: dict[int, str]) -> list[tuple[int, str]]:
    r_t = sa.table(
        "revision",
        sa.column("id", sa.Integer),
        sa.column("uuid", sa.Uuid),
        sa.column("document_id", sa.Integer),
        sa.column("number", sa.Integer),
        sa.column("label", sa.String),
        sa.column("kind", sa.String),
        sa.column("note", sa.Text),
        sa.column("author", sa.String),
        sa.column("created_at", UTCDateTime),
        sa.column("content_hash", sa.String),
        sa.column("tree_hash", sa.String),
    )
    e_t = sa.table(
        "revision_entry",
        *(
            sa.column(n, sa.Integer)
            for n in (
                "revision_id",
                "clause_id",
                "position",
                "en_version_id",
                "ja_version_id",
                "parent_clause_id",
            )
        ),
        *(sa.column(n, sa.String) for n in ("number", "kind", "status", "ad_ref")),
    )
    c = sa.table("clause", sa.column("id", sa.Integer), sa.column("uuid", sa.Uuid))
    d = sa.table("document", sa.column("id", sa.Integer), sa.column("uuid", sa.Uuid))
    clauses = {r.id: str(r.uuid) for r in conn.execute(sa.select(c.c.id, c.c.uuid))}
    docs = {r.id: str(r.uuid) for r in conn.execute(sa.select(d.c.id, d.c.uuid))}
    entries: dict[int, list[EntryFacts]] = {}
    for e in conn.execute(sa.select(e_t)):
        entries.setdefault(e.revision_id, []).append(
            EntryFacts(
                clauses.get(e.clause_id, ""),
                e.position,
                e.number or "",
                e.kind,
                e.status,
                e.ad_ref or "",
                versions.get(e.en_version_id, "") if e.en_version_id else "",
                versions.get(e.ja_version_id, "") if e.ja_version_id else "",
                clauses.get(e.parent_clause_id, "") if e.parent_clause_id else "",
            )
        )
    out: list[tuple[int, str]] = []
    for r in conn.execute(sa.select(r_t).order_by(r_t.c.id)):
        facts = RevisionFacts(
            str(r.uuid),
            docs.get(r.document_id, ""),
            r.number,
            r.label,
            r.kind,
            r.note or "",
            r.author or "",
            r.created_at,
            r.content_hash or "",
            tuple(entries.get(r.id, ())),
        )
        out.append((r.id, revision_hash(facts)))
    if out:
        conn.execute(
            sa.update(r_t)
            .where(r_t.c.id == sa.bindparam("rid"))
            .values(tree_hash=sa.bindparam("h")),
            [{"rid": k, "h": h} for k, h in out],
        )
    return out


def _record(conn: sa.Connection, versions: list, revisions: list) -> None:
    """One audit event standing for every hash computed here (digests over id order)."""
    if not versions and not revisions:
        return
    a = sa.table(
        "audit_event",
        sa.column("id", sa.Integer),
        sa.column("uuid", sa.Uuid),
        sa.column("at", UTCDateTime),
        *(
            sa.column(n, sa.String)
            for n in (
                "user_login",
                "action",
                "entity_type",
                "entity_uuid",
                "summary",
                "details",
                "prev_hash",
                "hash",
            )
        ),
    )
    prev = conn.execute(sa.select(a.c.hash).order_by(a.c.id.desc()).limit(1)).scalar() or ""
    db = conn.execute(sa.text("SELECT value FROM store_info WHERE key = 'db_uuid'")).scalar()
    details = {
        "ranges": {
            kind: {
                "first": rows[0][0],
                "last": rows[-1][0],
                "count": len(rows),
                "digest": range_digest(h for _id, h in rows),
            }
            for kind, rows in (("clause_version", versions), ("revision", revisions))
            if rows
        }
    }
    facts = EventFacts(
        prev_hash=prev,
        at=datetime.now(UTC),
        user_login="migration 0007",
        action="history.hashes",
        entity_type="Store",
        entity_uuid=db or str(uuid_mod.uuid4()),
        summary=f"content hashes of {len(versions)} versions and {len(revisions)} revisions",
        details=json.dumps(details, sort_keys=True, ensure_ascii=False),
    )
    conn.execute(
        sa.insert(a).values(
            uuid=uuid_mod.uuid4(),
            at=facts.at,
            user_login=facts.user_login,
            action=facts.action,
            entity_type=facts.entity_type,
            entity_uuid=facts.entity_uuid,
            summary=facts.summary,
            details=facts.details,
            prev_hash=facts.prev_hash,
            hash=event_hash(facts),
        )
    )


def upgrade() -> None:
    conn = op.get_bind()
    pg = conn.dialect.name == "postgresql"
    op.add_column(
        "clause_version",
        sa.Column("content_hash", sa.String(length=64), nullable=False, server_default=""),
    )
    op.add_column(
        "revision", sa.Column("tree_hash", sa.String(length=64), nullable=False, server_default="")
    )
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("signed_at", sa.String(length=40), nullable=False),
        sa.Column("receipt", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_anchor")),
    )
    op.create_index(op.f("ix_audit_anchor_uuid"), "audit_anchor", ["uuid"], unique=True)
    op.create_index(op.f("ix_audit_anchor_event_id"), "audit_anchor", ["event_id"])
    # The backfill writes into immutable tables: lift their UPDATE guards for it.
    for table in ("clause_version", "revision"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update" + (f" ON {table}" if pg else ""))
    versions = _backfill_versions(conn)
    revisions = _backfill_revisions(conn, dict(versions))
    _record(conn, versions, revisions)
    guards.install(conn)


def downgrade() -> None:
    conn = op.get_bind()
    pg = conn.dialect.name == "postgresql"
    guards.uninstall(conn)
    if pg:
        for name in ("guard_version", "guard_clause", "guard_document"):
            op.execute(f"DROP FUNCTION IF EXISTS meetingdesk_{name}()")
    op.drop_index(op.f("ix_audit_anchor_event_id"), table_name="audit_anchor")
    op.drop_index(op.f("ix_audit_anchor_uuid"), table_name="audit_anchor")
    op.drop_table("audit_anchor")
    # In place (SQLite 3.35+ drops a plain column itself): a table rebuild would lose the
    # triggers of 0002 and 0003 on these tables.
    op.execute("ALTER TABLE revision DROP COLUMN tree_hash")
    op.execute("ALTER TABLE clause_version DROP COLUMN content_hash")
    # The history locks as they were before (0002 and 0006).
    for g in guards.expected(conn.dialect.name):
        if g.name.endswith(("_no_update", "_no_delete")) and g.table in OLD_LOCKED:
            op.execute(g.sql)
