"""Output dates in the meeting's zone, in the output's own style (issue 14 item 3 sweep):
the PDF header of a Japanese revision, the follow-up report's "as of" day, the annex
plan's "today" (the meeting's calendar day, not this computer's). SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from meetingdesk.services import meetings
from meetingdesk.services.drafting import documents
from meetingdesk.services.exports import export
from meetingdesk.services.exports._exports import annex_plan

from .pdfcheck import pdftotext, small_meeting


def test_japanese_revision_header_in_japanese_style(desk, tmp_path: Path) -> None:
    meeting_id, doc_id = small_meeting(desk)
    rev = documents.freeze_revision(desk, doc_id, kind="compilation")
    local = rev.created_at.astimezone(ZoneInfo("Asia/Tokyo"))
    out = tmp_path / "ja.pdf"
    export(
        desk,
        "compilation",
        out,
        meeting_id=meeting_id,
        document="statement",
        lang="ja",
        revision=rev.label,
    )
    ja = pdftotext(out)
    assert f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}（JST）" in ja
    assert f"{local:%Y-%m-%d}" not in ja
    en = tmp_path / "en.pdf"
    export(
        desk,
        "compilation",
        en,
        meeting_id=meeting_id,
        document="statement",
        lang="en",
        revision=rev.label,
    )
    assert f"{local:%Y-%m-%d %H:%M} JST" in pdftotext(en)


def test_followup_as_of_day_in_the_outputs_style(desk, tmp_path: Path) -> None:
    meeting_id, _doc = small_meeting(desk)
    out = tmp_path / "f.pdf"
    export(desk, "followup", out, meeting_id=meeting_id, lang="ja", today=date(2016, 5, 10))
    assert "2016年5月10日" in pdftotext(out) and "2016-05-10" not in pdftotext(out)
    export(desk, "followup", out, meeting_id=meeting_id, lang="en", today=date(2016, 5, 10))
    assert "10 May 2016" in pdftotext(out)


def test_annex_today_is_the_meetings_day(desk) -> None:
    # UTC+14 and UTC-11 never share a calendar day: whatever this computer's clock says,
    # one of the two differs from it, and each plan must say its own meeting's day.
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):
        m = meetings.create_meeting(
            desk,
            title_en=f"Meeting in {zone}",
            start_date=date(2016, 4, 29),
            end_date=date(2016, 4, 30),
            time_zone=zone,
        )
        documents.add_document(desk, m.id, short_name="annex", title_en="Annex", kind="annex")
        before = datetime.now(UTC).astimezone(ZoneInfo(zone)).date()
        plan = annex_plan(desk, m.id, None, None)
        after = datetime.now(UTC).astimezone(ZoneInfo(zone)).date()
        assert plan.today in (before, after), zone
