"""Print…: the final text's PDF drawn page by page onto a QPrinter (here one that writes a
PDF file, so no print dialog and no printer are needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from meetingdesk.services import exports
from meetingdesk.ui.exports.printing import PrintCancelled, PrintError, PrintFlow, print_pdf

from .conftest import doc_id


def _reader(path: Path):
    from pypdf import PdfReader

    return PdfReader(str(path))


@pytest.fixture
def final_pdf(hub, tmp_path) -> Path:
    out = tmp_path / "declaration-final.pdf"
    exports.export(hub.desk, "final", out, meeting_id=hub.meeting_id, document="declaration")
    return out


def _file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_every_page_reaches_the_printer(qapp, final_pdf, tmp_path):
    printed = tmp_path / "printed.pdf"
    seen: list[tuple[int, int]] = []
    sent = print_pdf(final_pdf, _file_printer(printed), on_page=lambda d, t: seen.append((d, t)))
    source_pages = len(_reader(final_pdf).pages)
    assert source_pages >= 2
    assert sent == source_pages
    assert len(_reader(printed).pages) == source_pages
    assert seen == [(n, source_pages) for n in range(source_pages)]
    # each printed page is the size of the source page (A4: 595 × 842 pt), not shrunk
    box = _reader(printed).pages[0].mediabox
    assert abs(float(box.width) - 595) < 3 and abs(float(box.height) - 842) < 3


def test_printed_page_is_not_blank(qapp, final_pdf, tmp_path):
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    printed = tmp_path / "printed.pdf"
    print_pdf(final_pdf, _file_printer(printed))
    doc = QPdfDocument()
    doc.load(str(printed))
    image = doc.render(0, QSize(300, 424))
    doc.close()
    colours = {image.pixel(x, y) for x in range(0, 300, 3) for y in range(0, 424, 3)}
    assert len(colours) > 2  # text, not an empty sheet


def test_page_range_is_honoured(qapp, final_pdf, tmp_path):
    printed = tmp_path / "range.pdf"
    printer = _file_printer(printed)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert print_pdf(final_pdf, printer) == 1
    assert len(_reader(printed).pages) == 1


def test_stopping_between_pages(qapp, final_pdf, tmp_path):
    printer = _file_printer(tmp_path / "stopped.pdf")
    with pytest.raises(PrintCancelled):
        print_pdf(final_pdf, printer, on_page=lambda done, total: done < 1)


def test_unreadable_pdf_is_a_print_error(qapp, tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf at all")
    with pytest.raises(PrintError, match="bad.pdf"):
        print_pdf(bad, _file_printer(tmp_path / "out.pdf"))


def test_print_final_runs_export_then_prints(qtbot, controller, statuses, monkeypatch, tmp_path):
    printed = tmp_path / "printed.pdf"
    temporary: list[Path] = []

    def ask_printer(self, printer, pages):
        # what the person does in the print dialog: choose "print to file"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        temporary.append(self._current)
        return True

    real_print = PrintFlow._print

    def remember(self, result, printer, preview):
        self._current = result.path
        return real_print(self, result, printer, preview)

    monkeypatch.setattr(PrintFlow, "ask_printer", ask_printer)
    monkeypatch.setattr(PrintFlow, "_print", remember)
    with qtbot.waitSignal(controller.done, timeout=30_000):
        controller.print_final(doc_id(controller.hub, "declaration"), "Rev.2")
    assert printed.exists()
    flow = controller._print_flow()
    assert flow.last_printed == len(_reader(printed).pages) >= 1
    assert any("Sent" in s for s in statuses)
    # the temporary PDF and its folder are gone
    assert temporary and not temporary[0].exists() and not temporary[0].parent.exists()


def test_print_dialog_cancelled_prints_nothing(qtbot, controller, statuses, monkeypatch, tmp_path):
    monkeypatch.setattr(PrintFlow, "ask_printer", lambda self, printer, pages: False)
    with qtbot.waitSignal(controller.done, timeout=30_000):
        controller.print_final(doc_id(controller.hub, "charter"))
    assert "Printing cancelled" in statuses
