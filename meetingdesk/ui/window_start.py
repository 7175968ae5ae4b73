"""The window's first database, opened after the window is shown.

A start used to import the database layer (SQLAlchemy, the model, the services: most of a
start's time) and open the database before the window existed. Now the window is built from
Qt and the window's own light modules only, shown, and then a background job imports the
database layer, opens the database (migrating it if needed), runs the caller's preparation
(the demo meeting for the demo's own file) and lists the meetings; the pages are filled when
it is done. A team server that refuses the login gets the login dialog on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from . import settings
from .jobs import run_job
from .team.messages import connect_message

if TYPE_CHECKING:
    from meetingdesk.services.base import Desk
    from meetingdesk.snapshots import MeetingSnap

#: work done on the new Desk in the background before the pages show it; returns a problem
#: worth telling ('' when none)
Prepare = Callable[["Desk"], str]


class StartMixin:
    """Mixed into MainWindow (which provides hub, statusBar, attach_desk and the signals
    start_failed / start_problem). Texts use the "MainWindow" translation context."""

    def open_first(self, url: str, prepare: Prepare | None = None, remember: bool = True) -> None:
        """Open the window's first database in the background (the window is already shown).

        url: a URL or a SQLite file path ('' for the default file), resolved by the job.
        remember: record it as the database to open next time (not for a smoke run)."""
        self._first_url = url
        self._first_remember = remember  # the pages' place says "Opening the database…"
        run_job(
            lambda _control: _load_first(url, prepare),
            on_success=self._first_loaded,
            on_failure=self._first_failed,
        )

    def _first_loaded(self, result: tuple[Desk, list[MeetingSnap], str]) -> None:
        desk, found, problem = result
        self._first_attach(desk, found)
        if problem:
            self.start_problem.emit(problem)

    def _first_attach(self, desk: Desk, found: list[MeetingSnap] | None) -> None:
        from meetingdesk import logs

        self.attach_desk(desk, found)
        logs.log_database(desk.url)
        if self._first_remember:
            settings.remember_database(desk.url)

    def _first_failed(self, exc: BaseException) -> None:
        from meetingdesk.store.server import LoginRefused

        if isinstance(exc, LoginRefused):
            self._first_login()
            return
        self.start_failed.emit(connect_message(exc))

    def _first_login(self) -> None:
        """A server refused the login: ask (again) until it works or the person cancels."""
        from sqlalchemy.exc import SQLAlchemyError

        from meetingdesk.services.base import DeskError
        from meetingdesk.store.engine import StoreError
        from meetingdesk.store.paths import resolve_url

        from .team.login import open_with_login

        try:
            desk = open_with_login(resolve_url(self._first_url or None), self)
        except (StoreError, DeskError, SQLAlchemyError, ValueError, OSError) as exc:
            self.start_failed.emit(connect_message(exc))
            return
        if desk is None:
            self.start_failed.emit(QCoreApplication.translate("App", "Login cancelled."))
            return
        self._first_attach(desk, None)


def _load_first(url: str, prepare: Prepare | None) -> tuple[Desk, list[MeetingSnap], str]:
    """Worker side: import the database layer, open, prepare, list the meetings."""
    from meetingdesk.services import meetings
    from meetingdesk.services.base import Desk
    from meetingdesk.store.paths import resolve_url

    url = resolve_url(url or None)
    password = None
    if url.startswith("postgresql"):
        from .team.login import remembered_password

        password = remembered_password(url)
    desk = Desk.open(url, password=password, desktop=True)
    try:
        problem = prepare(desk) if prepare is not None else ""
        return desk, meetings.list_meetings(desk), problem
    except Exception:
        desk.close()
        raise
