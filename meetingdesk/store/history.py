"""Recompute every content hash and compare with what was stored and what the audit recorded.

Read-only: one connection, plain SELECTs. Each problem is one line naming the document,
the clause by its number, the version and its language, so a person can find it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy import Connection

from meetingdesk.integrity.hashing import (
    EntryFacts,
    RevisionFacts,
    canonical_time,
    range_digest,
    revision_hash,
    text_hash,
    version_hash_raw,
)
from meetingdesk.model import (
    AuditEvent,
    Clause,
    ClauseVersion,
    Delegation,
    Document,
    Revision,
    RevisionEntry,
)
from meetingdesk.text.numbering import number_clauses
from meetingdesk.text.problems import Problem


@dataclass
class _Names:
    """How a clause is called in a message: document short name and display number."""

    docs: dict[int, str] = field(default_factory=dict)  # document id -> short name
    clause_doc: dict[int, int] = field(default_factory=dict)  # clause id -> document id
    numbers: dict[int, str] = field(default_factory=dict)  # clause id -> number
    uuids: dict[int, str] = field(default_factory=dict)  # clause id -> uuid
    unnumbered: dict[int, tuple[int, str]] = field(default_factory=dict)  # id -> (pos, kind)

    def clause(self, clause_id: int) -> Problem:
        """The clause as a message names it, with the naming as data (the window says it)."""
        doc = self.docs.get(self.clause_doc.get(clause_id, -1), "?")
        number = self.numbers.get(clause_id)
        if number:
            return Problem(
                f"{doc} clause {number}", code="where_clause", document=doc, clause=number
            )
        if clause_id in self.unnumbered:
            pos, kind = self.unnumbered[clause_id]
            return Problem(
                f"{doc} clause at position {pos} ({kind})",
                code="where_clause_at",
                document=doc,
                position=pos,
                clause_kind=kind,
            )
        return Problem(
            f"{doc} clause #{clause_id} (deleted or unnumbered)",
            code="where_clause_deleted",
            document=doc,
            clause_id=clause_id,
        )


def clause_names(conn: Connection) -> _Names:
    n = _Names()
    d, c = Document.__table__, Clause.__table__
    n.docs = {r.id: r.short_name for r in conn.execute(sa.select(d.c.id, d.c.short_name))}
    by_doc: dict[int, list] = defaultdict(list)
    for r in conn.execute(
        sa.select(c.c.id, c.c.uuid, c.c.document_id, c.c.kind, c.c.status).order_by(
            c.c.document_id, c.c.position, c.c.id
        )
    ):
        n.clause_doc[r.id] = r.document_id
        n.uuids[r.id] = str(r.uuid)
        if r.status != "deleted":
            by_doc[r.document_id].append((r.id, r.kind))
    for rows in by_doc.values():
        numbers = number_clauses([k for _i, k in rows])
        for pos, ((i, kind), num) in enumerate(zip(rows, numbers, strict=True), start=1):
            shown = num.strip().rstrip(".")
            if shown:
                n.numbers[i] = shown
            else:
                n.unnumbered[i] = (pos, kind)
    return n


@dataclass
class HistoryReport:
    problems: list[str]
    versions: dict[int, str]  # id -> stored hash
    revisions: dict[int, str]  # id -> stored tree hash


def _uuid_text(raw) -> str:
    """A UUID as the driver gives it (SQLite: 32 hex digits) in its canonical spelling."""
    if isinstance(raw, str) and len(raw) == 32:
        return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}".lower()
    return str(raw)


def _time_text(raw) -> object:
    """SQLite's stored "YYYY-MM-DD HH:MM:SS.ffffff" (UTC) straight to the canonical spelling;
    anything else is left to canonical_time. Parsing 200,000 datetimes is most of the cost."""
    if isinstance(raw, str) and len(raw) == 26 and raw[10] == " ":
        return f"{raw[:10]}T{raw[11:]}Z"
    return raw


_VERSION_COLUMNS = (
    "id, uuid, clause_id, language, {text}, author, delegation_id, created_at, note, "
    "parent_id, merge_parent_id, translated_from_id, content_hash"
)


def version_problems(conn: Connection, names: _Names) -> tuple[list[str], dict[int, str]]:
    """Recompute every version's hash.

    The texts (most of a large database) are streamed through the driver's own cursor in
    batches: no ORM or SQLAlchemy row per version, and on SQLite each text arrives as its
    UTF-8 bytes (CAST AS BLOB) and is hashed without being decoded (version_hash_raw).
    The stored hashes are read first, in one small query, so that a parent is found
    wherever it sits in the table.
    """
    dl = Delegation.__table__
    delegations = {r.id: str(r.uuid) for r in conn.execute(sa.select(dl.c.id, dl.c.uuid))}
    sqlite = conn.dialect.name == "sqlite"
    columns = _VERSION_COLUMNS.format(text="CAST(text AS BLOB)" if sqlite else "text")
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    out: list[str] = []
    try:
        cursor.execute("SELECT id, content_hash FROM clause_version")
        stored: dict[int, str] = dict(cursor.fetchall())
        uuids, get = names.uuids, stored.get
        cursor.execute(f"SELECT {columns} FROM clause_version ORDER BY id")
        while batch := cursor.fetchmany(2000):
            for vid, uuid, clause_id, lang, text, author, dlg, at, note, par, mpar, tr, h in batch:
                digest = version_hash_raw(
                    _uuid_text(uuid),
                    uuids.get(clause_id, ""),
                    lang,
                    text if text is not None else "",
                    author,
                    delegations.get(dlg, "") if dlg else "",
                    canonical_time(_time_text(at)),
                    note or "",
                    get(par, "") if par else "",
                    get(mpar, "") if mpar else "",
                    get(tr, "") if tr else "",
                )
                if digest == h and clause_id in uuids:
                    continue
                out += _version_mismatch(names, stored, vid, clause_id, lang, par, mpar, tr)
                if digest != h:
                    where = names.clause(clause_id)
                    out.append(
                        Problem(
                            f"{where}, version {vid} ({lang}): text or history does not match "
                            "its content hash (altered or relinked)",
                            code="version_hash_mismatch",
                            where=where,
                            version=vid,
                            language=lang,
                        )
                    )
    finally:
        cursor.close()
    return out, stored


def _version_mismatch(names: _Names, stored: dict[int, str], vid, clause_id, lang, par, mpar, tr):
    clause = names.clause(clause_id)
    where = f"{clause}, version {vid} ({lang})"
    facts = {"where": clause, "version": vid, "language": lang}
    out = []
    refs = (
        (par, Problem("parent", code="link_parent")),
        (mpar, Problem("merge parent", code="link_merge_parent")),
        (tr, Problem("translation source", code="link_translation_source")),
    )
    missing = [name for x, name in refs if x is not None and x not in stored]
    if missing:
        out.append(
            Problem(
                f"{where}: its {', '.join(missing)} is missing from the history",
                code="version_links_missing",
                links=tuple(missing),
                **facts,
            )
        )
    if clause_id not in names.uuids:
        out.append(
            Problem(f"{where}: its clause is missing", code="version_clause_missing", **facts)
        )
    return out


def revision_problems(
    conn: Connection, names: _Names, versions: dict[int, str]
) -> tuple[list[str], dict[int, str], dict[int, list]]:
    r_t, e_t, v = Revision.__table__, RevisionEntry.__table__, ClauseVersion.__table__
    en, ja = v.alias("en"), v.alias("ja")
    entries: dict[int, list] = defaultdict(list)
    q = (
        sa.select(e_t, en.c.text.label("en_text"), ja.c.text.label("ja_text"))
        .outerjoin(en, en.c.id == e_t.c.en_version_id)
        .outerjoin(ja, ja.c.id == e_t.c.ja_version_id)
        .order_by(e_t.c.revision_id, e_t.c.position)
    )
    for e in conn.execute(q):
        entries[e.revision_id].append(e)
    doc_uuid = {
        r.id: str(r.uuid)
        for r in conn.execute(sa.select(Document.__table__.c.id, Document.__table__.c.uuid))
    }
    out: list[str] = []
    trees: dict[int, str] = {}
    for r in conn.execute(sa.select(r_t).order_by(r_t.c.id)):
        doc = names.docs.get(r.document_id, "?")
        where = f"{doc} {r.label}"
        rows = entries.get(r.id, [])
        texts = text_hash(
            (names.uuids.get(e.clause_id, ""), e.number, e.kind, e.en_text or "", e.ja_text or "")
            for e in rows
        )
        if texts != r.content_hash:
            out.append(
                Problem(
                    f"{where}: its text does not match the fingerprint recorded when frozen",
                    code="revision_text_mismatch",
                    document=doc,
                    label=r.label,
                )
            )
        facts = RevisionFacts(
            str(r.uuid),
            doc_uuid.get(r.document_id, ""),
            r.number,
            r.label,
            r.kind,
            r.note or "",
            r.author or "",
            r.created_at,
            r.content_hash,
            tuple(
                EntryFacts(
                    names.uuids.get(e.clause_id, ""),
                    e.position,
                    e.number or "",
                    e.kind,
                    e.status,
                    e.ad_ref or "",
                    versions.get(e.en_version_id, "") if e.en_version_id else "",
                    versions.get(e.ja_version_id, "") if e.ja_version_id else "",
                    names.uuids.get(e.parent_clause_id, "") if e.parent_clause_id else "",
                )
                for e in rows
            ),
        )
        if revision_hash(facts) != r.tree_hash:
            out.append(
                Problem(
                    f"{where}: its entries do not match the revision's hash (altered)",
                    code="revision_hash_mismatch",
                    document=doc,
                    label=r.label,
                )
            )
        trees[r.id] = r.tree_hash
    return out, trees, entries


def adopted_problems(conn: Connection, names: _Names, entries: dict[int, list]) -> list[str]:
    """An adopted document: its fingerprint is its adopted revision's, its heads are frozen."""
    d, r_t, c = Document.__table__, Revision.__table__, Clause.__table__
    out: list[str] = []
    for doc in conn.execute(sa.select(d).where(d.c.status == "adopted")):
        rev = conn.execute(
            sa.select(r_t)
            .where(r_t.c.document_id == doc.id, r_t.c.kind == "adopted")
            .order_by(r_t.c.number.desc())
            .limit(1)
        ).first()
        if rev is None:
            out.append(
                Problem(
                    f"{doc.short_name}: marked adopted but has no adopted revision",
                    code="adopted_without_revision",
                    document=doc.short_name,
                )
            )
            continue
        if doc.adopted_hash != rev.content_hash:
            out.append(
                Problem(
                    f"{doc.short_name}: its adopted fingerprint is not that of its adopted "
                    f"revision {rev.label}",
                    code="adopted_fingerprint_differs",
                    document=doc.short_name,
                    label=rev.label,
                )
            )
        frozen = {e.clause_id: e for e in entries.get(rev.id, [])}
        for cl in conn.execute(sa.select(c).where(c.c.document_id == doc.id)):
            e = frozen.get(cl.id)
            if e is None:
                if cl.status != "deleted":
                    where = names.clause(cl.id)
                    out.append(
                        Problem(
                            f"{where}: added after adoption",
                            code="added_after_adoption",
                            where=where,
                        )
                    )
                continue
            for lang, head, want in (
                ("en", cl.head_en_id, e.en_version_id),
                ("ja", cl.head_ja_id, e.ja_version_id),
            ):
                if head != want:
                    out.append(_moved(doc.short_name, e, lang, head, want))
    return out


def _moved(document: str, entry, lang: str, head, want) -> Problem:
    """An adopted clause whose head is no longer the version that was adopted."""
    number = (entry.number or "").rstrip(".")
    if number:
        where = Problem(
            f"{document} clause {number}", code="where_clause", document=document, clause=number
        )
    else:
        where = Problem(
            f"{document} clause at position {entry.position}",
            code="where_clause_at",
            document=document,
            position=entry.position,
            clause_kind=entry.kind,
        )
    return Problem(
        f"{where}: its {lang} text moved after adoption (head is version {head}, adopted "
        f"version {want})",
        code="adopted_text_moved",
        where=where,
        language=lang,
        now=head if head is not None else "—",
        adopted=want if want is not None else "—",
    )


def recorded_hashes(conn: Connection) -> tuple[set[str], list[dict], dict[str, list[str]]]:
    """What the audit chain says was created: single hashes, ranges, adoption fingerprints."""
    a = AuditEvent.__table__
    singles: set[str] = set()
    ranges: list[dict] = []
    adopted: dict[str, list[str]] = defaultdict(list)
    q = sa.select(a.c.action, a.c.entity_uuid, a.c.details).where(
        sa.or_(
            a.c.details.like('%"created_hashes"%'),
            a.c.details.like('%"ranges"%'),
            a.c.action == "document.adopt",
        )
    )
    for action, entity, details in conn.execute(q):
        try:
            data = json.loads(details or "{}")
        except ValueError:
            continue
        for hashes in (data.get("created_hashes") or {}).values():
            singles.update(hashes)
        for kind, rng in (data.get("ranges") or {}).items():
            ranges.append({"kind": kind, **rng})
        if action == "document.adopt" and data.get("hash"):
            adopted[entity].append(data["hash"])
    return singles, ranges, adopted


def recorded_problems(
    conn: Connection, names: _Names, versions: dict[int, str], trees: dict[int, str]
) -> list[str]:
    singles, ranges, adopted = recorded_hashes(conn)
    covered: dict[str, set[int]] = {"clause_version": set(), "revision": set()}
    out: list[str] = []
    for rng in ranges:
        table = versions if rng["kind"] == "clause_version" else trees
        ids = [i for i in sorted(table) if rng["first"] <= i <= rng["last"]]
        if len(ids) != rng["count"] or range_digest(table[i] for i in ids) != rng["digest"]:
            out.append(
                Problem(
                    f"{rng['kind']} rows {rng['first']}–{rng['last']} no longer match the "
                    "hashes recorded for them in the audit chain",
                    code="recorded_versions_differ"
                    if rng["kind"] == "clause_version"
                    else "recorded_revisions_differ",
                    first=rng["first"],
                    last=rng["last"],
                )
            )
        covered[rng["kind"]].update(ids)
    v = ClauseVersion.__table__
    unrecorded = [
        i for i, h in versions.items() if h not in singles and i not in covered["clause_version"]
    ]
    if unrecorded:
        info = {
            r.id: (r.clause_id, r.language)
            for r in conn.execute(
                sa.select(v.c.id, v.c.clause_id, v.c.language).where(v.c.id.in_(unrecorded[:20]))
            )
        }
        for i in unrecorded[:20]:
            clause_id, lang = info.get(i, (-1, "?"))
            where = names.clause(clause_id)
            out.append(
                Problem(
                    f"{where}, version {i} ({lang}): not recorded in the audit chain (written "
                    "outside the program, or altered)",
                    code="version_not_recorded",
                    where=where,
                    version=i,
                    language=lang,
                )
            )
        if len(unrecorded) > 20:
            out.append(
                Problem(
                    f"… and {len(unrecorded) - 20} more versions not recorded in the audit",
                    code="more_versions_not_recorded",
                    count=len(unrecorded) - 20,
                )
            )
    r_t = Revision.__table__
    labels = {
        r.id: (names.docs.get(r.document_id, "?"), r.label)
        for r in conn.execute(sa.select(r_t.c.id, r_t.c.document_id, r_t.c.label))
    }
    for i, h in trees.items():
        if h not in singles and i not in covered["revision"]:
            doc, label = labels.get(i, ("?", str(i)))
            out.append(
                Problem(
                    f"{doc} {label}: revision not recorded in the audit chain",
                    code="revision_not_recorded",
                    document=doc,
                    label=label,
                )
            )
    d = Document.__table__
    for doc in conn.execute(sa.select(d).where(d.c.status == "adopted")):
        recorded = adopted.get(str(doc.uuid), [])
        if recorded and doc.adopted_hash != recorded[-1]:
            out.append(
                Problem(
                    f"{doc.short_name}: its adopted fingerprint differs from the one the audit "
                    "chain recorded at adoption",
                    code="adopted_fingerprint_not_recorded",
                    document=doc.short_name,
                )
            )
    return out


def history_problems(conn: Connection) -> list[str]:
    """Every mismatch between stored hashes, recomputed hashes and the audit's record."""
    names = clause_names(conn)
    out, versions = version_problems(conn, names)
    rev_out, trees, entries = revision_problems(conn, names, versions)
    out += rev_out
    out += adopted_problems(conn, names, entries)
    out += recorded_problems(conn, names, versions, trees)
    return out
