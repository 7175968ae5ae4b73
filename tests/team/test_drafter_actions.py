"""Every action a drafter may take, done as a drafter login on a real PostgreSQL server set
up by `server init`: the grants cover each table the action writes (issue 16, item 3).

A missing grant shows up here as PermissionRefused; the secretariat prepares the world
(meeting, delegations, a frozen Rev.1 sent as Word) beforehand."""

from __future__ import annotations

from datetime import date

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from meetingdesk.formats.docx import writer
from meetingdesk.services.base import Desk
from meetingdesk.services.drafting import comments, proposals, status, structure, versions
from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.drafting.revisions import freeze_revision
from meetingdesk.services.drafting.word_import import (
    author_map,
    import_returned,
    remember_authors,
)
from meetingdesk.services.logistics.delegations import add_delegation
from meetingdesk.services.meetings import create_meeting


def append_words(paragraph, words: str, author: str, n: int) -> None:
    """Words typed at the end of a paragraph with Track Changes on."""
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), str(n))
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), "2016-04-22T10:00:00Z")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = words
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)
    ins.append(run)
    paragraph._p.xpath("./w:bookmarkEnd")[-1].addprevious(ins)


@pytest.fixture
def drafted(team_db, staff):
    """(drafter desk, meeting id, document id, clause ids) on a world the secretariat made."""
    boss = Desk.open(staff("secretariat"))
    try:
        m = create_meeting(
            boss,
            title_en="ICT Ministers",
            start_date=date(2016, 4, 29),
            end_date=date(2016, 4, 30),
            time_zone="Asia/Tokyo",
        )
        for code, name in (("JPN", "Japan"), ("USA", "United States"), ("DEU", "Germany")):
            add_delegation(boss, m.id, code=code, name_en=name, is_host=code == "JPN")
        doc = docs.add_document(boss, m.id, short_name="decl", title_en="Declaration")
        ids = [
            docs.add_clause(boss, doc.id, text_en=t, text_ja=j)
            for t, j in (
                ("We promote access.", "我々はアクセスを促進する。"),
                ("We value openness.", "我々は開放性を重んじる。"),
                ("We support research.", "我々は研究を支援する。"),
            )
        ]
        freeze_revision(boss, doc.id)
    finally:
        boss.close()
    desk = Desk.open(staff("drafter"))
    assert desk.role == "drafter"
    try:
        yield desk, m.id, doc.id, ids
    finally:
        desk.close()


def clause(desk: Desk, doc_id: int, cid: int):
    with desk.read() as s:
        return next(c for c in docs.clause_snaps(s, doc_id) if c.id == cid)


def test_a_drafter_edits_text_structure_status_and_history(drafted):
    desk, _m, doc_id, (c1, c2, c3) = drafted
    saved = docs.save_text(
        desk,
        c1,
        "en",
        "We promote open access.",
        expected_head=clause(desk, doc_id, c1).en_version_id,
    )
    assert saved.text_en == "We promote open access."
    new = docs.add_clause(desk, doc_id, text_en="We welcome partners.", after_clause_id=c1)
    c = clause(desk, doc_id, new)
    structure.move_after(desk, new, after_clause_id=c3, expected_version=c.row_version)
    c = clause(desk, doc_id, new)
    structure.indent_clause(desk, new, expected_version=c.row_version)
    c = clause(desk, doc_id, new)
    structure.outdent_clause(desk, new, expected_version=c.row_version)
    c = clause(desk, doc_id, c2)
    status.set_status(desk, c2, "ad_ref", expected_version=c.row_version, ad_ref_codes=["USA"])
    assert status.lift_ad_ref(desk, c2, "USA").ad_ref == ()
    c = clause(desk, doc_id, c3)
    status.delete_clause(desk, c3, expected_version=c.row_version)
    c = clause(desk, doc_id, c3)
    assert c.status == "deleted"
    status.restore_clause(desk, c3, expected_version=c.row_version)
    first = versions.history(desk, c1, "en")[-1]
    restored = versions.restore_version(desk, c1, first.id, clause(desk, doc_id, c1).en_version_id)
    assert restored.text_en == "We promote access."
    c = clause(desk, doc_id, c1)
    versions.confirm_translation(
        desk, c1, expected_head=c.ja_version_id, expected_en_head=c.en_version_id
    )


def test_a_drafter_works_proposals_and_positions(drafted):
    desk, _m, doc_id, (c1, c2, c3) = drafted
    p = proposals.propose(
        desk, doc_id, delegation_code="USA", kind="replace", clause_id=c1, text="We foster access."
    )
    p = proposals.set_position(desk, p.id, delegation_code="DEU", stance="support")
    p = proposals.set_position(desk, p.id, delegation_code="DEU", stance="oppose")
    assert proposals.accept_proposal(desk, p.id, expected_version=p.row_version).status == (
        "accepted"
    )
    assert clause(desk, doc_id, c1).text_en == "We foster access."
    q = proposals.propose(
        desk, doc_id, delegation_code="DEU", kind="replace", clause_id=c2, text="We prize openness."
    )
    q = proposals.incorporate_as_alternative(desk, q.id, expected_version=q.row_version)
    assert q.status == "incorporated"
    r = proposals.propose(desk, doc_id, delegation_code="JPN", kind="delete", clause_id=c3)
    assert proposals.reject_proposal(desk, r.id, expected_version=r.row_version).status == (
        "rejected"
    )
    n = proposals.propose(
        desk, doc_id, delegation_code="JPN", kind="new", text="We meet again.", after_clause_id=c3
    )
    assert proposals.withdraw_proposal(desk, n.id, expected_version=n.row_version).status == (
        "withdrawn"
    )
    n = proposals.propose(
        desk, doc_id, delegation_code="JPN", kind="new", text="We meet again.", after_clause_id=c3
    )
    assert proposals.accept_proposal(desk, n.id, expected_version=n.row_version).status == (
        "accepted"
    )


def test_a_drafter_comments_replies_and_resolves(drafted):
    desk, _m, _doc_id, (c1, _c2, _c3) = drafted
    top = comments.add_comment(desk, c1, "Is 'access' broad enough?")
    comments.add_comment(desk, c1, "We think so.", parent_id=top.id)
    done = comments.resolve_comment(desk, top.id, top.row_version)
    assert done.resolved and done.resolved_by == desk.user_login
    assert not comments.reopen_comment(desk, top.id, done.row_version).resolved


def test_a_drafter_imports_proposals_from_word_and_maps_its_authors(drafted, tmp_path):
    desk, m_id, doc_id, (c1, _c2, _c3) = drafted
    rev1 = docs.document_text(desk, doc_id, "Rev.1")
    sent = tmp_path / "decl-Rev.1.docx"
    writer.write_compilation(sent, rev1, (), writer.DocxOptions(lang="en", track_changes=True))
    d = docx.Document(str(sent))
    target = next(p for p in d.paragraphs if p.text.endswith("We promote access."))
    append_words(target, " Words from Washington.", "Jane Roe (State Dept)", 7101)
    back = tmp_path / "returned.docx"
    d.save(str(back))
    report = import_returned(
        desk,
        back,
        meeting_id=m_id,
        document="decl",
        revision="Rev.1",
        authors={"Jane Roe (State Dept)": "USA"},
    )
    assert report.written and report.created == 1
    assert author_map(desk, m_id) == {"Jane Roe (State Dept)": "USA"}
    remember_authors(desk, m_id, {"Jane Roe (State Dept)": "DEU"})  # an update, too
    assert author_map(desk, m_id) == {"Jane Roe (State Dept)": "DEU"}
    assert [p.author for p in proposals.list_proposals(desk, doc_id)] == [desk.user_login]


def test_circulation_is_the_secretariats_and_a_refusal_writes_no_file(drafted, staff, tmp_path):
    from meetingdesk.services.base import PermissionRefused
    from meetingdesk.services.exports.circulation import circulate

    desk, m_id, _doc_id, _ids = drafted
    out = tmp_path / "out"
    with pytest.raises(PermissionRefused, match="nothing was written"):
        circulate(desk, meeting_id=m_id, document="decl", revision="Rev.1", out=out)
    assert not out.exists()
    boss = Desk.open(staff("secretariat"))
    try:
        sent = circulate(boss, meeting_id=m_id, document="decl", revision="Rev.1", out=out)
        assert sent.revision_label == "Rev.1" and any(out.iterdir())
    finally:
        boss.close()
