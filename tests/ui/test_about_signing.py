"""Help → About names the secretariat's signing certificate by its fingerprint."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from meetingdesk.store import signing
from meetingdesk.ui.meetings.about import show_about


def test_about_shows_the_signing_fingerprint(qtbot, sqlite_desk, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    show_about(parent, sqlite_desk)
    assert "none yet" in shown[-1]
    creds = signing.credentials(create_for="Japan")
    show_about(parent, sqlite_desk)
    assert creds.fingerprint in shown[-1]


def test_window_banner_when_the_database_fails_its_check(qtbot, ui_desk) -> None:
    from sqlalchemy import text

    from meetingdesk.ui.main_window import MainWindow

    w = MainWindow(ui_desk)
    qtbot.addWidget(w)
    assert w.trust_banner.isHidden()
    with ui_desk.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_event_no_delete"))
    w._show_desk()
    assert not w.trust_banner.isHidden()
    assert "audit_event_no_delete" in w.trust_banner.text()
    w.close()
