"""Compare two states of a document (revision against revision or the current text) in
one language, inline or side by side; the diff runs in the background. Export… saves the
same comparison as a redline PDF or Word file (with tracked changes), written in the
background by the window's export runner (progress, cancel, opened when done); with "Only
changed clauses" ticked, the file too holds only the changed clauses.

Only the first PAGE clauses are laid out at once (a 2,750-clause declaration as one rich-text
document froze the window for seconds); "Show all" lays out the rest piece by piece (CHUNK
clauses per turn of the event loop, the button saying how far it is), so the window stays
live; a new comparison or a changed option stops it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from meetingdesk.services.drafting import compare
from meetingdesk.snapshots.drafting import RedlineSnap

from .. import labels
from ..jobs import Job, run_job
from .context import DraftingContext
from .redline import redline_html, with_gaps

if TYPE_CHECKING:  # the export modules load when Export… is first used
    from ..exports.controller import ExportController, ExportRun
    from ..exports.options import ExportOptions

CURRENT = ""  # the current text in the revision boxes
PAGE = 300  # clauses laid out before "Show all"
CHUNK = 150  # clauses laid out per turn of the event loop after "Show all"


class CompareDialog(QDialog):
    #: a comparison is shown (carries the RedlineSnap)
    compared = Signal(object)
    #: the comparison failed (carries the message)
    failed = Signal(str)
    #: "Show all" has laid out every clause
    laid_out = Signal()

    def __init__(
        self, ctx: DraftingContext, revision_labels: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document_id = ctx.document_id
        self.short_name = ctx.text.document.short_name if ctx.text is not None else "document"
        self._exporter: ExportController | None = None
        self.snap: RedlineSnap | None = None
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Compare"))
        self.from_box = QComboBox(self)
        self.to_box = QComboBox(self)
        for label in revision_labels:
            self.from_box.addItem(labels.revision_name(label), label)
            self.to_box.addItem(labels.revision_name(label), label)
        self.to_box.addItem(self.tr("Current text"), CURRENT)
        self.to_box.setCurrentIndex(self.to_box.count() - 1)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Japanese"), "ja")
        self.inline = QRadioButton(self.tr("Inline"), self)
        self.inline.setChecked(True)
        self.side = QRadioButton(self.tr("Side by side"), self)
        self.only_changed = QCheckBox(self.tr("Only changed clauses"), self)
        self.compare_button = QPushButton(self.tr("Compare"), self)
        self.compare_button.clicked.connect(self.run)
        self.stop_button = QPushButton(self.tr("Stop"), self)  # shown while comparing
        self.stop_button.setToolTip(self.tr("Stop this comparison (nothing is changed)"))
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.stop)
        for w in (self.inline, self.side, self.only_changed):
            w.toggled.connect(lambda _on: self.render())
        self.summary = QLabel(self)
        self.limit = PAGE
        self._generation = 0
        self._rest: list = []  # what "Show all" still has to lay out
        self._total = self._laid_out = 0
        self.more = QPushButton(self)
        self.more.setVisible(False)
        self.more.clicked.connect(self._show_all)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Differences"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setToolTip(
            self.tr("Save this comparison as a redline: PDF, or Word with tracked changes")
        )
        self.export_button.clicked.connect(lambda: self.export())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From:"), self))
        row.addWidget(self.from_box)
        row.addWidget(QLabel(self.tr("To:"), self))
        row.addWidget(self.to_box)
        row.addWidget(QLabel(self.tr("Language:"), self))
        row.addWidget(self.language)
        row.addWidget(self.compare_button)
        row.addWidget(self.stop_button)
        view = QHBoxLayout()
        view.addWidget(self.inline)
        view.addWidget(self.side)
        view.addWidget(self.only_changed)
        view.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(view)
        status = QHBoxLayout()
        status.addWidget(self.summary, 1)
        status.addWidget(self.more)
        layout.addLayout(status)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

    def choose(self, from_label: str, to_label: str = CURRENT, lang: str = "en") -> None:
        self.from_box.setCurrentIndex(self.from_box.findData(from_label))
        self.to_box.setCurrentIndex(self.to_box.findData(to_label))
        self.language.setCurrentIndex(self.language.findData(lang))

    def run(self) -> None:
        doc_id = self.document_id
        if doc_id is None or self.from_box.currentData() is None:
            return
        desk = self.ctx.desk
        a = self.from_box.currentData()
        b = self.to_box.currentData() or None
        lang = self.language.currentData()
        if self._job is not None and not self._job.done:
            self._job.cancel()
        self.compare_button.setEnabled(False)
        self.stop_button.setVisible(True)
        self.summary.setText(self.tr("Comparing…"))
        self._job = run_job(
            lambda _c: compare.compare_revisions(desk, doc_id, a, b, lang),
            on_success=self._done,
            on_failure=self._failed,
        )

    def stop(self) -> None:
        """Drop the comparison under way (it only reads; its result is never shown)."""
        if self._job is not None and not self._job.done:
            self._job.cancel()
        self.stop_button.setVisible(False)
        self.compare_button.setEnabled(True)
        self.summary.setText(self.tr("Comparison stopped."))

    def _done(self, snap: RedlineSnap) -> None:
        self.compare_button.setEnabled(True)
        self.stop_button.setVisible(False)
        self.snap = snap
        self.limit = PAGE
        self.summary.setText(
            self.tr("{changed} changed, {added} added, {deleted} deleted, {moved} moved").format(
                changed=snap.count("changed"),
                added=snap.count("added"),
                deleted=snap.count("deleted"),
                moved=snap.count("moved"),
            )
        )
        self.render()
        self.compared.emit(snap)

    def _failed(self, exc: BaseException) -> None:
        self.compare_button.setEnabled(True)
        self.stop_button.setVisible(False)
        message = labels.refusal(exc)
        self.summary.setText(message)
        self.failed.emit(message)

    def _show_all(self) -> None:
        """Lay out the clauses not yet shown, CHUNK at a time, the window live between."""
        if self.snap is None or not self._rest:
            return
        self.limit = 0
        self.more.setEnabled(False)
        generation = self._generation
        side = self.side.isChecked()

        def step() -> None:
            if generation != self._generation:
                return  # a new comparison or option: this layout is abandoned
            part, self._rest = self._rest[:CHUNK], self._rest[CHUNK:]
            html = redline_html(part, side_by_side=side, header=False)
            if html:
                cursor = QTextCursor(self.browser.document())
                cursor.movePosition(QTextCursor.MoveOperation.End)
                if not side:  # a paragraph of its own, not joined to the last one shown
                    cursor.insertBlock()
                cursor.insertHtml(html)
            self._laid_out += sum(1 for ch in part if not isinstance(ch, int))
            if self._rest:
                self.more.setText(
                    self.tr("Laying out… {done} of {n} clauses").format(
                        done=self._laid_out, n=self._total
                    )
                )
                QTimer.singleShot(0, step)
            else:
                self.more.setVisible(False)
                self.more.setEnabled(True)
                self.laid_out.emit()

        step()

    def render(self) -> None:
        self._generation += 1
        self._rest = []
        self.more.setEnabled(True)
        if self.snap is None:
            return
        # only changed: the runs left out shown by their count, as in the exported file
        shown = (
            with_gaps(self.snap.changes)
            if self.only_changed.isChecked()
            else list(self.snap.changes)
        )
        cut = self.limit and len(shown) > self.limit
        self.more.setVisible(bool(cut))
        self._total = sum(1 for ch in shown if not isinstance(ch, int))
        if cut:
            self.more.setText(self.tr("Show all {n} clauses").format(n=self._total))
            shown, self._rest = shown[: self.limit], shown[self.limit :]
        self._laid_out = sum(1 for ch in shown if not isinstance(ch, int))
        self.browser.setHtml(redline_html(shown, side_by_side=self.side.isChecked()))

    # -- export ---------------------------------------------------------------------------

    def export_options(self, path: Path) -> ExportOptions:
        """The comparison chosen in the boxes as a redline export to path (.docx → Word)."""
        from ..exports.options import ExportOptions

        return ExportOptions(
            kind="redline",
            out=path,
            document=self.short_name,
            from_label=self.from_box.currentData(),
            to_label=self.to_box.currentData() or None,
            lang=self.language.currentData(),
            fmt="docx" if path.suffix.lower() == ".docx" else "pdf",
            only_changed=self.only_changed.isChecked(),
        )

    def ask_path(self) -> Path | None:
        """Where to save: the last export folder, a name that says what was compared."""
        from ..exports.dialog import export_folder, remember_folder
        from ..exports.options import default_file_name

        name = default_file_name(
            "redline",
            document=self.short_name,
            from_label=self.from_box.currentData(),
            to_label=self.to_box.currentData() or None,
            lang=self.language.currentData(),
            only_changed=self.only_changed.isChecked(),
        )
        pdf, word = self.tr("PDF (*.pdf)"), self.tr("Word document (*.docx)")
        chosen, kind = QFileDialog.getSaveFileName(
            self, self.tr("Export the comparison"), str(export_folder() / name), f"{pdf};;{word}"
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".docx"):
            path = path.with_name(path.name + (".docx" if kind == word else ".pdf"))
        remember_folder(path.parent)
        return path

    def export(self, path: Path | None = None) -> ExportRun | None:
        """Write the comparison in the background (progress and cancel; opened when done)."""
        if self.document_id is None or self.from_box.currentData() is None:
            return None
        path = path if path is not None else self.ask_path()
        if path is None:
            return None
        if self._exporter is None:
            from ..exports.controller import ExportController

            # owned by the page, not this dialog: closing the dialog while the file is being
            # written must not delete what the background job reports to
            self._exporter = ExportController(self.ctx.hub, self.parentWidget() or self)
        return self._exporter.start_export(self.export_options(path))
