"""A team's PostgreSQL server: group roles, least privileges, staff logins, who is connected.

Three group roles (NOLOGIN, cluster-wide, shared by every MeetingDesk database on the
cluster) hold the privileges; each person logs in as their own role, a member of one group:

- ``meetingdesk_reader``: reads everything, writes nothing.
- ``meetingdesk_drafter``: edits clauses (new versions, heads, statuses), proposals,
  positions and comments (and which delegation a Word author stands for, when importing
  a returned file), and checks packages in (which also remembers open merge
  conflicts in ``store_info`` — row-level security keeps drafters to those rows).
- ``meetingdesk_secretariat``: everything a desk does, including freezing revisions,
  silence procedures, adoption, delegations, participants and the agenda.

Nobody but the owner has DDL, TRUNCATE, or UPDATE/DELETE on the history tables (which
triggers of migration 0002 refuse to everybody anyway). Desktops never connect as the
owner; ``server init`` does, and it may be run again at any time (after an upgrade of the
program, to migrate and re-grant): every step checks before it acts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from .engine import StoreError

ROLES = ("secretariat", "drafter", "reader")
GROUPS = {role: f"meetingdesk_{role}" for role in ROLES}

# Append-only: INSERT and SELECT, never UPDATE or DELETE (migration 0002 adds triggers).
HISTORY_TABLES = frozenset(
    {
        "clause_version",
        "revision",
        "revision_entry",
        "revision_concordance",
        "audit_event",
        "audit_anchor",  # signed audit heads (migration 0007): every writer signs its own
        "silence_objection",
    }
)
# What a drafter may write besides INSERT into the history tables it needs.
DRAFTER_WRITES: dict[str, str] = {
    "clause": "INSERT, UPDATE",
    "clause_ad_ref": "INSERT, DELETE",
    "proposal": "INSERT, UPDATE",
    "position": "INSERT, UPDATE, DELETE",
    "comment": "INSERT, UPDATE",
    "word_author": "INSERT, UPDATE",  # who stands behind a name in returned Word files
    "store_info": "INSERT, UPDATE, DELETE",  # rows limited by the policies below
}
DRAFTER_HISTORY = ("clause_version", "audit_event", "audit_anchor")
DRAFTER_INFO_KEYS = "offline.%"

LOGIN_RE = re.compile(r"^[a-z_][a-z0-9_.@-]{0,62}$")


class ServerError(StoreError):
    """A server-management refusal (not initialised, unknown role, bad login name)."""


@dataclass(frozen=True)
class Identity:
    """Who a connection is: the login and the role MeetingDesk gives it on this database."""

    login: str
    role: str | None  # "owner", one of ROLES, or None (a login in no MeetingDesk group)
    groups_exist: bool


@dataclass(frozen=True)
class StaffUser:
    login: str
    role: str
    can_login: bool


def is_postgresql(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "postgresql"


def identify(conn: Connection) -> Identity:
    """The session's login and its MeetingDesk role on this database.

    The owner is a superuser or a member of the role owning the database; otherwise the
    highest group the login belongs to (directly or through another role) counts.
    """
    login, is_super, owns_db = conn.execute(
        text(
            "SELECT session_user, r.rolsuper, pg_has_role(session_user, d.datdba, 'MEMBER') "
            "FROM pg_roles r, pg_database d "
            "WHERE r.rolname = session_user AND d.datname = current_database()"
        )
    ).one()
    members = set(
        conn.execute(
            text(
                "SELECT g.rolname FROM pg_roles g WHERE g.rolname = ANY(:groups) "
                "AND pg_has_role(session_user, g.oid, 'MEMBER')"
            ),
            {"groups": list(GROUPS.values())},
        ).scalars()
    )
    existing = conn.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:groups)"),
        {"groups": list(GROUPS.values())},
    ).scalar_one()
    role: str | None = None
    if is_super or owns_db:
        role = "owner"
    else:
        role = next((r for r in ROLES if GROUPS[r] in members), None)
    return Identity(login, role, existing == len(GROUPS))


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def ensure_groups(conn: Connection) -> list[str]:
    """Create the missing group roles; returns what was done, one line each.

    Another database's ``server init`` on the same cluster may create them at the same
    moment: a duplicate is taken as "exists".
    """
    done = []
    for name in GROUPS.values():
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
        if exists.first():
            done.append(f"group role {name}: exists")
            continue
        savepoint = conn.begin_nested()
        try:
            conn.execute(text(f"CREATE ROLE {_quote(conn, name)} NOLOGIN"))
            savepoint.commit()
            done.append(f"group role {name}: created")
        except DBAPIError as exc:
            savepoint.rollback()
            if getattr(exc.orig, "sqlstate", "") != "42710":  # duplicate_object
                raise ServerError(f"cannot create group role {name}: {_reason(exc)}") from exc
            done.append(f"group role {name}: exists")
    return done


def grant_privileges(conn: Connection) -> list[str]:
    """Revoke everything from the groups on this database, then grant exactly what each needs.

    Run after every migration: new tables get their grants too. Returns one line per group.
    """
    q = {role: _quote(conn, name) for role, name in GROUPS.items()}
    everyone = ", ".join(q.values())
    db = _quote(conn, conn.execute(text("SELECT current_database()")).scalar_one())
    tables = sorted(t for t in inspect(conn).get_table_names(schema="public"))
    missing = (HISTORY_TABLES | set(DRAFTER_WRITES)) - set(tables)
    if missing:
        raise ServerError(f"the schema lacks tables {sorted(missing)}: migrate it first")
    statements = [
        f"REVOKE CONNECT, TEMPORARY ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {db} TO {everyone}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {everyone}",
        f"GRANT USAGE ON SCHEMA public TO {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {q['drafter']}, {q['secretariat']}",
    ]
    for table in tables:
        verbs = "INSERT" if table in HISTORY_TABLES else "INSERT, UPDATE, DELETE"
        statements.append(f"GRANT {verbs} ON {_quote(conn, table)} TO {q['secretariat']}")
    for table in DRAFTER_HISTORY:
        statements.append(f"GRANT INSERT ON {table} TO {q['drafter']}")
    for table, verbs in DRAFTER_WRITES.items():
        statements.append(f"GRANT {verbs} ON {table} TO {q['drafter']}")
    statements += _store_info_policies(q)
    for statement in statements:
        conn.execute(text(statement))
    drafter_tables = sorted(set(DRAFTER_WRITES) | set(DRAFTER_HISTORY))
    return [
        f"privileges on {db}: connect and read for the three groups only (PUBLIC revoked)",
        f"  {GROUPS['reader']}: SELECT on {len(tables)} tables, nothing else",
        f"  {GROUPS['drafter']}: SELECT, and writes to {', '.join(drafter_tables)} "
        f"(store_info rows '{DRAFTER_INFO_KEYS}' only)",
        f"  {GROUPS['secretariat']}: SELECT, INSERT, UPDATE, DELETE on {len(tables)} tables; "
        f"INSERT only on {', '.join(sorted(HISTORY_TABLES))}",
        "  nobody but the owner: TRUNCATE, DDL, UPDATE or DELETE of history",
    ]


def _store_info_policies(q: dict[str, str]) -> list[str]:
    """store_info holds the database's identity and open merge conflicts: a table privilege
    is too coarse, so row-level security keeps drafters to the conflict rows."""
    return [
        "ALTER TABLE store_info ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS meetingdesk_read ON store_info",
        "CREATE POLICY meetingdesk_read ON store_info FOR SELECT USING (true)",
        "DROP POLICY IF EXISTS meetingdesk_secretariat ON store_info",
        f"CREATE POLICY meetingdesk_secretariat ON store_info FOR ALL TO {q['secretariat']} "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS meetingdesk_drafter ON store_info",
        f"CREATE POLICY meetingdesk_drafter ON store_info FOR ALL TO {q['drafter']} "
        f"USING (key LIKE '{DRAFTER_INFO_KEYS}') WITH CHECK (key LIKE '{DRAFTER_INFO_KEYS}')",
    ]


def init_server(url: str) -> list[str]:
    """Create or migrate the schema as the owner, then the groups and their privileges.

    Returns the report, one line per step. Safe to run again (idempotent).
    """
    from .engine import make_engine
    from .migrate import current_revision, ensure_identity, head_revision, upgrade

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            ident = _identify_or_explain(conn, url)
            if ident.role != "owner":
                raise ServerError(
                    f"{ident.login} does not own this database: run server init as its owner "
                    "(the role that owns the database, with CREATEROLE)"
                )
            can_create_roles = conn.execute(
                text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = session_user")
            ).scalar_one()
        before = current_revision(engine)
    finally:
        engine.dispose()
    report = [f"connected as {ident.login} (owner)"]
    upgrade(url)
    head = head_revision()
    if before == head:
        report.append(f"schema: already at {head}")
    else:
        report.append(
            f"schema: {'created' if before is None else 'migrated from ' + before} → {head}"
        )
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            if not can_create_roles and not identify(conn).groups_exist:
                raise ServerError(
                    f"{ident.login} may not create roles: give it CREATEROLE "
                    f"(ALTER ROLE {ident.login} CREATEROLE) or create the groups as a superuser"
                )
            report += ensure_groups(conn)
            report += grant_privileges(conn)
        ensure_identity(engine)
    except DBAPIError as exc:
        raise ServerError(f"server init failed, nothing granted: {_reason(exc)}") from exc
    finally:
        engine.dispose()
    return report


def _identify_or_explain(conn: Connection, url: str) -> Identity:
    try:
        return identify(conn)
    except DBAPIError as exc:
        raise ServerError(f"cannot ask the server who we are: {_reason(exc)}") from exc


def add_user(engine: Engine, login: str, role: str, password: str | None) -> list[str]:
    """Create the login (or update its password) and put it in exactly one group."""
    if role not in ROLES:
        raise ServerError(f"unknown role {role!r}: choose {', '.join(ROLES)}")
    if not LOGIN_RE.match(login):
        raise ServerError(
            f"login {login!r} is not usable: lower-case letters, digits, _ . @ - "
            "(63 characters at most, not starting with a digit)"
        )
    if login in GROUPS.values() or login.startswith("pg_"):
        raise ServerError(f"{login} is a reserved name, not a person's login")
    report = []
    with engine.begin() as conn:
        if not identify(conn).groups_exist:
            raise ServerError("this server has no MeetingDesk roles yet: run server init first")
        row = conn.execute(
            text("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = :n"), {"n": login}
        ).first()
        name = _quote(conn, login)
        secret = _encrypted(conn, login, password) if password else None
        if row is None:
            clause = f" PASSWORD '{secret}'" if secret else ""
            _raw(conn, f"CREATE ROLE {name} LOGIN{clause}")
            report.append(f"login {login}: created" + (" with a password" if secret else ""))
        else:
            if row.rolsuper:
                raise ServerError(f"{login} is a superuser: it cannot be a staff login")
            if not row.rolcanlogin:
                raise ServerError(f"{login} exists but cannot log in (a group role?)")
            if secret:
                _raw(conn, f"ALTER ROLE {name} PASSWORD '{secret}'")
                report.append(f"login {login}: exists, password changed")
            else:
                report.append(f"login {login}: exists")
        for other in ROLES:
            if other != role:
                conn.execute(text(f"REVOKE {_quote(conn, GROUPS[other])} FROM {name}"))
        conn.execute(text(f"GRANT {_quote(conn, GROUPS[role])} TO {name}"))
        report.append(f"login {login}: member of {GROUPS[role]} only")
    return report


def _raw(conn: Connection, statement: str) -> None:
    """A statement with no parameters, sent as is (a SCRAM hash contains ':' and '%')."""
    with conn.connection.dbapi_connection.cursor() as cur:
        cur.execute(statement)


def _encrypted(conn: Connection, login: str, password: str) -> str:
    """The password hashed on this side (SCRAM, as the server asks), so that the clear text
    never reaches the server's statement log; a hash holds no quote to escape."""
    raw = conn.connection.dbapi_connection
    algorithm = conn.execute(text("SHOW password_encryption")).scalar_one()
    hashed = raw.pgconn.encrypt_password(password.encode(), login.encode(), algorithm.encode())
    value = hashed.decode()
    if "'" in value:  # pragma: no cover - SCRAM and md5 hashes are base64/hex
        raise ServerError("unexpected password hash")
    return value


def list_users(engine: Engine) -> list[StaffUser]:
    """Logins in the MeetingDesk groups (cluster-wide), by role then login."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT r.rolname, g.rolname, r.rolcanlogin FROM pg_roles r "
                "JOIN pg_auth_members m ON m.member = r.oid "
                "JOIN pg_roles g ON g.oid = m.roleid "
                "WHERE g.rolname = ANY(:groups) ORDER BY g.rolname, r.rolname"
            ),
            {"groups": list(GROUPS.values())},
        ).all()
    by_group = {name: role for role, name in GROUPS.items()}
    users = [StaffUser(login, by_group[group], bool(can)) for login, group, can in rows]
    return sorted(users, key=lambda u: (ROLES.index(u.role), u.login))


def _reason(exc: DBAPIError) -> str:
    lines = str(exc.orig or exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


class LoginRefused(StoreError):
    """The server did not accept the login or its password: ask the person again."""


OWNER_FOR_DESKTOPS = (
    "{login} owns {server}: desktops never connect as the owner — log in with your own login, "
    "made by `meetingdesk server add-user LOGIN --role ROLE`; the owner is for "
    "`meetingdesk server ...` and other command-line maintenance only"
)


def open_checks(
    engine: Engine, url: str, password_given: bool = False, *, desktop: bool = False
) -> Identity:
    """Connect, say who we are, and refuse (one clear line) a database this login cannot use.

    The owner may go on to migrate — from the command line only: a desktop (``desktop``)
    that connects as the owner is refused before anything is changed. Every other login
    needs a database that ``server init`` has brought to this program's schema and
    granted, and a MeetingDesk group.
    """
    from .migrate import head_revision, known_revisions

    server = _shown(url)
    try:
        with engine.connect() as conn:
            ident = identify(conn)
            if ident.role == "owner" and desktop:
                raise ServerError(
                    OWNER_FOR_DESKTOPS.format(login=ident.login, server=server),
                    code="owner_on_desktop",
                    login=ident.login,
                    server=server,
                )
            if ident.role == "owner":
                return ident
            who = f"login {ident.login}"
            if not ident.groups_exist:
                raise ServerError(
                    f"{server} is not set up for a team (no MeetingDesk roles): "
                    "its owner runs `meetingdesk server init` first",
                    code="not_initialised",
                    server=server,
                )
            if ident.role is None:
                raise ServerError(
                    f"{who} is in no MeetingDesk group on this server: the secretariat runs "
                    f"`meetingdesk server add-user {ident.login} --role drafter` (or another role)",
                    code="no_group",
                    login=ident.login,
                    server=server,
                )
            granted = conn.execute(
                text(
                    "SELECT to_regclass('public.alembic_version') IS NOT NULL AND "
                    "to_regclass('public.audit_event') IS NOT NULL AND "
                    "has_table_privilege('public.alembic_version', 'SELECT') AND "
                    "has_table_privilege('public.audit_event', 'SELECT')"
                )
            ).scalar()
            rev = None
            if granted:
                rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        raise explain_connect(exc, url, password_given) from exc
    if rev is None or not granted:
        raise ServerError(
            f"{server} is not initialised for MeetingDesk: its owner runs "
            "`meetingdesk server init` first",
            code="not_initialised",
            server=server,
        )
    if rev not in known_revisions():
        raise ServerError(
            f"{server} was set up by a newer MeetingDesk (schema {rev}); this program "
            f"knows schema {head_revision()} at most. Update MeetingDesk; nothing was changed.",
            code="newer_schema",
            server=server,
            schema=rev,
            known=head_revision(),
        )
    if rev != head_revision():
        raise ServerError(
            f"{server} has the older schema {rev} (this program needs {head_revision()}): "
            "its owner runs `meetingdesk server init` to migrate it",
            code="older_schema",
            server=server,
            schema=rev,
            known=head_revision(),
        )
    return ident


def explain_connect(exc: DBAPIError, url: str, password_given: bool = False) -> StoreError:
    """A failed connection as one line a person can act on."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    user = u.username or "(your system login)"
    server = _shown(url)
    reason = _reason(exc)
    given = u.password is not None or password_given
    if "no password supplied" in reason or ("password authentication" in reason and not given):
        return LoginRefused(
            f"the server {server} asks a password for {user}",
            code="password_needed",
            login=user,
            server=server,
        )
    if "password authentication failed" in reason:
        return LoginRefused(
            f"the server {server} refused the password for {user}",
            code="password_refused",
            login=user,
            server=server,
        )
    if "role" in reason and "does not exist" in reason:
        return LoginRefused(
            f"the server {server} has no login {user}", code="no_login", login=user, server=server
        )
    if "permission denied for database" in reason:
        return ServerError(
            f"login {user} may not connect to {u.database}: it is in no MeetingDesk group there "
            f"(the secretariat runs `meetingdesk server add-user {user} --role ...`)",
            code="no_group",
            login=user,
            server=server,
        )
    return StoreError(
        f"cannot connect to {server}: {reason}", code="cannot_connect", server=server, reason=reason
    )


def _shown(url: str) -> str:
    from .paths import describe_url

    return describe_url(url)
