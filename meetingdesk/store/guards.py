"""The triggers that make the database protect its own history, and the check that they do.

One list is both what migration 0007 installs and what `check` expects to find: a trigger
missing, replaced by a same-named one, pointed at a function that does nothing, or (on
PostgreSQL) disabled or switched to REPLICA firing is reported by name. A later migration
that changes a guard changes it here and reinstalls (``install``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from meetingdesk.text.problems import Problem

IMMUTABLE = (
    "clause_version",
    "revision",
    "revision_entry",
    "revision_concordance",
    "audit_event",
    "audit_anchor",
)
FROZEN = "the document is adopted; its text is frozen"


@dataclass(frozen=True)
class Guard:
    name: str
    table: str
    sql: str  # the CREATE TRIGGER statement, as the catalogue spells it back
    function: str = ""  # PostgreSQL: the trigger function's name


# --- SQLite ---------------------------------------------------------------------------------


def _sqlite_refuse(table: str, verb: str) -> Guard:
    # Spelled exactly as migration 0002 created them, so old databases match.
    name = f"{table}_no_{verb.lower()}"
    return Guard(
        name,
        table,
        f"CREATE TRIGGER {name} BEFORE {verb} ON {table} BEGIN "
        f"SELECT RAISE(ABORT, 'meetingdesk: {table} rows are immutable "
        "(history is append-only)'); END",
    )


def _doc_status(expr: str) -> str:
    return f"(SELECT status FROM document WHERE id = {expr}) = 'adopted'"


def _sqlite_guard(name: str, when: str, table: str, message: str) -> Guard:
    return Guard(
        name,
        table,
        f"CREATE TRIGGER {name} {when} BEGIN SELECT RAISE(ABORT, 'meetingdesk: {message}'); END",
    )


SQLITE_GUARDS: tuple[Guard, ...] = (
    *(_sqlite_refuse(t, v) for t in IMMUTABLE for v in ("UPDATE", "DELETE")),
    _sqlite_guard(
        "clause_version_needs_hash",
        "BEFORE INSERT ON clause_version WHEN length(NEW.content_hash) IS NOT 64",
        "clause_version",
        "a clause version needs its content hash",
    ),
    _sqlite_guard(
        "clause_version_adopted",
        "BEFORE INSERT ON clause_version WHEN (SELECT d.status FROM clause c JOIN document d "
        "ON d.id = c.document_id WHERE c.id = NEW.clause_id) = 'adopted'",
        "clause_version",
        FROZEN,
    ),
    _sqlite_guard(
        "clause_adopted_insert",
        f"BEFORE INSERT ON clause WHEN {_doc_status('NEW.document_id')}",
        "clause",
        FROZEN,
    ),
    _sqlite_guard(
        "clause_adopted_update",
        f"BEFORE UPDATE ON clause WHEN {_doc_status('OLD.document_id')} "
        f"OR {_doc_status('NEW.document_id')}",
        "clause",
        FROZEN,
    ),
    _sqlite_guard(
        "clause_adopted_delete",
        f"BEFORE DELETE ON clause WHEN {_doc_status('OLD.document_id')}",
        "clause",
        FROZEN,
    ),
    _sqlite_guard(
        "document_adopted_update",
        "BEFORE UPDATE ON document WHEN OLD.status = 'adopted' AND (NEW.status IS NOT "
        "OLD.status OR NEW.adopted_hash IS NOT OLD.adopted_hash OR NEW.adopted_at IS NOT "
        "OLD.adopted_at)",
        "document",
        "an adopted document stays adopted (status and fingerprint are frozen)",
    ),
    _sqlite_guard(
        "document_adopted_delete",
        "BEFORE DELETE ON document WHEN OLD.status = 'adopted'",
        "document",
        "an adopted document cannot be removed",
    ),
)

# --- PostgreSQL -----------------------------------------------------------------------------

PG_FUNCTIONS: dict[str, str] = {
    # Body as migration 0002 created it.
    "meetingdesk_refuse_change": """
            BEGIN
                RAISE EXCEPTION 'meetingdesk: % rows are immutable (history is append-only)',
                    TG_TABLE_NAME;
            END;
            """,
    "meetingdesk_guard_version": """
BEGIN
    IF NEW.content_hash IS NULL OR length(NEW.content_hash) <> 64 THEN
        RAISE EXCEPTION 'meetingdesk: a clause version needs its content hash';
    END IF;
    IF (SELECT d.status FROM clause c JOIN document d ON d.id = c.document_id
        WHERE c.id = NEW.clause_id) = 'adopted' THEN
        RAISE EXCEPTION 'meetingdesk: the document is adopted; its text is frozen';
    END IF;
    RETURN NEW;
END;
""",
    "meetingdesk_guard_clause": """
BEGIN
    IF TG_OP <> 'INSERT' AND
        (SELECT status FROM document WHERE id = OLD.document_id) = 'adopted' THEN
        RAISE EXCEPTION 'meetingdesk: the document is adopted; its text is frozen';
    END IF;
    IF TG_OP <> 'DELETE' AND
        (SELECT status FROM document WHERE id = NEW.document_id) = 'adopted' THEN
        RAISE EXCEPTION 'meetingdesk: the document is adopted; its text is frozen';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
""",
    "meetingdesk_guard_document": """
BEGIN
    IF OLD.status = 'adopted' THEN
        IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION 'meetingdesk: an adopted document cannot be removed';
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status
            OR NEW.adopted_hash IS DISTINCT FROM OLD.adopted_hash
            OR NEW.adopted_at IS DISTINCT FROM OLD.adopted_at THEN
            RAISE EXCEPTION 'meetingdesk: an adopted document stays adopted (%)',
                'status and fingerprint are frozen';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
""",
}


def _pg(name: str, table: str, when: str, function: str, each: str = "ROW") -> Guard:
    return Guard(
        name,
        table,
        f"CREATE TRIGGER {name} {when} ON {table} FOR EACH {each} EXECUTE FUNCTION {function}()",
        function,
    )


PG_GUARDS: tuple[Guard, ...] = (
    *(
        _pg(f"{t}_no_{v.lower()}", t, f"BEFORE {v}", "meetingdesk_refuse_change")
        for t in IMMUTABLE
        for v in ("UPDATE", "DELETE")
    ),
    *(
        _pg(f"{t}_no_truncate", t, "BEFORE TRUNCATE", "meetingdesk_refuse_change", "STATEMENT")
        for t in IMMUTABLE
    ),
    _pg("clause_version_guard", "clause_version", "BEFORE INSERT", "meetingdesk_guard_version"),
    _pg("clause_guard", "clause", "BEFORE INSERT OR DELETE OR UPDATE", "meetingdesk_guard_clause"),
    _pg("document_guard", "document", "BEFORE DELETE OR UPDATE", "meetingdesk_guard_document"),
)


def expected(dialect: str) -> tuple[Guard, ...]:
    return SQLITE_GUARDS if dialect == "sqlite" else PG_GUARDS


def install(conn: Connection) -> None:
    """Create (or re-create) every guard; existing ones of the same name are replaced."""
    dialect = conn.dialect.name
    if dialect == "postgresql":
        for name, body in PG_FUNCTIONS.items():
            # text(), not exec_driver_sql: the driver would read RAISE's % as a placeholder.
            conn.execute(
                text(
                    f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $${body}$$ "
                    "LANGUAGE plpgsql"
                )
            )
        for g in PG_GUARDS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {g.name} ON {g.table}")
            conn.exec_driver_sql(g.sql)
        for t in IMMUTABLE:
            conn.exec_driver_sql(f"REVOKE TRUNCATE ON {t} FROM PUBLIC")
        return
    for g in SQLITE_GUARDS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {g.name}")
        conn.exec_driver_sql(g.sql)


def uninstall(conn: Connection, names: tuple[str, ...] | None = None) -> None:
    """Drop the guards 0007 added (names), for its downgrade."""
    pg = conn.dialect.name == "postgresql"
    for g in expected(conn.dialect.name):
        if names is None or g.name in names:
            conn.exec_driver_sql(
                f"DROP TRIGGER IF EXISTS {g.name}" + (f" ON {g.table}" if pg else "")
            )


def _norm(sql: str) -> str:
    return " ".join(sql.split())


def problems(conn: Connection) -> list[Problem]:
    """Every guard that is missing, altered, disabled or calls an altered function."""
    if conn.dialect.name == "postgresql":
        return _pg_problems(conn)
    rows = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    found = {r[0]: r[1] or "" for r in rows}
    out: list[Problem] = []
    for g in SQLITE_GUARDS:
        if g.name not in found:
            out.append(_missing(g))
        elif _norm(found[g.name]) != _norm(g.sql):
            out.append(_altered(g))
    return out


def _missing(g: Guard) -> Problem:
    return Problem(
        f"guard missing: trigger {g.name} on {g.table}",
        code="guard_missing",
        trigger=g.name,
        table=g.table,
    )


def _altered(g: Guard) -> Problem:
    return Problem(
        f"guard altered: trigger {g.name} on {g.table} is not the expected one",
        code="guard_altered",
        trigger=g.name,
        table=g.table,
    )


_SCHEMA_PREFIX = re.compile(r" ON [A-Za-z_][A-Za-z0-9_]*\.")


def _pg_problems(conn: Connection) -> list[Problem]:
    rows = conn.execute(
        text(
            "SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid), t.tgenabled, p.proname, "
            "p.prosrc, p.prosecdef, l.lanname "
            "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_proc p ON p.oid = t.tgfoid JOIN pg_language l ON l.oid = p.prolang "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
        )
    )
    found = {(r[0], r[1]): r for r in rows}
    out: list[Problem] = []
    for g in PG_GUARDS:
        row = found.get((g.name, g.table))
        if row is None:
            out.append(_missing(g))
            continue
        _name, _table, definition, enabled, proname, prosrc, secdef, lang = row
        if _norm(_SCHEMA_PREFIX.sub(" ON ", definition)) != _norm(g.sql):
            out.append(_altered(g))
        if enabled != "O":
            out.append(_not_firing(g, enabled))
        if (
            proname != g.function
            or _norm(prosrc) != _norm(PG_FUNCTIONS[g.function])
            or secdef
            or lang != "plpgsql"
        ):
            out.append(
                Problem(
                    f"guard function altered: {g.name} on {g.table} calls {proname}(), "
                    "which is not the expected code",
                    code="guard_function_altered",
                    trigger=g.name,
                    table=g.table,
                    function=proname,
                )
            )
    return out


def _not_firing(g: Guard, enabled: str) -> Problem:
    """A PostgreSQL trigger switched off, or to fire on replicas only or always."""
    where = f"guard {g.name} on {g.table} is"
    then = "(it must fire normally)"
    params = {"trigger": g.name, "table": g.table}
    if enabled == "D":
        return Problem(f"{where} disabled {then}", code="guard_disabled", **params)
    if enabled == "R":
        return Problem(
            f"{where} set to fire on replicas only {then}", code="guard_replica_only", **params
        )
    if enabled == "A":
        return Problem(f"{where} set to ALWAYS {then}", code="guard_always", **params)
    return Problem(
        f"{where} {enabled!r} {then}", code="guard_fires_oddly", state=repr(enabled), **params
    )
