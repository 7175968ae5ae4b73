"""The whole window as a reader and as a drafter on a real team server (roles from
`server init`): every page is walked, every write control the role may not use is greyed
with the reason, those it may use are enabled (issue 16, item 3).

Controls are greyed through one helper (ui.team.rights.gate), which marks each with the
right it needs; the walk checks those marks against the role's rights, and also fails on
any enabled control that carries no mark and is not on the list of read-only controls
below — so a new write button that forgets the gate is caught here."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QGraphicsItem, QToolButton, QWidget  # noqa: E402

from meetingdesk.services import meetings, team  # noqa: E402
from meetingdesk.services.base import Desk  # noqa: E402
from meetingdesk.services.drafting import comments, proposals  # noqa: E402
from meetingdesk.services.drafting import documents as docs  # noqa: E402
from meetingdesk.ui.team.rights import RIGHT, why_not  # noqa: E402

#: enabled controls that change nothing in the database (texts as the window shows them,
#: untranslated in tests); "" = Qt's own corner, scroll and toolbar buttons
READ_ONLY = {
    "",
    "Agenda PDF…",
    "Export calendar (.ics)…",
    "Export participants to XLSX…",
    "PDF",
    "PDF…",
    "Show retired",
    "Seating plan PDF…",
    "Open for drafting",
    "Compare",
    "Compare…",
    "Include history",
    "Show more",
    "Only the selected clause",
    "Only open",
    "Reload (discard my text)",
    "English changes…",
    "Stale translations",
    "Has open brackets",
    "Show deleted",
    "Overdue only",
    "Export…",
    "Annex PDF…",
    "Follow-up report PDF…",
    "List of participants…",
    "Badges…",
    "Name plates…",
    "Search",
    "Go to the clause list",
    "Go to the English text",
    "Go to the Japanese text",
    "Go to the panels",
    # the window's menus
    "&Open database…",
    "&Backup…",
    "&Check database…",
    "&Quit",
    "&Find in documents…",
    "&Export participants…",
    "Export &calendar…",
    "&Export PDF…",
    "Export meeting boo&k…",
    "&Print…",
    "Print pre&view…",
    "Check ou&t package…",  # a reader may take a copy to read (never checked in)
    "&Update package from this database…",  # writes the package file only
    "&About MeetingDesk",
    "Open &log folder",
    "&Projector",  # shows the text on a second screen
}


def controls(root: QWidget) -> list[QAbstractButton | QAction]:
    return [*root.findChildren(QAbstractButton), *root.findChildren(QAction)]


class Walk:
    """What the walk found: problems, and the gated controls seen per right."""

    def __init__(self, desk: Desk, role: str) -> None:
        self.desk = desk
        #: the clause editor: its Save/Revert/confirm follow its read-only state, whose
        #: banner gives the reason (checked apart)
        self.editor: QWidget | None = None
        self.rights = team.BY_ROLE[role]
        self.problems: list[str] = []
        self.gated: dict[str, list[str]] = {}

    def check(self, where: str, root: QWidget) -> None:
        for item in controls(root):
            label = item.text() if hasattr(item, "text") else ""
            right = item.property(RIGHT)
            if not right and isinstance(item, QToolButton) and item.defaultAction() is not None:
                right = item.defaultAction().property(RIGHT)  # a toolbar's button
            name = f"{where}: {label!r}"
            in_editor = isinstance(item, QWidget) and self.editor is not None
            if not right and in_editor and self.editor.isAncestorOf(item):
                editable = team.EDIT_TEXT in self.rights
                if label not in READ_ONLY and not editable and item.isEnabled():
                    self.problems.append(f"{name} enabled in a read-only editor")
                continue
            if right:
                self.gated.setdefault(right, []).append(name)
                reason = why_not(self.desk, right)
                if right in self.rights:
                    if reason or "Only the secretariat" in item.toolTip():
                        self.problems.append(f"{name} allowed but says it is not")
                elif item.isEnabled() or item.toolTip() != reason or not reason:
                    self.problems.append(
                        f"{name} needs {right}: enabled={item.isEnabled()}, "
                        f"tooltip={item.toolTip()!r}"
                    )
            elif item.isEnabled() and label not in READ_ONLY and not _menu_only(item):
                self.problems.append(f"{name} is enabled and not gated by any right")


def _menu_only(item) -> bool:
    """A QAction that only opens a submenu (File, Edit…) or a separator."""
    return isinstance(item, QAction) and (item.menu() is not None or item.isSeparator())


@pytest.fixture
def team_meeting(team_db, staff, small_meeting):
    """The small meeting written by the secretariat, with an open proposal, a comment and an
    ad ref clause, so that selection-dependent controls have something to act on."""
    boss = Desk.open(staff("secretariat"))
    try:
        small_meeting(boss)
        m = next(x for x in meetings.list_meetings(boss) if x.short_name == "ict-test")
        decl = docs.find_document(boss, m.id, "declaration")
        with boss.read() as s:
            clause = [c for c in docs.clause_snaps(s, decl.id) if c.kind == "operative"][0]
        proposals.propose(
            boss, decl.id, delegation_code="FRA", kind="replace", clause_id=clause.id, text="We do."
        )
        comments.add_comment(boss, clause.id, "Is this agreed?")
        return m.id, decl.id, clause.id
    finally:
        boss.close()


def open_window(qtbot, url: str):
    from meetingdesk.ui.main_window import MainWindow

    desk = Desk.open(url, desktop=True)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        window.show()
    return desk, window


def show(qtbot, window, cls):
    view = window.view(cls)
    window.show_view(cls)
    if hasattr(view, "is_loading"):  # a ViewBase page fetches in the background
        qtbot.waitUntil(lambda: not view.is_loading and not view.stale, timeout=30_000)
    return view


def walk_window(qtbot, window, desk: Desk, role: str, team_meeting) -> Walk:
    from meetingdesk.ui.actions import ActionPlanView
    from meetingdesk.ui.drafting import DraftingView
    from meetingdesk.ui.drafting.documents_view import DocumentsView
    from meetingdesk.ui.logistics.agenda_view import AgendaView
    from meetingdesk.ui.logistics.delegations_view import DelegationsView
    from meetingdesk.ui.logistics.seating_view import SeatingPage
    from meetingdesk.ui.meetings.overview import OverviewView

    meeting_id, decl_id, clause_id = team_meeting
    chosen = next(m for m in window.meetings_listed() if m.id == meeting_id)
    assert window.switch_meeting(chosen)
    walk = Walk(desk, role)
    for cls in (OverviewView, AgendaView, DelegationsView, DocumentsView):
        view = show(qtbot, window, cls)
        if cls is AgendaView:
            tree = view.editor.tree
            tree.setCurrentItem(tree.topLevelItem(0).child(0))
            dragging = tree.dragDropMode() != tree.DragDropMode.NoDragDrop
            assert dragging is (team.AGENDA in walk.rights)
            if not dragging:
                assert tree.toolTip() == why_not(desk, team.AGENDA)
        if cls is DelegationsView:
            view.delegations.view.selectRow(0)
            view.participants.view.selectRow(0)
        walk.check(cls.__name__, view)

    seating = show(qtbot, window, SeatingPage)
    walk.check("SeatingPage", seating)
    seats = seating.seating.seat_items
    assert seats, "the seating plan has seats"
    movable = team.MEETING in walk.rights
    for seat in seats:
        assert bool(seat.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable) == movable
    if not movable:
        assert seating.hint.text() == why_not(desk, team.MEETING)
        words = [i.text() for i in seating.seating.scene().items() if hasattr(i, "text")]
        assert "Plenary table" in words and not any("drag" in w for w in words)

    drafting = show(qtbot, window, DraftingView)
    walk.editor = drafting.editor
    drafting.show_document(decl_id)
    assert drafting.clauses.select(clause_id)
    for index in range(drafting.tabs.count()):
        drafting.tabs.setCurrentIndex(index)
        if drafting.tabs.currentWidget() is drafting.proposals:
            drafting.proposals.tree.setCurrentItem(drafting.proposals.tree.topLevelItem(0))
        if drafting.tabs.currentWidget() is drafting.comments:
            drafting.comments.body.setText("A reply")
            drafting.comments.tree.setCurrentItem(drafting.comments.tree.topLevelItem(0))
        walk.check(f"DraftingView/{drafting.tabs.tabText(index)}", drafting)
    editable = team.EDIT_TEXT in walk.rights
    assert drafting.editor.edits["en"].isReadOnly() is not editable
    if not editable:
        assert why_not(desk, team.EDIT_TEXT) in drafting.editor.banner.text()

    plan = show(qtbot, window, ActionPlanView)
    plan.table.selectRow(0)
    walk.check("ActionPlanView", plan)
    model = plan.model
    cell = model.index(0, 6)  # status, edited in place by the secretariat
    assert bool(model.flags(cell) & Qt.ItemFlag.ItemIsEditable) is (team.MEETING in walk.rights)
    if team.MEETING not in walk.rights:
        assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == why_not(desk, team.MEETING)

    walk_actions(walk, window)
    return walk


def walk_actions(walk: Walk, window) -> None:
    for name, action in vars(window.actions_).items():
        if not isinstance(action, QAction):
            continue
        label, right = action.text(), action.property(RIGHT)
        where = f"window action {name}: {label!r}"
        if right:
            walk.gated.setdefault(right, []).append(where)
            reason = why_not(walk.desk, right)
            if right in walk.rights and reason:
                walk.problems.append(f"{where} allowed but says it is not")
            if right not in walk.rights and (action.isEnabled() or action.toolTip() != reason):
                walk.problems.append(f"{where} needs {right} but is not greyed with the reason")
        elif action.isEnabled() and label not in READ_ONLY:
            walk.problems.append(f"{where} is enabled and not gated by any right")


@pytest.mark.parametrize("role", ["reader", "drafter"])
def test_every_write_control_follows_the_role(qtbot, staff, team_meeting, boxes, role):
    desk, window = open_window(qtbot, staff(role))
    try:
        walk = walk_window(qtbot, window, desk, role, team_meeting)
        assert not walk.problems, "\n".join(walk.problems)
        # the walk saw the controls of every right the window gates
        assert set(team.RIGHTS) <= set(walk.gated), sorted(set(team.RIGHTS) - set(walk.gated))
        if role == "drafter":
            drafting = window.drafting
            for item in (
                drafting.status_button,
                drafting.insert_button,
                drafting.delete_button,
                drafting.proposals.new_button,
                drafting.proposals.accept_button,
                drafting.comments.add_button,
                drafting.comments.resolve_button,
                window.actions_.import_proposals,
                window.actions_.check_in,
            ):
                assert item.isEnabled(), item.text()
    finally:
        window.close()
        desk.close()
