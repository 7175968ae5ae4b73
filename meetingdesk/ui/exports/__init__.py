"""PDF export and printing from the window.

ExportController is the one object the main window creates; menu actions and the views'
``...Requested`` signals connect to its slots. ExportDialog asks what to export,
printing.print_pdf draws a PDF onto a QPrinter.
"""

from __future__ import annotations

from meetingdesk.ui.exports.controller import ExportController, ExportRun
from meetingdesk.ui.exports.dialog import ExportDialog
from meetingdesk.ui.exports.options import ExportOptions, default_file_name

__all__ = ["ExportController", "ExportDialog", "ExportOptions", "ExportRun", "default_file_name"]
