"""The action plan: a sortable, filterable table of the annex actions with inline editing,
a detail panel (texts, partners, linked paragraphs, follow-up log) and a follow-up view of
overdue and due-soon actions per delegation; XLSX import (with preview) and export."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services import actions as action_services
from meetingdesk.services import team
from meetingdesk.services.base import Desk, DeskError
from meetingdesk.snapshots import Changes, MeetingSnap
from meetingdesk.snapshots.actions import ACTION_STATUSES, ActionSnap, FollowUpSummary
from meetingdesk.ui.view_base import ViewBase, any_of

from ..hub import Hub
from ..labels import refusal
from ..team.rights import gate, why_not
from .dialogs import ActionsImportDialog, FollowUpDialog
from .model import (
    COL_TITLE,
    ActionDelegate,
    ActionFilterProxy,
    ActionTableModel,
    status_text,
)

CLAUSE_ROLE = Qt.ItemDataRole.UserRole + 20


@dataclass(frozen=True)
class ActionPlanData:
    actions: list[ActionSnap]
    summary: FollowUpSummary
    codes: list[str]


#: the most a short column of the action table takes (its text wraps or is cut beyond)
SHORT_MOST = 100


class ActionPlanView(ViewBase):
    #: the person asked to see a paragraph (a linked clause) in the drafting view
    openClauseRequested = Signal(int)
    #: the user asks for a PDF of this kind (annex, followup)
    pdfRequested = Signal(str)

    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        self.data: ActionPlanData | None = None
        #: an action to select once the data has arrived (followed from a paragraph)
        self.pending_action: int | None = None
        super().__init__(hub, parent)
        self.model = ActionTableModel(self._edit, self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_TITLE, self.table.horizontalHeader().ResizeMode.Stretch
        )
        self.table.setItemDelegate(
            ActionDelegate(lambda: self.data.codes if self.data else [], self)
        )
        self.table.selectionModel().selectionChanged.connect(self._show_detail)

        self.owner = QComboBox(self)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("All statuses"), "")
        for st in ACTION_STATUSES:
            self.status.addItem(status_text(st), st)
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.linked = QComboBox(self)
        self.linked.setAccessibleName(self.tr("Linked paragraphs"))
        for box in (self.owner, self.status, self.linked):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._apply_filters)
        self.overdue.toggled.connect(self._apply_filters)
        annex_button = QPushButton(self.tr("Annex PDF…"), self)
        annex_button.clicked.connect(lambda _checked=False: self.pdfRequested.emit("annex"))
        followup_button = QPushButton(self.tr("Follow-up report PDF…"), self)
        followup_button.clicked.connect(lambda _checked=False: self.pdfRequested.emit("followup"))
        self.new_button = QPushButton(self.tr("New action…"), self)
        self.new_button.setToolTip(self.tr("Add an action to an annex, typed here"))
        self.new_button.clicked.connect(lambda _checked=False: self.new_action())
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.clicked.connect(self.import_xlsx)
        export_button = QPushButton(self.tr("Export…"), self)
        export_button.clicked.connect(self.export_xlsx)
        self.carry_button = QPushButton(self.tr("Carry over…"), self)
        self.carry_button.setToolTip(
            self.tr("Start the next meeting's action list from the open actions of this one")
        )
        self.carry_button.clicked.connect(lambda _checked=False: self.carry_over())
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Owner"), self.owner),
            (self.tr("Status"), self.status),
            (self.tr("Implements"), self.linked),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        # The commands get their own row: beside the filters the page outgrew a 1280 px
        # window in Japanese and scrolled sideways.
        commands = QHBoxLayout()
        for button in (
            self.new_button,
            self.import_button,
            export_button,
            self.carry_button,
            annex_button,
            followup_button,
        ):
            commands.addWidget(button)
        commands.addStretch(1)

        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("The action in detail"))
        self.links = QListWidget(self)
        self.links.setAccessibleName(self.tr("Paragraphs it implements"))
        self.links.itemActivated.connect(self._open_link)
        self.follow_ups = QListWidget(self)
        self.follow_ups.setAccessibleName(self.tr("Follow-up"))
        self.add_follow_up_button = QPushButton(self.tr("Add follow-up…"), self)
        self.add_follow_up_button.clicked.connect(self.add_follow_up)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 3)
        side_layout.addWidget(QLabel(self.tr("Implements (double-click to open)"), side))
        side_layout.addWidget(self.links, 1)
        side_layout.addWidget(QLabel(self.tr("Follow-up log"), side))
        side_layout.addWidget(self.follow_ups, 1)
        side_layout.addWidget(self.add_follow_up_button)
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 320])  # the table first: its titles need the room
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(filters)
        list_layout.addLayout(commands)
        list_layout.addWidget(split, 1)

        self.follow_up_tree = QTreeWidget(self)
        self.follow_up_tree.setHeaderLabels(
            [self.tr("Delegation / action"), self.tr("Target date"), self.tr("Status")]
        )
        self.follow_up_tree.itemActivated.connect(self._open_tree_item)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(list_page, self.tr("Actions"))
        self.tabs.addTab(self.follow_up_tree, self.tr("Follow-up"))
        self.body.addWidget(self.tabs, 1)
        self._show_detail()

    # -- ViewBase ---------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Action plan")

    def wants(self, changes: Changes) -> bool:
        return any_of(changes, "meeting", "documents", "clauses", "actions", "delegations")

    @staticmethod
    def fetch(desk: Desk, meeting: MeetingSnap) -> ActionPlanData:
        from meetingdesk.services.logistics.delegations import list_delegations

        summary = action_services.follow_up_summary(desk, meeting.id)
        codes = [d.code for d in list_delegations(desk, meeting.id)]
        return ActionPlanData(list(summary.actions), summary, codes)

    def apply(self, data: ActionPlanData | None) -> None:
        current = self.current()
        self.data = data
        self.model.set_rows(data.actions if data else [])
        self._fit_columns()
        self._fill_filters()
        self._fill_tree()
        if self.pending_action is not None:
            self.select_action(self.pending_action)
            self.pending_action = None
        elif current is not None:
            self.select_action(current.id)
        self._show_detail()

    def _fit_columns(self) -> None:
        """The short columns as wide as what they hold (at most SHORT_MOST), the title over
        the rest: six default 100 px columns had left the title ~30 px at 1280 px."""
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            if col != COL_TITLE:
                self.table.resizeColumnToContents(col)
                header.resizeSection(col, min(header.sectionSize(col), SHORT_MOST))

    # -- filters ----------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        actions = self.data.actions if self.data else []
        for box, items, everything in (
            (
                self.owner,
                [(c, c) for c in sorted({a.owner_code for a in actions})],
                self.tr("All owners"),
            ),
            (self.linked, self._link_choices(actions), self.tr("Any paragraph")),
        ):
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for text, value in items:
                box.addItem(text, value)
            box.setCurrentIndex(max(box.findData(keep), 0))
            box.blockSignals(False)
        self._apply_filters()

    @staticmethod
    def _link_choices(actions: list[ActionSnap]) -> list[tuple[str, int]]:
        seen: dict[int, tuple[tuple, str]] = {}
        for a in actions:
            for x in a.links:
                text = x.ref if not x.deleted else f"{x.document_name}: † {x.text_en[:30]}"
                seen[x.clause_id] = ((x.document_id, x.deleted, x.number.zfill(6)), text)
        return [(text, cid) for cid, (_key, text) in sorted(seen.items(), key=lambda i: i[1][0])]

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            owner=self.owner.currentData() or "",
            status=self.status.currentData() or "",
            overdue_only=self.overdue.isChecked(),
            linked_clause_id=self.linked.currentData(),
        )

    def shown(self) -> list[ActionSnap]:
        return [self.proxy.snap(r) for r in range(self.proxy.rowCount())]

    # -- selection and detail ---------------------------------------------------------------

    def current(self) -> ActionSnap | None:
        rows = self.table.selectionModel().selectedRows() if self.table.model() else []
        return self.proxy.snap(rows[0].row()) if rows else None

    def select_action(self, action_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            if self.proxy.snap(r).id == action_id:
                self.table.selectRow(r)
                return True
        return False

    def _show_detail(self, *_args) -> None:
        a = self.current()
        self.links.clear()
        self.follow_ups.clear()
        self._gate(a)
        if a is None:
            self.detail.setPlainText(self.tr("Select an action to see its texts and links."))
            return
        parts = [
            f"<h3>{a.number} {_esc(a.title_en)}</h3>",
            f"<p>{_esc(a.text_en)}</p>",
            f"<p><b>{_esc(a.title_ja)}</b><br/>{_esc(a.text_ja)}</p>",
            "<p>"
            + self.tr("Owner: {owner}").format(owner=_esc(f"{a.owner_code} {a.owner_name_en}"))
            + "<br/>"
            + self.tr("Partners: {codes}").format(codes=", ".join(a.partner_codes) or "—")
            + "<br/>"
            + self.tr("Contact: {name}").format(name=_esc(a.contact_name) or "—")
            + "</p>",
        ]
        if a.carried_from_id:
            parts.append("<p>" + self.tr("Carried over from an earlier meeting.") + "</p>")
        self.detail.setHtml("".join(parts))
        for x in a.links:
            if x.deleted:
                text = self.tr("{doc}: deleted paragraph — {words}").format(
                    doc=x.document_name, words=x.text_en[:60]
                )
            else:
                text = f"{x.ref}  {x.text_en[:60]}"
            item = QListWidgetItem(text, self.links)
            item.setData(CLAUSE_ROLE, x.clause_id)
        for f in a.follow_ups:
            QListWidgetItem(f"{f.on_date.isoformat()}  {f.note}  ({f.author})", self.follow_ups)

    def _gate(self, a: ActionSnap | None) -> None:
        """The action plan is the secretariat's: greyed, with the reason, for other roles."""
        desk, has_meeting = self.hub.desk, self.hub.meeting is not None
        for button in (self.new_button, self.import_button, self.carry_button):
            gate(button, desk, team.MEETING, has_meeting)
        gate(self.add_follow_up_button, desk, team.MEETING, a is not None)
        refusal = why_not(desk, team.MEETING)
        if refusal != self.model.refusal:
            self.model.layoutAboutToBeChanged.emit()
            self.model.refusal = refusal
            self.model.layoutChanged.emit()

    def _open_link(self, item: QListWidgetItem) -> None:
        self.openClauseRequested.emit(int(item.data(CLAUSE_ROLE)))

    def _open_tree_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        action_id = item.data(0, CLAUSE_ROLE)
        if action_id is not None:
            self.tabs.setCurrentIndex(0)
            self.select_action(int(action_id))

    def _fill_tree(self) -> None:
        self.follow_up_tree.clear()
        if self.data is None:
            return
        summary = self.data.summary
        for row in summary.delegations:
            if not row.overdue and not row.due_soon:
                continue
            top = QTreeWidgetItem(
                self.follow_up_tree,
                [
                    f"{row.code} {row.name_en}",
                    "",
                    self.tr("{late} overdue, {soon} due soon").format(
                        late=len(row.overdue), soon=len(row.due_soon)
                    ),
                ],
            )
            for a in (*row.overdue, *row.due_soon):
                state = self.tr("overdue") if a.overdue else self.tr("due soon")
                child = QTreeWidgetItem(
                    top,
                    [f"{a.number} {a.title_en}", a.target_date.isoformat(), state],
                )
                child.setData(0, CLAUSE_ROLE, a.id)
            top.setExpanded(True)
        for col in range(3):
            self.follow_up_tree.resizeColumnToContents(col)

    # -- writes -----------------------------------------------------------------------------

    def _zone(self) -> str:
        """The meeting's zone: a refusal shows its times in it."""
        return self.hub.meeting.time_zone if self.hub.meeting is not None else "UTC"

    def _edit(self, a: ActionSnap, fields: dict) -> bool:
        try:
            action_services.edit_action(
                self.hub.desk, a.id, expected_version=a.row_version, **fields
            )
        except DeskError as exc:
            self.show_notice(
                self.tr("Not saved: {reason}").format(reason=refusal(exc, self._zone()))
            )
            return False
        self.hub.publish(Changes(actions=True))
        return True

    def add_follow_up(self) -> None:
        a = self.current()
        if a is None:
            return
        data, ok = FollowUpDialog.get(self)
        if not ok or data is None:
            return
        try:
            action_services.add_follow_up(self.hub.desk, a.id, data[0], data[1])
        except DeskError as exc:
            self.show_notice(
                self.tr("Not saved: {reason}").format(reason=refusal(exc, self._zone()))
            )
            return
        self.hub.publish(Changes(actions=True))

    def new_action(self, fields=None) -> ActionSnap | None:
        """Ask for a new action (or take ``fields``, a NewAction) and create it."""
        from meetingdesk.services.drafting import documents

        from .new_action_dialog import NewActionDialog

        if self.hub.meeting_id is None:
            return None
        if fields is None:
            annexes = [
                d
                for d in documents.list_documents(self.hub.desk, self.hub.meeting_id)
                if d.kind == "annex" and d.status != "adopted"
            ]
            if not annexes:
                self.show_notice(
                    self.tr(
                        "Actions live in an annex: create an annex document first "
                        "(Documents page, New document…)."
                    )
                )
                return None
            codes = self.data.codes if self.data else []
            fields, ok = NewActionDialog.get(annexes, codes, self)
            if not ok or fields is None:
                return None
        try:
            snap = action_services.create_action(
                self.hub.desk,
                fields.annex_id,
                text_en=fields.text_en,
                text_ja=fields.text_ja,
                title_en=fields.title_en,
                title_ja=fields.title_ja,
                owner_code=fields.owner_code,
                partner_codes=fields.partner_codes,
                target_date=fields.target_date,
                status=fields.status,
            )
        except DeskError as exc:
            self.show_notice(
                self.tr("Not saved: {reason}").format(reason=refusal(exc, self._zone()))
            )
            return None
        self.pending_action = snap.id
        self.hub.publish(Changes(actions=True, clauses=("*",)))
        return snap

    def import_xlsx(self, path: Path | None = None) -> ActionsImportDialog | None:
        if self.hub.meeting_id is None:
            return None
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import actions"),
                "",
                self.tr("Spreadsheets (*.xlsx *.ods *.csv);;All files (*)"),
            )
            if not name:
                return None
            path = Path(name)
        dialog = ActionsImportDialog(self.hub.desk, self.hub.meeting_id, path, self)
        if dialog.exec() and dialog.imported:
            self.hub.publish(Changes(actions=True, clauses=("*",)))
        return dialog

    def carry_over(self) -> None:
        """Copy this meeting's open actions into another (or a new) meeting."""
        from meetingdesk.services.actions.carry_over import carry_over

        from .carry_over_dialog import CarryOverDialog

        meeting = self.hub.meeting
        if meeting is None:
            return
        choice, ok = CarryOverDialog.get_target(self, self.hub.desk, meeting)
        if not ok or choice is None:
            return
        target_id, add_delegations = choice
        try:
            report = carry_over(
                self.hub.desk, meeting.id, target_id, add_delegations=add_delegations
            )
        except DeskError as exc:
            self.show_notice(
                self.tr("Nothing carried over: {reason}").format(reason=refusal(exc, self._zone()))
            )
            return
        self.hub.publish(Changes(meeting=True, delegations=True, actions=True, documents=True))
        text = self.tr("{added} action(s) carried over, {skipped} already there.").format(
            added=len(report.added), skipped=report.skipped
        )
        if report.warnings:
            text += " " + " ".join(report.warnings)
        self.hub.status_message.emit(text)
        self.show_notice(text)

    def export_xlsx(self, path: Path | None = None) -> None:
        from meetingdesk.services.actions.xlsx import export_actions_xlsx

        if self.hub.meeting_id is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export actions"), "actions.xlsx", self.tr("Workbook (*.xlsx)")
            )
            if not name:
                return
            path = Path(name)
        try:
            export_actions_xlsx(self.hub.desk, self.hub.meeting_id, path)
        except DeskError as exc:
            self.show_notice(
                self.tr("Export failed: {reason}").format(reason=refusal(exc, self._zone()))
            )
            return
        self.hub.status_message.emit(self.tr("Actions written to {path}").format(path=str(path)))


def _esc(text: str) -> str:
    from html import escape

    return escape(text or "")
