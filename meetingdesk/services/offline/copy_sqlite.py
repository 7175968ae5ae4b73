"""The fast check-out from an SQLite source: schema and chosen rows copied inside SQLite.

Copying 110,000 clause versions through Python (SELECT into dicts, INSERT executemany, the
search-index trigger firing per row) took 18–31 s. Here the package file is created from
the source's own schema (``sqlite_master``; the source is at the head revision, Desk.open
migrated it), the source is ATTACHed read-only and each table is filled by one
``INSERT … SELECT … WHERE`` in SQLite's C code, inside one transaction, so all tables are
read from one consistent snapshot of the source. Indexes and triggers are created after
the rows (one sorted build instead of 110,000 index updates).

Why not ``sqlite3.Connection.backup`` and pruning afterwards (measured on the 2,750-clause
declaration of the 5,000-clause generated meeting, a 305 MB file, load ≈ 4): the page copy
alone takes 1.3–1.7 s because it copies every other document, the audit log and the whole
search index too; deleting the other 90,000 versions takes another 1–2 s, pruning their
entries from the trigram index 9 s, and the file then still holds the pruned texts in its
free pages until a VACUUM (0.5 s more). The copy below writes only what the package holds,
so no other document's text, no audit event and no other meeting's people ever reach the
file.

The trigram search index (clause_version_fts) is not carried: indexing 110,000 texts costs
13 s. A package searches by LIKE instead, exactly as a database made by a Python without
FTS5 does (services.drafting.search.fts_available); check-in indexes the versions it
brings into the main database.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from meetingdesk.store.paths import sqlite_uri

FTS_PREFIX = "clause_version_fts"

# Table → the rows of it the package holds ({m}: the meeting id, {docs}: the document ids).
# Tables absent here (audit log, users, rooms, agenda, seating, circulations, registration
# layouts, store_info …) travel empty; store_info gets the package's own identity after.
_WHERE = {
    "alembic_version": "1",
    "meeting": "id = {m}",
    "delegation": "meeting_id = {m}",
    "participant": "delegation_id IN (SELECT id FROM main.delegation)",
    "document": "id IN ({docs})",
    "clause": "document_id IN ({docs})",
    "clause_version": "clause_id IN (SELECT id FROM main.clause)",
    "clause_ad_ref": "clause_id IN (SELECT id FROM main.clause)",
    "proposal": "document_id IN ({docs})",
    "position": "proposal_id IN (SELECT id FROM main.proposal)",
    "comment": "clause_id IN (SELECT id FROM main.clause)",
    "revision": "document_id IN ({docs})",
    "revision_entry": "revision_id IN (SELECT id FROM main.revision)",
    "silence_objection": "document_id IN ({docs})",
    "action_item": "clause_id IN (SELECT id FROM main.clause)",
    "action_partner": "action_id IN (SELECT id FROM main.action_item)",
    "action_link": (
        "action_id IN (SELECT id FROM main.action_item) "
        "AND clause_id IN (SELECT id FROM main.clause)"
    ),
    "action_follow_up": "action_id IN (SELECT id FROM main.action_item)",
}

# References the package cannot keep (the row they name stays behind).
_CUT = (
    "UPDATE main.meeting SET carried_from_id = NULL",
    "UPDATE main.action_item SET carried_from_id = NULL WHERE carried_from_id IS NOT NULL "
    "AND carried_from_id NOT IN (SELECT id FROM main.action_item)",
)


def copy_package_rows(source: Path, target: Path, meeting_id: int, doc_ids: list[int]) -> None:
    """Create ``target`` (which must not exist) with the source's schema and the package rows."""
    docs = ", ".join(str(int(d)) for d in doc_ids)
    src = sqlite3.connect(sqlite_uri(source), uri=True)
    try:
        src.execute("PRAGMA busy_timeout = 10000")
        ddl = src.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"
        ).fetchall()
    finally:
        src.close()
    ddl = [d for d in ddl if not d[1].startswith(FTS_PREFIX) and not d[2].startswith(FTS_PREFIX)]
    con = sqlite3.connect(target, isolation_level=None)
    try:
        # The file is a temporary one until it is complete: no journal needed, a failure
        # deletes it.
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute("BEGIN")
        for kind, _name, _table, sql in ddl:
            if kind == "table":
                con.execute(sql)
        con.execute("COMMIT")
        con.execute("ATTACH DATABASE ? AS src", (sqlite_uri(source),))
        con.execute("PRAGMA src.busy_timeout = 10000")
        con.execute("BEGIN")
        tables = {name for kind, name, _t, _s in ddl if kind == "table"}
        for name, where in _WHERE.items():  # in the order their conditions need
            if name not in tables:
                continue
            cond = where.format(m=int(meeting_id), docs=docs or "NULL")
            con.execute(f'INSERT INTO main."{name}" SELECT * FROM src."{name}" WHERE {cond}')
        for sql in _CUT:
            con.execute(sql)
        con.execute("COMMIT")
        con.execute("DETACH DATABASE src")
        con.execute("BEGIN")
        for kind, _name, _table, sql in ddl:
            if kind in ("index", "trigger", "view"):
                con.execute(sql)
        con.execute("COMMIT")
    finally:
        con.close()


def drop_search_index() -> tuple[str, ...]:
    """Statements that take the trigram index out of a freshly migrated package file."""
    return (
        f"DROP TRIGGER IF EXISTS {FTS_PREFIX}_insert",
        f"DROP TABLE IF EXISTS {FTS_PREFIX}",
    )
