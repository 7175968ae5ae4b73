"""Adopted is adopted everywhere: every service that writes clause content refuses to write
into an adopted document, and nothing changes (the database refuses it too)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from meetingdesk.services import drafting as dr
from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.drafting import proposals as props
from meetingdesk.services.logistics.delegations import add_delegation
from meetingdesk.services.meetings import create_meeting
from meetingdesk.services.offline import checkin, checkout


def _state(desk: Desk) -> tuple:
    with desk.engine.connect() as conn:
        return (
            conn.execute(text("SELECT count(*) FROM clause_version")).scalar(),
            tuple(
                conn.execute(
                    text(
                        "SELECT id, position, status, head_en_id, head_ja_id, row_version "
                        "FROM clause ORDER BY id"
                    )
                )
            ),
        )


@pytest.fixture
def adopted(desk: Desk, tmp_path: Path) -> dict:
    m = create_meeting(
        desk,
        title_en="ICT Ministers",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
    )
    for code in ("JPN", "CAN"):
        add_delegation(desk, m.id, code=code, name_en=f"Delegation {code}")
    doc = docs.add_document(desk, m.id, short_name="decl", title_en="Declaration")
    a = docs.add_clause(desk, doc.id, text_en="We promote access.", text_ja="アクセスを推進する。")
    b = docs.add_clause(desk, doc.id, text_en="We support research.")
    p = props.propose(desk, doc.id, delegation_code="CAN", kind="replace", clause_id=b, text="X.")
    package = tmp_path / "drafter.mdpkg"
    checkout(desk, m.id, ["decl"], package)
    offline = Desk.open(str(package), user="drafter")
    try:
        with offline.read() as s:
            head = next(c for c in docs.clause_snaps(s, doc.id) if c.id == a).en_version_id
        docs.save_text(offline, a, "en", "We promote open access.", expected_head=head)
    finally:
        offline.close()
    # b has no Japanese and a proposal is open: the secretariat overrides (the proposal lapses)
    dr.adopt_document(desk, doc.id, override="Japanese of paragraph 2 at signature")
    return {"doc": doc, "a": a, "b": b, "proposal": p, "package": package}


def _snap(desk: Desk, doc_id: int, clause_id: int):
    with desk.read() as s:
        return next(c for c in docs.clause_snaps(s, doc_id) if c.id == clause_id)


def test_every_path_that_writes_clause_content_is_refused(desk: Desk, adopted: dict) -> None:
    doc, a, b = adopted["doc"], adopted["a"], adopted["b"]
    c = _snap(desk, doc.id, a)
    first = dr.history(desk, a, "en")[-1].id
    attempts = {
        "save_text en": lambda: docs.save_text(
            desk, a, "en", "Changed.", expected_head=c.en_version_id
        ),
        "save_text ja": lambda: docs.save_text(
            desk, a, "ja", "変更。", expected_head=c.ja_version_id
        ),
        "add_clause": lambda: docs.add_clause(desk, doc.id, text_en="Another."),
        "move_clause": lambda: dr.move_clause(
            desk, a, after_clause_id=b, expected_version=c.row_version
        ),
        "restore_version": lambda: dr.restore_version(desk, a, first, c.en_version_id),
        "confirm_translation": lambda: dr.confirm_translation(
            desk, a, expected_head=c.ja_version_id
        ),
        "delete_clause": lambda: dr.delete_clause(desk, a, expected_version=c.row_version),
        "set_status": lambda: dr.set_status(desk, a, "draft", expected_version=c.row_version),
        "accept_proposal": lambda: props.accept_proposal(desk, adopted["proposal"].id),
        "incorporate_as_alternative": lambda: props.incorporate_as_alternative(
            desk, adopted["proposal"].id
        ),
        "package in": lambda: checkin(desk, adopted["package"]),
    }
    before = _state(desk)
    for name, attempt in attempts.items():
        with pytest.raises(DeskError, match="adopted") as info:
            attempt()
        assert "\n" not in str(info.value), name
        assert _state(desk) == before, f"{name} changed something"
    assert _snap(desk, doc.id, a).text_en == "We promote access."
