# SPDX-License-Identifier: GPL-3.0-or-later
"""`export` and `verify` on the command line (in-process, through the real parser)."""

from __future__ import annotations

from meetingdesk.cli import build_parser, main
from meetingdesk.formats import PDF_KINDS

from .pdfcheck import adopt, small_meeting


def test_help_lists_every_kind(capsys):
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    help_text = sub.choices["export"].format_help()
    for kind in PDF_KINDS:
        assert kind in help_text
    assert "verify" in sub.choices


def test_export_and_verify_commands(sqlite_desk, tmp_path, capsys):
    meeting_id, doc_id = small_meeting(sqlite_desk)
    adopt(sqlite_desk, doc_id)
    db = sqlite_desk.url
    out = tmp_path / "final.pdf"
    code = main(
        [
            "--db",
            db,
            "export",
            "final",
            "--document",
            "statement",
            "--out",
            str(out),
            "--lang",
            "both",
            "--paper",
            "letter",
            "--meeting",
            str(meeting_id),
        ]
    )
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert out.is_file() and "wrote" in printed.out and "IPAex" in printed.out
    assert main(["--db", db, "verify", str(out)]) == 0
    assert "matches" in capsys.readouterr().out
    code = main(["--db", db, "export", "agenda", "--out", str(tmp_path / "a.pdf")])
    assert code == 0 and (tmp_path / "a.pdf").is_file()


def test_command_errors_are_one_line(sqlite_desk, tmp_path, capsys):
    small_meeting(sqlite_desk)
    db = sqlite_desk.url
    code = main(["--db", db, "export", "final", "--out", str(tmp_path / "f.pdf")])
    err = capsys.readouterr().err
    assert code == 2 and "needs a document" in err and len(err.strip().splitlines()) == 1
    code = main(
        [
            "--db",
            db,
            "export",
            "redline",
            "--document",
            "statement",
            "--out",
            str(tmp_path / "r.pdf"),
        ]
    )
    assert code == 2 and "--from" in capsys.readouterr().err
    code = main(["--db", db, "verify", str(tmp_path / "missing.pdf")])
    assert code == 2 and "cannot read" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf"))


def test_fonts_refused_on_the_command_line(sqlite_desk, tmp_path, capsys):
    """A font without Japanese glyphs, or a folder given as the font: exit 2, one line
    naming the font, nothing written."""
    from pathlib import Path

    meeting_id, _doc = small_meeting(sqlite_desk)
    db = sqlite_desk.url
    out = tmp_path / "out" / "f.pdf"
    out.parent.mkdir()
    base = ["--db", db, "export", "final", "--document", "statement", "--out", str(out)]
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if dejavu.is_file():
        code = main([*base, "--font", str(dejavu)])
        err = capsys.readouterr().err
        assert code == 2 and "DejaVuSans.ttf" in err and "no glyph" in err, err
        assert len(err.strip().splitlines()) == 1
    code = main([*base, "--font", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and "is a folder, not a font file" in err, err
    assert not list(out.parent.iterdir())
