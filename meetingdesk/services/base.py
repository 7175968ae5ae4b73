"""The service context: one open database, the acting user, read and write transactions.

Every write is one transaction that appends its AuditEvent in that same transaction;
the events form a hash chain, so a removed or altered event is detectable.

On PostgreSQL two advisory locks order the writers. The write gate: by default a write
holds it exclusively for its whole transaction (use cases that number clauses by plain
UPDATEs, merge whole documents or check a document-wide state need that); a write opened
with ``concurrent=True`` holds it shared. Only saves of one clause's text use that: they
change one clause row, whose version counter refuses a stale save even when two run at
once. The chain lock, taken by ``audit()`` just before it reads the last event's hash and
held to commit, keeps the hash chain in commit order.
"""

from __future__ import annotations

import getpass
import json
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy import event as sa_event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from meetingdesk.integrity.hashing import EventFacts, event_hash
from meetingdesk.model import AuditEvent, User, utc_now
from meetingdesk.model.hashing import CREATED_KEY
from meetingdesk.store import anchoring, keys
from meetingdesk.store.engine import StoreError, make_engine
from meetingdesk.store.migrate import ensure_identity, one_line, upgrade
from meetingdesk.store.paths import describe_url, resolve_url
from meetingdesk.store.server import open_checks
from meetingdesk.store.turns import write_turn

WRITE_GATE_KEY = 7_240_430  # pg advisory lock: exclusive for most writes, shared for saves
AUDIT_CHAIN_KEY = 7_240_431  # pg advisory lock: from appending an audit event to commit


class DeskError(Exception):
    """A refusal a person should read: the message names what is wrong.

    The message is English (the command line prints it). A refusal the window shows often
    also carries ``code`` and ``params``: what happened as data, which the window renders
    through its translations (``ui/labels.refusal``); without a code it shows the message.
    """

    def __init__(self, message: str = "", *, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class NotFound(DeskError):
    pass


class ValidationError(DeskError):
    pass


class ConflictError(DeskError):
    """A stale write: someone else changed the entity first. Nothing was written."""


class FrozenError(DeskError):
    """An edit to an adopted document or a frozen revision."""


class PermissionRefused(DeskError):
    """The server refused a change the login's role may not make. Nothing was written.

    ``login`` and ``role`` let the window say it in the reader's language."""

    def __init__(self, message: str, login: str = "", role: str = "") -> None:
        super().__init__(message)
        self.login = login
        self.role = role


class ConnectionLost(DeskError):
    """The server went away during a write. Nothing was written; trying again may work.

    ``server`` names it for the window's own, translated message."""

    def __init__(self, message: str, server: str = "") -> None:
        super().__init__(message)
        self.server = server


def os_user() -> str:
    """The acting user on an SQLite file: MEETINGDESK_USER if set, else the system account.

    On a server the login (``session_user``) is the acting user and this is not used.
    """
    import os

    if os.environ.get("MEETINGDESK_USER"):
        return os.environ["MEETINGDESK_USER"]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass
class Desk:
    url: str
    engine: Engine
    user_login: str
    db_uuid: str
    backup_path: str | None = None
    role: str = "local"  # "local" (SQLite: no roles), "owner", or a server group role
    #: the password the login was opened with (for the live-view connection); never shown
    password: str | None = field(default=None, repr=False)
    #: ids of the audit events this desk committed lately (live views skip their own writes)
    own_events: deque[int] = field(default_factory=lambda: deque(maxlen=1000), repr=False)
    _factory: sessionmaker = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(
        cls,
        url: str | None = None,
        *,
        user: str | None = None,
        password: str | None = None,
        desktop: bool = False,
    ) -> Desk:
        """Open (creating or migrating as needed) the database at url or the default one.

        On PostgreSQL the acting user is the login, whatever ``user`` says; only the owner
        migrates, other logins need a schema that ``server init`` brought up to date.
        ``desktop``: the window opens it — the owner is refused there (maintenance as the
        owner is done from the command line).
        """
        resolved = resolve_url(url)
        if make_url(resolved).get_backend_name() == "postgresql":
            return cls._open_server(resolved, password, desktop)
        backup = upgrade(resolved)
        engine = make_engine(resolved)
        try:
            db_uuid = ensure_identity(engine)
            _sign_if_never_signed(engine, db_uuid)
        except DBAPIError as exc:
            engine.dispose()
            raise StoreError(f"cannot use {describe_url(resolved)}: {exc.orig}") from exc
        return cls(resolved, engine, user or os_user(), db_uuid, backup)

    @classmethod
    def _open_server(cls, url: str, password: str | None, desktop: bool = False) -> Desk:
        engine = make_engine(url, password=password)
        try:
            ident = open_checks(engine, url, password is not None, desktop=desktop)
            if ident.role == "owner":
                engine.dispose()
                upgrade(url, password=password)
                engine = make_engine(url, password=password)
            db_uuid = ensure_identity(engine)
            if ident.role == "owner":
                _sign_if_never_signed(engine, db_uuid)
        except DBAPIError as exc:
            engine.dispose()
            raise StoreError(f"cannot use {describe_url(url)}: {one_line(exc)}") from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(url, engine, ident.login, db_uuid, None, ident.role or "", password)

    @classmethod
    def open_read_only(cls, url: str | None = None, *, user: str | None = None) -> Desk:
        """Open an existing database to read it only: no migration, no signing, no WAL switch
        (what `check` uses, so that checking never changes what is checked)."""
        from sqlalchemy import text

        resolved = resolve_url(url)
        engine = make_engine(resolved, read_only=True)
        try:
            with engine.connect() as conn:
                db_uuid = conn.execute(
                    text("SELECT value FROM store_info WHERE key = 'db_uuid'")
                ).scalar()
        except DBAPIError as exc:
            engine.dispose()
            raise StoreError(f"cannot read {describe_url(resolved)}: {exc.orig}") from exc
        return cls(resolved, engine, user or os_user(), db_uuid or "")

    @property
    def label(self) -> str:
        return describe_url(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._factory() as session, session.begin():
            yield session

    @contextmanager
    def write(self, *, concurrent: bool = False) -> Iterator[Session]:
        """One write transaction; a stale row becomes a ConflictError, never an overwrite.

        ``concurrent``: the use case changes only rows guarded by their version counter
        (see the module's docstring); it then runs beside other such writes on a server.
        """
        bind = self.engine.execution_options(sqlite_immediate=True)
        session = Session(bind=bind, expire_on_commit=False)
        turn = write_turn(self.engine.url.database) if self.is_sqlite else nullcontext()
        born: list[AuditEvent] = []
        sa_event.listen(session, "pending_to_persistent", _collect_events(born))
        receipt = None
        try:
            with turn, session.begin():
                if not self.is_sqlite:
                    gate = func.pg_advisory_xact_lock_shared if concurrent else _advisory_lock
                    session.execute(select(gate(WRITE_GATE_KEY)))
                session.connection().info.pop(CREATED_KEY, None)
                yield session
                receipt = self._seal(session)
            self.own_events.extend(e.id for e in born)
            if receipt is not None:
                keys.save_receipt(receipt)
        except StaleDataError as exc:
            raise ConflictError(
                "someone else changed this entry first; nothing was saved — reload and try again",
                code="changed_first",
            ) from exc
        except DBAPIError as exc:
            if "document is adopted" in str(exc.orig) or "adopted document" in str(exc.orig):
                raise FrozenError(
                    "this document is adopted: its text is frozen; nothing was saved",
                    code="adopted_text_frozen",
                ) from exc
            refusal = self._refusal(exc)
            if refusal is None:
                raise
            raise refusal from exc
        finally:
            session.close()

    def _refusal(self, exc: DBAPIError) -> DeskError | None:
        """The server's refusals a person can act on, as desk errors (None: not one of them)."""
        state = getattr(exc.orig, "sqlstate", None) or ""
        if exc.connection_invalidated or state.startswith("08"):
            return ConnectionLost(
                f"the connection to {self.label} was lost; nothing was saved — try again",
                self.label,
            )
        if state == "42501":
            return PermissionRefused(
                f"the server refused this change for {self.user_login} ({self.role}): "
                f"{one_line(exc)}; nothing was saved",
                self.user_login,
                self.role,
            )
        if state in ("40001", "40P01"):
            return ConflictError(
                "another save met this one on the server; nothing was saved — try again"
            )
        return None

    def require_insert(self, table: str) -> None:
        """Refuse, before any file is written, a use case whose record the server would
        refuse at the end (it asks the server, which holds the rules; SQLite: no roles)."""
        if self.is_sqlite:
            return
        from sqlalchemy import text

        with self.read() as s:
            allowed = s.execute(
                text("SELECT has_table_privilege(:t, 'INSERT')"), {"t": f"public.{table}"}
            ).scalar()
        if not allowed:
            raise PermissionRefused(
                f"the server refused this change for {self.user_login} ({self.role}): "
                f"no right to add to {table}; nothing was written",
                self.user_login,
                self.role,
            )

    def mark_import(self, session: Session) -> None:
        """Keep the authors of rows copied from a package in this transaction.

        On a server the authors of new versions, proposals and comments are otherwise set
        to the login by triggers (migration 0009); the audit event still names the login.
        """
        if not self.is_sqlite:
            session.execute(select(func.set_config("meetingdesk.import", "on", True)))

    def audit(
        self,
        session: Session,
        action: str,
        entity: Any,
        summary: str,
        details: dict[str, Any] | None = None,
    ) -> AuditEvent:
        """Append one hash-chained event in the caller's transaction.

        The event carries the content hashes of the versions and revisions written since
        the previous event of this transaction (the store notes them as they are inserted).
        """
        session.flush()
        if not self.is_sqlite:
            session.execute(select(_advisory_lock(AUDIT_CHAIN_KEY)))
        details = dict(details or {})
        created = session.connection().info.pop(CREATED_KEY, None)
        if created:
            grouped: dict[str, list[str]] = {}
            for kind, digest in created:
                grouped.setdefault(kind, []).append(digest)
            details["created_hashes"] = grouped
        prev = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
        event = AuditEvent(
            at=utc_now(),
            user_login=self.user_login,
            action=action,
            entity_type=type(entity).__name__,
            entity_uuid=str(entity.uuid),
            summary=summary,
            details=json.dumps(details, sort_keys=True, ensure_ascii=False, default=str),
            prev_hash=prev or "",
        )
        event.hash = audit_hash(event)
        session.add(event)
        return event

    def _seal(self, session: Session):
        """Before commit: record hashes no event carried yet, then sign the new head."""
        session.flush()
        if session.connection().info.get(CREATED_KEY):
            self.audit(session, "history.hashes", _Store(self.db_uuid), "content hashes")
            session.flush()
        return anchoring.sign_current_head(session.connection(), self.db_uuid)

    def audit_many(
        self, session: Session, items: list[tuple[str, str, str, str, dict[str, Any] | None]]
    ) -> int:
        """Append several events at once: (action, entity type, entity UUID, summary,
        details), chained in order, hashed by audit_hash like audit(), inserted in one
        statement. For imports of thousands of rows, where one flush and one read of the
        chain's head per event would dominate."""
        from types import SimpleNamespace
        from uuid import uuid4

        from sqlalchemy import insert

        session.flush()
        if not self.is_sqlite:
            session.execute(select(_advisory_lock(AUDIT_CHAIN_KEY)))
        created = session.connection().info.pop(CREATED_KEY, None)
        prev = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
        now = utc_now()
        rows = []
        for index, (action, entity_type, entity_uuid, summary, details) in enumerate(items):
            details = dict(details or {})
            if created and index == 0:  # as audit(): hashes written since the last event
                grouped: dict[str, list[str]] = {}
                for kind, digest in created:
                    grouped.setdefault(kind, []).append(digest)
                details["created_hashes"] = grouped
            event = SimpleNamespace(
                at=now,
                user_login=self.user_login,
                action=action,
                entity_type=entity_type,
                entity_uuid=str(entity_uuid),
                summary=summary,
                details=json.dumps(details, sort_keys=True, ensure_ascii=False, default=str),
                prev_hash=prev or "",
            )
            event.hash = prev = audit_hash(event)
            rows.append({**vars(event), "uuid": uuid4()})
        if rows:
            session.execute(insert(AuditEvent), rows)
        return len(rows)

    def ensure_user(self, session: Session) -> User:
        user = session.scalar(select(User).where(User.login == self.user_login))
        if user is None:
            user = User(login=self.user_login, display_name=self.user_login)
            session.add(user)
            session.flush()
        return user


def _collect_events(into: list[AuditEvent]):
    def collect(_session: Session, obj: Any) -> None:
        if isinstance(obj, AuditEvent):
            into.append(obj)

    return collect


def _sign_if_never_signed(engine: Engine, db_uuid: str) -> None:
    """A database from before signed heads (or a new one): sign what is there, so that
    from now on a chain cut or rewritten shows."""
    receipt = None
    with engine.begin() as conn:
        if not anchoring.has_anchor(conn):
            receipt = anchoring.sign_current_head(conn, db_uuid)
    if receipt is not None:
        keys.save_receipt(receipt)


@dataclass(frozen=True)
class _Store:
    """The database itself as the subject of an audit event."""

    uuid: str


_Store.__name__ = "Store"


def audit_hash(event: AuditEvent) -> str:
    return event_hash(
        EventFacts(
            event.prev_hash,
            event.at,
            event.user_login,
            event.action,
            event.entity_type,
            event.entity_uuid,
            event.summary,
            event.details,
        )
    )


def _advisory_lock(key: int):
    from sqlalchemy import func

    return func.pg_advisory_xact_lock(key)


def expect_version(
    entity: Any, expected: int | None, what: str, *, item: str = "", **named: object
) -> None:
    """Refuse a write made from a stale view of entity.

    ``what`` names it in English ("session 'Opening'"); ``item`` (a kind: "session",
    "clause", …) and ``named`` (its name, number…) name it as data for the window."""
    if expected is not None and entity.row_version != expected:
        raise ConflictError(
            f"{what} was changed by someone else (now version {entity.row_version}, "
            f"you edited version {expected}); nothing was saved — reload and try again",
            code="changed_elsewhere",
            now=entity.row_version,
            expected=expected,
            item=item,
            **named,
        )


def get_or_404(session: Session, model: type, entity_id: int, what: str) -> Any:
    """The row, or NotFound naming it: ``what`` in English for the command line, and as a
    kind code for the window ("agenda session" → ``entity="agenda_session"``)."""
    obj = session.get(model, entity_id)
    if obj is None:
        raise NotFound(
            f"{what} {entity_id} does not exist",
            code="not_found",
            entity=what.replace(" ", "_"),
            entity_id=entity_id,
        )
    return obj


def export_refusal(exc: Exception) -> DeskError:
    """A file that could not be written (formats.ExportError) as a refusal the window can
    say: the format's own code and data when it gives them, else its message as the reason."""
    code = getattr(exc, "code", "")
    if code:
        return DeskError(str(exc), code=code, **(getattr(exc, "params", None) or {}))
    return DeskError(str(exc), code="export_failed", reason=str(exc))


def verify_audit_chain(session: Session) -> list[str]:
    """Problems in the audit chain (empty when intact), each with its event as data."""
    from meetingdesk.text.problems import Problem

    problems: list[str] = []
    prev = ""
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        if event.prev_hash != prev:
            problems.append(
                Problem(
                    f"audit event {event.id}: chain broken before it",
                    code="audit_chain_broken",
                    event=event.id,
                )
            )
        if audit_hash(event) != event.hash:
            problems.append(
                Problem(
                    f"audit event {event.id}: contents do not match its hash",
                    code="audit_event_altered",
                    event=event.id,
                    action=event.action,
                )
            )
        prev = event.hash
    return problems
