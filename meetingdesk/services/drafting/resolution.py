"""Resolving a bracket: keep one alternative, or drop the bracketed passage, in one
language and, where the other language has the same brackets, in that one too.

One decision writes one new version per language it changes, in one transaction with one
audit event, noted "alternative 2 {FR} of bracket 1 kept"; undoing it restores both
languages in one step (new versions again: history never rewinds).
"""

from __future__ import annotations

from dataclasses import dataclass

from meetingdesk.model import ClauseVersion
from meetingdesk.services.base import ConflictError, Desk, FrozenError, ValidationError
from meetingdesk.services.drafting.documents import _new_version, apply_status
from meetingdesk.services.drafting.reading import (
    check_language,
    check_text,
    clause_label,
    clause_params,
    live_clause,
    markup_params,
    one_clause,
)
from meetingdesk.snapshots import ClauseSnap
from meetingdesk.text.brackets import (
    BracketError,
    bracket_spans,
    count_open,
    describe_resolution,
    resolve_both,
)


class ResolutionError(ValidationError):
    """A refused resolution; ``code`` names the reason for the window's translation."""


@dataclass(frozen=True)
class Resolution:
    """What a resolution did: the clause after it, the versions it replaced (for undo) and
    whether the other language followed (False: its brackets differ; it is now stale)."""

    clause: ClauseSnap
    previous: tuple[tuple[str, int], ...]  # (language, version id before)
    other_followed: bool
    note: str


def resolve_bracket(
    desk: Desk,
    clause_id: int,
    lang: str,
    index: int,
    choice: int | None,
    *,
    expected_en_head: int | None,
    expected_ja_head: int | None,
    delegation_id: int | None = None,
) -> Resolution:
    """Keep alternative ``choice`` (0-based) of bracket ``index`` of the ``lang`` text, or
    drop the bracket with its content (``choice`` None).

    Both heads the editor read are checked: a bracket someone else has just changed is
    refused, nothing written.
    """
    check_language(lang)
    other_lang = "ja" if lang == "en" else "en"
    with desk.write() as s:
        clause, _doc = live_clause(s, clause_id)
        snap = one_clause(s, clause)
        if clause.status == "deleted":
            raise FrozenError(
                f"{clause_label(snap)} is deleted; restore it before editing",
                code="clause_deleted",
                **clause_params(snap),
            )
        if (clause.head_en_id, clause.head_ja_id) != (expected_en_head, expected_ja_head):
            raise ConflictError(
                f"the text of {clause_label(snap)} was changed by someone else since you "
                "opened it; nothing was resolved — reload and pick again",
                code="bracket_text_changed",
                **clause_params(snap),
            )
        heads = {"en": clause.head_en_id, "ja": clause.head_ja_id}
        texts = {k: (s.get(ClauseVersion, v).text if v else "") for k, v in heads.items()}
        source, other = texts[lang], texts[other_lang]
        try:
            spans = bracket_spans(source)
        except BracketError as exc:
            raise ResolutionError(
                f"{clause_label(snap)}: {exc}",
                code="text_markup",
                text_part=lang,
                **markup_params(exc),
                **clause_params(snap),
            ) from exc
        if not 0 <= index < len(spans):
            raise ResolutionError(
                f"{clause_label(snap)} has no bracket {index + 1} in {lang}",
                code="no_bracket",
                bracket=index + 1,
                language=lang,
                **clause_params(snap),
            )
        if choice is not None and not 0 <= choice < len(spans[index].alternatives):
            raise ResolutionError(
                f"bracket {index + 1} of {clause_label(snap)} has no alternative {choice + 1}",
                code="no_alternative",
                bracket=index + 1,
                alternative=choice + 1,
                **clause_params(snap),
            )
        note = describe_resolution(source, index, choice)
        new_source, new_other = resolve_both(source, other, index, choice)
        check_text(new_source, f"{clause_label(snap)} ({lang})", part=lang, **clause_params(snap))
        if new_other is not None:
            check_text(
                new_other,
                f"{clause_label(snap)} ({other_lang})",
                part=other_lang,
                **clause_params(snap),
            )
        written = {lang: new_source}
        if new_other is not None:
            written[other_lang] = new_other
        previous = _write(desk, s, clause, heads, written, delegation_id, note)
        remaining = count_open(new_source) + count_open(
            new_other if new_other is not None else other
        )
        details = {"lang": lang, "bracket": index + 1, "choice": choice, "note": note}
        details["other_followed"] = new_other is not None
        if remaining == 0 and clause.status == "bracketed":
            details.update(apply_status(clause, "draft"))
        clause.row_version += 1
        desk.audit(s, "clause.resolve_bracket", clause, f"{clause_label(snap)}: {note}", details)
        s.flush()
        return Resolution(one_clause(s, clause), previous, new_other is not None, note)


def _write(desk, s, clause, heads, written, delegation_id, note) -> tuple[tuple[str, int], ...]:
    """New versions for the languages in ``written`` (English first, so the Japanese can
    name it as its source when it was up to date before)."""
    ja_was_current = True
    if heads["ja"] is not None:
        ja = s.get(ClauseVersion, heads["ja"])
        ja_was_current = ja.translated_from_id == heads["en"]
    previous = []
    new_en = None
    for lang in ("en", "ja"):
        if lang not in written:
            continue
        translated_from = None
        if lang == "ja":
            source = new_en.id if new_en is not None else heads["en"]
            translated_from = (
                source if ja_was_current else s.get(ClauseVersion, heads["ja"]).translated_from_id
            )
        v = _new_version(
            desk, s, clause, lang, written[lang], heads[lang], delegation_id, note, translated_from
        )
        if lang == "en":
            new_en = v
        if heads[lang] is not None:
            previous.append((lang, heads[lang]))
    return tuple(previous)


def undo_resolution(desk: Desk, resolution: Resolution) -> ClauseSnap:
    """Undo a resolution in one step: both languages get their earlier text back (as new
    versions whose second parent is the restored one). Refused if either language moved
    on since."""
    clause = resolution.clause
    with desk.write() as s:
        row, _doc = live_clause(s, clause.id)
        snap = one_clause(s, row)
        if (row.head_en_id, row.head_ja_id) != (clause.en_version_id, clause.ja_version_id):
            raise ConflictError(
                f"{clause_label(snap)} was edited after the bracket was resolved; "
                "nothing was undone — restore an earlier version from its history instead",
                code="resolution_edited_since",
                **clause_params(snap),
            )
        restored: dict[int, int] = {}  # old English version → its restoring version
        for lang, version_id in sorted(resolution.previous):
            old = s.get(ClauseVersion, version_id)
            head = row.head_en_id if lang == "en" else row.head_ja_id
            source = None
            if lang == "ja":
                source = restored.get(old.translated_from_id, old.translated_from_id)
            v = _new_version(
                desk,
                s,
                row,
                lang,
                old.text,
                head,
                None,
                f"undid: {resolution.note}",
                source,
                merge_parent_id=old.id,
            )
            restored[old.id] = v.id
        details = {"undid": resolution.note}
        texts = [s.get(ClauseVersion, v).text for v in (row.head_en_id, row.head_ja_id) if v]
        if any(count_open(t) for t in texts) and row.status == "draft":
            details.update(apply_status(row, "bracketed"))
        row.row_version += 1
        desk.audit(s, "clause.unresolve_bracket", row, f"undid: {resolution.note}", details)
        s.flush()
        return one_clause(s, row)
