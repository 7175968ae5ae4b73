"""Search: current text and history, English and Japanese, two-character terms, wildcards."""

from __future__ import annotations

from datetime import date

import pytest

from meetingdesk.services import drafting as dr
from meetingdesk.services.drafting import documents as docs
from meetingdesk.services.drafting import search as sr
from meetingdesk.services.meetings import create_meeting


@pytest.fixture
def world(desk):
    m = create_meeting(
        desk, title_en="ICT", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
    )
    decl = docs.add_document(desk, m.id, short_name="decl", title_en="Declaration")
    charter = docs.add_document(
        desk, m.id, short_name="charter", title_en="Charter", kind="charter"
    )
    a = docs.add_clause(
        desk,
        decl.id,
        text_en="We discuss the agenda for cooperation.",
        text_ja="協力のための議題を議論する。",
    )
    b = docs.add_clause(
        desk,
        charter.id,
        text_en="Free flow of information is 100% vital.",
        text_ja="情報の自由な流通は不可欠である。",
    )
    return m, decl, charter, a, b


def test_two_character_japanese_term(desk, world):
    m, decl, _charter, a, _b = world
    hits = sr.search(desk, m.id, "議題")
    assert [(h.clause_id, h.language, h.current) for h in hits] == [(a, "ja", True)]
    h = hits[0]
    assert h.snippet[h.match_start : h.match_end] == "議題" and h.number == "1."
    assert [x.clause_id for x in sr.search(desk, m.id, "協力")] == [a]
    assert sr.search(desk, m.id, "協力のため")[0].clause_id == a  # long enough for trigrams


def test_english_across_documents_case_insensitive(desk, world):
    m, _decl, charter, _a, b = world
    hits = sr.search(desk, m.id, "INFORMATION")
    assert [(h.document_name, h.clause_id) for h in hits] == [("charter", b)]
    assert sr.search(desk, m.id, "free vital")[0].clause_id == b  # every term must occur
    assert sr.search(desk, m.id, "free nowhere") == []
    assert sr.search(desk, m.id, "   ") == []


def test_like_wildcards_are_literal(desk, world):
    m, *_ = world
    assert [h.clause_id for h in sr.search(desk, m.id, "100%")] == [world[4]]
    assert sr.search(desk, m.id, "%") and sr.search(desk, m.id, "_") == []
    assert sr.search(desk, m.id, "0_%") == []


def test_history_finds_old_wording(desk, world):
    m, decl, _charter, a, _b = world
    with desk.read() as s:
        head = docs.clause_snaps(s, decl.id)[0].en_version_id
    docs.save_text(desk, a, "en", "We discuss the programme for partnership.", expected_head=head)
    assert sr.search(desk, m.id, "cooperation") == []
    old = sr.search(desk, m.id, "cooperation", history=True)
    assert [(h.clause_id, h.current, h.version_id) for h in old] == [(a, False, head)]
    both = sr.search(desk, m.id, "discuss", history=True, language="en")
    assert [h.current for h in both] == [True, False]
    # a deleted clause's text is history only
    with desk.read() as s:
        c = docs.clause_snaps(s, decl.id)[0]
    dr.delete_clause(desk, a, expected_version=c.row_version)
    assert sr.search(desk, m.id, "programme") == []
    assert sr.search(desk, m.id, "programme", history=True)[0].current is False


def test_fts_index_used_on_sqlite(desk, world):
    if not desk.is_sqlite:
        pytest.skip("FTS5 is SQLite only")
    assert sr.fts_available(desk)
    with desk.engine.connect() as conn:
        n = conn.exec_driver_sql(
            "SELECT count(*) FROM clause_version_fts WHERE clause_version_fts MATCH '\"議題を\"'"
        ).scalar()
    assert n == 1


def test_like_fallback_without_fts(desk, world, monkeypatch):
    m, _decl, _charter, a, b = world
    monkeypatch.setitem(sr._fts_ready, desk.url, False)
    assert [h.clause_id for h in sr.search(desk, m.id, "協力のため")] == [a]
    assert [h.clause_id for h in sr.search(desk, m.id, "flow")] == [b]


def test_terms_without_case_use_like_and_find_the_same(desk, world):
    m, decl, charter, a, b = world
    assert not sr.has_case("議題") and not sr.has_case("100%") and not sr.has_case("G7"[1:])
    assert sr.has_case("G7") and sr.has_case("Ｇ") and sr.has_case("ß")
    # documents in meeting order (decl was added first), then clause order
    both = docs.add_clause(desk, decl.id, text_en="Again the agenda.", text_ja="再び議題。")
    hits = sr.search(desk, m.id, "議題")
    assert [h.clause_id for h in hits] == [a, both]
    assert sr.search(desk, m.id, "議題", language="en") == []
    assert [h.clause_id for h in sr.search(desk, m.id, "AGENDA", language="en")] == [a, both]
    assert sr.search(desk, m.id, "agenda", language="fr") == []
    assert [h.document_name for h in sr.search(desk, m.id, "の")] == ["decl", "charter"]


def test_search_of_an_empty_meeting(desk):
    m = create_meeting(
        desk, title_en="Empty", start_date=date(2016, 4, 29), end_date=date(2016, 4, 30)
    )
    assert sr.search(desk, m.id, "agenda", history=True) == []
