"""Everything `check` proves about trust, read-only: guards, hashes, audit chain, signed heads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from meetingdesk.integrity.anchor import Receipt
from meetingdesk.text.problems import Problem

from . import audit, guards, history, keys

FIRST_HASHED = "0007"
#: the parts of trust_report, in order: audit chain, guards, content hashes, signed heads
TRUST_STEPS = 4
#: where a receipt came from, when it is this computer's own (a file given to check is named)
_THIS_COMPUTER = Problem("this computer's last receipt", code="source_this_computer")


@dataclass(frozen=True)
class TrustReport:
    guards: tuple[str, ...]
    history: tuple[str, ...]
    audit: tuple[str, ...]
    events: int

    @property
    def problems(self) -> tuple[str, ...]:
        return self.guards + self.history + self.audit


def trust_report(
    engine: Engine,
    db_uuid: str,
    schema: str | None,
    receipts: list[tuple[str, Receipt]] | None = None,
    step: Callable[[int], None] | None = None,
) -> TrustReport:
    """Recompute and compare; receipts from outside (files, PDFs) are checked too.

    This computer's own last receipt for the database is always included. ``step(n)`` is
    called as each of the TRUST_STEPS parts begins (it may raise to stop the check).
    """
    step = step or (lambda _n: None)
    given = list(receipts or [])
    mine = keys.local_receipt(db_uuid) if db_uuid else None
    if mine is not None:
        given.insert(0, (_THIS_COMPUTER, mine))
    with engine.connect() as conn:
        step(0)
        hashes, chain_out = audit.chain(conn)
        if schema is None or schema < FIRST_HASHED:
            note = Problem(
                f"schema {schema or 'none'} predates content hashes: open the database with "
                "MeetingDesk once to migrate it (check never migrates)",
                code="schema_predates_hashes",
                schema=schema or "—",
            )
            return TrustReport((), (note,), tuple(chain_out), len(hashes))
        step(1)
        found_guards = tuple(guards.problems(conn))
        step(2)
        found_history = tuple(history.history_problems(conn))
        step(3)
        anchors = audit.anchor_problems(conn, db_uuid, hashes, given)
        return TrustReport(
            guards=found_guards,
            history=found_history,
            audit=tuple(chain_out + anchors),
            events=len(hashes),
        )


def quick_problems(url: str) -> list[str]:
    """What opening a database should warn about, cheaply: the guard triggers, the audit
    chain and its signed heads (not every content hash: `check` does that). Read-only;
    an absent or unreadable database gives no warning here (opening it will say why)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from .engine import StoreError, make_engine
    from .migrate import current_revision

    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        from pathlib import Path

        if not u.database or not Path(u.database).is_file():
            return []
    try:
        engine = make_engine(url, read_only=True)
    except StoreError:
        return []
    try:
        schema = current_revision(engine)
        if schema is None or schema < FIRST_HASHED:
            return []
        with engine.connect() as conn:
            db_uuid = conn.exec_driver_sql(
                "SELECT value FROM store_info WHERE key = 'db_uuid'"
            ).scalar()
            hashes, out = audit.chain(conn)
            mine = keys.local_receipt(db_uuid) if db_uuid else None
            given = [(_THIS_COMPUTER, mine)] if mine else []
            out += audit.anchor_problems(conn, db_uuid or "", hashes, given)
            return guards.problems(conn) + out
    except SQLAlchemyError:
        return []
    finally:
        engine.dispose()
