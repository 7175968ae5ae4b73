"""The audit chain and its signed heads: link by link, and against every receipt."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import Connection

from meetingdesk.integrity.anchor import Receipt, ReceiptError, chain_findings, signature_ok
from meetingdesk.integrity.hashing import EventFacts, event_hash
from meetingdesk.model import AuditAnchor, AuditEvent
from meetingdesk.text.problems import Problem


def chain(conn: Connection) -> tuple[dict[int, str], list[str]]:
    """Event id -> hash, and every broken link or altered event."""
    a = AuditEvent.__table__
    out: list[str] = []
    hashes: dict[int, str] = {}
    prev = ""
    for e in conn.execute(sa.select(a).order_by(a.c.id)):
        if e.prev_hash != prev:
            out.append(
                Problem(
                    f"audit event {e.id}: chain broken before it (an event was removed)",
                    code="audit_chain_broken",
                    event=e.id,
                )
            )
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
            out.append(
                Problem(
                    f"audit event {e.id} ({e.action}): contents do not match its hash",
                    code="audit_event_altered",
                    event=e.id,
                    action=e.action,
                )
            )
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
        head = Problem(f"signed head {row.id}", code="source_signed_head", head=row.id)
        try:
            rec = Receipt.from_json(row.receipt)
        except ReceiptError as exc:
            out.append(
                Problem(f"{head}: unreadable ({exc})", code="signed_head_unreadable", head=row.id)
            )
            continue
        if (rec.event_id, rec.head_hash, rec.key_id) != (row.event_id, row.head_hash, row.key_id):
            out.append(
                Problem(
                    f"{head}: its columns differ from its signed receipt",
                    code="signed_head_columns_differ",
                    head=row.id,
                )
            )
        if rec.db_uuid != db_uuid:
            out.append(
                Problem(
                    f"{head}: signed for another database ({rec.db_uuid})",
                    code="signed_head_other_database",
                    head=row.id,
                    database=rec.db_uuid,
                )
            )
        problems = chain_findings(rec, hashes, last_id)
        out += [_from(head, english, facts) for english, facts in problems]
        if not problems:
            anchored_to = max(anchored_to, rec.event_id)
    if hashes and not anchored_to:
        out.append(
            Problem(
                "the audit head was never signed (no valid signed head in the database)",
                code="audit_never_signed",
            )
        )
    elif anchored_to < last_id:
        out.append(
            Problem(
                f"audit events {anchored_to + 1}–{last_id} were added after the last signed "
                "head (written outside the program)",
                code="audit_unsigned_event"
                if anchored_to + 1 == last_id
                else "audit_unsigned_tail",
                first=anchored_to + 1,
                last=last_id,
            )
        )
    for where, rec in receipts:
        if rec.db_uuid != db_uuid:
            out.append(
                Problem(
                    f"{where}: belongs to another database ({rec.db_uuid})",
                    code="receipt_other_database",
                    source=where,
                    database=rec.db_uuid,
                )
            )
            continue
        out += [_from(where, e, facts) for e, facts in chain_findings(rec, hashes, last_id)]
    return out


def _from(source: str, english: str, facts: dict[str, object]) -> Problem:
    """A receipt's problem (anchor.chain_findings: English, code and data), said of where the
    receipt came from: a signed head in the database, this computer's last receipt (both
    Problems), or a file given to check (its name)."""
    return Problem(f"{source}: {english}", source=source, **facts)  # type: ignore[arg-type]


def receipt_ok(receipt: Receipt) -> bool:
    return signature_ok(receipt)
