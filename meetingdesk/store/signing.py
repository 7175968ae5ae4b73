"""The secretariat's signing certificate, kept in the user's data folder (never in the
database): made the first time an adopted final is signed, or imported from PKCS#12."""

from __future__ import annotations

from pathlib import Path

from meetingdesk.integrity.pdfsign import (
    Credentials,
    credentials_from_pkcs12,
    make_credentials,
)

from .keys import keys_dir, write_private

KEY_FILE = "secretariat-signing-key.pem"
CERT_FILE = "secretariat-signing-cert.pem"


def _paths() -> tuple[Path, Path]:
    folder = keys_dir()
    return folder / KEY_FILE, folder / CERT_FILE


def credentials(*, create_for: str | None = None) -> Credentials | None:
    """The stored credentials; made for organisation create_for when there are none."""
    key, cert = _paths()
    if key.exists() and cert.exists():
        return Credentials(key.read_bytes(), cert.read_bytes())
    if create_for is None:
        return None
    creds = make_credentials(create_for)
    _save(creds)
    return creds


def import_pkcs12(path: Path, password: str | None) -> Credentials:
    creds = credentials_from_pkcs12(Path(path).read_bytes(), password)
    _save(creds)
    return creds


def _save(creds: Credentials) -> None:
    key, cert = _paths()
    write_private(key, creds.key_pem)
    cert.write_bytes(creds.cert_pem)


def fingerprint() -> str:
    """The certificate's SHA-256 fingerprint, "" when there is none yet (About dialog)."""
    creds = credentials()
    return creds.fingerprint if creds else ""
