"""Outcome documents and clauses: structure, text saves and frozen revisions.

Clause text is append-only: every save is a new ClauseVersion whose parent is the
head the editor started from; the clause row only moves its head pointer.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from meetingdesk.model import (
    Clause,
    ClauseVersion,
    Delegation,
    Document,
    Meeting,
    Revision,
    RevisionEntry,
    utc_now,
)
from meetingdesk.snapshots import ClauseSnap, DocumentSnap, DocumentText, RevisionSnap
from meetingdesk.text.brackets import BracketError, count_open, validate
from meetingdesk.text.numbering import number_clauses

from .base import ConflictError, Desk, FrozenError, NotFound, ValidationError, get_or_404
from .meetings import meeting_snap

DOCUMENT_KINDS = ("charter", "declaration", "annex", "chair_summary", "statement")
CLAUSE_KINDS = ("heading", "section", "subheading", "preambular", "operative", "action")
CLAUSE_STATUSES = ("draft", "bracketed", "ad_ref", "agreed", "deleted")
LANGUAGES = ("en", "ja")
REVISION_KINDS = ("zero", "compilation", "chair", "clean", "adopted")
# Printed names of revision kinds (PDF cover lines); the window translates its own with tr().
REVISION_KIND_LABELS = {
    "zero": ("Zero draft", "ゼロ・ドラフト"),
    "compilation": ("Compilation text", "編纂テキスト"),
    "chair": ("Chair's text", "議長テキスト"),
    "clean": ("Clean text", "クリーン・テキスト"),
    "adopted": ("Adopted text", "採択テキスト"),
}
MAX_CLAUSE_CHARS = 20_000


def revision_kind_label(kind: str, lang: str = "en") -> str:
    """The printed name of a revision kind in English or Japanese."""
    en, ja = REVISION_KIND_LABELS.get(kind, (kind, kind))
    return ja if lang == "ja" else en


def document_snap(d: Document, clause_count: int, labels: tuple[str, ...] = ()) -> DocumentSnap:
    return DocumentSnap(
        id=d.id,
        uuid=str(d.uuid),
        row_version=d.row_version,
        kind=d.kind,
        short_name=d.short_name,
        title_en=d.title_en,
        title_ja=d.title_ja,
        status=d.status,
        parent_id=d.parent_id,
        adopted_at=d.adopted_at,
        adopted_hash=d.adopted_hash,
        silence_deadline=d.silence_deadline,
        silence_zone=d.silence_zone,
        clause_count=clause_count,
        revision_labels=labels,
    )


def add_document(
    desk: Desk,
    meeting_id: int,
    *,
    short_name: str,
    title_en: str,
    kind: str = "declaration",
    title_ja: str = "",
    parent_id: int | None = None,
) -> DocumentSnap:
    short_name = short_name.strip().lower()
    if not short_name or not title_en.strip():
        raise ValidationError("a document needs a short name and an English title")
    if kind not in DOCUMENT_KINDS:
        raise ValidationError(f"document kind {kind!r} is not one of {', '.join(DOCUMENT_KINDS)}")
    with desk.write() as s:
        get_or_404(s, Meeting, meeting_id, "meeting")
        if s.scalar(
            select(Document.id).where(
                Document.meeting_id == meeting_id, Document.short_name == short_name
            )
        ):
            raise ValidationError(f"a document named {short_name!r} already exists")
        pos = s.scalar(
            select(func.coalesce(func.max(Document.position), 0)).where(
                Document.meeting_id == meeting_id
            )
        )
        d = Document(
            meeting_id=meeting_id,
            short_name=short_name,
            title_en=title_en.strip(),
            title_ja=title_ja,
            kind=kind,
            parent_id=parent_id,
            position=(pos or 0) + 1,
        )
        s.add(d)
        s.flush()
        desk.audit(s, "document.add", d, f"added document {short_name}")
        return document_snap(d, 0)


def list_documents(desk: Desk, meeting_id: int) -> list[DocumentSnap]:
    with desk.read() as s:
        docs = s.scalars(
            select(Document).where(Document.meeting_id == meeting_id).order_by(Document.position)
        ).all()
        counts = dict(
            s.execute(
                select(Clause.document_id, func.count())
                .where(Clause.status != "deleted")
                .group_by(Clause.document_id)
            ).all()
        )
        labels: dict[int, list[str]] = {}
        for doc_id, label in s.execute(
            select(Revision.document_id, Revision.label).order_by(Revision.number)
        ):
            labels.setdefault(doc_id, []).append(label)
        return [document_snap(d, counts.get(d.id, 0), tuple(labels.get(d.id, ()))) for d in docs]


def find_document(desk: Desk, meeting_id: int, short_name: str) -> DocumentSnap:
    for d in list_documents(desk, meeting_id):
        if d.short_name == short_name.lower():
            return d
    raise NotFound(f"no document named {short_name!r} in this meeting")


def check_text(text: str, where: str = "clause") -> str:
    """Refuse empty, enormous and unbalanced-bracket texts with the position named."""
    if not text.strip():
        raise ValidationError(f"{where}: the text is empty (delete the clause instead)")
    if len(text) > MAX_CLAUSE_CHARS:
        raise ValidationError(
            f"{where}: the text has {len(text)} characters; a clause holds {MAX_CLAUSE_CHARS} "
            "at most — split it"
        )
    error: BracketError | None = validate(text)
    if error is not None:
        raise ValidationError(f"{where}: {error} (character {error.position + 1})")
    return text


def editable_document(s: Session, document_id: int) -> Document:
    doc = get_or_404(s, Document, document_id, "document")
    if doc.status == "adopted":
        raise FrozenError(f"{doc.short_name} is adopted and frozen; it can no longer be edited")
    return doc


def add_clause(
    desk: Desk,
    document_id: int,
    *,
    kind: str = "operative",
    text_en: str,
    text_ja: str = "",
    after_clause_id: int | None = None,
    delegation_id: int | None = None,
    note: str = "",
) -> int:
    """Insert a clause after after_clause_id (or at the end); returns the clause id."""
    if kind not in CLAUSE_KINDS:
        raise ValidationError(f"clause kind {kind!r} is not one of {', '.join(CLAUSE_KINDS)}")
    check_text(text_en, "English text")
    if text_ja:
        check_text(text_ja, "Japanese text")
    with desk.write() as s:
        doc = editable_document(s, document_id)
        clauses = s.scalars(
            select(Clause).where(Clause.document_id == doc.id).order_by(Clause.position)
        ).all()
        if after_clause_id is None:
            index = len(clauses)
        else:
            ids = [c.id for c in clauses]
            if after_clause_id not in ids:
                raise NotFound(f"clause {after_clause_id} is not in {doc.short_name}")
            index = ids.index(after_clause_id) + 1
        clause = Clause(document_id=doc.id, kind=kind, position=index + 1)
        s.add(clause)
        s.flush()
        ids = [c.id for c in clauses]
        place_clauses(s, ids[:index] + [clause.id] + ids[index:])
        status = "bracketed" if count_open(text_en) else "draft"
        clause.status = status
        en = _new_version(desk, s, clause, "en", text_en, None, delegation_id, note)
        if text_ja:
            _new_version(desk, s, clause, "ja", text_ja, None, delegation_id, note, en.id)
        desk.audit(s, "clause.add", clause, f"added {kind} clause to {doc.short_name}")
        return clause.id


def place_clauses(s: Session, ordered_ids: list[int]) -> None:
    """Give clauses the positions 1..n in this order.

    A plain UPDATE, so the neighbours of an inserted or moved clause keep their row
    version: someone editing clause 7's status is not refused because clause 3 moved.
    """
    current = dict(
        s.execute(select(Clause.id, Clause.position).where(Clause.id.in_(ordered_ids))).all()
    )
    for pos, cid in enumerate(ordered_ids, start=1):
        if current.get(cid) != pos:
            s.execute(update(Clause.__table__).where(Clause.id == cid).values(position=pos))
    for obj in s.identity_map.values():
        if isinstance(obj, Clause) and obj.id in current:
            s.expire(obj, ["position"])


def status_after_edit(clause: Clause, text: str) -> str | None:
    """The status an edit implies, or None: brackets put a clause back into brackets."""
    if count_open(text) and clause.status in ("draft", "agreed", "ad_ref"):
        return "bracketed"
    return None


def _new_version(
    desk: Desk,
    s: Session,
    clause: Clause,
    lang: str,
    text: str,
    parent_id: int | None,
    delegation_id: int | None,
    note: str,
    translated_from_id: int | None = None,
    merge_parent_id: int | None = None,
) -> ClauseVersion:
    v = ClauseVersion(
        clause_id=clause.id,
        language=lang,
        text=text,
        author=desk.user_login,
        delegation_id=delegation_id,
        created_at=utc_now(),
        note=note,
        parent_id=parent_id,
        merge_parent_id=merge_parent_id,
        translated_from_id=translated_from_id,
    )
    s.add(v)
    s.flush()
    if lang == "en":
        clause.head_en_id = v.id
    else:
        clause.head_ja_id = v.id
    return v


def save_text(
    desk: Desk,
    clause_id: int,
    lang: str,
    text: str,
    *,
    expected_head: int | None,
    delegation_id: int | None = None,
    note: str = "",
    translated_from_id: int | None = None,
) -> ClauseSnap:
    """Append a version; refused when the clause's head moved since the editor read it."""
    if lang not in LANGUAGES:
        raise ValidationError(f"language {lang!r} is not one of {', '.join(LANGUAGES)}")
    check_text(text, "English text" if lang == "en" else "Japanese text")
    with desk.write() as s:
        clause = get_or_404(s, Clause, clause_id, "clause")
        editable_document(s, clause.document_id)
        if clause.status == "deleted":
            raise FrozenError("this clause is deleted; restore it before editing")
        head = clause.head_en_id if lang == "en" else clause.head_ja_id
        if head != expected_head:
            raise ConflictError(
                f"clause {clause.uuid} ({lang}) was saved by someone else since you opened it; "
                "nothing was saved — reload to see their text"
            )
        current = s.get(ClauseVersion, head) if head else None
        if current is not None and current.text == text:
            return clause_snaps(s, clause.document_id, only={clause.id})[0]
        if lang == "ja" and translated_from_id is None:
            translated_from_id = clause.head_en_id
        if translated_from_id is not None:
            source = s.get(ClauseVersion, translated_from_id)
            if source is None or source.clause_id != clause.id or source.language != "en":
                raise ValidationError(
                    f"version {translated_from_id} is not an English version of this clause"
                )
        v = _new_version(desk, s, clause, lang, text, head, delegation_id, note, translated_from_id)
        details = {"version": str(v.uuid), "lang": lang}
        details.update(apply_status(clause, status_after_edit(clause, text)))
        clause.row_version += 1
        desk.audit(s, "clause.save", clause, f"saved {lang} text", details)
        s.flush()
        return clause_snaps(s, clause.document_id, only={clause.id})[0]


def apply_status(clause: Clause, status: str | None, ad_ref: list | None = None) -> dict:
    """Set a clause's status (ad ref delegations only with "ad_ref"); audit details back.

    The details carry status_from / status_to, which the status history reads.
    """
    if status is None or (status == clause.status and ad_ref is None):
        return {}
    before = clause.status
    clause.status = status
    clause.ad_ref_pending = list(ad_ref or []) if status == "ad_ref" else []
    return {
        "status_from": before,
        "status_to": status,
        "ad_ref": sorted(d.code for d in clause.ad_ref_pending),
    }


def clause_snaps(s: Session, document_id: int, only: set[int] | None = None) -> list[ClauseSnap]:
    """Current clauses of a document, numbered with the one shared numbering function."""
    clauses = s.scalars(
        select(Clause)
        .where(Clause.document_id == document_id)
        .options(
            selectinload(Clause.head_en),
            selectinload(Clause.head_ja),
            selectinload(Clause.ad_ref_pending),
        )
        .order_by(Clause.position)
    ).all()
    live = [c for c in clauses if c.status != "deleted"]
    numbers = dict(zip([c.id for c in live], number_clauses([c.kind for c in live]), strict=True))
    out = []
    for c in clauses:
        if only is not None and c.id not in only:
            continue
        en = c.head_en.text if c.head_en else ""
        ja = c.head_ja.text if c.head_ja else ""
        stale = bool(c.head_ja and c.head_en and c.head_ja.translated_from_id != c.head_en_id)
        out.append(
            ClauseSnap(
                id=c.id,
                uuid=str(c.uuid),
                row_version=c.row_version,
                position=c.position,
                number=numbers.get(c.id, ""),
                kind=c.kind,
                status=c.status,
                text_en=en,
                text_ja=ja,
                en_version_id=c.head_en_id,
                ja_version_id=c.head_ja_id,
                ja_stale=stale,
                open_brackets=count_open(en) if en else 0,
                ad_ref=tuple(sorted(d.code for d in c.ad_ref_pending)),
                open_brackets_ja=count_open(ja) if ja else 0,
            )
        )
    return out


def document_text(desk: Desk, document_id: int, revision_label: str | None = None) -> DocumentText:
    """The current text, or the frozen text of revision_label, as one snapshot."""
    with desk.read() as s:
        doc = get_or_404(s, Document, document_id, "document")
        meeting = s.get(Meeting, doc.meeting_id)
        labels = tuple(
            s.scalars(
                select(Revision.label)
                .where(Revision.document_id == doc.id)
                .order_by(Revision.number)
            )
        )
        if revision_label is None:
            clauses = tuple(c for c in clause_snaps(s, doc.id) if c.status != "deleted")
            rev_kind, rev_at = "", None
        else:
            rev = s.scalar(
                select(Revision).where(
                    Revision.document_id == doc.id, Revision.label == revision_label
                )
            )
            if rev is None:
                raise NotFound(
                    f"{doc.short_name} has no revision {revision_label!r} "
                    f"(it has: {', '.join(labels) or 'none'})"
                )
            clauses = tuple(revision_clauses(s, rev))
            rev_kind, rev_at = rev.kind, rev.created_at
        count = sum(1 for c in clauses)
        return DocumentText(
            meeting=meeting_snap(meeting),
            document=document_snap(doc, count, labels),
            clauses=clauses,
            revision_label=revision_label or "",
            revision_kind=rev_kind,
            revision_at=rev_at,
        )


def revision_clauses(s: Session, rev: Revision) -> list[ClauseSnap]:
    entries = s.scalars(
        select(RevisionEntry)
        .where(RevisionEntry.revision_id == rev.id)
        .order_by(RevisionEntry.position)
    ).all()
    ids = {e.en_version_id for e in entries} | {e.ja_version_id for e in entries}
    versions = {
        v.id: v for v in s.scalars(select(ClauseVersion).where(ClauseVersion.id.in_(ids - {None})))
    }
    uuids = dict(
        s.execute(
            select(Clause.id, Clause.uuid).where(Clause.id.in_([e.clause_id for e in entries]))
        ).all()
    )
    out = []
    for e in entries:
        en = versions.get(e.en_version_id)
        ja = versions.get(e.ja_version_id)
        out.append(
            ClauseSnap(
                id=e.clause_id,
                uuid=str(uuids[e.clause_id]),
                row_version=0,
                position=e.position,
                number=e.number,
                kind=e.kind,
                status=e.status,
                text_en=en.text if en else "",
                text_ja=ja.text if ja else "",
                en_version_id=e.en_version_id,
                ja_version_id=e.ja_version_id,
                ja_stale=bool(en and ja and ja.translated_from_id != en.id),
                open_brackets=count_open(en.text) if en else 0,
                ad_ref=tuple(x for x in e.ad_ref.split(",") if x),
                open_brackets_ja=count_open(ja.text) if ja else 0,
            )
        )
    return out


def text_hash(clauses: list[ClauseSnap] | tuple[ClauseSnap, ...]) -> str:
    """SHA-256 of a document's text: numbers, kinds and both languages, in order."""
    payload = [[c.uuid, c.number, c.kind, c.text_en, c.text_ja] for c in clauses]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def freeze_revision(
    desk: Desk, document_id: int, *, kind: str = "chair", note: str = "", label: str | None = None
) -> RevisionSnap:
    """Freeze the document as it stands now: Rev.N with the exact version of each clause.

    Kinds: zero (zero draft), compilation, chair (chair's text), clean; "adopted" is
    written only by drafting.adopt_document. The first freeze moves a draft document
    into negotiation.
    """
    if kind not in REVISION_KINDS or kind == "adopted":
        allowed = ", ".join(k for k in REVISION_KINDS if k != "adopted")
        raise ValidationError(f"revision kind {kind!r} is not one of {allowed}")
    with desk.write() as s:
        doc = editable_document(s, document_id)
        rev = freeze_in(desk, s, doc, kind=kind, note=note, label=label)
        if doc.status == "draft":
            doc.status = "negotiation"
        return revision_snap(rev)


def freeze_in(
    desk: Desk, s: Session, doc: Document, *, kind: str, note: str, label: str | None
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
        raise ValidationError("a revision label needs 1 to 64 characters")
    if s.scalar(select(Revision.id).where(Revision.document_id == doc.id, Revision.label == label)):
        raise ValidationError(f"{doc.short_name} already has a revision {label}")
    live = [c for c in clause_snaps(s, doc.id) if c.status != "deleted"]
    rev = Revision(
        document_id=doc.id,
        number=number,
        label=label,
        kind=kind,
        note=note,
        author=desk.user_login,
        created_at=utc_now(),
        content_hash=text_hash(live),
    )
    s.add(rev)
    s.flush()
    for i, c in enumerate(live, start=1):
        s.add(
            RevisionEntry(
                revision_id=rev.id,
                clause_id=c.id,
                position=i,
                number=c.number,
                kind=c.kind,
                status=c.status,
                ad_ref=",".join(c.ad_ref),
                en_version_id=c.en_version_id,
                ja_version_id=c.ja_version_id,
            )
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


def delegation_id_by_code(s: Session, meeting_id: int, code: str) -> int:
    did = s.scalar(
        select(Delegation.id).where(Delegation.meeting_id == meeting_id, Delegation.code == code)
    )
    if did is None:
        raise NotFound(f"no delegation with code {code!r} in this meeting")
    return did
