"""The main window: navigation, the pages, the menus, the meeting switcher, the status bar.

Signals are wired in one block (_wire); database switching, backups and the database
check run through the background-job helper so a slow server never freezes the window.
The drafting page's unsaved text drives the window's modified mark and is never lost
silently: closing, switching meeting or database asks Save / Discard / Cancel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.snapshots import Changes, MeetingSnap
from meetingdesk.ui.view_base import ViewBase

from . import labels, settings
from .hub import Hub
from .meetings.demo_banner import DemoBanner
from .pages import Pages, PageSpec
from .qtnames import TOOLTIP, USER
from .window_actions import build_menus, create_actions, fill_recent_menu
from .window_database import DatabaseMixin
from .window_documents import DocumentsMixin
from .window_start import StartMixin

if TYPE_CHECKING:  # imported when first used: the window shows before the database layer
    from meetingdesk.services.base import Desk

T = TypeVar("T", bound=ViewBase)
PAGE_SPECS = (
    PageSpec("meetingdesk.ui.meetings.overview", "OverviewView", "overview"),
    PageSpec("meetingdesk.ui.logistics.agenda_view", "AgendaView", "agenda"),
    PageSpec("meetingdesk.ui.logistics.delegations_view", "DelegationsView", "delegations"),
    PageSpec("meetingdesk.ui.logistics.seating_view", "SeatingPage", "delegations"),
    PageSpec("meetingdesk.ui.drafting.documents_view", "DocumentsView", "documents"),
    PageSpec("meetingdesk.ui.drafting", "DraftingView", "documents"),
    PageSpec("meetingdesk.ui.actions", "ActionPlanView", "action_plan"),
)
SAVE_DISCARD_CANCEL = (
    QMessageBox.StandardButton.Save
    | QMessageBox.StandardButton.Discard
    | QMessageBox.StandardButton.Cancel
)


class MainWindow(StartMixin, DatabaseMixin, DocumentsMixin, QMainWindow):
    #: the window is shown and its first view holds data (used by --smoke and tests)
    ready = Signal()
    #: another database is in use (carries its label)
    database_opened = Signal(str)
    #: opening a database failed; the old one stays (carries the reason)
    database_failed = Signal(str)
    #: a backup was written (carries the path)
    backup_written = Signal(str)
    #: File → Check database finished (carries the MaintenanceReport)
    database_checked = Signal(object)
    #: the first database could not be opened (carries the reason; see window_start)
    start_failed = Signal(str)
    #: the first database opened, with a problem worth telling (the demo did not load)
    start_problem = Signal(str)

    def __init__(self, desk: Desk | None = None, parent: QWidget | None = None) -> None:
        """desk None: the window is built and can be shown at once; open_first() then opens
        the database in the background and fills the pages (a fast start)."""
        super().__init__(parent)
        self.setObjectName("MainWindow")
        # "[*]" shows the modified mark while the drafting page holds unsaved text.
        self.setWindowTitle(self.tr("MeetingDesk") + "[*]")
        self.hub = Hub(desk, self)
        self._ready_sent = False
        self._shown = False
        self._opening = False
        self._login_url = ""
        self.check_dialog: QWidget | None = None
        self.live = None  # watches others' commits once a database is open

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

        # Navigation and pages (nav row = stack index); a page is built when first shown.
        self._exporter = None
        self._offline = None
        self.nav = QListWidget(self)
        self.nav.setObjectName("Navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.stack = QStackedWidget(self)
        self.pages = Pages(self.nav, self.stack, self._build_page)
        self.pages.created.connect(self._page_created)
        for spec, title in zip(PAGE_SPECS, self._page_titles(), strict=True):
            self.pages.declare(spec, title)
        self.nav.setMaximumWidth(220)
        # While the first database opens, a line in place of the pages says so.
        self.opening_label = QLabel(self.tr("Opening the database…"), self)
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.opening_label)
        self.body.addWidget(self.stack)
        self.body.setCurrentWidget(self.stack)
        self.split = QSplitter(self)
        self.split.addWidget(self.nav)
        self.split.addWidget(self.body)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([180, 1000])
        # A banner above everything when the database fails its integrity check.
        self.trust_banner = QLabel(self)
        self.trust_banner.setObjectName("TrustBanner")
        self.trust_banner.setWordWrap(True)
        self.trust_banner.setStyleSheet(
            "#TrustBanner { background: #b00020; color: white; padding: 6px; font-weight: bold; }"
        )
        self.trust_banner.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.trust_banner)
        # The demo meeting is marked over every page (and in the title bar).
        self.demo_banner = DemoBanner(self)
        self.demo_banner.start_requested.connect(self.start_own_meeting)
        column.addWidget(self.demo_banner)
        column.addWidget(self.split, 1)
        self.setCentralWidget(central)

        # Status bar: the database in use and the acting user.
        self.db_label = QLabel(self)
        self.user_label = QLabel(self)
        # No stretch: a stretched permanent widget takes the whole bar and the temporary
        # messages ("PDF written", "Rev.2 frozen") are never painted.
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.user_label)

        self._wire()
        self._restore()
        if desk is None:
            self._shell_enabled(False)  # until open_first() has a database
        else:
            self.attach_desk(desk)

    # -- wiring (one place) -------------------------------------------------------------

    def _wire(self) -> None:
        a = self.actions_
        a.new_meeting.triggered.connect(self.new_meeting)
        a.open_database.triggered.connect(self.choose_database)
        a.backup.triggered.connect(self.backup)
        a.check_database.triggered.connect(self.check_database)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.about)
        a.open_log_folder.triggered.connect(self.open_log_folder)
        a.find_in_documents.triggered.connect(self.find_in_documents)
        a.precedence.triggered.connect(lambda: self._show("DelegationsView").edit_precedence())
        a.import_participants.triggered.connect(
            lambda: self._show("DelegationsView").import_participants()
        )
        a.export_participants.triggered.connect(lambda: self._page("DelegationsView").export_xlsx())
        a.export_calendar.triggered.connect(lambda: self._page("AgendaView").export_calendar())
        a.export_pdf.triggered.connect(lambda: self.exporter.export_dialog())
        a.export_book.triggered.connect(lambda: self.exporter.export_kind("book"))
        a.import_proposals.triggered.connect(self.import_proposals)
        a.circulate.triggered.connect(self.circulate)
        a.print_final.triggered.connect(lambda: self.print_document(preview=False))
        a.print_preview.triggered.connect(lambda: self.print_document(preview=True))
        a.check_out.triggered.connect(lambda: self.offline.check_out())
        a.check_in.triggered.connect(lambda: self.offline.choose_package())
        a.update_package.triggered.connect(lambda: self.offline.choose_package_to_update())
        a.resolve_conflicts.triggered.connect(lambda: self.offline.resolve_conflicts())
        a.projector.triggered.connect(lambda: self._show("DraftingView").open_projector())
        a.recent_menu.aboutToShow.connect(
            lambda: fill_recent_menu(a.recent_menu, self.hub.desk.url, self.open_database)
        )
        self.nav.currentRowChanged.connect(self._page_chosen)
        self.meeting_box.activated.connect(self._meeting_chosen)
        self.hub.changed.connect(self._on_changed)
        self.hub.desk_replaced.connect(self._show_desk)
        self.hub.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))

    # -- pages --------------------------------------------------------------------------

    def _page_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Overview"),
            self.tr("Agenda"),
            self.tr("Delegations"),
            self.tr("Seating plan"),
            self.tr("Documents"),
            self.tr("Drafting"),
            self.tr("Action plan"),
        )

    def _build_page(self, cls: type) -> QWidget:
        if cls.__name__ == "DraftingView":
            return cls(lambda: self.hub.desk, self.hub, self)
        return cls(self.hub)

    def _page_created(self, page: QWidget) -> None:
        """Wire a page's signals the moment it is built (one place, like _wire)."""
        if isinstance(page, ViewBase):
            page.loaded.connect(self._maybe_ready)
        for table in page.findChildren(QTableView):
            # read-only rows: Tab leaves a table rather than walking its cells (a keyboard
            # user stayed in the drafting page's versions for ever); in-cell editing keeps Tab
            table.setTabKeyNavigation(False)
        pdf = getattr(page, "pdfRequested", None)
        if pdf is not None:
            pdf.connect(lambda kind: self.exporter.export_kind(kind))
        name = type(page).__name__
        if name == "DocumentsView":
            page.document_requested.connect(self.open_document)
            page.pdf_requested.connect(lambda d, r: self.exporter.export_document(d, r))
        elif name == "ActionPlanView":
            page.openClauseRequested.connect(self.open_clause)
        elif name == "DraftingView":
            page.modifiedChanged.connect(self.setWindowModified)
            page.exportRequested.connect(lambda d, r: self.exporter.export_document(d, r))
            page.documentShown.connect(lambda _id: self._update_meeting_actions())
            page.documentShown.connect(self._remember_document)
            page.openActionRequested.connect(self.open_action)
            # Built at start-up (the last page shown) or on first use: never a blank page.
            QTimer.singleShot(0, self._open_initial_document)

    def _remember_document(self, document_id: int) -> None:
        page = self._drafting_if_built()
        meeting = self.hub.meeting
        if page is None or meeting is None or document_id < 0 or page.ctx.text is None:
            return
        settings.remember_document(meeting.uuid, page.ctx.text.document.uuid)

    def _open_initial_document(self) -> None:
        """The drafting page shows the meeting's last document shown, else its first."""
        page = self._drafting_if_built()
        meeting = self.hub.meeting
        if page is None or meeting is None or page.document_id is not None:
            return
        from meetingdesk.services.drafting import documents

        docs = documents.list_documents(self.hub.desk, meeting.id)
        if not docs:
            return
        wanted = settings.last_document(meeting.uuid)
        chosen = next((d for d in docs if d.uuid == wanted), docs[0])
        page.show_document(chosen.id)

    def _page(self, name: str) -> QWidget:
        return self.pages.page(self.pages.row_named(name))

    def _show(self, name: str) -> QWidget:
        row = self.pages.row_named(name)
        self.nav.setCurrentRow(row)
        return self.pages.page(row)

    @property
    def views(self) -> list[ViewBase]:
        """The data views built so far."""
        return [p for p in self.pages.built() if isinstance(p, ViewBase)]

    @property
    def drafting(self):
        """The drafting page (built on first use)."""
        return self._page("DraftingView")

    def _drafting_if_built(self):
        return self.pages.existing(self.pages.row_named("DraftingView"))

    @property
    def exporter(self):
        """PDF export and printing (built on first use)."""
        if self._exporter is None:
            from meetingdesk.ui.exports import ExportController

            self._exporter = ExportController(self.hub, self)
            self._exporter.current_document = self._open_document_id
        return self._exporter

    def _open_document_id(self) -> int | None:
        """The document on the drafting page, when that page is built and shows one."""
        page = self._drafting_if_built()
        return page.document_id if page is not None else None

    @property
    def offline(self):
        """Offline packages (built on first use)."""
        if self._offline is None:
            from .offline.controller import OfflineController

            self._offline = OfflineController(self.hub, self)
        return self._offline

    # -- meetings -------------------------------------------------------------------------

    def attach_desk(self, desk: Desk, found: list[MeetingSnap] | None = None) -> None:
        """Show the window's first database: its meetings (found, else listed now), the
        meeting used last, the page used last; then watch others' commits."""
        from meetingdesk.services import meetings

        if found is None:
            found = meetings.list_meetings(desk)
        wanted = settings.last_meeting(desk.db_uuid)
        chosen = next((m for m in found if m.uuid == wanted), found[0] if found else None)
        self._fill_meetings(found, chosen)
        self.hub.replace_desk(desk, chosen)  # status bar, banners, every view
        if self.live is None:
            from .team.live import LiveRefresher

            # others' commits reach every view (NOTIFY on a server, data_version on a file)
            self.live = LiveRefresher(self.hub, self)
        self._shell_enabled(True)
        # Pages added later by add_page are not known yet: restore among the built-in ones.
        self.nav.setCurrentRow(min(max(settings.last_view(), 0), len(self.pages) - 1))
        self._update_meeting_actions()
        self._maybe_ready()  # a page that is no data view (Drafting) is ready when shown

    def _shell_enabled(self, enabled: bool) -> None:
        """Menus, meeting switcher and navigation wait for the first database."""
        for widget in (self.menuBar(), self.toolbar, self.nav):
            widget.setEnabled(enabled)
        self.body.setCurrentWidget(self.stack if enabled else self.opening_label)
        if not enabled:
            self.demo_banner.hide()  # shown by _show_desk when the demo's file is open

    def _fill_meetings(self, found: list[MeetingSnap], current: MeetingSnap | None) -> None:
        box = self.meeting_box
        box.blockSignals(True)
        box.clear()
        for m in found:
            title = labels.local_text(m.title_en, m.title_ja)
            box.addItem(self.tr("{title} ({start})").format(title=title, start=m.start_date))
            box.setItemData(box.count() - 1, m, USER)
            other = m.title_en if title == m.title_ja else m.title_ja  # the other language
            if other:
                box.setItemData(box.count() - 1, other, TOOLTIP)
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

    def switch_meeting(self, meeting: MeetingSnap) -> bool:
        """Show another meeting; False when the user kept unsaved text instead."""
        if meeting.id != self.hub.meeting_id:
            if not self.leave_drafting():
                self._select_in_box(self.hub.meeting)
                return False
            if self._drafting_if_built() is not None:
                self.drafting.show_document(None)
        settings.remember_meeting(self.hub.desk.db_uuid, meeting.uuid)
        self._select_in_box(meeting)
        self.hub.set_meeting(meeting)
        if self._drafting_if_built() is not None:
            self._open_initial_document()
        self._update_meeting_actions()
        return True

    def _meeting_chosen(self, index: int) -> None:
        snap = self.meeting_box.itemData(index, USER)
        if snap is not None and snap.id != self.hub.meeting_id:
            self.switch_meeting(snap)

    def _on_changed(self, changes: Changes) -> None:
        from meetingdesk.services import meetings

        if changes.meeting:
            self._fill_meetings(meetings.list_meetings(self.hub.desk), self.hub.meeting)
        self._update_meeting_actions()

    def _update_meeting_actions(self) -> None:
        from meetingdesk.services import team

        from .team.rights import gate

        has_meeting = self.hub.meeting is not None
        a = self.actions_
        for action in (
            a.find_in_documents,
            a.precedence,
            a.import_participants,
            a.export_participants,
            a.export_calendar,
            a.export_pdf,
            a.export_book,
            a.import_proposals,
            a.circulate,
            a.print_final,
            a.print_preview,
            a.check_out,
        ):
            action.setEnabled(has_meeting)
        # what the login's role may not do is greyed, its tooltip says why
        desk = self.hub.desk
        gate(a.new_meeting, desk, team.MEETING)
        gate(a.precedence, desk, team.DELEGATIONS, has_meeting)
        gate(a.import_participants, desk, team.DELEGATIONS, has_meeting)
        gate(a.check_in, desk, team.CHECK_IN)
        gate(a.resolve_conflicts, desk, team.CHECK_IN)
        gate(a.import_proposals, desk, team.PROPOSALS, has_meeting)
        gate(a.circulate, desk, team.CIRCULATE, has_meeting)

    def start_own_meeting(self) -> None:
        """From the demo: switch to the working database, then ask for the new meeting."""
        from meetingdesk.store.paths import default_sqlite_path, is_demo_url

        if not is_demo_url(self.hub.desk.url):
            self.new_meeting()
            return

        def opened(_label: str) -> None:
            from meetingdesk.services import meetings

            self.database_opened.disconnect(opened)
            if not meetings.list_meetings(self.hub.desk):
                self.new_meeting()

        self.database_opened.connect(opened)
        self.open_database(f"sqlite:///{default_sqlite_path()}")

    def new_meeting(self) -> None:
        from meetingdesk.ui.meetings.new_meeting import NewMeetingDialog

        created, accepted = NewMeetingDialog.get_meeting(self, self.hub.desk)
        if accepted and created is not None:
            self.switch_meeting(created)
            self.hub.status_message.emit(
                self.tr("Meeting created: {title}").format(title=created.title_en)
            )

    # -- drafting -------------------------------------------------------------------------

    def leave_drafting(self) -> bool:
        """Unsaved clause text: save it, drop it, or stay (False)."""
        if self._drafting_if_built() is None or not self.drafting.editor.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved text"),
            self.tr("The clause on the drafting page has unsaved text. Save it?"),
            SAVE_DISCARD_CANCEL,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.drafting.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.drafting.editor.revert()
            return True
        return False

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages.page(row)
        self.stack.setCurrentIndex(row)
        if page is self._drafting_if_built() and page.document_id is None:
            self._open_some_document()

    def _documents_selection(self):
        documents_page = self.pages.existing(self.pages.row_named("DocumentsView"))
        return documents_page.documents.current() if documents_page is not None else None

    def _open_some_document(self) -> None:
        """Drafting page shown empty: open the document selected on Documents, else the
        meeting's last document shown, else its first."""
        if self.hub.meeting_id is None:
            return
        chosen = self._documents_selection()
        if chosen is None:
            self._open_initial_document()  # the one shown last, else the first
        else:
            self.drafting.show_document(chosen.id)

    # -- about ----------------------------------------------------------------------------

    def open_log_folder(self) -> None:
        """Show the log folder in the system's file manager (created if missing)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from meetingdesk.logs import log_dir

        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def about(self) -> None:
        from meetingdesk.ui.meetings.about import show_about

        show_about(self, self.hub.desk)

    # -- window state ---------------------------------------------------------------------

    def _restore(self) -> None:
        geometry, state = settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        if state is not None:
            self.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shown = True
        self._maybe_ready()

    def _maybe_ready(self) -> None:
        current = self.current_view()
        if (
            self._ready_sent
            or not self._shown
            or current is None
            or getattr(current, "load_count", 1) == 0
        ):
            return
        self._ready_sent = True
        self.ready.emit()

    def current_view(self) -> QWidget | None:
        index = self.stack.currentIndex()
        return self.pages.existing(index) if 0 <= index < len(self.pages) else None

    def add_page(self, page: QWidget, title: str, icon_name: str = "") -> int:
        """Add a page to the navigation (another area's view); returns its row."""
        return self.pages.add(page, title, icon_name)

    def view(self, cls: type[T]) -> T:
        """The page of class cls (built now if it was not yet)."""
        return self.pages.page(self.pages.row_of(cls))

    def show_view(self, cls: type[T]) -> T:
        row = self.pages.row_of(cls)
        self.nav.setCurrentRow(row)
        return self.pages.page(row)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.leave_drafting():
            event.ignore()
            return
        if self.hub.desk is not None:  # not while the first database is still opening
            settings.save_window(self.saveGeometry(), self.saveState(), self.nav.currentRow())
        if self.live is not None:
            self.live.stop()  # its own connection to the database closes with the window
        from .jobs import wait_for_jobs

        wait_for_jobs(10_000)  # a running export finishes or is cancelled cleanly
        super().closeEvent(event)
