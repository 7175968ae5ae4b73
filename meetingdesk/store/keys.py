"""The audit signing key and this computer's receipts, kept outside the database.

The key is a PEM file in the user's data folder (readable by the user only). The latest
receipt this computer signed for each database sits beside it: a chain found shorter or
different than a receipt was cut or rewritten, whatever the database itself says.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from meetingdesk.integrity.anchor import (
    Receipt,
    ReceiptError,
    load_private_key,
    new_private_key,
    private_key_pem,
)

from .paths import data_dir

KEY_FILE = "audit-ed25519.pem"


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


def audit_key(*, create: bool = True) -> Ed25519PrivateKey | None:
    """This user's signing key; made on first use (None if absent and create is False)."""
    path = key_path()
    if path.exists():
        return load_private_key(path.read_bytes())
    if not create:
        return None
    key = new_private_key()
    write_private(path, private_key_pem(key))
    return key


def backup_key(out: Path) -> Path | None:
    """Copy the signing key next to a backup (same owner-only permissions)."""
    src = key_path()
    if not src.exists():
        return None
    dest = out.with_name(out.name + ".audit-key.pem")
    write_private(dest, src.read_bytes())
    shutil.copymode(src, dest)
    return dest


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
