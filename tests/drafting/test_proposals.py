"""Proposals and positions: accept, incorporate as alternatives, reject, withdraw."""

from __future__ import annotations

from datetime import date

import pytest

from meetingdesk.services.base import ConflictError, ValidationError
from meetingdesk.services.drafting import comments as cm
from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.drafting import negotiation as neg
from meetingdesk.services.drafting import proposals as pr
from meetingdesk.services.drafting.compare import blame_clause
from meetingdesk.services.logistics.delegations import add_delegation
from meetingdesk.services.meetings import create_meeting
from meetingdesk.text.brackets import parse, validate


@pytest.fixture
def world(desk):
    m = create_meeting(
        desk, title_en="ICT", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
    )
    for code in ("JPN", "USA", "FRA", "DEU", "GBR"):
        add_delegation(desk, m.id, code=code)
    doc = docs.add_document(desk, m.id, short_name="decl", title_en="Declaration")
    a = docs.add_clause(desk, doc.id, text_en="We shall promote access to the Internet.")
    b = docs.add_clause(desk, doc.id, text_en="We support research.")
    return m, doc, a, b


def clause(desk, doc_id, cid):
    with desk.read() as s:
        return docs.clause_snaps(s, doc_id, only={cid})[0]


def test_replace_accepted_attributed_to_proposer(desk, world):
    _m, doc, a, _b = world
    p = pr.propose(
        desk,
        doc.id,
        delegation_code="fra",
        kind="replace",
        clause_id=a,
        text="We shall promote affordable access to the Internet.",
        rationale="cost matters",
    )
    assert p.status == "open" and p.delegation_code == "FRA" and p.clause_number == "1."
    p = pr.set_position(desk, p.id, delegation_code="USA", stance="support")
    p = pr.set_position(desk, p.id, delegation_code="DEU", stance="reserve", note="checking")
    p = pr.set_position(desk, p.id, delegation_code="USA", stance="oppose")
    assert [(x.delegation_code, x.stance) for x in p.positions] == [
        ("DEU", "reserve"),
        ("USA", "oppose"),
    ]
    with pytest.raises(ValidationError, match="own support"):
        pr.set_position(desk, p.id, delegation_code="FRA", stance="support")
    with pytest.raises(ValidationError, match="stance"):
        pr.set_position(desk, p.id, delegation_code="GBR", stance="maybe")
    ov = neg.overview(desk, doc.id)
    deu = next(d for d in ov.delegations if d.code == "DEU")
    fra = next(d for d in ov.delegations if d.code == "FRA")
    assert deu.reserve == 1 and deu.reservations == 1 and fra.open_proposals == 1
    done = pr.accept_proposal(desk, p.id)
    assert done.status == "accepted" and done.decided_at is not None
    c = clause(desk, doc.id, a)
    assert c.text_en == "We shall promote affordable access to the Internet."
    assert c.en_version_id == done.result_version_id
    spans = blame_clause(desk, a).spans
    assert [s.delegation_code for s in spans if "affordable" in s.text] == ["FRA"]
    with pytest.raises(ValidationError, match="already accepted"):
        pr.reject_proposal(desk, p.id)
    assert neg.overview(desk, doc.id).open_proposals == 0


def test_accept_merges_with_later_edits_or_refuses(desk, world):
    _m, doc, a, _b = world
    p = pr.propose(
        desk,
        doc.id,
        delegation_code="USA",
        kind="insert",
        clause_id=a,
        text="We shall promote secure access to the Internet.",
    )
    head = clause(desk, doc.id, a).en_version_id
    docs.save_text(
        desk, a, "en", "We shall promote access to the Internet for all.", expected_head=head
    )
    pr.accept_proposal(desk, p.id)
    assert (
        clause(desk, doc.id, a).text_en == "We shall promote secure access to the Internet for all."
    )
    q = pr.propose(
        desk,
        doc.id,
        delegation_code="DEU",
        kind="replace",
        clause_id=a,
        text="We will promote secure access to the Internet for all.",
    )
    head = clause(desk, doc.id, a).en_version_id
    docs.save_text(
        desk, a, "en", "We must promote secure access to the Internet for all.", expected_head=head
    )
    with pytest.raises(ConflictError, match="overlap"):
        pr.accept_proposal(desk, q.id)
    assert pr.list_proposals(desk, doc.id, status="open")[0].id == q.id


def test_insert_must_only_add(desk, world):
    _m, doc, a, _b = world
    with pytest.raises(ValidationError, match="only adds words"):
        pr.propose(
            desk, doc.id, delegation_code="USA", kind="insert", clause_id=a, text="We promote."
        )
    with pytest.raises(ValidationError, match="kind"):
        pr.propose(desk, doc.id, delegation_code="USA", kind="rewrite", clause_id=a, text="x")
    with pytest.raises(ValidationError, match="unbalanced"):
        pr.propose(desk, doc.id, delegation_code="USA", kind="replace", clause_id=a, text="We [x.")


def test_incorporate_as_alternative(desk, world):
    _m, doc, a, _b = world
    p = pr.propose(
        desk,
        doc.id,
        delegation_code="FRA",
        kind="replace",
        clause_id=a,
        text="We should promote access to the Internet.",
    )
    pr.set_position(desk, p.id, delegation_code="DEU", stance="support")
    done = pr.incorporate_as_alternative(desk, p.id)
    assert done.status == "incorporated"
    c = clause(desk, doc.id, a)
    assert c.text_en == "We [shall / should {FRA, DEU}] promote access to the Internet."
    assert validate(c.text_en) is None and c.status == "bracketed" and c.open_brackets == 1
    alts = parse(c.text_en).parts[1].alternatives
    assert alts[1].delegations == ("FRA", "DEU")


def test_new_delete_move_reject_withdraw(desk, world):
    _m, doc, a, b = world
    new = pr.propose(
        desk,
        doc.id,
        delegation_code="GBR",
        kind="new",
        text="We value cyber security.",
        after_clause_id=a,
    )
    added = pr.accept_proposal(desk, new.id)
    with desk.read() as s:
        order = [(c.id, c.number, c.text_en) for c in docs.clause_snaps(s, doc.id)]
    assert order[1] == (added.clause_id, "2.", "We value cyber security.")
    mv = pr.propose(
        desk, doc.id, delegation_code="JPN", kind="move", clause_id=b, after_clause_id=None
    )
    pr.accept_proposal(desk, mv.id)
    with desk.read() as s:
        assert [c.id for c in docs.clause_snaps(s, doc.id)][0] == b
    dl = pr.propose(desk, doc.id, delegation_code="USA", kind="delete", clause_id=a)
    pr.accept_proposal(desk, dl.id)
    assert clause(desk, doc.id, a).status == "deleted"
    rj = pr.propose(
        desk, doc.id, delegation_code="FRA", kind="replace", clause_id=b, text="We fund research."
    )
    wd = pr.propose(
        desk, doc.id, delegation_code="DEU", kind="replace", clause_id=b, text="We do research."
    )
    assert pr.reject_proposal(desk, rj.id, note="no support").status == "rejected"
    assert pr.withdraw_proposal(desk, wd.id).status == "withdrawn"
    assert clause(desk, doc.id, b).text_en == "We support research."
    statuses = [p.status for p in pr.list_proposals(desk, doc.id, clause_id=b)]
    assert statuses == ["accepted", "rejected", "withdrawn"]
    newc = pr.propose(desk, doc.id, delegation_code="JPN", kind="new", text="We meet again.")
    pr.incorporate_as_alternative(desk, newc.id)
    last = pr.list_proposals(desk, doc.id)[-1]
    assert clause(desk, doc.id, last.clause_id).text_en == "[We meet again. {JPN}]"


def test_comments_threaded_and_resolvable(desk, world):
    _m, _doc, a, _b = world
    root = cm.add_comment(desk, a, "Is 'access' broad enough?")
    reply = cm.add_comment(desk, a, "FRA suggests 'affordable access'.", parent_id=root.id)
    cm.add_comment(desk, a, "Second thread.")
    with pytest.raises(ValidationError, match="empty"):
        cm.add_comment(desk, a, "   ")
    threads = cm.list_comments(desk, a)
    assert [t.body for t in threads] == ["Is 'access' broad enough?", "Second thread."]
    assert threads[0].replies[0].id == reply.id
    done = cm.resolve_comment(desk, root.id, root.row_version)
    assert done.resolved and done.resolved_by == desk.user_login
    with pytest.raises(ConflictError):
        cm.resolve_comment(desk, reply.id, reply.row_version + 5)
    assert cm.list_comments(desk, a)[0].resolved
