"""Opening databases: house pragmas, and refusals that leave the file untouched."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from meetingdesk.services.base import Desk
from meetingdesk.store.engine import StoreError, make_engine
from meetingdesk.store.migrate import upgrade


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_sqlite_pragmas_on_a_real_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.sqlite'}"
    upgrade(url)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
        # Foreign keys are really enforced, not only reported as on.
        with pytest.raises(Exception, match="FOREIGN KEY"), engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO room (meeting_id, name_en, name_ja, capacity, uuid, row_version)"
                    " VALUES (4242, 'x', '', 0, 'abc', 1)"
                )
            )
    finally:
        engine.dispose()


def test_a_text_file_is_refused_by_name_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("agenda ideas, not a database\n", encoding="utf-8")
    before = _files(tmp_path)
    with pytest.raises(StoreError) as info:
        Desk.open(str(path))
    message = str(info.value)
    assert str(path) in message
    assert "not" in message and "database" in message
    assert "\n" not in message
    assert _files(tmp_path) == before


def test_a_database_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    upgrade(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.close()
    before = _files(tmp_path)
    with pytest.raises(StoreError, match="newer MeetingDesk") as info:
        Desk.open(f"sqlite:///{path}")
    assert "ffff" in str(info.value)
    assert _files(tmp_path) == before, "the file was changed or a backup was written"


def test_a_newer_postgresql_database_is_refused_untouched(pg_factory) -> None:
    if pg_factory is None:
        pytest.skip("PostgreSQL not configured: set MEETINGDESK_TEST_PG to a server URL")
    url = pg_factory.migrated()
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
            tables_before = conn.execute(text("SELECT count(*) FROM pg_tables")).scalar()
        with pytest.raises(StoreError, match="newer MeetingDesk"):
            Desk.open(url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "ffff"
            assert conn.execute(text("SELECT count(*) FROM pg_tables")).scalar() == tables_before
            assert conn.execute(text("SELECT count(*) FROM store_info")).scalar() == 0
    finally:
        engine.dispose()


def test_a_read_only_file_is_refused_clearly(tmp_path: Path) -> None:
    source = tmp_path / "src.sqlite"
    upgrade(f"sqlite:///{source}")
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "copy.sqlite"
    shutil.copyfile(source, path)
    path.chmod(0o444)
    if os.access(path, os.W_OK):
        pytest.skip("running as root: chmod 0444 does not stop root from writing")
    before = _files(folder)
    with pytest.raises(StoreError, match="read-only") as info:
        Desk.open(str(path))
    assert str(path) in str(info.value)
    assert _files(folder) == before


def test_an_unreachable_postgresql_server_gives_one_clear_line() -> None:
    url = "postgresql+psycopg://desk:s3cret@127.0.0.1:1/meetingdesk"
    with pytest.raises(StoreError) as info:
        Desk.open(url)
    message = str(info.value)
    assert "127.0.0.1" in message
    assert "s3cret" not in message, "the password must never be shown"
    assert "\n" not in message


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "desk.sqlite"
    with pytest.raises(StoreError, match="does not exist") as info:
        Desk.open(str(path))
    assert str(path.parent) in str(info.value)
    assert not path.parent.exists()


def test_revision_ids_match_file_names() -> None:
    """known_revisions() reads ids from file names; alembic's own view must agree."""
    from alembic.script import ScriptDirectory

    from meetingdesk.store.migrate import _config, head_revision, known_revisions

    script = ScriptDirectory.from_config(_config())
    alembic_order = [s.revision for s in reversed(list(script.walk_revisions()))]
    assert known_revisions() == alembic_order
    assert head_revision() == script.get_current_head()
