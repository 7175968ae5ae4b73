"""Print… of a final text: the same PDF the export writes (so paper and file never differ),
laid out in the background into a private temporary folder, then sent to the printer the
person picks in the system print dialog (or shown in a print preview).

Where the system's spooler takes PDF files (CUPS on Linux and macOS: `lp`, else `lpr`) the
PDF itself is sent: text and rules stay vectors and the printer sets them at its own
resolution. Elsewhere (Windows, "print to file", no spooler) pages are drawn as images
rendered by QtPdf at the printer's resolution, capped at MAX_DPI: an A4 page at 1200 dpi
would be a 560 MB bitmap, at 600 dpi it is 140 MB (one page at a time) and prints as sharp
as office printers go.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from meetingdesk.services.exports import ExportResult
from meetingdesk.ui.exports.options import ExportOptions

MAX_DPI = 600


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


# --- Vector printing -------------------------------------------------------------------
# Where the system spooler takes PDF itself (CUPS on Linux and macOS: `lp`, else `lpr`),
# the exported file goes to the printer as it is: text stays text, lines stay lines, the
# printer rasterises at its own resolution. Elsewhere (Windows, printing to a file) the
# pages are drawn as images at the printer's resolution, capped at MAX_DPI.


def spooler_command(
    path: Path,
    printer_name: str,
    *,
    copies: int = 1,
    pages: tuple[int, int] | None = None,
    paper: str = "",
    duplex: str = "",
    title: str = "",
    which: Callable[[str], str | None] = shutil.which,
    platform: str = sys.platform,
) -> list[str] | None:
    """The command that sends the PDF at `path` to `printer_name` as a PDF, or None where
    the platform's spooler does not take PDF files (Windows) or none is installed.

    pages: 1-based first and last page; paper: "a4"/"letter"; duplex: "long"/"short"/"".
    """
    if platform.startswith("win") or not printer_name:
        return None
    options: list[str] = []
    if paper in ("a4", "letter"):
        options += ["-o", f"media={'A4' if paper == 'a4' else 'Letter'}"]
    if duplex:
        sides = "two-sided-long-edge" if duplex == "long" else "two-sided-short-edge"
        options += ["-o", f"sides={sides}"]
    lp = which("lp")
    if lp:
        cmd = [lp, "-d", printer_name, "-n", str(max(1, copies))]
        if title:
            cmd += ["-t", title]
        if pages:
            cmd += ["-P", f"{pages[0]}-{pages[1]}"]
        return [*cmd, *options, "--", str(path)]
    lpr = which("lpr")
    if lpr:
        cmd = [lpr, "-P", printer_name, f"-#{max(1, copies)}"]
        if title:
            cmd += ["-T", title]
        if pages:
            options += ["-o", f"page-ranges={pages[0]}-{pages[1]}"]
        return [*cmd, *options, str(path)]
    return None


def print_vector(path: Path | str, printer: QPrinter, count: int) -> int | None:
    """Send the PDF itself to the chosen printer through the spooler; the number of pages
    sent, or None when this platform or this printer (a file, no spooler) needs the
    rasterised path. A spooler that refuses the job raises PrintError with its message."""
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return None
    first, last = page_range(printer, count)
    whole = first == 0 and last == count - 1
    duplex = {
        QPrinter.DuplexMode.DuplexLongSide: "long",
        QPrinter.DuplexMode.DuplexShortSide: "short",
    }.get(printer.duplex(), "")
    cmd = spooler_command(
        Path(path),
        printer.printerName(),
        copies=printer.copyCount(),
        pages=None if whole else (first + 1, last + 1),
        paper=paper_of(printer),
        duplex=duplex,
        title=printer.docName(),
    )
    if cmd is None:
        return None
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "The print spooler could not be run (%1)."
            ).replace("%1", str(exc))
        ) from exc
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines()
        raise PrintError(
            QCoreApplication.translate("Printing", "The printer refused the job: %1").replace(
                "%1", reason[-1] if reason else f"exit status {done.returncode}"
            )
        )
    return last - first + 1


class PrintFlow(QObject):
    """Export the final text to a temporary PDF, then print or preview it."""

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.last_printed = 0
        self.last_mode = ""  # "vector" (the PDF to the spooler) or "raster" (page images)

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
            sent = self._send(result, printer)
            if sent is None:  # this platform or printer needs the pages drawn as images
                sent = self._draw(result.path, printer, on_page)
            elif sent == 0:
                sent = None  # the spooler refused; the message was shown
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

    def _send(self, result: ExportResult, printer: QPrinter) -> int | None:
        """The PDF itself to the spooler: pages sent, None when not possible here, 0 when
        the spooler refused (the person was told why)."""
        try:
            sent = print_vector(result.path, printer, result.pages)
        except PrintError as exc:
            QMessageBox.critical(
                self.controller.parent_widget, self.tr("Printing failed"), str(exc)
            )
            return 0
        if sent is not None:
            self.last_printed = sent
            self.last_mode = "vector"
        return sent

    def _draw(
        self, path: Path, printer: QPrinter, on_page: Callable[[int, int], bool] | None
    ) -> int | None:
        try:
            self.last_printed = print_pdf(path, printer, on_page=on_page)
            self.last_mode = "raster"
            return self.last_printed
        except PrintCancelled:
            self.controller._status(self.tr("Printing cancelled"))
        except PrintError as exc:
            QMessageBox.critical(
                self.controller.parent_widget, self.tr("Printing failed"), str(exc)
            )
        return None
