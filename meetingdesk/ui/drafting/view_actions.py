"""The DraftingView's clause and document actions (status, lift ad ref, move, insert,
delete and restore, freeze, silence procedure, adopt, compare, export), kept apart from
the view's layout and reading code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from meetingdesk.services import drafting
from meetingdesk.services.drafting import documents, structure
from meetingdesk.snapshots import Changes, ClauseSnap

from .adoption import AdoptionDialog
from .compare import CompareDialog
from .dialogs import FreezeDialog, InsertClauseDialog, StatusDialog
from .silence import SilenceDialog

CONFIRM = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel


class DraftingActions:
    """Mixed into DraftingView (which provides ctx, clauses, hub, document_id, tr …)."""

    # -- clause actions -------------------------------------------------------------------

    def _selected(self) -> ClauseSnap | None:
        clause = self.clauses.current()
        return self.ctx.clause(clause.id) if clause else None

    def change_status(self) -> None:
        clause = self._selected()
        if clause is None:
            return
        data, ok = StatusDialog.get_status(clause.status, self.delegations, self)
        if ok:
            self.apply_status(clause.id, data.status, data.ad_ref, data.note)

    def apply_status(
        self, clause_id: int, status: str, ad_ref: tuple[str, ...] = (), note: str = ""
    ) -> ClauseSnap | None:
        clause = self.ctx.clause(clause_id)
        if clause is None:
            return None
        return self.ctx.write(
            self,
            lambda desk: drafting.set_status(
                desk,
                clause_id,
                status,
                expected_version=clause.row_version,
                ad_ref_codes=ad_ref,
                note=note,
            ),
            Changes(clauses=(clause_id,)),
        )

    def lift_ad_ref(self, clause_id: int, code: str) -> ClauseSnap | None:
        """Delegation ``code`` confirmed: lift its pending ad ref (the last one lifted
        makes the clause agreed)."""
        note = QCoreApplication.translate("DraftingView", "{code} confirmed").format(code=code)
        return self.ctx.write(
            self,
            lambda desk: drafting.lift_ad_ref(desk, clause_id, code, note=note),
            Changes(clauses=(clause_id,)),
        )

    def lift_menu(self, clause: ClauseSnap | None, parent: QWidget) -> QMenu:
        """One entry per delegation whose confirmation of the clause is pending."""
        menu = QMenu(parent)
        if clause is None or clause.status != "ad_ref":
            return menu
        for code in clause.ad_ref:
            action = menu.addAction(
                QCoreApplication.translate("DraftingView", "{code} confirmed — lift ad ref").format(
                    code=code
                )
            )
            action.setData(code)
            action.triggered.connect(
                lambda _checked=False, cid=clause.id, code=code: self.lift_ad_ref(cid, code)
            )
        return menu

    def clause_menu(self) -> QMenu | None:
        """The clause list's context menu for the selected clause."""
        clause = self._selected()
        if clause is None or self.ctx.read_only:
            return None
        menu = QMenu(self)
        if clause.status == "deleted":
            menu.addAction(
                QCoreApplication.translate("DraftingView", "Restore clause")
            ).triggered.connect(lambda _checked=False: self.restore_selected())
            return menu
        menu.addAction(QCoreApplication.translate("DraftingView", "Status…")).triggered.connect(
            lambda _checked=False: self.change_status()
        )
        lift = self.lift_menu(clause, menu)
        if not lift.isEmpty():
            lift.setTitle(QCoreApplication.translate("DraftingView", "Lift ad ref"))
            menu.addMenu(lift)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("DraftingView", "Delete…")).triggered.connect(
            lambda _checked=False: self.delete_selected()
        )
        return menu

    def restore_selected(self) -> ClauseSnap | None:
        """Bring the selected deleted clause back into the text."""
        clause = self._selected()
        if clause is None or clause.status != "deleted":
            return None
        snap = self.ctx.write(
            self,
            lambda desk: drafting.restore_clause(
                desk, clause.id, expected_version=clause.row_version
            ),
            Changes(clauses=(clause.id,), documents=True),
        )
        if snap is not None:
            self.clauses.select(clause.id)
        return snap

    def move_selected(self, step: int) -> None:
        """Move the clause one place up or down among its siblings (its sub-paragraphs go
        with it; a sub-paragraph stays under its paragraph)."""
        clause = self._selected()
        t = self.ctx.text
        if clause is None or t is None:
            return
        siblings = [c.id for c in t.clauses if c.parent_id == clause.parent_id]
        i = siblings.index(clause.id)
        j = i + step
        if j < 0 or j >= len(siblings):
            return
        rest = [x for x in siblings if x != clause.id]
        after = None if j == 0 else rest[j - 1]
        self.ctx.write(
            self,
            lambda desk: structure.move_in_outline(
                desk,
                clause.id,
                parent_id=clause.parent_id,
                after_clause_id=after,
                expected_version=clause.row_version,
            ),
            Changes(clauses=(clause.id,), documents=True),
        )
        self.clauses.select(clause.id)

    def insert_after(self) -> None:
        clause = self._selected()
        data, ok = InsertClauseDialog.get_clause(clause.kind if clause else "operative", self)
        if ok:
            self.add_clause(data.kind, data.text_en, data.text_ja, clause.id if clause else None)

    def add_clause(
        self, kind: str, text_en: str, text_ja: str = "", after: int | None = None
    ) -> int | None:
        doc_id = self.document_id
        if doc_id is None:
            return None
        cid = self.ctx.write(
            self,
            lambda desk: documents.add_clause(
                desk, doc_id, kind=kind, text_en=text_en, text_ja=text_ja, after_clause_id=after
            ),
            Changes(documents=True),
        )
        if cid is not None:
            self.clauses.select(cid)
        return cid

    def delete_selected(self) -> None:
        clause = self._selected()
        if clause is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("DraftingView", "Delete clause"),
            QCoreApplication.translate(
                "DraftingView",
                "Delete clause {number}? It stays in the history and can be compared, "
                "but leaves the current text.",
            ).format(number=clause.number or excerpt_of(clause)),
            CONFIRM,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        self.ctx.write(
            self,
            lambda desk: drafting.delete_clause(
                desk, clause.id, expected_version=clause.row_version
            ),
            Changes(clauses=(clause.id,), documents=True),
        )

    # -- document actions -----------------------------------------------------------------

    def freeze(self, data=None) -> None:
        if data is None:
            data, ok = FreezeDialog.get_freeze(self)
            if not ok:
                return
        doc_id = self.document_id
        if doc_id is None:
            return
        rev = self.ctx.write(
            self,
            lambda desk: documents.freeze_revision(
                desk, doc_id, kind=data.kind, note=data.note, label=data.label or None
            ),
            Changes(revisions=True, documents=True),
        )
        if rev is not None:
            self.hub.status_message.emit(
                QCoreApplication.translate("DraftingView", "Frozen as {label}").format(
                    label=rev.label
                )
            )

    def open_silence(self) -> SilenceDialog | None:
        """The silence procedure of the document on screen (not modal)."""
        if self.ctx.text is None:
            return None
        dialog = SilenceDialog(self.ctx, self.delegations, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def adopt(self) -> AdoptionDialog | None:
        """Adopt after the services' check: the reasons (and the override) in a dialog."""
        t = self.ctx.text
        if t is None:
            return None
        reasons = drafting.adoption_check(self.ctx.desk, t.document.id)
        if reasons:
            dialog = AdoptionDialog(t.document.title_en, reasons, self)
            self._adoption_dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.reason():
                return dialog
            version, why = t.document.row_version, dialog.reason()
            self.ctx.write(
                self,
                lambda desk: drafting.adopt_document(
                    desk, t.document.id, expected_version=version, override=why
                ),
                Changes(documents=True, revisions=True),
            )
            return dialog
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("DraftingView", "Adopt document"),
            QCoreApplication.translate(
                "DraftingView",
                "Adopt {name}? Its text is frozen for good: no clause can be edited afterwards.",
            ).format(name=t.document.title_en),
            CONFIRM,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return None
        version = t.document.row_version
        self.ctx.write(
            self,
            lambda desk: drafting.adopt_document(desk, t.document.id, expected_version=version),
            Changes(documents=True, revisions=True),
        )
        return None

    def open_compare(self) -> CompareDialog | None:
        t = self.ctx.text
        if t is None or not t.document.revision_labels:
            return None
        dialog = CompareDialog(self.ctx, t.document.revision_labels, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _export(self) -> None:
        if self.document_id is not None:
            self.exportRequested.emit(self.document_id, self.revision_label)


def excerpt_of(clause: ClauseSnap) -> str:
    text = clause.text_en
    return f"“{text[:30]}…”" if len(text) > 30 else f"“{text}”"
