"""Runs PDF exports from the window: ask (ExportDialog), write in the background with a
progress dialog that can cancel, then open the file in the system viewer and say what
happened in the status bar.

The writer (services.exports.export) writes atomically: a cancelled or failed export
leaves the previous file, if any, exactly as it was. Print… lives in printing.py and uses
the same background export for its temporary PDF.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from meetingdesk.services import exports
from meetingdesk.services.base import DeskError
from meetingdesk.services.exports import ExportResult
from meetingdesk.ui import labels
from meetingdesk.ui.exports.dialog import ExportDialog
from meetingdesk.ui.exports.options import DOCUMENT_KINDS, ExportOptions, kind_label
from meetingdesk.ui.hub import Hub
from meetingdesk.ui.jobs import Job, JobControl, run_job

log = logging.getLogger(__name__)

#: report progress every this many laid-out flowables (each report is a queued signal)
PROGRESS_EVERY = 10


class ExportRun(QObject):
    """One export on its way: the job, its progress dialog and, once there, the result."""

    def __init__(self, options: ExportOptions, job_parent: QWidget | None) -> None:
        super().__init__()
        self.options = options
        self.result: ExportResult | None = None
        self.error: BaseException | None = None
        self.job: Job | None = None
        self.progress = QProgressDialog(job_parent)
        self.progress.setWindowTitle(self.tr("Export PDF"))
        self.progress.setLabelText(self.tr("Writing %1…").replace("%1", kind_label(options.kind)))
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setRange(0, 0)  # the page count is known only at the end
        self.progress.setMinimumDuration(400)  # quick exports never flash a dialog
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        self.progress.setValue(0)  # starts the minimum-duration timer

    @property
    def cancelled(self) -> bool:
        return self.job is not None and self.job.control.cancelled

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()


class ExportController(QObject):
    """The window's export and print actions; connect menu actions and view signals here."""

    #: an export wrote its file (carries the ExportResult)
    exported = Signal(object)
    #: an export failed; carries the message shown to the person
    failed = Signal(str)
    #: an export was cancelled and nothing was written
    cancelled = Signal()
    #: an export finished one way or another (for tests and busy indicators)
    done = Signal()

    def __init__(self, hub: Hub, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.hub = hub
        self.parent_widget = parent_widget
        self.runs: list[ExportRun] = []
        self._printer = None  # printing.PrintFlow, created on first use
        #: the document the person has open (the window sets it): the dialog starts there
        self.current_document: Callable[[], int | None] = lambda: None

    # --- the slots the window connects ----------------------------------------------------

    @Slot()
    def export_dialog(self) -> ExportRun | None:
        """File → Export PDF…: every kind, starting with the document open on the drafting
        page (its final text when adopted, else its compilation), else the final text."""
        document_id = self.current_document()
        if document_id is not None:
            return self.export_document(document_id)
        return self._ask(kind="final")

    @Slot(str)
    def export_kind(self, kind: str) -> ExportRun | None:
        """An export of one kind from where its data is shown (agenda, delegations, book)."""
        return self._ask(kind=kind)

    @Slot(int, str)
    def export_document(self, document_id: int, revision_label: str = "") -> ExportRun | None:
        """A document's PDF from the documents page or the drafting window: the final text
        when it is adopted, else the compilation text of the revision on screen."""
        doc = self._document(document_id)
        if doc is None:
            return None
        kind = "final" if doc.status == "adopted" else "compilation"
        return self._ask(kind=kind, document_id=document_id, revision_label=revision_label)

    @Slot(int, str)
    def print_final(self, document_id: int, revision_label: str = "") -> None:
        """Print… the final text through the system print dialog."""
        self._print_flow().print_final(document_id, revision_label, preview=False)

    @Slot(int, str)
    def preview_final(self, document_id: int, revision_label: str = "") -> None:
        """Print preview of the final text."""
        self._print_flow().print_final(document_id, revision_label, preview=True)

    # --- running --------------------------------------------------------------------------

    def start_export(
        self,
        options: ExportOptions,
        *,
        on_result: Callable[[ExportResult], None] | None = None,
        quiet: bool = False,
    ) -> ExportRun | None:
        """Write `options` in the background. `on_result` replaces opening the file (print
        uses it); `quiet` leaves the "Wrote …" status message to the caller."""
        meeting_id = self._meeting_id()
        if meeting_id is None:
            return None
        desk = self.hub.desk
        run = ExportRun(options, self.parent_widget)
        kwargs = options.service_kwargs()

        def work(control: JobControl) -> ExportResult:
            laid_out = 0

            def cancel() -> bool:
                nonlocal laid_out
                laid_out += 1
                if laid_out % PROGRESS_EVERY == 0:
                    control.report(laid_out)
                return control.cancelled

            if options.fmt != "pdf":
                result = _word_export(desk, meeting_id, options, cancel)
            else:
                result = exports.export(desk, meeting_id=meeting_id, cancel=cancel, **kwargs)
            run.result = result  # kept even when a cancel comes too late to stop the write
            return result

        def progressed(done: int, _total: int) -> None:
            run.progress.setLabelText(
                self.tr("Writing %1… (%2 blocks laid out)")
                .replace("%1", kind_label(options.kind))
                .replace("%2", str(done))
            )

        def failed(exc: BaseException) -> None:
            run.error = exc

        run.job = run_job(work, on_failure=failed, on_progress=progressed)
        run.progress.canceled.connect(run.cancel)
        run.job.finished.connect(lambda: self._finished(run, on_result, quiet))
        self.runs.append(run)
        return run

    def _finished(
        self,
        run: ExportRun,
        on_result: Callable[[ExportResult], None] | None,
        quiet: bool,
    ) -> None:
        # Closing a QProgressDialog emits canceled(): silence it, the job is over anyway.
        # reset() stops its show-after-a-moment timer, which would otherwise bring it
        # back during a nested event loop (the print dialog, a message box).
        run.progress.blockSignals(True)
        run.progress.reset()
        run.progress.close()
        run.progress.deleteLater()
        if run in self.runs:
            self.runs.remove(run)
        result, error = run.result, run.error
        try:
            if result is not None:  # written (a cancel that came too late changes nothing)
                self._succeeded(run, result, on_result, quiet)
            elif run.cancelled:
                self._status(self.tr("Export cancelled; nothing written"))
                self.cancelled.emit()
            elif error is not None:
                self._show_failure(error)
        finally:
            self.done.emit()

    def _succeeded(
        self,
        run: ExportRun,
        result: ExportResult,
        on_result: Callable[[ExportResult], None] | None,
        quiet: bool,
    ) -> None:
        if not quiet and run.options.fmt != "pdf":
            self._status(self.tr("Wrote %1").replace("%1", str(result.path)))
        elif not quiet:
            self._status(
                self.tr("Wrote %1 (%2 pages)")
                .replace("%1", str(result.path))
                .replace("%2", str(result.pages))
            )
        if result.warnings:
            QMessageBox.warning(
                self.parent_widget,
                self.tr("PDF written with warnings"),
                "\n".join(result.warnings),
            )
        self.exported.emit(result)
        if run.cancelled:
            return  # the person no longer wants it opened or printed
        if on_result is not None:
            on_result(result)
        elif run.options.open_when_done:
            self.open_file(result.path)

    def _show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, DeskError):
            meeting = self.hub.meeting
            message = labels.refusal(exc, meeting.time_zone if meeting is not None else "UTC")
        else:  # a bug, not bad input: say so plainly and keep the details in the log
            log.error("export failed", exc_info=exc)
            message = self.tr("Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")
        QMessageBox.critical(
            self.parent_widget,
            self.tr("Export failed"),
            self.tr("The PDF was not written; nothing was changed.") + "\n\n" + message,
        )
        self._status(self.tr("Export failed; nothing written"))
        self.failed.emit(message)

    def open_file(self, path: Path) -> bool:
        """Open a written PDF in the system viewer."""
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if not opened:
            self._status(
                self.tr("Wrote %1, but no program to show PDFs could be started").replace(
                    "%1", str(path)
                )
            )
        return bool(opened)

    # --- helpers --------------------------------------------------------------------------

    def _ask(
        self, *, kind: str, document_id: int | None = None, revision_label: str = ""
    ) -> ExportRun | None:
        meeting = self.hub.meeting
        if meeting is None:
            self._no_meeting()
            return None
        try:
            options, accepted = ExportDialog.get_options(
                self.parent_widget,
                self.hub.desk,
                meeting,
                kind=kind,
                document_id=document_id,
                revision_label=revision_label,
            )
        except DeskError as exc:  # e.g. the database went away while the dialog filled
            self._show_failure(exc)
            return None
        if not accepted or options is None:
            return None
        return self.start_export(options)

    def _meeting_id(self) -> int | None:
        meeting_id = self.hub.meeting_id
        if meeting_id is None:
            self._no_meeting()
        return meeting_id

    def _no_meeting(self) -> None:
        QMessageBox.information(
            self.parent_widget,
            self.tr("Export PDF"),
            self.tr("Open or create a meeting first: there is nothing to export yet."),
        )

    def _document(self, document_id: int):
        from meetingdesk.services.drafting import documents

        meeting_id = self.hub.meeting_id
        if meeting_id is None:
            self._no_meeting()
            return None
        try:
            found = documents.list_documents(self.hub.desk, meeting_id)
        except DeskError as exc:
            self._show_failure(exc)
            return None
        doc = next((d for d in found if d.id == document_id), None)
        if doc is None:
            self._show_failure(
                DeskError(
                    self.tr("Document #%1 is not in this meeting.").replace("%1", str(document_id))
                )
            )
        return doc

    def _status(self, text: str) -> None:
        self.hub.status_message.emit(text)

    def _print_flow(self):
        if self._printer is None:
            from meetingdesk.ui.exports.printing import PrintFlow

            self._printer = PrintFlow(self)
        return self._printer


def _word_export(desk, meeting_id: int, options: ExportOptions, cancel) -> ExportResult:
    """A Word or Akoma Ntoso file, reported like a PDF export (no page count)."""
    from meetingdesk.services.exports.word import export_akn, export_docx

    kwargs = options.word_kwargs()
    if options.fmt == "akn":
        akn = export_akn(desk, meeting_id=meeting_id, **kwargs)
        return ExportResult(akn.path, "akn", 0, akn.sha256, "")
    done = export_docx(desk, meeting_id=meeting_id, cancel=cancel, **kwargs)
    return ExportResult(done.path, done.kind, 0, done.sha256, "", done.warnings)


__all__ = ["DOCUMENT_KINDS", "ExportController", "ExportRun"]
