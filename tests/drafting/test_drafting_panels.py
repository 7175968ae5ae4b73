"""Status actions, adoption, comments, blame and the overview of the drafting window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from meetingdesk.services.drafting import documents
from meetingdesk.ui.drafting.dialogs import StatusData, StatusDialog


def select(view, number: str):
    clause = next(c for c in view.clauses.shown() if c.number == number)
    assert view.clauses.select(clause.id)
    return clause


def test_status_ad_ref_and_move(qtbot, view, monkeypatch):
    clause = select(view, "3.")
    monkeypatch.setattr(
        StatusDialog,
        "get_status",
        classmethod(lambda *a, **k: (StatusData("ad_ref", ("USA",), "capital"), True)),
    )
    qtbot.mouseClick(view.status_button, Qt.MouseButton.LeftButton)
    fresh = view.ctx.clause(clause.id)
    assert fresh.status == "ad_ref" and fresh.ad_ref == ("USA",)
    assert (
        "(USA)"
        in view.clauses.table.view.model()
        .index(next(i for i, c in enumerate(view.clauses.shown()) if c.id == clause.id), 2)
        .data()
    )

    qtbot.mouseClick(view.up_button, Qt.MouseButton.LeftButton)
    moved = view.ctx.clause(clause.id)
    assert moved.number == "3."  # numbers stay within a negotiating round
    order = [c.number for c in view.clauses.shown() if c.number in ("2.", "3.")]
    assert order == ["3.", "2."]
    assert view.clauses.current().id == clause.id


def test_adopted_document_is_read_only(qtbot, view, drafting_desk, boxes):
    # a small document without brackets can be adopted
    doc = documents.add_document(
        drafting_desk,
        view.ctx.meeting_id,
        short_name="summary",
        title_en="Chair's summary",
        kind="chair_summary",
    )
    documents.add_clause(
        drafting_desk,
        doc.id,
        text_en="Ministers met in Takamatsu.",
        text_ja="大臣は高松で会合した。",
    )
    view.show_document(doc.id)
    view.adopt_action.trigger()  # the confirmation box answers OK
    assert view.ctx.text.document.status == "adopted"
    assert view.editor.edits["en"].isReadOnly()
    assert "frozen, read-only" in view.editor.banner.text()
    assert not view.freeze_action.isEnabled() and not view.insert_button.isEnabled()


def test_comments_thread_reply_resolve(qtbot, view):
    select(view, "1.")
    view.tabs.setCurrentWidget(view.comments)
    panel = view.comments
    qtbot.keyClicks(panel.body, "Check with capitals")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [c.body for c in panel.threads] == ["Check with capitals"]
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.keyClicks(panel.body, "Done")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    assert [r.body for r in panel.threads[0].replies] == ["Done"]
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert panel.threads[0].resolved


def test_blame_and_overview(qtbot, view):
    clause = next(c for c in view.clauses.shown() if c.status == "bracketed")
    view.clauses.select(clause.id)
    view.tabs.setCurrentWidget(view.blame)
    snap = view.blame.browser.snap
    assert snap is not None and "".join(s.text for s in snap.spans) == clause.text_en
    span = snap.spans[0]
    assert span.author in view.blame.browser.describe(span)
    assert view.blame.browser.span_at(span.start) == span

    view.tabs.setCurrentWidget(view.overview)
    overview = view.overview.snap
    assert overview is not None and overview.open_brackets > 0
    assert view.overview.delegations.rowCount() == len(overview.delegations)
    assert len(view.overview.chart.points) == len(overview.progress)
    image = view.overview.chart.grab()
    assert not image.isNull()


def test_bracket_column_counts_groups_per_language(view):
    """One bracket group with two alternatives is one open bracket, not two."""
    rows = view.clauses.shown()
    bracketed = [(i, c) for i, c in enumerate(rows) if c.open_brackets or c.open_brackets_ja]
    assert bracketed
    model = view.clauses.table.view.model()
    for i, c in bracketed:
        shown = model.index(i, 3).data()
        expected = (
            str(c.open_brackets)
            if c.open_brackets == c.open_brackets_ja
            else f"{c.open_brackets} / {c.open_brackets_ja}"
        )
        assert shown == expected
