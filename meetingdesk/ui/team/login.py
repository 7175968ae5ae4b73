"""Logging in to a team server: ask for the password when the server wants one, keep it in
the system keyring only when the person ticks "remember".

libpq's own ways need no dialog at all: a password in ``~/.pgpass``, a service file, a
client certificate or Kerberos; the dialog appears only when the server refuses the login.
"""

from __future__ import annotations

import contextlib
import getpass
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from meetingdesk.services.base import Desk
from meetingdesk.store.paths import describe_url
from meetingdesk.store.server import LoginRefused

from .messages import connect_message

KEYRING_SERVICE = "MeetingDesk"


@dataclass(frozen=True)
class LoginData:
    login: str
    password: str
    remember: bool


def keyring_key(url: str, login: str) -> str:
    """One keyring entry per login and server database (never the password in the key)."""
    u = make_url(url)
    return f"{login}@{u.host or 'localhost'}:{u.port or 5432}/{u.database}"


def stored_password(key: str) -> str | None:
    """The remembered password, or None (no keyring on this system counts as none)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, key)
    except Exception:  # noqa: BLE001 - a missing or locked keyring: ask instead
        return None


def remember_password(key: str, password: str | None) -> bool:
    """Store (or, with None, forget) the password; False when the keyring refused."""
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        if password is None:
            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, key)
        else:
            keyring.set_password(KEYRING_SERVICE, key, password)
        return True
    except Exception:  # noqa: BLE001 - no keyring backend: the password is simply not kept
        return False


class LoginDialog(QDialog):
    """Login name, password and "remember" for one server database."""

    def __init__(self, server: str, login: str, error: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log in to the team server"))
        self.heading = QLabel(self.tr("Server database: {server}").format(server=server), self)
        self.heading.setWordWrap(True)
        self.error = QLabel(error, self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b91c1c")
        self.error.setVisible(bool(error))
        self.login = QLineEdit(login, self)
        self.login.setObjectName("login")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"), self)
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        (self.password if login else self.login).setFocus()

    def data(self) -> LoginData:
        return LoginData(self.login.text().strip(), self.password.text(), self.remember.isChecked())

    @classmethod
    def ask(
        cls, parent: QWidget | None, server: str, login: str, error: str
    ) -> tuple[LoginData | None, bool]:
        dialog = cls(server, login, error, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.data() if accepted else None), accepted
        finally:
            dialog.deleteLater()


Asker = Callable[[QWidget | None, str, str, str], tuple[LoginData | None, bool]]


def open_with_login(
    url: str, parent: QWidget | None = None, ask: Asker | None = None
) -> Desk | None:
    """Open url; on a server that refuses the login, ask (again) until it works or the person
    cancels (None). Other refusals (the owner, not initialised, no group, newer schema)
    propagate."""
    u = make_url(url)
    if u.get_backend_name() != "postgresql":
        return Desk.open(url)
    ask = ask or LoginDialog.ask
    login = u.username or getpass.getuser()
    password = u.password or stored_password(keyring_key(url, login))
    remember: bool | None = None
    while True:
        target = u.set(username=login).render_as_string(hide_password=False)
        try:
            desk = Desk.open(target, password=password, desktop=True)
        except LoginRefused as exc:
            data, accepted = ask(parent, describe_url(target), login, connect_message(exc))
            if not accepted or data is None:
                return None
            login, password, remember = data.login or login, data.password, data.remember
            continue
        if remember is not None:
            remember_password(keyring_key(url, login), password if remember else None)
        return desk


def _login_of(url: str) -> str:
    return make_url(url).username or getpass.getuser()


def remembered_password(url: str) -> str | None:
    """The keyring's password for url's login, if one was remembered."""
    return stored_password(keyring_key(url, _login_of(url)))


def ask_login(parent: QWidget | None, url: str, reason: str) -> tuple[str, str] | None:
    """After a refused login in the window: forget a remembered password (it did not work),
    ask, remember the new one if ticked; (url with the login, password) or None."""
    login = _login_of(url)
    remember_password(keyring_key(url, login), None)
    data, accepted = LoginDialog.ask(parent, describe_url(url), login, reason)
    if not accepted or data is None:
        return None
    login = data.login or login
    target = make_url(url).set(username=login).render_as_string(hide_password=False)
    if data.remember:
        remember_password(keyring_key(url, login), data.password)
    return target, data.password
