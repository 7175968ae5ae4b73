"""Outcome documents and clauses: structure and text saves.

Clause text is append-only: every save is a new ClauseVersion whose parent is the
head the editor started from; the clause row only moves its head pointer.

Reading (document_text, clause_snaps …) lives in reading.py and frozen revisions in
revisions.py; their public names are re-exported here, so ``documents.document_text``
and ``documents.freeze_revision`` keep working for every caller.
"""

from __future__ import annotations

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from meetingdesk.model import Clause, ClauseVersion, Document, Meeting, Revision, utc_now
from meetingdesk.services.base import (
    ConflictError,
    Desk,
    FrozenError,
    NotFound,
    ValidationError,
    get_or_404,
)
from meetingdesk.services.drafting.reading import (  # noqa: F401  (re-exported: callers import them from here)
    CLAUSE_KINDS,
    CLAUSE_STATUSES,
    DOCUMENT_KINDS,
    LANGUAGES,
    MAX_CLAUSE_CHARS,
    check_language,
    check_text,
    clause_snaps,
    delegation_id_by_code,
    document_page,
    document_snap,
    document_text,
    editable_document,
    name_clause,
    open_brackets,
    revision_clauses,
    text_hash,
)
from meetingdesk.services.drafting.revisions import (  # noqa: F401  (re-exported: callers import them from here)
    REVISION_KIND_LABELS,
    REVISION_KINDS,
    freeze_in,
    freeze_revision,
    list_revisions,
    revision_kind_label,
    revision_snap,
    verify_revision,
)
from meetingdesk.services.drafting.structure import place_new_clause
from meetingdesk.snapshots import ClauseSnap, DocumentSnap


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
    with desk.write() as s:
        d = insert_document(
            desk,
            s,
            meeting_id,
            short_name=short_name,
            title_en=title_en,
            kind=kind,
            title_ja=title_ja,
            parent_id=parent_id,
        )
        return document_snap(d, 0)


def insert_document(
    desk: Desk,
    s: Session,
    meeting_id: int,
    *,
    short_name: str,
    title_en: str,
    kind: str = "declaration",
    title_ja: str = "",
    parent_id: int | None = None,
) -> Document:
    """Add a document in the caller's transaction (an import adds its clauses in the same)."""
    short_name = short_name.strip().lower()
    if not short_name or not title_en.strip():
        raise ValidationError(
            "a document needs a short name and an English title", code="document_needs_names"
        )
    if kind not in DOCUMENT_KINDS:
        raise ValidationError(
            f"document kind {kind!r} is not one of {', '.join(DOCUMENT_KINDS)}",
            code="unknown_document_kind",
            document_kind=kind,
            document_kinds=list(DOCUMENT_KINDS),
        )
    get_or_404(s, Meeting, meeting_id, "meeting")
    if s.scalar(
        select(Document.id).where(
            Document.meeting_id == meeting_id, Document.short_name == short_name
        )
    ):
        raise ValidationError(
            f"a document named {short_name!r} already exists",
            code="document_name_taken",
            document=short_name,
        )
    if parent_id is not None:
        parent = get_or_404(s, Document, parent_id, "document")
        if parent.meeting_id != meeting_id:
            raise ValidationError(
                "an annex belongs to a document of the same meeting", code="annex_other_meeting"
            )
    pos = s.scalar(
        select(func.coalesce(func.max(Document.position), 0)).where(
            Document.meeting_id == meeting_id
        )
    )
    d = Document(
        meeting_id=meeting_id,
        short_name=short_name,
        title_en=title_en.strip(),
        title_ja=title_ja.strip(),
        kind=kind,
        parent_id=parent_id,
        position=(pos or 0) + 1,
    )
    s.add(d)
    s.flush()
    desk.audit(s, "document.add", d, f"added document {short_name}")
    return d


def list_documents(desk: Desk, meeting_id: int) -> list[DocumentSnap]:
    with desk.read() as s:
        docs = s.scalars(
            select(Document).where(Document.meeting_id == meeting_id).order_by(Document.position)
        ).all()
        ids = [d.id for d in docs]
        counts = dict(
            s.execute(
                select(Clause.document_id, func.count())
                .where(Clause.document_id.in_(ids), Clause.status != "deleted")
                .group_by(Clause.document_id)
            ).all()
        )
        labels: dict[int, list[str]] = {}
        for doc_id, label in s.execute(
            select(Revision.document_id, Revision.label)
            .where(Revision.document_id.in_(ids))
            .order_by(Revision.number)
        ):
            labels.setdefault(doc_id, []).append(label)
        return [document_snap(d, counts.get(d.id, 0), tuple(labels.get(d.id, ()))) for d in docs]


def find_document(desk: Desk, meeting_id: int, short_name: str) -> DocumentSnap:
    for d in list_documents(desk, meeting_id):
        if d.short_name == short_name.lower():
            return d
    raise NotFound(
        f"no document named {short_name!r} in this meeting",
        code="no_such_document",
        document=short_name,
    )


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
    parent_id: int | None = None,
) -> int:
    """Insert a clause after after_clause_id as its sibling, else as the last
    sub-paragraph of parent_id, else at the end; returns the clause id."""
    if kind not in CLAUSE_KINDS:
        raise ValidationError(
            f"clause kind {kind!r} is not one of {', '.join(CLAUSE_KINDS)}",
            code="unknown_clause_kind",
            clause_kind=kind,
            clause_kinds=list(CLAUSE_KINDS),
        )
    check_text(text_en, "English text", part="en")
    if text_ja:
        check_text(text_ja, "Japanese text", part="ja")
    with desk.write() as s:
        doc = editable_document(s, document_id)
        clause = Clause(document_id=doc.id, kind=kind, position=0)
        s.add(clause)
        s.flush()
        place_new_clause(s, doc, clause, parent_id, after_clause_id)
        status = "bracketed" if open_brackets(text_en) else "draft"
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
    moved = [
        {"_cid": cid, "_pos": pos}
        for pos, cid in enumerate(ordered_ids, start=1)
        if current.get(cid) != pos
    ]
    if moved:
        table = Clause.__table__
        s.connection().execute(
            update(table).where(table.c.id == bindparam("_cid")).values(position=bindparam("_pos")),
            moved,
        )
    for obj in s.identity_map.values():
        if isinstance(obj, Clause) and obj.id in current:
            s.expire(obj, ["position"])


def status_after_edit(clause: Clause, text: str) -> str | None:
    """The status an edit implies, or None: brackets put a clause back into brackets."""
    if open_brackets(text) and clause.status in ("draft", "agreed", "ad_ref"):
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
    check_language(lang)
    try:
        check_text(text, "English text" if lang == "en" else "Japanese text", part=lang)
    except ValidationError as exc:  # the window names the clause ("the English text of 3")
        name_clause(desk, clause_id, exc)
        raise
    with desk.write(concurrent=True) as s:
        clause = get_or_404(s, Clause, clause_id, "clause")
        editable_document(s, clause.document_id)
        if clause.status == "deleted":
            raise FrozenError(
                "this clause is deleted; restore it before editing", code="clause_deleted"
            )
        head = clause.head_en_id if lang == "en" else clause.head_ja_id
        if head != expected_head:
            raise _saved_elsewhere(s, clause, lang, head)
        current = s.get(ClauseVersion, head) if head else None
        if current is not None and current.text == text:
            return clause_snaps(s, clause.document_id, only={clause.id})[0]
        if lang == "ja" and translated_from_id is None:
            translated_from_id = clause.head_en_id
        if translated_from_id is not None:
            source = s.get(ClauseVersion, translated_from_id)
            if source is None or source.clause_id != clause.id or source.language != "en":
                raise ValidationError(
                    f"version {translated_from_id} is not an English version of this clause",
                    code="translation_source_invalid",
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


def _saved_elsewhere(s: Session, clause: Clause, lang: str, head: int | None) -> ConflictError:
    """The refusal of a save made from a stale text: which clause, who saved it and when."""
    from meetingdesk.services.drafting.reading import clause_label

    snap = clause_snaps(s, clause.document_id, only={clause.id})[0]
    current = s.get(ClauseVersion, head) if head else None
    who = current.author if current is not None else ""
    at = current.created_at if current is not None else None
    language = "English" if lang == "en" else "Japanese"
    return ConflictError(
        f"the {language} text of {clause_label(snap)} was saved by {who or 'someone else'} "
        "since you opened it; nothing was saved — reload to see their text",
        code="clause_saved_elsewhere",
        number=snap.number,
        lang=lang,
        author=who,
        at=at,
    )


def rename_document(
    desk: Desk,
    document_id: int,
    *,
    expected_version: int | None,
    title_en: str | None = None,
    title_ja: str | None = None,
    short_name: str | None = None,
) -> DocumentSnap:
    """New titles or short name; an adopted document keeps its names (they are printed)."""
    from ..base import expect_version

    with desk.write() as s:
        doc = editable_document(s, document_id)
        expect_version(
            doc,
            expected_version,
            f"document {doc.short_name}",
            item="document",
            document=doc.short_name,
        )
        before = {"title_en": doc.title_en, "title_ja": doc.title_ja, "short_name": doc.short_name}
        if title_en is not None:
            if not title_en.strip():
                raise ValidationError(
                    "a document needs an English title", code="document_needs_title"
                )
            doc.title_en = title_en.strip()
        if title_ja is not None:
            doc.title_ja = title_ja.strip()
        if short_name is not None:
            short = short_name.strip().lower()
            if not short:
                raise ValidationError(
                    "a document needs a short name", code="document_needs_short_name"
                )
            clash = s.scalar(
                select(Document.id).where(
                    Document.meeting_id == doc.meeting_id,
                    Document.short_name == short,
                    Document.id != doc.id,
                )
            )
            if clash:
                raise ValidationError(
                    f"a document named {short!r} already exists",
                    code="document_name_taken",
                    document=short,
                )
            doc.short_name = short
        after = {"title_en": doc.title_en, "title_ja": doc.title_ja, "short_name": doc.short_name}
        if after == before:
            return _document_snap_now(s, doc)
        doc.row_version += 1
        desk.audit(
            s,
            "document.rename",
            doc,
            f"renamed document {before['short_name']}",
            {"before": before, "after": after},
        )
        return _document_snap_now(s, doc)


def move_document(desk: Desk, document_id: int, offset: int) -> list[DocumentSnap]:
    """Move a document up (offset < 0) or down in the meeting's list; the new list back."""
    with desk.write() as s:
        doc = get_or_404(s, Document, document_id, "document")
        docs = list(
            s.scalars(
                select(Document)
                .where(Document.meeting_id == doc.meeting_id)
                .order_by(Document.position, Document.id)
            )
        )
        index = docs.index(doc)
        target = max(0, min(len(docs) - 1, index + offset))
        if target != index:
            docs.insert(target, docs.pop(index))
            for pos, d in enumerate(docs, start=1):
                d.position = pos
            desk.audit(
                s,
                "document.move",
                doc,
                f"moved document {doc.short_name}",
                {"from": index + 1, "to": target + 1},
            )
    return list_documents(desk, doc.meeting_id)


def _document_snap_now(s: Session, doc: Document) -> DocumentSnap:
    s.flush()
    count = s.scalar(
        select(func.count()).where(Clause.document_id == doc.id, Clause.status != "deleted")
    )
    labels = tuple(
        s.scalars(
            select(Revision.label).where(Revision.document_id == doc.id).order_by(Revision.number)
        )
    )
    return document_snap(doc, count or 0, labels)
