"""Search clause text across a meeting's documents: current text, optionally all history,
English and Japanese.

Each whitespace-separated term must occur (substring, case-insensitive for Latin letters).
On SQLite, terms of three or more characters use the FTS5 trigram index of migration 0003;
shorter terms (Japanese 議題, 協力) and databases without FTS5 use LIKE, because a trigram
index cannot match fewer than three characters. PostgreSQL uses ILIKE, or LIKE for terms
without letter case such as Japanese (same rows, far less work), helped by a pg_trgm
index where one exists. LIKE wildcards in the query are escaped.
"""

from __future__ import annotations

from sqlalchemy import and_, case, column, func, or_, select, table, text
from sqlalchemy.orm import Session

from meetingdesk.model import Clause, ClauseVersion, Document
from meetingdesk.services.base import Desk, ValidationError
from meetingdesk.services.drafting.reading import numbered_outline
from meetingdesk.snapshots.drafting import SearchHit

SNIPPET_BEFORE = 40
SNIPPET_AFTER = 80
MAX_QUERY = 200
_fts_ready: dict[str, bool] = {}
_fts = table("clause_version_fts", column("rowid"))


def escape_like(term: str) -> str:
    """A LIKE pattern matching ``term`` literally anywhere (escape character: backslash)."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_available(desk: Desk) -> bool:
    """True when this SQLite database has the trigram index and this Python can read it."""
    if not desk.is_sqlite:
        return False
    if desk.url not in _fts_ready:
        with desk.engine.connect() as conn:
            options = {row[0] for row in conn.exec_driver_sql("PRAGMA compile_options")}
            table = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE name = 'clause_version_fts'"
            ).first()
        _fts_ready[desk.url] = bool(table) and "ENABLE_FTS5" in options
    return _fts_ready[desk.url]


def has_case(term: str) -> bool:
    """True when upper and lower case of some letter of term differ (Latin, Greek …).

    PostgreSQL's ILIKE lowercases the whole text of every row it tests, about three times
    slower than LIKE; a term without case (Japanese, digits) matches exactly the same rows
    with LIKE.
    """
    return term.lower() != term or term.upper() != term


def _conditions(desk: Desk, terms: list[str]) -> tuple[list, str]:
    conds = []
    long_terms = [t for t in terms if len(t) >= 3]
    if fts_available(desk) and long_terms:
        match = " ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
        conds.append(
            ClauseVersion.id.in_(
                select(_fts.c.rowid).where(text("clause_version_fts MATCH :fts_query"))
            )
        )
        short = [t for t in terms if len(t) < 3]
    else:
        match, short = "", terms
    for t in short:
        pattern = escape_like(t)
        if desk.is_sqlite or not has_case(t):
            conds.append(ClauseVersion.text.like(pattern, escape="\\"))
        else:
            conds.append(ClauseVersion.text.ilike(pattern, escape="\\"))
    return conds, match


def search(
    desk: Desk,
    meeting_id: int,
    query: str,
    *,
    history: bool = False,
    limit: int = 100,
    language: str | None = None,
) -> list[SearchHit]:
    """Clauses whose text contains every term of ``query``.

    Current text first (in document order), then, with ``history``, older versions newest
    first. ``language`` ("en" / "ja") narrows to one language.
    """
    terms = query.split()
    if not terms:
        return []
    if len(query) > MAX_QUERY:
        raise ValidationError(
            f"the search is {len(query)} characters long; {MAX_QUERY} at most",
            code="search_too_long",
            count=len(query),
            limit=MAX_QUERY,
        )
    conds, match = _conditions(desk, terms)
    params = {"fts_query": match} if match else {}
    heads = {"en": Clause.head_en_id, "ja": Clause.head_ja_id}
    if language is not None:
        conds.append(ClauseVersion.language == language)
        heads = {language: heads[language]} if language in heads else {}
    with desk.read() as s:
        # The meeting's few documents first: the big queries then filter on clause alone
        # (no join to document, whose tiny table the PostgreSQL planner may know nothing of)
        # and order by the documents' positions through a CASE.
        docs = {
            d.id: d for d in s.scalars(select(Document).where(Document.meeting_id == meeting_id))
        }
        if not docs:
            return []
        doc_order = case({i: d.position for i, d in docs.items()}, value=Clause.document_id)
        base = and_(Clause.document_id.in_(list(docs)), *conds)
        rows = []
        for lang, head in heads.items():
            q = (
                select(Clause)
                .where(
                    Clause.document_id.in_(list(docs)),
                    Clause.status != "deleted",
                    _head_matches(head, conds),
                )
                .order_by(doc_order, Clause.position)
                .limit(limit)
            )
            found = s.scalars(q, params).all()
            head_ids = [c.head_en_id if lang == "en" else c.head_ja_id for c in found]
            versions = {
                v.id: v
                for v in s.scalars(select(ClauseVersion).where(ClauseVersion.id.in_(head_ids)))
            }
            rows += [
                (versions[vid], c, docs[c.document_id], True)
                for c, vid in zip(found, head_ids, strict=True)
            ]
        rows.sort(key=lambda r: (r[2].position, r[1].position, r[0].language))
        rows = rows[:limit]
        if history and len(rows) < limit:
            not_current = or_(
                Clause.status == "deleted",
                and_(
                    ClauseVersion.id != func.coalesce(Clause.head_en_id, -1),
                    ClauseVersion.id != func.coalesce(Clause.head_ja_id, -1),
                ),
            )
            q = (
                select(ClauseVersion, Clause)
                .join(Clause, Clause.id == ClauseVersion.clause_id)
                .where(base, not_current)
                .order_by(ClauseVersion.id.desc())
                .limit(limit - len(rows))
            )
            rows += [(v, c, docs[c.document_id], False) for v, c in s.execute(q, params)]
        numbers = _numbers(s, {r[2].id for r in rows})
        return [_hit(v, c, d, current, numbers, terms) for v, c, d, current in rows]


def _head_matches(head, conds):
    """True for a clause whose head version (``head``: head_en_id or head_ja_id) matches.

    A correlated scalar subquery, probed by primary key once per clause of the meeting: the
    current text is a few thousand rows, while the history holds a hundred thousand, and a
    join lets PostgreSQL's planner scan all of history for common words (ten times slower).
    """
    return (
        select(func.count())
        .select_from(ClauseVersion)
        .where(ClauseVersion.id == head, *conds)
        .correlate(Clause)
        .scalar_subquery()
        > 0
    )


def _numbers(s: Session, document_ids: set[int]) -> dict[int, str]:
    """Display numbers of the clauses of these documents, from the shared numbering."""
    out: dict[int, str] = {}
    for doc_id in document_ids:
        out.update({k: n.label for k, n in numbered_outline(s, doc_id).items()})
    return out


def _hit(v, c, d, current: bool, numbers: dict[int, str], terms: list[str]) -> SearchHit:
    lowered = v.text.lower()
    at = lowered.find(terms[0].lower())
    at = max(at, 0)
    start = max(0, at - SNIPPET_BEFORE)
    end = min(len(v.text), at + len(terms[0]) + SNIPPET_AFTER)
    prefix = "…" if start > 0 else ""
    snippet = prefix + v.text[start:end] + ("…" if end < len(v.text) else "")
    m_start = len(prefix) + at - start
    return SearchHit(
        document_id=d.id,
        document_name=d.short_name,
        clause_id=c.id,
        clause_uuid=str(c.uuid),
        number=numbers.get(c.id, ""),
        clause_status=c.status,
        language=v.language,
        snippet=snippet,
        match_start=m_start,
        match_end=m_start + len(terms[0]),
        version_id=v.id,
        current=current,
        created_at=v.created_at,
    )
