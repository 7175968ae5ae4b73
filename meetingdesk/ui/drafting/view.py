"""DraftingView: the Documents area's editor for one document.

Left: the clause list and clause actions; right: the bilingual editor over tabs for
history, attribution, proposals, comments, search and the negotiation overview. Every
write goes through DraftingContext.write (refusals shown, changes published on the hub);
the view reloads on the hub's clause / document / revision changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services import drafting, team
from meetingdesk.services.base import Desk, DeskError, NotFound
from meetingdesk.services.drafting import documents, reading
from meetingdesk.services.logistics import delegations
from meetingdesk.snapshots import Changes, ClauseSnap, DelegationSnap
from meetingdesk.snapshots.drafting import SilenceSnap
from meetingdesk.ui import theme

from .. import labels
from ..hub import Hub
from ..qtnames import VERTICAL
from ..team.rights import gate, why_not
from .clause_list import ClauseList
from .comments import CommentsPanel
from .context import DraftingContext
from .editor import ClauseEditor
from .history import BlamePanel, HistoryPanel
from .overview import OverviewPanel
from .proposals import ProposalsPanel
from .search import SearchPanel
from .silence import BANNER_KINDS
from .silence import banner as silence_banner
from .structure_actions import StructureActions
from .view_actions import DraftingActions, excerpt_of

CURRENT = ""
SHORTCUT_SCOPE = Qt.ShortcutContext.WidgetWithChildrenShortcut
CONFIRM = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel


class DraftingView(QWidget, DraftingActions, StructureActions):
    #: unsaved text in the editor, or not (follow with the window's modified mark)
    modifiedChanged = Signal(bool)
    #: the user asks for a PDF of the document (document id, revision label or "")
    exportRequested = Signal(int, str)
    #: the document on screen changed (carries its id, or -1 for none)
    documentShown = Signal(int)
    #: the view finished (re)reading its document
    refreshed = Signal()
    #: the person follows a link to an annex action implementing a clause (its id)
    openActionRequested = Signal(int)

    def __init__(
        self, desk_provider: Callable[[], Desk], hub: Hub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DraftingView")
        self.ctx = DraftingContext(desk_provider, hub, self)
        self.ctx.refresh = self.refresh
        self.hub = hub
        self.document_id: int | None = None
        self.revision_label = CURRENT
        self.delegations: list[DelegationSnap] = []
        self._filling = False
        self.silence: SilenceSnap | None = None

        # -- toolbar ----------------------------------------------------------------------
        self.doc_title = QLabel(self)
        font = self.doc_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.doc_title.setFont(font)
        self.revision_box = QComboBox(self)
        self.revision_box.setAccessibleName(self.tr("Showing"))
        # Wide enough for "Current text (not frozen)" and "Rev.12 — chair's text".
        self.revision_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.revision_box.setMinimumContentsLength(18)
        self.revision_box.setToolTip(self.tr("Open the current text or a frozen revision"))
        self.revision_box.currentIndexChanged.connect(self._revision_chosen)
        self.toolbar = QToolBar(self)
        stack = self.ctx.undo_stack
        # Fixed labels (what would be undone goes in the tooltip): a label that grows with
        # "Undo save of clause 12 (en)" shifts every toolbar button after it.
        self.undo_action = self._stack_action(
            self.tr("Undo"),
            QKeySequence.StandardKey.Undo,
            stack.undo,
            stack.canUndoChanged,
            stack.undoTextChanged,
            stack.canUndo(),
        )
        self.redo_action = self._stack_action(
            self.tr("Redo"),
            QKeySequence.StandardKey.Redo,
            stack.redo,
            stack.canRedoChanged,
            stack.redoTextChanged,
            stack.canRedo(),
        )
        self.save_action = self._action(self.tr("Save"), QKeySequence.StandardKey.Save, self.save)
        self.freeze_action = self._action(self.tr("Freeze revision…"), None, self.freeze)
        self.compare_action = self._action(self.tr("Compare…"), None, self.open_compare)
        self.silence_action = self._action(self.tr("Silence procedure…"), None, self.open_silence)
        self.adopt_action = self._action(self.tr("Adopt document…"), None, self.adopt)
        self.export_action = self._action(self.tr("PDF…"), None, self._export)
        # Ctrl+F belongs to the main window's Edit → Find in documents… (one owner avoids
        # an ambiguous shortcut); this action only names the search for menus.
        self.search_action = self._action(self.tr("Search"), None, self.focus_search)
        for a in (self.undo_action, self.redo_action):
            a.setShortcutContext(SHORTCUT_SCOPE)
            self.addAction(a)
        for a in (self.save_action, self.undo_action, self.redo_action):
            self.toolbar.addAction(a)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(QLabel(self.tr("Showing:") + " ", self))
        self.toolbar.addWidget(self.revision_box)
        for a in (
            self.freeze_action,
            self.compare_action,
            self.silence_action,
            self.adopt_action,
            self.export_action,
        ):
            self.toolbar.addAction(a)

        # -- clause list and its actions --------------------------------------------------
        self.clauses = ClauseList(self)
        self.clauses.clauseSelected.connect(self._clause_selected)
        self.clauses.showDeletedChanged.connect(lambda _on: self.refresh())
        table = self.clauses.table.view
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._clause_context_menu)
        self.status_button = QPushButton(self.tr("Status…"), self)
        self.status_button.clicked.connect(self.change_status)
        # A push button with a menu: its size counts the menu arrow (a tool button's drew
        # the arrow over the end of "アド・レフを解除").
        self.lift_button = QPushButton(self.tr("Lift ad ref"), self)
        self.lift_button.setToolTip(
            self.tr("A delegation confirmed: lift its pending ad ref on this clause")
        )
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.insert_button = QPushButton(self.tr("Insert after…"), self)
        self.insert_button.clicked.connect(self.insert_after)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setToolTip(self.tr("Bring the deleted clause back into the text"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.hide()
        # Two rows: one row of nine buttons made the page wider than a 1280 px window.
        actions = QHBoxLayout()
        for b in (self.status_button, self.lift_button, self.up_button, self.down_button):
            actions.addWidget(b)
        actions.addStretch(1)
        edits = QHBoxLayout()
        for b in (self.insert_button, self.delete_button, self.restore_button):
            edits.addWidget(b)
        edits.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.clauses, 1)
        left_layout.addLayout(actions)
        left_layout.addLayout(edits)

        # -- editor and panels ------------------------------------------------------------
        self.editor = ClauseEditor(self.ctx, self)
        self._build_structure_actions()
        self.toolbar.insertAction(self.compare_action, self.renumber_action)
        self.toolbar.insertAction(self.renumber_action, self.bis_action)
        self.indent_button = QPushButton(self.tr("Indent"), self)
        self.indent_button.setToolTip(self.indent_action.toolTip() + " (Alt+Shift+→)")
        self.indent_button.clicked.connect(self.indent_selected)
        self.outdent_button = QPushButton(self.tr("Outdent"), self)
        self.outdent_button.setToolTip(self.outdent_action.toolTip() + " (Alt+Shift+←)")
        self.outdent_button.clicked.connect(self.outdent_selected)
        edits.insertWidget(0, self.indent_button)
        edits.insertWidget(1, self.outdent_button)
        self.editor.modifiedChanged.connect(self._modified)
        self.editor.openActionRequested.connect(self.openActionRequested)
        stack.cleanChanged.connect(self._clean_changed)
        self.history = HistoryPanel(self.ctx, self)
        self.blame = BlamePanel(self.ctx, self)
        self.proposals = ProposalsPanel(self.ctx, self)
        self.comments = CommentsPanel(self.ctx, self)
        self.search = SearchPanel(self.ctx, self)
        self.search.clauseRequested.connect(self.open_clause_in)
        self.overview = OverviewPanel(self.ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.blame, self.tr("Who wrote what"))
        self.tabs.addTab(self.proposals, self.tr("Proposals"))
        self.tabs.addTab(self.comments, self.tr("Comments"))
        self.tabs.addTab(self.search, self.tr("Search"))
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.currentChanged.connect(lambda _i: self._load_panels())
        # The page without a mouse: Ctrl+1 clause list, Ctrl+2 English, Ctrl+3 Japanese,
        # Ctrl+4 the panels below (Ctrl+Tab then moves between them).
        self.focus_keys = [
            self._action(text, key, slot)
            for text, key, slot in (
                (self.tr("Go to the clause list"), "Ctrl+1", self.clauses.table.view.setFocus),
                (self.tr("Go to the English text"), "Ctrl+2", self.editor.edits["en"].setFocus),
                (self.tr("Go to the Japanese text"), "Ctrl+3", self.editor.edits["ja"].setFocus),
                (self.tr("Go to the panels"), "Ctrl+4", self._focus_tabs),
            )
        ]
        for action in self.focus_keys:
            # also from the page list or the meeting box, where a keyboard user arrives on
            # this page; a hidden page's shortcuts are not active, so no other page meets them
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.ctx.clauseRequested.connect(self.open_clause)
        right = QSplitter(VERTICAL, self)
        right.addWidget(self.editor)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        right.setSizes([420, 420])  # room for both texts and the stale-translation row
        self.split = QSplitter(self)
        self.split.addWidget(left)
        self.split.addWidget(right)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        # the list first: the panels keep their least width (~450 px) and the English
        # column gets the rest, not a half (at 1280 px it read ~200 px)
        self.split.setSizes([900, 500])

        self.silence_label = QLabel(self)
        self.silence_label.setObjectName("silence_banner")
        # One line that never widens the page (a wrapping label in this layout would make
        # the page's scroll area take its preferred height and scroll); the tooltip has it all.
        self.silence_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.silence_label.hide()
        head = QHBoxLayout()
        head.addWidget(self.doc_title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.silence_label)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.split, 1)

        hub.changed.connect(self._on_changed)
        hub.desk_replaced.connect(lambda: self.show_document(None))
        self._update_actions()

    def _stack_action(self, text, key, slot, can_changed, text_changed, can_now) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(QKeySequence.keyBindings(key))  # the platform's keys
        action.triggered.connect(slot)
        action.setEnabled(can_now)
        can_changed.connect(action.setEnabled)
        text_changed.connect(
            lambda what, a=action, t=text: a.setToolTip(f"{t}: {what}" if what else t)
        )
        return action

    def _action(self, text: str, key, slot) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(SHORTCUT_SCOPE)
            self.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _focus_tabs(self) -> None:
        page = self.tabs.currentWidget()
        target = page.focusProxy() or page
        target.setFocus()
        if not target.hasFocus():
            self.tabs.tabBar().setFocus()

    # -- public slots ---------------------------------------------------------------------

    def show_document(self, document_id: int | None) -> None:
        """Show a document's current text (None: nothing)."""
        if document_id != self.document_id:
            self.ctx.undo_stack.clear()
        self.document_id = document_id
        self.revision_label = CURRENT
        self.delegations = []
        self.refresh()
        if self.ctx.text is not None:
            try:
                self.delegations = delegations.list_delegations(
                    self.ctx.desk, self.ctx.text.meeting.id
                )
            except DeskError:
                self.delegations = []
        self.proposals.set_delegations(self.delegations)
        if self.clauses.current() is None and self.clauses.shown():
            self.clauses.table.select_row(0)
        self.documentShown.emit(document_id if document_id is not None else -1)

    def open_clause(self, clause_id: int) -> None:
        """Select a clause (switching to the document that holds it if needed)."""
        if self.ctx.clause(clause_id) is None:
            doc_id = self._document_of(clause_id)
            if doc_id is None:
                return
            self.show_document(doc_id)
        elif self.revision_label:
            self.show_revision(CURRENT)
        self.clauses.select(clause_id)

    def open_clause_in(self, document_id: int, clause_id: int) -> None:
        if document_id != self.document_id or self.revision_label:
            self.show_document(document_id)
        self.clauses.select(clause_id)

    def show_revision(self, label: str) -> None:
        """Show a frozen revision read-only ("" = the current, editable text)."""
        index = self.revision_box.findData(label)
        if index >= 0:
            self.revision_box.setCurrentIndex(index)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.focus_box()

    def save(self) -> bool:
        return self.editor.save()

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the document (or revision) on screen and everything shown of it."""
        if self.document_id is None:
            self.ctx.text = None
            self.ctx.deleted = ()
            self.silence = None
            self._show_silence()
            self.doc_title.setText(self.tr("No document"))
            self.clauses.set_clauses([])
            self._fill_revisions(())
            self.editor.show_clause(None)
            self._update_actions()
            self.refreshed.emit()
            return
        try:
            text = documents.document_text(
                self.ctx.desk, self.document_id, self.revision_label or None
            )
        except NotFound:
            if self.revision_label:
                self.revision_label = CURRENT
                self.refresh()
            else:
                self.document_id = None
                self.refresh()
            return
        self.ctx.text = text
        doc = text.document
        title = labels.local_text(doc.title_en, doc.title_ja)
        self.doc_title.setText(f"{title} — {labels.document_status(doc.status)}")
        self._fill_revisions(doc.revision_labels)
        shown = text.clauses
        self.ctx.deleted = ()
        if self.clauses.show_deleted.isChecked() and not self.revision_label:
            shown = reading.document_clauses(self.ctx.desk, doc.id, include_deleted=True)
            self.ctx.deleted = tuple(c for c in shown if c.status == "deleted")
        self.silence = None
        if doc.silence_deadline is not None and doc.status != "adopted":
            self.silence = drafting.silence_state(self.ctx.desk, doc.id)
        self._show_silence()
        self.clauses.set_clauses(shown)
        current = self.clauses.current()
        self.editor.show_clause(self.ctx.clause(current.id) if current else None)
        self.editor.set_read_only(self.ctx.read_only, self._banner())
        self._load_panels()
        self._update_actions()
        self.refreshed.emit()

    def _banner(self) -> str:
        t = self.ctx.text
        if t is None:
            return ""
        if t.revision_label and labels.names_its_kind(t.revision_label):
            # "Zero draft — frozen (Zero draft, …)" would say it twice
            return self.tr("{label} — frozen, read-only ({time})").format(
                label=labels.revision_name(t.revision_label),
                time=labels.local_time(t.revision_at, t.meeting.time_zone),
            )
        if t.revision_label:
            return self.tr("{label} — frozen, read-only ({kind}, {time})").format(
                label=t.revision_label,
                kind=labels.revision_kind(t.revision_kind),
                time=labels.local_time(t.revision_at, t.meeting.time_zone),
            )
        if t.document.status == "adopted":
            return self.tr("Adopted {time} — frozen, read-only").format(
                time=labels.local_time(t.document.adopted_at, t.meeting.time_zone)
            )
        return why_not(self.ctx.desk, team.EDIT_TEXT)

    def _show_silence(self) -> None:
        """The document banner: under silence until …, broken by …, or held."""
        text, style = silence_banner(self.silence, self.ctx.zone)
        self.silence_label.setText(text)
        self.silence_label.setToolTip(text)
        kind = BANNER_KINDS.get(style)
        self.silence_label.setStyleSheet(theme.banner_style(kind) if kind else "")
        self.silence_label.setVisible(bool(text))

    def _fill_revisions(self, revision_labels) -> None:
        self._filling = True
        self.revision_box.clear()
        self.revision_box.addItem(self.tr("Current text"), CURRENT)
        for label in revision_labels:
            self.revision_box.addItem(
                self.tr("{label} (read-only)").format(label=labels.revision_name(label)), label
            )
        self.revision_box.setCurrentIndex(max(0, self.revision_box.findData(self.revision_label)))
        self._filling = False

    def _revision_chosen(self, _index: int) -> None:
        if self._filling:
            return
        label = self.revision_box.currentData() or CURRENT
        if label == self.revision_label:
            return
        self.revision_label = label
        self.refresh()

    def _clause_selected(self, clause: ClauseSnap | None) -> None:
        shown = self.editor.clause
        if (
            shown is not None
            and (clause is None or clause.id != shown.id)
            and self.editor.is_dirty()
            and not self._leave_dirty_clause()
        ):
            self.clauses.table.select_where(lambda c: c.id == shown.id)
            return
        fresh = self.ctx.clause(clause.id) if clause else None
        self.editor.show_clause(fresh)
        self.editor.set_read_only(self.ctx.read_only, self._banner())
        self._load_panels()
        self._update_actions()

    def _leave_dirty_clause(self) -> bool:
        """Unsaved text and another clause chosen: save it, drop it, or stay."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved text"),
            self.tr("The clause you are editing has unsaved text. Save it first?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
        )
        if answer == buttons.Save:
            return self.editor.save()
        return answer == buttons.Discard

    def _load_panels(self) -> None:
        """Reload the visible tab for the selected clause (hidden tabs load when shown)."""
        clause = self.clauses.current()
        cid = clause.id if clause else None
        panel = self.tabs.currentWidget()
        if panel is self.history:
            self.history.show_clause(cid)
        elif panel is self.blame:
            self.blame.show_clause(cid)
        elif panel is self.proposals:
            self.proposals.show_clause(cid)
        elif panel is self.comments:
            self.comments.show_clause(cid)
        elif panel is self.overview:
            self.overview.reload()

    def _on_changed(self, changes: Changes) -> None:
        if self.document_id is None:
            return
        if changes.meeting or changes.documents or changes.revisions or changes.clauses:
            self.refresh()

    def _document_of(self, clause_id: int) -> int | None:
        try:
            document_id, _position = reading.clause_location(self.ctx.desk, clause_id)
        except DeskError:
            return None
        return document_id

    def _clause_context_menu(self, point: QPoint) -> None:
        menu = self.clause_menu()
        if menu is not None and not menu.isEmpty():
            menu.exec(self.clauses.table.view.viewport().mapToGlobal(point))

    # -- state ----------------------------------------------------------------------------

    def _clean_changed(self, _clean: bool) -> None:
        from shiboken6 import isValid

        if isValid(self) and isValid(self.editor):
            self._modified(self.editor.is_dirty())

    def _modified(self, dirty: bool) -> None:
        from shiboken6 import isValid

        stack = self.ctx.undo_stack
        if not (isValid(self) and isValid(stack)):  # cleanChanged while the page is torn down
            return
        modified = dirty or not stack.isClean()
        if modified != self.isWindowModified():
            self.setWindowModified(modified)
            self.modifiedChanged.emit(modified)

    def _update_actions(self) -> None:
        t = self.ctx.text
        desk = self.ctx.desk
        open_text = not self.ctx.frozen  # a text on screen that may change at all
        writable = open_text and team.may(desk, team.EDIT_TEXT)
        clause = self.clauses.current()
        deleted = clause is not None and clause.status == "deleted"
        on_clause = open_text and clause is not None and not deleted
        live = writable and on_clause
        for item in (
            self.status_button,
            self.up_button,
            self.down_button,
            self.delete_button,
            self.indent_button,
            self.outdent_button,
            self.indent_action,
            self.outdent_action,
            *self.resolve_actions,
        ):
            gate(item, desk, team.EDIT_TEXT, on_clause)
        gate(self.renumber_action, desk, team.FREEZE, writable)
        self.sync_numbering_action()
        self.delete_button.setVisible(not deleted)
        self.restore_button.setVisible(deleted)
        gate(self.restore_button, desk, team.EDIT_TEXT, open_text and deleted)
        old_menu = self.lift_button.menu()
        self.lift_button.setMenu(self.lift_menu(clause if live else None, self.lift_button))
        if old_menu is not None:
            old_menu.deleteLater()
        gate(self.lift_button, desk, team.EDIT_TEXT, on_clause and bool(clause.ad_ref))
        gate(self.insert_button, desk, team.EDIT_TEXT, open_text)
        gate(self.silence_action, desk, team.SILENCE, t is not None and not t.revision_label)
        gate(self.freeze_action, desk, team.FREEZE, writable)
        gate(self.adopt_action, desk, team.ADOPT, writable)
        self.compare_action.setEnabled(t is not None and bool(t.document.revision_labels))
        self.export_action.setEnabled(t is not None)
        gate(self.save_action, desk, team.EDIT_TEXT, open_text)


__all__ = ["DraftingView", "excerpt_of"]
