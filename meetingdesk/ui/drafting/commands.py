"""Persistent undo: each saved text is a QUndoCommand whose undo and redo write NEW
versions (restore_version), so history never rewinds and another window sees the undo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from meetingdesk.services import drafting
from meetingdesk.services.base import ConflictError
from meetingdesk.snapshots import Changes

from .context import DraftingContext


class SaveTextCommand(QUndoCommand):
    """A save of one language of one clause, from version ``before`` to ``after``.

    The save itself already happened when the command is pushed, so the first redo does
    nothing. Undo restores ``before`` as a new version, redo restores ``after``. Each
    expects, as the clause's head, the version this command itself wrote last — not the
    head the view shows, which a live refresh may have moved to a colleague's save or a
    check-in's merge. When the head moved, the step is refused as a conflict and the
    clause's text stays as the others left it.
    """

    def __init__(
        self, ctx: DraftingContext, clause_id: int, lang: str, before: int, after: int, label: str
    ) -> None:
        super().__init__(label)
        self.ctx = ctx
        self.clause_id = clause_id
        self.lang = lang
        self.before = before
        self.after = after
        #: the head this command left: ``after`` once saved, then each restore's new version
        self.written = after
        self._pushed = False
        self.failed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._restore(self.after)

    def undo(self) -> None:
        self._restore(self.before)

    def _restore(self, version_id: int) -> None:
        ctx = self.ctx
        note = QCoreApplication.translate("Drafting", "undo/redo in the editor")
        expected = self.written
        view = ctx.parent()
        result = ctx.write(
            view,
            lambda desk: drafting.restore_version(
                desk, self.clause_id, version_id, expected, note=note
            ),
            Changes(clauses=(self.clause_id,)),
            conflict=self._refused,
        )
        if result is None:
            # Refused (someone else saved meanwhile): drop this step, keep their text.
            self.failed = True
            self.setObsolete(True)
            return
        self.written = result.en_version_id if self.lang == "en" else result.ja_version_id
        ctx.clauseRequested.emit(self.clause_id)

    def _refused(self, exc: ConflictError) -> None:
        QMessageBox.warning(
            self.ctx.parent(),
            QCoreApplication.translate("Drafting", "Undo refused"),
            QCoreApplication.translate(
                "Drafting",
                "This clause was changed elsewhere (by a colleague or a check-in) after your "
                "edit, so undoing it would throw their work away. Nothing was changed; the "
                "undo history of this document is cleared.",
            ),
        )
        stack = self.ctx.undo_stack
        QTimer.singleShot(0, stack.clear)  # not from inside the stack's own undo()
        self.ctx.refresh()
