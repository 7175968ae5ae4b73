"""pytest-qt: check out through the dialog, check in with one conflict, resolve it as
bracketed alternatives in the conflict view."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from meetingdesk.services.base import Desk  # noqa: E402

from .conftest import TEXTS, build_meeting, opened, package_clause_id, save, snap  # noqa: E402


def test_checkout_then_checkin_with_alternatives(qtbot, sqlite_desk: Desk, tmp_path: Path):
    from meetingdesk.ui.offline import CheckinDialog, CheckoutDialog

    desk = sqlite_desk
    meeting_id, _doc, ids = build_meeting(desk)
    path = tmp_path / "laptop.mdpkg"

    out = CheckoutDialog(desk, meeting_id)
    qtbot.addWidget(out)
    out.documents.item(0).setCheckState(Qt.CheckState.Checked)
    out.path.setText(str(path))
    assert out.delegation.currentData() == ""  # nothing named before
    out.delegation.setCurrentIndex(out.delegation.findData("FRA"))
    out._accept()
    assert out.info is not None and out.info.documents == ("decl",)
    assert out.info.delegation == "FRA"
    again = CheckoutDialog(desk, meeting_id)  # the last delegation named is offered
    qtbot.addWidget(again)
    assert again.delegation.currentData() == "FRA"
    assert path.exists()

    uuid = snap(desk, ids[2]).uuid
    with opened(path) as pkg:
        save(pkg, package_clause_id(pkg, uuid), "en", TEXTS[2].replace("promote", "advance"))
        save(pkg, package_clause_id(pkg, snap(desk, ids[0]).uuid), "en", TEXTS[0] + " Indeed.")
    save(desk, ids[2], "en", TEXTS[2].replace("promote", "support"))

    dialog = CheckinDialog(desk, path)
    qtbot.addWidget(dialog)
    assert dialog.report is not None
    assert "Taken: 1 · merged: 0 · conflicts: 1" in dialog.summary.text()
    assert len(dialog.conflict_items) == 1
    item = dialog.conflict_items[0]
    login = desk.user_login
    assert item.text(2) == (f"text overlaps — main database: {login} · this package: {login} (FRA)")
    assert dialog.resolve.isEnabled() and "1 left" in dialog.resolve.text()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))  # a group row, not a conflict
    view = dialog.resolve_next()  # the button acts on the first open conflict anyway
    assert view is not None
    assert view.base.toPlainText() == TEXTS[2]
    assert view.main.toPlainText() == TEXTS[2].replace("promote", "support")
    assert view.package.toPlainText() == TEXTS[2].replace("promote", "advance")
    # The sides as people speak of them, each with who wrote it.
    assert view.main_label.text() == f"Main database — {desk.user_login}"
    assert view.package_label.text() == f"This package — {desk.user_login} (FRA)"
    assert view.keep_main.text() == "Keep the main database's text"
    texts = " ".join(w.text() for w in view.findChildren(type(view.keep_main)))
    assert "ours" not in texts.lower() and "theirs" not in texts.lower()
    with qtbot.waitSignal(view.accepted):
        qtbot.mouseClick(view.alternatives, Qt.MouseButton.LeftButton)
    assert view.resolved is not None
    assert snap(desk, ids[2]).text_en == TEXTS[2].replace("promote", "[advance {FRA} / support]")
    assert item.text(2) == "resolved"
    assert not dialog.resolve.isEnabled()


def test_checkin_dialog_shows_refusal(qtbot, sqlite_desk: Desk, tmp_path: Path):
    from meetingdesk.ui.offline import CheckinDialog

    junk = tmp_path / "junk.mdpkg"
    junk.write_text("not a package")
    dialog = CheckinDialog(sqlite_desk, junk)
    qtbot.addWidget(dialog)
    assert dialog.report is None
    assert "not an SQLite file" in dialog.summary.text()


def test_a_package_opened_in_the_window_says_it_is_a_package(
    qtbot, sqlite_desk: Desk, tmp_path: Path
):
    from meetingdesk.services.offline import checkout
    from meetingdesk.ui.main_window import MainWindow

    meeting_id, _doc, _ids = build_meeting(sqlite_desk)
    path = tmp_path / "laptop.mdpkg"
    checkout(sqlite_desk, meeting_id, ["decl"], path, delegation="USA")
    with opened(path) as pkg:
        window = MainWindow(pkg)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=20_000):
            window.show()
        assert "laptop.mdpkg" in window.windowTitle() and "package" in window.windowTitle()
        shown = window.db_label.text()  # elided in the middle when long
        assert shown.startswith("Package (offline copy): lapto"), shown
        assert shown.endswith(f"taken out by {sqlite_desk.user_login} (USA)"), shown
        assert f"taken out by {sqlite_desk.user_login} (USA)\n" in window.db_label.toolTip()
        window.close()
    # an ordinary database is not marked
    plain = MainWindow(sqlite_desk)
    qtbot.addWidget(plain)
    assert "package" not in plain.windowTitle()
    assert plain.db_label.text().startswith("Database: ")
