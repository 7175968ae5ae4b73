"""Check out: documents of one meeting, with everything they refer to, as one SQLite file.

The package is a normal migrated MeetingDesk database (it opens like any other), with its
own db_uuid, holding copies of the rows with their UUIDs and the same integer ids as the
source, plus the manifest (built from the package's own rows, so it describes exactly what
was copied). From an SQLite source the rows are copied inside SQLite (copy_sqlite.py);
from PostgreSQL they pass through the session into a freshly migrated file. Written to a
temporary file and moved into place, so a half-written package never exists under the
chosen name.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import Table, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from meetingdesk.model import (
    ActionFollowUp,
    ActionItem,
    AuditEvent,
    Clause,
    ClauseVersion,
    Comment,
    Delegation,
    Document,
    Meeting,
    Participant,
    Position,
    Proposal,
    Revision,
    RevisionEntry,
    SilenceObjection,
    action_link,
    action_partner,
    clause_ad_ref,
    utc_now,
)
from meetingdesk.services.base import (
    Desk,
    NotFound,
    PermissionRefused,
    ValidationError,
    get_or_404,
)
from meetingdesk.store.engine import StoreError, make_engine
from meetingdesk.store.leftovers import pending, temp_pattern
from meetingdesk.store.migrate import ensure_identity, upgrade

from .copy_sqlite import copy_package_rows, drop_search_index
from .manifest import Manifest, PackageError, package_url, write_manifest
from .report import PackageInfo
from .sides import base_clause, base_rows, load_side


def _rows(s: Session, table: Table, *where) -> list[dict]:
    stmt = select(table)
    for cond in where:
        stmt = stmt.where(cond)
    return [dict(r) for r in s.execute(stmt).mappings()]


def _collect(s: Session, meeting_id: int, doc_ids: list[int]) -> dict[str, list[dict]]:
    """Every row the package holds, table by table, in an order that satisfies references."""
    t = {m.__tablename__: m.__table__ for m in (Meeting, Delegation, Participant, Document)}
    out: dict[str, list[dict]] = {}
    meeting = _rows(s, t["meeting"], t["meeting"].c.id == meeting_id)
    for row in meeting:
        row["carried_from_id"] = None
    out["meeting"] = meeting
    out["delegation"] = _rows(s, t["delegation"], t["delegation"].c.meeting_id == meeting_id)
    del_ids = [r["id"] for r in out["delegation"]]
    out["participant"] = _rows(
        s, Participant.__table__, Participant.__table__.c.delegation_id.in_(del_ids)
    )
    docs = _rows(s, t["document"], t["document"].c.id.in_(doc_ids))
    out["document"] = sorted(docs, key=lambda d: (d["parent_id"] is not None, d["id"]))
    ct, vt = Clause.__table__, ClauseVersion.__table__
    out["clause"] = _rows(s, ct, ct.c.document_id.in_(doc_ids))
    clause_ids = [r["id"] for r in out["clause"]]
    out["clause_version"] = sorted(
        _rows(s, vt, vt.c.clause_id.in_(clause_ids)), key=lambda r: r["id"]
    )
    out["clause_ad_ref"] = _rows(s, clause_ad_ref, clause_ad_ref.c.clause_id.in_(clause_ids))
    pt = Proposal.__table__
    out["proposal"] = _rows(s, pt, pt.c.document_id.in_(doc_ids))
    prop_ids = [r["id"] for r in out["proposal"]]
    out["position"] = _rows(s, Position.__table__, Position.__table__.c.proposal_id.in_(prop_ids))
    comments = _rows(s, Comment.__table__, Comment.__table__.c.clause_id.in_(clause_ids))
    out["comment"] = sorted(comments, key=lambda r: r["id"])
    rt = Revision.__table__
    out["revision"] = _rows(s, rt, rt.c.document_id.in_(doc_ids))
    rev_ids = [r["id"] for r in out["revision"]]
    et = RevisionEntry.__table__
    out["revision_entry"] = _rows(s, et, et.c.revision_id.in_(rev_ids))
    ot = SilenceObjection.__table__
    out["silence_objection"] = _rows(s, ot, ot.c.document_id.in_(doc_ids))
    at = ActionItem.__table__
    actions = _rows(s, at, at.c.clause_id.in_(clause_ids))
    action_ids = {r["id"] for r in actions}
    for row in actions:
        if row["carried_from_id"] not in action_ids:
            row["carried_from_id"] = None
    out["action_item"] = sorted(actions, key=lambda r: r["id"])
    out["action_partner"] = _rows(s, action_partner, action_partner.c.action_id.in_(action_ids))
    out["action_link"] = _rows(
        s,
        action_link,
        action_link.c.action_id.in_(action_ids),
        action_link.c.clause_id.in_(clause_ids),
    )
    ft = ActionFollowUp.__table__
    out["action_follow_up"] = _rows(s, ft, ft.c.action_id.in_(action_ids))
    return out


def _choose_documents(s: Session, meeting_id: int, names: list[str]) -> list[Document]:
    if not names:
        raise ValidationError(
            "name at least one document to check out", code="checkout_needs_document"
        )
    docs = {
        d.short_name: d
        for d in s.scalars(select(Document).where(Document.meeting_id == meeting_id))
    }
    chosen: dict[int, Document] = {}
    for name in names:
        doc = docs.get(name.strip().lower())
        if doc is None:
            raise NotFound(
                f"no document named {name!r} in this meeting "
                f"(there are: {', '.join(sorted(docs)) or 'none'})",
                code="no_such_document",
                document=name,
            )
        chosen[doc.id] = doc
    # An annex travels with the document it belongs to, so its links keep their targets.
    for doc in list(chosen.values()):
        if doc.parent_id is not None and doc.parent_id not in chosen:
            chosen[doc.parent_id] = s.get(Document, doc.parent_id)
    return sorted(chosen.values(), key=lambda d: (d.position, d.id))


def _owner_delegation(s: Session, meeting_id: int, code: str | None) -> str:
    """The code of the delegation whose laptop the package is ("" when none is named)."""
    if code is None or not code.strip():
        return ""
    codes = list(s.scalars(select(Delegation.code).where(Delegation.meeting_id == meeting_id)))
    for known in codes:
        if known.casefold() == code.strip().casefold():
            return known
    raise ValidationError(
        f"no delegation {code.strip()!r} in this meeting (there are: {', '.join(codes)})",
        code="no_such_delegation",
        delegation=code.strip(),
        known=", ".join(codes),
    )


def last_owner_delegation(desk: Desk, meeting_id: int) -> str:
    """The delegation this user named at their last check-out of this meeting ("" if none):
    the default the dialog and the command line offer."""
    with desk.read() as s:
        meeting = get_or_404(s, Meeting, meeting_id, "meeting")
        rows = s.scalars(
            select(AuditEvent.details)
            .where(
                AuditEvent.action == "package.checkout",
                AuditEvent.user_login == desk.user_login,
                AuditEvent.entity_uuid == str(meeting.uuid),
            )
            .order_by(AuditEvent.id.desc())
            .limit(20)
        )
        for raw in rows:
            try:
                code = json.loads(raw or "{}").get("delegation") or ""
            except ValueError:
                continue
            if code:
                return code
    return ""


def _sqlite_source(desk: Desk) -> Path | None:
    """The source's file when it is an SQLite file (the fast path), else None."""
    if not desk.is_sqlite:
        return None
    name = make_url(desk.url).database
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    path = Path(name)
    return path if path.is_file() else None


def checkout(
    desk: Desk,
    meeting_id: int,
    document_names: list[str],
    out: Path,
    *,
    delegation: str | None = None,
) -> PackageInfo:
    """Write a package of the named documents of a meeting to ``out`` (atomically).

    ``delegation`` names whose laptop it is (a delegation code of the meeting); with the
    user's login it is recorded in the signed manifest and shown wherever the package opens.
    """
    out = Path(out)
    if out.exists() and out.is_dir():
        raise PackageError(
            f"{out} is a folder; name a package file",
            code="package_path_is_folder",
            folder=str(out),
        )
    if not out.parent.exists():
        raise PackageError(
            f"folder {out.parent} does not exist", code="folder_missing", folder=str(out.parent)
        )
    with desk.read() as s:
        meeting = get_or_404(s, Meeting, meeting_id, "meeting")
        docs = _choose_documents(s, meeting.id, list(document_names))
        owner = _owner_delegation(s, meeting.id, delegation)
        doc_ids = [d.id for d in docs]
        doc_uuids = [str(d.uuid) for d in docs]
        names = tuple(d.short_name for d in docs)
        meeting_uuid = str(meeting.uuid)
    source = _sqlite_source(desk)
    tmp = out.with_name(f".{out.name}.part")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        with pending(out.parent, temp_pattern(f".{out.name}", ".part*")):
            if source is not None:
                copy_package_rows(source, tmp, meeting_id, doc_ids)
            else:
                # PostgreSQL: rows read through the session, written by executemany.
                with desk.read() as s:
                    rows = _collect(s, meeting_id, doc_ids)
                _write_rows(tmp, rows)
            manifest, clauses, versions = _finish(
                tmp,
                Manifest(
                    source_db=desk.db_uuid,
                    meeting=meeting_uuid,
                    documents=doc_uuids,
                    clauses={},
                    order={},
                    rows={},
                    by=desk.user_login,
                    at=utc_now().isoformat(),
                    delegation=owner,
                ),
            )
            _record_copy(tmp, desk.user_login, meeting_id, names, out.name, owner)
            os.replace(tmp, out)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    try:
        with desk.write() as s:
            # Recorded (and so signed into the audit head by this user's key, which
            # check-in then accepts as a signer of the manifest).
            desk.audit(
                s,
                "package.checkout",
                s.get(Meeting, meeting_id),
                f"checked out {', '.join(names)} to {out.name}"
                + (f" for {owner}" if owner else ""),
                {
                    "manifest": manifest.sha256,
                    "documents": list(names),
                    "by": desk.user_login,
                    "delegation": owner,
                },
            )
    except PermissionRefused:
        pass  # a reader may take a copy to read; it can never be checked in
    return PackageInfo(
        path=str(out),
        source_db=desk.db_uuid,
        meeting_uuid=manifest.meeting,
        documents=names,
        clauses=clauses,
        versions=versions,
        manifest_sha256=manifest.sha256,
        by=manifest.by,
        delegation=owner,
    )


def _write_rows(path: Path, rows: dict[str, list[dict]]) -> None:
    from meetingdesk.model import Base

    url = package_url(path)
    try:
        upgrade(url)
    except StoreError as exc:
        raise PackageError(
            f"cannot write the package {path.name}: {exc}",
            code="package_unwritable",
            package=path.name,
            reason=str(exc),
        ) from exc
    # Foreign keys off while copying: clause heads and versions refer to each other.
    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.begin() as conn:
            # Like the SQLite path, a package carries no trigram index: feeding it row by row
            # was most of the 18–31 s a large check-out took (copy_sqlite.py).
            for sql in drop_search_index():
                conn.exec_driver_sql(sql)
            for name, batch in rows.items():
                if batch:
                    conn.execute(Base.metadata.tables[name].insert(), batch)
    finally:
        engine.dispose()


def _record_copy(
    path: Path, login: str, meeting_id: int, names: tuple[str, ...], file: str, owner: str
) -> None:
    """The package's own audit chain starts with the check-out, recording the rows it was
    given: for versions and revisions, their id range, count and the digest of their hashes
    (the same record a bulk write leaves). `check` on the package then finds every copied
    row accounted for, and a row slipped into that range later breaks the digest; what is
    written offline is recorded by the package's own events after it."""
    from meetingdesk.integrity.hashing import range_digest

    package = Desk.open(package_url(path), user=login)
    try:
        with package.write() as s:
            # the driver's own cursor: 110,000 plain tuples, not result rows
            cursor = s.connection().connection.driver_connection.cursor()
            ranges = {}
            # the hashes check recomputes: a version's content hash, a revision's tree hash
            for kind, column in (("clause_version", "content_hash"), ("revision", "tree_hash")):
                rows = cursor.execute(
                    f"SELECT id, {column} FROM {kind} ORDER BY id"  # noqa: S608 (fixed names)
                ).fetchall()
                if rows:
                    ranges[kind] = {
                        "first": rows[0][0],
                        "last": rows[-1][0],
                        "count": len(rows),
                        "digest": range_digest(h for _id, h in rows),
                    }
            package.audit(
                s,
                "package.checkout",
                s.get(Meeting, meeting_id),
                f"checked out {', '.join(names)} to {file}" + (f" for {owner}" if owner else ""),
                {"documents": list(names), "by": login, "delegation": owner, "ranges": ranges},
            )
    finally:
        package.close()


def _finish(path: Path, manifest: Manifest) -> tuple[Manifest, int, int]:
    """Give the package its own identity and its manifest, read from the package itself (the
    same rows, UUIDs and ids as the source had), and check its references."""
    url = package_url(path)
    engine = make_engine(url, foreign_keys=False)
    try:
        ensure_identity(engine)
        with Session(engine) as s, s.begin():
            side = load_side(s, manifest.meeting, manifest.documents, set())
            manifest.clauses = {u: base_clause(c) for u, c in side.clauses.items()}
            manifest.order = {d: side.order(d) for d in manifest.documents}
            manifest.rows = base_rows(side)
            conn = s.connection()
            write_manifest(conn, manifest)
            clauses = len(side.clauses)
            versions = conn.exec_driver_sql("SELECT count(*) FROM clause_version").scalar()
            problems = list(conn.exec_driver_sql("PRAGMA foreign_key_check"))
            if problems:
                raise PackageError(
                    f"the package would hold dangling references ({problems[:3]}); "
                    "nothing was written",
                    code="package_dangling",
                    count=len(problems),
                )
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    return manifest, clauses, int(versions or 0)
