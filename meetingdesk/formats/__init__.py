# SPDX-License-Identifier: GPL-3.0-or-later
"""Readers and writers of file formats (pdf/, ics, xlsx; docx and akn to come).

Pure of database access: they take snapshots or bytes and give back files or values.

Importing this package is cheap: ReportLab is loaded only by the modules under pdf/ when an
export actually runs, never when the window starts.
"""

from __future__ import annotations

PDF_KINDS = (
    "final",
    "compilation",
    "redline",
    "agenda",
    "participants",
    "badges",
    "nameplates",
    "book",
    "annex",
    "followup",
    "seating",
)


class ExportError(Exception):
    """An export that cannot be written; the message names what is wrong and what to do.

    Like a service refusal it may carry ``code`` and ``params`` (what happened as data), so
    the window can say it in its language (services.base.export_refusal passes them on)."""

    def __init__(self, message: str = "", *, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class ExportCancelled(ExportError):
    """The person cancelled the export; no file was written."""
