"""Redlines and attribution: compare revisions, versions and translations; blame a clause.

All the diffing is text.diff (word by word in English, character by character in Japanese)
and text.blame; this module only gathers the texts and names who wrote what.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetingdesk.model import Clause, ClauseVersion, Document, Revision, RevisionEntry
from meetingdesk.services.base import Desk, ValidationError, get_or_404
from meetingdesk.services.drafting.reading import (
    check_language,
    clause_snaps,
    delegation_codes,
    find_revision,
)
from meetingdesk.snapshots.drafting import (
    BlameSnap,
    BlameSpanSnap,
    ClauseRedline,
    RedlineOp,
    RedlineSnap,
    StaleTranslationSnap,
    VersionDiffSnap,
)
from meetingdesk.text.blame import BlameInput, blame_dag
from meetingdesk.text.diff import ClauseRef, diff_clauses, diff_text

# Redlines between two frozen revisions, which never change (revision rows are immutable):
# reopening a comparison or switching its view does not diff thousands of clauses again.
REDLINE_CACHE_SIZE = 4
_redlines: OrderedDict[tuple[str, str, str, str], RedlineSnap] = OrderedDict()
_cache_lock = threading.Lock()


class _Row(NamedTuple):
    """What a redline needs of one clause: its text in the language compared only."""

    id: int
    uuid: str
    number: str
    kind: str
    status: str
    text: str


def _ops(ops) -> tuple[RedlineOp, ...]:
    return tuple([RedlineOp(op.kind, op.text) for op in ops])


def _revision_rows(s: Session, rev: Revision, lang: str) -> list[_Row]:
    """The clauses of a frozen revision in order, with the text of one language (the other
    language and the bracket counts a full snapshot carries are not read)."""
    entry = RevisionEntry
    version_id = entry.en_version_id if lang == "en" else entry.ja_version_id
    q = (
        select(
            entry.clause_id, Clause.uuid, entry.number, entry.kind, entry.status, ClauseVersion.text
        )
        .join(Clause, Clause.id == entry.clause_id)
        .outerjoin(ClauseVersion, ClauseVersion.id == version_id)
        .where(entry.revision_id == rev.id)
        .order_by(entry.position)
    )
    # A deleted clause kept in the round ("8. [deleted]") is absent for the redline.
    return [
        _Row(cid, str(uuid), number, kind, status, text or "")
        for cid, uuid, number, kind, status, text in s.execute(q)
        if status != "deleted"
    ]


def _current_rows(s: Session, doc: Document, lang: str) -> list[_Row]:
    return [
        _Row(c.id, c.uuid, c.number, c.kind, c.status, c.text_en if lang == "en" else c.text_ja)
        for c in clause_snaps(s, doc.id)
        if c.status != "deleted"
    ]


def compare_revisions(
    desk: Desk,
    document_id: int,
    from_label: str,
    to_label: str | None = None,
    lang: str = "en",
) -> RedlineSnap:
    """Redline from revision ``from_label`` to ``to_label`` (None: the current text).

    Every clause of either side appears once, in the new order, with deleted ones after
    their old predecessor: added / deleted / moved / changed / unchanged, old and new number.
    """
    check_language(lang)
    with desk.read() as s:
        doc = get_or_404(s, Document, document_id, "document")
        old_rev = find_revision(s, doc, from_label)
        key = None
        if to_label is not None:
            new_rev = find_revision(s, doc, to_label)
            key = (desk.db_uuid, str(old_rev.uuid), str(new_rev.uuid), lang)
            with _cache_lock:
                if key in _redlines:
                    _redlines.move_to_end(key)
                    return _redlines[key]
        old = _revision_rows(s, old_rev, lang)
        new = (
            _revision_rows(s, new_rev, lang)
            if to_label is not None
            else _current_rows(s, doc, lang)
        )

    by_uuid_old = {c.uuid: c for c in old}
    by_uuid_new = {c.uuid: c for c in new}
    changes = diff_clauses(
        [ClauseRef(c.uuid, c.number, c.text) for c in old],
        [ClauseRef(c.uuid, c.number, c.text) for c in new],
    )
    rows = []
    for ch in changes:
        before, after = by_uuid_old.get(ch.uuid), by_uuid_new.get(ch.uuid)
        either = after or before
        rows.append(
            ClauseRedline(
                kind=ch.kind,
                clause_id=either.id,
                uuid=ch.uuid,
                clause_kind=either.kind,
                old_number=ch.old_number,
                new_number=ch.new_number,
                renumbered=ch.renumbered,
                old_status=before.status if before else "",
                new_status=after.status if after else "",
                old_text=before.text if before else "",
                new_text=after.text if after else "",
                ops=_ops(ch.ops),
            )
        )
    snap = RedlineSnap(document_id, from_label, to_label or "", lang, tuple(rows))
    if key is not None:
        with _cache_lock:
            _redlines[key] = snap
            while len(_redlines) > REDLINE_CACHE_SIZE:
                _redlines.popitem(last=False)
    return snap


def clear_redline_cache() -> None:
    """Forget remembered redlines (benchmarks measure the cold computation with it)."""
    with _cache_lock:
        _redlines.clear()


def compare_versions(desk: Desk, old_version_id: int, new_version_id: int) -> VersionDiffSnap:
    """Diff two versions of a clause text (same language)."""
    with desk.read() as s:
        a = get_or_404(s, ClauseVersion, old_version_id, "version")
        b = get_or_404(s, ClauseVersion, new_version_id, "version")
        if a.language != b.language:
            raise ValidationError(
                f"version {a.id} is {a.language} and version {b.id} is {b.language}; "
                "compare versions of one language",
                code="versions_languages_differ",
                language=a.language,
                other_language=b.language,
            )
        return VersionDiffSnap(a.id, b.id, a.language, _ops(diff_text(a.text, b.text)))


def blame_clause(desk: Desk, clause_id: int, lang: str = "en") -> BlameSnap:
    """Who wrote each part of the current text: version, author, delegation and time."""
    check_language(lang)
    with desk.read() as s:
        clause = get_or_404(s, Clause, clause_id, "clause")
        head_id = clause.head_en_id if lang == "en" else clause.head_ja_id
        if head_id is None:
            return BlameSnap(clause.id, lang, None, "", ())
        rows = {
            v.id: v
            for v in s.scalars(
                select(ClauseVersion).where(
                    ClauseVersion.clause_id == clause.id, ClauseVersion.language == lang
                )
            )
        }
    dag = {
        str(v.id): BlameInput(
            v.text,
            str(v.parent_id) if v.parent_id in rows else None,
            str(v.merge_parent_id) if v.merge_parent_id in rows else None,
        )
        for v in rows.values()
    }
    with desk.read() as s:
        codes = delegation_codes(s, {v.delegation_id for v in rows.values()})
    spans = []
    for span in blame_dag(dag, str(head_id)):
        v = rows[int(span.version_id)]
        spans.append(
            BlameSpanSnap(
                span.start,
                span.end,
                span.text,
                v.id,
                v.author,
                codes.get(v.delegation_id, "") if v.delegation_id else "",
                v.created_at,
                v.note,
            )
        )
    return BlameSnap(clause.id, lang, head_id, rows[head_id].text, tuple(spans))


def stale_translations(desk: Desk, document_id: int) -> list[StaleTranslationSnap]:
    """Live clauses whose Japanese was translated from an older English version, with
    what changed in the English since."""
    with desk.read() as s:
        get_or_404(s, Document, document_id, "document")
        stale = [c for c in clause_snaps(s, document_id) if c.ja_stale and c.status != "deleted"]
        ja = {
            v.id: v
            for v in s.scalars(
                select(ClauseVersion).where(ClauseVersion.id.in_([c.ja_version_id for c in stale]))
            )
        }
        sources = {
            v.id: v.text
            for v in s.scalars(
                select(ClauseVersion).where(
                    ClauseVersion.id.in_([v.translated_from_id for v in ja.values()])
                )
            )
        }
    out = []
    for c in stale:
        tr_from = ja[c.ja_version_id].translated_from_id
        then = sources.get(tr_from, "")
        out.append(
            StaleTranslationSnap(
                c.id,
                c.number,
                c.ja_version_id,
                tr_from,
                c.en_version_id,
                then,
                c.text_en,
                _ops(diff_text(then, c.text_en)),
            )
        )
    return out
