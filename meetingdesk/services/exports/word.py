# SPDX-License-Identifier: GPL-3.0-or-later
"""Word and Akoma Ntoso exports: the snapshots the PDF writers use, handed to the DOCX and
AKN writers; every failure a DeskError a person can read. Nothing here writes to the
database."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from meetingdesk.formats import ExportCancelled, ExportError
from meetingdesk.formats.docx import writer
from meetingdesk.formats.docx.writer_runs import Mark
from meetingdesk.model import ClauseVersion, Delegation
from meetingdesk.services.base import Desk, DeskError, ValidationError, export_refusal
from meetingdesk.services.drafting import documents, proposals
from meetingdesk.snapshots import DocumentText

from ._exports import ExportCancelledError, _adopted_label

DOCX_KINDS = writer.DOCX_KINDS
LANGS = ("en", "ja", "both")


@dataclass(frozen=True)
class AknResult:
    path: Path
    language: str
    sha256: str


def _text_for(desk: Desk, meeting_id: int, document: str | None, revision: str | None, kind: str):
    if not document:
        names = ", ".join(d.short_name for d in documents.list_documents(desk, meeting_id))
        raise ValidationError(
            f"export {kind} needs --document (one of: {names or 'none'})",
            code="export_needs_document",
            export_kind=kind,
            documents=[n for n in names.split(", ") if n],
        )
    doc = documents.find_document(desk, meeting_id, document)
    label = revision if revision else (_adopted_label(desk, doc) if kind == "final" else None)
    return doc, documents.document_text(desk, doc.id, label)


def redline_marks(desk: Desk, old: DocumentText, new: DocumentText) -> dict:
    """(clause uuid, language) → who made the new version and when: the proposing
    delegation's code, else "Secretariat"."""
    before = {c.uuid: (c.en_version_id, c.ja_version_id) for c in old.clauses}
    wanted: dict[int, tuple[str, str]] = {}
    for c in new.clauses:
        was = before.get(c.uuid, (None, None))
        for lang, vid, old_vid in (
            ("en", c.en_version_id, was[0]),
            ("ja", c.ja_version_id, was[1]),
        ):
            if vid is not None and vid != old_vid:
                wanted[vid] = (c.uuid, lang)
    marks: dict[tuple[str, str], Mark] = {}
    ids = list(wanted)
    with desk.read() as s:
        for start in range(0, len(ids), 500):
            rows = s.execute(
                select(ClauseVersion.id, ClauseVersion.created_at, Delegation.code)
                .outerjoin(Delegation, Delegation.id == ClauseVersion.delegation_id)
                .where(ClauseVersion.id.in_(ids[start : start + 500]))
            ).all()
            for vid, created, code in rows:
                marks[wanted[vid]] = Mark(code or "Secretariat", created)
    return marks


def comment_notes(desk: Desk, text: DocumentText) -> list[writer.CommentNote]:
    return [
        writer.CommentNote(
            p.clause_id,
            p.after_clause_id,
            p.delegation_code,
            p.kind,
            p.language,
            p.text,
            p.rationale,
            p.created_at,
        )
        for p in proposals.list_proposals(desk, text.document.id, status="open")
    ]


def export_docx(
    desk: Desk,
    kind: str,
    out: Path | str,
    *,
    meeting_id: int,
    document: str | None = None,
    revision: str | None = None,
    from_label: str | None = None,
    to_label: str | None = None,
    lang: str = "both",
    paper: str = "a4",
    track_changes: bool | None = None,
    cancel: Callable[[], bool] | None = None,
    only_changed: bool = False,
) -> writer.DocxResult:
    """Write one Word file of ``kind`` (final, compilation, redline). A compilation has
    Track Changes switched on (it is what delegations comment on) unless told otherwise.
    ``only_changed``: a redline leaves out the clauses that did not change."""
    if kind not in DOCX_KINDS:
        raise ValidationError(
            f"unknown Word export {kind!r}; choose one of {', '.join(DOCX_KINDS)}",
            code="export_kind_unknown",
            export_kind=str(kind),
            export_kinds=DOCX_KINDS,
        )
    if lang not in LANGS:
        raise ValidationError(
            f"language {lang!r} is not one of {', '.join(LANGS)}",
            code="language_unknown",
            language=str(lang),
            languages=LANGS,
        )
    if paper not in ("a4", "letter"):
        raise ValidationError(
            f"paper {paper!r} is not one of a4, letter",
            code="paper_unknown",
            paper=str(paper),
            papers=("a4", "letter"),
        )
    tracking = kind == "compilation" if track_changes is None else track_changes
    options = writer.DocxOptions(
        lang=lang,
        paper=paper,
        track_changes=tracking,
        cancel=cancel,
        only_changed=only_changed and kind == "redline",
    )
    out = Path(out)
    try:
        if kind == "redline":
            doc, _ = _text_for(desk, meeting_id, document, None, kind)
            if not from_label:
                labels = ", ".join(doc.revision_labels) or "none yet"
                raise ValidationError(
                    f"a redline needs --from LABEL (revisions of {doc.short_name}: {labels})",
                    code="redline_needs_from",
                    document=doc.short_name,
                    revisions=list(doc.revision_labels),
                )
            old = documents.document_text(desk, doc.id, from_label)
            new = documents.document_text(desk, doc.id, to_label or revision)
            return writer.write_redline(out, old, new, options, redline_marks(desk, old, new))
        _doc, text = _text_for(desk, meeting_id, document, revision, kind)
        if kind == "final":
            return writer.write_final(out, text, options)
        return writer.write_compilation(out, text, comment_notes(desk, text), options)
    except ExportCancelled as exc:
        raise ExportCancelledError(str(exc)) from exc
    except ExportError as exc:
        raise export_refusal(exc) from exc


def export_akn(
    desk: Desk,
    out: Path | str,
    *,
    meeting_id: int,
    document: str | None = None,
    revision: str | None = None,
    lang: str = "en",
) -> AknResult:
    """One language of a document as Akoma Ntoso 3.0 (the adopted text when adopted and no
    revision is named)."""
    from meetingdesk.formats.akn.writer import write_akn

    if lang not in ("en", "ja"):
        raise ValidationError(
            f"Akoma Ntoso is one language per file: --lang en or ja, not {lang!r}",
            code="akn_one_language",
            language=str(lang),
        )
    _doc, text = _text_for(desk, meeting_id, document, revision, "final")
    try:
        data = write_akn(text, lang)
    except ExportError as exc:
        raise export_refusal(exc) from exc
    out = Path(out)
    part = out.with_name(out.name + ".part")
    try:
        part.write_bytes(data)
        os.replace(part, out)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise DeskError(
            f"cannot write {out}: {exc.strerror or exc}", code="file_unwritable", file=str(out)
        ) from exc
    return AknResult(out, lang, hashlib.sha256(data).hexdigest())
