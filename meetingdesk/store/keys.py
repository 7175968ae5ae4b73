"""The audit signing key and this computer's receipts, kept outside the database.

The key lives in the operating system's keyring when there is a real one (see
keyring_store), else in a PEM file in the user's data folder (readable by the user only);
a key file found beside a usable keyring moves into it. The latest receipt this computer
signed for each database sits in the data folder: a chain found shorter or different than
a receipt was cut or rewritten, whatever the database itself says.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from meetingdesk.integrity.anchor import (
    Receipt,
    ReceiptError,
    key_id,
    load_private_key,
    new_private_key,
    private_key_pem,
    raw_public,
)

from . import keyring_store
from .keyring_store import KeyringUnavailable
from .paths import data_dir

KEY_FILE = "audit-ed25519.pem"
PASSPHRASE_ENV = "MEETINGDESK_KEY_PASSPHRASE"  # protects a key exported by backup

__all__ = [
    "KeyringUnavailable",
    "audit_key",
    "backup_key",
    "export_key",
    "key_location",
    "restore_key",
]

_cache: dict[tuple[int, str], Ed25519PrivateKey] = {}  # (keyring object, entry) -> key


def keys_dir() -> Path:
    path = data_dir() / "keys"
    path.mkdir(parents=True, exist_ok=True)
    return path


def key_path() -> Path:
    return keys_dir() / KEY_FILE


def write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _key_id(key: Ed25519PrivateKey) -> str:
    return key_id(raw_public(key))


def _from_ring(ring: Any, entry: str) -> Ed25519PrivateKey | None:
    cached = _cache.get((id(ring), entry))
    if cached is not None:
        return cached
    pem = keyring_store.get_pem(ring, entry)
    if pem is None:
        return None
    key = load_private_key(pem)
    _cache[(id(ring), entry)] = key
    return key


def _into_ring(ring: Any, entry: str, folder: Path, key: Ed25519PrivateKey) -> None:
    keyring_store.put_pem(ring, entry, private_key_pem(key))
    keyring_store.write_marker(
        folder,
        keyring_store.Marker(keyring_store.backend_name(ring), entry, _key_id(key)),
    )
    _cache[(id(ring), entry)] = key


def audit_key(*, create: bool = True) -> Ed25519PrivateKey | None:
    """This user's signing key; made on first use (None if absent and create is False).

    Raises KeyringUnavailable when the key was put in the keyring and cannot be had from
    it now: signing with a fresh key instead would hide the loss.
    """
    folder = keys_dir()
    path = folder / KEY_FILE
    ring = keyring_store.system_keyring()
    marker = keyring_store.read_marker(folder)
    if ring is not None:
        entry = keyring_store.entry_name(folder)
        key = _from_ring(ring, entry)
        if key is not None:
            if marker is None:
                keyring_store.write_marker(
                    folder,
                    keyring_store.Marker(keyring_store.backend_name(ring), entry, _key_id(key)),
                )
            return key
        if path.exists():  # an older file key (or one restored by hand): move it in
            key = load_private_key(path.read_bytes())
            _into_ring(ring, entry, folder, key)
            path.unlink()
            return key
        if marker is not None:
            raise KeyringUnavailable(_lost(marker, keyring_store.backend_name(ring)))
        if not create:
            return None
        key = new_private_key()
        _into_ring(ring, entry, folder, key)
        return key
    if path.exists():
        return load_private_key(path.read_bytes())
    if marker is not None and not _file_forced():
        raise KeyringUnavailable(_lost(marker, None))
    if not create:
        return None
    key = new_private_key()
    write_private(path, private_key_pem(key))
    return key


def _file_forced() -> bool:
    return os.environ.get(keyring_store.ENV_SWITCH, "").strip().lower() in ("0", "off", "no")


def _lost(marker: keyring_store.Marker, backend: str | None) -> str:
    where = f"the system keyring ({marker.backend})"
    now = "is not available now" if backend is None else "no longer holds it"
    return (
        f"the audit key {marker.key_id} is kept in {where}, which {now}: unlock or restore "
        "the keyring, or put the key back with `meetingdesk signing --restore-key FILE` from a "
        "backup, or start with MEETINGDESK_KEYRING=off to sign with a new key kept in a file "
        "(nothing was signed)"
    )


@dataclass(frozen=True)
class KeyLocation:
    """Where the audit key is, for the About dialog and `signing` (kind: keyring / file /
    none / unavailable; detail: the keyring's name or the file's path)."""

    kind: str
    detail: str
    key_id: str = ""

    def describe(self) -> str:
        key = f" (key {self.key_id})" if self.key_id else ""
        return {
            "keyring": f"in the system keyring ({self.detail}){key}",
            "file": f"in the file {self.detail}{key}",
            "unavailable": f"in the system keyring ({self.detail}), not available now{key}",
        }.get(self.kind, f"none yet (made at the first write; it will go {self.detail})")


def key_location() -> KeyLocation:
    """Where the key is kept now, without creating it."""
    folder = keys_dir()
    path = folder / KEY_FILE
    ring = keyring_store.system_keyring()
    marker = keyring_store.read_marker(folder)
    if ring is not None:
        name = keyring_store.backend_name(ring)
        try:
            key = _from_ring(ring, keyring_store.entry_name(folder))
        except KeyringUnavailable:
            return KeyLocation("unavailable", name, marker.key_id if marker else "")
        if key is not None:
            return KeyLocation("keyring", name, _key_id(key))
        if path.exists():
            return KeyLocation("file", str(path), _file_key_id(path))
        if marker is not None:
            return KeyLocation("unavailable", name, marker.key_id)
        return KeyLocation("none", f"to the system keyring ({name})")
    if path.exists():
        return KeyLocation("file", str(path), _file_key_id(path))
    if marker is not None and not _file_forced():
        return KeyLocation("unavailable", marker.backend, marker.key_id)
    return KeyLocation("none", f"to the file {path}")


def _file_key_id(path: Path) -> str:
    try:
        return _key_id(load_private_key(path.read_bytes()))
    except (OSError, ReceiptError):
        return "unreadable"


def backup_key(out: Path) -> Path | None:
    """Export the signing key next to a backup (out + ".audit-key.pem")."""
    return export_key(out.with_name(out.name + ".audit-key.pem"))


def export_key(out: Path) -> Path | None:
    """Write the signing key to out: owner-only permissions, and encrypted with the
    passphrase in MEETINGDESK_KEY_PASSPHRASE when one is set. A key in the keyring is
    exported from there (a backup must be restorable on another computer)."""
    out = Path(out).expanduser()
    path = key_path()
    if path.exists():
        key: Ed25519PrivateKey | None = load_private_key(path.read_bytes())
    else:
        key = audit_key(create=False)
    if key is None:
        return None
    passphrase = os.environ.get(PASSPHRASE_ENV, "")
    protection: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, protection
    )
    write_private(out, pem)
    return out


def restore_key(source: Path, passphrase: str | None = None) -> KeyLocation:
    """Put a key exported by backup back where keys are kept (keyring or file).

    Refused when a different key is already in use: replacing it would orphan what it signed.
    """
    data = Path(source).read_bytes()
    try:
        loaded = serialization.load_pem_private_key(
            data, password=passphrase.encode("utf-8") if passphrase else None
        )
    except (ValueError, TypeError) as exc:
        raise ReceiptError(f"{Path(source).name}: not a readable audit key ({exc})") from exc
    if not isinstance(loaded, Ed25519PrivateKey):
        raise ReceiptError(f"{Path(source).name}: not an Ed25519 audit key")
    current = key_location()
    if current.kind in ("keyring", "file") and current.key_id != _key_id(loaded):
        raise ReceiptError(
            f"another audit key ({current.key_id}) is in use {current.describe()}; "
            "nothing was changed"
        )
    folder = keys_dir()
    ring = keyring_store.system_keyring()
    if ring is not None:
        _into_ring(ring, keyring_store.entry_name(folder), folder, loaded)
    else:
        write_private(folder / KEY_FILE, private_key_pem(loaded))
        (folder / keyring_store.MARKER_FILE).unlink(missing_ok=True)
    return key_location()


def receipt_path(db_uuid: str) -> Path:
    path = data_dir() / "receipts"
    path.mkdir(parents=True, exist_ok=True)
    return path / f"{db_uuid}.json"


def save_receipt(receipt: Receipt) -> None:
    path = receipt_path(receipt.db_uuid)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(receipt.to_json(), encoding="utf-8")
    os.replace(tmp, path)


def local_receipt(db_uuid: str) -> Receipt | None:
    path = receipt_path(db_uuid)
    if not path.exists():
        return None
    try:
        return Receipt.from_json(path.read_text(encoding="utf-8"))
    except ReceiptError:
        return None
