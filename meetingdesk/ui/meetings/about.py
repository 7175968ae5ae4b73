"""Help → About: the version, the database and user in use, Qt and PySide6 versions."""

from __future__ import annotations

import html

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
    """Where the audit key is kept, and the secretariat's signing certificate by its
    fingerprint (signed finals name it)."""
    from meetingdesk.store import keys, signing

    lines = _audit_key_line(keys.key_location())
    fingerprint = signing.fingerprint()
    if not fingerprint:
        return lines + QCoreApplication.translate(
            "MainWindow",
            "<p>Signing certificate: none yet (made at the first adoption, or imported "
            "with “meetingdesk signing --import FILE.p12”)</p>",
        )
    return lines + QCoreApplication.translate(
        "MainWindow", "<p>Signing certificate (SHA-256):<br><small>{fingerprint}</small></p>"
    ).format(fingerprint=fingerprint)


def _audit_key_line(place) -> str:
    """The key that signs the audit head: in the system keyring, in a file, or not yet."""
    if place.kind == "keyring":
        text = QCoreApplication.translate("MainWindow", "in the system keyring ({name}), key {key}")
    elif place.kind == "file":
        text = QCoreApplication.translate("MainWindow", "in the file {name}, key {key}")
    elif place.kind == "unavailable":
        text = QCoreApplication.translate(
            "MainWindow", "in the system keyring ({name}), which cannot be read now"
        )
    else:
        text = QCoreApplication.translate("MainWindow", "none yet (made at the first change)")
    where = text.format(name=html.escape(place.detail), key=place.key_id)
    return QCoreApplication.translate("MainWindow", "<p>Audit key: {where}</p>").format(where=where)
