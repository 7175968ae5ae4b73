"""Documents with their status and revisions; the selected one's clauses, read-only.

"Open for drafting" (or a double-click) asks the window to show the document in the
drafting page, where it is edited. New documents are made here (empty, or from a zero draft
in Word, text or pasted), renamed and put in order; a chair's next text is imported over
the selected document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from meetingdesk.services import team
from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.drafting import documents
from meetingdesk.snapshots import Changes, ClauseSnap, DocumentSnap, DocumentText, MeetingSnap
from meetingdesk.ui import labels
from meetingdesk.ui.hub import Hub
from meetingdesk.ui.labels import refusal
from meetingdesk.ui.models import Column
from meetingdesk.ui.qtnames import VERTICAL
from meetingdesk.ui.team.rights import gate
from meetingdesk.ui.view_base import ViewBase, any_of
from meetingdesk.ui.widgets import SnapshotTable


@dataclass(frozen=True)
class DocumentsData:
    documents: tuple[DocumentSnap, ...]
    texts: dict[int, DocumentText]
    #: document id → delegation code → (revision label, when) it last received
    received: dict[int, dict] = field(default_factory=dict)


class DocumentsView(ViewBase):
    #: the user asks to open a document for drafting (double-click; carries its id)
    document_requested = Signal(int)
    #: the user asks for a PDF of the selected document (id, revision label: "" = current)
    pdf_requested = Signal(int, str)

    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self._texts: dict[int, DocumentText] = {}
        self._received: dict[int, dict] = {}
        self._zone = "UTC"
        dcol = Column[DocumentSnap]
        self.documents = SnapshotTable(
            [
                dcol(self.tr("Name"), lambda d: d.short_name),
                dcol(self.tr("Kind"), lambda d: labels.document_kind(d.kind)),
                # both titles side by side: the first column in the interface's language
                # had said the Japanese twice under the Japanese interface
                dcol(self.tr("Title (English)"), lambda d: d.title_en, tooltip=True),
                dcol(self.tr("Title (Japanese)"), lambda d: d.title_ja, tooltip=True),
                dcol(self.tr("Status"), lambda d: labels.document_status(d.status)),
                dcol(self.tr("Clauses"), lambda d: d.clause_count, numeric=True),
                dcol(
                    self.tr("Revisions"),
                    lambda d: ", ".join(labels.revision_name(r) for r in d.revision_labels),
                ),
            ],
            stretch=(2, 3),
            parent=self,
        )
        self.documents.view.setAccessibleName(self.tr("Documents"))
        ccol = Column[ClauseSnap]
        self.clauses = SnapshotTable(
            [
                ccol(self.tr("No."), lambda c: c.number, lambda c: c.position),
                ccol(self.tr("Kind"), lambda c: labels.clause_kind(c.kind)),
                ccol(self.tr("Status"), self._status),
                ccol(self.tr("English"), lambda c: c.text_en),
                ccol(self.tr("Japanese"), lambda c: c.text_ja),
                ccol(self.tr("Open brackets"), lambda c: c.open_brackets, numeric=True),
            ],
            stretch=(3, 4),
            wrap=True,
            parent=self,
        )
        self.clauses.view.setAccessibleName(self.tr("Clauses"))
        self.open_button = QPushButton(self.tr("Open for drafting"), self)
        self.open_button.setToolTip(self.tr("Edit the selected document clause by clause"))
        self.open_button.clicked.connect(lambda _checked=False: self.open_current())
        self.open_button.setEnabled(False)
        self.pdf_button = QPushButton(self.tr("PDF…"), self)
        self.pdf_button.setToolTip(self.tr("Export the selected document as a PDF"))
        self.pdf_button.clicked.connect(lambda _checked=False: self._ask_pdf())
        self.pdf_button.setEnabled(False)
        hint = QLabel(self.tr("Double-click a document to open it for drafting."), self)
        self.new_button = QPushButton(self.tr("New document…"), self)
        self.new_button.clicked.connect(lambda _checked=False: self.new_document())
        self.import_button = QPushButton(self.tr("Import draft…"), self)
        self.import_button.setToolTip(
            self.tr("A new document from a Word, text or Markdown file, or pasted text")
        )
        self.import_button.clicked.connect(lambda _checked=False: self.import_draft())
        self.new_text_button = QPushButton(self.tr("Import new text…"), self)
        self.new_text_button.setToolTip(
            self.tr("The chair's next text of the selected document, from Word or pasted")
        )
        self.new_text_button.clicked.connect(
            lambda _checked=False: self.import_draft(self.documents.current())
        )
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.clicked.connect(lambda _checked=False: self.rename_document())
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.clicked.connect(lambda _checked=False: self.move_document(-1))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.clicked.connect(lambda _checked=False: self.move_document(1))
        self._document_buttons = (
            self.new_text_button,
            self.rename_button,
            self.up_button,
            self.down_button,
        )
        self._gate_buttons(None)
        manage = QHBoxLayout()
        for button in (self.new_button, self.import_button, *self._document_buttons):
            manage.addWidget(button)
        manage.addStretch(1)
        self.body.addLayout(manage)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.open_button)
        self.documents.current_changed.connect(self._show_clauses)
        self.documents.view.doubleClicked.connect(self._request_document)
        self.body.addLayout(row)
        self.received = QLabel(self)
        self.received.setWordWrap(True)
        split = QSplitter(VERTICAL, self)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.documents, 1)
        top_layout.addWidget(self.received)
        split.addWidget(top)
        split.addWidget(self.clauses)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        self.body.addWidget(split, 1)

    def title(self) -> str:
        return self.tr("Documents")

    def wants(self, changes: Changes) -> bool:
        return any_of(changes, "meeting", "documents", "clauses", "revisions")

    @staticmethod
    def fetch(desk: Desk, meeting: MeetingSnap) -> DocumentsData:
        from meetingdesk.services.exports.circulation import last_received

        docs = tuple(documents.list_documents(desk, meeting.id))
        texts = {d.id: documents.document_text(desk, d.id) for d in docs}
        received = {d.id: last_received(desk, d.id) for d in docs if d.revision_labels}
        return DocumentsData(docs, texts, received)

    def apply(self, data: DocumentsData | None) -> None:
        self._texts = dict(data.texts) if data else {}
        self._received = dict(data.received) if data else {}
        self._zone = self.hub.meeting.time_zone if self.hub.meeting else "UTC"
        rows = data.documents if data else ()
        self.documents.set_rows(rows, keep=lambda d: d.id, select_first=True)

    def _request_document(self, index: QModelIndex) -> None:
        document = self.documents.proxy.snap(index.row())
        if document is not None:
            self.document_requested.emit(document.id)

    def open_current(self) -> None:
        """Ask to open the selected document for drafting."""
        document = self.documents.current()
        if document is not None:
            self.document_requested.emit(document.id)

    def _ask_pdf(self) -> None:
        document = self.documents.current()
        if document is not None:
            self.pdf_requested.emit(document.id, "")

    # -- documents: new, import, rename, order ----------------------------------------------

    def _documents(self) -> list[DocumentSnap]:
        return list(self.documents.rows())

    def new_document(self) -> DocumentSnap | None:
        from .document_dialog import DocumentDialog

        if self.hub.meeting_id is None:
            return None
        fields, ok = DocumentDialog.get(self._documents(), None, self)
        if not ok or fields is None:
            return None
        try:
            doc = documents.add_document(
                self.hub.desk,
                self.hub.meeting_id,
                short_name=fields.short_name,
                title_en=fields.title_en,
                title_ja=fields.title_ja,
                kind=fields.kind,
                parent_id=fields.parent_id,
            )
        except DeskError as exc:
            self.show_notice(self.tr("Not saved: {reason}").format(reason=refusal(exc)))
            return None
        self.hub.publish(Changes(documents=True))
        return doc

    def import_dialog(self, target: DocumentSnap | None = None):
        """The import dialog (not yet shown): a new document, or a new text of target."""
        from .import_dialog import DraftImportDialog

        dialog = DraftImportDialog(
            self.hub.desk, self.hub.meeting_id, self._documents(), target, self
        )
        dialog.imported.connect(
            lambda _doc_id: self.hub.publish(
                Changes(documents=True, clauses=("*",), revisions=True)
            )
        )
        return dialog

    def import_draft(self, target: DocumentSnap | None = None) -> None:
        if self.hub.meeting_id is None:
            return
        dialog = self.import_dialog(target)
        dialog.exec()
        dialog.deleteLater()

    def rename_document(self) -> None:
        from .document_dialog import DocumentDialog

        current = self.documents.current()
        if current is None:
            return
        fields, ok = DocumentDialog.get(self._documents(), current, self)
        if not ok or fields is None:
            return
        try:
            documents.rename_document(
                self.hub.desk,
                current.id,
                expected_version=current.row_version,
                title_en=fields.title_en,
                title_ja=fields.title_ja,
                short_name=fields.short_name,
            )
        except DeskError as exc:
            self.show_notice(self.tr("Not saved: {reason}").format(reason=refusal(exc)))
            return
        self.hub.publish(Changes(documents=True))

    def move_document(self, offset: int) -> None:
        current = self.documents.current()
        if current is None:
            return
        try:
            documents.move_document(self.hub.desk, current.id, offset)
        except DeskError as exc:
            self.show_notice(self.tr("Not saved: {reason}").format(reason=refusal(exc)))
            return
        self.hub.publish(Changes(documents=True))

    def _show_clauses(self, document: DocumentSnap | None) -> None:
        self.open_button.setEnabled(document is not None)
        self.pdf_button.setEnabled(document is not None)
        self._gate_buttons(document)
        text = self._texts.get(document.id) if document else None
        self.clauses.set_rows(text.clauses if text else [])
        self.received.setText(self.received_text(document))

    def _gate_buttons(self, document: DocumentSnap | None) -> None:
        """Documents are the secretariat's: greyed, with the reason, for other roles."""
        desk = self.hub.desk
        gate(self.new_button, desk, team.DOCUMENTS, self.hub.meeting is not None)
        gate(self.import_button, desk, team.DOCUMENTS, self.hub.meeting is not None)
        for button in self._document_buttons:
            gate(button, desk, team.DOCUMENTS, document is not None)

    def received_text(self, document: DocumentSnap | None) -> str:
        """What each delegation last received of the document ("" before any circulation)."""
        got = self._received.get(document.id, {}) if document else {}
        if not got:
            return self.tr("Not circulated yet.") if document and document.revision_labels else ""
        parts = [
            self.tr("{code}: {revision} ({when})").format(
                code=code, revision=label, when=labels.local_time(when, self._zone)
            )
            for code, (label, when) in sorted(got.items())
        ]
        return self.tr("Last received: {list}").format(list="; ".join(parts))

    def _status(self, clause: ClauseSnap) -> str:
        status = labels.clause_status(clause.status)
        if clause.ad_ref:
            status += " " + self.tr("(ad ref: {codes})").format(codes=", ".join(clause.ad_ref))
        if clause.ja_stale:
            status += " · " + self.tr("Japanese outdated")
        return status
