"""Persistent undo: each saved text is a QUndoCommand whose undo and redo write NEW
versions (restore_version), so history never rewinds and another window sees the undo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from meetingdesk.services import drafting
from meetingdesk.snapshots import Changes

from .context import DraftingContext


class SaveTextCommand(QUndoCommand):
    """A save of one language of one clause, from version ``before`` to ``after``.

    The save itself already happened when the command is pushed, so the first redo does
    nothing. Undo restores ``before`` as a new version, redo restores ``after``; both
    expect the head the view last read, so someone else's later save is never overwritten.
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
        expected = ctx.head(self.clause_id, self.lang)
        view = ctx.parent()
        result = ctx.write(
            view,
            lambda desk: drafting.restore_version(
                desk, self.clause_id, version_id, expected, note=note
            ),
            Changes(clauses=(self.clause_id,)),
        )
        if result is None:
            # Refused (someone else saved meanwhile): drop this step, keep their text.
            self.failed = True
            self.setObsolete(True)
            return
        ctx.clauseRequested.emit(self.clause_id)
