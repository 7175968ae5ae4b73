"""The package manifest, kept in the package's own store_info under "package." keys.

It names where the package came from (the source database's own UUID, the meeting, the
documents), the base of every clause (head version per language, status, ad ref, order)
and of every proposal, position and comment, who took it (user and delegation) and when.
A SHA-256 over its canonical JSON detects a hand-edited manifest. Opening a package file is
checked here: SQLite header, integrity, schema revision, manifest hash.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from meetingdesk.services.base import DeskError
from meetingdesk.store.engine import StoreError
from meetingdesk.store.migrate import head_revision, known_revisions, upgrade
from meetingdesk.store.paths import sqlite_uri, sqlite_url

FORMAT = 1
MANIFEST_KEY = "package.manifest"
HASH_KEY = "package.sha256"
SIGNATURE_KEY = "package.signature"
SIGNATURE_TAG = "meetingdesk-package/1"
SQLITE_HEADER = b"SQLite format 3\x00"


class PackageError(DeskError):
    """A package that cannot be used; nothing was changed."""


@dataclass
class Manifest:
    source_db: str
    meeting: str
    documents: list[str]
    # clause uuid -> {"document", "en", "ja", "status", "ad_ref", "kind"}
    clauses: dict[str, dict[str, Any]]
    # document uuid -> clause uuids in base order
    order: dict[str, list[str]]
    # "proposal" / "position" / "comment" -> uuid -> base field values
    rows: dict[str, dict[str, dict[str, Any]]]
    by: str
    at: str
    format: int = FORMAT
    pulls: list[dict[str, str]] = field(default_factory=list)
    # The delegation whose laptop the package is (its code), "" when none was named.
    delegation: str = ""

    def to_json(self) -> str:
        # An empty delegation is left out, so manifests written before it existed keep
        # their hash (and so the signature the source database made over it).
        data = dict(self.__dict__)
        if not data.get("delegation"):
            data.pop("delegation", None)
        return canonical(data)

    def owner(self) -> str:
        """Who took the package, for people: "drafter.can (CAN)" or just the login."""
        return f"{self.by} ({self.delegation})" if self.delegation else self.by

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.to_json().encode()).hexdigest()

    def base_versions(self) -> set[str]:
        out = set()
        for entry in self.clauses.values():
            out.update(v for v in (entry.get("en"), entry.get("ja")) if v)
        return out

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("the manifest is not a JSON object")
        manifest = cls(**data)
        manifest.validate()
        return manifest

    def validate(self) -> None:
        """Every reference is a UUID and every part has its shape: a manifest naming a
        path (../../etc/passwd) or holding the wrong types is refused here, in one line."""
        import uuid as uuid_mod

        def need_uuid(value: Any, what: str) -> None:
            try:
                uuid_mod.UUID(str(value))
            except ValueError:
                raise ValueError(f"{what} {str(value)[:60]!r} is not an identifier") from None
            if not isinstance(value, str):
                raise ValueError(f"{what} is not text")

        need_uuid(self.source_db, "source database")
        need_uuid(self.meeting, "meeting")
        if not isinstance(self.documents, list) or not self.documents:
            raise ValueError("it names no documents")
        for d in self.documents:
            need_uuid(d, "document")
        if not isinstance(self.clauses, dict) or not isinstance(self.order, dict):
            raise ValueError("its clauses or order are not tables")
        for cu, entry in self.clauses.items():
            need_uuid(cu, "clause")
            if not isinstance(entry, dict):
                raise ValueError(f"clause {cu} is not described by a table")
            for lang in ("en", "ja"):
                if entry.get(lang):
                    need_uuid(entry[lang], f"version of clause {cu}")
        for du, clauses in self.order.items():
            need_uuid(du, "document")
            if not isinstance(clauses, list):
                raise ValueError(f"the order of document {du} is not a list")
            for cu in clauses:
                need_uuid(cu, "clause")
        if not isinstance(self.rows, dict) or not isinstance(self.by, str):
            raise ValueError("its rows or owner are malformed")
        if not isinstance(self.delegation, str) or len(self.delegation) > 32:
            raise ValueError("its owner's delegation is malformed")


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def write_manifest(conn, manifest: Manifest) -> None:
    """Insert or replace the manifest rows (conn: a SQLAlchemy connection or session)."""
    from sqlalchemy import delete, insert

    from meetingdesk.model import StoreInfo

    table = StoreInfo.__table__
    keys = [MANIFEST_KEY, HASH_KEY, SIGNATURE_KEY]
    conn.execute(delete(table).where(table.c.key.in_(keys)))
    conn.execute(
        insert(table),
        [
            {"key": MANIFEST_KEY, "value": manifest.to_json()},
            {"key": HASH_KEY, "value": manifest.sha256},
            {"key": SIGNATURE_KEY, "value": sign_manifest(manifest)},
        ],
    )


def _signed_message(manifest: Manifest) -> bytes:
    return json.dumps([SIGNATURE_TAG, manifest.source_db, manifest.sha256]).encode()


def sign_manifest(manifest: Manifest) -> str:
    """The source database's signature of the manifest: this user's audit key (kept outside
    the database) signs it; check-in accepts only keys that signed the database's heads."""
    import base64

    from meetingdesk.integrity.anchor import raw_public
    from meetingdesk.store.keys import audit_key

    key = audit_key()
    return json.dumps(
        {
            "public_key": base64.b64encode(raw_public(key)).decode(),
            "signature": base64.b64encode(key.sign(_signed_message(manifest))).decode(),
        }
    )


def signature_key_id(manifest: Manifest, signature: str) -> str | None:
    """The key id that signed the manifest, or None when the signature does not hold."""
    import base64

    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from meetingdesk.integrity.anchor import key_id

    try:
        data = json.loads(signature)
        raw = base64.b64decode(data["public_key"])
        Ed25519PublicKey.from_public_bytes(raw).verify(
            base64.b64decode(data["signature"]), _signed_message(manifest)
        )
    except (ValueError, KeyError, TypeError, InvalidSignature):
        return None
    return key_id(raw)


def package_url(path: Path) -> str:
    return sqlite_url(Path(path).resolve())


def _probe(path: Path) -> tuple[str | None, dict[str, str]]:
    """Raw checks through sqlite3, read-only: header, integrity, schema revision, manifest."""
    path = Path(path)
    if not path.exists():
        raise PackageError(f"{path} does not exist", code="file_missing", file=str(path))
    if not path.is_file():
        raise PackageError(f"{path} is not a file", code="package_not_a_file", file=str(path))
    with path.open("rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        raise PackageError(
            f"{path.name} is not a MeetingDesk package (not an SQLite file)",
            code="package_not_sqlite",
            package=path.name,
        )
    try:
        con = sqlite3.connect(sqlite_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise PackageError(
            f"{path.name} cannot be opened: {exc}",
            code="package_damaged",
            package=path.name,
            reason=str(exc),
        ) from exc
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            raise PackageError(
                f"{path.name} is damaged (integrity check: {'; '.join(rows[:3])}); "
                "ask for a fresh copy of the package",
                code="package_damaged",
                package=path.name,
                reason="; ".join(rows[:3]),
            )
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "store_info" not in names or "alembic_version" not in names:
            raise PackageError(
                f"{path.name} is not a MeetingDesk package (no MeetingDesk tables)",
                code="package_no_tables",
                package=path.name,
            )
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        info = dict(
            con.execute(
                "SELECT key, value FROM store_info WHERE key IN (?, ?, ?, 'db_uuid')",
                (MANIFEST_KEY, HASH_KEY, SIGNATURE_KEY),
            ).fetchall()
        )
    except sqlite3.DatabaseError as exc:
        raise PackageError(
            f"{path.name} is damaged or truncated ({exc}); ask for a fresh copy of the package",
            code="package_damaged",
            package=path.name,
            reason=str(exc),
        ) from exc
    finally:
        con.close()
    return (rev[0] if rev else None), info


def open_package(path: Path) -> tuple[str, Manifest, str]:
    """Check a package file and return (its URL, its manifest, the manifest's signature for
    the source database to verify), or refuse.

    A package from an older program is migrated (with a backup beside it); one from a
    newer program is refused untouched.
    """
    path = Path(path)
    rev, info = _probe(path)
    if rev is not None and rev not in known_revisions():
        raise PackageError(
            f"{path.name} was written by a newer MeetingDesk (schema {rev}); this program "
            f"knows schema {head_revision()} at most. Update MeetingDesk; nothing was changed.",
            code="package_newer",
            package=path.name,
        )
    if MANIFEST_KEY not in info or HASH_KEY not in info:
        raise PackageError(
            f"{path.name} is a MeetingDesk database, not a package (no manifest)",
            code="package_is_database",
            package=path.name,
        )
    text = info[MANIFEST_KEY]
    if hashlib.sha256(text.encode()).hexdigest() != info[HASH_KEY]:
        raise PackageError(
            f"the manifest of {path.name} was altered (its SHA-256 does not match); "
            "refusing it — nothing was changed",
            code="package_tampered",
            package=path.name,
        )
    try:
        manifest = Manifest.from_json(text)
    except (ValueError, TypeError) as exc:
        raise PackageError(
            f"the manifest of {path.name} cannot be read: {exc}",
            code="package_damaged",
            package=path.name,
            reason=str(exc),
        ) from exc
    if manifest.format != FORMAT:
        raise PackageError(
            f"{path.name} has package format {manifest.format}; this program reads format "
            f"{FORMAT}. Update MeetingDesk; nothing was changed.",
            code="package_newer",
            package=path.name,
        )
    if info.get("db_uuid") == manifest.source_db:
        raise PackageError(
            f"{path.name} claims to be its own source; refusing it",
            code="package_is_database",
            package=path.name,
        )
    url = package_url(path)
    if rev != head_revision():
        try:
            upgrade(url)
        except StoreError as exc:
            raise PackageError(
                str(exc), code="package_upgrade_failed", package=path.name, reason=str(exc)
            ) from exc
    return url, manifest, info.get(SIGNATURE_KEY, "")


def read_manifest(path: Path) -> Manifest:
    """The verified manifest of a package file (for showing what it holds)."""
    return open_package(path)[1]


def package_of(desk) -> Manifest | None:
    """The manifest of the database the desk has open when that database is a package (the
    window marks it as one), else None. Read from the open connection; nothing verified."""
    from sqlalchemy import text as sql

    if not desk.is_sqlite:
        return None
    with desk.read() as s:
        raw = s.execute(
            sql("SELECT value FROM store_info WHERE key = :k"), {"k": MANIFEST_KEY}
        ).scalar()
    if not raw:
        return None
    try:
        return Manifest.from_json(raw)
    except (ValueError, TypeError):
        return None
