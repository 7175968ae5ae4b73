"""Comments on clauses: threads of replies that can be resolved and reopened.

Comments are the drafters' working notes, not the text: they may be added to an adopted
document too.
"""

from __future__ import annotations

from sqlalchemy import select

from meetingdesk.model import Clause, Comment, utc_now
from meetingdesk.services.base import Desk, ValidationError, expect_version, get_or_404
from meetingdesk.snapshots.drafting import CommentSnap

MAX_COMMENT_CHARS = 10_000


def _flat(c: Comment) -> CommentSnap:
    return CommentSnap(
        c.id,
        str(c.uuid),
        c.row_version,
        c.clause_id,
        c.parent_id,
        c.author,
        c.body,
        c.created_at,
        c.resolved_at,
        c.resolved_by,
    )


def add_comment(desk: Desk, clause_id: int, body: str, parent_id: int | None = None) -> CommentSnap:
    """A new thread on a clause, or a reply to comment ``parent_id`` on the same clause."""
    body = body.strip()
    if not body:
        raise ValidationError("the comment is empty", code="comment_empty")
    if len(body) > MAX_COMMENT_CHARS:
        raise ValidationError(
            f"the comment has {len(body)} characters; {MAX_COMMENT_CHARS} at most",
            code="comment_too_long",
            count=len(body),
            limit=MAX_COMMENT_CHARS,
        )
    with desk.write() as s:
        clause = get_or_404(s, Clause, clause_id, "clause")
        if parent_id is not None:
            parent = get_or_404(s, Comment, parent_id, "comment")
            if parent.clause_id != clause.id:
                raise ValidationError(
                    "a reply must be on the same clause as its comment", code="reply_other_clause"
                )
        c = Comment(
            clause_id=clause.id,
            parent_id=parent_id,
            author=desk.user_login,
            body=body,
            created_at=utc_now(),
        )
        s.add(c)
        s.flush()
        desk.audit(
            s, "comment.add", c, "reply" if parent_id else "comment", {"clause": str(clause.uuid)}
        )
        return _flat(c)


def resolve_comment(desk: Desk, comment_id: int, expected_version: int | None) -> CommentSnap:
    """Mark a comment (a thread, when it is a root) resolved."""
    return _set_resolved(desk, comment_id, expected_version, True)


def reopen_comment(desk: Desk, comment_id: int, expected_version: int | None) -> CommentSnap:
    return _set_resolved(desk, comment_id, expected_version, False)


def _set_resolved(desk: Desk, comment_id: int, expected: int | None, resolved: bool) -> CommentSnap:
    with desk.write() as s:
        c = get_or_404(s, Comment, comment_id, "comment")
        expect_version(c, expected, "the comment", item="comment")
        if (c.resolved_at is not None) == resolved:
            if resolved:
                raise ValidationError(
                    "the comment is already resolved", code="comment_already_resolved"
                )
            raise ValidationError("the comment is not resolved", code="comment_not_resolved")
        c.resolved_at = utc_now() if resolved else None
        c.resolved_by = desk.user_login if resolved else ""
        s.flush()
        desk.audit(s, "comment.resolve" if resolved else "comment.reopen", c, "comment")
        s.flush()
        return _flat(c)


def list_comments(desk: Desk, clause_id: int) -> list[CommentSnap]:
    """Threads on a clause, oldest first, each root carrying its replies (nested)."""
    with desk.read() as s:
        get_or_404(s, Clause, clause_id, "clause")
        rows = s.scalars(
            select(Comment).where(Comment.clause_id == clause_id).order_by(Comment.id)
        ).all()
    children: dict[int | None, list[Comment]] = {}
    for c in rows:
        children.setdefault(c.parent_id, []).append(c)

    def build(c: Comment) -> CommentSnap:
        flat = _flat(c)
        replies = tuple(build(r) for r in children.get(c.id, []))
        return CommentSnap(**{**flat.__dict__, "replies": replies})

    return [build(c) for c in children.get(None, [])]
