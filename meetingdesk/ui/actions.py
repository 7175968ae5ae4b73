"""The window's actions and menus, created apart from the window (as Picard does).

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
    quit: QAction
    about: QAction
    recent_menu: QMenu


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
        quit=make(QCoreApplication.translate("Actions", "&Quit"), QKeySequence.StandardKey.Quit),
        about=make(QCoreApplication.translate("Actions", "&About MeetingDesk")),
        recent_menu=QMenu(QCoreApplication.translate("Actions", "&Recent databases"), parent),
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
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    help_menu = menubar.addMenu(QCoreApplication.translate("Actions", "&Help"))
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
