# SPDX-License-Identifier: GPL-3.0-or-later
"""Writers that turn snapshots into files (pdf/ now; ics, xlsx, akn later).

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
)


class ExportError(Exception):
    """An export that cannot be written; the message names what is wrong and what to do."""


class ExportCancelled(ExportError):
    """The person cancelled the export; no file was written."""
