"""What one PDF export asks for, its default file name, and the labels people read.

The option codes are the ones services.exports.export takes ("final", "both", "a4"); the
labels are translated here so the dialog and the controller say the same words.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from meetingdesk.formats import PDF_KINDS

#: kinds that print one document (they need a document; the others take the whole meeting)
DOCUMENT_KINDS = ("final", "compilation", "redline")
#: kinds where the person picks a document: the above, and the annex of actions (an annex
#: document; without one the service takes the meeting's first annex)
CHOOSE_DOCUMENT = (*DOCUMENT_KINDS, "annex")
LANGS = ("en", "ja", "both")
PAPERS = ("a4", "letter")
#: file formats: PDF for every kind; Word and Akoma Ntoso for one document's text
FORMATS = ("pdf", "docx", "akn")
SUFFIX = {"pdf": ".pdf", "docx": ".docx", "akn": ".xml"}


def format_label(code: str) -> str:
    return {
        "pdf": QCoreApplication.translate("Exporting", "PDF"),
        "docx": QCoreApplication.translate("Exporting", "Word (.docx, tracked changes)"),
        "akn": QCoreApplication.translate("Exporting", "Akoma Ntoso XML (one language)"),
    }.get(code, code)


def kind_label(code: str) -> str:
    labels = {
        "final": QCoreApplication.translate("Exporting", "Final text"),
        "compilation": QCoreApplication.translate(
            "Exporting", "Compilation text (brackets, proposals)"
        ),
        "redline": QCoreApplication.translate("Exporting", "Redline between two revisions"),
        "agenda": QCoreApplication.translate("Exporting", "Agenda"),
        "participants": QCoreApplication.translate("Exporting", "List of participants"),
        "badges": QCoreApplication.translate("Exporting", "Badges"),
        "nameplates": QCoreApplication.translate("Exporting", "Name plates (tent cards)"),
        "book": QCoreApplication.translate(
            "Exporting", "Meeting book (agenda, participants, documents)"
        ),
        "annex": QCoreApplication.translate(
            "Exporting", "Annex of collaborative actions (owners, partners, due dates)"
        ),
        "followup": QCoreApplication.translate("Exporting", "Follow-up report on the actions"),
        "seating": QCoreApplication.translate("Exporting", "Seating plan of the plenary"),
    }
    return labels.get(code, code)


def lang_label(code: str) -> str:
    labels = {
        "en": QCoreApplication.translate("Exporting", "English"),
        "ja": QCoreApplication.translate("Exporting", "Japanese"),
        "both": QCoreApplication.translate("Exporting", "English and Japanese (bilingual)"),
    }
    return labels.get(code, code)


def paper_label(code: str) -> str:
    return {
        "a4": QCoreApplication.translate("Exporting", "A4"),
        "letter": QCoreApplication.translate("Exporting", "US Letter"),
    }.get(code, code)


@dataclass(frozen=True)
class ExportOptions:
    """One export as the person chose it."""

    kind: str
    out: Path
    document: str | None = None  # short name, for the document kinds
    revision: str | None = None  # label; None = the current (or, when adopted, adopted) text
    from_label: str | None = None  # redline only
    to_label: str | None = None  # redline only; None = the current text
    lang: str = "both"
    paper: str = "a4"
    confidential: str = ""
    open_when_done: bool = True
    fmt: str = "pdf"  # pdf / docx / akn
    only_changed: bool = False  # redline only: leave out the clauses that did not change

    def service_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for services.exports.export (without desk, meeting and cancel)."""
        return {
            "kind": self.kind,
            "out": self.out,
            "document": self.document if self.kind in CHOOSE_DOCUMENT else None,
            "revision": self.revision if self.kind in ("final", "compilation") else None,
            "from_label": self.from_label if self.kind == "redline" else None,
            "to_label": self.to_label if self.kind == "redline" else None,
            "lang": self.lang,
            "paper": self.paper,
            "confidential": self.confidential.strip(),
            "only_changed": self.only_changed and self.kind == "redline",
        }

    def word_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for services' export_docx / export_akn (without desk, meeting)."""
        if self.fmt == "akn":
            return {
                "out": self.out,
                "document": self.document,
                "revision": self.revision,
                "lang": self.lang,
            }
        return {
            "kind": self.kind,
            "out": self.out,
            "document": self.document,
            "revision": self.revision if self.kind in ("final", "compilation") else None,
            "from_label": self.from_label if self.kind == "redline" else None,
            "to_label": self.to_label if self.kind == "redline" else None,
            "lang": self.lang,
            "paper": self.paper,
            "only_changed": self.only_changed and self.kind == "redline",
        }

    def with_out(self, out: Path | str) -> ExportOptions:
        return replace(self, out=Path(out))


_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def _part(text: str) -> str:
    """A label as a file-name part: 'Zero draft' → 'Zero-draft', 'Rev.2' stays."""
    return _UNSAFE.sub("-", text.strip()).strip("-.") or "x"


def default_file_name(
    kind: str,
    *,
    document: str | None = None,
    revision: str | None = None,
    from_label: str | None = None,
    to_label: str | None = None,
    meeting: str = "meeting",
    lang: str = "both",
    fmt: str = "pdf",
    only_changed: bool = False,
) -> str:
    """e.g. declaration-Rev.2-en.pdf, declaration-Rev.1-to-Rev.2-redline-both.pdf
    (…-redline-changed-both.pdf with only the changed clauses), g7-ict-2016-agenda-ja.pdf.
    Never empty, never with a path separator."""
    if kind not in PDF_KINDS:
        raise ValueError(f"unknown export kind {kind!r}")
    if kind in DOCUMENT_KINDS:
        parts = [_part(document or "document")]
        if kind == "redline":
            parts += [_part(from_label or "start"), "to", _part(to_label or "current"), "redline"]
            if only_changed:
                parts.append("changed")
        else:
            parts.append(_part(revision) if revision else "current")
            if kind == "compilation":
                parts.append("compilation")
            if fmt == "akn":
                parts.append("akn")
    elif kind == "annex" and document:
        parts = [_part(document), "actions"]
    else:
        parts = [_part(meeting), "actions" if kind == "annex" else kind]
    parts.append(lang)
    return "-".join(parts) + SUFFIX.get(fmt, ".pdf")


def temporary_pdf(stem: str) -> tuple[Path, Callable[[], None]]:
    """A path in a fresh private folder, and the function that removes that folder."""
    folder = Path(tempfile.mkdtemp(prefix="meetingdesk-print-"))
    return folder / f"{stem}.pdf", lambda: shutil.rmtree(folder, ignore_errors=True)
