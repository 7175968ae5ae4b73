"""Offline work says who: the package's owner (user and delegation) in its signed manifest,
each side of a conflict with its author and delegation, bracketed alternatives tagged with
delegation codes, `package resolve` on the command line. SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from meetingdesk import cli
from meetingdesk.model import Delegation
from meetingdesk.services.base import Desk, ValidationError
from meetingdesk.services.offline import (
    checkin,
    checkout,
    pending_conflicts,
    read_manifest,
    resolve_conflict,
)
from meetingdesk.services.offline.checkout import last_owner_delegation
from meetingdesk.text.brackets import parse, render, segments

from .conftest import TEXTS, build_meeting, opened, package_clause_id, snap, state

PROMOTE = TEXTS[2]


def _delegation_id(desk: Desk, code: str) -> int:
    with desk.read() as s:
        return s.scalar(select(Delegation.id).where(Delegation.code == code))


def _save(desk: Desk, clause_id: int, text: str, delegation: int | None = None):
    from meetingdesk.services.drafting import documents

    head = snap(desk, clause_id).en_version_id
    return documents.save_text(
        desk, clause_id, "en", text, expected_head=head, delegation_id=delegation
    )


def _conflicted(desk: Desk, meeting_id: int, ids: list[int], path: Path) -> str:
    """A package for FRA whose clause 3 conflicts with the main database's USA edit."""
    checkout(desk, meeting_id, ["decl"], path, delegation="fra")
    uuid = snap(desk, ids[2]).uuid
    with opened(path) as pkg:
        _save(pkg, package_clause_id(pkg, uuid), PROMOTE.replace("promote", "meaningfully advance"))
    _save(desk, ids[2], PROMOTE.replace("promote", "support"), _delegation_id(desk, "USA"))
    return uuid


def test_manifest_names_user_and_delegation(server, tmp_path):
    desk, meeting_id, _doc, _ids = server
    path = tmp_path / "laptop.mdpkg"
    info = checkout(desk, meeting_id, ["decl"], path, delegation="fra")
    assert (info.by, info.delegation) == (desk.user_login, "FRA")
    manifest = read_manifest(path)  # verified: hash and shape
    assert (manifest.by, manifest.delegation) == (desk.user_login, "FRA")
    assert manifest.owner() == f"{desk.user_login} (FRA)"
    # The last delegation named is the default offered next time.
    assert last_owner_delegation(desk, meeting_id) == "FRA"
    # A package without a delegation keeps the older manifest shape (and its hash).
    plain = tmp_path / "plain.mdpkg"
    checkout(desk, meeting_id, ["decl"], plain)
    assert read_manifest(plain).delegation == ""
    assert '"delegation"' not in read_manifest(plain).to_json()


def test_unknown_delegation_refused_nothing_written(server, tmp_path):
    desk, meeting_id, _doc, _ids = server
    path = tmp_path / "laptop.mdpkg"
    before = state(desk)
    with pytest.raises(ValidationError, match="no delegation 'XYZ' in this meeting"):
        checkout(desk, meeting_id, ["decl"], path, delegation="XYZ")
    assert not path.exists() and not list(tmp_path.glob("*.mdpkg*"))
    assert state(desk) == before


def test_conflict_sides_carry_author_and_delegation_and_tags(server, tmp_path):
    desk, meeting_id, _doc, ids = server
    path = tmp_path / "laptop.mdpkg"
    uuid = _conflicted(desk, meeting_id, ids, path)
    report = checkin(desk, path)
    (c,) = report.conflicts
    assert (c.package_author, c.package_delegation) == (desk.user_login, "FRA")
    assert (c.main_author, c.main_delegation) == (desk.user_login, "USA")
    assert c.main_text == PROMOTE.replace("promote", "support")
    assert c.package_text == PROMOTE.replace("promote", "meaningfully advance")
    (p,) = pending_conflicts(desk)
    assert (p.package_delegation, p.main_delegation, p.document) == ("FRA", "USA", "decl")
    resolved = resolve_conflict(desk, uuid, "en", "alternatives")
    expected = PROMOTE.replace("promote", "[meaningfully advance {FRA} / support {USA}]")
    assert resolved.text_en == expected
    assert resolved.status == "bracketed"
    # The tags are markup: they parse as each alternative's delegations and render back.
    tree = parse(resolved.text_en)
    assert render(tree) == resolved.text_en
    kinds = [seg.kind for seg in segments(resolved.text_en)]
    assert kinds.count("delegations") == 2


def test_keep_main_and_keep_package(server, tmp_path):
    desk, meeting_id, _doc, ids = server
    path = tmp_path / "laptop.mdpkg"
    uuid = _conflicted(desk, meeting_id, ids, path)
    checkin(desk, path)
    kept = resolve_conflict(desk, uuid, "en", "package")
    assert kept.text_en == PROMOTE.replace("promote", "meaningfully advance")
    assert pending_conflicts(desk) == []


def test_resolve_on_the_command_line(server, tmp_path, capsys):
    desk, meeting_id, _doc, ids = server
    path = tmp_path / "laptop.mdpkg"
    uuid = _conflicted(desk, meeting_id, ids, path)
    checkin(desk, path)
    db = ["--db", desk.url]
    capsys.readouterr()
    assert cli.main([*db, "package", "resolve"]) == 1
    out = capsys.readouterr().out
    assert "1 open merge conflict:" in out
    assert "decl clause 3 (en): main database (" in out and ", USA): “" in out
    assert "this package (" in out and ", FRA): “" in out
    assert "ours" not in out and "theirs" not in out
    # Bad input: clear one-line messages, nothing changed.
    before = state(desk)
    assert cli.main([*db, "package", "resolve", "--clause", "9", "--keep", "main"]) == 2
    err = capsys.readouterr().err
    assert "no open conflict on clause 9; open: decl 3 (en). Nothing was changed." in err
    assert cli.main([*db, "package", "resolve", "--clause", "3"]) == 2
    assert "--keep main, package or both" in capsys.readouterr().err
    assert cli.main([*db, "package", "resolve", "--keep", "main"]) == 2
    assert "--clause NUMBER" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main([*db, "package", "resolve", "--clause", "3", "--keep", "ours"])
    assert state(desk) == before
    # Both as brackets, by clause number.
    assert cli.main([*db, "package", "resolve", "--clause", "3.", "--keep", "both"]) == 0
    out = capsys.readouterr().out
    assert "[meaningfully advance {FRA} / support {USA}]" in out and "0 conflicts left" in out
    assert snap(desk, ids[2]).text_en == PROMOTE.replace(
        "promote", "[meaningfully advance {FRA} / support {USA}]"
    )
    assert pending_conflicts(desk) == []
    assert cli.main([*db, "package", "resolve", "--clause", "3", "--keep", "main"]) == 2
    assert "no merge conflict is waiting" in capsys.readouterr().err
    assert uuid


def test_out_on_the_command_line_names_the_delegation(tmp_path: Path, capsys):
    db = tmp_path / "server.sqlite"
    desk = Desk.open(f"sqlite:///{db}", user="sec")
    build_meeting(desk)
    desk.close()
    pkg = tmp_path / "p.mdpkg"
    args = ["--db", str(db), "package", "out", "--document", "decl"]
    assert cli.main([*args, "--out", str(pkg), "--delegation", "USA"]) == 0
    assert " (USA): 4 clauses" in capsys.readouterr().out
    # The last one named is the default.
    again = tmp_path / "q.mdpkg"
    assert cli.main([*args, "--out", str(again)]) == 0
    assert read_manifest(again).delegation == "USA"
    capsys.readouterr()
    assert cli.main(["--db", str(db), "package", "in", str(again)]) == 0
    assert f"checked in q.mdpkg (taken out by {read_manifest(again).by} (USA)): " in (
        capsys.readouterr().out
    )
    capsys.readouterr()
    bad = tmp_path / "r.mdpkg"
    assert cli.main([*args, "--out", str(bad), "--delegation", "ZZZ"]) == 2
    assert "no delegation 'ZZZ' in this meeting (there are: " in capsys.readouterr().err
    assert not bad.exists()


def test_tags_survive_pdf_and_word(server, tmp_path):
    """A tagged resolution printed in the compilation (codes after each alternative) and the
    final text (codes dropped), read back by pdftotext; the Word compilation keeps them."""
    import zipfile

    from meetingdesk.services.exports import export
    from meetingdesk.services.exports.word import export_docx

    desk, meeting_id, _doc, ids = server
    path = tmp_path / "laptop.mdpkg"
    uuid = _conflicted(desk, meeting_id, ids, path)
    checkin(desk, path)
    resolve_conflict(desk, uuid, "en", "alternatives")

    def pdf_text(kind: str) -> str:
        pdf = tmp_path / f"{kind}.pdf"
        export(desk, kind, pdf, meeting_id=meeting_id, document="decl", lang="en")
        run = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
        return " ".join(run.stdout.split())

    compiled = pdf_text("compilation")
    assert "meaningfully advance" in compiled and "FRA" in compiled and "USA" in compiled
    final = pdf_text("final")
    assert "meaningfully advance" in final and "FRA" not in final
    docx = tmp_path / "c.docx"
    export_docx(desk, "compilation", docx, meeting_id=meeting_id, document="decl", lang="en")
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode()
    assert "meaningfully advance" in xml and "FRA" in xml and "USA" in xml


def test_package_has_no_search_index_and_still_searches(server, tmp_path):
    """Both check-out paths (SQLite copy, PostgreSQL rows) leave the trigram index out of
    the package; search there falls back to LIKE and finds the text."""
    import sqlite3

    from meetingdesk.services.drafting.search import fts_available, search

    desk, meeting_id, _doc, _ids = server
    path = tmp_path / "laptop.mdpkg"
    checkout(desk, meeting_id, ["decl"], path)
    con = sqlite3.connect(path)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    con.close()
    assert not any(n.startswith("clause_version_fts") for n in names)
    with opened(path) as pkg:
        assert not fts_available(pkg)
        hits = search(pkg, meeting_id, "cybersecurity")
        assert hits and "cybersecurity" in hits[0].snippet
