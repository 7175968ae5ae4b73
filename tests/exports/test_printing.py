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


# --- vector printing: the PDF itself to the spooler where the platform takes PDF ----------


def test_spooler_command_for_cups_lp_and_lpr(tmp_path):
    from meetingdesk.ui.exports.printing import spooler_command

    pdf = tmp_path / "final.pdf"
    tools = {"lp": "/usr/bin/lp", "lpr": "/usr/bin/lpr"}
    cmd = spooler_command(
        pdf,
        "Office-3F",
        copies=2,
        pages=(2, 3),
        paper="a4",
        duplex="long",
        title="Declaration",
        which=tools.get,
        platform="linux",
    )
    assert cmd == [
        "/usr/bin/lp",
        "-d",
        "Office-3F",
        "-n",
        "2",
        "-t",
        "Declaration",
        "-P",
        "2-3",
        "-o",
        "media=A4",
        "-o",
        "sides=two-sided-long-edge",
        "--",
        str(pdf),
    ]
    lpr = spooler_command(pdf, "Office-3F", paper="letter", which={"lpr": "/usr/bin/lpr"}.get)
    assert lpr[:3] == ["/usr/bin/lpr", "-P", "Office-3F"] and "media=Letter" in lpr
    assert lpr[-1] == str(pdf)
    assert spooler_command(pdf, "Office-3F", which=tools.get, platform="win32") is None
    assert spooler_command(pdf, "", which=tools.get, platform="linux") is None
    assert spooler_command(pdf, "Office-3F", which=lambda _n: None, platform="linux") is None


def _fake_lp(tmp_path, monkeypatch, status: int = 0) -> Path:
    """An `lp` on PATH that records its arguments and keeps the file it was given."""
    import os
    import sys

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "lp-args.txt"
    script = bin_dir / "lp"
    script.write_text(
        f"#!{sys.executable}\n"
        "import shutil, sys\n"
        f"open({str(log)!r}, 'w').write('\\n'.join(sys.argv[1:]))\n"
        f"shutil.copy(sys.argv[-1], {str(tmp_path / 'spooled.pdf')!r})\n"
        "if " + str(status) + ":\n"
        "    print('lp: The printer or class does not exist.', file=sys.stderr)\n"
        f"sys.exit({status})\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    return log


class _NamedPrinter(QPrinter):
    """A printer the system would list (native output, a name), without a real one."""

    def __init__(self, name: str) -> None:
        super().__init__(QPrinter.PrinterMode.HighResolution)
        self._name = name

    def outputFormat(self):  # noqa: N802 — Qt's name
        return QPrinter.OutputFormat.NativeFormat

    def printerName(self):  # noqa: N802 — Qt's name
        return self._name


def test_the_pdf_itself_reaches_the_spooler(qapp, final_pdf, tmp_path, monkeypatch):
    import sys

    from meetingdesk.ui.exports.printing import print_vector

    if sys.platform.startswith("win"):
        pytest.skip("Windows has no PDF spooler")
    log = _fake_lp(tmp_path, monkeypatch)
    printer = _NamedPrinter("Office-3F")
    printer.setCopyCount(2)
    count = len(_reader(final_pdf).pages)
    assert print_vector(final_pdf, printer, count) == count
    args = log.read_text(encoding="utf-8").splitlines()
    assert args[:2] == ["-d", "Office-3F"] and "-P" not in args  # the whole text
    assert (tmp_path / "spooled.pdf").read_bytes() == final_pdf.read_bytes()  # vectors, as is
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 1)
    assert print_vector(final_pdf, printer, count) == 1
    args = log.read_text(encoding="utf-8").splitlines()
    assert args[args.index("-P") + 1] == "1-1"


def test_spooler_refusal_is_a_print_error(qapp, final_pdf, tmp_path, monkeypatch):
    import sys

    from meetingdesk.ui.exports.printing import print_vector

    if sys.platform.startswith("win"):
        pytest.skip("Windows has no PDF spooler")
    _fake_lp(tmp_path, monkeypatch, status=1)
    with pytest.raises(PrintError, match="does not exist"):
        print_vector(final_pdf, _NamedPrinter("Gone"), 3)


def test_a_file_printer_is_drawn_not_spooled(qapp, final_pdf, tmp_path):
    from meetingdesk.ui.exports.printing import print_vector

    assert print_vector(final_pdf, _file_printer(tmp_path / "o.pdf"), 3) is None


def test_print_final_sends_the_pdf_when_the_platform_takes_it(
    qtbot, controller, statuses, monkeypatch
):
    from meetingdesk.ui.exports import printing

    sent: list[Path] = []

    def vector(path, printer, count):
        sent.append(Path(path))
        assert Path(path).is_file()
        return count

    def raster(*_a, **_k):
        raise AssertionError("pages were rasterised although the spooler took the PDF")

    monkeypatch.setattr(PrintFlow, "ask_printer", lambda self, printer, pages: True)
    monkeypatch.setattr(printing, "print_vector", vector)
    monkeypatch.setattr(printing, "print_pdf", raster)
    with qtbot.waitSignal(controller.done, timeout=30_000):
        controller.print_final(doc_id(controller.hub, "declaration"), "Rev.2")
    assert sent and controller._print_flow().last_mode == "vector"
    assert any("Sent" in s for s in statuses)
