# SPDX-License-Identifier: GPL-3.0-or-later
"""Exports: build the snapshots a PDF needs with the other services, call the writer, and
turn every failure into a DeskError a person can read. Also `verify_pdf`, which checks an
adopted final text's printed fingerprint against the database.

Nothing here writes to the database; the writers under meetingdesk.formats never open a
session of their own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from meetingdesk.formats import PDF_KINDS, ExportCancelled, ExportError
from meetingdesk.services import meetings
from meetingdesk.services.base import Desk, DeskError, NotFound, ValidationError, export_refusal
from meetingdesk.services.drafting import documents
from meetingdesk.services.logistics import agenda, delegations, participants
from meetingdesk.snapshots import DocumentSnap, DocumentText

LANGS = ("en", "ja", "both")
PAPERS = ("a4", "letter")
DOCUMENT_KINDS = ("final", "compilation", "redline")


class ExportCancelledError(DeskError):
    """The person cancelled; no file was written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    pages: int
    sha256: str  # of the file written
    fonts: str  # which fonts were embedded, in words
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class VerifyResult:
    path: Path
    ok: bool
    document: str  # short name, "" when unknown
    printed_hash: str
    database_hash: str
    message: str


def export(desk: Desk, kind: str, out: Path | str, **kwargs) -> ExportResult:
    """Write one PDF of `kind` to `out` (atomically). Raises DeskError on bad input.

    While it runs, its temporary file is marked (store.leftovers): if the program is
    killed mid-write, the next start removes the hidden .part file it left.
    """
    from meetingdesk.store.leftovers import pending, temp_pattern

    path = Path(out)
    with pending(path.parent, temp_pattern(f".{path.name}", ".*.part")):
        return _export(desk, kind, path, **kwargs)


def _export(
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
    confidential: str = "",
    font: str | None = None,
    cancel: Callable[[], bool] | None = None,
    today: date | None = None,
    author: str = "",
    only_changed: bool = False,
) -> ExportResult:
    """Write one PDF of `kind` to `out` (atomically). Raises DeskError on bad input.
    ``only_changed``: a redline leaves out the clauses that did not change."""
    if kind not in PDF_KINDS:
        raise ValidationError(
            f"unknown export kind {kind!r}; choose one of {', '.join(PDF_KINDS)}",
            code="export_kind_unknown",
            export_kind=str(kind),
            export_kinds=PDF_KINDS,
        )
    if lang not in LANGS:
        raise ValidationError(
            f"language {lang!r} is not one of {', '.join(LANGS)}",
            code="language_unknown",
            language=str(lang),
            languages=LANGS,
        )
    if paper not in PAPERS:
        raise ValidationError(
            f"paper {paper!r} is not one of {', '.join(PAPERS)}",
            code="paper_unknown",
            paper=str(paper),
            papers=PAPERS,
        )
    from meetingdesk.formats.pdf import render

    options = render.PdfOptions(
        lang=lang,
        paper=paper,
        confidential=confidential,
        font=font,
        cancel=cancel,
        author=author.strip(),
        audit_head=_audit_head(desk),
        only_changed=only_changed and kind == "redline",
    )
    out = Path(out)
    meeting = meetings.get_meeting(desk, meeting_id)
    try:
        if kind in DOCUMENT_KINDS:
            if not document:
                raise ValidationError(
                    f"export {kind} needs a document (one of: {_names(desk, meeting.id)})",
                    code="export_needs_document",
                    export_kind=kind,
                    documents=[d.short_name for d in documents.list_documents(desk, meeting.id)],
                )
            doc = documents.find_document(desk, meeting.id, document)
            if kind == "final":
                text = documents.document_text(desk, doc.id, revision or _adopted_label(desk, doc))
                result = render.render_final(out, text, options)
                if text.document.status == "adopted" and text.revision_label == _adopted_label(
                    desk, doc
                ):
                    result = _sign_final(result, text)
            elif kind == "compilation":
                text = documents.document_text(desk, doc.id, revision)
                if text.revision_label:
                    # As it stood: the head signed when the revision was frozen, so that the
                    # same revision compiled later gives the same bytes.
                    options = dataclasses.replace(
                        options, audit_head=_audit_head_at_freeze(desk, doc.id, text)
                    )
                result = render.render_compilation(
                    out, text, _proposals(desk, text), options, _codes(desk, meeting.id)
                )
            else:
                old, new = _redline_pair(desk, doc, from_label, to_label or revision)
                result = render.render_redline(out, old, new, options)
        elif kind == "annex":
            from meetingdesk.formats.pdf.annex import render_annex

            result = render_annex(out, annex_plan(desk, meeting.id, document, today), options)
        elif kind == "followup":
            from meetingdesk.formats.pdf.followup import render_followup
            from meetingdesk.services.actions.read import follow_up_summary

            result = render_followup(out, follow_up_summary(desk, meeting.id, today), options)
        else:
            data = meeting_data(desk, meeting.id)
            if kind == "agenda":
                result = render.render_agenda(out, data, options)
            elif kind == "participants":
                result = render.render_participants(out, data, options)
            elif kind == "badges":
                result = render.render_badges(out, data, options)
            elif kind == "nameplates":
                result = render.render_nameplates(out, data, options)
            elif kind == "seating":
                from meetingdesk.formats.pdf.seating import render_seating
                from meetingdesk.services.logistics.seating import get_seating

                seats = get_seating(desk, meeting.id).seats
                result = render_seating(out, data, seats, options)
            else:
                result = render.render_book(out, data, book_documents(desk, meeting.id), options)
    except ExportCancelled as exc:
        raise ExportCancelledError(str(exc)) from exc
    except ExportError as exc:
        raise export_refusal(exc) from exc
    return ExportResult(
        result.path, kind, result.pages, result.sha256, result.fonts.describe(), result.warnings
    )


def annex_plan(desk: Desk, meeting_id: int, document: str | None, today: date | None):
    """The annex of actions (the named one, else the meeting's first annex) as a snapshot."""
    from meetingdesk.services.actions.read import list_actions, local_today
    from meetingdesk.snapshots.actions import ActionPlan

    if document:
        doc = documents.find_document(desk, meeting_id, document)
    else:
        annexes = [d for d in documents.list_documents(desk, meeting_id) if d.kind == "annex"]
        if not annexes:
            raise ValidationError("the meeting has no annex document", code="no_annex")
        doc = annexes[0]
    acts = tuple(a for a in list_actions(desk, meeting_id, today=today) if a.document_id == doc.id)
    meeting = meetings.get_meeting(desk, meeting_id)
    # "Today" is the meeting's calendar day, not this computer's (Tokyo is a day ahead of
    # Europe for nine hours of every day).
    return ActionPlan(meeting, doc, acts, local_today(meeting.time_zone, today))


def _sign_final(result, text: DocumentText):
    """Sign an adopted final with the secretariat's certificate (PAdES, the whole file)."""
    import dataclasses
    import hashlib
    import os

    from meetingdesk.integrity.pdfsign import sign_pdf
    from meetingdesk.store import signing

    creds = signing.credentials(create_for=text.meeting.host_en or "Secretariat")
    signed = sign_pdf(
        result.path.read_bytes(),
        creds,
        reason=f"Adopted text of {text.document.short_name}",
        location=text.meeting.city_en,
    )
    tmp = result.path.with_name(f".{result.path.name}.signed.part")
    try:
        tmp.write_bytes(signed)
        os.replace(tmp, result.path)
    finally:
        tmp.unlink(missing_ok=True)
    return dataclasses.replace(result, sha256=hashlib.sha256(signed).hexdigest())


def _audit_head(desk: Desk) -> tuple[str, str]:
    """The newest signed audit head: printed on every page, its receipt in the metadata.

    Whoever holds the PDF can later show it to `check --receipt`: a chain cut or
    rewritten since the export no longer holds that head.
    """
    from meetingdesk.store.anchoring import last_receipt

    with desk.engine.connect() as conn:
        receipt = last_receipt(conn)
    if receipt is None:
        return ("", "")
    return (receipt.short(), receipt.to_json())


def _audit_head_at_freeze(desk: Desk, document_id: int, text: DocumentText) -> tuple[str, str]:
    """The signed audit head that first covered the freeze of the revision ``text`` shows:
    the writing transaction that froze it signed its head (store.anchoring), and heads and
    events are append-only, so the answer never changes. ("", "") when this database does
    not hold the freeze (a package holds no audit log of its source)."""
    import sqlalchemy as sa

    from meetingdesk.integrity.anchor import Receipt
    from meetingdesk.model import AuditAnchor, AuditEvent, Revision

    with desk.read() as s:
        rev_uuid = s.scalar(
            sa.select(Revision.uuid).where(
                Revision.document_id == document_id, Revision.label == text.revision_label
            )
        )
        if rev_uuid is None:
            return ("", "")
        event = s.scalar(
            sa.select(sa.func.min(AuditEvent.id)).where(
                AuditEvent.action == "revision.freeze", AuditEvent.entity_uuid == str(rev_uuid)
            )
        )
        if event is None:
            return ("", "")
        raw = s.scalar(
            sa.select(AuditAnchor.receipt)
            .where(AuditAnchor.event_id >= event)
            .order_by(AuditAnchor.event_id, AuditAnchor.id)
            .limit(1)
        )
    if raw is None:
        return ("", "")
    receipt = Receipt.from_json(raw)
    return (receipt.short(), receipt.to_json())


def _codes(desk: Desk, meeting_id: int) -> tuple:
    """The meeting's delegations (code and names, in its order) for the compilation legend."""
    from meetingdesk.formats.pdf.compilation import DelegationCode

    return tuple(
        DelegationCode(d.code, d.name_en, d.name_ja)
        for d in delegations.list_delegations(desk, meeting_id)
    )


def _names(desk: Desk, meeting_id: int) -> str:
    return ", ".join(d.short_name for d in documents.list_documents(desk, meeting_id)) or "none"


def _adopted_label(desk: Desk, doc: DocumentSnap) -> str | None:
    """The revision holding the adopted text, or None (the current text) when not adopted."""
    if doc.status != "adopted":
        return None
    revisions = documents.list_revisions(desk, doc.id)
    for rev in reversed(revisions):
        if rev.kind == "adopted":
            return rev.label
    for rev in reversed(revisions):
        if doc.adopted_hash and rev.content_hash == doc.adopted_hash:
            return rev.label
    return None


def _redline_pair(
    desk: Desk, doc: DocumentSnap, from_label: str | None, to_label: str | None
) -> tuple[DocumentText, DocumentText]:
    if not from_label:
        labels = ", ".join(doc.revision_labels) or "none yet"
        raise ValidationError(
            f"a redline needs --from LABEL (revisions of {doc.short_name}: {labels})",
            code="redline_needs_from",
            document=doc.short_name,
            revisions=list(doc.revision_labels),
        )
    old = documents.document_text(desk, doc.id, from_label)
    new = documents.document_text(desk, doc.id, to_label)
    return old, new


def _proposals(desk: Desk, text: DocumentText) -> list:
    """Proposals attributed to their delegations, for the compilation text: those open now
    for the current text, those open at the freeze for a frozen revision (as it stood)."""
    from meetingdesk.formats.pdf.compilation import ProposalNote

    try:
        from meetingdesk.services.drafting.proposals import list_proposals, proposals_open_at
    except ImportError:  # the drafting services are not installed in this build
        return []
    notes = []
    if text.revision_label and text.revision_at is not None:
        found = proposals_open_at(desk, text.document.id, text.revision_at)
    else:
        found = list_proposals(desk, text.document.id, status="open")
    for p in found:
        notes.append(
            ProposalNote(
                clause_id=p.clause_id,
                after_clause_id=p.after_clause_id,
                delegation_code=p.delegation_code,
                kind=p.kind,
                language=p.language,
                text=p.text,
                positions=tuple((x.delegation_code, x.stance) for x in p.positions),
            )
        )
    return notes


def meeting_data(desk: Desk, meeting_id: int):
    from meetingdesk.formats.pdf.common import MeetingData

    return MeetingData(
        meeting=meetings.get_meeting(desk, meeting_id),
        delegations=tuple(delegations.list_delegations(desk, meeting_id)),
        participants=tuple(participants.list_participants(desk, meeting_id)),
        sessions=tuple(agenda.list_sessions(desk, meeting_id)),
        rooms=tuple(agenda.list_rooms(desk, meeting_id)),
    )


def book_documents(desk: Desk, meeting_id: int) -> list:
    """Each document as it stands: the adopted text when adopted, else the current text."""
    from meetingdesk.formats.pdf.book import BookDocument

    out = []
    for doc in documents.list_documents(desk, meeting_id):
        text = documents.document_text(desk, doc.id, _adopted_label(desk, doc))
        proposals = () if doc.status == "adopted" else tuple(_proposals(desk, text))
        out.append(BookDocument(text, proposals))
    return out


# --- verify ---------------------------------------------------------------------------------

_HASH = re.compile(r"sha256:([0-9a-f]{64})")
_DOC = re.compile(r"document:([0-9a-fA-F-]{36})")
_PRINTED = re.compile(r"SHA-256[^:]*:\s*([0-9a-f]{64})")


def read_fingerprint(path: Path) -> tuple[str, str, str]:
    """(document uuid, SHA-256 printed on the page, SHA-256 in the metadata) of a PDF."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise DeskError(
            f"cannot read {path}: {exc.strerror or exc}",
            code="file_missing" if isinstance(exc, FileNotFoundError) else "file_not_readable",
            file=str(path),
        ) from exc
    if not raw.startswith(b"%PDF"):
        raise ValidationError(f"{path} is not a PDF file", code="not_a_pdf", file=str(path))
    # ReportLab writes the info dictionary uncompressed; keywords are plain ASCII.
    head = raw.decode("latin-1")
    keywords = re.search(r"/Keywords \(([^)]*)\)", head)
    uuid = digest = ""
    if keywords:
        found = _DOC.search(keywords.group(1))
        uuid = found.group(1) if found else ""
        found = _HASH.search(keywords.group(1))
        digest = found.group(1) if found else ""
    return uuid, _printed_hash(path), digest


def _printed_hash(path: Path) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:
        return ""
    try:
        reader = PdfReader(str(path))
        for page in reader.pages:
            found = _PRINTED.search(page.extract_text() or "")
            if found:
                return found.group(1)
    except Exception:  # noqa: BLE001 — a damaged file simply has no readable fingerprint
        return ""
    return ""


def verify_pdf(desk: Desk, path: Path | str) -> VerifyResult:
    """Recompute the adopted text's SHA-256 from the database and compare with the PDF's."""
    path = Path(path)
    uuid, printed, meta = read_fingerprint(path)
    if printed and meta and printed != meta:
        return VerifyResult(
            path,
            False,
            "",
            printed,
            "",
            f"MISMATCH: the fingerprint printed in {path.name} ({printed[:16]}…) differs from "
            f"the one in its metadata ({meta[:16]}…); the file was altered",
        )
    printed = printed or meta
    if not printed:
        return VerifyResult(
            path,
            False,
            "",
            "",
            "",
            f"{path.name} carries no fingerprint: it is not the final text of an adopted document",
        )
    doc = _document_by_uuid(desk, uuid) if uuid else None
    if doc is None:
        doc = _document_by_hash(desk, printed)
    if doc is None:
        return VerifyResult(
            path,
            False,
            "",
            printed,
            "",
            f"no document in {desk.label} matches {path.name} (fingerprint {printed[:12]}…)",
        )
    label = _adopted_label(desk, doc)
    if label is None:
        return VerifyResult(
            path,
            False,
            doc.short_name,
            printed,
            "",
            f"{doc.short_name} is not adopted in {desk.label}; nothing to verify against",
        )
    text = documents.document_text(desk, doc.id, label)
    recomputed = documents.text_hash(text.clauses)
    refused = _signed_text_problems(path, text)
    if refused:
        return VerifyResult(
            path, False, doc.short_name, printed, recomputed, f"MISMATCH: {path.name}: {refused}"
        )
    if recomputed == printed and recomputed == doc.adopted_hash:
        message = f"{path.name} matches the adopted text of {doc.short_name} ({printed[:16]}…)"
        return VerifyResult(path, True, doc.short_name, printed, recomputed, message)
    if recomputed != doc.adopted_hash:
        message = (
            f"MISMATCH: the database text of {doc.short_name} no longer gives its recorded "
            f"fingerprint (recorded {doc.adopted_hash[:16]}…, now {recomputed[:16]}…); "
            "the database was altered"
        )
    else:
        message = (
            f"MISMATCH: {path.name} carries {printed[:16]}… but the adopted text of "
            f"{doc.short_name} is {recomputed[:16]}…"
        )
    return VerifyResult(path, False, doc.short_name, printed, recomputed, message)


def _signed_text_problems(path: Path, text: DocumentText) -> str:
    """Why a final PDF is not the adopted text: its signature (by this secretariat's
    certificate, over every byte), then its printed wording, clause by clause."""
    from meetingdesk.formats.pdf.page import PdfSettings
    from meetingdesk.integrity.pdfsign import check_signature
    from meetingdesk.integrity.pdftext import ExpectedClause, body_columns, compare
    from meetingdesk.store import signing

    data = path.read_bytes()
    creds = signing.credentials()
    if creds is None:
        return (
            "no secretariat certificate on this computer to check its signature against "
            "(import the secretariat's PKCS#12 file first)"
        )
    verdict = check_signature(data, creds.cert_pem)
    if not verdict.ok:
        return verdict.reason
    try:
        body = body_columns(data, PdfSettings().margins_mm)
    except Exception as exc:  # noqa: BLE001 — pypdf raises many kinds on a broken file
        return f"its text cannot be read ({exc})"
    expected = [ExpectedClause(c.number, c.text_en, c.text_ja) for c in text.clauses]
    problems = compare(body, expected)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return problems[0] + more
    return ""


def _all_documents(desk: Desk) -> list[DocumentSnap]:
    return [d for m in meetings.list_meetings(desk) for d in documents.list_documents(desk, m.id)]


def _document_by_uuid(desk: Desk, uuid: str) -> DocumentSnap | None:
    return next((d for d in _all_documents(desk) if d.uuid == uuid), None)


def _document_by_hash(desk: Desk, digest: str) -> DocumentSnap | None:
    return next((d for d in _all_documents(desk) if d.adopted_hash == digest), None)


def default_meeting_id(desk: Desk) -> int:
    """The meeting when the database holds exactly one (or the most recent one)."""
    found = meetings.list_meetings(desk)
    if not found:
        raise NotFound(
            "the database holds no meeting (load one, e.g. `meetingdesk demo`)", code="no_meeting"
        )
    return found[0].id
