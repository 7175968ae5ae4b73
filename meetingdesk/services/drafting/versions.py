"""Negotiating a document's text: clause order, version history, undo and restore, and
confirming translations.

Text saves themselves are documents.save_text; persistent undo and redo are save_text and
restore_version (a restore is a NEW version whose second parent is the restored one, so
blame still credits the words to whoever first wrote them). Statuses, ad ref, silence and
adoption live in status.py; their public names are re-exported here so that
``drafting.set_status`` and ``drafting.adopt_document`` keep working for every caller.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.model import AuditEvent, Clause, ClauseVersion
from meetingdesk.services.base import (
    ConflictError,
    Desk,
    FrozenError,
    ValidationError,
    get_or_404,
)
from meetingdesk.services.drafting.documents import (
    _new_version,
    apply_status,
    status_after_edit,
)
from meetingdesk.services.drafting.reading import (
    check_language,
    clause_label,
    clause_params,
    delegation_codes,
    live_clause,
    meeting_delegations,
    one_clause,
)
from meetingdesk.snapshots import ClauseSnap, VersionSnap
from meetingdesk.snapshots.drafting import ClauseHistory, StatusChangeSnap

# Old private names, kept for callers written against the single module.
_live_clause = live_clause
_meeting_delegations = meeting_delegations


def version_snap(v: ClauseVersion, codes: dict[int, str], head_id: int | None) -> VersionSnap:
    return VersionSnap(
        id=v.id,
        uuid=str(v.uuid),
        clause_id=v.clause_id,
        language=v.language,
        text=v.text,
        author=v.author,
        delegation_code=codes.get(v.delegation_id, "") if v.delegation_id else "",
        created_at=v.created_at,
        note=v.note,
        parent_id=v.parent_id,
        merge_parent_id=v.merge_parent_id,
        translated_from_id=v.translated_from_id,
        is_head=v.id == head_id,
    )


# --- structure ------------------------------------------------------------------------------


def move_clause(
    desk: Desk, clause_id: int, *, after_clause_id: int | None, expected_version: int | None
) -> ClauseSnap:
    """Move a clause with its sub-paragraphs after another one, as its sibling (None: to
    the top); within a round every number stays (structure.move_after)."""
    from meetingdesk.services.drafting.structure import move_after

    return move_after(
        desk, clause_id, after_clause_id=after_clause_id, expected_version=expected_version
    )


# --- versions -------------------------------------------------------------------------------


def history(desk: Desk, clause_id: int, lang: str) -> list[VersionSnap]:
    """Every version of the clause in one language, newest first."""
    check_language(lang)
    with desk.read() as s:
        clause = get_or_404(s, Clause, clause_id, "clause")
        return _history(s, clause, lang)


def _history(s: Session, clause: Clause, lang: str) -> list[VersionSnap]:
    rows = s.scalars(
        select(ClauseVersion)
        .where(ClauseVersion.clause_id == clause.id, ClauseVersion.language == lang)
        .order_by(ClauseVersion.id.desc())
    ).all()
    codes = delegation_codes(s, {v.delegation_id for v in rows})
    head = clause.head_en_id if lang == "en" else clause.head_ja_id
    return [version_snap(v, codes, head) for v in rows]


def status_history(desk: Desk, clause_id: int) -> list[StatusChangeSnap]:
    """Every status change of a clause with who and when, oldest first."""
    with desk.read() as s:
        clause = get_or_404(s, Clause, clause_id, "clause")
        return _status_history(s, clause)


def _status_history(s: Session, clause: Clause) -> list[StatusChangeSnap]:
    events = s.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity_uuid == str(clause.uuid), AuditEvent.entity_type == "Clause")
        .order_by(AuditEvent.id)
    )
    out = []
    for e in events:
        details = json.loads(e.details or "{}")
        if "status_to" not in details and "lifted" not in details:
            continue
        to = details.get("status_to", "ad_ref")
        out.append(
            StatusChangeSnap(
                at=e.at,
                user_login=e.user_login,
                action=e.action,
                from_status=details.get("status_from", to),
                to_status=to,
                ad_ref=tuple(details.get("ad_ref", ())),
                note=details.get("note", "") or details.get("lifted", ""),
            )
        )
    return out


def clause_history(desk: Desk, clause_id: int) -> ClauseHistory:
    """Both languages' versions, status changes and proposals of one clause."""
    from meetingdesk.services.drafting.proposals import proposal_snaps

    with desk.read() as s:
        clause = get_or_404(s, Clause, clause_id, "clause")
        snap = one_clause(s, clause)
        return ClauseHistory(
            clause_id=clause.id,
            uuid=str(clause.uuid),
            number=snap.number,
            status=clause.status,
            en=tuple(_history(s, clause, "en")),
            ja=tuple(_history(s, clause, "ja")),
            statuses=tuple(_status_history(s, clause)),
            proposals=tuple(proposal_snaps(s, clause.document_id, clause_id=clause.id)),
        )


def restore_version(
    desk: Desk,
    clause_id: int,
    version_id: int,
    expected_head: int | None,
    *,
    note: str = "",
    delegation_id: int | None = None,
) -> ClauseSnap:
    """Make an earlier text current again, as a NEW version (history never rewinds)."""
    with desk.write(concurrent=True) as s:
        clause, _doc = live_clause(s, clause_id)
        old = get_or_404(s, ClauseVersion, version_id, "version")
        if old.clause_id != clause.id:
            raise ValidationError(
                f"version {version_id} belongs to another clause", code="version_other_clause"
            )
        if clause.status == "deleted":
            raise ValidationError(
                "this clause is deleted; restore the clause before its text", code="clause_deleted"
            )
        lang = old.language
        head = clause.head_en_id if lang == "en" else clause.head_ja_id
        if head != expected_head:
            raise ConflictError(
                f"the {lang} text was saved by someone else since you opened it; "
                "nothing was restored — reload and try again",
                code="restore_stale",
                language=lang,
                **clause_params(one_clause(s, clause)),
            )
        current = s.get(ClauseVersion, head) if head else None
        if current is not None and current.text == old.text:
            return one_clause(s, clause)
        v = _new_version(
            desk,
            s,
            clause,
            lang,
            old.text,
            head,
            delegation_id,
            note or f"restored the text of version {old.id}",
            old.translated_from_id if lang == "ja" else None,
            merge_parent_id=old.id,
        )
        details = {"version": str(v.uuid), "restored": str(old.uuid), "lang": lang}
        details.update(apply_status(clause, status_after_edit(clause, old.text)))
        clause.row_version += 1
        desk.audit(s, "clause.restore_version", clause, f"restored {lang} text", details)
        s.flush()
        return one_clause(s, clause)


# --- translations ---------------------------------------------------------------------------


def confirm_translation(
    desk: Desk,
    clause_id: int,
    *,
    expected_head: int | None,
    expected_en_head: int | None = None,
    note: str = "",
) -> ClauseSnap:
    """Mark the current Japanese as a translation of the current English, text unchanged.

    For a Japanese text that a translator checked and found still right after the English
    moved on: a NEW Japanese version with the identical text, whose parent is the old head
    and whose translated_from is the current English head, so the clause is no longer
    stale. ``expected_head`` is the Japanese head the translator read; ``expected_en_head``
    (optional) the English one they compared it with. Either having moved is a conflict.
    Nothing is written when the translation is already current.
    """
    with desk.write(concurrent=True) as s:
        clause, _doc = live_clause(s, clause_id)
        snap = one_clause(s, clause)
        if clause.status == "deleted":
            raise FrozenError(
                f"{clause_label(snap)} is deleted; restore it before editing",
                code="clause_deleted",
                **clause_params(snap),
            )
        if clause.head_ja_id != expected_head:
            raise ConflictError(
                f"the Japanese text of {clause_label(snap)} was saved by someone else since you "
                "opened it; nothing was confirmed — reload and check it again",
                code="translation_japanese_changed",
                **clause_params(snap),
            )
        if expected_en_head is not None and clause.head_en_id != expected_en_head:
            raise ConflictError(
                f"the English text of {clause_label(snap)} changed since you compared it; "
                "nothing was confirmed — reload and check the translation again",
                code="translation_english_changed",
                **clause_params(snap),
            )
        if clause.head_ja_id is None:
            raise ValidationError(
                f"{clause_label(snap)} has no Japanese text to confirm",
                code="no_japanese_to_confirm",
                **clause_params(snap),
            )
        if clause.head_en_id is None:
            raise ValidationError(
                f"{clause_label(snap)} has no English text to translate from",
                code="no_english_to_translate_from",
                **clause_params(snap),
            )
        if not snap.ja_stale:
            return snap
        current = s.get(ClauseVersion, clause.head_ja_id)
        en = s.get(ClauseVersion, clause.head_en_id)
        was = (
            s.get(ClauseVersion, current.translated_from_id) if current.translated_from_id else None
        )
        v = _new_version(
            desk,
            s,
            clause,
            "ja",
            current.text,
            current.id,
            None,
            note or f"translation confirmed against English version {en.id}",
            en.id,
        )
        clause.row_version += 1
        desk.audit(
            s,
            "clause.confirm_translation",
            clause,
            f"confirmed the Japanese of {clause_label(snap)} as a translation of the English",
            {
                "version": str(v.uuid),
                "lang": "ja",
                "translated_from": str(en.uuid),
                "was_translated_from": str(was.uuid) if was is not None else "",
            },
        )
        s.flush()
        return one_clause(s, clause)
