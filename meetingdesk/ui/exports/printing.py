"""Print… of a final text: the same PDF the export writes (so paper and file never differ),
laid out in the background into a private temporary folder, then drawn page by page onto
the printer the person picks in the system print dialog (or in a print preview).

Pages are drawn as images rendered by QtPdf at the printer's resolution, capped at
MAX_DPI: an A4 page at 1200 dpi would be a 560 MB bitmap, at 300 dpi it is 35 MB and
prints sharply.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from meetingdesk.services.exports import ExportResult
from meetingdesk.ui.exports.options import ExportOptions

MAX_DPI = 300


class PrintError(Exception):
    """The PDF could not be read or the printer refused to start; the message says which."""


class PrintCancelled(PrintError):
    """The person stopped the printing between two pages."""


def page_range(printer: QPrinter, count: int) -> tuple[int, int]:
    """The 0-based first and last page to print, from the range chosen in the print dialog."""
    if count <= 0:
        return 0, -1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or count, count)
        return first - 1, last - 1
    return 0, count - 1


def _orient(printer: QPrinter, size_pt: QSizeF) -> None:
    """Turn the paper to match the PDF page (name plates are landscape, texts portrait)."""
    landscape = size_pt.width() > size_pt.height()
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


def _fit(size_pt: QSizeF, paper: QRectF) -> QRectF:
    """The PDF page scaled to the paper, keeping its proportions, centred."""
    if size_pt.width() <= 0 or size_pt.height() <= 0:
        return paper
    scale = min(paper.width() / size_pt.width(), paper.height() / size_pt.height())
    w, h = size_pt.width() * scale, size_pt.height() * scale
    return QRectF(paper.x() + (paper.width() - w) / 2, paper.y() + (paper.height() - h) / 2, w, h)


def print_pdf(
    path: Path | str,
    printer: QPrinter,
    *,
    on_page: Callable[[int, int], bool] | None = None,
    max_dpi: int = MAX_DPI,
) -> int:
    """Draw every page of the PDF at `path` (within the printer's chosen range) onto
    `printer`; returns the number of pages sent. `on_page(done, total)` is called before
    each page; when it returns False printing stops (PrintCancelled)."""
    pdf = QPdfDocument()
    error = pdf.load(str(path))
    if error != QPdfDocument.Error.None_:
        raise PrintError(
            QCoreApplication.translate("Printing", "Cannot read %1 for printing (%2).")
            .replace("%1", str(path))
            .replace("%2", error.name)
        )
    try:
        count = pdf.pageCount()
        first, last = page_range(printer, count)
        if last < first:
            raise PrintError(
                QCoreApplication.translate(
                    "Printing", "%1 has no page in the chosen range."
                ).replace("%1", Path(path).name)
            )
        total = last - first + 1
        printer.setFullPage(True)  # our pages carry their own margins
        _orient(printer, pdf.pagePointSize(first))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(
                QCoreApplication.translate(
                    "Printing", "The printer could not be started (is it connected and ready?)."
                )
            )
        sent = 0
        try:
            for index in range(first, last + 1):
                if on_page is not None and on_page(sent, total) is False:
                    printer.abort()
                    raise PrintCancelled(
                        QCoreApplication.translate("Printing", "Printing cancelled.")
                    )
                size_pt = pdf.pagePointSize(index)
                if sent:
                    _orient(printer, size_pt)
                    if not printer.newPage():
                        raise PrintError(
                            QCoreApplication.translate(
                                "Printing", "The printer refused a new page."
                            )
                        )
                dpi = min(printer.resolution(), max_dpi)
                pixels = QSize(
                    max(1, round(size_pt.width() / 72 * dpi)),
                    max(1, round(size_pt.height() / 72 * dpi)),
                )
                image = pdf.render(index, pixels)
                if image.isNull():
                    raise PrintError(
                        QCoreApplication.translate("Printing", "Page %1 of %2 could not be drawn.")
                        .replace("%1", str(index + 1))
                        .replace("%2", Path(path).name)
                    )
                paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
                painter.drawImage(_fit(size_pt, paper), image)
                sent += 1
        finally:
            painter.end()
        return sent
    finally:
        pdf.close()


def paper_of(printer: QPrinter) -> str:
    """'letter' when the printer's paper is US Letter, else 'a4'."""
    letter = printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    return "letter" if letter else "a4"


class PrintFlow(QObject):
    """Export the final text to a temporary PDF, then print or preview it."""

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.last_printed = 0

    def print_final(self, document_id: int, revision_label: str = "", *, preview: bool) -> None:
        from meetingdesk.ui.exports.options import temporary_pdf

        doc = self.controller._document(document_id)
        if doc is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(doc.title_en or doc.short_name)
        path, cleanup = temporary_pdf(f"{doc.short_name}-print")
        options = ExportOptions(
            kind="final",
            out=path,
            document=doc.short_name,
            revision=revision_label or None,
            lang="both",
            paper=paper_of(printer),
            open_when_done=False,
        )

        def written(result: ExportResult) -> None:
            try:
                self._print(result, printer, preview)
            finally:
                cleanup()

        run = self.controller.start_export(options, on_result=written, quiet=True)
        if run is None or run.job is None:
            cleanup()
            return
        run.job.finished.connect(cleanup)  # failed or cancelled: still remove the folder

    # The two system dialogs, as methods so tests can answer them.

    def ask_printer(self, printer: QPrinter, pages: int) -> bool:
        dialog = QPrintDialog(printer, self.controller.parent_widget)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, max(pages, 1))
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def show_preview(self, printer: QPrinter, path: Path) -> None:
        dialog = QPrintPreviewDialog(printer, self.controller.parent_widget)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda p: self._draw(path, p, None))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _print(self, result: ExportResult, printer: QPrinter, preview: bool) -> None:
        if preview:
            self.show_preview(printer, result.path)
            return
        if not self.ask_printer(printer, result.pages):
            self.controller._status(self.tr("Printing cancelled"))
            return
        progress = QProgressDialog(
            self.tr("Sending pages to the printer…"),
            self.tr("Cancel"),
            0,
            0,
            self.controller.parent_widget,
        )
        progress.setMinimumDuration(400)

        def on_page(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            sent = self._draw(result.path, printer, on_page)
        finally:
            progress.reset()  # stops its show-later timer too
            progress.close()
            progress.deleteLater()
        if sent is not None:
            self.controller._status(
                self.tr("Sent %1 pages to %2")
                .replace("%1", str(sent))
                .replace("%2", printer.printerName() or printer.outputFileName())
            )

    def _draw(
        self, path: Path, printer: QPrinter, on_page: Callable[[int, int], bool] | None
    ) -> int | None:
        try:
            self.last_printed = print_pdf(path, printer, on_page=on_page)
            return self.last_printed
        except PrintCancelled:
            self.controller._status(self.tr("Printing cancelled"))
        except PrintError as exc:
            QMessageBox.critical(
                self.controller.parent_widget, self.tr("Printing failed"), str(exc)
            )
        return None
