# SPDX-License-Identifier: GPL-3.0-or-later
"""Proposals in from Word on the demo meeting: Rev.1 of the declaration sent as our own DOCX,
returned with tracked changes by two delegations, previewed, refused, imported, re-imported."""

from __future__ import annotations

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from meetingdesk.formats.docx import writer
from meetingdesk.services import meetings
from meetingdesk.services.base import ValidationError
from meetingdesk.services.drafting import documents, proposals, status
from meetingdesk.services.drafting.word_import import (
    ImportRefused,
    author_map,
    import_returned,
    preview_returned,
)

WHEN = "2016-04-22T10:00:00Z"


def _change(kind: str, text: str, author: str, n: int):
    w = OxmlElement("w:ins" if kind == "ins" else "w:del")
    w.set(qn("w:id"), str(n))
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), WHEN)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    w.append(r)
    return w


def append_words(paragraph, words: str, author: str, n: int) -> None:
    """Words typed at the end of a paragraph with Track Changes on."""
    end = paragraph._p.xpath("./w:bookmarkEnd")
    end[-1].addprevious(_change("ins", words, author, n))


@pytest.fixture
def setup(demo_desk, tmp_path):
    desk = demo_desk
    m = meetings.list_meetings(desk)[0]
    doc = documents.find_document(desk, m.id, "declaration")
    rev1 = documents.document_text(desk, doc.id, "Rev.1")
    sent = tmp_path / "declaration-Rev.1.docx"
    writer.write_compilation(sent, rev1, (), writer.DocxOptions(lang="en", track_changes=True))
    return desk, m.id, doc, rev1, sent


def returned_by_two(sent, rev1, tmp_path, second="Deutsche Delegation"):
    d = docx.Document(str(sent))
    numbered = [c for c in rev1.clauses if c.number.endswith(".") and c.kind == "operative"]
    first, other = numbered[0], numbered[2]
    by_text = {p.text.split("] ", 1)[-1] if p.text.startswith("[") else p.text: p
               for p in d.paragraphs}  # fmt: skip
    append_words(by_text[first.text_en], " Extra words from Washington.", "Jane Roe (USA)", 7001)
    append_words(by_text[other.text_en], " Words from Berlin.", second, 7002)
    out = tmp_path / "returned.docx"
    d.save(str(out))
    return out, first, other


def test_two_delegations_proposals_refused_then_mapped_then_idempotent(setup, tmp_path):
    desk, meeting_id, doc, rev1, sent = setup
    path, first, other = returned_by_two(sent, rev1, tmp_path)
    before = len(proposals.list_proposals(desk, doc.id))
    args = {"meeting_id": meeting_id, "document": "declaration", "revision": "Rev.1"}
    original = path.read_bytes()
    with pytest.raises(ImportRefused, match="Deutsche Delegation” matches no delegation") as err:
        import_returned(desk, path, **args)
    assert err.value.report.authors == (("Jane Roe (USA)", "USA"), ("Deutsche Delegation", ""))
    assert len(proposals.list_proposals(desk, doc.id)) == before  # nothing half-imported
    assert path.read_bytes() == original
    dry = import_returned(desk, path, **args, authors={"Deutsche Delegation": "deu"}, dry_run=True)
    assert not dry.written and len(dry.to_create) == 2
    assert len(proposals.list_proposals(desk, doc.id)) == before
    done = import_returned(desk, path, **args, authors={"Deutsche Delegation": "DEU"})
    assert done.created == 2
    made = proposals.list_proposals(desk, doc.id)[before:]
    by_code = {p.delegation_code: p for p in made}
    assert set(by_code) == {"USA", "DEU"}
    assert by_code["USA"].clause_id == first.id and by_code["USA"].kind == "insert"
    assert by_code["USA"].text == first.text_en + " Extra words from Washington."
    assert by_code["DEU"].clause_id == other.id
    assert author_map(desk, meeting_id) == {"Jane Roe (USA)": "USA", "Deutsche Delegation": "DEU"}
    again = import_returned(desk, path, **args)  # remembered authors; nothing new
    assert again.created == 0 and {i.state for i in again.items} == {"duplicate"}
    assert len(proposals.list_proposals(desk, doc.id)) == before + 2


def test_delegation_given_and_paragraph_deleted_since(setup, tmp_path):
    desk, meeting_id, doc, rev1, sent = setup
    path, first, other = returned_by_two(sent, rev1, tmp_path)
    status.delete_clause(desk, other.id, expected_version=None)
    args = {"meeting_id": meeting_id, "document": "declaration", "revision": "Rev.1"}
    with pytest.raises(ImportRefused, match="no longer exists") as err:
        import_returned(desk, path, **args, delegation="CAN")
    assert {code for _, code in err.value.report.authors} == {"CAN"}
    report = preview_returned(desk, path, **args, delegation="CAN")
    assert any("no longer exists (deleted since Rev.1)" in p for p in report.problems)
    assert "NOT PLACED" in "\n".join(report.lines())


def test_wrong_revision_and_unknown_names_are_refused(setup, tmp_path):
    desk, meeting_id, doc, rev1, sent = setup
    path, _first, _other = returned_by_two(sent, rev1, tmp_path)
    with pytest.raises(ValidationError, match="is not that revision"):
        preview_returned(desk, path, meeting_id=meeting_id, document="declaration",
                         revision="Rev.2", delegation="CAN")  # fmt: skip
    with pytest.raises(ValidationError, match="has no revision 'Rev.9'"):
        preview_returned(desk, path, meeting_id=meeting_id, document="declaration",
                         revision="Rev.9")  # fmt: skip
    with pytest.raises(ValidationError, match="delegation 'XX' is not in this meeting"):
        preview_returned(desk, path, meeting_id=meeting_id, document="declaration",
                         revision="Rev.1", delegation="XX")  # fmt: skip
    with pytest.raises(ValidationError, match="has no tracked changes"):
        preview_returned(desk, sent, meeting_id=meeting_id, document="declaration",
                         revision="Rev.1")  # fmt: skip
