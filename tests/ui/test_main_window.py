"""The main window on a real SQLite file: views, meeting switcher, hub refreshes, geometry."""

from __future__ import annotations

from meetingdesk.services.drafting import documents
from meetingdesk.services.logistics import delegations
from meetingdesk.snapshots import Changes
from meetingdesk.ui.actions import ActionPlanView
from meetingdesk.ui.drafting.documents_view import DocumentsView
from meetingdesk.ui.logistics.agenda_view import AgendaView
from meetingdesk.ui.logistics.delegations_view import DelegationsView
from meetingdesk.ui.main_window import MainWindow
from meetingdesk.ui.meetings.overview import OverviewView


def test_delegations_view_lists_members_then_organisations(navigate, window, roster):
    view = navigate(window, DelegationsView)
    rows = view.delegations.rows()
    kinds = [d.kind for d in rows]
    assert kinds.count("member") == 8
    assert kinds.count("organisation") == 2
    assert kinds == ["member"] * 8 + ["organisation"] * 2
    members, organisations = roster
    assert {d.code for d in rows} == members | organisations
    assert rows[0].code == "JPN", "the host comes first in order of precedence"
    # The Japanese names reach the table as text.
    model = view.delegations.proxy
    assert model.index(0, 3).data() == "日本"

    view.delegations.select_where(lambda d: d.code == "JPN")
    people = view.participants.rows()
    assert [p.family_name for p in people] == ["HeadJpn", "Yamada"]
    assert people[0].role == "head"
    assert view.participants.proxy.index(1, 1).data() == "山田 花子"


def test_filter_box_narrows_the_table(qtbot, navigate, window):
    view = navigate(window, DelegationsView)
    qtbot.keyClicks(view.delegations.filter, "union")
    codes = [d.code for d in view.delegations.rows()]
    assert codes == ["EU", "ITU"]
    assert "2" in view.delegations.count.text() and "10" in view.delegations.count.text()


def test_every_view_fills_with_the_meetings_data(qtbot, navigate, window):
    overview = window.view(OverviewView)
    assert overview.data is not None
    assert overview.title_en.text() == "Test ICT Ministers' Meeting"
    assert overview.title_ja.text() == "テスト情報通信大臣会合"
    assert "Asia/Tokyo" in overview.dates.text() and "UTC+09:00" in overview.dates.text()
    counts = {k: v.text() for k, v in overview.count_labels.items()}
    assert counts == {
        "delegations": "10",
        "participants": "9",
        "sessions": "2",
        "documents": "2",
        "clauses": "6",
        "open_brackets": "1",
    }
    assert any("created meeting" in a.summary for a in overview.activity.rows())

    agenda = navigate(window, AgendaView)
    sessions = agenda.sessions()
    assert [s.title_en for s in sessions] == [
        "Opening session",
        "Session 1: Free flow of information",
    ]
    # 00:30 UTC is shown as 09:30 in Tokyo, under its day.
    tree = agenda.editor.tree
    day = tree.topLevelItem(0)
    assert "2016" in day.text(0) and day.childCount() == 2
    opening = day.child(0)
    assert opening.text(0) == "09:30–10:30" and opening.text(3) == "Main Hall"
    second = day.child(1)
    assert [second.child(i).text(1) for i in range(second.childCount())] == [
        "Discussion",
        "Adoption",
    ]
    assert "Asia/Tokyo" in agenda.zone_note.text()

    docs = navigate(window, DocumentsView)
    assert [d.short_name for d in docs.documents.rows()] == ["declaration", "annex"]
    docs.documents.select_where(lambda d: d.short_name == "declaration")
    clauses = docs.clauses.rows()
    assert len(clauses) == 3
    assert [c.open_brackets for c in clauses] == [0, 1, 0]
    assert docs.clauses.proxy.index(1, 4).data() == "我々は情報の自由な流通を促進する。"

    plan = navigate(window, ActionPlanView)
    rows = [plan.model.snap(i) for i in range(plan.model.rowCount())]
    assert [r.text_en for r in rows] == ["Share good practice.", "Hold a workshop."]
    assert [r.owner_code for r in rows] == ["JPN", "CAN"]
    assert rows[0].text_ja == "好事例を共有する。"
    assert plan.proxy.index(0, 1).data() == "Good practice"


def test_meeting_switcher_switches_meetings(qtbot, navigate, window, ui_desk):
    listed = window.meetings_listed()
    # Newest first; the newest is shown when nothing was remembered.
    assert [m.title_en for m in listed] == ["Test ICT Ministers' Meeting", "Preparatory Meeting"]
    assert window.hub.meeting.title_en == "Test ICT Ministers' Meeting"
    view = navigate(window, DelegationsView)
    assert len(view.delegations.rows()) == 10

    box = window.meeting_box
    index = next(i for i in range(box.count()) if "Preparatory" in box.itemText(i))
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        box.setCurrentIndex(index)
        box.activated.emit(index)
    assert window.hub.meeting.title_en == "Preparatory Meeting"
    assert [d.code for d in view.delegations.rows()] == ["FRA"]

    # The choice is remembered for this database.
    from meetingdesk.ui import settings

    assert settings.last_meeting(ui_desk.db_uuid) == window.hub.meeting.uuid


def test_hub_change_refreshes_only_views_that_want_it(qtbot, navigate, window):
    view = navigate(window, DelegationsView)
    docs = window.view(DocumentsView)
    assert len(view.delegations.rows()) == 10
    loads = view.load_count

    # A change that does not concern delegations leaves the view alone ...
    window.hub.publish(Changes(documents=True))
    assert view.load_count == loads and not view.stale
    assert docs.stale, "the hidden documents view is marked for reload"

    # ... a write to delegations, announced on the hub, reloads it.
    delegations.add_delegation(
        window.hub.desk, window.hub.meeting_id, code="IND", name_en="India", kind="invited"
    )
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        window.hub.publish(Changes(delegations=True))
    assert view.load_count == loads + 1
    assert "IND" in [d.code for d in view.delegations.rows()]


def test_selection_survives_a_reload(qtbot, navigate, window):
    view = navigate(window, DocumentsView)
    view.documents.select_where(lambda d: d.short_name == "annex")
    annex = view.documents.current()
    documents.add_clause(window.hub.desk, annex.id, kind="action", text_en="Publish a report.")
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        window.hub.publish(Changes(clauses=("x",)))
    assert view.documents.current().short_name == "annex"
    assert view.clauses.rows()[-1].text_en == "Publish a report."


def test_status_bar_shows_database_and_user(window, ui_desk):
    assert window.db_label.toolTip() == ui_desk.label
    assert window.db_label.text().startswith("Database: ")
    assert "tester" in window.user_label.text()


def test_geometry_and_view_are_restored(qtbot, ui_desk):
    # The offscreen screen is 800 x 600: a larger window would be fitted back onto it.
    first = MainWindow(ui_desk)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.ready, timeout=20_000):
        first.show()
    first.resize(720, 530)
    qtbot.waitUntil(lambda: first.size().width() == 720)
    first.show_view(AgendaView)
    first.close()

    second = MainWindow(ui_desk)
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (720, 530)
    assert isinstance(second.current_view(), AgendaView)
    with qtbot.waitSignal(second.ready, timeout=20_000):
        second.show()
    second.close()


def test_about_names_versions_and_database(window, boxes):
    from PySide6 import __version__ as pyside_version

    window.actions_.about.trigger()
    assert boxes.kinds() == ["about"]
    text = boxes.texts()
    assert "0.1.0" in text and pyside_version in text and window.hub.desk.label in text


def test_window_on_a_database_without_meetings(qtbot, tmp_path):
    from meetingdesk.services.base import Desk

    desk = Desk.open(f"sqlite:///{tmp_path / 'empty.sqlite'}", user="tester")
    try:
        w = MainWindow(desk)
        qtbot.addWidget(w)
        with qtbot.waitSignal(w.ready, timeout=20_000):
            w.show()
        assert w.hub.meeting is None
        assert not w.meeting_box.isEnabled()
        assert "New meeting" in w.current_view().notice.text()
        w.close()
    finally:
        desk.close()


def test_double_click_on_a_document_asks_to_open_it(qtbot, navigate, window):
    view = navigate(window, DocumentsView)
    table = view.documents
    row = next(r for r in range(table.proxy.rowCount()) if table.proxy.snap(r).kind == "annex")
    with qtbot.waitSignal(view.document_requested, timeout=5_000) as blocker:
        table.view.doubleClicked.emit(table.proxy.index(row, 0))
    assert blocker.args == [table.proxy.snap(row).id]


def test_another_area_can_add_a_page(window):
    from PySide6.QtWidgets import QLabel

    page = QLabel("drafting")
    before = window.nav.count()
    row = window.add_page(page, "Offline")
    assert window.nav.count() == before + 1 and window.nav.item(row).text() == "Offline"
    window.nav.setCurrentRow(row)
    assert window.current_view() is page


def test_status_messages_are_painted_beside_the_database_label(qtbot, window):
    """A temporary message has room in the bar: the database label does not stretch over it."""
    window.resize(1000, 700)
    window.hub.status_message.emit("Rev.2 frozen")
    bar = window.statusBar()
    assert bar.currentMessage() == "Rev.2 frozen"
    taken = window.db_label.width() + window.user_label.width()
    room = bar.width() - taken
    assert room > bar.fontMetrics().horizontalAdvance("Rev.2 frozen") + 20
    assert "…" in window.db_label.text() or len(window.db_label.text()) < 60
    # the whole name stays in the tooltip
    assert window.hub.desk.label in window.db_label.toolTip()


def test_restart_on_the_drafting_page_shows_the_last_document(qtbot, ui_desk):
    """Closed on the Drafting page with the annex open: the next start shows the annex,
    not a blank page; a first start there shows the meeting's first document."""
    first = MainWindow(ui_desk)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.ready, timeout=20_000):
        first.show()
    first.nav.setCurrentRow(first.pages.row_named("DraftingView"))
    page = first.drafting
    qtbot.waitUntil(lambda: page.document_id is not None, timeout=10_000)
    docs = [d for d in documents.list_documents(ui_desk, first.hub.meeting_id)]
    assert page.document_id == docs[0].id  # nothing remembered yet: the first document
    page.show_document(docs[-1].id)
    first.close()

    second = MainWindow(ui_desk)
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.ready, timeout=20_000):
        second.show()
    assert type(second.current_view()).__name__ == "DraftingView"
    qtbot.waitUntil(lambda: second.drafting.document_id == docs[-1].id, timeout=10_000)
    assert second.drafting.clauses.shown()
    assert second.drafting.doc_title.text().startswith(docs[-1].title_en)
    second.close()


def test_the_drafting_page_fits_a_1280_pixel_window(window, qtbot):
    """No sideways scrolling on a common laptop width: the page's least width fits."""
    window.resize(1280, 800)
    window.nav.setCurrentRow(window.pages.row_named("DraftingView"))
    page = window.drafting
    qtbot.waitUntil(lambda: page.document_id is not None, timeout=10_000)
    room = 1280 - window.nav.width() - 40  # the splitter handle and margins
    assert page.minimumSizeHint().width() <= room, (page.minimumSizeHint().width(), room)
