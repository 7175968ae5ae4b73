"""One window per person: a package double-clicked while MeetingDesk runs opens in that window.

The first start listens on a local socket (QLocalServer: a Unix socket or a Windows named
pipe, reachable by the same user only). A later start given a package connects, sends the
package's absolute path as one UTF-8 line, waits for "ok" and exits; the running window
then checks the package in the background and opens it as its database. macOS does not
start a second process for a double-click: Finder sends the running application a
QFileOpenEvent, which reaches the same handler. Without a package a second start opens
its own window, as before (two databases side by side stay possible).
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from .jobs import run_job

HANDOFF_TIMEOUT_MS = 3000
REPLY_OK = b"ok\n"
MAX_LINE = 64 * 1024  # a path, never more: a longer line is dropped


def server_name() -> str:
    """The socket name for this person and this data folder (tests use their own folder)."""
    from meetingdesk.store.paths import data_dir

    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        user = str(Path.home())
    digest = hashlib.sha256(f"{user}|{data_dir()}".encode()).hexdigest()[:16]
    return f"meetingdesk-{digest}"


def open_package_file(path: str) -> tuple[str | None, str]:
    """(the package's database URL, '') or (None, one-line reason naming the file).

    Checks the file is a package (and migrates an older one, after a backup beside it).
    """
    from meetingdesk.services.base import DeskError
    from meetingdesk.services.offline.manifest import open_package
    from meetingdesk.store.engine import StoreError

    try:
        url = open_package(Path(path))[0]
    except (DeskError, StoreError, OSError, ValueError) as exc:
        return None, _one_line(exc)
    return url, ""


def start_server(app: QCoreApplication) -> InstanceServer | None:
    """Listen for later starts (and macOS file-open events); None when a window already does."""
    server = InstanceServer(parent=app)
    if not server.listen():
        server.deleteLater()
        return None
    server.watch_file_open_events(app)
    return server


def hand_over(path: str | Path, name: str | None = None) -> bool:
    """Give path to the running window; True when it took it (this process may then exit)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(HANDOFF_TIMEOUT_MS):
        return False
    socket.write(str(Path(path).absolute()).encode("utf-8") + b"\n")
    socket.flush()
    reply = b""
    while len(reply) < len(REPLY_OK) and socket.waitForReadyRead(HANDOFF_TIMEOUT_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply == REPLY_OK


class InstanceServer(QObject):
    """Listens for later starts; emits document_received(path) for each package handed over
    (and for each macOS file-open event)."""

    document_received = Signal(str)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False when another window already does (or listening failed).

        Asks first: with UserAccessOption, Qt's listen() silently replaces a live socket.
        """
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(500):  # a live window answers: it stays the one
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)  # a socket file left by a window that crashed
        return self.server.listen(self.name)

    def watch_file_open_events(self, app: QCoreApplication) -> None:
        """macOS: Finder's "open this package" arrives as an event, not a new process."""
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()  # type: ignore[attr-defined]
            if path:
                self.document_received.emit(path)
                return True
        return super().eventFilter(watched, event)

    def attach(self, window: QWidget) -> PackageOpener:
        """Packages received from now on open in window."""
        opener = PackageOpener(window)
        self.document_received.connect(opener.open)
        return opener

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            self._buffers[socket] = data if len(data) <= MAX_LINE else b""
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        path = line.decode("utf-8", "replace").strip()
        if path:
            socket.write(REPLY_OK)
            socket.flush()
            self.document_received.emit(path)
        socket.disconnectFromServer()

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


class PackageOpener(QObject):
    """Opens a handed-over package in the window: checked in the background (it may need
    migrating), then opened as the window's database; a refusal is one line in a dialog."""

    #: the package was refused (carries the one-line reason)
    refused = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def open(self, path: str) -> None:
        self._raise_window()
        run_job(
            lambda _control: open_package_file(path),
            on_success=self._checked,
            on_failure=lambda exc: self._refuse(_one_line(exc)),
        )

    def _checked(self, result: tuple[str | None, str]) -> None:
        url, problem = result
        if url is None:
            self._refuse(problem)
            return
        self.window.open_database(url)

    def _refuse(self, reason: str) -> None:
        self.refused.emit(reason)
        QMessageBox.critical(self.window, self.tr("Package not opened"), reason)

    def _raise_window(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
