"""Reading registration tables (formats/tabular): encodings, workbooks, column mapping,
delegation matching. No database."""

from __future__ import annotations

from datetime import datetime

import pytest

from meetingdesk.formats.tabular import TableError, read_table, resolve_mapping
from meetingdesk.formats.tabular.registration import (
    PARTICIPANT_REQUIRED,
    PARTICIPANT_SPECS,
    DelegationMatcher,
    Party,
    country_code,
    suggest_reading,
)

from .registration_files import (
    INDICO_HEADER,
    JA_HEADER,
    JA_ROWS,
    resave_with_libreoffice,
    write_csv,
    write_xlsx,
)


def mapping(header, **kw):
    return resolve_mapping(header, PARTICIPANT_SPECS, required=PARTICIPANT_REQUIRED, **kw)


@pytest.mark.parametrize(
    ("encoding", "label"),
    [
        ("utf-8", "UTF-8"),
        ("utf-8-sig", "UTF-8 (BOM)"),
        ("cp932", "Shift_JIS (cp932)"),
        ("utf-16", "UTF-16"),
    ],
)
def test_japanese_csv_in_every_usual_encoding(tmp_path, encoding, label):
    path = write_csv(tmp_path / "list.csv", JA_HEADER, JA_ROWS, encoding)
    table = read_table(path)
    assert table.encoding == label
    assert table.header == JA_HEADER
    assert [cells for _, cells in table.rows] == [tuple(r) for r in JA_ROWS]
    assert [n for n, _ in table.rows] == [2, 3]


def test_mixed_encodings_refused_with_both_lines(tmp_path):
    path = tmp_path / "mixed.csv"
    data = "姓,名\n山田,太郎\n".encode() + "佐藤,花子\n".encode("cp932")
    path.write_bytes(data)
    with pytest.raises(TableError) as info:
        read_table(path)
    message = str(info.value)
    assert "mixes text encodings" in message and "line 1" in message and "line 3" in message
    assert path.read_bytes() == data


def test_semicolon_and_tab_separated(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Last Name;First Name\nMartin;Anne\n", encoding="utf-8")
    assert read_table(path).rows == [(2, ("Martin", "Anne"))]
    path.write_text("Last Name\tFirst Name\nMartin\tAnne\n", encoding="utf-8")
    assert read_table(path).rows == [(2, ("Martin", "Anne"))]


def test_bad_files(tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really")
    for name, words in (
        ("empty.csv", "empty"),
        ("old.xls", "save the sheet as .xlsx"),
        ("broken.xlsx", "not a readable XLSX"),
    ):
        with pytest.raises(TableError, match=words):
            read_table(tmp_path / name)
    with pytest.raises(TableError, match="folder"):
        read_table(tmp_path)


def test_xlsx_resaved_by_libreoffice_and_ods(tmp_path):
    source = write_xlsx(
        tmp_path / "list.xlsx",
        JA_HEADER,
        [(*r[:7], datetime(2016, 4, 28, 15, 0), r[8]) for r in JA_ROWS],
    )
    for fmt in ("xlsx", "ods"):
        resaved = resave_with_libreoffice(source, fmt, tmp_path)
        table = read_table(resaved)
        assert table.kind == fmt
        assert table.header == JA_HEADER
        assert len(table.rows) == 2
        first = table.rows[0][1]
        assert first[0] == "山田" and first[2] == "やまだ　たろう"
        assert first[7] == datetime(2016, 4, 28, 15, 0)


def test_xlsx_with_a_stale_dimension_is_read_whole(tmp_path):
    import zipfile

    source = write_xlsx(tmp_path / "a.xlsx", ("Last Name",), [(f"N{i}",) for i in range(30)])
    stale = tmp_path / "stale.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(stale, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                data = data.replace(b'<dimension ref="A1:A31"/>', b'<dimension ref="A1:A3"/>')
                assert b'ref="A1:A3"' in data
            zout.writestr(item, data)
    assert len(read_table(stale).rows) == 30


def test_indico_headers_map_and_extra_columns_need_a_decision():
    strict = mapping(INDICO_HEADER)
    assert not strict.ok
    assert "“ID”" in strict.problems[0] and "“Registration date”" in strict.problems[0]
    relaxed = mapping(INDICO_HEADER, ignore_unknown=True)
    assert relaxed.ok, relaxed.problems
    assert relaxed.unknown == ("ID", "Registration date", "Registration state")
    got = dict(zip(INDICO_HEADER, relaxed.fields, strict=True))
    assert got["Last Name"] == "family_name" and got["First Name"] == "given_name"
    assert got["Email Address"] == "email" and got["Affiliation"] == "affiliation"
    assert got["Country"] == "country" and got["Title"] == "honorific"
    assert got["ID"] == ""


def test_japanese_headers_map():
    m = mapping(JA_HEADER)
    assert m.ok, m.problems
    assert m.fields == (
        "family_name_ja",
        "given_name_ja",
        "reading_ja",
        "country",
        "affiliation",
        "position_ja",
        "email",
        "arrival",
        "departure",
    )
    # Full-width and spaced spellings are the same header.
    assert mapping(("ＬＡＳＴ　ＮＡＭＥ", "e_mail", "Country")).fields == (
        "family_name",
        "email",
        "country",
    )


def test_chosen_mapping_and_its_mistakes():
    header = ("Nom de famille", "Courriel", "Pays", "Notes")
    m = mapping(header, chosen={"family_name": "Nom de famille", "ignore": "Notes"})
    assert m.ok, m.problems
    assert m.how == ("chosen", "alias", "alias", "chosen")
    twice = mapping(("Last Name", "Surname", "Country"))
    assert any("two columns give family_name" in p for p in twice.problems)
    missing = mapping(("Email", "Country"))
    assert any("family_name or family_name_ja" in p for p in missing.problems)
    wrong = mapping(header, chosen={"family": "Nom de famille", "email": "Mail"})
    assert any("unknown field 'family'" in p for p in wrong.problems)
    assert any("no column 'Mail'" in p for p in wrong.problems)
    by_letter = mapping(header, chosen={"family_name": "A", "ignore": "4"})
    assert by_letter.fields[0] == "family_name" and by_letter.fields[3] == ""


def test_remembered_layout_is_used():
    header = ("Nom de famille", "Pays", "Notes")
    m = mapping(header, remembered={"Nom de famille": "family_name", "Notes": ""})
    assert m.ok and m.how == ("remembered", "alias", "remembered")


G7 = [
    Party("JPN", "member", ("Japan", "Japon", "日本")),
    Party("FRA", "member", ("France", "France", "フランス")),
    Party("DEU", "member", ("Germany", "Allemagne", "ドイツ")),
    Party("EU", "member", ("European Union", "Union européenne", "欧州連合")),
    Party("OECD", "organisation", ("OECD", "OCDE", "経済協力開発機構")),
    Party("ITU", "organisation", ("International Telecommunication Union", "UIT")),
]


@pytest.mark.parametrize(
    ("delegation", "affiliation", "country", "code", "how"),
    [
        ("", "OECD", "France", "OECD", "affiliation"),
        (
            "",
            "OECD Directorate for Science, Technology and Innovation",
            "France",
            "OECD",
            "affiliation",
        ),
        ("", "European Commission, DG CONNECT", "Belgium", "EU", "affiliation"),
        ("", "経済協力開発機構", "フランス", "OECD", "affiliation"),
        ("", "Ministère de l'Économie", "France", "FRA", "country"),
        ("", "総務省", "日本", "JPN", "country"),
        ("", "", "Allemagne", "DEU", "country"),
        ("", "", "DE", "DEU", "country"),
        ("", "", "DEU", "DEU", "country"),
        ("JP", "OECD", "France", "JPN", "delegation"),
        ("Japon", "", "", "JPN", "delegation"),
    ],
)
def test_delegation_matching(delegation, affiliation, country, code, how):
    got = DelegationMatcher(G7).match(delegation, affiliation, country)
    assert (got.code, got.how) == (code, how), got.problem


@pytest.mark.parametrize(
    ("affiliation", "country", "words"),
    [
        ("Permanent Delegation of France to the OECD", "France", "ambiguous"),
        ("Embassy of France in Japan", "Japan", "ambiguous"),
        ("", "Brazil", "(BRA) has no delegation"),
        ("", "Narnia", "not a known country"),
        ("", "", "no delegation, country or affiliation"),
    ],
)
def test_delegation_matching_refuses_to_guess(affiliation, country, words):
    got = DelegationMatcher(G7).match("", affiliation, country)
    assert got.code is None and words in got.problem


def test_country_names_and_readings():
    assert country_code("Royaume-Uni") == "GBR"
    assert country_code("イギリス") == "GBR"
    assert country_code("United States") == "USA"
    assert country_code("Atlantis") is None
    assert suggest_reading("山田", "太郎") == "やまだ たろう"
    assert suggest_reading("Martin") == ""


def test_xlsx_phonetic_runs_and_date_styles(tmp_path):
    """Japanese Excel keeps furigana in <rPh> beside a name: not part of the value."""
    import zipfile

    source = write_xlsx(
        tmp_path / "a.xlsx", ("姓", "到着日時"), [("山田", datetime(2016, 4, 28, 15, 0))]
    )
    patched = tmp_path / "furigana.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(patched, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/sharedStrings.xml":
                data = data.replace(
                    "<t>山田</t>".encode(),
                    '<t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh>'.encode(),
                )
                assert "ヤマダ".encode() in data
            zout.writestr(item, data)
    table = read_table(patched)
    assert table.rows == [(2, ("山田", datetime(2016, 4, 28, 15, 0)))]
