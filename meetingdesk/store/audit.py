"""The audit chain and its signed heads: link by link, and against every receipt."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import Connection

from meetingdesk.integrity.anchor import Receipt, ReceiptError, chain_problems, signature_ok
from meetingdesk.integrity.hashing import EventFacts, event_hash
from meetingdesk.model import AuditAnchor, AuditEvent


def chain(conn: Connection) -> tuple[dict[int, str], list[str]]:
    """Event id -> hash, and every broken link or altered event."""
    a = AuditEvent.__table__
    out: list[str] = []
    hashes: dict[int, str] = {}
    prev = ""
    for e in conn.execute(sa.select(a).order_by(a.c.id)):
        if e.prev_hash != prev:
            out.append(f"audit event {e.id}: chain broken before it (an event was removed)")
        facts = EventFacts(
            e.prev_hash,
            e.at,
            e.user_login,
            e.action,
            e.entity_type,
            e.entity_uuid,
            e.summary,
            e.details,
        )
        if event_hash(facts) != e.hash:
            out.append(f"audit event {e.id} ({e.action}): contents do not match its hash")
        hashes[e.id] = e.hash
        prev = e.hash
    return hashes, out


def anchor_problems(
    conn: Connection,
    db_uuid: str,
    hashes: dict[int, str],
    receipts: list[tuple[str, Receipt]],
) -> list[str]:
    """Signed heads in the database and receipts held elsewhere, checked against the chain.

    receipts: (where it came from, receipt), e.g. this computer's last receipt, a file
    given to ``check --receipt``, the head printed in a PDF.
    """
    t = AuditAnchor.__table__
    out: list[str] = []
    last_id = max(hashes, default=0)
    anchored_to = 0
    for row in conn.execute(sa.select(t).order_by(t.c.id)):
        try:
            rec = Receipt.from_json(row.receipt)
        except ReceiptError as exc:
            out.append(f"signed head {row.id}: unreadable ({exc})")
            continue
        if (rec.event_id, rec.head_hash, rec.key_id) != (row.event_id, row.head_hash, row.key_id):
            out.append(f"signed head {row.id}: its columns differ from its signed receipt")
        if rec.db_uuid != db_uuid:
            out.append(f"signed head {row.id}: signed for another database ({rec.db_uuid})")
        problems = chain_problems(rec, hashes, last_id)
        out += [f"signed head {row.id}: {p}" for p in problems]
        if not problems:
            anchored_to = max(anchored_to, rec.event_id)
    if hashes and not anchored_to:
        out.append("the audit head was never signed (no valid signed head in the database)")
    elif anchored_to < last_id:
        out.append(
            f"audit events {anchored_to + 1}–{last_id} were added after the last signed head "
            "(written outside the program)"
        )
    for where, rec in receipts:
        if rec.db_uuid != db_uuid:
            out.append(f"{where}: belongs to another database ({rec.db_uuid})")
            continue
        out += [f"{where}: {p}" for p in chain_problems(rec, hashes, last_id)]
    return out


def receipt_ok(receipt: Receipt) -> bool:
    return signature_ok(receipt)
