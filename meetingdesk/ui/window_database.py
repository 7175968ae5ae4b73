"""The window's database work: open another database, back up, check — each in the
background through ui.jobs, so a slow server or a large file never freezes the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from meetingdesk.snapshots import MeetingSnap

from . import settings
from .jobs import run_job
from .team.messages import connect_message

if TYPE_CHECKING:  # imported when first used: the window shows before the database layer
    from meetingdesk.services.base import Desk


class DatabaseMixin:
    """Mixed into MainWindow (which provides hub, statusBar, the signals and the actions).

    Texts use the "MainWindow" translation context, where they have always been."""

    # -- databases ------------------------------------------------------------------------

    def choose_database(self) -> None:
        from meetingdesk.ui.meetings.open_database import OpenDatabaseDialog

        url, accepted = OpenDatabaseDialog.get_url(self, self.hub.desk.url)
        if accepted and url:
            self.open_database(url)

    def open_database(self, url: str, password: str | None = None) -> None:
        """Open url in the background; on success switch to it, on failure keep the old one.

        A team server that refuses the login (no or a wrong password) gets the login dialog
        and a new attempt; a password remembered in the keyring is tried first."""
        if self._opening or not self.leave_drafting():
            return
        if password is None and url.startswith("postgresql"):
            from .team.login import remembered_password

            password = remembered_password(url)
        self._login_url = url
        self._opening = True
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Opening {url}…").format(url=url)
        )
        run_job(
            lambda _control: _open_with_meetings(url, self.hub.desk.user_login, password),
            on_success=self._database_opened,
            on_failure=self._database_failed,
        )

    def _database_opened(self, result: tuple[Desk, list[MeetingSnap]]) -> None:
        self._opening = False
        desk, found = result
        wanted = settings.last_meeting(desk.db_uuid)
        chosen = next((m for m in found if m.uuid == wanted), found[0] if found else None)
        self._fill_meetings(found, chosen)
        old = self.hub.replace_desk(desk, chosen)
        if old is not None:
            old.close()
        self._update_meeting_actions()
        settings.remember_database(desk.url)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Opened {label}").format(label=desk.label),
            8000,
        )
        self.database_opened.emit(desk.label)

    def _database_failed(self, exc: BaseException) -> None:
        from meetingdesk.store.server import LoginRefused

        from .team.login import ask_login

        self._opening = False
        reason = connect_message(exc)
        if isinstance(exc, LoginRefused):
            retry = ask_login(self, self._login_url, reason)
            if retry is not None:
                self.open_database(*retry)
                return
        self.statusBar().clearMessage()
        QMessageBox.critical(
            self,
            QCoreApplication.translate("MainWindow", "Cannot open the database"),
            QCoreApplication.translate(
                "MainWindow", "{reason}\n\nMeetingDesk keeps using {label}."
            ).format(reason=reason, label=self.hub.desk.label),
        )
        self.database_failed.emit(reason)

    def _show_desk(self) -> None:
        from meetingdesk.services.offline.manifest import package_of

        from .team.rights import role_label

        desk = self.hub.desk

        self.package = package_of(desk)
        if self.package is not None:
            # An offline package: say so plainly, in the bar and the title.
            name = Path(desk.label).name
            text = QCoreApplication.translate(
                "MainWindow", "Package (offline copy): {name}, taken out by {by}"
            ).format(name=name, by=self.package.owner())
            self.setWindowTitle(
                QCoreApplication.translate("MainWindow", "MeetingDesk — package {name}").format(
                    name=name
                )
                + "[*]"
            )
        else:
            text = QCoreApplication.translate("MainWindow", "Database: {label}").format(
                label=desk.label
            )
            self.setWindowTitle(QCoreApplication.translate("MainWindow", "MeetingDesk") + "[*]")
        # Elided in the middle: the file name and its folder's start stay readable, and the
        # bar keeps room for the temporary messages.
        self.db_label.setText(
            self.db_label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, 360)
        )
        # The whole line (whose laptop a package is) and the full path, however narrow the bar.
        self.db_label.setToolTip(
            f"{text}\n{desk.label}" if self.package is not None else desk.label
        )
        self.user_label.setText(
            QCoreApplication.translate("MainWindow", "User: {login}").format(login=desk.user_login)
            if desk.role == "local"
            else QCoreApplication.translate("MainWindow", "User: {login} ({role})").format(
                login=desk.user_login, role=role_label(desk.role)
            )
        )
        self.actions_.backup.setEnabled(True)
        self._show_trust(desk)
        self._mark_demo()

    def _show_trust(self, desk) -> None:
        """The banner: guards, audit chain and signed heads (the cheap part of `check`)."""
        from meetingdesk.store.verify import quick_problems
        from meetingdesk.ui import findings

        problems = quick_problems(desk.url)
        banner = self.trust_banner
        banner.setVisible(bool(problems))
        if problems:
            first = findings.say(problems[0], self._zone()).rstrip("。.")
            count = len(problems)
            banner.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "This database fails its integrity check: %n problem(s), the first: "
                    "{first}. Choose File → Check database for the whole report.",
                    "",
                    count,
                ).format(first=first)
            )

    def _zone(self) -> str:
        """The time zone findings are shown in: the meeting's on screen, else UTC."""
        meeting = self.hub.meeting
        return getattr(meeting, "time_zone", "") or "UTC"

    def _mark_demo(self) -> None:
        """Title bar and banner say plainly when the demo meeting's database is open."""
        from meetingdesk.store.paths import is_demo_url

        demo = is_demo_url(self.hub.desk.url)
        if demo:  # a package keeps its own title (set above)
            title = QCoreApplication.translate("MainWindow", "MeetingDesk")
            title += " — " + QCoreApplication.translate("MainWindow", "DEMO meeting")
            self.setWindowTitle(title + "[*]")
        self.demo_banner.setVisible(demo)

    # -- backup ---------------------------------------------------------------------------

    def backup(self) -> None:
        suggested = Path.home() / f"meetingdesk-backup-{_stamp()}.sqlite"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Back up the database"),
            str(suggested),
            QCoreApplication.translate("MainWindow", "SQLite database (*.sqlite);;All files (*)"),
        )
        if name:
            self.backup_to(Path(name))

    def backup_to(self, out: Path) -> None:
        from meetingdesk.services.meetings import maintenance

        desk = self.hub.desk
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Writing the backup…")
        )
        run_job(
            lambda _control: maintenance.backup(desk, out),
            on_success=self._backup_done,
            on_failure=self._backup_failed,
        )

    def _backup_done(self, path: Path) -> None:
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Backup written to {path}").format(path=path),
            10000,
        )
        self.backup_written.emit(str(path))

    def _backup_failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        QMessageBox.critical(
            self, QCoreApplication.translate("MainWindow", "Backup failed"), _one_line(exc)
        )

    # -- check ----------------------------------------------------------------------------

    def check_database(self) -> None:
        """Run maintenance.check in the background, then list what it found."""
        from meetingdesk.services.meetings import maintenance

        desk = self.hub.desk
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Checking the database…")
        )
        progress = QProgressDialog(
            QCoreApplication.translate("MainWindow", "Checking the database…"),
            QCoreApplication.translate("MainWindow", "Cancel"),
            0,
            0,
            self,
        )
        progress.setWindowTitle(QCoreApplication.translate("MainWindow", "Database check"))
        progress.setMinimumDuration(400)  # a quick check never shows it
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def work(control):
            def step(done: int, total: int) -> None:
                control.check()  # Cancel: stop between parts (the check only reads)
                control.report(done, total)

            return maintenance.check(desk, step=step)

        closed: list[bool] = []

        def done() -> None:
            if not closed:  # once, whichever way the job ends
                closed.append(True)
                progress.canceled.disconnect(cancelled)
                progress.close()
                progress.deleteLater()

        def succeeded(report) -> None:
            done()
            self._checked(report)

        def cancelled() -> None:
            job.cancel()
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Database check cancelled."), 8000
            )

        def failed(exc: BaseException) -> None:
            done()
            self._job_failed(QCoreApplication.translate("MainWindow", "Check failed"), exc)

        def progressed(n: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(n)

        job = run_job(work, on_success=succeeded, on_failure=failed, on_progress=progressed)
        job.finished.connect(done)
        progress.canceled.connect(cancelled)
        self.check_progress = progress

    def _checked(self, report) -> None:
        from meetingdesk.ui.meetings.check_report import CheckReportDialog

        found = len(report.problems)
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Database check: %n problem(s) found.", "", found
            )
            if found
            else QCoreApplication.translate("MainWindow", "Database check: the database is OK.")
        )
        if self.check_dialog is not None:
            self.check_dialog.close()
        dialog = CheckReportDialog(report, self, zone=self._zone())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "check_dialog", None))
        self.check_dialog = dialog
        dialog.show()
        self.database_checked.emit(report)

    def _job_failed(self, title: str, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        QMessageBox.critical(self, title, _one_line(exc))


def _open_with_meetings(
    url: str, user: str, password: str | None = None
) -> tuple[Desk, list[MeetingSnap]]:
    """Worker side of Open database: open, migrate if needed, list the meetings."""
    from meetingdesk.services import meetings
    from meetingdesk.services.base import Desk

    desk = Desk.open(url, user=user, password=password, desktop=True)
    try:
        return desk, meetings.list_meetings(desk)
    except Exception:
        desk.close()
        raise


def _one_line(exc: BaseException) -> str:
    """A failure's first line: a refusal in the reader's language (a backup refused: the file
    exists, the disk is full…), anything else as its message."""
    from meetingdesk.ui import labels

    text = labels.refusal(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _stamp() -> str:
    from datetime import datetime

    return datetime.now().strftime("%Y%m%d-%H%M")
