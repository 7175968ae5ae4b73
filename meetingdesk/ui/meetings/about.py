"""Help → About: the version, the database and user in use, Qt and PySide6 versions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from meetingdesk import __version__
from meetingdesk.services.base import Desk


def show_about(parent: QWidget, desk: Desk) -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    # Context "MainWindow": these strings were translated there first.
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About MeetingDesk"),
        QCoreApplication.translate(
            "MainWindow",
            "<h3>MeetingDesk {version}</h3>"
            "<p>The host secretariat's desk for a ministerial meeting: agenda, "
            "delegations, negotiated texts in English and Japanese.</p>"
            "<p>Database: {database}<br>User: {user}</p>"
            "<p>Qt {qt} · PySide6 {pyside}</p>",
        ).format(
            version=__version__,
            database=desk.label,
            user=desk.user_login,
            qt=qVersion(),
            pyside=pyside_version,
        ),
    )
