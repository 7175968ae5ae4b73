"""A page whose background read is refused says why in the reader's language."""

from __future__ import annotations

from meetingdesk.services.base import DeskError


def _refuse(_desk, _meeting):
    raise DeskError(
        "There is no document named charter2 in this meeting",
        code="no_such_document",
        document="charter2",
    )


def test_a_refused_read_is_said_in_japanese(qtbot, japanese, window, monkeypatch) -> None:
    from meetingdesk.ui.meetings.overview import OverviewView

    view = window.view(OverviewView)
    monkeypatch.setattr(OverviewView, "fetch", staticmethod(_refuse))
    with qtbot.waitSignal(view.failed, timeout=20_000) as failed:
        view.reload()
    reason = failed.args[0]
    assert "charter2" in reason and "There is no" not in reason, reason
    assert view.notice.isVisible() or not view.isVisible()
    assert reason in view.notice.text()


def test_a_plain_failure_shows_its_first_line(qtbot, window, monkeypatch) -> None:
    from meetingdesk.ui.meetings.overview import OverviewView

    def broken(_desk, _meeting):
        raise OSError("disk gone\nsecond line")

    view = window.view(OverviewView)
    monkeypatch.setattr(OverviewView, "fetch", staticmethod(broken))
    with qtbot.waitSignal(view.failed, timeout=20_000) as failed:
        view.reload()
    assert failed.args[0] == "disk gone"
