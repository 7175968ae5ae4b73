"""What the drafting panels share: the Desk, the hub, the document on screen, one way to
write (refusals shown as messages, changes announced on the hub) and the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from meetingdesk.services import team
from meetingdesk.services.base import ConflictError, Desk, DeskError
from meetingdesk.snapshots import Changes, ClauseSnap, DocumentText
from meetingdesk.ui import labels

from ..hub import Hub
from ..team.rights import refusal_text


class DraftingContext(QObject):
    """Shared state of one DraftingView; panels read it and write through it."""

    #: a clause the user wants to see (carries its id)
    clauseRequested = Signal(int)

    def __init__(self, desk_provider: Callable[[], Desk], hub: Hub, parent: QObject) -> None:
        super().__init__(parent)
        self._desk_provider = desk_provider
        self.hub = hub
        self.text: DocumentText | None = None
        #: the document's deleted clauses, read only while the list shows them
        self.deleted: tuple[ClauseSnap, ...] = ()
        self.undo_stack = QUndoStack(self)
        #: re-read the document on screen (set by the view)
        self.refresh: Callable[[], None] = lambda: None

    @property
    def desk(self) -> Desk:
        return self._desk_provider()

    @property
    def document_id(self) -> int | None:
        return self.text.document.id if self.text else None

    @property
    def zone(self) -> str:
        return self.text.meeting.time_zone if self.text else "UTC"

    @property
    def meeting_id(self) -> int | None:
        if self.text is not None:
            return self.text.meeting.id
        return self.hub.meeting_id

    @property
    def frozen(self) -> bool:
        """No text, a frozen revision on screen, or an adopted document: nobody edits it."""
        t = self.text
        return t is None or bool(t.revision_label) or t.document.status == "adopted"

    @property
    def read_only(self) -> bool:
        """The text is frozen, or the login may not edit text."""
        return self.frozen or not team.may(self.desk, team.EDIT_TEXT)

    def clause(self, clause_id: int) -> ClauseSnap | None:
        """A clause of the text on screen (or one of its deleted clauses), or None."""
        if self.text is None:
            return None
        found = next((c for c in self.text.clauses if c.id == clause_id), None)
        if found is None:
            found = next((c for c in self.deleted if c.id == clause_id), None)
        return found

    def head(self, clause_id: int, lang: str) -> int | None:
        c = self.clause(clause_id)
        if c is None:
            return None
        return c.en_version_id if lang == "en" else c.ja_version_id

    def write(
        self,
        parent: QWidget,
        fn: Callable[[Desk], Any],
        changes: Changes,
        *,
        conflict: Callable[[ConflictError], None] | None = None,
    ) -> Any:
        """Run one service write; a refusal is shown and None returned, nothing changes."""
        try:
            result = fn(self.desk)
        except ConflictError as exc:
            if conflict is not None:
                conflict(exc)
            else:
                QMessageBox.warning(
                    parent,
                    QCoreApplication.translate("Drafting", "Changed by someone else"),
                    labels.refusal(exc, self.zone),
                )
            return None
        except DeskError as exc:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("Drafting", "Not done"),
                refusal_text(exc, self.zone),
            )
            return None
        self.hub.publish(changes)
        return result
