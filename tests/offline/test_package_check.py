"""`check` on a package: the rows it was given are recorded in its own audit chain at
check-out, so a fresh or edited package passes and a copied row altered later is named."""

from __future__ import annotations

from meetingdesk.services.meetings.maintenance import check
from meetingdesk.services.offline import checkin, checkout
from tests.store.tamper_world import drop_guard, fix_hashes, raw, restore_guard, scalar

from .conftest import opened, package_clause_id, save, snap


def test_a_package_passes_check_before_and_after_offline_work(server, tmp_path):
    desk, meeting_id, _doc, ids = server
    path = tmp_path / "p.mdpkg"
    checkout(desk, meeting_id, ["decl"], path)
    uuid = snap(desk, ids[0]).uuid
    with opened(path) as pkg:
        assert check(pkg).ok, check(pkg).problems
        save(pkg, package_clause_id(pkg, uuid), "en", "We met offline in Takamatsu.")
        report = check(pkg)
        assert report.ok, report.problems
    checkin(desk, path)  # the package's own first event does not stand in the way
    assert snap(desk, ids[0]).text_en == "We met offline in Takamatsu."


def test_a_copied_version_rewritten_with_its_hashes_is_named(server, tmp_path):
    desk, meeting_id, _doc, _ids = server
    path = tmp_path / "p.mdpkg"
    checkout(desk, meeting_id, ["decl"], path)
    with opened(path) as pkg:
        vid = scalar(pkg, "SELECT min(id) FROM clause_version WHERE language = 'en'")
        drop_guard(pkg, "clause_version_no_update")
        raw(pkg, "UPDATE clause_version SET text = 'Words put in.' WHERE id = :v", v=vid)
        with pkg.engine.begin() as conn:
            fix_hashes(conn)  # every row's own hash made to fit again
        restore_guard(pkg, "clause_version_no_update")
        found = check(pkg).problems
    assert any("no longer match the hashes recorded" in p for p in found), found
