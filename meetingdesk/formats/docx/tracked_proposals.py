# SPDX-License-Identifier: GPL-3.0-or-later
"""A returned revision's tracked changes as proposals, paragraph by paragraph.

The file is the revision we sent, edited in Word with Track Changes on. With every change
rejected its clause paragraphs must read as the revision's clauses (matched by the bookmark
our writer leaves on each clause, else by order and text; the numbers Word prints are ours).
Between two paragraph marks that no one touched, the original paragraphs and the edited ones
are paired by the text they share: a pair whose text differs is a replace (an insert when
nothing was deleted), an original left without partner a delete, an edited paragraph without
one a new clause after the clause before it. Changes by several authors in one paragraph
become one proposal per author, each with only that author's changes applied.

Anything that cannot become a proposal is a Problem, named by paragraph number and author,
never dropped. Pure: no database; the service maps authors to delegations and writes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from meetingdesk.text import brackets
from meetingdesk.text.problems import Problem as Said

from .tracked_changes import Piece, ReturnedFile, WordParagraph
from .writer_runs import BOOKMARK_PREFIX
from .writer_styles import CLAUSE_STYLES


@dataclass(frozen=True)
class SentClause:
    """A clause of the revision that was sent, in the language of the column read."""

    id: int
    uuid: str
    number: str
    text: str


@dataclass(frozen=True)
class FoundChange:
    kind: str  # replace / insert / delete / new
    author: str
    date: str
    clause_id: int | None  # None for a new clause
    after_clause_id: int | None  # for a new clause: the clause before it (None = at the top)
    where: str  # "paragraph 5", "new paragraph after 5" (a text.problems.Problem)
    text: str  # the proposed wording (replace / insert / new)
    rationale: str = ""


@dataclass(frozen=True)
class Problem:
    """A change that cannot become a proposal: where (a Said, "paragraph 5"), by whom, why
    (a Said: the English with a code and data, for the window)."""

    where: str
    author: str
    message: str


@dataclass
class Reading:
    changes: list[FoundChange] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    matched: int = 0


class NotThatRevision(ValueError):
    """The file's original text is not the revision's (the message says where); ``problem``
    is the same sentence with a code and data."""

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.problem = Said(message, code, **params)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2011", "-")).strip()


def _final(text: str) -> str:
    """The text as a final file prints it (supporting delegations dropped)."""
    try:
        from .writer_runs import final_text

        return final_text(text)
    except brackets.BracketError:
        return text


@dataclass
class _Old:
    """A paragraph of the file as sent (every change rejected)."""

    physical: list[WordParagraph]
    clause: SentClause | None = None


def _is_clause(p: WordParagraph) -> bool:
    return p.style in CLAUSE_STYLES or any(b.startswith(BOOKMARK_PREFIX) for b in p.bookmarks)


def read_changes(
    returned: ReturnedFile, clauses: Sequence[SentClause], column: int = 0, name: str = "the file"
) -> Reading:
    """Proposals found in one language column of ``returned`` against ``clauses``."""
    paragraphs = returned.column(column)
    if not any(p.changed for p in returned.paragraphs):
        raise NotThatRevision(
            f"{name} has no tracked changes: was Track Changes on while it was edited? "
            "(nothing to import)",
            code="word_no_tracked_changes",
            file=name,
        )
    olds = _old_paragraphs(paragraphs)
    sent = [o for o in olds if _is_clause(o.physical[-1])]
    _match(sent, clauses, name)
    reading = Reading(matched=len(sent))
    owner = {p.index: i for i, old in enumerate(olds) for p in old.physical}
    for group in _groups(paragraphs):
        group_olds = list(dict.fromkeys(owner[p.index] for p in group))
        if any(p.changed for p in group):
            _read_group(group, [olds[i] for i in group_olds], olds, reading, returned)
            continue
        for p in group:  # a comment where nothing changed: listed, not lost
            for cid in p.comment_ids:
                comment = returned.comments.get(cid)
                if comment is not None:
                    reading.problems.append(
                        Problem(
                            _where(olds[owner[p.index]]),
                            comment.author,
                            Said(
                                f"comment “{comment.text[:60]}” is on a paragraph with no "
                                "change; not imported",
                                code="word_comment_no_change",
                                comment=comment.text[:60],
                            ),
                        )
                    )
    return reading


def _old_paragraphs(paragraphs: list[WordParagraph]) -> list[_Old]:
    out: list[_Old] = []
    current: list[WordParagraph] = []
    for p in paragraphs:
        current.append(p)
        if p.mark.state != "insert":
            out.append(_Old(current))
            current = []
    if current:
        out.append(_Old(current))
    return out


def _old_text(old: _Old) -> str:
    return "".join(p.old_text for p in old.physical)


def _match(sent: list[_Old], clauses: Sequence[SentClause], name: str) -> None:
    by_uuid = {c.uuid.replace("-", ""): c for c in clauses}
    if len(sent) != len(clauses):
        raise NotThatRevision(
            f"{name} is not that revision: it has {len(sent)} clause paragraphs where the "
            f"revision has {len(clauses)} (numbering too different)",
            code="word_clause_count",
            file=name,
            count=len(sent),
            expected=len(clauses),
        )
    wrong = []
    for old, clause in zip(sent, clauses, strict=True):
        marked = [
            by_uuid.get(b.rsplit("_", 1)[-1])
            for p in old.physical
            for b in p.bookmarks
            if b.startswith(BOOKMARK_PREFIX)
        ]
        target = next((c for c in marked if c is not None), clause)
        text = _norm(_old_text(old))
        if text not in (_norm(target.text), _norm(_final(target.text))):
            wrong.append((target, text))
        old.clause = target
    if wrong:
        target, text = wrong[0]
        label = f"paragraph {target.number}" if target.number else "an unnumbered paragraph"
        more = f" (and {len(wrong) - 1} more)" if len(wrong) > 1 else ""
        raise NotThatRevision(
            f"{name} is not that revision: {label} reads “{text[:60]}” where the revision "
            f"has “{_norm(target.text)[:60]}”{more} — text changed without Track Changes, or "
            "another revision",
            code="word_text_differs",
            file=name,
            where=Said(label, code="where_paragraph", number=target.number.rstrip("."))
            if target.number
            else Said(label, code="where_unnumbered"),
            text=text[:60],
            sent=_norm(target.text)[:60],
        )


def _groups(paragraphs: list[WordParagraph]) -> list[list[WordParagraph]]:
    """Runs of paragraphs between two paragraph marks present in both views."""
    out, current = [], []
    for p in paragraphs:
        current.append(p)
        if p.mark.state == "equal":
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _where(old: _Old | None) -> Said:
    if old is None or old.clause is None:
        return Said("the document's heading", code="where_heading")
    number = old.clause.number
    if number:
        return Said(f"paragraph {number}", code="where_paragraph", number=number.rstrip("."))
    words = _norm(old.clause.text)[:30]
    return Said(f"the paragraph “{words}…”", code="where_paragraph_words", words=words)


def _read_group(
    group: list[WordParagraph],
    group_olds: list[_Old],
    olds: list[_Old],
    reading: Reading,
    returned: ReturnedFile,
) -> None:
    # pieces in stream order, each tagged with its old and new paragraph index in the group
    stream: list[tuple[Piece, int, int]] = []
    old_i = new_i = 0
    old_marks: list[Piece] = []
    new_marks: list[Piece] = []
    for p in group:
        for piece in p.pieces:
            stream.append((piece, old_i, new_i))
        stream.append((p.mark, old_i, new_i))
        if p.mark.state != "insert":
            old_i += 1
            old_marks.append(p.mark)
        if p.mark.state != "delete":
            new_i += 1
            new_marks.append(p.mark)
    comments = [
        returned.comments[c] for p in group for c in p.comment_ids if c in returned.comments
    ]
    # pair old and new paragraphs by shared unchanged text (monotone, greedy)
    shared: dict[tuple[int, int], int] = {}
    for piece, o, n in stream:
        if piece.state == "equal" and piece.text.strip():
            shared[(o, n)] = shared.get((o, n), 0) + len(piece.text)
    pairs: list[tuple[int, int]] = []
    last_new = -1
    for o in range(old_i):
        candidates = [(shared.get((o, n), 0), -n) for n in range(last_new + 1, new_i)]
        best = max(candidates, default=(0, 0))
        if best[0] > 0:
            pairs.append((o, -best[1]))
            last_new = -best[1]
    paired_old = {o for o, _ in pairs}
    paired_new = {n: o for o, n in pairs}
    found: list[FoundChange] = []

    def old_at(index: int) -> _Old | None:
        return group_olds[index] if index < len(group_olds) else None

    for o, n in pairs:
        old = old_at(o)
        pieces = [
            pc
            for pc, po, pn in stream
            if (po == o and pc.state != "insert") or (pn == n and pc.state == "insert")
        ]
        _pair_changes(old, pieces, found, reading)
    for o in range(old_i):
        if o in paired_old:
            continue
        old = old_at(o)
        gone = [pc for pc, po, _pn in stream if po == o and pc.state == "delete"]
        if old is None or old.clause is None:
            continue
        if not gone and _old_text(old).strip():
            reading.problems.append(
                Problem(
                    _where(old),
                    "",
                    Said(
                        "paragraph merged into another; propose its deletion and the new wording",
                        code="word_paragraph_merged",
                    ),
                )
            )
            continue
        author = gone[0].author if gone else old_marks[o].author
        date = gone[0].date if gone else old_marks[o].date
        found.append(FoundChange("delete", author, date, old.clause.id, None, _where(old), ""))
    for n in range(new_i):
        if n in paired_new:
            continue
        added = [pc for pc, _po, pn in stream if pn == n and pc.state == "insert" and pc.text]
        text = "".join(pc.text for pc, _po, pn in stream if pn == n and pc.state != "delete")
        if not text.strip():
            continue
        before = max((o for o, m in pairs if m < n), default=None)
        anchor = old_at(before) if before is not None else _previous_clause(olds, group)
        author = added[0].author if added else new_marks[n].author
        date = added[0].date if added else new_marks[n].date
        after_id = anchor.clause.id if anchor is not None and anchor.clause else None
        if anchor:
            after = _where(anchor)
            where = Said(f"new paragraph after {after}", code="where_new_after", where=after)
        else:
            where = Said("new paragraph at the top", code="where_new_top")
        found.append(FoundChange("new", author, date, None, after_id, where, text.strip()))
    _attach_comments(found, comments, reading, group_olds)
    reading.changes.extend(found)


def _previous_clause(olds: list[_Old], group: list[WordParagraph]) -> _Old | None:
    first = group[0].index
    previous = None
    for old in olds:
        if any(p.index == first for p in old.physical):
            return previous
        if old.clause is not None:
            previous = old
    return previous


def _pair_changes(old: _Old | None, pieces: list[Piece], found: list[FoundChange], reading):
    """One proposal per author of the changes in this paragraph."""
    authors = list(dict.fromkeys(pc.author for pc in pieces if pc.state != "equal" and pc.text))
    if not authors:
        return
    if old is None or old.clause is None:
        reading.problems.append(
            Problem(
                _where(old),
                ", ".join(authors),
                Said(
                    "change outside the text's paragraphs (title or legend); not imported",
                    code="word_change_outside_text",
                ),
            )
        )
        return
    base = old.clause.text
    if _norm(_old_text(old)) != _norm(base) and _norm(_old_text(old)) == _norm(_final(base)):
        reading.problems.append(
            Problem(
                _where(old),
                ", ".join(authors),
                Said(
                    "the file shows this bracketed paragraph "
                    "without its delegation tags; send the compilation text for comments",
                    code="word_brackets_without_tags",
                ),
            )
        )
        return
    spans = _bracket_spans(base)
    for author in authors:
        text, offsets, deleted = [], [], False
        position = 0
        for pc in pieces:
            mine = pc.author == author
            if pc.state == "equal":
                text.append(pc.text)
                position += len(pc.text)
            elif pc.state == "insert":
                if mine and pc.text:
                    offsets.append((position, position))
                    text.append(pc.text)
            else:
                if mine and pc.text:
                    offsets.append((position, position + len(pc.text)))
                    deleted = True
                else:
                    text.append(pc.text)
                position += len(pc.text)
        inside = [o for o in offsets if _inside(o, spans)]
        date = next((pc.date for pc in pieces if pc.author == author and pc.state != "equal"), "")
        if inside:
            reading.problems.append(
                Problem(
                    _where(old),
                    author,
                    Said(
                        "tracked change inside square brackets: the bracketed "
                        "text is under negotiation — propose an alternative in the window "
                        "instead",
                        code="word_change_in_brackets",
                    ),
                )
            )
            continue
        proposed = "".join(text)
        if proposed == base:
            continue
        kind = "replace" if deleted else "insert"
        found.append(FoundChange(kind, author, date, old.clause.id, None, _where(old), proposed))


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    """(position of "[", position of its "]") of every bracket in the markup."""
    spans, stack = [], []
    for seg in brackets.segments(text):
        if seg.kind != "bracket":
            continue
        if text[seg.start] == "[":
            stack.append(seg.start)
        elif stack:
            spans.append((stack.pop(), seg.start))
    return spans


def _inside(change: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    start, end = change
    for open_, close in spans:
        covers = start <= open_ and end > close
        if not covers and open_ < start <= close or (not covers and open_ < end <= close):
            return True
    return False


def _attach_comments(found: list[FoundChange], comments, reading: Reading, olds) -> None:
    """Each Word comment on a changed paragraph becomes the rationale of its author's
    proposal there (or of the only proposal there)."""
    for comment in comments:
        mine = [f for f in found if f.author == comment.author] or (
            found if len(found) == 1 else []
        )
        if not mine:
            where = _where(olds[0]) if olds else Said("the document", code="where_document")
            reading.problems.append(
                Problem(
                    where,
                    comment.author,
                    Said(
                        f"comment “{comment.text[:60]}” is on no change of its author; "
                        "not imported",
                        code="word_comment_no_own_change",
                        comment=comment.text[:60],
                    ),
                )
            )
            continue
        target = mine[0]
        rationale = (target.rationale + "\n" + comment.text).strip()
        found[found.index(target)] = FoundChange(
            target.kind,
            target.author,
            target.date,
            target.clause_id,
            target.after_clause_id,
            target.where,
            target.text,
            rationale,
        )
