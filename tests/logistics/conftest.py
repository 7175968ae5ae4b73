"""A small G7 meeting on the `desk` fixture (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

TOKYO = ZoneInfo("Asia/Tokyo")
G7 = ("JPN", "CAN", "FRA", "DEU", "ITA", "GBR", "USA", "EU")


def jst(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2016, 4, day, hour, minute, tzinfo=TOKYO)


@dataclass
class G7Meeting:
    desk: object
    meeting_id: int
    delegations: dict[str, int]
    room: int
    other_room: int


def build_g7(desk) -> G7Meeting:
    from meetingdesk.services import meetings
    from meetingdesk.services.logistics import agenda, delegations

    m = meetings.create_meeting(
        desk,
        title_en="G7 ICT Ministers' Meeting",
        title_ja="G7情報通信大臣会合",
        short_name="G7ICT",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
        venue_en="Kagawa International Hall",
    )
    ids = {}
    for code in G7:
        snap = delegations.add_delegation(desk, m.id, code=code, is_host=(code == "JPN"))
        ids[snap.code] = snap.id
    for code, name, ja, reading in (
        (
            "ITU",
            "International Telecommunication Union",
            "国際電気通信連合",
            "こくさいでんきつうしんれんごう",
        ),
        ("OECD", "OECD", "経済協力開発機構", "けいざいきょうりょくかいはつきこう"),
    ):
        snap = delegations.add_delegation(
            desk, m.id, code=code, name_en=name, kind="organisation", name_ja=ja, reading_ja=reading
        )
        ids[code] = snap.id
    hall = agenda.add_room(desk, m.id, name_en="Main Hall", name_ja="メインホール")
    side = agenda.add_room(desk, m.id, name_en="Room 61")
    return G7Meeting(desk, m.id, ids, hall.id, side.id)


@pytest.fixture
def g7(desk) -> G7Meeting:
    return build_g7(desk)


@pytest.fixture
def g7_sqlite(sqlite_desk) -> G7Meeting:
    return build_g7(sqlite_desk)
