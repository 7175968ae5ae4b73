"""Check out, edit on both sides, check in: per-clause merge on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from meetingdesk.model import Clause, ClauseVersion, Comment, Position, Proposal
from meetingdesk.services import drafting
from meetingdesk.services.drafting import comments, proposals
from meetingdesk.services.offline import (
    checkin,
    checkout,
    pending_conflicts,
    pull,
    read_manifest,
    resolve_conflict,
)

from .conftest import (
    TEXTS,
    clause_by_uuid,
    count,
    opened,
    package_clause_id,
    save,
    snap,
    state,
    version_uuids,
)


def _out(server, tmp_path: Path, name: str = "p.mdpkg") -> tuple[Path, list[str]]:
    desk, meeting_id, _doc, ids = server
    path = tmp_path / name
    checkout(desk, meeting_id, ["decl"], path)
    return path, [snap(desk, i).uuid for i in ids]


def test_checkout_is_a_separate_database_with_a_manifest(server, tmp_path):
    desk, meeting_id, _doc, ids = server
    path, uuids = _out(server, tmp_path)
    manifest = read_manifest(path)
    assert manifest.source_db == desk.db_uuid
    assert set(manifest.clauses) == set(uuids)
    first = snap(desk, ids[0])
    with desk.read() as s:
        en_uuid = str(s.get(ClauseVersion, first.en_version_id).uuid)
    assert manifest.clauses[first.uuid]["en"] == en_uuid
    with opened(path) as pkg:
        assert pkg.db_uuid != desk.db_uuid
        assert version_uuids(pkg) == version_uuids(desk)
        assert clause_by_uuid(pkg, first.uuid).text_en == first.text_en
    assert not list(tmp_path.glob(".*.part*"))


def test_one_side_both_sides_and_overlap(server, tmp_path):
    desk, _m, _doc, ids = server
    path, uuids = _out(server, tmp_path)
    with opened(path) as pkg:
        save(pkg, package_clause_id(pkg, uuids[0]), "en", TEXTS[0].replace("met in", "gathered in"))
        save(pkg, package_clause_id(pkg, uuids[1]), "en", TEXTS[1].replace("open", "open, secure"))
        save(pkg, package_clause_id(pkg, uuids[2]), "en", TEXTS[2].replace("promote", "advance"))
        save(pkg, package_clause_id(pkg, uuids[3]), "ja", "第4項。協力して取り組む。")
        pkg_versions = version_uuids(pkg)
    save(desk, ids[1], "en", TEXTS[1].replace("growth and innovation", "economic growth"))
    save(desk, ids[2], "en", TEXTS[2].replace("promote", "support"))
    save(desk, ids[3], "ja", "第4項。共に取り組む。")
    server_versions = version_uuids(desk)

    report = checkin(desk, path)

    assert {c.clause_uuid for c in report.taken} == {uuids[0]}
    assert {c.clause_uuid for c in report.merged} == {uuids[1]}
    conflicts = {(c.clause_uuid, c.lang): c for c in report.conflicts}
    assert set(conflicts) == {(uuids[2], "en"), (uuids[3], "ja")}
    c = conflicts[(uuids[2], "en")]
    assert (c.base, c.theirs, c.ours) == (
        TEXTS[2],
        TEXTS[2].replace("promote", "support"),
        TEXTS[2].replace("promote", "advance"),
    )
    assert snap(desk, ids[0]).text_en == TEXTS[0].replace("met in", "gathered in")
    assert snap(desk, ids[1]).text_en == (
        "We recognise that open, secure networks support economic growth for all people."
    )
    # The conflicted clause keeps the server's head; both histories are complete.
    assert snap(desk, ids[2]).text_en == TEXTS[2].replace("promote", "support")
    assert version_uuids(desk) >= pkg_versions | server_versions
    merged_head = snap(desk, ids[1]).en_version_id
    with desk.read() as s:
        v = s.get(ClauseVersion, merged_head)
        assert v.parent_id is not None and v.merge_parent_id is not None
        assert str(s.get(ClauseVersion, v.merge_parent_id).uuid) in pkg_versions
        assert str(s.get(ClauseVersion, v.parent_id).uuid) in server_versions

    # Resolve as bracketed alternatives: "[ours / theirs]".
    assert {(p.clause_uuid, p.lang) for p in pending_conflicts(desk)} == set(conflicts)
    resolved = resolve_conflict(desk, uuids[2], "en", "alternatives")
    assert resolved.text_en == TEXTS[2].replace("promote", "[advance / support]")
    assert resolved.status == "bracketed"
    resolve_conflict(desk, uuids[3], "ja", "theirs")
    assert snap(desk, ids[3]).text_ja == "第4項。共に取り組む。"
    assert pending_conflicts(desk) == []

    # Checking the same package in again changes nothing.
    before = state(desk)
    again = checkin(desk, path)
    assert not again.changed and not again.conflicts
    assert state(desk) == before


def test_repeated_checkin_with_open_conflict_is_a_no_op(server, tmp_path):
    desk, _m, _doc, ids = server
    path, uuids = _out(server, tmp_path)
    with opened(path) as pkg:
        save(pkg, package_clause_id(pkg, uuids[2]), "en", TEXTS[2].replace("promote", "advance"))
    save(desk, ids[2], "en", TEXTS[2].replace("promote", "support"))
    first = checkin(desk, path)
    assert len(first.conflicts) == 1
    before = state(desk)
    second = checkin(desk, path)
    assert [c.clause_uuid for c in second.conflicts] == [uuids[2]]
    assert not second.changed
    assert state(desk) == before


def test_resolve_conflict_choices(server, tmp_path):
    desk, _m, _doc, ids = server
    path, uuids = _out(server, tmp_path)
    with opened(path) as pkg:
        for u in uuids[:2]:
            cid = package_clause_id(pkg, u)
            save(pkg, cid, "en", snap(pkg, cid).text_en.replace("We", "Ministers", 1))
    for i in ids[:2]:
        save(desk, i, "en", snap(desk, i).text_en.replace("We", "The members", 1))
    checkin(desk, path)
    ours = resolve_conflict(desk, uuids[0], "en", "ours")
    assert ours.text_en.startswith("Ministers")
    edited = resolve_conflict(desk, uuids[1], "en", "edit", "All members recognise open networks.")
    assert edited.text_en == "All members recognise open networks."
    from meetingdesk.services.base import NotFound

    with pytest.raises(NotFound):
        resolve_conflict(desk, uuids[1], "en", "ours")


def test_resolutions_given_at_checkin(server, tmp_path):
    desk, _m, _doc, ids = server
    path, uuids = _out(server, tmp_path)
    with opened(path) as pkg:
        save(pkg, package_clause_id(pkg, uuids[2]), "en", TEXTS[2].replace("promote", "advance"))
    save(desk, ids[2], "en", TEXTS[2].replace("promote", "support"))
    report = checkin(desk, path, resolutions={(uuids[2], "en"): ("alternatives", None)})
    assert not report.conflicts and len(report.resolved) == 1
    assert "[advance / support]" in snap(desk, ids[2]).text_en


def test_new_clauses_moves_deletions_statuses(server, tmp_path):
    desk, _m, doc_id, ids = server
    path, uuids = _out(server, tmp_path)
    with opened(path) as pkg:
        p_ids = [package_clause_id(pkg, u) for u in uuids]
        pkg_doc = snap(pkg, p_ids[0])
        from meetingdesk.services.drafting import documents

        new_id = documents.add_clause(
            pkg,
            clause_doc(pkg, p_ids[0]),
            text_en="We welcome the OECD's work.",
            after_clause_id=p_ids[1],
        )
        new_uuid = snap(pkg, new_id).uuid
        drafting.move_clause(
            pkg, p_ids[3], after_clause_id=None, expected_version=snap(pkg, p_ids[3]).row_version
        )
        drafting.delete_clause(pkg, p_ids[2], expected_version=snap(pkg, p_ids[2]).row_version)
        drafting.set_status(
            pkg, p_ids[0], "agreed", expected_version=snap(pkg, p_ids[0]).row_version
        )
        drafting.set_status(
            pkg, p_ids[1], "agreed", expected_version=snap(pkg, p_ids[1]).row_version
        )
        assert pkg_doc
    drafting.set_status(desk, ids[1], "bracketed", expected_version=snap(desk, ids[1]).row_version)

    report = checkin(desk, path)

    assert report.new_clauses == 1
    assert report.moved >= 1
    assert snap(desk, ids[2]).status == "deleted"
    assert snap(desk, ids[0]).status == "agreed"
    status_conflicts = [c for c in report.conflicts if c.kind == "status"]
    assert [(c.clause_uuid, c.ours, c.theirs) for c in status_conflicts] == [
        (uuids[1], "agreed", "bracketed")
    ]
    # each side says who: the package's owner, and who set the status in the main database
    owner = read_manifest(path)
    assert status_conflicts[0].package_author == owner.by != ""
    assert status_conflicts[0].package_delegation == owner.delegation
    assert status_conflicts[0].main_author == desk.user_login != ""
    with desk.read() as s:
        order = [
            str(c.uuid)
            for c in s.query(Clause).filter(Clause.document_id == doc_id).order_by(Clause.position)
        ]
    assert order == [uuids[3], uuids[0], uuids[1], new_uuid, uuids[2]]
    history = drafting.status_history(desk, ids[0])
    assert history[-1].to_status == "agreed"
    before = state(desk)
    checkin(desk, path)
    assert state(desk) == before


def clause_doc(desk, clause_id):
    with desk.read() as s:
        return s.get(Clause, clause_id).document_id


def test_proposals_positions_comments_merge(server, tmp_path):
    desk, _m, doc_id, ids = server
    p0 = proposals.propose(
        desk,
        doc_id,
        delegation_code="USA",
        kind="replace",
        clause_id=ids[0],
        text="We, the Ministers, met in Takamatsu.",
    )
    c0 = comments.add_comment(desk, ids[0], "Check the venue name.")
    path, uuids = _out(server, tmp_path)
    with opened(path) as pkg:
        pid = proposal_id(pkg, p0.uuid)
        proposals.set_position(pkg, pid, delegation_code="FRA", stance="support")
        pdoc = clause_doc(pkg, package_clause_id(pkg, uuids[1]))
        proposals.propose(
            pkg,
            pdoc,
            delegation_code="JPN",
            kind="delete",
            clause_id=package_clause_id(pkg, uuids[1]),
        )
        comments.add_comment(pkg, package_clause_id(pkg, uuids[1]), "Drafted on the train.")
        cid = comment_id(pkg, c0.uuid)
        comments.resolve_comment(pkg, cid, None)
    before_props, before_pos, before_comments = (
        count(desk, Proposal),
        count(desk, Position),
        count(desk, Comment),
    )
    report = checkin(desk, path)
    assert (report.proposals, report.positions, report.comments) == (1, 1, 2)
    assert count(desk, Proposal) == before_props + 1
    assert count(desk, Position) == before_pos + 1
    assert count(desk, Comment) == before_comments + 1
    assert comments.list_comments(desk, ids[0])[0].resolved_at is not None
    snap_p = [p for p in proposals.list_proposals(desk, doc_id) if p.uuid == p0.uuid][0]
    assert [(x.delegation_code, x.stance) for x in snap_p.positions] == [("FRA", "support")]
    before = state(desk)
    checkin(desk, path)
    assert state(desk) == before


def proposal_id(desk, uuid):
    import uuid as u

    with desk.read() as s:
        return s.query(Proposal).filter(Proposal.uuid == u.UUID(uuid)).one().id


def comment_id(desk, uuid):
    import uuid as u

    with desk.read() as s:
        return s.query(Comment).filter(Comment.uuid == u.UUID(uuid)).one().id


def test_two_packages_any_order_same_text(server, tmp_path):
    """Non-conflicting packages from one base give the same text in either order."""
    desk, meeting_id, _doc, ids = server
    a, uuids = _out(server, tmp_path, "a.mdpkg")
    b, _ = _out(server, tmp_path, "b.mdpkg")
    with opened(a) as pkg:
        save(pkg, package_clause_id(pkg, uuids[1]), "en", TEXTS[1].replace("open", "open, secure"))
        save(pkg, package_clause_id(pkg, uuids[3]), "en", TEXTS[3].replace("work", "act"))
    with opened(b) as pkg:
        save(
            pkg, package_clause_id(pkg, uuids[1]), "en", TEXTS[1].replace("all people", "everyone")
        )
        save(pkg, package_clause_id(pkg, uuids[0]), "en", TEXTS[0].replace("met", "gathered"))
    # Copy the server before any check-in, to replay in the other order.
    texts = []
    for order in ((a, b), (b, a)):
        other = tmp_path / f"copy-{order[0].stem}"
        other.mkdir()
        from meetingdesk.services.base import Desk

        if desk.is_sqlite:
            from meetingdesk.store.migrate import backup_sqlite

            db = other / "server.sqlite"
            backup_sqlite(Path(desk.url.removeprefix("sqlite:///")), db)
            twin = Desk.open(f"sqlite:///{db}", user="sec")
        else:
            twin = desk  # PostgreSQL: one order only on the live server (below)
        try:
            if twin is desk and texts:
                break
            for p in order:
                rep = checkin(twin, p)
                assert not rep.conflicts
            texts.append([snap(twin, i).text_en for i in ids])
        finally:
            if twin is not desk:
                twin.close()
    assert all(t == texts[0] for t in texts)
    assert (
        texts[0][1]
        == "We recognise that open, secure networks support growth and innovation for everyone."
    )


def test_pull_brings_server_work_and_moves_the_base(server, tmp_path):
    desk, _m, _doc, ids = server
    path, uuids = _out(server, tmp_path)
    save(desk, ids[0], "en", TEXTS[0].replace("met", "gathered"))
    save(desk, ids[1], "en", TEXTS[1].replace("all people", "everyone"))
    with opened(path) as pkg:
        save(pkg, package_clause_id(pkg, uuids[1]), "en", TEXTS[1].replace("open", "open, secure"))
    report = pull(desk, path)
    assert not report.conflicts
    with opened(path) as pkg:
        assert clause_by_uuid(pkg, uuids[0]).text_en == TEXTS[0].replace("met", "gathered")
        merged = clause_by_uuid(pkg, uuids[1]).text_en
        assert (
            merged
            == "We recognise that open, secure networks support growth and innovation for everyone."
        )
    manifest = read_manifest(path)
    server_head = snap(desk, ids[0]).en_version_id
    with desk.read() as s:
        assert manifest.clauses[uuids[0]]["en"] == str(s.get(ClauseVersion, server_head).uuid)
    # Checking in after the pull: a fast-forward, no conflict.
    back = checkin(desk, path)
    assert not back.conflicts
    assert snap(desk, ids[1]).text_en == merged
    assert pull(desk, path).changed is False
