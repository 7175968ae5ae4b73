"""Search over every document of the meeting (current text and, optionally, history)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.base import DeskError
from meetingdesk.services.drafting import search
from meetingdesk.snapshots.drafting import SearchHit

from .. import labels
from .context import DraftingContext

HIT_ROLE = Qt.ItemDataRole.UserRole
#: hits shown at first; "Show more" asks for ten times as many
FIRST_HITS = 100


class SearchPanel(QWidget):
    #: a hit was activated: (document id, clause id)
    clauseRequested = Signal(int, int)

    def __init__(self, ctx: DraftingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hits: list[SearchHit] = []
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("Search all documents, English and Japanese (Ctrl+F)"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search all documents"))
        self.box.returnPressed.connect(self._new_search)
        self.history = QCheckBox(self.tr("Include history"), self)
        self.history.toggled.connect(lambda _on: self._new_search())
        self.limit = FIRST_HITS
        self.status = QLabel(self)
        self.more = QPushButton(self.tr("Show more"), self)
        self.more.setVisible(False)
        self.more.clicked.connect(self._show_more)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._activated)
        row = QHBoxLayout()
        row.addWidget(self.box, 1)
        row.addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.more)
        layout.addLayout(status_row)
        layout.addWidget(self.results, 1)

    def focus_box(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def _new_search(self) -> None:
        self.limit = FIRST_HITS
        self.run()

    def _show_more(self) -> None:
        self.limit *= 10
        self.run()

    def run(self) -> None:
        query = self.box.text().strip()
        self.results.clear()
        self.hits = []
        self.more.setVisible(False)
        meeting_id = self.ctx.meeting_id
        if not query or meeting_id is None:
            self.status.setText("")
            return
        try:
            # One more than shown: it tells whether the list is complete.
            self.hits = search.search(
                self.ctx.desk,
                meeting_id,
                query,
                history=self.history.isChecked(),
                limit=self.limit + 1,
            )
        except DeskError as exc:
            self.status.setText(labels.refusal(exc))
            return
        if len(self.hits) > self.limit:
            self.hits = self.hits[: self.limit]
            self.status.setText(
                self.tr(
                    "The first %n hits; there are more — narrow the search or show more.",
                    "",
                    self.limit,
                )
            )
            self.more.setVisible(True)
        else:
            self.status.setText(self.tr("%n hit(s)", "", len(self.hits)))
        for hit in self.hits:
            self.results.addItem(self._item(hit))

    def _item(self, hit: SearchHit) -> QListWidgetItem:
        where = f"{hit.document_name} {hit.number or '—'} [{hit.language.upper()}]"
        if not hit.current:
            where += " " + self.tr("(older version of {time})").format(
                time=labels.local_time(hit.created_at, self.ctx.zone)
            )
        s = hit.snippet
        a, b = hit.match_start, hit.match_end
        text = f"{where}: {s[:a]}«{s[a:b]}»{s[b:]}"
        item = QListWidgetItem(text)
        item.setData(HIT_ROLE, (hit.document_id, hit.clause_id))
        return item

    def _activated(self, item: QListWidgetItem) -> None:
        doc_id, clause_id = item.data(HIT_ROLE)
        self.clauseRequested.emit(doc_id, clause_id)
