"""The DraftingView's structure actions: indent and outdent a clause (sub-paragraphs),
renumber as clean text (with the concordance shown), resolve a bracket from the editor
(keep an alternative or drop the passage; undo as one step) and the projector."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services import team
from meetingdesk.services.drafting import resolution, structure
from meetingdesk.snapshots import Changes, ClauseSnap
from meetingdesk.snapshots.drafting import ConcordanceRow
from meetingdesk.text.brackets import BracketError, bracket_at, bracket_spans

from ..team.rights import gate
from .context import DraftingContext
from .projector import ProjectorWindow

CONFIRM = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
MAX_SHORTCUT_ALTERNATIVES = 9


def resolution_note(text: str, index: int, choice: int | None) -> str:
    """What a resolution did, in the reader's words ("Alternative 2 {FRA} of bracket 1
    kept"); the services keep the English note for the version and the audit."""
    try:
        span = bracket_spans(text)[index]
    except (BracketError, IndexError):
        return ""
    n = index + 1
    if choice is None:
        return QCoreApplication.translate("DraftingStructure", "Bracket {n} dropped").format(n=n)
    if len(span.alternatives) == 1:
        return QCoreApplication.translate(
            "DraftingStructure", "Brackets lifted from bracket {n}"
        ).format(n=n)
    codes = span.delegations[choice] if choice < len(span.delegations) else ()
    who = " {" + ", ".join(codes) + "}" if codes else ""
    return QCoreApplication.translate(
        "DraftingStructure", "Alternative {k}{who} of bracket {n} kept"
    ).format(k=choice + 1, who=who, n=n)


class ResolveBracketCommand(QUndoCommand):
    """One resolution (both languages) as one undo step: undo restores both texts, redo
    resolves again; each checks the heads the view last read."""

    def __init__(
        self,
        ctx: DraftingContext,
        done: resolution.Resolution,
        lang: str,
        index: int,
        choice,
        note: str = "",
    ) -> None:
        super().__init__(note or done.note)
        self.ctx, self.done, self.lang, self.index, self.choice = ctx, done, lang, index, choice
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        c = self.ctx.clause(self.done.clause.id)
        if c is None:
            self.setObsolete(True)
            return
        again = self.ctx.write(
            self.ctx.parent(),
            lambda desk: resolution.resolve_bracket(
                desk,
                c.id,
                self.lang,
                self.index,
                self.choice,
                expected_en_head=c.en_version_id,
                expected_ja_head=c.ja_version_id,
            ),
            Changes(clauses=(c.id,)),
        )
        if again is None:
            self.setObsolete(True)
        else:
            self.done = again

    def undo(self) -> None:
        back = self.ctx.write(
            self.ctx.parent(),
            lambda desk: resolution.undo_resolution(desk, self.done),
            Changes(clauses=(self.done.clause.id,)),
        )
        if back is None:
            self.setObsolete(True)


class ConcordanceDialog(QDialog):
    """The old → new numbers of a renumbering."""

    def __init__(self, label: str, rows: tuple[ConcordanceRow, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("DraftingStructure", "Concordance — {label}").format(
                label=label
            )
        )
        changed = [r for r in rows if r.old_number != r.new_number]
        self.table = QTableWidget(len(changed), 2, self)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("DraftingStructure", "Before"),
                QCoreApplication.translate("DraftingStructure", "After"),
            ]
        )
        for i, r in enumerate(changed):
            self.table.setItem(i, 0, QTableWidgetItem(r.old_number))
            self.table.setItem(
                i,
                1,
                QTableWidgetItem(
                    r.new_number or QCoreApplication.translate("DraftingStructure", "[deleted]")
                ),
            )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        note = QLabel(
            QCoreApplication.translate("DraftingStructure", "Numbers not listed are unchanged."),
            self,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(360, 420)


class StructureActions:
    """Mixed into DraftingView (which provides ctx, clauses, editor, hub, document_id …)."""

    projector: ProjectorWindow | None = None

    def _build_structure_actions(self) -> None:
        """Actions and shortcuts (called once by the view's constructor)."""
        self.indent_action = self._action(
            QCoreApplication.translate("DraftingStructure", "Indent"),
            "Alt+Shift+Right",
            self.indent_selected,
        )
        self.outdent_action = self._action(
            QCoreApplication.translate("DraftingStructure", "Outdent"),
            "Alt+Shift+Left",
            self.outdent_selected,
        )
        self.indent_action.setToolTip(
            QCoreApplication.translate(
                "DraftingStructure", "Make the clause a sub-paragraph of the one above"
            )
        )
        self.outdent_action.setToolTip(
            QCoreApplication.translate("DraftingStructure", "Lift the sub-paragraph one level")
        )
        self.renumber_action = self._action(
            QCoreApplication.translate("DraftingStructure", "Renumber as clean text…"),
            None,
            self.renumber_clean,
        )
        self.renumber_action.setToolTip(
            QCoreApplication.translate(
                "DraftingStructure",
                "End the round: number every paragraph afresh and freeze a clean text",
            )
        )
        self.bis_action = QAction(
            QCoreApplication.translate("DraftingStructure", "Keep numbers in the round"), self
        )
        self.bis_action.setCheckable(True)
        self.bis_action.setToolTip(
            QCoreApplication.translate(
                "DraftingStructure",
                "On: once a revision is frozen, new paragraphs are 8bis, 8ter… and deleted ones "
                "keep their number until the clean text. Off: numbers follow the order at once.",
            )
        )
        self.bis_action.toggled.connect(self._numbering_toggled)
        self.resolve_actions: list[QAction] = []
        for n in range(MAX_SHORTCUT_ALTERNATIVES + 1):
            key = f"Ctrl+Alt+{n}"
            action = self._action(
                QCoreApplication.translate("DraftingStructure", "Drop bracket")
                if n == 0
                else QCoreApplication.translate("DraftingStructure", "Keep alternative {n}").format(
                    n=n
                ),
                key,
                lambda n=n: self.resolve_at_cursor(None if n == 0 else n - 1),
            )
            self.resolve_actions.append(action)
        for lang, edit in self.editor.edits.items():
            edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            edit.customContextMenuRequested.connect(
                lambda point, lang=lang: self._editor_menu(lang, point)
            )

    # -- indent, outdent, renumber --------------------------------------------------------

    def indent_selected(self) -> ClauseSnap | None:
        return self._structure(structure.indent_clause)

    def outdent_selected(self) -> ClauseSnap | None:
        return self._structure(structure.outdent_clause)

    def _structure(self, fn) -> ClauseSnap | None:
        clause = self._selected()
        if clause is None or self.ctx.read_only:
            return None

        def run(desk):  # a refused edit says its rule in the window's words (ui/refusals)
            return fn(desk, clause.id, expected_version=clause.row_version)

        snap = self.ctx.write(self, run, Changes(clauses=(clause.id,), documents=True))
        if snap is not None:
            self.clauses.select(clause.id)
        return snap

    def _numbering_toggled(self, on: bool) -> None:
        t = self.ctx.text
        if t is None or self.ctx.read_only or getattr(self, "_syncing_numbering", False):
            return
        mode = "bis" if on else "renumber"
        if t.document.numbering == mode:
            return
        version = t.document.row_version
        done = self.ctx.write(
            self,
            lambda desk: structure.set_numbering(
                desk, t.document.id, mode, expected_version=version
            ),
            Changes(documents=True),
        )
        if done is None and self.ctx.text is not None:
            self.sync_numbering_action()

    def sync_numbering_action(self) -> None:
        """Show the document's numbering mode without writing it back."""
        t = self.ctx.text
        self._syncing_numbering = True
        try:
            self.bis_action.setChecked(t is not None and t.document.numbering != "renumber")
            gate(self.bis_action, self.ctx.desk, team.DOCUMENTS, not self.ctx.frozen)
        finally:
            self._syncing_numbering = False

    def renumber_clean(self, *, confirm: bool = True) -> tuple | None:
        doc_id = self.document_id
        if doc_id is None or self.ctx.read_only:
            return None
        if confirm:
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("DraftingStructure", "Renumber as clean text"),
                QCoreApplication.translate(
                    "DraftingStructure",
                    "Number every paragraph afresh (8bis becomes 9, deleted paragraphs leave "
                    "the text) and freeze a clean text with the concordance?",
                ),
                CONFIRM,
            )
            if answer != QMessageBox.StandardButton.Ok:
                return None
        result = self.ctx.write(
            self,
            lambda desk: structure.renumber_clean(desk, doc_id),
            Changes(revisions=True, documents=True),
        )
        if result is not None:
            rev, rows = result
            self.concordance_dialog = ConcordanceDialog(rev.label, rows, self)
            self.concordance_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.concordance_dialog.show()
        return result

    # -- resolving brackets ---------------------------------------------------------------

    def _focused_lang(self) -> str:
        for lang, edit in self.editor.edits.items():
            if edit.hasFocus():
                return lang
        return "en"

    def resolve_at_cursor(self, choice: int | None, lang: str | None = None):
        """Resolve the bracket under the editor's cursor (keep ``choice`` or drop it)."""
        lang = lang or self._focused_lang()
        edit: QPlainTextEdit = self.editor.edits[lang]
        found = bracket_at(edit.toPlainText(), edit.textCursor().position())
        if found is None:
            self.hub.status_message.emit(
                QCoreApplication.translate(
                    "DraftingStructure", "Put the cursor inside a bracket first"
                )
            )
            return None
        index, _alt = found
        return self.resolve_bracket(lang, index, choice)

    def resolve_bracket(self, lang: str, index: int, choice: int | None):
        clause = self.editor.clause
        if clause is None or self.ctx.read_only:
            return None
        if self.editor.is_dirty():
            QMessageBox.information(
                self,
                QCoreApplication.translate("DraftingStructure", "Resolve bracket"),
                QCoreApplication.translate(
                    "DraftingStructure",
                    "Save or revert your text first; a bracket is resolved on the saved text.",
                ),
            )
            return None
        note = resolution_note(clause.text_en if lang == "en" else clause.text_ja, index, choice)
        done = self.ctx.write(
            self,
            lambda desk: resolution.resolve_bracket(
                desk,
                clause.id,
                lang,
                index,
                choice,
                expected_en_head=self.editor.loaded_heads["en"],
                expected_ja_head=self.editor.loaded_heads["ja"],
            ),
            Changes(clauses=(clause.id,)),
        )
        if done is None:
            return None
        note = note or done.note
        self.ctx.undo_stack.push(ResolveBracketCommand(self.ctx, done, lang, index, choice, note))
        if not done.other_followed and clause.text_en and clause.text_ja:
            other = (
                QCoreApplication.translate("DraftingStructure", "Japanese")
                if lang == "en"
                else QCoreApplication.translate("DraftingStructure", "English")
            )
            self.hub.status_message.emit(
                QCoreApplication.translate(
                    "DraftingStructure",
                    "{note}; the {other} text has other brackets: it is now marked stale",
                ).format(note=note, other=other)
            )
        else:
            self.hub.status_message.emit(note)
        self.clauses.select(clause.id)
        return done

    def bracket_menu(self, lang: str, position: int, parent: QWidget) -> QMenu | None:
        """Keep alternative 1…n / drop the passage, for the bracket at ``position``."""
        edit = self.editor.edits[lang]
        text = edit.toPlainText()
        found = bracket_at(text, position)
        if found is None or self.ctx.read_only or self.editor.clause is None:
            return None
        index, _alt = found
        try:
            span = bracket_spans(text)[index]
        except BracketError:
            return None
        menu = QMenu(QCoreApplication.translate("DraftingStructure", "Resolve bracket"), parent)
        for k, (a, b) in enumerate(span.alternatives):
            words = text[a:b]
            shown = words if len(words) <= 40 else words[:39] + "…"
            who = " {" + ", ".join(span.delegations[k]) + "}" if span.delegations[k] else ""
            title = QCoreApplication.translate(
                "DraftingStructure", "Keep alternative {n}: “{text}”{who}"
            ).format(n=k + 1, text=shown, who=who)
            if len(span.alternatives) == 1:
                title = QCoreApplication.translate(
                    "DraftingStructure", "Lift the brackets: keep “{text}”"
                ).format(text=shown)
            action = menu.addAction(title)
            if k < MAX_SHORTCUT_ALTERNATIVES:
                action.setShortcut(QKeySequence(f"Ctrl+Alt+{k + 1}"))
            action.triggered.connect(lambda _c=False, k=k: self.resolve_bracket(lang, index, k))
        menu.addSeparator()
        drop = menu.addAction(
            QCoreApplication.translate("DraftingStructure", "Drop the bracketed text")
        )
        drop.setShortcut(QKeySequence("Ctrl+Alt+0"))
        drop.triggered.connect(lambda _c=False: self.resolve_bracket(lang, index, None))
        return menu

    def _editor_menu(self, lang: str, point: QPoint) -> None:
        edit = self.editor.edits[lang]
        menu = edit.createStandardContextMenu(point)
        position = edit.cursorForPosition(point).position()
        sub = self.bracket_menu(lang, position, menu)
        if sub is not None:
            menu.insertMenu(menu.actions()[0], sub)
            menu.insertSeparator(menu.actions()[1])
        menu.exec(edit.viewport().mapToGlobal(point))
        menu.deleteLater()

    # -- the projector --------------------------------------------------------------------

    def open_projector(self) -> ProjectorWindow:
        """Show the projector (creating it once); it follows the selection from now on."""
        if self.projector is None:
            self.projector = ProjectorWindow(self)
            self.clauses.clauseSelected.connect(lambda _c: self._feed_projector())
            self.refreshed.connect(self._feed_projector)
        self._feed_projector()
        self.projector.present()
        return self.projector

    def _feed_projector(self) -> None:
        if self.projector is None:
            return
        t = self.ctx.text
        current = self.clauses.current()
        self.projector.show_clauses(
            list(t.clauses) if t is not None else [], current.id if current else None
        )
