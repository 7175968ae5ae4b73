# SPDX-License-Identifier: GPL-3.0-or-later
"""Circulate a frozen revision: its compilation text as PDF and as Word (Track Changes on),
and for each delegation an e-mail draft (.eml) addressed to its contact points with both
files attached and a bilingual cover note. The circulation is recorded — which revision, to
whom, when, which files with their SHA-256 — so the Documents page can say what each
delegation last received, and a returned Word file can be checked against what was sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from meetingdesk.formats.circulation import Attachment, CoverNote, addresses, build_eml
from meetingdesk.model import (
    Circulation,
    CirculationFile,
    CirculationRecipient,
    Delegation,
    Document,
    Revision,
    utc_now,
)
from meetingdesk.services import meetings
from meetingdesk.services.base import Desk, DeskError, ValidationError
from meetingdesk.services.drafting import documents
from meetingdesk.services.logistics import delegations, participants

from . import _exports as exports
from . import word as exports_word


@dataclass(frozen=True)
class SentFile:
    name: str
    kind: str
    size: int
    sha256: str


@dataclass(frozen=True)
class SentTo:
    delegation_code: str
    addresses: str
    eml_name: str
    eml_sha256: str


@dataclass(frozen=True)
class CirculationSnap:
    id: int
    uuid: str
    document_id: int
    revision_label: str
    created_at: datetime
    created_by: str
    files: tuple[SentFile, ...]
    recipients: tuple[SentTo, ...]
    folder: str = ""
    warnings: tuple[str, ...] = ()


def _safe(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", value).strip("-") or "x"


def _contacts(desk: Desk, meeting_id: int, delegation) -> list[tuple[str, str]]:
    """The delegation's contact points; else the e-mails of its head, deputy and sherpa."""
    found = addresses(delegation.contact_point or "")
    if found:
        return found
    people = participants.list_participants(desk, meeting_id, delegation_id=delegation.id)
    return [
        (p.name_en, p.email)
        for p in people
        if p.email and not p.retired and p.role in ("head", "deputy", "sherpa")
    ]


def circulate(
    desk: Desk,
    *,
    meeting_id: int,
    document: str,
    revision: str,
    out: Path | str,
    sender: str = "",
    lang: str = "both",
    deadline: datetime | None = None,
    now: datetime | None = None,
) -> CirculationSnap:
    """Write the files and one .eml per delegation into ``out``, then record it all."""
    if not revision:
        raise ValidationError(
            "name the revision to circulate (e.g. --revision Rev.2)",
            code="circulation_needs_revision",
        )
    doc = documents.find_document(desk, meeting_id, document)
    if revision not in doc.revision_labels:
        labels = ", ".join(doc.revision_labels) or "none"
        raise ValidationError(
            f"{doc.short_name} has no revision {revision!r}: only frozen revisions are "
            f"circulated (it has: {labels})",
            code="circulation_not_frozen",
            document=doc.short_name,
            label=revision,
            revisions=list(doc.revision_labels),
        )
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise ValidationError(
            f"{folder} is a file, not a folder", code="folder_is_file", folder=str(folder)
        )
    desk.require_insert("circulation")  # a login that may not record it writes no file
    folder.mkdir(parents=True, exist_ok=True)
    meeting = meetings.get_meeting(desk, meeting_id)
    when = now or utc_now()
    base = f"{_safe(doc.short_name)}-{_safe(revision)}"
    pdf = exports.export(
        desk,
        "compilation",
        folder / f"{base}.pdf",
        meeting_id=meeting_id,
        document=doc.short_name,
        revision=revision,
        lang=lang,
    )
    word = exports_word.export_docx(
        desk,
        "compilation",
        folder / f"{base}.docx",
        meeting_id=meeting_id,
        document=doc.short_name,
        revision=revision,
        lang=lang,
        track_changes=True,
    )
    attachments = [Attachment(p.name, p.read_bytes()) for p in (pdf.path, word.path)]
    warnings: list[str] = list(pdf.warnings)
    recipients: list[tuple[int, SentTo]] = []
    for d in delegations.list_delegations(desk, meeting_id):
        if d.retired or d.is_host:
            continue
        to = _contacts(desk, meeting_id, d)
        if not to:
            warnings.append(
                f"{d.code} has no contact point or head's e-mail: its draft has no recipient"
            )
        note = CoverNote(
            meeting.title_en,
            meeting.title_ja,
            doc.title_en,
            doc.title_ja or doc.title_en,
            revision,
            d.name_en or d.code,
            d.name_ja,
            sender,
            when,
            meeting.time_zone,
            deadline,
        )
        data = build_eml(note, to, attachments)
        name = f"{base}-{_safe(d.code)}.eml"
        _write(folder / name, data)
        shown = ", ".join(f"{n} <{a}>" if n else a for n, a in to)
        recipients.append((d.id, SentTo(d.code, shown, name, Attachment(name, data).sha256)))
    if not recipients:
        raise ValidationError(
            "the meeting has no delegation to circulate to (besides the host)",
            code="circulation_no_recipients",
        )
    with desk.write() as s:
        rev = s.scalar(
            select(Revision).where(Revision.document_id == doc.id, Revision.label == revision)
        )
        row = Circulation(
            document_id=doc.id,
            revision_id=rev.id,
            created_at=when,
            created_by=desk.user_login,
            note="",
        )
        s.add(row)
        s.flush()
        for i, item in enumerate(attachments):
            kind = item.name.rsplit(".", 1)[-1]
            s.add(
                CirculationFile(
                    circulation_id=row.id,
                    position=i,
                    name=item.name,
                    kind=kind,
                    size=len(item.data),
                    sha256=item.sha256,
                )
            )
        for delegation_id, sent in recipients:
            s.add(
                CirculationRecipient(
                    circulation_id=row.id,
                    delegation_id=delegation_id,
                    addresses=sent.addresses,
                    eml_name=sent.eml_name,
                    eml_sha256=sent.eml_sha256,
                )
            )
        desk.audit(
            s,
            "revision.circulate",
            rev,
            f"{doc.short_name} {revision} circulated to {len(recipients)} delegation(s)",
            {
                "files": {a.name: a.sha256 for a in attachments},
                "to": [r.delegation_code for _, r in recipients],
            },
        )
        s.flush()
        snap = _snap(s, row)
    return CirculationSnap(**{**snap.__dict__, "folder": str(folder), "warnings": tuple(warnings)})


def _write(path: Path, data: bytes) -> None:
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(data)
        part.replace(path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise DeskError(
            f"cannot write {path}: {exc.strerror or exc}", code="file_unwritable", file=str(path)
        ) from exc


def _snap(s, row: Circulation) -> CirculationSnap:
    label = s.scalar(select(Revision.label).where(Revision.id == row.revision_id))
    codes = dict(s.execute(select(Delegation.id, Delegation.code)).all())
    return CirculationSnap(
        row.id,
        str(row.uuid),
        row.document_id,
        label,
        row.created_at,
        row.created_by,
        tuple(SentFile(f.name, f.kind, f.size, f.sha256) for f in row.files),
        tuple(
            SentTo(codes.get(r.delegation_id, "?"), r.addresses, r.eml_name, r.eml_sha256)
            for r in row.recipients
        ),
    )


def list_circulations(desk: Desk, document_id: int) -> list[CirculationSnap]:
    """A document's circulations, newest first."""
    with desk.read() as s:
        if s.get(Document, document_id) is None:
            raise ValidationError(
                f"document {document_id} does not exist",
                code="not_found",
                entity="document",
                entity_id=document_id,
            )
        rows = s.scalars(
            select(Circulation)
            .where(Circulation.document_id == document_id)
            .options(selectinload(Circulation.files), selectinload(Circulation.recipients))
            .order_by(Circulation.created_at.desc(), Circulation.id.desc())
        ).all()
        return [_snap(s, r) for r in rows]


def last_received(desk: Desk, document_id: int) -> dict[str, tuple[str, datetime]]:
    """Delegation code → (revision label, when) of the last circulation it received."""
    out: dict[str, tuple[str, datetime]] = {}
    for circulation in list_circulations(desk, document_id):
        for sent in circulation.recipients:
            out.setdefault(
                sent.delegation_code, (circulation.revision_label, circulation.created_at)
            )
    return out
