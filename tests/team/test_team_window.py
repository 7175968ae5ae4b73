"""The window's side of roles and logins: greyed actions that say why, the login dialog,
the keyring only when "remember" is ticked."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from meetingdesk.services.base import Desk  # noqa: E402

from .test_live_window import drafting_window, select  # noqa: E402
from .test_server_roles import world  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict: the test machine has no desktop keyring."""

    priority = 0.5  # below 1: never taken for a real system keyring

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture
def memory_keyring(monkeypatch):
    """Login passwords go to a keyring in memory; the audit key stays in its file (a key
    put in this keyring would be lost with it, and the marker left behind would refuse
    every later write that signs)."""
    monkeypatch.setenv("MEETINGDESK_KEYRING", "file")
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(previous)


def test_a_reader_reads_only_and_the_window_says_why(qtbot, team_db, staff):
    _m, doc_id, cid = world(staff("secretariat"))
    desk = Desk.open(staff("reader"))
    try:
        view, live = drafting_window(qtbot, desk, doc_id)
        select(view, cid)
        assert view.editor.edits["en"].isReadOnly()
        assert "a reader" in view.editor.banner.text()
        for action in (view.adopt_action, view.freeze_action):
            assert not action.isEnabled()
            assert "Only the secretariat" in action.toolTip()
        live.stop()
    finally:
        desk.close()


def test_a_drafter_edits_but_adopt_and_freeze_are_greyed(qtbot, team_db, staff):
    _m, doc_id, cid = world(staff("secretariat"))
    desk = Desk.open(staff("drafter"))
    try:
        view, live = drafting_window(qtbot, desk, doc_id)
        select(view, cid)
        assert not view.editor.edits["en"].isReadOnly()
        assert not view.editor.banner.isVisible()
        assert not view.adopt_action.isEnabled() and not view.freeze_action.isEnabled()
        assert desk.user_login in view.adopt_action.toolTip()
        live.stop()
    finally:
        desk.close()
    secretariat = Desk.open(staff("secretariat"))
    try:
        view, live = drafting_window(qtbot, secretariat, doc_id)
        assert view.adopt_action.isEnabled() and view.freeze_action.isEnabled()
        assert "Only the secretariat" not in view.adopt_action.toolTip()
        live.stop()
    finally:
        secretariat.close()


def test_login_dialog_fields(qtbot):
    from meetingdesk.ui.team.login import LoginDialog

    dialog = LoginDialog("postgresql://dbhost/g7ict", "pierre", "the server refused the password")
    qtbot.addWidget(dialog)
    assert dialog.error.text() == "the server refused the password"
    qtbot.keyClicks(dialog.password, "s3cret")
    dialog.remember.setChecked(True)
    assert dialog.data().login == "pierre"
    assert dialog.data().password == "s3cret" and dialog.data().remember


def test_wrong_password_asks_again_and_remember_uses_the_keyring(qapp, scram_staff, memory_keyring):
    from meetingdesk.ui.team.login import LoginData, keyring_key, open_with_login

    login, url = scram_staff("secretariat", "aiko")
    asked: list[str] = []
    answers = [
        LoginData(login, "wrong horse", True),
        LoginData(login, "right horse", False),
        LoginData(login, "right horse", True),
    ]

    def ask(_parent, _server, _login, error):
        asked.append(error)
        return answers.pop(0), True

    desk = open_with_login(url, None, ask)
    assert desk is not None and desk.user_login == login
    desk.close()
    assert "asks a password" in asked[0] and "refused the password" in asked[1]
    assert memory_keyring.store == {}  # "remember" was not ticked on the login that worked
    # next time: asked once more, remembered, then no dialog at all
    desk = open_with_login(url, None, ask)
    desk.close()
    key = keyring_key(url, login)
    assert memory_keyring.store[("MeetingDesk", key)] == "right horse"
    desk = open_with_login(url, None, lambda *_a: pytest.fail("asked although remembered"))
    assert desk is not None
    desk.close()
    # cancelling the dialog opens nothing
    memory_keyring.store.clear()
    assert open_with_login(url, None, lambda *_a: (None, False)) is None


def test_main_window_asks_the_password_and_follows_the_server(
    qtbot, tmp_path, scram_staff, memory_keyring, monkeypatch, boxes
):
    from meetingdesk.ui.main_window import MainWindow
    from meetingdesk.ui.team.login import LoginData, LoginDialog

    login, url = scram_staff("secretariat", "kenji")
    asked: list[str] = []

    def ask(_parent, _server, _login, error):
        asked.append(error)
        return LoginData(login, "right horse", False), True

    monkeypatch.setattr(LoginDialog, "ask", staticmethod(ask))
    local = Desk.open(f"sqlite:///{tmp_path / 'local.sqlite'}", user="tester")
    window = MainWindow(local)
    qtbot.addWidget(window)
    window.show()
    assert window.live._watcher is not None and window.live._watcher.backend == "sqlite"
    with qtbot.waitSignal(window.database_opened, timeout=30_000):
        window.open_database(url)
    assert "asks a password" in asked[0]
    assert f"{login} (secretariat)" in window.user_label.text()
    assert window.live._watcher.backend == "postgresql"
    assert memory_keyring.store == {}
    window.close()
    window.hub.desk.close()


def test_a_drafter_sees_delegation_and_agenda_editing_greyed(qtbot, team_db, staff):
    from meetingdesk.services import meetings
    from meetingdesk.ui.hub import Hub
    from meetingdesk.ui.logistics.agenda_view import AgendaView
    from meetingdesk.ui.logistics.delegations_view import DelegationsView

    world(staff("secretariat"))
    desk = Desk.open(staff("drafter"))
    try:
        hub = Hub(desk)
        hub.set_meeting(meetings.list_meetings(desk)[0])
        for view_class, button in (
            (DelegationsView, "add_button"),
            (AgendaView, "add_session_button"),
        ):
            view = view_class(hub)
            qtbot.addWidget(view)
            view.show()
            view._update_buttons()
            widget = getattr(view, button)
            assert not widget.isEnabled()
            assert "Only the secretariat" in widget.toolTip()
            view.close()
    finally:
        desk.close()


def test_the_servers_refusal_is_said_in_the_readers_language(qtbot, team_db, staff, boxes):
    """A write the window did not grey (a reader's comment through the panel's own path) is
    refused by the server; the message names the login and role, translated."""
    from meetingdesk.services.base import PermissionRefused
    from meetingdesk.ui.team.rights import refusal_text

    _m, doc_id, cid = world(staff("secretariat"))
    desk = Desk.open(staff("reader"))
    try:
        view, live = drafting_window(qtbot, desk, doc_id)
        from meetingdesk.services.drafting import comments

        result = view.ctx.write(view, lambda d: comments.add_comment(d, cid, "Hello"), None)
        assert result is None
        kind, _title, text = boxes.shown[-1]
        assert kind == "warning"
        assert f"{desk.user_login} is a reader and may not make it" in text
        live.stop()
    finally:
        desk.close()
    exc = PermissionRefused("x", "aiko", "drafter")
    assert "aiko is a drafter" in refusal_text(exc)
