"""Stale Japanese: what changed in the English since the Japanese was translated.

The redline runs from the English version the Japanese head records as its source to the
current English head (services.compare.compare_versions), so a translator sees exactly
which words to carry over, then either edits the Japanese or confirms it is still right.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services import drafting
from meetingdesk.services.base import DeskError
from meetingdesk.services.drafting import compare
from meetingdesk.snapshots import ClauseSnap, VersionSnap
from meetingdesk.snapshots.drafting import VersionDiffSnap
from meetingdesk.ui.labels import refusal

from .. import labels
from .context import DraftingContext
from .redline import ops_html


@dataclass(frozen=True)
class EnglishChanges:
    """The English the Japanese was translated from, and how the English moved since."""

    source: VersionSnap | None  # None: the Japanese records no source
    current_en: VersionSnap | None
    diff: VersionDiffSnap | None


def english_changes(ctx: DraftingContext, clause: ClauseSnap) -> EnglishChanges:
    """Read the Japanese head's source and diff it against the current English."""
    desk = ctx.desk
    ja = drafting.history(desk, clause.id, "ja")
    en = {v.id: v for v in drafting.history(desk, clause.id, "en")}
    head_ja = next((v for v in ja if v.id == clause.ja_version_id), None)
    source_id = head_ja.translated_from_id if head_ja else None
    source = en.get(source_id) if source_id is not None else None
    current = en.get(clause.en_version_id) if clause.en_version_id is not None else None
    diff = None
    if source is not None and current is not None:
        diff = compare.compare_versions(desk, source.id, current.id)
    return EnglishChanges(source, current, diff)


class EnglishChangesDialog(QDialog):
    """The redline of the English since the translation, the Japanese as it is, and a
    button to confirm the Japanese is still right."""

    #: the person confirmed the Japanese is up to date
    confirmRequested = Signal()

    def __init__(
        self,
        ctx: DraftingContext,
        clause: ClauseSnap,
        parent: QWidget | None = None,
        *,
        can_confirm: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clause = clause
        number = clause.number or labels.clause_kind(clause.kind)
        self.setWindowTitle(
            self.tr("English changes since the translation — {number}").format(number=number)
        )
        self.changes: EnglishChanges | None = None
        error = ""
        try:
            self.changes = english_changes(ctx, clause)
        except DeskError as exc:
            error = refusal(exc)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.redline = QTextBrowser(self)
        self.japanese = QTextBrowser(self)
        self.japanese.setPlainText(clause.text_ja)
        self.japanese.setMaximumHeight(120)
        self.confirm_button = QPushButton(self.tr("Japanese is up to date"), self)
        self.confirm_button.setToolTip(
            self.tr("The Japanese still says what the current English says: mark it current")
        )
        self.confirm_button.setEnabled(can_confirm and clause.ja_stale)
        self.confirm_button.clicked.connect(self._confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.redline, 2)
        layout.addWidget(QLabel(self.tr("Japanese (as it is now):"), self))
        layout.addWidget(self.japanese, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self._fill(error)

    def _fill(self, error: str) -> None:
        ch = self.changes
        zone = self.ctx.zone
        if error:
            self.heading.setText(error)
            return
        if ch is None or ch.source is None:
            self.heading.setText(
                self.tr("The Japanese does not record which English text it was translated from.")
            )
            if ch is not None and ch.current_en is not None:
                self.redline.setPlainText(ch.current_en.text)
            return
        self.heading.setText(
            self.tr(
                "Changes in the English from the version the Japanese was translated from "
                "({time}, {author}) to the current English:"
            ).format(
                time=labels.local_time(ch.source.created_at, zone),
                author=ch.source.author,
            )
        )
        if ch.diff is None or not any(op.kind != "equal" for op in ch.diff.ops):
            self.redline.setPlainText(self.tr("The English has not changed since."))
        else:
            self.redline.setHtml(ops_html(ch.diff.ops))

    def _confirm(self) -> None:
        self.confirmRequested.emit()
        self.accept()

    @classmethod
    def show_for(
        cls,
        ctx: DraftingContext,
        clause: ClauseSnap,
        parent: QWidget | None,
        on_confirm: Callable[[], object],
        *,
        can_confirm: bool = True,
    ) -> EnglishChangesDialog:
        """Open the dialog (not modal) and run ``on_confirm`` if the person confirms."""
        dialog = cls(ctx, clause, parent, can_confirm=can_confirm)
        dialog.confirmRequested.connect(on_confirm)
        dialog.show()
        return dialog
