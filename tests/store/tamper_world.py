"""A small negotiated and adopted meeting, and the raw-SQL moves of someone who edits the
database behind the program's back (as the owning role: no superuser needed)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from meetingdesk.services import drafting as dr
from meetingdesk.services.base import Desk
from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.logistics.delegations import add_delegation
from meetingdesk.services.meetings import create_meeting
from meetingdesk.services.meetings.maintenance import check
from meetingdesk.store import guards


def build(desk: Desk) -> dict:
    m = create_meeting(
        desk,
        title_en="ICT Ministers",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
    )
    for code in ("JPN", "CAN", "FRA"):
        add_delegation(desk, m.id, code=code, name_en=f"Delegation {code}")
    decl = docs.add_document(desk, m.id, short_name="decl", title_en="Declaration")
    ids = [
        docs.add_clause(desk, decl.id, kind="preambular", text_en="Recalling our work."),
        docs.add_clause(desk, decl.id, text_en="We promote access."),
        docs.add_clause(desk, decl.id, text_en="We support research."),
    ]
    for n, wording in enumerate(("We promote open access.", "We promote open, secure access.")):
        head = _head(desk, decl.id, ids[1])
        docs.save_text(desk, ids[1], "en", wording, expected_head=head, note=f"round {n}")
    docs.freeze_revision(desk, decl.id, kind="chair")
    charter = docs.add_document(desk, m.id, short_name="charter", title_en="Charter")
    cid = docs.add_clause(desk, charter.id, text_en="Access for all.")
    for wording in ("Access for everyone.", "Access for everyone, everywhere."):
        docs.save_text(desk, cid, "en", wording, expected_head=_head(desk, charter.id, cid))
    dr.adopt_document(
        desk, decl.id, note="adopted in plenary", override="an English-only test text"
    )
    report = check(desk)
    assert report.ok, report.problems
    return {"meeting": m, "decl": decl, "decl_clauses": ids, "charter": charter, "cid": cid}


def _head(desk: Desk, doc_id: int, clause_id: int) -> int | None:
    with desk.read() as s:
        return next(c for c in docs.clause_snaps(s, doc_id) if c.id == clause_id).en_version_id


def raw(desk: Desk, *statements: str, **params) -> None:
    """Run statements in one transaction, as the database's owner would."""
    with desk.engine.begin() as conn:
        for sql in statements:
            conn.execute(text(sql), params)


def scalar(desk: Desk, sql: str, **params):
    with desk.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def drop_guard(desk: Desk, name: str) -> None:
    g = next(g for g in guards.expected(desk.engine.dialect.name) if g.name == name)
    on = "" if desk.is_sqlite else f" ON {g.table}"
    raw(desk, f"DROP TRIGGER {name}{on}")


def restore_guard(desk: Desk, name: str) -> None:
    """Put the trigger back exactly as expected (the careful attacker's last step)."""
    g = next(g for g in guards.expected(desk.engine.dialect.name) if g.name == name)
    raw(desk, g.sql)


def problems(desk: Desk) -> tuple[str, ...]:
    report = check(desk)
    assert not report.ok
    return report.problems


def fix_hashes(conn) -> None:
    """Recompute every stored version hash in order, as an attacker with the file would."""
    import sqlalchemy as sa

    from meetingdesk.integrity.hashing import VersionFacts, version_hash
    from meetingdesk.model import Clause, ClauseVersion

    v, c = ClauseVersion.__table__, Clause.__table__
    uuids = {r.id: str(r.uuid) for r in conn.execute(sa.select(c.c.id, c.c.uuid))}
    done: dict[int, str] = {}
    for r in conn.execute(sa.select(v).order_by(v.c.id)).all():
        h = version_hash(
            VersionFacts(
                str(r.uuid),
                uuids[r.clause_id],
                r.language,
                r.text,
                r.author,
                "",
                r.created_at,
                r.note,
                done.get(r.parent_id, ""),
                done.get(r.merge_parent_id, ""),
                done.get(r.translated_from_id, ""),
            )
        )
        done[r.id] = h
        if h != r.content_hash:
            conn.execute(sa.update(v).where(v.c.id == r.id).values(content_hash=h))
