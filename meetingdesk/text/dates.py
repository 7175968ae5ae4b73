# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates and times as registration files and spreadsheets write them (pure, no I/O).

One parser for every importer (participants, actions): ISO 8601 (with or without an offset,
`T` or a space), the slash style Japanese Excel writes (`2016/4/28 15:00`), the Japanese
style (`2016年4月28日 15時00分`, `2016年4月28日(木) 15:00`), dotted dates, and Excel serial
numbers (days since 1899-12-30, the fraction being the time of day). Full-width digits and
punctuation are folded with NFKC before matching.

A written time without an offset comes back naive: the caller puts it in the meeting's zone.
Hand-written because dateutil is not a dependency and guesses day/month order silently
(`4/5/2016`), which a registration list must not do: only year-first forms are accepted.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta, timezone

from .problems import Problem

__all__ = [
    "DateParseError",
    "normalise_text",
    "parse_date",
    "parse_datetime",
    "from_excel_serial",
]

EXCEL_EPOCH = datetime(1899, 12, 30)
# Serial numbers a spreadsheet gives for 1950..2100: anything else is not taken as a date.
_SERIAL_RANGE = (18264, 73051)

_WEEKDAY = r"(?:\s*[(（]\s*(?:[月火水木金土日]|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[)）])?"
_DATE = (
    r"(?P<y>\d{4})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})\s*日?" + _WEEKDAY
)
_TIME = (
    r"(?P<H>\d{1,2})\s*(?::|時)\s*(?P<M>\d{1,2})?\s*分?"
    r"(?:\s*:?\s*(?P<S>\d{1,2}(?:\.\d+)?)\s*秒?)?"
)
_OFFSET = r"(?P<tz>Z|[+-]\d{2}:?\d{2})?"
_FULL = re.compile(rf"^{_DATE}(?:(?:\s*T\s*|\s+|(?<=日)|(?<=\)))\s*{_TIME})?\s*{_OFFSET}$", re.I)


class DateParseError(ValueError):
    """The text is not a date (and time) in any accepted form; the message says which are.

    ``problem`` is the same sentence as a Problem (code and data) for the window."""

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.problem = Problem(message, code, **params)


def normalise_text(value: str) -> str:
    """Fold full-width letters, digits, spaces and punctuation (NFKC) and trim.

    NFKC is safe for codes, e-mail addresses, dates and numbers; it is NOT applied to names
    by callers, since it turns half-width kana into full-width only, which is harmless, but
    also circled or compatibility ideographs into plain ones, which a person may not want.
    """
    return unicodedata.normalize("NFKC", value).strip()


def from_excel_serial(serial: float) -> datetime:
    """An Excel (1900 system) serial day number as a naive datetime, to the minute."""
    moment = EXCEL_EPOCH + timedelta(days=float(serial))
    return (moment + timedelta(seconds=30)).replace(second=0, microsecond=0)


def _serial(text: str) -> float | None:
    try:
        number = float(text)
    except ValueError:
        return None
    return number if _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1] else None


def _offset(text: str | None) -> timezone | None:
    if not text:
        return None
    if text.upper() == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _match(text: str) -> re.Match[str]:
    match = _FULL.match(normalise_text(text))
    if match is None:
        raise DateParseError(
            f"{text!r} is not a date (use 2016-04-28 15:00, 2016/4/28 15:00 "
            "or 2016年4月28日 15時00分)",
            code="date_unreadable",
            value=text,
        )
    return match


def parse_datetime(value: object) -> datetime | date | None:
    """A datetime (naive unless the text has an offset), a date when no time is written,
    or None for an empty cell. Raises DateParseError for anything else.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if _serial(str(value)) is None:
            raise DateParseError(
                f"{value!r} is not a date", code="date_not_serial", value=str(value)
            )
        return from_excel_serial(float(value))
    text = str(value).strip()
    if not text:
        return None
    number = _serial(normalise_text(text))
    if number is not None:
        return from_excel_serial(number)
    match = _match(text)
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError as exc:
        raise DateParseError(
            f"{text!r} is not a real date ({exc})", code="date_not_real", value=text
        ) from None
    if match["H"] is None:
        if match["tz"]:
            raise DateParseError(
                f"{text!r} has a time zone but no time", code="date_zone_no_time", value=text
            )
        return day
    seconds = float(match["S"] or 0)
    try:
        clock = time(int(match["H"]), int(match["M"] or 0), int(seconds))
    except ValueError as exc:
        raise DateParseError(
            f"{text!r} is not a real time ({exc})", code="time_not_real", value=text
        ) from None
    return datetime.combine(day, clock, tzinfo=_offset(match["tz"]))


def parse_date(value: object) -> date | None:
    """A calendar date; a written time must be midnight (a time of day is refused)."""
    parsed = parse_datetime(value)
    if isinstance(parsed, datetime):
        if parsed.timetz().replace(tzinfo=None) != time():
            raise DateParseError(
                f"{value!r} has a time of day: give the date alone",
                code="date_has_time",
                value=parsed.isoformat(sep=" ", timespec="minutes")
                if not isinstance(value, str)
                else value,
            )
        return parsed.date()
    return parsed
