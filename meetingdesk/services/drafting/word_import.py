# SPDX-License-Identifier: GPL-3.0-or-later
"""Proposals in from Word: a circulated revision returned with tracked changes.

Preview first (``preview_returned``): every change found, the delegation it is attributed
to, what already exists, and every change that cannot be placed — each named by paragraph
and author. ``import_returned`` writes only a clean preview, all proposals in one
transaction, and remembers how Word authors map to delegations for this meeting. Importing
the same file again finds every proposal already there and creates nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from meetingdesk.formats.docx.tracked_changes import DocxReadError, ReturnedFile, read_docx
from meetingdesk.formats.docx.tracked_proposals import (
    FoundChange,
    NotThatRevision,
    SentClause,
    read_changes,
)
from meetingdesk.model import Delegation, Meeting, WordAuthor
from meetingdesk.services.base import Desk, ValidationError
from meetingdesk.services.logistics import delegations, participants
from meetingdesk.snapshots import DocumentText
from meetingdesk.text.diff import diff_text
from meetingdesk.text.problems import Problem

from . import documents, proposals


@dataclass(frozen=True)
class ImportItem:
    kind: str  # replace / insert / delete / new
    language: str
    delegation_code: str  # "" when the author maps to no delegation
    author: str  # as Word recorded it
    where: str  # "paragraph 5.", "new paragraph after paragraph 3." (a Problem: code, data)
    clause_id: int | None
    after_clause_id: int | None
    text: str
    rationale: str
    state: str = "new"  # new / duplicate (already proposed) / current (already the text)


@dataclass(frozen=True)
class ImportReport:
    path: Path
    document: str
    revision: str
    languages: tuple[str, ...]
    sha256: str
    items: tuple[ImportItem, ...]
    problems: tuple[str, ...]  # each a Problem (the English with a code and data)
    authors: tuple[tuple[str, str], ...]  # (Word author, delegation code or "")
    created: int = 0
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def to_create(self) -> tuple[ImportItem, ...]:
        return tuple(i for i in self.items if i.state == "new")

    def lines(self) -> list[str]:
        """The report as a person reads it (CLI and window)."""
        out = [
            f"{self.path.name}: {self.document} {self.revision} returned with "
            f"{len(self.items)} change(s) by {len(self.authors)} author(s)"
        ]
        for author, code in self.authors:
            out.append(f"  author “{author}” → {code or 'no delegation'}")
        for item in self.items:
            what = {"new": "", "duplicate": " (already proposed)", "current": " (already the text)"}
            out.append(
                f"  {item.delegation_code or '?'} {item.kind} {item.where} [{item.language}]"
                f"{what[item.state]}: {_short(item.text)}"
                + (f" — rationale: {_short(item.rationale)}" if item.rationale else "")
            )
        for problem in self.problems:
            out.append(f"  NOT PLACED: {problem}")
        return out


class ImportRefused(ValidationError):
    """Nothing was imported; ``report`` lists what was found and what could not be placed."""

    def __init__(self, message: str, report: ImportReport, **coded: object) -> None:
        super().__init__(message, **coded)  # type: ignore[arg-type]
        self.report = report


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# --- authors --------------------------------------------------------------------------------


def author_map(desk: Desk, meeting_id: int) -> dict[str, str]:
    """Word author → delegation code remembered for this meeting."""
    with desk.read() as s:
        rows = s.execute(
            select(WordAuthor.author, Delegation.code)
            .join(Delegation, Delegation.id == WordAuthor.delegation_id)
            .where(WordAuthor.meeting_id == meeting_id)
        ).all()
    return {author: code for author, code in rows}


def _guess(author: str, meeting_id: int, desk: Desk) -> str:
    """The one delegation an author name points at (code as a word, a delegation's name, a
    participant's name or e-mail), else ""."""
    found: set[str] = set()
    words = set(re.findall(r"[A-Za-z]{2,4}", author))
    lowered = author.casefold()
    for d in delegations.list_delegations(desk, meeting_id):
        names = [n for n in (d.name_en, d.name_ja, d.name_fr) if n]
        if d.code.upper() in words or any(n.casefold() in lowered for n in names):
            found.add(d.code)
    if not found:
        for p in participants.list_participants(desk, meeting_id):
            full = {
                f"{p.given_name} {p.family_name}".casefold(),
                f"{p.family_name} {p.given_name}".casefold(),
                p.email.casefold(),
            }
            if lowered.strip() in full or (
                p.family_name_ja
                and p.family_name_ja in author
                and p.given_name_ja
                and p.given_name_ja in author
            ):
                found.add(p.delegation_code)
    return found.pop() if len(found) == 1 else ""


# --- preview --------------------------------------------------------------------------------


def _sent(text: DocumentText, lang: str) -> list[SentClause]:
    return [
        SentClause(c.id, c.uuid, c.number, c.text_ja if lang == "ja" else c.text_en)
        for c in text.clauses
    ]


def _columns(returned: ReturnedFile) -> tuple[str, ...]:
    if returned.columns >= 2:
        return ("en", "ja")
    marks = [b for p in returned.paragraphs for b in p.bookmarks if b.startswith("_MD")]
    if any(b.startswith("_MDja_") for b in marks):
        return ("ja",)
    if marks:
        return ("en",)
    return ()


def _read(returned: ReturnedFile, text: DocumentText, name: str):
    """(language per column, changes, problems) of the file against the revision."""
    langs = _columns(returned)
    if not langs:  # no bookmarks: whichever language the text matches
        try:
            return ("en",), [read_changes(returned, _sent(text, "en"), 0, name)]
        except NotThatRevision as first:
            try:
                return ("ja",), [read_changes(returned, _sent(text, "ja"), 0, name)]
            except NotThatRevision:
                raise first from None
    readings = [read_changes(returned, _sent(text, lg), i, name) for i, lg in enumerate(langs)]
    return langs, readings


def preview_returned(
    desk: Desk,
    path: Path | str,
    *,
    meeting_id: int,
    document: str,
    revision: str,
    delegation: str | None = None,
    authors: Mapping[str, str] | None = None,
) -> ImportReport:
    """What importing ``path`` would do; raises ValidationError when the file cannot be
    read at all (not Word, not that revision, no tracked changes)."""
    path = Path(path)
    if not revision:
        raise ValidationError(
            "say which revision the file is (e.g. --revision Rev.1)", code="word_revision_needed"
        )
    doc = documents.find_document(desk, meeting_id, document)
    if revision not in doc.revision_labels:
        labels = ", ".join(doc.revision_labels) or "none"
        raise ValidationError(
            f"{doc.short_name} has no revision {revision!r} (it has: {labels})",
            code="word_no_such_revision",
            document=doc.short_name,
            label=revision,
            revisions=list(doc.revision_labels),
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            f"cannot read {path}: {exc.strerror or exc}",
            code="file_unreadable",
            file=str(path),
            detail=str(exc.strerror or exc),
        ) from exc
    try:
        returned = read_docx(raw)
    except DocxReadError as exc:
        message = str(exc).replace("the file", path.name, 1)
        if exc.code:
            raise ValidationError(
                message, code=exc.code, **{**exc.params, "file": path.name}
            ) from exc
        raise ValidationError(
            message, code="word_file_unreadable", file=path.name, detail=message
        ) from exc
    text = documents.document_text(desk, doc.id, revision)
    try:
        langs, readings = _read(returned, text, path.name)
    except NotThatRevision as exc:
        raise ValidationError(
            f"{exc} ({revision} of {doc.short_name})",
            code="word_not_that_revision",
            reason=exc.problem,
            label=revision,
            document=doc.short_name,
        ) from exc
    known = {d.code.upper(): d.code for d in delegations.list_delegations(desk, meeting_id)}
    if delegation and delegation.strip().upper() not in known:
        raise ValidationError(
            f"delegation {delegation!r} is not in this meeting ({', '.join(known.values())})",
            code="unknown_delegation",
            delegation=delegation,
        )
    remembered = author_map(desk, meeting_id)
    given = {a: c.strip().upper() for a, c in (authors or {}).items()}
    for author, code in given.items():
        if code not in known:
            raise ValidationError(
                f"author “{author}” mapped to unknown delegation {code!r}",
                code="word_author_unknown_delegation",
                author=author,
                delegation=code,
            )
    problems: list[str] = []
    changes: list[tuple[str, FoundChange]] = []
    for lang, reading in zip(langs, readings, strict=True):
        changes += [(lang, c) for c in reading.changes]
        problems += [_unplaced(p.where, lang, p.author, p.message) for p in reading.problems]
    mapping: dict[str, str] = {}
    for author in dict.fromkeys(c.author for _, c in changes):
        if delegation:
            mapping[author] = known[delegation.strip().upper()]
        elif author in given:
            mapping[author] = known[given[author]]
        elif author in remembered:
            mapping[author] = remembered[author]
        else:
            mapping[author] = _guess(author, meeting_id, desk)
        if not mapping[author]:
            problems.append(
                Problem(
                    f"author “{author}” matches no delegation: name it (--delegation CODE, or "
                    f'--author "{author}=CODE"); nothing imported',
                    code="word_author_unmapped",
                    author=author,
                )
            )
    items = [_item(lang, c, mapping.get(c.author, "")) for lang, c in changes]
    items, more = _against_current(desk, doc.id, items, text)
    problems += more
    return ImportReport(
        path,
        doc.short_name,
        revision,
        langs,
        hashlib.sha256(raw).hexdigest(),
        tuple(items),
        tuple(problems),
        tuple(mapping.items()),
    )


def _unplaced(where: str, lang: str, author: str, message: str) -> Problem:
    """A change that cannot be placed: where, in which language column, by whom, why."""
    text = f"{where} ({lang}){' by ' + author if author else ''}: {message}"
    if author:
        return Problem(
            text, code="word_unplaced", where=where, language=lang, author=author, reason=message
        )
    return Problem(text, code="word_unplaced_nobody", where=where, language=lang, reason=message)


def _item(lang: str, change: FoundChange, code: str) -> ImportItem:
    return ImportItem(
        change.kind,
        lang,
        code,
        change.author,
        change.where,
        change.clause_id,
        change.after_clause_id,
        change.text,
        change.rationale,
    )


def _norm(text: str) -> str:
    return " ".join(text.split())


def _against_current(desk: Desk, document_id: int, items: list[ImportItem], text: DocumentText):
    """Mark what is already proposed or already the text; refuse changes on clauses deleted
    since; an "insert" over a head that moved on becomes a "replace"."""
    current = {c.id: c for c in documents.document_text(desk, document_id).clauses}
    existing = proposals.list_proposals(desk, document_id)
    seen = {
        (p.delegation_code, p.kind, p.clause_id, p.after_clause_id, p.language, _norm(p.text))
        for p in existing
    }
    out, problems = [], []
    for item in items:
        key = (
            item.delegation_code,
            item.kind,
            item.clause_id,
            item.after_clause_id,
            item.language,
            _norm(item.text),
        )
        clause = current.get(item.clause_id) if item.clause_id else None
        if item.kind == "new" and item.language != "en":
            problems.append(
                Problem(
                    f"{item.where} (ja) by {item.author}: a new clause is proposed in "
                    "English; add it in the English column",
                    code="word_new_clause_in_japanese",
                    where=item.where,
                    author=item.author,
                )
            )
            continue
        if item.clause_id and (clause is None or clause.status == "deleted"):
            problems.append(
                Problem(
                    f"{item.where} by {item.author}: that paragraph no longer exists "
                    f"(deleted since {text.revision_label}); change not imported",
                    code="word_paragraph_gone",
                    where=item.where,
                    author=item.author,
                    label=text.revision_label,
                )
            )
            continue
        if key in seen:
            out.append(replace(item, state="duplicate"))
            continue
        if clause is not None and item.kind in ("replace", "insert"):
            head = clause.text_ja if item.language == "ja" else clause.text_en
            if _norm(head) == _norm(item.text):
                out.append(replace(item, state="current"))
                continue
            if item.kind == "insert" and any(
                op.kind == "delete" for op in diff_text(head, item.text)
            ):
                item = replace(item, kind="replace")
        seen.add(key)
        out.append(item)
    return out, problems


# --- import ---------------------------------------------------------------------------------


def import_returned(
    desk: Desk,
    path: Path | str,
    *,
    meeting_id: int,
    document: str,
    revision: str,
    delegation: str | None = None,
    authors: Mapping[str, str] | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Preview, then (unless dry_run) create every new proposal in one transaction and
    remember the author mapping. Refuses — nothing written — when anything cannot be
    placed; the ImportRefused error carries the report."""
    report = preview_returned(
        desk,
        path,
        meeting_id=meeting_id,
        document=document,
        revision=revision,
        delegation=delegation,
        authors=authors,
    )
    if not report.ok:
        raise ImportRefused(
            f"{report.path.name}: {len(report.problems)} change(s) could not be placed; "
            f"nothing imported — {report.problems[0]}",
            report,
            code="word_changes_not_placed",
            file=report.path.name,
            count=len(report.problems),
            reason=report.problems[0],
        )
    if dry_run:
        return report
    doc = documents.find_document(desk, meeting_id, document)
    todo = report.to_create
    with desk.write() as s:
        for item in todo:
            proposals.propose_in(
                desk,
                s,
                doc.id,
                delegation_code=item.delegation_code,
                kind=item.kind,
                clause_id=item.clause_id if item.kind != "new" else None,
                text=item.text if item.kind != "delete" else "",
                language=item.language,
                after_clause_id=item.after_clause_id if item.kind == "new" else None,
                rationale=item.rationale,
            )
        if not delegation:
            _remember(s, meeting_id, report.authors)
        meeting = s.get(Meeting, meeting_id)
        desk.audit(
            s,
            "proposal.import",
            meeting,
            f"{len(todo)} proposal(s) from {report.path.name} "
            f"({report.document} {report.revision})",
            {"file": report.path.name, "sha256": report.sha256, "created": len(todo)},
        )
    return replace(report, created=len(todo), written=True)


def _remember(s, meeting_id: int, mapping: tuple[tuple[str, str], ...]) -> None:
    codes = dict(
        s.execute(
            select(Delegation.code, Delegation.id).where(Delegation.meeting_id == meeting_id)
        ).all()
    )
    for author, code in mapping:
        row = s.scalar(
            select(WordAuthor).where(
                WordAuthor.meeting_id == meeting_id, WordAuthor.author == author
            )
        )
        if row is None:
            s.add(WordAuthor(meeting_id=meeting_id, author=author[:200], delegation_id=codes[code]))
        elif row.delegation_id != codes[code]:
            row.delegation_id = codes[code]


def remember_authors(desk: Desk, meeting_id: int, mapping: Mapping[str, str]) -> None:
    """Record (or change) which delegation each Word author stands for."""
    with desk.write() as s:
        known = {
            c.upper(): c
            for c in s.scalars(select(Delegation.code).where(Delegation.meeting_id == meeting_id))
        }
        pairs = []
        for author, code in mapping.items():
            if code.strip().upper() not in known:
                raise ValidationError(
                    f"delegation {code!r} is not in this meeting",
                    code="unknown_delegation",
                    delegation=code,
                )
            pairs.append((author, known[code.strip().upper()]))
        _remember(s, meeting_id, tuple(pairs))
        meeting = s.get(Meeting, meeting_id)
        desk.audit(
            s, "meeting.word_author", meeting, f"{len(pairs)} Word author(s) mapped", dict(pairs)
        )


__all__ = [
    "ImportItem",
    "ImportRefused",
    "ImportReport",
    "author_map",
    "import_returned",
    "preview_returned",
    "remember_authors",
]
