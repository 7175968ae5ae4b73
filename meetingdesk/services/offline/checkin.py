"""Check in (package → its source database), pull (source → package), and the resolution
of the conflicts a merge left open. Each is one write transaction: all or nothing.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from meetingdesk.model import Clause, ClauseVersion, Document, Meeting, StoreInfo, utc_now
from meetingdesk.services.base import Desk, NotFound
from meetingdesk.services.drafting import clause_label
from meetingdesk.services.drafting.documents import (
    _new_version,
    apply_status,
    clause_snaps,
    editable_document,
    status_after_edit,
)
from meetingdesk.snapshots import ClauseSnap
from meetingdesk.store.engine import make_engine
from meetingdesk.text.merge3 import merge3

from .conflicts import CONFLICT_PREFIX, conflict_key, resolution_text
from .manifest import (
    Manifest,
    PackageError,
    open_package,
    signature_key_id,
    write_manifest,
)
from .merge import Merger
from .report import Conflict, MergeReport
from .sides import Side, as_uuid, base_clause, load_side

# Test hook: when set to a file path, a check-in writes that file mid-transaction and
# sleeps, so a test can kill the process there and see that nothing was committed.
PAUSE_ENV = "MEETINGDESK_CHECKIN_PAUSE"

Resolutions = dict[tuple[str, str], tuple[str, str | None]]


@contextmanager
def _package_session(url: str) -> Iterator[Session]:
    """A read transaction on the package, kept open while the merge needs its rows."""
    engine = make_engine(url)
    try:
        with Session(engine) as ps, ps.begin():
            yield ps
    finally:
        engine.dispose()


def _check_source(desk: Desk, manifest: Manifest, name: str) -> None:
    if manifest.source_db != desk.db_uuid:
        raise PackageError(
            f"{name} was checked out from another database ({manifest.source_db}); this is "
            f"{desk.db_uuid}. Check it in where it came from — nothing was changed.",
            code="package_from_other_database",
            package=name,
        )


def _check_trust(desk: Desk, url: str, manifest: Manifest, signature: str, name: str) -> None:
    """The manifest signed by a key that signs this database's audit heads, and the
    package's own history intact (guards, chain, every version's and revision's hash)."""
    from meetingdesk.model import AuditAnchor
    from meetingdesk.store import audit, guards, history
    from meetingdesk.store.engine import make_engine

    signer = signature_key_id(manifest, signature) if signature else None
    with desk.read() as s:
        known = set(s.scalars(select(AuditAnchor.key_id).distinct()))
    if signer is None or signer not in known:
        raise PackageError(
            f"the manifest of {name} is not signed by this database (forged, or made by an "
            "older MeetingDesk); refusing it — nothing was changed",
            code="package_not_signed",
            package=name,
        )
    engine = make_engine(url, read_only=True)
    try:
        with engine.connect() as conn:
            names = history.clause_names(conn)
            problems = guards.problems(conn) + audit.chain(conn)[1]
            found, stored = history.version_problems(conn, names)
            problems += found + history.revision_problems(conn, names, stored)[0]
    finally:
        engine.dispose()
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise PackageError(
            f"{name} was tampered with: {problems[0]}{more}; refusing it — nothing was changed",
            code="package_tampered",
            package=name,
        )


def _existing(s: Session, uuids: set[str]) -> set[str]:
    found: set[str] = set()
    ordered = sorted(uuids)
    for start in range(0, len(ordered), 500):
        chunk = [as_uuid(u) for u in ordered[start : start + 500]]
        found.update(
            str(u)
            for u in s.scalars(select(ClauseVersion.uuid).where(ClauseVersion.uuid.in_(chunk)))
        )
    return found


def _touched(side: Side, manifest: Manifest) -> set[str]:
    """Clauses whose history on ``side`` moved past the manifest's base (or are new).

    Every save moves a head, so a clause whose heads are still the base has no new versions.
    """
    out = set()
    for cu, c in side.clauses.items():
        base = manifest.clauses.get(cu)
        if base is None or c["en"] != base.get("en") or c["ja"] != base.get("ja"):
            out.add(cu)
    return out


def _check_server_side(s: Session, side: Side, manifest: Manifest, name: str) -> None:
    if side.meeting_id is None:
        raise PackageError(
            f"the meeting of {name} is not in this database; nothing was changed",
            code="package_meeting_missing",
            package=name,
        )
    missing_docs = [d for d in manifest.documents if d not in side.docs]
    if missing_docs:
        raise PackageError(
            f"{len(missing_docs)} document(s) of {name} are not in this meeting "
            f"({missing_docs[0]}…); nothing was changed",
            code="package_documents_missing",
            package=name,
            count=len(missing_docs),
        )
    missing = manifest.base_versions() - _existing(s, manifest.base_versions())
    if missing:
        raise PackageError(
            f"{name} was taken from versions this database no longer has "
            f"({len(missing)} missing, e.g. {sorted(missing)[0]}); was the database restored "
            "from an older backup? Nothing was changed.",
            code="package_base_missing",
            package=name,
            count=len(missing),
        )


def _pause_for_tests() -> None:
    marker = os.environ.get(PAUSE_ENV)
    if marker:
        Path(marker).write_text("in transaction")
        time.sleep(600)


def _labels(s: Session, merger: Merger) -> dict[str, tuple[int | None, str]]:
    out: dict[str, tuple[int | None, str]] = {}
    wanted = {cu for cu, _ in merger.taken + merger.merged + merger.resolved} | {
        c["clause"] for c in merger.conflicts if c["clause"]
    }
    docs = {merger.t.clauses[cu]["document"] for cu in wanted if cu in merger.t.clauses}
    for du in docs:
        for snap in clause_snaps(s, merger.t.docs[du]["id"]):
            if snap.uuid in wanted:
                out[snap.uuid] = (snap.id, clause_label(snap))
    return out


def _run(merger: Merger, package: str, pause: bool) -> MergeReport:
    merger.new_clauses()
    merger.copy_versions()
    if pause:
        merger.s.flush()
        _pause_for_tests()
    merger.statuses()
    merger.texts()
    merger.write_clauses()
    merger.order()
    merger.proposals()
    merger.positions()
    merger.comments()
    merger.remember_conflicts(package)
    s = merger.s
    labels = _labels(s, merger)
    c = merger.counts
    report = MergeReport(
        direction=merger.direction,
        package=package,
        taken=merger.changes_of(merger.taken, labels),
        merged=merger.changes_of(merger.merged, labels),
        resolved=merger.changes_of(merger.resolved, labels),
        conflicts=merger.build_conflicts(labels),
        new_clauses=c["new_clauses"],
        versions_copied=c["versions"],
        moved=c["moved"],
        status_changes=c["status"],
        proposals=c["proposals"],
        positions=c["positions"],
        comments=c["comments"],
        notes=tuple(merger.notes),
    )
    desk = merger.desk
    for cu, before, after, ad_ref in merger.status_events:
        clause = s.get(Clause, merger.cid[cu])
        codes = sorted(merger.t.delegation_codes.get(d, d) for d in ad_ref)
        details = {"status_from": before, "status_to": after, "ad_ref": codes}
        details["note"] = f"from {merger.direction} of {package}"
        desk.audit(s, "clause.status", clause, f"{after} ({merger.direction})", details)
    if report.changed or merger.notes:
        meeting = s.get(Meeting, merger.t.meeting_id)
        desk.audit(
            s,
            f"package.{merger.direction}",
            meeting,
            f"{merger.direction} of {package}: {report.summary()}",
            {"package": package, "conflicts": len(report.conflicts)},
        )
    return report


def checkin(desk: Desk, package: Path, *, resolutions: Resolutions | None = None) -> MergeReport:
    """Merge a package back into the database it was checked out from (one transaction).

    resolutions maps (clause uuid, "en"/"ja") to (choice, text) for conflicts a person has
    already decided; others stay open (see resolve_conflict).
    """
    package = Path(package)
    url, manifest, signature = open_package(package)
    _check_source(desk, manifest, package.name)
    _check_trust(desk, url, manifest, signature, package.name)
    with _package_session(url) as ps, desk.write() as s:
        desk.mark_import(s)
        heads = load_side(ps, manifest.meeting, manifest.documents, set())
        touched = _touched(heads, manifest)
        incoming = load_side(ps, manifest.meeting, manifest.documents, touched)
        target = load_side(s, manifest.meeting, manifest.documents, touched)
        _check_server_side(s, target, manifest, package.name)
        merger = Merger(desk, s, target, incoming, manifest, "checkin", resolutions, ps)
        return _run(merger, package.name, pause=True)


def pull(desk_server: Desk, package: Path) -> MergeReport:
    """Bring the server's newer work into the package; its manifest base moves forward."""
    package = Path(package)
    url, manifest, signature = open_package(package)
    _check_source(desk_server, manifest, package.name)
    _check_trust(desk_server, url, manifest, signature, package.name)
    pkg = Desk.open(url, user=desk_server.user_login)
    try:
        with desk_server.read() as s, pkg.write() as ps:
            server = load_side(s, manifest.meeting, manifest.documents)
            _check_server_side(s, server, manifest, package.name)
            target = load_side(ps, manifest.meeting, manifest.documents)
            merger = Merger(pkg, ps, target, server, manifest, "pull", None, s)
            report = _run(merger, package.name, pause=False)
            ps.flush()
            after = load_side(ps, manifest.meeting, manifest.documents)
            moved_on = _moved_base(manifest, server, after)
            if moved_on.to_json() != manifest.to_json():
                moved_on.pulls.append({"at": utc_now().isoformat(), "by": pkg.user_login})
                write_manifest(ps, moved_on)
        return report
    finally:
        pkg.close()


def _moved_base(manifest: Manifest, server: Side, package: Side) -> Manifest:
    """The manifest after a pull: the base follows the server wherever the package has it."""
    clauses = {k: dict(v) for k, v in manifest.clauses.items()}
    for cu, sc in server.clauses.items():
        pc = package.clauses.get(cu)
        if pc is None:
            continue
        entry = clauses.get(cu) or base_clause(sc)
        for lang in ("en", "ja"):
            if sc[lang] and (sc[lang] == pc[lang] or sc[lang] in package.ancestors(pc[lang])):
                entry[lang] = sc[lang]
        if (pc["status"], pc["ad_ref"]) == (sc["status"], sc["ad_ref"]):
            entry["status"], entry["ad_ref"] = sc["status"], sc["ad_ref"]
        clauses[cu] = entry
    rows = {k: dict(v) for k, v in manifest.rows.items()}
    for kind, s_rows, p_rows in (
        ("proposal", server.proposals, package.proposals),
        ("position", server.positions, package.positions),
        ("comment", server.comments, package.comments),
    ):
        for u, sr in s_rows.items():
            if u in p_rows:
                sv, pv = server.row_values(kind, sr), package.row_values(kind, p_rows[u])
                if sv == pv:
                    rows.setdefault(kind, {})[u] = sv
    return Manifest(
        source_db=manifest.source_db,
        meeting=manifest.meeting,
        documents=list(manifest.documents),
        clauses=clauses,
        order={d: server.order(d) for d in manifest.documents},
        rows=rows,
        by=manifest.by,
        at=manifest.at,
        format=manifest.format,
        pulls=list(manifest.pulls),
        delegation=manifest.delegation,
    )


# --- open conflicts ------------------------------------------------------------------------


def _records(s: Session) -> dict[str, dict]:
    t = StoreInfo.__table__
    rows = s.execute(select(t.c.key, t.c.value).where(t.c.key.like(f"{CONFLICT_PREFIX}%")))
    return {k: json.loads(v) for k, v in rows}


def _conflict_texts(s: Session, clause: Clause, lang: str, record: dict):
    """(base, ours, theirs, current head, incoming version) as the conflict stands now."""
    head_id = clause.head_en_id if lang == "en" else clause.head_ja_id
    current = s.get(ClauseVersion, head_id) if head_id else None
    incoming = s.scalar(
        select(ClauseVersion).where(ClauseVersion.uuid == as_uuid(record["incoming"]))
    )
    base_v = (
        s.scalar(select(ClauseVersion).where(ClauseVersion.uuid == as_uuid(record["base"])))
        if record.get("base")
        else None
    )
    base = base_v.text if base_v else ""
    cur_text = current.text if current else ""
    inc_text = incoming.text if incoming else ""
    if record.get("direction") == "pull":
        ours, theirs = cur_text, inc_text
    else:
        ours, theirs = inc_text, cur_text
    return base, ours, theirs, current, incoming


def _people(s: Session, record: dict, current, incoming) -> dict[str, str]:
    """Author and delegation of each side of an open conflict, as it stands now."""
    from meetingdesk.model import Delegation

    def code(v) -> str:
        if v is None or v.delegation_id is None:
            return ""
        return s.scalar(select(Delegation.code).where(Delegation.id == v.delegation_id)) or ""

    main_v, pkg_v = (
        (incoming, current) if record.get("direction") == "pull" else (current, incoming)
    )
    return {
        "main_author": main_v.author if main_v else "",
        "main_delegation": code(main_v),
        "package_author": record.get("package_author") or (pkg_v.author if pkg_v else ""),
        "package_delegation": record.get("package_delegation") or code(pkg_v),
    }


def _tags(people: dict[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    pkg, main = people["package_delegation"], people["main_delegation"]
    return ((pkg,) if pkg else (), (main,) if main else ())


def pending_conflicts(desk: Desk) -> list[Conflict]:
    """Text conflicts a merge left open in this database, as they stand now."""
    out = []
    with desk.read() as s:
        for key, record in sorted(_records(s).items()):
            cu, _, lang = key[len(CONFLICT_PREFIX) :].rpartition(".")
            clause = s.scalar(select(Clause).where(Clause.uuid == as_uuid(cu)))
            if clause is None:
                continue
            base, ours, theirs, cur, inc = _conflict_texts(s, clause, lang, record)
            snap = clause_snaps(s, clause.document_id, only={clause.id})[0]
            out.append(
                Conflict(
                    kind="text",
                    clause_uuid=cu,
                    clause_id=clause.id,
                    label=clause_label(snap),
                    lang=lang,
                    base=base,
                    theirs=theirs,
                    ours=ours,
                    chunks=merge3(base, ours, theirs).chunks,
                    document=s.get(Document, clause.document_id).short_name,
                    **_people(s, record, cur, inc),
                )
            )
    return out


def resolve_conflict(
    desk: Desk, clause_uuid: str, lang: str, choice: str, text: str | None = None
) -> ClauseSnap:
    """Settle an open conflict: keep the main database's text or this package's ("main" /
    "package"; the older "theirs" / "ours" still work), an edited text, or both as bracketed
    alternatives tagged with each side's delegation. The result is a merge version (parents:
    the current head and the other side's head), so checking the same package in again
    changes nothing."""
    key = conflict_key(clause_uuid, lang)
    with desk.write() as s:
        record = _records(s).get(key)
        if record is None:
            raise NotFound(
                f"no open conflict on clause {clause_uuid} ({lang})",
                code="no_open_conflict",
                language=lang,
            )
        clause = s.scalar(select(Clause).where(Clause.uuid == as_uuid(clause_uuid)))
        if clause is None:
            raise NotFound(f"clause {clause_uuid} does not exist", code="clause_gone")
        editable_document(s, clause.document_id)
        base, ours, theirs, current, incoming = _conflict_texts(s, clause, lang, record)
        people = _people(s, record, current, incoming)
        resolved = resolution_text(choice, base, ours, theirs, text, _tags(people))
        s.execute(delete(StoreInfo.__table__).where(StoreInfo.__table__.c.key == key))
        translated = current.translated_from_id if (current and lang == "ja") else None
        v = _new_version(
            desk,
            s,
            clause,
            lang,
            resolved,
            current.id if current else None,
            None,
            f"conflict resolved ({choice})",
            translated,
            merge_parent_id=incoming.id if incoming else None,
        )
        details = {"version": str(v.uuid), "lang": lang, "choice": choice}
        details.update(apply_status(clause, status_after_edit(clause, resolved)))
        clause.row_version += 1
        desk.audit(s, "clause.resolve_conflict", clause, f"resolved {lang} conflict", details)
        s.flush()
        return clause_snaps(s, clause.document_id, only={clause.id})[0]
