"""The window's QActions and menus, created apart from the window (as Picard does).

Named window_actions so it never collides with ui/actions/ (the annex action plan).

The main window connects each action's triggered signal in its one wiring block; this
module only knows labels, shortcuts and the menu layout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from . import settings


@dataclass
class Actions:
    new_meeting: QAction
    open_database: QAction
    backup: QAction
    check_database: QAction
    quit: QAction
    find_in_documents: QAction
    precedence: QAction
    import_participants: QAction
    export_participants: QAction
    export_calendar: QAction
    export_pdf: QAction
    export_book: QAction
    import_proposals: QAction
    circulate: QAction
    print_final: QAction
    print_preview: QAction
    check_out: QAction
    check_in: QAction
    update_package: QAction
    resolve_conflicts: QAction
    about: QAction
    open_log_folder: QAction
    recent_menu: QMenu
    projector: QAction


def create_actions(parent: QWidget) -> Actions:
    def make(text: str, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, parent)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        return action

    actions = Actions(
        new_meeting=make(
            QCoreApplication.translate("Actions", "&New meeting…"),
            QKeySequence.StandardKey.New,
            QCoreApplication.translate("Actions", "Create a meeting in this database"),
        ),
        open_database=make(
            QCoreApplication.translate("Actions", "&Open database…"),
            QKeySequence.StandardKey.Open,
            QCoreApplication.translate("Actions", "Open another database file or a team server"),
        ),
        backup=make(
            QCoreApplication.translate("Actions", "&Backup…"),
            None,
            QCoreApplication.translate("Actions", "Write a copy of this database to a file"),
        ),
        check_database=make(
            QCoreApplication.translate("Actions", "&Check database…"),
            None,
            QCoreApplication.translate(
                "Actions", "Check integrity, history guards and the audit chain of this database"
            ),
        ),
        quit=make(QCoreApplication.translate("Actions", "&Quit"), QKeySequence.StandardKey.Quit),
        find_in_documents=make(
            QCoreApplication.translate("Actions", "&Find in documents…"),
            QKeySequence.StandardKey.Find,
            QCoreApplication.translate(
                "Actions", "Search every document of the meeting, English and Japanese"
            ),
        ),
        precedence=make(
            QCoreApplication.translate("Actions", "Order of &precedence…"),
            None,
            QCoreApplication.translate("Actions", "Choose how delegations are ordered everywhere"),
        ),
        import_participants=make(
            QCoreApplication.translate("Actions", "&Import participants…"),
            None,
            QCoreApplication.translate("Actions", "Read participants from a CSV or XLSX file"),
        ),
        export_participants=make(
            QCoreApplication.translate("Actions", "&Export participants…"),
            None,
            QCoreApplication.translate("Actions", "Write the list of participants to XLSX"),
        ),
        export_calendar=make(
            QCoreApplication.translate("Actions", "Export &calendar…"),
            None,
            QCoreApplication.translate("Actions", "Write the agenda as an iCalendar (.ics) file"),
        ),
        export_pdf=make(
            QCoreApplication.translate("Actions", "&Export PDF…"),
            "Ctrl+E",
            QCoreApplication.translate(
                "Actions", "Write a PDF: final text, compilation, redline, agenda, badges …"
            ),
        ),
        export_book=make(
            QCoreApplication.translate("Actions", "Export meeting boo&k…"),
            None,
            QCoreApplication.translate(
                "Actions", "Agenda, participants and the current documents in one PDF"
            ),
        ),
        import_proposals=make(
            QCoreApplication.translate("Actions", "Import proposals from &Word…"),
            None,
            QCoreApplication.translate(
                "Actions", "Read a revision returned with tracked changes as proposals"
            ),
        ),
        circulate=make(
            QCoreApplication.translate("Actions", "Circu&late a revision…"),
            None,
            QCoreApplication.translate(
                "Actions", "PDF, Word file and an e-mail draft per delegation, recorded"
            ),
        ),
        print_final=make(
            QCoreApplication.translate("Actions", "&Print…"),
            QKeySequence.StandardKey.Print,
            QCoreApplication.translate("Actions", "Print the final text of the open document"),
        ),
        print_preview=make(
            QCoreApplication.translate("Actions", "Print pre&view…"),
            None,
            QCoreApplication.translate("Actions", "Preview the printed final text"),
        ),
        check_out=make(
            QCoreApplication.translate("Actions", "Check ou&t package…"),
            None,
            QCoreApplication.translate(
                "Actions", "Take documents to a laptop as one file, to draft offline"
            ),
        ),
        check_in=make(
            QCoreApplication.translate("Actions", "Check &in package…"),
            None,
            QCoreApplication.translate(
                "Actions", "Bring offline work back: merge it clause by clause"
            ),
        ),
        update_package=make(
            QCoreApplication.translate("Actions", "&Update package from this database…"),
            None,
            QCoreApplication.translate(
                "Actions", "Bring newer work into a package before going offline again"
            ),
        ),
        resolve_conflicts=make(
            QCoreApplication.translate("Actions", "Resolve merge con&flicts…"),
            None,
            QCoreApplication.translate("Actions", "Decide the clauses a check-in left in conflict"),
        ),
        about=make(QCoreApplication.translate("Actions", "&About MeetingDesk")),
        open_log_folder=make(
            QCoreApplication.translate("Actions", "Open &log folder"),
            None,
            QCoreApplication.translate("Actions", "Show the folder of the program's log files"),
        ),
        recent_menu=QMenu(QCoreApplication.translate("Actions", "&Recent databases"), parent),
        projector=make(
            QCoreApplication.translate("Actions", "&Projector"),
            "F5",
            QCoreApplication.translate(
                "Actions", "Show the selected clause in large type for the room's screen"
            ),
        ),
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    return actions


def build_menus(menubar: QMenuBar, actions: Actions) -> None:
    file_menu = menubar.addMenu(QCoreApplication.translate("Actions", "&File"))
    file_menu.addAction(actions.new_meeting)
    file_menu.addSeparator()
    file_menu.addAction(actions.open_database)
    file_menu.addMenu(actions.recent_menu)
    file_menu.addAction(actions.backup)
    file_menu.addAction(actions.check_database)
    file_menu.addSeparator()
    file_menu.addAction(actions.check_out)
    file_menu.addAction(actions.check_in)
    file_menu.addAction(actions.update_package)
    file_menu.addAction(actions.resolve_conflicts)
    file_menu.addSeparator()
    file_menu.addAction(actions.export_pdf)
    file_menu.addAction(actions.export_book)
    file_menu.addAction(actions.circulate)
    file_menu.addAction(actions.import_proposals)
    file_menu.addAction(actions.print_final)
    file_menu.addAction(actions.print_preview)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = menubar.addMenu(QCoreApplication.translate("Actions", "&Edit"))
    edit_menu.addAction(actions.find_in_documents)
    meeting_menu = menubar.addMenu(QCoreApplication.translate("Actions", "&Meeting"))
    meeting_menu.addAction(actions.precedence)
    meeting_menu.addSeparator()
    meeting_menu.addAction(actions.import_participants)
    meeting_menu.addAction(actions.export_participants)
    meeting_menu.addAction(actions.export_calendar)
    view_menu = menubar.addMenu(QCoreApplication.translate("Actions", "&View"))
    view_menu.addAction(actions.projector)
    help_menu = menubar.addMenu(QCoreApplication.translate("Actions", "&Help"))
    help_menu.addAction(actions.open_log_folder)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)


def fill_recent_menu(menu: QMenu, current_url: str, on_open: Callable[[str], None]) -> None:
    """List the remembered databases (newest first); the one in use is checked."""
    from meetingdesk.store.paths import describe_url

    menu.clear()
    current = settings.safe_url(current_url)
    urls = settings.recent_databases()
    for n, url in enumerate(urls, start=1):
        action = menu.addAction(f"&{n} {describe_url(url)}")
        action.setData(url)
        action.setToolTip(url)
        action.setCheckable(True)
        action.setChecked(url == current)
        action.triggered.connect(lambda _checked=False, u=url: on_open(u))
    if not urls:
        empty = menu.addAction(QCoreApplication.translate("Actions", "(none yet)"))
        empty.setEnabled(False)
        return
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("Actions", "Clear the list"), settings.forget_recent)
