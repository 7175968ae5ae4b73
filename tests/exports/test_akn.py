# SPDX-License-Identifier: GPL-3.0-or-later
"""Akoma Ntoso 3.0 output validated against the OASIS schema (lxml), for every document of the
demo in both languages, an adopted one, and nested sub-paragraphs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from meetingdesk.formats.akn.writer import AKN, write_akn
from meetingdesk.snapshots import ClauseSnap, DocumentSnap, DocumentText, MeetingSnap

NS = {"a": AKN}


@pytest.fixture(scope="module")
def schema():
    """The schema beside the clone (../shared, as in CI) or where MEETINGDESK_SHARED says."""
    override = os.environ.get("MEETINGDESK_SHARED")
    shared = Path(override) if override else Path(__file__).resolve().parents[2].parent / "shared"
    xsd = shared / "schemas" / "akn" / "akomantoso30.xsd"
    if not xsd.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the Akoma Ntoso schema is missing under CI: {xsd}")
        pytest.skip(f"Akoma Ntoso schema not found at {xsd} (set MEETINGDESK_SHARED)")
    return etree.XMLSchema(etree.parse(str(xsd)))


def valid(schema, data: bytes):
    root = etree.fromstring(data)
    if not schema.validate(root):
        pytest.fail("; ".join(str(e) for e in list(schema.error_log)[:5]))
    return root


def test_schema_is_really_checked(schema):
    """An identification without its country is refused: the validation can fail."""
    bad = write_akn(_text([_clause(1, "operative", "1.", "Text.", "本文。")]), "en")
    root = etree.fromstring(bad)
    country = root.find(".//a:FRBRcountry", NS)
    country.getparent().remove(country)
    assert not schema.validate(root)


def test_every_demo_document_in_both_languages(schema, demo_desk):
    from meetingdesk.services import meetings
    from meetingdesk.services.drafting import documents, status

    m = meetings.list_meetings(demo_desk)[0]
    charter = documents.find_document(demo_desk, m.id, "charter")
    status.adopt_document(demo_desk, charter.id)
    docs = documents.list_documents(demo_desk, m.id)
    assert len(docs) >= 3
    for doc in docs:
        labels = (None, *doc.revision_labels)
        for label in labels:
            text = documents.document_text(demo_desk, doc.id, label)
            for lang in ("en", "ja"):
                root = valid(schema, write_akn(text, lang))
                language = root.find(".//a:FRBRExpression/a:FRBRlanguage", NS).get("language")
                assert language == {"en": "eng", "ja": "jpn"}[lang]
                skip = ("preambular", "heading", "section", "subheading")
                numbered = [c for c in text.clauses if c.kind not in skip]
                paras = [  # sub-paragraphs nest inside their paragraph, in text order
                    e for e in root.iter(f"{{{AKN}}}paragraph", f"{{{AKN}}}subparagraph")
                ]
                assert len(paras) == len(numbered)
                for para, clause in zip(paras, numbered, strict=True):
                    num = para.find("a:num", NS)
                    assert (num.text if num is not None else "") == clause.number
                    assert para.get("GUID") == f"urn:uuid:{clause.uuid}"
                title = root.find(".//a:preface//a:docTitle", NS).text
                assert title == (doc.title_ja or doc.title_en if lang == "ja" else doc.title_en)
    adopted = documents.document_text(demo_desk, charter.id, "Adopted")
    root = valid(schema, write_akn(adopted, "ja"))
    when = root.find(".//a:lifecycle/a:eventRef", NS).get("date")
    assert root.find(".//a:conclusions//a:date", NS).get("date") == when
    assert root.find(".//a:FRBRWork/a:FRBRdate", NS).get("name") == "adoption"


def test_brackets_become_spans_naming_delegations(schema):
    text = _text([_clause(1, "operative", "1.", "We [shall {US, UK} / should {FR}] act.", "")])
    root = valid(schema, write_akn(text, "en"))
    alts = root.findall(".//a:span[@class='alternative']", NS)
    assert [a.text for a in alts] == ["shall", "should"]
    assert alts[0].get("refersTo") == "#del_us #del_uk"
    orgs = {o.get("eId") for o in root.findall(".//a:TLCOrganization", NS)}
    assert {"del_us", "del_uk", "del_fr"} <= orgs
    assert "".join(root.find(".//a:paragraph/a:content/a:p", NS).itertext()) == (
        "We [shall / should] act."
    )


@dataclass(frozen=True)
class _Nested(ClauseSnap):
    """A clause as the structure work will carry it: a parent and a level."""

    parent_id: int | None = None
    level: int = 0


def test_sub_paragraphs_nest_inside_their_paragraph(schema):
    clauses = [
        _clause(1, "section", "i.", "Access", "アクセス"),
        _clause(2, "subheading", "(a)", "Infrastructure", "インフラ"),
        _clause(3, "operative", "1.", "We welcome:", "我々は以下を歓迎する："),
        _Nested(
            **{
                **_clause(4, "operative", "(a)", "broadband;", "ブロードバンド").__dict__,
                "parent_id": 3,
                "level": 1,
            }
        ),  # fmt: skip
        _Nested(
            **{
                **_clause(5, "operative", "(b)", "mobile.", "モバイル").__dict__,
                "parent_id": 3,
                "level": 1,
            }
        ),  # fmt: skip
        _clause(6, "operative", "1bis.", "Inserted within the round.", "追加段落。"),
    ]
    root = valid(schema, write_akn(_text(clauses), "en"))
    section = root.find(".//a:mainBody/a:hcontainer[@name='section']", NS)
    sub = section.find("a:hcontainer[@name='subsection']", NS)
    para = sub.find("a:paragraph", NS)
    assert para.find("a:intro/a:p", NS).text == "We welcome:"
    assert [s.find("a:num", NS).text for s in para.findall("a:subparagraph", NS)] == ["(a)", "(b)"]
    ids = [p.get("eId") for p in root.iter(f"{{{AKN}}}paragraph")]
    assert ids == ["para_1", "para_1bis"]


# --- built snapshots ------------------------------------------------------------------------


def _clause(i: int, kind: str, number: str, en: str, ja: str) -> ClauseSnap:
    return ClauseSnap(
        i, f"00000000-0000-0000-0000-{i:012d}", 1, i, number, kind, "draft", en, ja,
        i, i, False, en.count("["),
    )  # fmt: skip


def _text(clauses) -> DocumentText:
    meeting = MeetingSnap(
        1, "m", 1, "g7", "G7 ICT Ministers' Meeting", "G7情報通信大臣会合", "Japan", "日本",
        "Takamatsu", "高松", "Hall", "会場", date(2016, 4, 29), date(2016, 4, 30),
        "Asia/Tokyo", ("en", "ja"), "", "",
    )  # fmt: skip
    doc = DocumentSnap(
        1, "d", 1, "declaration", "declaration", "Joint Declaration", "共同宣言", "negotiation",
        None, None, "", None, "", len(clauses),
    )  # fmt: skip
    return DocumentText(meeting, doc, tuple(clauses))
