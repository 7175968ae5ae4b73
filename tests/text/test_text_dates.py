"""The one date parser every importer uses (text/dates.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetingdesk.text.dates import (
    DateParseError,
    from_excel_serial,
    normalise_text,
    parse_date,
    parse_datetime,
)

MOMENT = datetime(2016, 4, 28, 15, 0)


@pytest.mark.parametrize(
    "text",
    [
        "2016/4/28 15:00",
        "2016/04/28 15:00",
        "2016-04-28 15:00",
        "2016-04-28T15:00",
        "2016-04-28T15:00:00",
        "2016年4月28日 15時00分",
        "2016年4月28日15時",
        "2016年4月28日(木) 15:00",
        "2016年4月28日（木）15:00",
        "２０１６/４/２８　１５：００",
        "2016.4.28 15:00",
        " 2016/4/28 15:00 ",
    ],
)
def test_local_forms(text):
    assert parse_datetime(text) == MOMENT


def test_offsets_and_utc():
    nine = timezone(timedelta(hours=9))
    assert parse_datetime("2016-04-28T15:00+09:00") == MOMENT.replace(tzinfo=nine)
    assert parse_datetime("2016-04-28 15:00 +0900") == MOMENT.replace(tzinfo=nine)
    assert parse_datetime("2016-04-28T06:00Z") == datetime(2016, 4, 28, 6, tzinfo=UTC)
    assert parse_datetime("2016-04-28T15:00:30.5") == MOMENT.replace(second=30)


def test_dates_alone_and_empty():
    assert parse_datetime("2016/4/28") == date(2016, 4, 28)
    assert parse_datetime("2016年4月28日") == date(2016, 4, 28)
    assert parse_datetime("") is None
    assert parse_datetime(None) is None
    assert parse_date("2017-06-30") == date(2017, 6, 30)
    assert parse_date("2017/6/30 00:00") == date(2017, 6, 30)
    with pytest.raises(DateParseError, match="time of day"):
        parse_date("2017/6/30 12:00")


def test_excel_serials():
    # 42488 is 2016-04-28 in Excel's 1900 system; .625 of a day is 15:00.
    assert parse_datetime(42488.625) == MOMENT
    assert parse_datetime("42488.625") == MOMENT
    assert parse_datetime(42488) == datetime(2016, 4, 28)
    with pytest.raises(DateParseError):
        parse_datetime(12)  # a small number is not a date


@pytest.mark.parametrize(
    "text",
    ["28/4/2016", "4/28/2016 15:00", "2016/2/30", "2016/4/28 25:00", "tomorrow", "2016-04-28Z"],
)
def test_refused(text):
    with pytest.raises(DateParseError) as info:
        parse_datetime(text)
    assert repr(text) in str(info.value) or text in str(info.value)


def test_normalise():
    assert normalise_text("　ＪＰＮ　") == "JPN"
    assert normalise_text("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ") == "taro@example.jp"


@given(st.datetimes(min_value=datetime(1951, 1, 1), max_value=datetime(2099, 12, 31)))
def test_every_written_form_round_trips(moment):
    moment = moment.replace(second=0, microsecond=0)
    for text in (
        f"{moment:%Y/%m/%d %H:%M}",
        f"{moment.year}年{moment.month}月{moment.day}日 {moment.hour}時{moment.minute:02d}分",
        moment.isoformat(),
    ):
        assert parse_datetime(text) == moment
    serial = (moment - datetime(1899, 12, 30)) / timedelta(days=1)
    assert from_excel_serial(serial) == moment
