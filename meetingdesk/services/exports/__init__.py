"""Exports: what the window and the command line ask for when they want a file — PDFs of
every kind from the database's snapshots, calendars, and checks of printed finals."""

from __future__ import annotations

from ._exports import (
    DOCUMENT_KINDS,
    LANGS,
    PAPERS,
    ExportCancelledError,
    ExportResult,
    VerifyResult,
    annex_plan,
    book_documents,
    default_meeting_id,
    export,
    meeting_data,
    read_fingerprint,
    verify_pdf,
)

__all__ = [
    "LANGS",
    "PAPERS",
    "DOCUMENT_KINDS",
    "ExportCancelledError",
    "ExportResult",
    "VerifyResult",
    "export",
    "annex_plan",
    "meeting_data",
    "book_documents",
    "read_fingerprint",
    "verify_pdf",
    "default_meeting_id",
]
