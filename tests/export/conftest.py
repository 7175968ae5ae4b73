# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for the PDF tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def demo(demo_desk):
    from meetingdesk.services import meetings

    return demo_desk, meetings.list_meetings(demo_desk)[0].id
