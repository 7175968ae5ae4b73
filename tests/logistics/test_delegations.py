"""Delegations, participants and the order of precedence on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from meetingdesk.services.base import ConflictError, ValidationError
from meetingdesk.services.logistics import delegations as dl
from meetingdesk.services.logistics import participants as pt

from .conftest import jst


def codes(g7) -> list[str]:
    return [d.code for d in dl.list_delegations(g7.desk, g7.meeting_id)]


def test_iso_codes_and_japanese_names(g7):
    jpn = dl.get_delegation(g7.desk, g7.delegations["JPN"])
    assert (jpn.name_en, jpn.name_ja, jpn.reading_ja) == ("Japan", "日本", "にほん")
    fra = dl.get_delegation(g7.desk, g7.delegations["FRA"])
    assert (fra.name_fr, fra.name_ja) == ("France", "フランス")
    # alpha-2 is accepted and stored as alpha-3
    snap = dl.add_delegation(g7.desk, g7.meeting_id, code="au", kind="invited")
    assert snap.code == "AUS" and snap.name_ja.startswith("オーストラリア")
    with pytest.raises(ValidationError, match="not an ISO 3166"):
        dl.add_delegation(g7.desk, g7.meeting_id, code="XYZ")
    with pytest.raises(ValidationError, match="already used"):
        dl.add_delegation(g7.desk, g7.meeting_id, code="JP")
    with pytest.raises(ValidationError, match="kana"):
        dl.add_delegation(g7.desk, g7.meeting_id, code="IND", reading_ja="印度")


def test_precedence_rules(g7):
    desk, mid = g7.desk, g7.meeting_id
    # the default "summit": host, members by English name, the EU after the members
    assert codes(g7) == ["JPN", "CAN", "FRA", "DEU", "ITA", "GBR", "USA", "EU", "ITU", "OECD"]
    dl.set_precedence(desk, mid, "en", "first")
    members = ["JPN", "CAN", "EU", "FRA", "DEU", "ITA", "GBR", "USA"]
    assert codes(g7) == members + ["ITU", "OECD"]  # English, host first
    dl.set_precedence(desk, mid, "fr", "first")
    # Allemagne, Canada, États-Unis, France, Italie, Royaume-Uni, Union européenne
    assert codes(g7)[:8] == ["JPN", "DEU", "CAN", "USA", "FRA", "ITA", "GBR", "EU"]
    dl.set_precedence(desk, mid, "ja", "none")
    # イタリア えいこく おうしゅうれんごう カナダ ドイツ にほん フランス べいこく
    assert codes(g7)[:8] == ["ITA", "GBR", "EU", "CAN", "DEU", "JPN", "FRA", "USA"]
    dl.set_precedence(desk, mid, "ja", "last")
    assert codes(g7)[:8] == ["ITA", "GBR", "EU", "CAN", "DEU", "FRA", "USA", "JPN"]
    order = [
        g7.delegations[c]
        for c in ["USA", "OECD", "JPN", "FRA", "GBR", "DEU", "ITA", "CAN", "EU", "ITU"]
    ]
    dl.set_precedence(desk, mid, "manual", "none", manual_order=order)
    assert [d.id for d in dl.list_delegations(desk, mid)] == order
    dl.set_precedence(desk, mid, "manual", "first", manual_order=order)
    assert codes(g7)[:3] == ["JPN", "USA", "OECD"]
    with pytest.raises(ValidationError, match="every delegation"):
        dl.set_precedence(desk, mid, "manual", "first", manual_order=order[:-1])
    with pytest.raises(ValidationError, match="not one of"):
        dl.set_precedence(desk, mid, "de", "first")


def test_japanese_rule_needs_readings(g7):
    dl.add_delegation(g7.desk, g7.meeting_id, code="WB", name_en="World Bank", kind="organisation")
    with pytest.raises(ValidationError, match="kana reading for: WB"):
        dl.set_precedence(g7.desk, g7.meeting_id, "ja", "first")


def test_edit_delegation_conflict_and_single_host(g7):
    desk = g7.desk
    fra = dl.get_delegation(desk, g7.delegations["FRA"])
    edited = dl.edit_delegation(
        desk, fra.id, expected_version=fra.row_version, contact_point="protocol@example.fr"
    )
    assert edited.contact_point == "protocol@example.fr"
    assert edited.row_version == fra.row_version + 1
    with pytest.raises(ConflictError):
        dl.edit_delegation(desk, fra.id, expected_version=fra.row_version, name_en="X")
    assert dl.get_delegation(desk, fra.id).name_en == "France"
    dl.edit_delegation(desk, fra.id, expected_version=edited.row_version, is_host=True)
    hosts = [d.code for d in dl.list_delegations(desk, g7.meeting_id) if d.is_host]
    assert hosts == ["FRA"]


def test_retire_never_deletes(g7):
    desk = g7.desk
    can = dl.get_delegation(desk, g7.delegations["CAN"])
    p = pt.add_participant(desk, can.id, family_name="Bains", given_name="Navdeep", role="head")
    with pytest.raises(ValidationError, match="still has 1 participant"):
        dl.retire_delegation(desk, can.id, expected_version=can.row_version)
    retired = dl.retire_delegation(
        desk, can.id, expected_version=can.row_version, with_participants=True
    )
    assert retired.retired
    assert "CAN" not in codes(g7)
    assert pt.get_participant(desk, p.id).retired  # still there, only retired
    all_codes = [d.code for d in dl.list_delegations(desk, g7.meeting_id, include_retired=True)]
    assert "CAN" in all_codes
    back = dl.restore_delegation(desk, can.id, expected_version=retired.row_version)
    assert not back.retired


def test_participant_edit_conflict_badges_heads(g7):
    desk, jpn = g7.desk, g7.delegations["JPN"]
    a = pt.add_participant(
        desk,
        jpn,
        family_name="Takaichi",
        given_name="Sanae",
        family_name_ja="高市",
        given_name_ja="早苗",
        reading_ja="たかいち さなえ",
        role="head",
        badge_number="001",
        arrival=jst(28, 15),
        departure=jst(30, 20),
    )
    assert a.name_ja == "高市 早苗" and a.name_en == "Sanae TAKAICHI"
    b = pt.add_participant(desk, jpn, family_name="Suzuki", role="sherpa")
    with pytest.raises(ValidationError, match="badge number 001"):
        pt.edit_participant(desk, b.id, expected_version=b.row_version, badge_number="001")
    with pytest.raises(ValidationError, match="already has a head"):
        pt.edit_participant(desk, b.id, expected_version=b.row_version, role="head")
    with pytest.raises(ValidationError, match="departs before"):
        pt.edit_participant(desk, a.id, expected_version=a.row_version, departure=jst(27, 9))
    with pytest.raises(ValidationError, match="time zone"):
        pt.edit_participant(
            desk, a.id, expected_version=a.row_version, arrival=jst(28, 1).replace(tzinfo=None)
        )
    edited = pt.edit_participant(
        desk, a.id, expected_version=a.row_version, accreditation="accredited"
    )
    assert edited.accreditation == "accredited" and edited.arrival == jst(28, 15)
    with pytest.raises(ConflictError):
        pt.edit_participant(desk, a.id, expected_version=a.row_version, phone="+81")
    gone = pt.retire_participant(desk, b.id, expected_version=b.row_version)
    assert gone.retired
    assert [p.family_name for p in pt.list_participants(desk, g7.meeting_id)] == ["Takaichi"]
    heads = {d.code: d.head_name for d in dl.list_delegations(desk, g7.meeting_id)}
    assert heads["JPN"] == "Sanae TAKAICHI"
