# SPDX-License-Identifier: GPL-3.0-or-later
"""The seating plan PDF from the window (Seating page → export dialog on "seating"), the
service (the saved plan, in seat order) and the command line (with --author)."""

from __future__ import annotations

from meetingdesk.cli import main
from meetingdesk.services import exports
from meetingdesk.services.logistics.seating import get_seating, swap_seats

from .pdfcheck import font_lines, pdftotext, run_tool


def test_seating_button_opens_the_export_on_seating(qtbot, navigate, window, monkeypatch):
    from meetingdesk.ui.exports import dialog
    from meetingdesk.ui.logistics.seating_view import SeatingPage

    asked: list[dict] = []

    def fake(_parent, _desk, _meeting, **kw):
        asked.append(kw)
        return None, False

    monkeypatch.setattr(dialog.ExportDialog, "get_options", staticmethod(fake))
    page = navigate(window, SeatingPage)
    page.pdf_button.click()
    assert asked and asked[-1]["kind"] == "seating"


def test_seating_pdf_follows_the_saved_plan(demo, tmp_path):
    desk, meeting_id = demo
    plan = get_seating(desk, meeting_id)
    first, second = plan.seats[1], plan.seats[2]
    plan = swap_seats(desk, meeting_id, 1, 2, expected_version=plan.version)
    assert plan.seats[1].code == second.code and plan.seats[2].code == first.code
    out = tmp_path / "seating.pdf"
    result = exports.export(desk, "seating", out, meeting_id=meeting_id, lang="ja")
    assert result.kind == "seating" and result.pages >= 1
    run_tool("qpdf", "--check", str(out))
    assert all(line.split()[-5] == "yes" for line in font_lines(out))
    text = pdftotext(out, layout=True)
    assert "座席表" in text
    # the list of seats: seat 1 now holds the delegation that was at seat 2
    rows = [ln.split() for ln in text.splitlines() if ln.strip()[:2].strip().isdigit()]
    seat_one = next(r for r in rows if r[0] == "1" and len(r) > 1)
    assert seat_one[1] == second.code, rows


def test_seating_and_author_on_the_command_line(demo, tmp_path, capsys):
    from pypdf import PdfReader

    desk, meeting_id = demo
    out = tmp_path / "s.pdf"
    args = ["--db", desk.url, "export", "seating", "--out", str(out), "--meeting"]
    code = main([*args, str(meeting_id), "--author", "MIC International Strategy Bureau"])
    assert code == 0, capsys.readouterr().err
    meta = PdfReader(str(out)).metadata
    assert meta.author == "MIC International Strategy Bureau"
    assert "Seating plan" in meta.title
