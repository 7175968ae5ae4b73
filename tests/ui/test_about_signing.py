"""Help → About names the secretariat's signing certificate by its fingerprint."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox, QWidget

from meetingdesk.store import signing
from meetingdesk.ui.meetings.about import show_about


def test_about_shows_the_signing_fingerprint(qtbot, sqlite_desk, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    show_about(parent, sqlite_desk)
    assert "Signing certificate: none yet (made at the first adoption" in shown[-1]
    creds = signing.credentials(create_for="Japan")
    show_about(parent, sqlite_desk)
    assert creds.fingerprint in shown[-1]


def test_about_says_where_the_audit_key_is(qtbot, sqlite_desk, monkeypatch, tmp_path) -> None:
    """No key before the first change; then a file (no keyring in tests); then a real
    keyring backend once one is there (the key moves at the next write)."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    from meetingdesk.services.meetings import create_meeting
    from meetingdesk.store import keys

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    show_about(parent, sqlite_desk)
    assert "Audit key: none yet (made at the first change)" in shown[-1]

    def write(title: str) -> None:
        create_meeting(
            sqlite_desk, title_en=title, start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
        )

    write("ICT Ministers")
    show_about(parent, sqlite_desk)
    place = keys.key_location()
    assert place.kind == "file"
    assert f"Audit key: in the file {keys.key_path()}, key {place.key_id}" in shown[-1]

    class SystemLikeKeyring(PlaintextKeyring):
        priority = 1  # keyrings.alt's real file keyring, rated as a system keyring

        @property
        def file_path(self) -> str:  # type: ignore[override]
            return str(tmp_path / "kr.cfg")

    ring = SystemLikeKeyring()
    keyring.set_keyring(ring)
    write("Second meeting")
    show_about(parent, sqlite_desk)
    assert f"Audit key: in the system keyring ({ring.name}), key {place.key_id}" in shown[-1]


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
