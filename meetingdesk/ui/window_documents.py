"""The window's document commands: open a document, clause or action, print, import
proposals from Word, circulate — each acting on the document open for drafting, else the one
chosen on the Documents page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from meetingdesk.snapshots import Changes


class DocumentsMixin:
    """Mixed into MainWindow (which provides hub, nav, pages, drafting, exporter, _show,
    leave_drafting and _documents_selection).

    Texts use the "MainWindow" translation context, where they have always been."""

    def open_document(self, document_id: int) -> None:
        """Show a document on the drafting page (asking first about unsaved text)."""
        if document_id != self.drafting.document_id and not self.leave_drafting():
            return
        self.nav.setCurrentRow(self.pages.index(self.drafting))
        if document_id != self.drafting.document_id or self.drafting.revision_label:
            self.drafting.show_document(document_id)

    def find_in_documents(self) -> None:
        """Edit → Find in documents…: the drafting page's search box, focused."""
        self.nav.setCurrentRow(self.pages.index(self.drafting))
        self.drafting.focus_search()

    def open_clause(self, clause_id: int) -> None:
        """Show a clause (a paragraph an action implements) on the drafting page."""
        if not self.leave_drafting():
            return
        self.nav.setCurrentRow(self.pages.index(self.drafting))
        self.drafting.open_clause(clause_id)

    def open_action(self, action_id: int) -> None:
        """Show an annex action on the Action plan page (from a paragraph it implements)."""
        if not self.leave_drafting():
            return
        plan = self._show("ActionPlanView")
        if not plan.select_action(action_id):
            plan.pending_action = action_id  # selected when its data arrives

    def print_document(self, *, preview: bool) -> None:
        """Print (or preview) the final text of the document open for drafting, else of the
        document selected on the Documents page."""
        document_id = self.drafting.document_id
        label = self.drafting.revision_label if document_id is not None else ""
        if document_id is None:
            chosen = self._documents_selection()
            document_id = chosen.id if chosen is not None else None
        if document_id is None:
            QMessageBox.information(
                self,
                QCoreApplication.translate("MainWindow", "Print"),
                QCoreApplication.translate(
                    "MainWindow", "Choose a document on the Documents page first."
                ),
            )
            return
        if preview:
            self.exporter.preview_final(document_id, label)
        else:
            self.exporter.print_final(document_id, label)

    def _document_context(self) -> tuple[int | None, str]:
        """The document open for drafting (and its revision on screen), else the one chosen
        on the Documents page."""
        document_id = self.drafting.document_id if self._drafting_if_built() else None
        if document_id is not None:
            return document_id, self.drafting.revision_label or ""
        chosen = self._documents_selection()
        return (chosen.id if chosen is not None else None), ""

    def import_proposals(self) -> None:
        """File → Import proposals from Word…"""
        from .drafting.word_import import WordImportDialog

        if self.hub.meeting_id is None:
            return
        document_id, label = self._document_context()
        dialog = WordImportDialog(
            self.hub.desk, self.hub.meeting_id, self, document_id=document_id, revision_label=label
        )

        def imported(count: int) -> None:
            self.hub.publish(Changes(documents=True))
            self.hub.status_message.emit(
                QCoreApplication.translate(
                    "MainWindow", "%n proposal(s) imported from Word", "", count
                )
            )

        dialog.imported.connect(imported)
        dialog.exec()

    def circulate(self) -> None:
        """File → Circulate a revision…"""
        from .drafting.circulate import CirculateDialog

        if self.hub.meeting_id is None:
            return
        document_id, label = self._document_context()
        dialog = CirculateDialog(
            self.hub.desk, self.hub.meeting_id, self, document_id=document_id, revision_label=label
        )
        dialog.circulated.connect(lambda _snap: self.hub.publish(Changes(documents=True)))
        dialog.exec()
