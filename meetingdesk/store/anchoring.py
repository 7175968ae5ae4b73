"""Signing the audit head inside the writing transaction (called by the Desk)."""

from __future__ import annotations

import uuid as uuid_mod
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy import Connection

from meetingdesk.integrity.anchor import Receipt, sign_head
from meetingdesk.model import AuditAnchor, AuditEvent

from . import keys


def sign_current_head(conn: Connection, db_uuid: str) -> Receipt | None:
    """Sign the chain's last event and store the signed head; None when nothing is new."""
    a, t = AuditEvent.__table__, AuditAnchor.__table__
    head = conn.execute(sa.select(a.c.id, a.c.hash).order_by(a.c.id.desc()).limit(1)).first()
    if head is None:
        return None
    done = conn.execute(sa.select(t.c.id).where(t.c.event_id == head.id).limit(1)).first()
    if done is not None:
        return None
    key = keys.audit_key()
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    receipt = sign_head(key, db_uuid, head.id, head.hash, at)
    conn.execute(
        sa.insert(t).values(
            uuid=uuid_mod.uuid4(),
            event_id=head.id,
            head_hash=head.hash,
            key_id=receipt.key_id,
            signed_at=at,
            receipt=receipt.to_json(),
        )
    )
    return receipt


def has_anchor(conn: Connection) -> bool:
    t = AuditAnchor.__table__
    return conn.execute(sa.select(t.c.id).limit(1)).first() is not None


def last_receipt(conn: Connection) -> Receipt | None:
    """The newest signed head in the database (what an export prints)."""
    t = AuditAnchor.__table__
    row = conn.execute(sa.select(t.c.receipt).order_by(t.c.id.desc()).limit(1)).first()
    return Receipt.from_json(row[0]) if row else None
