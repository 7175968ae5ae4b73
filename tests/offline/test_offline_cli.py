"""`package out`, `package in` and `package pull` on the command line (with --db)."""

from __future__ import annotations

from pathlib import Path

from meetingdesk import cli
from meetingdesk.services.base import Desk

from .conftest import build_meeting, opened, package_clause_id, save, snap


def test_out_and_in(tmp_path: Path, capsys):
    db = tmp_path / "server.sqlite"
    desk = Desk.open(f"sqlite:///{db}", user="sec")
    _m, _doc, ids = build_meeting(desk)
    uuid = snap(desk, ids[0]).uuid
    desk.close()
    pkg = tmp_path / "p.mdpkg"
    assert (
        cli.main(["package", "out", "--document", "decl", "--out", str(pkg), "--db", str(db)]) == 0
    )
    assert "4 clauses" in capsys.readouterr().out
    with opened(pkg) as p:
        save(p, package_clause_id(p, uuid), "en", "We, the Ministers, met in Kagawa.")
    assert cli.main(["--db", str(db), "package", "in", str(pkg)]) == 0
    assert "1 taken" in capsys.readouterr().out
    desk = Desk.open(f"sqlite:///{db}")
    assert snap(desk, ids[0]).text_en == "We, the Ministers, met in Kagawa."
    desk.close()


def test_in_refuses_junk(tmp_path: Path, capsys):
    db = tmp_path / "server.sqlite"
    junk = tmp_path / "junk.mdpkg"
    junk.write_bytes(b"\0" * 10)
    assert cli.main(["package", "in", str(junk), "--db", str(db)]) == 2
    assert "not an SQLite file" in capsys.readouterr().err


def test_pull_brings_server_work_into_the_package(tmp_path: Path, capsys):
    db = tmp_path / "server.sqlite"
    desk = Desk.open(f"sqlite:///{db}", user="sec")
    _m, _doc, ids = build_meeting(desk)
    uuid = snap(desk, ids[1]).uuid
    desk.close()
    pkg = tmp_path / "p.mdpkg"
    assert (
        cli.main(["--db", str(db), "package", "out", "--document", "decl", "--out", str(pkg)]) == 0
    )
    desk = Desk.open(f"sqlite:///{db}", user="sec")
    save(desk, ids[1], "en", "We agree on the server while the drafter is away.")
    desk.close()
    capsys.readouterr()
    assert cli.main(["--db", str(db), "package", "pull", str(pkg)]) == 0
    assert "1 taken" in capsys.readouterr().out
    with opened(pkg) as p:
        pulled = snap(p, package_clause_id(p, uuid)).text_en
    assert pulled == "We agree on the server while the drafter is away."
    # Pulling again changes nothing.
    assert cli.main(["--db", str(db), "package", "pull", str(pkg)]) == 0
    assert "0 taken" in capsys.readouterr().out
