"""The audit signing key in the operating system's keyring (python `keyring`), when there is one.

Windows Credential Manager, the macOS Keychain and the Secret Service (GNOME Keyring,
KWallet) keep a secret encrypted under the person's login, where our own owner-only file
relies on file permissions alone. A "keyring" that is no better than that file is not
used: keyring's fail and null backends, and backends that rate themselves below 1
(keyrings.alt's plaintext file) unless the person chose one with PYTHON_KEYRING_BACKEND.
MEETINGDESK_KEYRING=off keeps the key in the file whatever the system offers.

One entry per data folder (a test or a portable install has its own folder, so its own
key). A small marker file beside the receipts records that the key went to the keyring
and which public key it was, so a keyring later locked or emptied is reported, never
silently replaced by a new key.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .engine import StoreError

SERVICE = "MeetingDesk audit key"
MARKER_FILE = "audit-ed25519.keyring.json"
ENV_SWITCH = "MEETINGDESK_KEYRING"


class KeyringUnavailable(StoreError):
    """The key is kept in a keyring that cannot be read now (the message says what to do)."""


def system_keyring() -> Any | None:
    """The keyring backend to keep the key in, or None (then the file is used)."""
    if os.environ.get(ENV_SWITCH, "").strip().lower() in ("0", "off", "no", "file"):
        return None
    try:
        import keyring
        from keyring.backends import chainer, fail

        ring = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring installation counts as none
        return None
    if isinstance(ring, fail.Keyring) or type(ring).__module__ == "keyring.backends.null":
        return None
    if isinstance(ring, chainer.ChainerBackend) and not ring.backends:
        return None
    try:
        priority = float(ring.priority)
    except Exception:  # noqa: BLE001
        return None
    if priority < 1 and not os.environ.get("PYTHON_KEYRING_BACKEND"):
        return None
    return ring


def backend_name(ring: Any) -> str:
    """How a person recognises the keyring: its name, else its class."""
    name = getattr(ring, "name", "") or type(ring).__name__
    return str(name)


def entry_name(folder: Path) -> str:
    """The keyring user name for a data folder (its path hashed: no path in the keyring)."""
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"audit-ed25519@{digest}"


@dataclass(frozen=True)
class Marker:
    """What the data folder remembers of a key in the keyring (no secret in it)."""

    backend: str
    entry: str
    key_id: str

    def to_json(self) -> str:
        return json.dumps(
            {"backend": self.backend, "service": SERVICE, "entry": self.entry, "key": self.key_id}
        )


def read_marker(folder: Path) -> Marker | None:
    path = folder / MARKER_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Marker(str(data["backend"]), str(data["entry"]), str(data["key"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # A damaged marker still says the key went to the keyring.
        return Marker("unknown", entry_name(folder), "")


def write_marker(folder: Path, marker: Marker) -> None:
    path = folder / MARKER_FILE
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(marker.to_json(), encoding="utf-8")
    os.replace(tmp, path)


def get_pem(ring: Any, entry: str) -> bytes | None:
    try:
        value = ring.get_password(SERVICE, entry)
    except Exception as exc:  # noqa: BLE001 - locked, refused, D-Bus gone: say so
        raise KeyringUnavailable(
            f"the system keyring ({backend_name(ring)}) cannot be read: {exc}"
        ) from exc
    return value.encode("ascii") if value else None


def put_pem(ring: Any, entry: str, pem: bytes) -> None:
    """Store the key and read it back: a keyring that silently drops it is not trusted."""
    try:
        ring.set_password(SERVICE, entry, pem.decode("ascii"))
    except Exception as exc:  # noqa: BLE001
        raise KeyringUnavailable(
            f"the system keyring ({backend_name(ring)}) refused the audit key: {exc}"
        ) from exc
    if get_pem(ring, entry) != pem:
        raise KeyringUnavailable(
            f"the system keyring ({backend_name(ring)}) did not keep the audit key"
        )
