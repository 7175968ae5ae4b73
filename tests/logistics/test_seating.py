"""The seating plan: default layout by precedence, swaps, conflicts."""

from __future__ import annotations

import pytest

from meetingdesk.services.base import ConflictError, ValidationError
from meetingdesk.services.logistics import delegations as dl
from meetingdesk.services.logistics.seating import get_seating, save_seating, swap_seats


def test_default_layout_alternates_from_the_chair(g7):
    plan = get_seating(g7.desk, g7.meeting_id)
    assert not plan.saved and plan.version == 0
    seats = [s.code for s in plan.seats]
    # precedence (summit): JPN CAN FRA DEU ITA GBR USA EU ITU OECD; chair (host) at the
    # head, then right of the chair, left of the chair, alternately.
    assert seats == ["JPN", "CAN", "DEU", "GBR", "EU", "OECD", "ITU", "USA", "ITA", "FRA"]
    assert plan.seats[0].is_head_of_table
    assert sorted(seats) == sorted(d.code for d in dl.list_delegations(g7.desk, g7.meeting_id))


def test_swap_save_and_conflict(g7):
    desk, mid = g7.desk, g7.meeting_id
    plan = get_seating(desk, mid)
    swapped = swap_seats(desk, mid, 1, 2, expected_version=0)
    assert swapped.version == 1 and swapped.saved
    assert [s.code for s in swapped.seats][1:3] == [plan.seats[2].code, plan.seats[1].code]
    assert get_seating(desk, mid) == swapped
    with pytest.raises(ConflictError):
        swap_seats(desk, mid, 3, 4, expected_version=0)
    with pytest.raises(ValidationError, match="no seat 99"):
        swap_seats(desk, mid, 0, 99, expected_version=1)
    with pytest.raises(ValidationError, match="every delegation"):
        save_seating(desk, mid, [s.delegation_id for s in swapped.seats][:-1], expected_version=1)
    # a new delegation joins at the end; a retired one leaves the plan
    dl.add_delegation(desk, mid, code="KOR", kind="invited")
    ita = dl.get_delegation(desk, g7.delegations["ITA"])
    dl.retire_delegation(desk, ita.id, expected_version=ita.row_version)
    after = [s.code for s in get_seating(desk, mid).seats]
    assert after[-1] == "KOR" and "ITA" not in after
