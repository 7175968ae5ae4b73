"""A check-in killed half-way (SIGKILL inside its transaction) leaves the server as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from meetingdesk.services.base import Desk
from meetingdesk.services.offline import checkin, checkout

from .conftest import TEXTS, build_meeting, opened, package_clause_id, save, snap, state

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_killed_checkin_changes_nothing(sqlite_desk: Desk, tmp_path: Path):
    desk = sqlite_desk
    meeting_id, _doc, ids = build_meeting(desk, n=40)
    path = tmp_path / "big.mdpkg"
    checkout(desk, meeting_id, ["decl"], path)
    with opened(path) as pkg:
        for i in ids:
            u = snap(desk, i).uuid
            save(pkg, package_clause_id(pkg, u), "en", TEXTS[0] + f" Edited offline {i}.")
    before = state(desk)
    marker = tmp_path / "in-transaction"
    code = (
        "import sys; from pathlib import Path\n"
        "from meetingdesk.services.base import Desk\n"
        "from meetingdesk.services.offline import checkin\n"
        "d = Desk.open(sys.argv[1], user='drafter')\n"
        "checkin(d, Path(sys.argv[2]))\n"
    )
    env = dict(os.environ, MEETINGDESK_CHECKIN_PAUSE=str(marker))
    proc = subprocess.Popen([sys.executable, "-c", code, desk.url, str(path)], env=env)
    try:
        while not marker.exists():
            assert proc.poll() is None, "the check-in ended before reaching its pause"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    # A fresh connection sees exactly the state before, and a sound file.
    desk.engine.dispose()
    assert state(desk) == before
    with desk.engine.connect() as conn:
        assert [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")] == ["ok"]
    # And the same package still checks in completely afterwards.
    report = checkin(desk, path)
    assert len(report.taken) == len(ids)
