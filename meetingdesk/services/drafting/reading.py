"""Reading outcome documents: current and frozen text as snapshots, and the checks and
helpers every drafting writer shares.

Clause lists are read with plain column queries (one join of clause and its two head
versions), not ORM objects: a 3,000-clause declaration opens in a few tens of
milliseconds. Bracket counts use :func:`open_brackets`, an exact shortcut of
``text.brackets.count_open``.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from meetingdesk.model import (
    Clause,
    ClauseVersion,
    Delegation,
    Document,
    Meeting,
    Revision,
    RevisionConcordance,
    RevisionEntry,
    SilenceObjection,
    clause_ad_ref,
)
from meetingdesk.services.base import (
    Desk,
    DeskError,
    FrozenError,
    NotFound,
    ValidationError,
    get_or_404,
)
from meetingdesk.services.drafting.text_checks import (  # noqa: F401  (the writers' import)
    LANGUAGES,
    MAX_CLAUSE_CHARS,
    check_language,
    check_text,
    markup_params,
)
from meetingdesk.services.meetings import meeting_snap
from meetingdesk.snapshots import ClauseSnap, DocumentSnap, DocumentText
from meetingdesk.text.brackets import count_open
from meetingdesk.text.numbering import Node, Numbered, number_outline, references

DOCUMENT_KINDS = ("charter", "declaration", "annex", "chair_summary", "statement", "other")
CLAUSE_KINDS = ("heading", "section", "subheading", "preambular", "operative", "action")
CLAUSE_STATUSES = ("draft", "bracketed", "ad_ref", "agreed", "deleted")
# The per-clause count of open brackets (kept under this name for callers).
open_brackets = count_open


def editable_document(s: Session, document_id: int, *, procedure: bool = False) -> Document:
    """The document, refused when adopted, or (unless ``procedure``: the silence and
    adoption steps themselves) while a silence procedure binds its circulated text."""
    doc = get_or_404(s, Document, document_id, "document")
    if doc.status == "adopted":
        raise FrozenError(
            f"{doc.short_name} is adopted and frozen; it can no longer be edited",
            code="document_adopted",
            document=doc.short_name,
        )
    if not procedure and silence_binds(s, doc):
        from zoneinfo import ZoneInfo

        zone = doc.silence_zone or "UTC"
        local = doc.silence_deadline.astimezone(ZoneInfo(zone))
        raise FrozenError(
            f"{doc.short_name} is under silence until {local:%Y-%m-%d %H:%M} ({zone}) — "
            "break or withdraw the procedure first",
            code="document_under_silence",
            document=doc.short_name,
            until=doc.silence_deadline,
            zone=zone,
        )
    return doc


def silence_started(s: Session, doc: Document):
    """The audit event that set the current silence procedure (None when none)."""
    from meetingdesk.model import AuditEvent

    return s.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity_uuid == str(doc.uuid), AuditEvent.action == "document.silence")
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()


def silence_binds(s: Session, doc: Document) -> bool:
    """True while a silence procedure holds the text: set, not withdrawn, not broken by a
    timely objection (after the deadline it still binds: the text is adopted as circulated)."""
    if doc.silence_deadline is None:
        return False
    event = silence_started(s, doc)
    q = select(func.count(SilenceObjection.id)).where(
        SilenceObjection.document_id == doc.id,
        SilenceObjection.received_at <= doc.silence_deadline,
    )
    if event is not None:
        q = q.where(SilenceObjection.received_at >= event.at)
    return not s.scalar(q)


def delegation_id_by_code(s: Session, meeting_id: int, code: str) -> int:
    did = s.scalar(
        select(Delegation.id).where(Delegation.meeting_id == meeting_id, Delegation.code == code)
    )
    if did is None:
        raise NotFound(
            f"no delegation with code {code!r} in this meeting",
            code="unknown_delegation",
            delegation=code,
        )
    return did


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
        numbering=d.numbering or "bis",
    )


def delegation_codes(s: Session, ids: set[int | None]) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(
        s.execute(select(Delegation.id, Delegation.code).where(Delegation.id.in_(ids))).all()
    )


def meeting_delegations(s: Session, meeting_id: int, codes) -> list[Delegation]:
    """The delegations of these codes (case-insensitive, duplicates once), in that order."""
    out = []
    for code in dict.fromkeys(c.strip().upper() for c in codes if c.strip()):
        out.append(s.get(Delegation, delegation_id_by_code(s, meeting_id, code)))
    return out


def live_clause(s: Session, clause_id: int) -> tuple[Clause, Document]:
    """A clause and its document, refused when the document is adopted."""
    clause = get_or_404(s, Clause, clause_id, "clause")
    doc = editable_document(s, clause.document_id)
    return clause, doc


def clause_label(snap: ClauseSnap) -> str:
    """How messages name a clause: by number ("clause 3(a)"), else by its first words."""
    if snap.reference:
        return f"clause {snap.reference}"
    if snap.number:
        return f"clause {snap.number.rstrip('.')}"
    words = snap.text_en[:40] + ("…" if len(snap.text_en) > 40 else "")
    return f"clause “{words}”"


def clause_params(snap: ClauseSnap) -> dict[str, str]:
    """How a refusal names a clause as data, for the window to say in its own language:
    its number ("3(a)"), else its first words."""
    number = snap.reference or snap.number.rstrip(".")
    if number:
        return {"clause": number}
    return {"words": snap.text_en[:40] + ("…" if len(snap.text_en) > 40 else "")}


def name_clause(desk: Desk, clause_id: int | None, exc: DeskError) -> None:
    """Add the clause's name to a refusal's data, so that the window says which clause's
    text was refused ("the English text of clause 3"); for text checks that run before
    the write opens. Nothing is added for a clause that is not there."""
    if clause_id is None:
        return
    with desk.read() as s:
        clause = s.get(Clause, clause_id)
        if clause is not None:
            exc.params.update(clause_params(one_clause(s, clause)))


def one_clause(s: Session, clause: Clause) -> ClauseSnap:
    return clause_snaps(s, clause.document_id, only={clause.id})[0]


# --- current text ---------------------------------------------------------------------------


def outline_rows(s: Session, document_id: int) -> list:
    """(id, kind, parent_id, status, pin_ordinal, pin_suffix) of every clause, in order."""
    return s.execute(
        select(
            Clause.id,
            Clause.kind,
            Clause.parent_id,
            Clause.status,
            Clause.pin_ordinal,
            Clause.pin_suffix,
        )
        .where(Clause.document_id == document_id)
        .order_by(Clause.position)
    ).all()


def outline_nodes(rows) -> list[Node]:
    return [
        Node(cid, kind, parent, status == "deleted", None if po is None else (po, ps or 0))
        for cid, kind, parent, status, po, ps in rows
    ]


def numbered_outline(s: Session, document_id: int) -> dict[int, Numbered]:
    """Every clause's number and depth, from the one numbering function (text.numbering)."""
    return {n.key: n for n in number_outline(outline_nodes(outline_rows(s, document_id)))}


def _with_references(numbers: dict[int, Numbered]) -> dict[int, str]:
    return references(list(numbers.values()))


def _numbers(s: Session, document_id: int) -> dict[int, Numbered]:
    """The clauses a text shows, in order, with their numbers: the live ones, and deleted
    ones that keep their number within the round ("8. [deleted]")."""
    rows = outline_rows(s, document_id)
    numbered = number_outline(outline_nodes(rows))
    return {
        n.key: n
        for n, row in zip(numbered, rows, strict=True)
        if row[3] != "deleted" or n.pin is not None
    }


def _ad_refs(s: Session, document_id: int, ids: list[int] | None) -> dict[int, list[str]]:
    q = (
        select(clause_ad_ref.c.clause_id, Delegation.code)
        .join(Delegation, Delegation.id == clause_ad_ref.c.delegation_id)
        .join(Clause, Clause.id == clause_ad_ref.c.clause_id)
        .where(Clause.document_id == document_id)
    )
    if ids is not None:
        q = q.where(clause_ad_ref.c.clause_id.in_(ids))
    out: dict[int, list[str]] = {}
    for cid, code in s.execute(q):
        out.setdefault(cid, []).append(code)
    return out


def _translated_from(en, ja, src, en_id):
    """The English version a Japanese text was translated from — or the current English
    version when that one has the same wording (English edited, then undone: the Japanese is
    not stale)."""
    return case((src.text == en.text, en_id), else_=ja.translated_from_id)


def _clause_rows(s: Session, document_id: int, where) -> list:
    en, ja, src = aliased(ClauseVersion), aliased(ClauseVersion), aliased(ClauseVersion)
    return s.execute(
        select(
            Clause.id,
            Clause.uuid,
            Clause.row_version,
            Clause.position,
            Clause.kind,
            Clause.status,
            Clause.head_en_id,
            Clause.head_ja_id,
            en.text,
            ja.text,
            _translated_from(en, ja, src, Clause.head_en_id),
            Clause.parent_id,
        )
        .outerjoin(en, en.id == Clause.head_en_id)
        .outerjoin(ja, ja.id == Clause.head_ja_id)
        .outerjoin(src, src.id == ja.translated_from_id)
        .where(Clause.document_id == document_id, *where)
        .order_by(Clause.position)
    ).all()


def _snaps(rows, numbers: dict[int, Numbered], ad_refs: dict[int, list[str]]) -> list[ClauseSnap]:
    refs = _with_references(numbers)
    out = []
    for row in rows:
        cid, uuid, row_version, position, kind, status, en_id, ja_id, en, ja, tr_from, parent = row
        en = en if en_id is not None else ""
        ja = ja if ja_id is not None else ""
        numbered = numbers.get(cid)
        out.append(
            ClauseSnap(
                id=cid,
                uuid=str(uuid),
                row_version=row_version,
                position=position,
                number=numbered.label if numbered is not None else "",
                kind=kind,
                status=status,
                text_en=en,
                text_ja=ja,
                en_version_id=en_id,
                ja_version_id=ja_id,
                ja_stale=bool(ja_id is not None and en_id is not None and tr_from != en_id),
                open_brackets=open_brackets(en) if en else 0,
                ad_ref=tuple(sorted(ad_refs.get(cid, ()))),
                open_brackets_ja=open_brackets(ja) if ja else 0,
                parent_id=parent,
                depth=numbered.depth if numbered is not None else 0,
                reference=refs.get(cid, ""),
            )
        )
    return out


def clause_snaps(s: Session, document_id: int, only: set[int] | None = None) -> list[ClauseSnap]:
    """Current clauses of a document (deleted ones too), numbered with the one shared
    numbering function; ``only``: just these clause ids (the numbering still sees all)."""
    s.flush()
    numbers = numbered_outline(s, document_id)
    if only is None:
        rows = _clause_rows(s, document_id, ())
        return _snaps(rows, numbers, _ad_refs(s, document_id, None))
    ids = sorted(only)
    rows = _clause_rows(s, document_id, (Clause.id.in_(ids),))
    return _snaps(rows, numbers, _ad_refs(s, document_id, ids))


def shown_clauses(clauses) -> list[ClauseSnap]:
    """The clauses a text shows: live ones, and deleted ones that keep their number within
    the round (printed "8. [deleted]")."""
    return [c for c in clauses if c.status != "deleted" or c.number]


def live_clause_count(s: Session, document_id: int) -> int:
    return (
        s.scalar(
            select(func.count())
            .select_from(Clause)
            .where(Clause.document_id == document_id, Clause.status != "deleted")
        )
        or 0
    )


# --- frozen text ----------------------------------------------------------------------------


def revision_clauses(
    s: Session, rev: Revision, *, offset: int = 0, limit: int | None = None
) -> list[ClauseSnap]:
    """The clauses of a frozen revision in order (a window of them with offset/limit)."""
    en, ja, src = aliased(ClauseVersion), aliased(ClauseVersion), aliased(ClauseVersion)
    q = (
        select(
            RevisionEntry.clause_id,
            Clause.uuid,
            RevisionEntry.position,
            RevisionEntry.number,
            RevisionEntry.kind,
            RevisionEntry.status,
            RevisionEntry.ad_ref,
            RevisionEntry.en_version_id,
            RevisionEntry.ja_version_id,
            en.text,
            ja.text,
            _translated_from(en, ja, src, RevisionEntry.en_version_id),
            RevisionEntry.parent_clause_id,
        )
        .join(Clause, Clause.id == RevisionEntry.clause_id)
        .outerjoin(en, en.id == RevisionEntry.en_version_id)
        .outerjoin(ja, ja.id == RevisionEntry.ja_version_id)
        .outerjoin(src, src.id == ja.translated_from_id)
        .where(RevisionEntry.revision_id == rev.id)
        .order_by(RevisionEntry.position)
    )
    if offset:
        q = q.offset(offset)
    if limit is not None:
        q = q.limit(limit)
    rows = s.execute(q).all()
    depths = _entry_depths(s, rev, rows)
    refs: dict[int, str] = {}
    out = []
    for row in rows:
        cid, uuid, pos, number, kind, status, ad_ref, en_id, ja_id, en_t, ja_t, tr, parent = row
        own = number[:-1] if number.endswith(".") else number
        refs[cid] = refs.get(parent, "") + own if parent is not None and own else own
        en_t = en_t if en_id is not None else None
        ja_t = ja_t if ja_id is not None else None
        out.append(
            ClauseSnap(
                id=cid,
                uuid=str(uuid),
                row_version=0,
                position=pos,
                number=number,
                kind=kind,
                status=status,
                text_en=en_t or "",
                text_ja=ja_t or "",
                en_version_id=en_id,
                ja_version_id=ja_id,
                ja_stale=bool(en_t is not None and ja_t is not None and tr != en_id),
                open_brackets=open_brackets(en_t) if en_t is not None else 0,
                ad_ref=tuple(x for x in ad_ref.split(",") if x),
                open_brackets_ja=open_brackets(ja_t) if ja_t is not None else 0,
                parent_id=parent,
                depth=depths.get(cid, 0),
                reference=refs[cid],
            )
        )
    return out


def _entry_depths(s: Session, rev: Revision, rows) -> dict[int, int]:
    """Depth of each entry of a frozen revision, from the parents it recorded."""
    if all(r[-1] is None for r in rows):
        return {}
    parents = dict(
        s.execute(
            select(RevisionEntry.clause_id, RevisionEntry.parent_clause_id).where(
                RevisionEntry.revision_id == rev.id
            )
        ).all()
    )
    out: dict[int, int] = {}
    for cid, _ in parents.items():
        depth, p = 0, parents.get(cid)
        while p is not None and depth <= 8:
            depth, p = depth + 1, parents.get(p)
        out[cid] = depth
    return out


def text_hash(clauses: list[ClauseSnap] | tuple[ClauseSnap, ...]) -> str:
    """SHA-256 of a document's text: numbers, kinds and both languages, in order."""
    payload = [[c.uuid, c.number, c.kind, c.text_en, c.text_ja] for c in clauses]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def find_revision(s: Session, doc: Document, label: str) -> Revision:
    rev = s.scalar(select(Revision).where(Revision.document_id == doc.id, Revision.label == label))
    if rev is None:
        have = revision_labels(s, doc.id)
        raise NotFound(
            f"{doc.short_name} has no revision {label!r} (it has: {', '.join(have) or 'none'})",
            code="no_such_revision",
            document=doc.short_name,
            label=label,
            revisions=list(have),
        )
    return rev


def revision_labels(s: Session, document_id: int) -> tuple[str, ...]:
    return tuple(
        s.scalars(
            select(Revision.label)
            .where(Revision.document_id == document_id)
            .order_by(Revision.number)
        )
    )


# --- whole documents ------------------------------------------------------------------------


def document_text(desk: Desk, document_id: int, revision_label: str | None = None) -> DocumentText:
    """The current text, or the frozen text of revision_label, as one snapshot."""
    with desk.read() as s:
        doc = get_or_404(s, Document, document_id, "document")
        labels = revision_labels(s, doc.id)
        if revision_label is None:
            clauses = tuple(shown_clauses(clause_snaps(s, doc.id)))
            rev_kind, rev_at = "", None
        else:
            rev = find_revision(s, doc, revision_label)
            clauses = tuple(revision_clauses(s, rev))
            rev_kind, rev_at = rev.kind, rev.created_at
        concordance = ()
        if revision_label is not None:
            concordance = tuple(
                s.execute(
                    select(RevisionConcordance.old_number, RevisionConcordance.new_number)
                    .where(RevisionConcordance.revision_id == rev.id)
                    .order_by(RevisionConcordance.position)
                ).tuples()
            )
        return DocumentText(
            meeting=meeting_snap(s.get(Meeting, doc.meeting_id)),
            document=document_snap(doc, len(clauses), labels),
            clauses=clauses,
            revision_label=revision_label or "",
            revision_kind=rev_kind,
            revision_at=rev_at,
            concordance=concordance,
        )


def document_page(
    desk: Desk,
    document_id: int,
    *,
    offset: int = 0,
    limit: int = 100,
    revision_label: str | None = None,
) -> DocumentText:
    """A window of document_text: the live clauses offset .. offset+limit, numbered as in
    the whole document; ``document.clause_count`` is the whole document's count.

    For a first paint of a long document: the rest can follow with further pages.
    """
    if offset < 0 or limit < 1:
        raise ValidationError(
            "a page needs offset ≥ 0 and limit ≥ 1", code="page_bounds", offset=offset, limit=limit
        )
    with desk.read() as s:
        doc = get_or_404(s, Document, document_id, "document")
        labels = revision_labels(s, doc.id)
        if revision_label is None:
            numbers = _numbers(s, doc.id)
            total = len(numbers)
            ids = list(numbers)[offset : offset + limit]
            rows = _clause_rows(s, doc.id, (Clause.id.in_(ids),)) if ids else []
            clauses = tuple(_snaps(rows, numbers, _ad_refs(s, doc.id, ids)))
            rev_kind, rev_at = "", None
        else:
            rev = find_revision(s, doc, revision_label)
            total = (
                s.scalar(
                    select(func.count())
                    .select_from(RevisionEntry)
                    .where(RevisionEntry.revision_id == rev.id)
                )
                or 0
            )
            clauses = tuple(revision_clauses(s, rev, offset=offset, limit=limit))
            rev_kind, rev_at = rev.kind, rev.created_at
        return DocumentText(
            meeting=meeting_snap(s.get(Meeting, doc.meeting_id)),
            document=document_snap(doc, total, labels),
            clauses=clauses,
            revision_label=revision_label or "",
            revision_kind=rev_kind,
            revision_at=rev_at,
        )


# --- single clauses and clause lists --------------------------------------------------------


def document_clauses(
    desk: Desk, document_id: int, *, include_deleted: bool = False
) -> tuple[ClauseSnap, ...]:
    """The current clauses of a document in order; with include_deleted the tombstoned
    ones too, in their old place and without a number (document_text leaves them out)."""
    with desk.read() as s:
        get_or_404(s, Document, document_id, "document")
        clauses = clause_snaps(s, document_id)
    if include_deleted:
        return tuple(clauses)
    return tuple(c for c in clauses if c.status != "deleted")


def clause_location(desk: Desk, clause_id: int) -> tuple[int, int]:
    """Which document holds a clause, and its position there (deleted or not): the
    1-based ``ClauseSnap.position`` of the document order.

    One indexed lookup, so a window can open the right document for a search hit or a
    link without reading every document's text.
    """
    with desk.read() as s:
        row = s.execute(
            select(Clause.document_id, Clause.position).where(Clause.id == clause_id)
        ).first()
    if row is None:
        raise NotFound(f"clause {clause_id} does not exist", code="clause_gone")
    return int(row[0]), int(row[1])
