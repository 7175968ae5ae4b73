"""`package out` and `package in` on the command line (with --db)."""

from __future__ import annotations

from pathlib import Path

import pytest

from meetingdesk import cli
from meetingdesk.services.base import Desk

from .conftest import build_meeting, opened, package_clause_id, save, snap


@pytest.fixture(autouse=True)
def _with_package_command(monkeypatch):
    if "package" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "package"))


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
