"""The annex and follow-up PDFs checked with real tools; the `import actions` command."""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
from datetime import date

import pytest

from meetingdesk.services.actions.xlsx import export_actions_xlsx
from meetingdesk.services.exports import default_meeting_id, export


def export_annex_pdf(desk, meeting_id, out, lang, **kw):
    return export(desk, "annex", out, meeting_id=meeting_id, lang=lang, **kw)


def export_followup_pdf(desk, meeting_id, out, lang, **kw):
    return export(desk, "followup", out, meeting_id=meeting_id, lang=lang, **kw)


needs_tools = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("qpdf", "pdffonts", "pdftotext")),
    reason="poppler-utils and qpdf are needed",
)


def _text(path, *args) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _check(path) -> None:
    qpdf = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert row.split()[-5] == "yes", f"font not embedded: {row}"


@needs_tools
@pytest.mark.parametrize("lang", ["en", "ja", "both"])
def test_annex_pdf(action_desk, tmp_path, lang):
    mid = default_meeting_id(action_desk)
    out = tmp_path / f"annex-{lang}.pdf"
    result = export_annex_pdf(action_desk, mid, out, lang)
    _check(out)
    text = "".join(_text(out).split())  # Japanese lines break anywhere: compare unspaced
    for code in ("USA", "GBR", "JPN", "EU", "CAN", "ITA", "FRA", "DEU"):
        assert code in text
    if lang in ("en", "both"):
        assert "Workshoponcross-borderprivacyframeworks" in text
        assert "Lead:USA" in text
        assert "i.Freeflowofinformationandcybersecurity" in text
    if lang in ("ja", "both"):
        assert "越境プライバシー枠組みに関するワークショップ" in text
        assert "主導：USA" in text
    assert result.pages >= 1 and result.kind == "annex"
    again = export_annex_pdf(action_desk, mid, tmp_path / "again.pdf", lang)
    assert again.sha256 == result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()


@needs_tools
def test_followup_pdf_marks_overdue(action_desk, tmp_path):
    mid = default_meeting_id(action_desk)
    out = tmp_path / "followup.pdf"
    export_followup_pdf(action_desk, mid, out, "both", today=date(2017, 7, 1))
    _check(out)
    text = "".join(_text(out).split())
    assert "1overdue" in text and "期限超過1件" in text
    assert "OVERDUE/期限超過" in text  # action 2 (GBR, due 30 June 2017)
    assert "Goodpracticeonsecuritybydesign" in text
    for code in ("JPN", "GBR", "USA", "EU"):
        assert code in text
    # later, more actions are overdue
    export_followup_pdf(action_desk, mid, tmp_path / "later.pdf", "en", today=date(2019, 1, 1))
    assert "7overdue" in "".join(_text(tmp_path / "later.pdf").split())


def test_pdf_bad_language_is_refused(action_desk, tmp_path):
    from meetingdesk.services.base import ValidationError

    with pytest.raises(ValidationError, match="language"):
        export_annex_pdf(action_desk, default_meeting_id(action_desk), tmp_path / "x.pdf", "fr")
    assert not (tmp_path / "x.pdf").exists()


def _parser(with_logistics: bool):
    from meetingdesk.cli import actions as cli_actions
    from meetingdesk.cli import logistics

    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    sub = parser.add_subparsers(dest="command")
    if with_logistics:
        logistics.register(sub)
    cli_actions.register(sub)
    return parser


@pytest.mark.parametrize("with_logistics", [True, False])
def test_cli_import_actions(action_desk, tmp_path, capsys, with_logistics):
    from meetingdesk.services.actions import list_actions

    mid = default_meeting_id(action_desk)
    out = export_actions_xlsx(action_desk, mid, tmp_path / "a.xlsx")
    parser = _parser(with_logistics)
    if with_logistics:
        assert (
            "participants" in parser.parse_args(["import", "participants", "p.csv"]).func.__name__
        )
    args = parser.parse_args(["--db", action_desk.url, "import", "actions", str(out), "--dry-run"])
    assert args.func(args) == 0
    assert "15 unchanged" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("text_en,owner\nSomething,XYZ\n", encoding="utf-8")
    before = len(list_actions(action_desk, mid))
    args = parser.parse_args(["--db", action_desk.url, "import", "actions", str(bad)])
    assert args.func(args) == 1
    assert "row 2, owner: no delegation with code 'XYZ'" in capsys.readouterr().out
    assert len(list_actions(action_desk, mid)) == before


def test_carry_over_command(tmp_path, capsys):
    from meetingdesk.cli import build_parser, run
    from meetingdesk.demo.meeting import load_demo
    from meetingdesk.services.base import Desk
    from meetingdesk.services.meetings import create_meeting

    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    desk = Desk.open(url, user="tester")
    demo = load_demo(desk)
    nxt = create_meeting(
        desk, title_en="Next", start_date=date(2017, 9, 25), end_date=date(2017, 9, 26)
    )
    desk.close()
    argv = ["--db", url, "carry-over", "--from", str(demo.id), "--to", str(nxt.id)]
    assert run(build_parser().parse_args(argv)) == 2  # the new meeting has no delegations
    assert "no delegation" in capsys.readouterr().err
    assert run(build_parser().parse_args([*argv, "--add-delegations"])) == 0
    out = capsys.readouterr().out
    assert "carried over" in out and "0 already there" in out
    assert run(build_parser().parse_args([*argv, "--add-delegations"])) == 0
    assert "carried over 0 action(s)" in capsys.readouterr().out
