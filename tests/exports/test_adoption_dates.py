"""Dates in the meeting's zone (issue 14): an adoption at 08:00 in Tokyo on 30 April (still
the 29th in UTC) prints 30 April in the title block and the header, in English and in
Japanese, and the Japanese final says 採択, not "Adopted"."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from meetingdesk.services.drafting import adopt_document
from meetingdesk.services.exports import export

from .pdfcheck import pdftotext, small_meeting


def test_tokyo_morning_adoption_prints_the_30th(desk, tmp_path: Path) -> None:
    meeting_id, doc_id = small_meeting(desk)
    adopt_document(desk, doc_id, now=datetime(2016, 4, 29, 23, 0, tzinfo=UTC))
    texts = {}
    for lang in ("en", "ja"):
        out = tmp_path / f"final-{lang}.pdf"
        export(desk, "final", out, meeting_id=meeting_id, document="statement", lang=lang)
        texts[lang] = pdftotext(out)
    en, ja = texts["en"], texts["ja"]
    assert "Adopted on 30 April 2016" in en
    assert "29 April 2016" not in en.replace("29–30 April 2016", "")
    assert "2016-04-30 08:00 JST" in en  # the header agrees with the title block
    assert "2016年4月30日採択" in ja
    assert "2016年4月30日 08:00（JST）" in ja  # the header in Japanese style too
    assert "Adopted" not in ja and "採択" in ja
