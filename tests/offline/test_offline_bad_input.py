"""Packages that must be refused with a clear reason, changing nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.offline import PackageError, checkin, checkout

from .conftest import build_meeting, opened, package_clause_id, save, snap, state


@pytest.fixture
def setup(sqlite_desk: Desk, tmp_path: Path):
    meeting_id, _doc, ids = build_meeting(sqlite_desk)
    path = tmp_path / "p.mdpkg"
    checkout(sqlite_desk, meeting_id, ["decl"], path)
    with opened(path) as pkg:
        u = snap(sqlite_desk, ids[0]).uuid
        save(pkg, package_clause_id(pkg, u), "en", "We, the Ministers, met in Takamatsu.")
    return sqlite_desk, path


def _refused(desk: Desk, path: Path, words: str) -> None:
    before = state(desk)
    with pytest.raises(DeskError) as err:
        checkin(desk, path)
    assert words in str(err.value)
    assert state(desk) == before


def test_package_from_another_database(setup, tmp_path):
    desk, path = setup
    other = Desk.open(f"sqlite:///{tmp_path / 'other.sqlite'}", user="x")
    try:
        build_meeting(other)
        _refused(other, path, "another database")
    finally:
        other.close()


def test_not_sqlite_and_truncated(setup, tmp_path):
    desk, path = setup
    junk = tmp_path / "junk.mdpkg"
    junk.write_text("this is a letter, not a package")
    _refused(desk, junk, "not an SQLite file")
    cut = tmp_path / "cut.mdpkg"
    data = path.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    before = state(desk)
    with pytest.raises(PackageError) as err:
        checkin(desk, cut)
    assert "damaged" in str(err.value) or "truncated" in str(err.value)
    assert state(desk) == before


def test_tampered_manifest(setup):
    desk, path = setup
    con = sqlite3.connect(path)
    value = con.execute("SELECT value FROM store_info WHERE key='package.manifest'").fetchone()[0]
    con.execute(
        "UPDATE store_info SET value=? WHERE key='package.manifest'",
        (value.replace('"status":"draft"', '"status":"agreed"', 1),),
    )
    con.commit()
    con.close()
    _refused(desk, path, "altered")


def test_plain_database_is_not_a_package(setup, tmp_path):
    desk, _path = setup
    plain = tmp_path / "plain.sqlite"
    Desk.open(f"sqlite:///{plain}").close()
    _refused(desk, plain, "not a package")


def test_package_from_a_newer_program(setup):
    desk, path = setup
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    _refused(desk, path, "newer MeetingDesk")


def test_base_no_longer_on_server(setup, tmp_path):
    """The server was restored from a backup older than the package: bases are missing."""
    desk, path = setup
    manifest_db = sqlite3.connect(path)
    import hashlib
    import json

    text = manifest_db.execute(
        "SELECT value FROM store_info WHERE key='package.manifest'"
    ).fetchone()[0]
    data = json.loads(text)
    first = next(iter(data["clauses"]))
    data["clauses"][first]["en"] = "00000000-0000-4000-8000-000000000000"
    new = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    manifest_db.execute("UPDATE store_info SET value=? WHERE key='package.manifest'", (new,))
    manifest_db.execute(
        "UPDATE store_info SET value=? WHERE key='package.sha256'",
        (hashlib.sha256(new.encode()).hexdigest(),),
    )
    unsigned = path.with_name("unsigned.mdpkg")
    manifest_db.commit()
    manifest_db.close()
    unsigned.write_bytes(path.read_bytes())
    # Forged by hand: the hash was recomputed, but only the database's key can sign it.
    _refused(desk, unsigned, "not signed by this database")
    # As the server itself would have written it (signed): refused for what it says.
    from meetingdesk.services.offline.manifest import Manifest, sign_manifest

    manifest_db = sqlite3.connect(path)
    manifest_db.execute(
        "UPDATE store_info SET value=? WHERE key='package.signature'",
        (sign_manifest(Manifest.from_json(new)),),
    )
    manifest_db.commit()
    manifest_db.close()
    _refused(desk, path, "no longer has")


def test_unknown_document_on_checkout(sqlite_desk, tmp_path):
    meeting_id, _doc, _ids = build_meeting(sqlite_desk)
    with pytest.raises(DeskError, match="no document named"):
        checkout(sqlite_desk, meeting_id, ["charter"], tmp_path / "x.mdpkg")
    assert not (tmp_path / "x.mdpkg").exists()


def _rewrite_manifest(path: Path, change) -> None:
    import hashlib
    import json

    from meetingdesk.services.offline.manifest import SIGNATURE_KEY

    con = sqlite3.connect(path)
    data = json.loads(
        con.execute("SELECT value FROM store_info WHERE key='package.manifest'").fetchone()[0]
    )
    change(data)
    new = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    con.execute("UPDATE store_info SET value=? WHERE key='package.manifest'", (new,))
    con.execute(
        "UPDATE store_info SET value=? WHERE key='package.sha256'",
        (hashlib.sha256(new.encode()).hexdigest(),),
    )
    con.execute("DELETE FROM store_info WHERE key=?", (SIGNATURE_KEY,))
    con.commit()
    con.close()


def test_manifest_naming_a_path_is_a_clear_refusal(setup):
    desk, path = setup

    def evil(data):
        data["documents"] = ["../../etc/passwd"]

    _rewrite_manifest(path, evil)
    _refused(desk, path, "'../../etc/passwd' is not an identifier")


def test_package_with_history_guards_dropped_and_text_changed_is_refused(setup):
    """Whoever holds the package file drops its triggers and puts words in the chair's
    mouth: the package's own hashes no longer hold, and check-in names it."""
    desk, path = setup
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER clause_version_no_update")
    con.execute(
        "UPDATE clause_version SET author = 'chair', text = 'We abandon the Charter.' "
        "WHERE id = (SELECT min(id) FROM clause_version)"
    )
    con.commit()
    con.close()
    _refused(desk, path, "was tampered with: guard missing: trigger clause_version_no_update")


def test_package_with_its_audit_chain_emptied_is_refused(setup):
    desk, path = setup
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER audit_event_no_delete")
    con.execute("DELETE FROM audit_event WHERE id = (SELECT min(id) FROM audit_event)")
    con.commit()
    con.close()
    _refused(desk, path, "was tampered with")


def test_versions_are_recorded_as_the_package_owners_whatever_the_file_says(setup):
    """The package names its versions' authors itself; check-in takes the owner from the
    signed manifest instead, and says the version came in through the package."""
    desk, path = setup
    with opened(path) as pkg, pkg.engine.connect() as conn:
        newest = conn.exec_driver_sql("SELECT max(id) FROM clause_version").scalar()
        uuid = conn.exec_driver_sql(
            "SELECT uuid FROM clause_version WHERE id = ?", (newest,)
        ).scalar()
    checkin(desk, path)
    import uuid as uuid_mod

    from sqlalchemy import select

    from meetingdesk.model import ClauseVersion

    with desk.read() as s:
        v = s.scalar(select(ClauseVersion).where(ClauseVersion.uuid == uuid_mod.UUID(uuid)))
    assert v is not None
    assert v.author == desk.user_login  # the owner who checked the package out
    assert v.note.endswith(f"[via package, checked in by {desk.user_login}]")
    from meetingdesk.services.meetings.maintenance import check

    assert check(desk).ok, check(desk).problems
