"""The service context: one open database, the acting user, read and write transactions.

Every write is one transaction that appends its AuditEvent in that same transaction;
the events form a hash chain, so a removed or altered event is detectable.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from meetingdesk.model import AuditEvent, User, utc_now
from meetingdesk.store.engine import StoreError, make_engine
from meetingdesk.store.migrate import ensure_identity, upgrade
from meetingdesk.store.paths import describe_url, resolve_url

AUDIT_LOCK_KEY = 7_240_430  # pg_advisory_xact_lock key serialising writers on a shared server


class DeskError(Exception):
    """A refusal a person should read: the message names what is wrong."""


class NotFound(DeskError):
    pass


class ValidationError(DeskError):
    pass


class ConflictError(DeskError):
    """A stale write: someone else changed the entity first. Nothing was written."""


class FrozenError(DeskError):
    """An edit to an adopted document or a frozen revision."""


def os_user() -> str:
    """The acting user: MEETINGDESK_USER if set, else the operating-system account."""
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
    _factory: sessionmaker = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, *, user: str | None = None) -> Desk:
        """Open (creating or migrating as needed) the database at url or the default one."""
        resolved = resolve_url(url)
        backup = upgrade(resolved)
        engine = make_engine(resolved)
        try:
            db_uuid = ensure_identity(engine)
        except DBAPIError as exc:
            engine.dispose()
            raise StoreError(f"cannot use {describe_url(resolved)}: {exc.orig}") from exc
        return cls(resolved, engine, user or os_user(), db_uuid, backup)

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
    def write(self) -> Iterator[Session]:
        """One write transaction; a stale row becomes a ConflictError, never an overwrite."""
        bind = self.engine.execution_options(sqlite_immediate=True)
        session = Session(bind=bind, expire_on_commit=False)
        try:
            with session.begin():
                if not self.is_sqlite:
                    session.execute(select(_advisory_lock(AUDIT_LOCK_KEY)))
                yield session
        except StaleDataError as exc:
            raise ConflictError(
                "someone else changed this entry first; nothing was saved — reload and try again"
            ) from exc
        finally:
            session.close()

    def audit(
        self,
        session: Session,
        action: str,
        entity: Any,
        summary: str,
        details: dict[str, Any] | None = None,
    ) -> AuditEvent:
        """Append one hash-chained event in the caller's transaction."""
        session.flush()
        prev = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
        event = AuditEvent(
            at=utc_now(),
            user_login=self.user_login,
            action=action,
            entity_type=type(entity).__name__,
            entity_uuid=str(entity.uuid),
            summary=summary,
            details=json.dumps(details or {}, sort_keys=True, ensure_ascii=False, default=str),
            prev_hash=prev or "",
        )
        event.hash = audit_hash(event)
        session.add(event)
        return event

    def ensure_user(self, session: Session) -> User:
        user = session.scalar(select(User).where(User.login == self.user_login))
        if user is None:
            user = User(login=self.user_login, display_name=self.user_login)
            session.add(user)
            session.flush()
        return user


def audit_hash(event: AuditEvent) -> str:
    payload = json.dumps(
        [
            event.prev_hash,
            event.at.isoformat(),
            event.user_login,
            event.action,
            event.entity_type,
            event.entity_uuid,
            event.summary,
            event.details,
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _advisory_lock(key: int):
    from sqlalchemy import func

    return func.pg_advisory_xact_lock(key)


def expect_version(entity: Any, expected: int | None, what: str) -> None:
    """Refuse a write made from a stale view of entity."""
    if expected is not None and entity.row_version != expected:
        raise ConflictError(
            f"{what} was changed by someone else (now version {entity.row_version}, "
            f"you edited version {expected}); nothing was saved — reload and try again"
        )


def get_or_404(session: Session, model: type, entity_id: int, what: str) -> Any:
    obj = session.get(model, entity_id)
    if obj is None:
        raise NotFound(f"{what} {entity_id} does not exist")
    return obj


def verify_audit_chain(session: Session) -> list[str]:
    """Problems in the audit chain (empty when intact)."""
    problems: list[str] = []
    prev = ""
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        if event.prev_hash != prev:
            problems.append(f"audit event {event.id}: chain broken before it")
        if audit_hash(event) != event.hash:
            problems.append(f"audit event {event.id}: contents do not match its hash")
        prev = event.hash
    return problems
