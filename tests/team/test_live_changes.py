"""The change feed behind live views: NOTIFY on PostgreSQL, data_version on SQLite."""

from __future__ import annotations

import time

from meetingdesk.services.base import Desk
from meetingdesk.services.drafting import documents as docs
from meetingdesk.store.watch import ChangeWatcher

from .test_server_roles import head, world


def wait_for(watcher: ChangeWatcher, seconds: float = 2.0):
    """Poll as the window's timer does, until something arrives or the 2 s promise is broken."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        got = watcher.poll()
        if got:
            return got
        time.sleep(0.05)
    return []


def test_notify_reaches_a_second_connection(team_db, staff):
    writer_url = staff("drafter", "writer")
    _m, doc_id, cid = world(staff("secretariat"))
    watcher = ChangeWatcher(staff("reader"))
    desk = Desk.open(writer_url)
    try:
        assert watcher.poll() == []
        h = head(desk, doc_id, cid)
        docs.save_text(desk, cid, "en", "We promote open access.", expected_head=h.en_version_id)
        changes = wait_for(watcher)
        assert [c.action for c in changes] == ["clause.save"]
        assert changes[0].user_login == desk.user_login
        assert changes[0].entity_type == "Clause"
        assert changes[0].at is not None
        assert watcher.poll() == []
    finally:
        desk.close()
        watcher.close()


def test_data_version_sees_another_connections_commit(tmp_path):
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    from datetime import date

    from meetingdesk.services.meetings import create_meeting

    desk = Desk.open(url, user="aiko")
    watcher = ChangeWatcher(url)
    try:
        assert watcher.poll() == []
        create_meeting(desk, title_en="T", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30))
        changes = wait_for(watcher)
        assert [(c.action, c.user_login) for c in changes] == [("meeting.create", "aiko")]
        assert watcher.poll() == []
    finally:
        watcher.close()
        desk.close()


def test_a_desk_knows_its_own_events_so_its_window_skips_them(tmp_path):
    from datetime import date

    from meetingdesk.services.meetings import create_meeting

    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    mine, other = Desk.open(url, user="aiko"), Desk.open(url, user="pierre")
    watcher = ChangeWatcher(url)
    try:
        create_meeting(mine, title_en="A", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30))
        create_meeting(
            other, title_en="B", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
        )
        changes = wait_for(watcher)
        assert len(changes) == 2
        assert [c.event_id in mine.own_events for c in changes] == [True, False]
        assert not set(mine.own_events) & set(other.own_events)
    finally:
        watcher.close()
        mine.close()
        other.close()
