"""The main window: navigation, the five views, the meeting switcher and the status bar.

Signals are wired in one block (_wire); database switching and backups run through the
background-job helper so a slow server never freezes the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from meetingdesk import __version__
from meetingdesk.services import meetings
from meetingdesk.services.base import Desk
from meetingdesk.snapshots import Changes, MeetingSnap

from . import icons, settings
from .actions import build_menus, create_actions, fill_recent_menu
from .hub import Hub
from .jobs import run_job
from .qtnames import TOOLTIP, USER
from .views.action_plan import ActionPlanView
from .views.agenda import AgendaView
from .views.base import ViewBase
from .views.delegations import DelegationsView
from .views.documents import DocumentsView
from .views.overview import OverviewView

VIEW_ICONS = ("overview", "agenda", "delegations", "documents", "action_plan")


class MainWindow(QMainWindow):
    #: the window is shown and its first view holds data (used by --smoke and tests)
    ready = Signal()
    #: another database is in use (carries its label)
    database_opened = Signal(str)
    #: opening a database failed; the old one stays (carries the reason)
    database_failed = Signal(str)
    #: a backup was written (carries the path)
    backup_written = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("MeetingDesk"))
        self.hub = Hub(desk, self)
        self._ready_sent = False
        self._shown = False
        self._opening = False

        self.actions_ = create_actions(self)
        build_menus(self.menuBar(), self.actions_)

        # Meeting switcher in a toolbar.
        self.toolbar = QToolBar(self.tr("Meeting"), self)
        self.toolbar.setObjectName("MeetingToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(QLabel(self.tr("Meeting:") + " ", self))
        self.meeting_box = QComboBox(self)
        self.meeting_box.setMinimumContentsLength(40)
        self.meeting_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.toolbar.addWidget(self.meeting_box)
        self.addToolBar(self.toolbar)

        # Navigation and pages.
        self.views: list[ViewBase] = [
            OverviewView(self.hub),
            AgendaView(self.hub),
            DelegationsView(self.hub),
            DocumentsView(self.hub),
            ActionPlanView(self.hub),
        ]
        self.nav = QListWidget(self)
        self.nav.setObjectName("Navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.stack = QStackedWidget(self)
        for view, icon in zip(self.views, VIEW_ICONS, strict=True):
            item = QListWidgetItem(icons.icon(icon), view.title())
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
            self.stack.addWidget(view)
        self.nav.setMaximumWidth(220)
        self.split = QSplitter(self)
        self.split.addWidget(self.nav)
        self.split.addWidget(self.stack)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([180, 1000])
        self.setCentralWidget(self.split)

        # Status bar: the database in use and the acting user.
        self.db_label = QLabel(self)
        self.user_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

        self._wire()
        self._restore()
        self._show_desk()
        self.hub.set_meeting(self._initial_meeting())

    # -- wiring (one place) -------------------------------------------------------------

    def _wire(self) -> None:
        a = self.actions_
        a.new_meeting.triggered.connect(self.new_meeting)
        a.open_database.triggered.connect(self.choose_database)
        a.backup.triggered.connect(self.backup)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.about)
        a.recent_menu.aboutToShow.connect(
            lambda: fill_recent_menu(a.recent_menu, self.hub.desk.url, self.open_database)
        )
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.meeting_box.activated.connect(self._meeting_chosen)
        self.hub.changed.connect(self._on_changed)
        self.hub.desk_replaced.connect(self._show_desk)
        self.hub.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        for view in self.views:
            view.loaded.connect(self._maybe_ready)

    # -- meetings -------------------------------------------------------------------------

    def _initial_meeting(self) -> MeetingSnap | None:
        found = meetings.list_meetings(self.hub.desk)
        self._fill_meetings(found, None)
        wanted = settings.last_meeting(self.hub.desk.db_uuid)
        chosen = next((m for m in found if m.uuid == wanted), found[0] if found else None)
        self._select_in_box(chosen)
        return chosen

    def _fill_meetings(self, found: list[MeetingSnap], current: MeetingSnap | None) -> None:
        box = self.meeting_box
        box.blockSignals(True)
        box.clear()
        for m in found:
            box.addItem(self.tr("{title} ({start})").format(title=m.title_en, start=m.start_date))
            box.setItemData(box.count() - 1, m, USER)
            if m.title_ja:
                box.setItemData(box.count() - 1, m.title_ja, TOOLTIP)
        if not found:
            box.addItem(self.tr("(no meeting yet)"))
        box.setEnabled(bool(found))
        box.blockSignals(False)
        self._select_in_box(current)

    def _select_in_box(self, meeting: MeetingSnap | None) -> None:
        for i in range(self.meeting_box.count()):
            snap = self.meeting_box.itemData(i, USER)
            if meeting is not None and snap is not None and snap.id == meeting.id:
                self.meeting_box.setCurrentIndex(i)
                return

    def meetings_listed(self) -> list[MeetingSnap]:
        """The meetings the switcher offers, in its order."""
        out = []
        for i in range(self.meeting_box.count()):
            snap = self.meeting_box.itemData(i, USER)
            if snap is not None:
                out.append(snap)
        return out

    def switch_meeting(self, meeting: MeetingSnap) -> None:
        settings.remember_meeting(self.hub.desk.db_uuid, meeting.uuid)
        self._select_in_box(meeting)
        self.hub.set_meeting(meeting)

    def _meeting_chosen(self, index: int) -> None:
        snap = self.meeting_box.itemData(index, USER)
        if snap is not None and snap.id != self.hub.meeting_id:
            self.switch_meeting(snap)

    def _on_changed(self, changes: Changes) -> None:
        if changes.meeting:
            self._fill_meetings(meetings.list_meetings(self.hub.desk), self.hub.meeting)

    def new_meeting(self) -> None:
        from .dialogs.new_meeting import NewMeetingDialog

        created, accepted = NewMeetingDialog.get_meeting(self, self.hub.desk)
        if accepted and created is not None:
            self.switch_meeting(created)
            self.hub.status_message.emit(
                self.tr("Meeting created: {title}").format(title=created.title_en)
            )

    # -- databases ------------------------------------------------------------------------

    def choose_database(self) -> None:
        from .dialogs.open_database import OpenDatabaseDialog

        url, accepted = OpenDatabaseDialog.get_url(self, self.hub.desk.url)
        if accepted and url:
            self.open_database(url)

    def open_database(self, url: str) -> None:
        """Open url in the background; on success switch to it, on failure keep the old one."""
        if self._opening:
            return
        self._opening = True
        self.statusBar().showMessage(self.tr("Opening {url}…").format(url=url))
        run_job(
            lambda _control: _open_with_meetings(url, self.hub.desk.user_login),
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
        old.close()
        settings.remember_database(desk.url)
        self.statusBar().showMessage(self.tr("Opened {label}").format(label=desk.label), 8000)
        self.database_opened.emit(desk.label)

    def _database_failed(self, exc: BaseException) -> None:
        self._opening = False
        reason = _one_line(exc)
        self.statusBar().clearMessage()
        QMessageBox.critical(
            self,
            self.tr("Cannot open the database"),
            self.tr("{reason}\n\nMeetingDesk keeps using {label}.").format(
                reason=reason, label=self.hub.desk.label
            ),
        )
        self.database_failed.emit(reason)

    def _show_desk(self) -> None:
        desk = self.hub.desk
        self.db_label.setText(self.tr("Database: {label}").format(label=desk.label))
        self.db_label.setToolTip(desk.label)
        self.user_label.setText(self.tr("User: {login}").format(login=desk.user_login))
        self.actions_.backup.setEnabled(True)

    # -- backup ---------------------------------------------------------------------------

    def backup(self) -> None:
        suggested = Path.home() / f"meetingdesk-backup-{_stamp()}.sqlite"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the database"),
            str(suggested),
            self.tr("SQLite database (*.sqlite);;All files (*)"),
        )
        if name:
            self.backup_to(Path(name))

    def backup_to(self, out: Path) -> None:
        from meetingdesk.services import maintenance

        desk = self.hub.desk
        self.statusBar().showMessage(self.tr("Writing the backup…"))
        run_job(
            lambda _control: maintenance.backup(desk, out),
            on_success=self._backup_done,
            on_failure=self._backup_failed,
        )

    def _backup_done(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Backup written to {path}").format(path=path), 10000)
        self.backup_written.emit(str(path))

    def _backup_failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        QMessageBox.critical(self, self.tr("Backup failed"), _one_line(exc))

    # -- about ----------------------------------------------------------------------------

    def about(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        QMessageBox.about(
            self,
            self.tr("About MeetingDesk"),
            self.tr(
                "<h3>MeetingDesk {version}</h3>"
                "<p>The host secretariat's desk for a ministerial meeting: agenda, "
                "delegations, negotiated texts in English and Japanese.</p>"
                "<p>Database: {database}<br>User: {user}</p>"
                "<p>Qt {qt} · PySide6 {pyside}</p>"
            ).format(
                version=__version__,
                database=self.hub.desk.label,
                user=self.hub.desk.user_login,
                qt=qVersion(),
                pyside=pyside_version,
            ),
        )

    # -- window state ---------------------------------------------------------------------

    def _restore(self) -> None:
        geometry, state = settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        if state is not None:
            self.restoreState(state)
        # Pages added later by add_page are not known yet: restore among the five views.
        self.nav.setCurrentRow(min(max(settings.last_view(), 0), len(self.views) - 1))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shown = True
        self._maybe_ready()

    def _maybe_ready(self) -> None:
        current = self.current_view()
        if self._ready_sent or not self._shown or getattr(current, "load_count", 1) == 0:
            return
        self._ready_sent = True
        self.ready.emit()

    def current_view(self) -> QWidget:
        return self.stack.currentWidget()

    def add_page(self, page: QWidget, title: str, icon_name: str = "") -> int:
        """Add a page to the navigation (another area's view); returns its row."""
        item = QListWidgetItem(icons.icon(icon_name) if icon_name else icons.icon(""), title)
        item.setSizeHint(QSize(0, 36))
        self.nav.addItem(item)
        return self.stack.addWidget(page)

    def view(self, cls: type[ViewBase]) -> ViewBase:
        return next(v for v in self.views if isinstance(v, cls))

    def show_view(self, cls: type[ViewBase]) -> ViewBase:
        view = self.view(cls)
        self.nav.setCurrentRow(self.views.index(view))
        return view

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.save_window(self.saveGeometry(), self.saveState(), self.nav.currentRow())
        super().closeEvent(event)


def _open_with_meetings(url: str, user: str) -> tuple[Desk, list[MeetingSnap]]:
    """Worker side of Open database: open, migrate if needed, list the meetings."""
    desk = Desk.open(url, user=user)
    try:
        return desk, meetings.list_meetings(desk)
    except Exception:
        desk.close()
        raise


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _stamp() -> str:
    from datetime import datetime

    return datetime.now().strftime("%Y%m%d-%H%M")
