"""File → Check out / Check in / Resolve conflicts: the window side of offline packages.

The check-in itself runs in the background (a large package takes seconds); its report
and the conflict views then open on the window's thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from meetingdesk.services.offline import MergeReport, checkin, pending_conflicts, pull
from meetingdesk.snapshots import EVERYTHING
from meetingdesk.ui.labels import refusal

from ..hub import Hub
from ..jobs import run_job
from .checkin_dialog import CheckinDialog
from .checkout_dialog import CheckoutDialog
from .conflict_view import ConflictView

PACKAGE_FILTER = "MeetingDesk package (*.mdpkg);;All files (*)"


class OfflineController(QObject):
    #: a check-in finished (carries its MergeReport)
    checked_in = Signal(object)
    #: a package was brought up to date from this database (carries its MergeReport)
    pulled = Signal(object)

    def __init__(self, hub: Hub, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.hub = hub
        self.parent_widget = parent_widget
        self.last_dialog: CheckinDialog | None = None

    def check_out(self) -> None:
        if self.hub.meeting_id is None:
            return
        info, accepted = CheckoutDialog.get(self.hub.desk, self.hub.meeting_id, self.parent_widget)
        if accepted and info is not None:
            self.hub.status_message.emit(
                self.tr("Package written: {path}").format(path=getattr(info, "path", ""))
            )

    def choose_package(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Check in a package"), str(Path.home()), PACKAGE_FILTER
        )
        if name:
            self.check_in(Path(name))

    def check_in(self, path: Path) -> None:
        """Merge the package in the background, then show the report."""
        desk = self.hub.desk
        self.hub.status_message.emit(self.tr("Checking in {name}…").format(name=path.name))
        run_job(
            lambda _control: checkin(desk, path),
            on_success=lambda report: self._checked_in(path, report),
            on_failure=self._failed,
        )

    def choose_package_to_update(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Update a package from this database"),
            str(Path.home()),
            PACKAGE_FILTER,
        )
        if name:
            self.update_package(Path(name))

    def update_package(self, path: Path) -> None:
        """Bring this database's newer work into the package (before going offline again)."""
        desk = self.hub.desk
        self.hub.status_message.emit(self.tr("Updating {name}…").format(name=path.name))
        run_job(
            lambda _control: pull(desk, path),
            on_success=lambda report: self._pulled(path, report),
            on_failure=self._failed,
        )

    def _pulled(self, path: Path, report: MergeReport) -> None:
        self.hub.status_message.emit(
            self.tr("{name} updated: {taken} taken, {merged} merged, {conflicts} conflicts").format(
                name=path.name,
                taken=len(report.taken),
                merged=len(report.merged),
                conflicts=len(report.conflicts),
            )
        )
        self.pulled.emit(report)
        if report.conflicts:
            QMessageBox.warning(
                self.parent_widget,
                self.tr("Package updated with conflicts"),
                self.tr(
                    "{n} clauses were changed both here and in the package; the package keeps "
                    "its own text for them. Open the package and check them in to decide."
                ).format(n=len(report.conflicts)),
            )

    def _checked_in(self, path: Path, report: MergeReport) -> None:
        self.hub.publish(EVERYTHING)
        dialog = CheckinDialog(
            self.hub.desk, path, self.parent_widget, report=report, zone=self._zone()
        )
        self.last_dialog = dialog
        self.checked_in.emit(report)
        dialog.open()

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.critical(
            self.parent_widget,
            self.tr("Package refused"),
            self.tr("Nothing was changed: {reason}").format(
                reason=refusal(exc, self._zone()).strip()
            ),
        )

    def _zone(self) -> str:
        """The meeting's zone: refusals show their times in it."""
        return self.hub.meeting.time_zone if self.hub.meeting is not None else "UTC"

    def resolve_conflicts(self) -> None:
        """One conflict view after another for the text conflicts left open."""
        open_ones = [c for c in pending_conflicts(self.hub.desk) if c.kind == "text"]
        if not open_ones:
            QMessageBox.information(
                self.parent_widget,
                self.tr("Merge conflicts"),
                self.tr("No merge conflict is waiting for a decision."),
            )
            return
        for conflict in open_ones:
            view = ConflictView(self.hub.desk, conflict, self.parent_widget, self._zone())
            if view.exec() != ConflictView.DialogCode.Accepted:
                break
        self.hub.publish(EVERYTHING)
