"""Frozen revisions: Rev.1, Rev.2 … (zero draft, compilation, chair's text, clean, adopted).

A revision records which version of each clause was current, with order, numbers and
statuses, and the hash of the whole text: what was circulated can always be reproduced.
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetingdesk.model import Document, Revision, RevisionEntry, utc_now
from meetingdesk.services.base import Desk, ValidationError
from meetingdesk.services.drafting.reading import (
    clause_snaps,
    document_text,
    editable_document,
    shown_clauses,
    text_hash,
)
from meetingdesk.services.drafting.structure import pin_numbers
from meetingdesk.snapshots import RevisionSnap
from meetingdesk.store.sealing import EntryRow, revision_tree_hash

REVISION_KINDS = ("zero", "compilation", "chair", "clean", "adopted")
# Printed names of revision kinds (PDF cover lines); the window translates its own with tr().
REVISION_KIND_LABELS = {
    "zero": ("Zero draft", "ゼロ・ドラフト"),
    "compilation": ("Compilation text", "編纂テキスト"),
    "chair": ("Chair's text", "議長テキスト"),
    "clean": ("Clean text", "クリーン・テキスト"),
    "adopted": ("Adopted text", "採択テキスト"),
}


def revision_kind_label(kind: str, lang: str = "en") -> str:
    """The printed name of a revision kind in English or Japanese."""
    en, ja = REVISION_KIND_LABELS.get(kind, (kind, kind))
    return ja if lang == "ja" else en


def freeze_revision(
    desk: Desk, document_id: int, *, kind: str = "chair", note: str = "", label: str | None = None
) -> RevisionSnap:
    """Freeze the document as it stands now: Rev.N with the exact version of each clause.

    Kinds: zero (zero draft), compilation, chair (chair's text), clean; "adopted" is
    written only by status.adopt_document. The first freeze moves a draft document
    into negotiation.
    """
    if kind not in REVISION_KINDS or kind == "adopted":
        allowed = ", ".join(k for k in REVISION_KINDS if k != "adopted")
        raise ValidationError(
            f"revision kind {kind!r} is not one of {allowed}",
            code="unknown_revision_kind",
            revision_kind=kind,
            revision_kinds=[k for k in REVISION_KINDS if k != "adopted"],
        )
    with desk.write() as s:
        doc = editable_document(s, document_id)
        rev = freeze_in(desk, s, doc, kind=kind, note=note, label=label)
        if doc.status == "draft":
            doc.status = "negotiation"
        return revision_snap(rev)


def freeze_in(
    desk: Desk,
    s: Session,
    doc: Document,
    *,
    kind: str,
    note: str,
    label: str | None,
    at: datetime | None = None,
) -> Revision:
    """Write a frozen revision of doc inside the caller's transaction (with its audit)."""
    number = (
        s.scalar(select(func.max(Revision.number)).where(Revision.document_id == doc.id)) or 0
    ) + 1
    if label is None:
        # Rev.N counts the Rev. revisions only: a "Zero draft" label does not shift it.
        taken = set(s.scalars(select(Revision.label).where(Revision.document_id == doc.id)))
        n = sum(1 for x in taken if x.startswith("Rev.")) + 1
        while f"Rev.{n}" in taken:
            n += 1
        label = f"Rev.{n}"
    label = label.strip()
    if not label or len(label) > 64:
        raise ValidationError(
            "a revision label needs 1 to 64 characters", code="revision_label_length"
        )
    if s.scalar(select(Revision.id).where(Revision.document_id == doc.id, Revision.label == label)):
        raise ValidationError(
            f"{doc.short_name} already has a revision {label}",
            code="revision_label_taken",
            document=doc.short_name,
            label=label,
        )
    pin_numbers(s, doc)  # within a round numbers stay as frozen here
    snaps = clause_snaps(s, doc.id)
    # Deleted clauses that keep their number are frozen too ("8. [deleted]"), but not in
    # an adopted text.
    live = (
        [c for c in snaps if c.status != "deleted"] if kind == "adopted" else shown_clauses(snaps)
    )
    rows = [
        EntryRow(
            c.id,
            i,
            c.number,
            c.kind,
            c.status,
            ",".join(c.ad_ref),
            c.en_version_id,
            c.ja_version_id,
            c.parent_id,
        )
        for i, c in enumerate(live, start=1)
    ]
    header = {
        "number": number,
        "label": label,
        "kind": kind,
        "note": note,
        "author": desk.user_login,
        "created_at": at or utc_now(),
        "content_hash": text_hash(live),
    }
    rev_uuid = uuid_mod.uuid4()
    tree = revision_tree_hash(
        s.connection(), uuid=str(rev_uuid), document_id=doc.id, entries=rows, **header
    )
    rev = Revision(uuid=rev_uuid, document_id=doc.id, tree_hash=tree, **header)
    s.add(rev)
    s.flush()
    s.add_all(
        RevisionEntry(
            revision_id=rev.id,
            clause_id=e.clause_id,
            position=e.position,
            number=e.number,
            parent_clause_id=e.parent_clause_id,
            kind=e.kind,
            status=e.status,
            ad_ref=e.ad_ref,
            en_version_id=e.en_version_id,
            ja_version_id=e.ja_version_id,
        )
        for e in rows
    )
    desk.audit(s, "revision.freeze", rev, f"froze {doc.short_name} {label}", {"kind": kind})
    return rev


def verify_revision(desk: Desk, document_id: int, label: str) -> bool:
    """True when the revision's text still hashes to what was recorded when it was frozen."""
    text = document_text(desk, document_id, revision_label=label)
    with desk.read() as s:
        stored = s.scalar(
            select(Revision.content_hash).where(
                Revision.document_id == document_id, Revision.label == label
            )
        )
    return stored == text_hash(text.clauses)


def revision_snap(r: Revision) -> RevisionSnap:
    return RevisionSnap(
        r.id,
        str(r.uuid),
        r.document_id,
        r.number,
        r.label,
        r.kind,
        r.note,
        r.author,
        r.created_at,
        r.content_hash,
    )


def list_revisions(desk: Desk, document_id: int) -> list[RevisionSnap]:
    with desk.read() as s:
        rows = s.scalars(
            select(Revision).where(Revision.document_id == document_id).order_by(Revision.number)
        )
        return [revision_snap(r) for r in rows]
