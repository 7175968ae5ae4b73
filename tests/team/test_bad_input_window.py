"""The window's side of the bad inputs on a team server (issue 16): each is one line, in the
reader's language, naming what to do — shown under the Japanese catalogue here, so an
English message leaking through the window's path would fail."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from meetingdesk.store.engine import make_engine  # noqa: E402


@pytest.fixture
def refused(qtbot):
    """The one line a start of the window on url says (its first database refused)."""
    from meetingdesk.ui.main_window import MainWindow

    def start(url: str) -> str:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.start_failed, timeout=60_000) as blocker:
            window.open_first(url, remember=False)
        (reason,) = blocker.args
        assert window.hub.desk is None, "opened although it should be refused"
        assert reason and "\n" not in reason
        return reason

    return start


def test_the_owner_is_refused_in_japanese(japanese, refused, team_db):
    reason = refused(team_db)
    assert "所有者" in reason and "server add-user LOGIN --role ROLE" in reason


def test_a_login_in_no_group_in_japanese(japanese, refused, team_db, staff):
    url = staff(None)
    reason = refused(url)
    assert f"ログイン {make_url(url).username} はこのサーバーのどの MeetingDesk グループ" in reason


def test_a_server_not_initialised_in_japanese(japanese, refused, pg_factory, staff):
    login = make_url(staff("drafter")).username
    migrated = make_url(pg_factory.migrated()).set(username=login)
    reason = refused(migrated.render_as_string(hide_password=False))
    assert "MeetingDesk 用に設定されていません" in reason and "server init" in reason


def test_a_newer_server_in_japanese_and_untouched(japanese, refused, team_db, staff):
    url = staff("drafter")
    owner = make_engine(team_db)
    try:
        with owner.begin() as c:
            c.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        reason = refused(url)
        assert "新しい版の MeetingDesk" in reason and "0099" in reason
        with owner.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0099"
    finally:
        owner.dispose()


def test_a_wrong_password_in_japanese_then_the_right_one(japanese, scram_staff):
    from meetingdesk.ui.team.login import LoginData, open_with_login

    login, url = scram_staff("drafter", "mika")
    url = url.replace(f"//{login}@", f"//{login}:wrong@")
    said: list[str] = []

    def ask(_parent, _server, _login, error):
        said.append(error)
        return LoginData(login, "right horse", False), True

    desk = open_with_login(url, None, ask)
    assert desk is not None and desk.role == "drafter"
    desk.close()
    assert len(said) == 1 and "\n" not in said[0]
    assert f"{login} のパスワードを受け付けませんでした" in said[0]
