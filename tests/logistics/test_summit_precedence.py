"""The "summit" order of precedence (issue 14): the default for new meetings, on SQLite
and PostgreSQL; host first, members by name in the output's language, the EU after the
members, invited countries and organisations after; the other rules unchanged."""

from __future__ import annotations

from datetime import date

from meetingdesk.services.logistics.delegations import (
    add_delegation,
    list_delegations,
    set_precedence,
)
from meetingdesk.services.meetings import create_meeting, list_meetings


def g7(desk):
    m = create_meeting(
        desk,
        title_en="ICT Ministers",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
    )
    # added in a scrambled order on purpose: the rule, not insertion, decides
    add_delegation(desk, m.id, code="OECD", name_en="OECD", kind="organisation")
    for code in ("USA", "EU", "DEU", "CAN", "GBR", "FRA", "ITA"):
        add_delegation(desk, m.id, code=code)
    add_delegation(desk, m.id, code="JPN", is_host=True)
    add_delegation(desk, m.id, code="IND", kind="invited")
    return m


def test_summit_is_the_default_and_orders_the_g7(desk):
    m = g7(desk)
    assert list_meetings(desk)[0].precedence_rule == "summit"
    en = [d.name_en for d in list_delegations(desk, m.id)]
    assert en == [
        "Japan",
        "Canada",
        "France",
        "Germany",
        "Italy",
        "United Kingdom",
        "United States",
        "European Union",
        "India",
        "OECD",
    ]
    ja = [d.code for d in list_delegations(desk, m.id, language="ja")]
    # gojūon: いたりあ, えいこく, かなだ, どいつ, ふらんす, べいこく; the host and the EU stay put
    assert ja[0] == "JPN" and ja[7] == "EU" and ja[8:] == ["IND", "OECD"]
    assert ja[1:7] == ["ITA", "GBR", "CAN", "DEU", "FRA", "USA"]


def test_the_other_rules_stay(desk):
    m = g7(desk)
    order = [d.code for d in set_precedence(desk, m.id, "en", "first")]
    assert order[:4] == ["JPN", "CAN", "EU", "FRA"]  # alphabetical: the EU among the members
    back = [d.code for d in set_precedence(desk, m.id, "summit", "first")]
    assert back[:8] == ["JPN", "CAN", "FRA", "DEU", "ITA", "GBR", "USA", "EU"]


def test_the_demo_reads_in_protocol_order(demo_desk):
    m = list_meetings(demo_desk)[0]
    names = [d.name_en for d in list_delegations(demo_desk, m.id) if d.kind == "member"]
    assert ", ".join(names) == (
        "Japan, Canada, France, Germany, Italy, United Kingdom, United States, European Union"
    )
