"""Threaded comments on the selected clause: new thread, reply, resolve and reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services import team
from meetingdesk.services.base import DeskError
from meetingdesk.services.drafting import comments
from meetingdesk.snapshots import Changes
from meetingdesk.snapshots.drafting import CommentSnap

from .. import labels
from ..team.rights import gate
from .context import DraftingContext

ID_ROLE = Qt.ItemDataRole.UserRole


class CommentsPanel(QWidget):
    def __init__(self, ctx: DraftingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clause_id: int | None = None
        self.threads: list[CommentSnap] = []
        self._by_id: dict[int, CommentSnap] = {}
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Comment"), self.tr("Author"), self.tr("Time")])
        self.tree.setWordWrap(True)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.body = QLineEdit(self)
        self.body.setPlaceholderText(self.tr("Write a comment…"))
        self.body.textChanged.connect(self._update_buttons)
        self.body.returnPressed.connect(self.add_thread)
        self.add_button = QPushButton(self.tr("Comment"), self)
        self.add_button.clicked.connect(self.add_thread)
        self.reply_button = QPushButton(self.tr("Reply"), self)
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button = QPushButton(self.tr("Resolve"), self)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        row = QHBoxLayout()
        row.addWidget(self.body, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.reply_button)
        row.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self._update_buttons()

    def show_clause(self, clause_id: int | None) -> None:
        self.clause_id = clause_id
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        self._by_id = {}
        self.threads = []
        if self.clause_id is not None:
            try:
                self.threads = comments.list_comments(self.ctx.desk, self.clause_id)
            except DeskError:
                self.threads = []
        for c in self.threads:
            self.tree.addTopLevelItem(self._item(c))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self._update_buttons()

    def _item(self, c: CommentSnap) -> QTreeWidgetItem:
        self._by_id[c.id] = c
        body = c.body
        if c.resolved:
            body = self.tr("[resolved] {body}").format(body=body)
        item = QTreeWidgetItem([body, c.author, labels.local_time(c.created_at, self.ctx.zone)])
        item.setData(0, ID_ROLE, c.id)
        item.setToolTip(0, c.body)
        if c.resolved:
            font = item.font(0)
            font.setItalic(True)
            item.setFont(0, font)
        for r in c.replies:
            item.addChild(self._item(r))
        return item

    def selected(self) -> CommentSnap | None:
        items = self.tree.selectedItems()
        return self._by_id.get(items[0].data(0, ID_ROLE)) if items else None

    def _update_buttons(self) -> None:
        has_text = bool(self.body.text().strip()) and self.clause_id is not None
        sel = self.selected()
        desk = self.ctx.desk
        gate(self.add_button, desk, team.COMMENTS, has_text)
        gate(self.reply_button, desk, team.COMMENTS, has_text and sel is not None)
        gate(self.resolve_button, desk, team.COMMENTS, sel is not None)
        self.resolve_button.setText(
            self.tr("Reopen") if sel is not None and sel.resolved else self.tr("Resolve")
        )

    def _post(self, parent_id: int | None) -> None:
        cid, body = self.clause_id, self.body.text()
        if cid is None:
            return
        done = self.ctx.write(
            self,
            lambda desk: comments.add_comment(desk, cid, body, parent_id=parent_id),
            Changes(clauses=(cid,)),
        )
        if done is not None:
            self.body.clear()
        self.reload()

    def add_thread(self) -> None:
        self._post(None)

    def reply(self) -> None:
        sel = self.selected()
        if sel is not None:
            self._post(sel.id)

    def toggle_resolved(self) -> None:
        sel = self.selected()
        if sel is None or self.clause_id is None:
            return
        fn = comments.reopen_comment if sel.resolved else comments.resolve_comment
        self.ctx.write(
            self, lambda desk: fn(desk, sel.id, sel.row_version), Changes(clauses=(self.clause_id,))
        )
        self.reload()
