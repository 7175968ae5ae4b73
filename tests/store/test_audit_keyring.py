"""The audit signing key in a real keyring backend (keyrings.alt's file keyring, rated as a
system keyring would be), in a file when there is no keyring, moved from an older key file,
exported by backup and restored; on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import keyring
import pytest
from cryptography.hazmat.primitives import serialization
from keyrings.alt.file import PlaintextKeyring

from meetingdesk.integrity.anchor import key_id, raw_public
from meetingdesk.services.base import Desk
from meetingdesk.services.meetings import create_meeting, maintenance
from meetingdesk.store import keyring_store, keys
from meetingdesk.store.keyring_store import KeyringUnavailable


class SystemLikeKeyring(PlaintextKeyring):
    """keyrings.alt's real file keyring (its own file format and locking) in the test's
    folder. It rates itself 0.5 — "no better than a file" — so MeetingDesk would not use it;
    rated 1 here, it stands for the Secret Service / Keychain / Credential Manager."""

    priority = 1

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path

    @property
    def file_path(self) -> str:  # type: ignore[override]
        return str(self._path)


@pytest.fixture
def ring(tmp_path: Path):
    backend = SystemLikeKeyring(tmp_path / "keyring" / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    yield backend


def _meeting(desk: Desk, title: str = "G7 ICT Ministers' Meeting") -> None:
    create_meeting(
        desk,
        title_en=title,
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
    )


def _stored_pem(backend) -> bytes | None:
    entry = keyring_store.entry_name(keys.keys_dir())
    value = backend.get_password(keyring_store.SERVICE, entry)
    return value.encode("ascii") if value else None


def test_key_goes_to_the_keyring_and_check_holds(desk: Desk, ring) -> None:
    _meeting(desk)
    assert not keys.key_path().exists(), "no key file beside a usable keyring"
    pem = _stored_pem(ring)
    assert pem is not None and pem.startswith(b"-----BEGIN PRIVATE KEY-----")
    assert Path(ring.file_path).is_file()
    place = keys.key_location()
    assert place.kind == "keyring" and place.detail == keyring_store.backend_name(ring)
    key = serialization.load_pem_private_key(pem, None)
    with desk.engine.connect() as conn:
        signed_by = conn.exec_driver_sql("SELECT key_id FROM audit_anchor").scalars().all()
    assert set(signed_by) == {key_id(raw_public(key))} == {place.key_id}
    assert maintenance.check(desk).ok


def test_without_a_keyring_the_key_is_a_private_file(desk: Desk) -> None:
    _meeting(desk)
    path = keys.key_path()
    assert path.is_file() and path.stat().st_mode & 0o777 == 0o600
    assert keys.key_location().kind == "file"
    assert not (keys.keys_dir() / keyring_store.MARKER_FILE).exists()
    assert maintenance.check(desk).ok


def test_a_plaintext_keyring_rated_below_one_is_not_used(desk: Desk, tmp_path: Path) -> None:
    keyring.set_keyring(PlaintextKeyring())  # keyrings.alt as installed: priority 0.5
    assert keyring_store.system_keyring() is None
    _meeting(desk)
    assert keys.key_path().is_file()


def test_an_older_key_file_moves_into_the_keyring(desk: Desk, tmp_path: Path) -> None:
    _meeting(desk)  # no keyring yet: a file key signs
    old = serialization.load_pem_private_key(keys.key_path().read_bytes(), None)
    backend = SystemLikeKeyring(tmp_path / "kr" / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    _meeting(desk, "Second meeting")  # the next write moves the key
    assert not keys.key_path().exists()
    moved = serialization.load_pem_private_key(_stored_pem(backend), None)
    assert raw_public(moved) == raw_public(old)
    with desk.engine.connect() as conn:
        ids = set(conn.exec_driver_sql("SELECT key_id FROM audit_anchor").scalars())
    assert ids == {key_id(raw_public(old))}, "one key signed before and after the move"
    assert maintenance.check(desk).ok


def test_a_lost_keyring_key_refuses_the_write_until_restored(
    sqlite_desk: Desk, ring, tmp_path: Path
) -> None:
    _meeting(sqlite_desk)
    out = tmp_path / "copies" / "desk.sqlite"
    out.parent.mkdir()
    maintenance.backup(sqlite_desk, out)
    exported = out.with_name(out.name + ".audit-key.pem")
    assert exported.stat().st_mode & 0o777 == 0o600
    assert exported.read_bytes() == _stored_pem(ring), "the keyring's key, exported"

    ring.delete_password(keyring_store.SERVICE, keyring_store.entry_name(keys.keys_dir()))
    keys._cache.clear()  # a new process would not have it either
    with sqlite_desk.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT count(*) FROM audit_event").scalar()
    with pytest.raises(KeyringUnavailable, match="no longer holds it.*--restore-key"):
        _meeting(sqlite_desk, "Written while the key is lost")
    with sqlite_desk.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_event").scalar() == before
        assert conn.exec_driver_sql("SELECT count(*) FROM meeting").scalar() == 1
    assert not keys.key_path().exists(), "no fresh key was made in its place"
    assert keys.key_location().kind == "unavailable"

    place = keys.restore_key(exported)
    assert place.kind == "keyring"
    _meeting(sqlite_desk, "Written after the restore")
    assert maintenance.check(sqlite_desk).ok


def test_restore_refuses_a_different_key(sqlite_desk: Desk, ring, tmp_path: Path) -> None:
    from meetingdesk.integrity.anchor import ReceiptError, new_private_key, private_key_pem

    _meeting(sqlite_desk)
    other = tmp_path / "other.pem"
    other.write_bytes(private_key_pem(new_private_key()))
    before = _stored_pem(ring)
    with pytest.raises(ReceiptError, match="another audit key"):
        keys.restore_key(other)
    assert _stored_pem(ring) == before


def test_backup_key_encrypted_with_a_passphrase(
    sqlite_desk: Desk, ring, tmp_path: Path, monkeypatch
) -> None:
    _meeting(sqlite_desk)
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "kagawa 2016")
    out = tmp_path / "b.sqlite"
    maintenance.backup(sqlite_desk, out)
    exported = out.with_name(out.name + ".audit-key.pem")
    assert b"ENCRYPTED PRIVATE KEY" in exported.read_bytes()
    with pytest.raises(TypeError):
        serialization.load_pem_private_key(exported.read_bytes(), None)
    key = serialization.load_pem_private_key(exported.read_bytes(), b"kagawa 2016")
    original = serialization.load_pem_private_key(_stored_pem(ring), None)
    assert raw_public(key) == raw_public(original)


def test_keyring_switched_off_keeps_the_file(desk: Desk, ring, monkeypatch) -> None:
    monkeypatch.setenv(keyring_store.ENV_SWITCH, "off")
    _meeting(desk)
    assert keys.key_path().is_file() and _stored_pem(ring) is None


def test_signing_command_says_where_the_key_is(sqlite_desk: Desk, tmp_path: Path) -> None:
    """The real command in a child process: no keyring there (the null backend) → the file."""
    _meeting(sqlite_desk)
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    run = subprocess.run(
        [sys.executable, "-m", "meetingdesk", "signing"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert f"audit key    in the file {keys.key_path()}" in run.stdout
    assert "certificate  none yet (made at the first adoption" in run.stdout
    exported = tmp_path / "exported key.pem"
    run = subprocess.run(
        [sys.executable, "-m", "meetingdesk", "signing", "--export-key", str(exported)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert exported.read_bytes() == keys.key_path().read_bytes()
    assert "owner-only, not encrypted" in run.stdout
