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
        )
        + _signing_line(),
    )


def _signing_line() -> str:
    """The secretariat's signing certificate, by fingerprint (signed finals name it)."""
    from meetingdesk.store import signing

    fingerprint = signing.fingerprint()
    if not fingerprint:
        return QCoreApplication.translate(
            "MainWindow",
            "<p>Signing certificate: none yet (made when the first adopted final is exported)</p>",
        )
    return QCoreApplication.translate(
        "MainWindow", "<p>Signing certificate (SHA-256):<br><small>{fingerprint}</small></p>"
    ).format(fingerprint=fingerprint)
