"""The action plan window: filtering, inline editing, following a link, follow-ups."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QDate, Qt  # noqa: E402

from meetingdesk.services import actions  # noqa: E402
from meetingdesk.services.exports import default_meeting_id  # noqa: E402


@pytest.fixture
def view(qtbot, action_desk):
    from meetingdesk.services.meetings import get_meeting
    from meetingdesk.ui.actions import ActionPlanView
    from meetingdesk.ui.hub import Hub

    hub = Hub(action_desk)
    w = ActionPlanView(hub)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.loaded, timeout=20_000):
        hub.set_meeting(get_meeting(action_desk, default_meeting_id(action_desk)))
        w.show()
    yield w
    from meetingdesk.ui.jobs import wait_for_jobs

    assert wait_for_jobs(30_000)
    hub.setParent(w)  # freed with the view by Qt, not later by the garbage collector


def test_filters(view):
    assert len(view.shown()) == 15
    view.owner.setCurrentIndex(view.owner.findData("JPN"))
    assert {a.owner_code for a in view.shown()} == {"JPN"} and len(view.shown()) == 3
    view.status.setCurrentIndex(view.status.findData("done"))
    assert [a.number for a in view.shown()] == ["3.", "10."]
    view.owner.setCurrentIndex(0)
    view.status.setCurrentIndex(0)
    view.overdue.setChecked(True)
    assert view.shown() and all(a.overdue for a in view.shown())
    view.overdue.setChecked(False)
    index = next(
        i
        for i in range(view.linked.count())
        if view.linked.itemText(i).startswith("declaration:12")
    )
    view.linked.setCurrentIndex(index)
    assert [a.owner_code for a in view.shown()] == ["CAN", "ITA"]


def test_sorting_by_target_date(view):
    from meetingdesk.ui.actions.model import COL_TARGET

    view.table.sortByColumn(COL_TARGET, Qt.SortOrder.AscendingOrder)
    dates = [a.target_date for a in view.shown()]
    assert dates == sorted(dates)


def test_inline_edit_calls_the_service(qtbot, view):
    from meetingdesk.ui.actions.model import COL_STATUS, COL_TARGET

    first = view.shown()[1]  # action 2, GBR, in progress
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        assert view.proxy.setData(view.proxy.index(1, COL_STATUS), "done")
    got = actions.get_action(view.hub.desk, first.id)
    assert got.status == "done" and got.row_version == first.row_version + 1
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.snap(r).id == first.id)
    assert view.proxy.snap(row).status == "done"
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.proxy.setData(view.proxy.index(row, COL_TARGET), QDate(2031, 1, 2))
    assert actions.get_action(view.hub.desk, first.id).target_date == date(2031, 1, 2)


def test_stale_inline_edit_is_refused_with_a_notice(view):
    from meetingdesk.ui.actions.model import COL_STATUS

    a = view.shown()[0]
    actions.set_action_status(view.hub.desk, a.id, "dropped", expected_version=None)
    assert not view.proxy.setData(view.proxy.index(0, COL_STATUS), "agreed")
    assert "Not saved" in view.notice.text()
    assert actions.get_action(view.hub.desk, a.id).status == "dropped"


def test_following_a_link_emits_open_clause(qtbot, view):
    view.select_action(view.shown()[2].id)  # action 3 implements two paragraphs
    assert view.links.count() == 2
    item = view.links.item(0)
    with qtbot.waitSignal(view.openClauseRequested, timeout=5_000) as blocker:
        view.links.itemActivated.emit(item)
    assert blocker.args == [view.shown()[2].links[0].clause_id]


def test_add_follow_up(qtbot, view, monkeypatch):
    from meetingdesk.ui.actions.dialogs import FollowUpDialog

    a = view.shown()[4]
    view.select_action(a.id)
    monkeypatch.setattr(
        FollowUpDialog,
        "get",
        classmethod(lambda cls, parent=None: ((date(2017, 2, 1), "Call held."), True)),
    )
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.add_follow_up_button.click()
    assert view.follow_ups.count() == 1 and "Call held." in view.follow_ups.item(0).text()


def test_follow_up_tree_lists_overdue_per_delegation(view):
    tree = view.follow_up_tree
    assert tree.topLevelItemCount() >= 1
    codes = [tree.topLevelItem(i).text(0).split()[0] for i in range(tree.topLevelItemCount())]
    assert "GBR" in codes  # action 2, due 2017, still in progress


def test_carry_over_into_a_new_meeting_from_the_window(qtbot, view, monkeypatch):
    """Carry over… → a meeting created in the dialog receives the open actions and the
    delegations that own them."""
    from meetingdesk.services import meetings
    from meetingdesk.services.logistics import delegations
    from meetingdesk.ui.actions.carry_over_dialog import CarryOverDialog
    from meetingdesk.ui.meetings.new_meeting import NewMeetingDialog

    desk = view.hub.desk
    created = meetings.create_meeting(
        desk,
        title_en="G7 ICT and Industry Ministers' Meeting",
        start_date=date(2017, 9, 25),
        end_date=date(2017, 9, 26),
        time_zone="Europe/Rome",
    )
    monkeypatch.setattr(
        NewMeetingDialog, "get_meeting", classmethod(lambda cls, *a, **k: (created, True))
    )

    def choose(cls, parent, desk_, meeting):
        dialog = cls(desk_, meeting, parent)
        dialog.new_button.click()  # "New meeting…" fills and selects the created meeting
        assert dialog.target.currentData() == created.id
        assert dialog.add_delegations.isChecked()
        return (dialog.target.currentData(), dialog.add_delegations.isChecked()), True

    monkeypatch.setattr(CarryOverDialog, "get_target", classmethod(choose))
    open_before = [a for a in view.shown() if a.status in ("proposed", "agreed", "in_progress")]
    view.carry_over()
    carried = actions.list_actions(desk, created.id)
    assert len(carried) == len(open_before) > 0
    assert {a.carried_from_id for a in carried} == {a.id for a in open_before}
    owners = {d.code for d in delegations.list_delegations(desk, created.id)}
    assert {a.owner_code for a in carried} <= owners
    assert "carried over" in view.notice.text()
