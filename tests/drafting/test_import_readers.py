"""Reading drafts: Word files (automatic and typed numbering, headings, footnotes, a file
re-saved by LibreOffice), plain text, Markdown, clipboard HTML — and every kind of bad file."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document

from meetingdesk.formats.docx.read_checks import DraftReadError
from meetingdesk.formats.docx.read_outline import read_docx
from meetingdesk.formats.draft_text import read_draft, read_html, read_markdown, read_plain
from tests.drafting.docx_build import add_list, build_docx, number_paragraph

SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")

DECLARATION = [
    ("heading", 0, "Joint Declaration by G7 ICT Ministers"),
    ("plain", None, "Recognising that ICT drives growth;"),
    ("plain", None, "Recalling the Charter we adopt today;"),
    ("auto", 0, "We agree to act together:"),
    ("auto", 1, "to promote access;"),
    ("auto", 1, "to protect users."),
    ("auto", 2, "within our laws."),
    ("auto", 0, "We support open standards."),
    ("auto", 0, "We will meet again."),
]


def shape(outline):
    return [(line.kind, line.level, line.label, line.text) for line in outline.lines]


def test_automatic_multi_level_numbering(tmp_path: Path) -> None:
    outline = read_docx(build_docx(DECLARATION, tmp_path / "d.docx"))
    assert shape(outline) == [
        ("heading", 0, "", "Joint Declaration by G7 ICT Ministers"),
        ("preambular", 0, "", "Recognising that ICT drives growth;"),
        ("preambular", 0, "", "Recalling the Charter we adopt today;"),
        ("operative", 0, "1.", "We agree to act together:"),
        ("subparagraph", 1, "(a)", "to promote access;"),
        ("subparagraph", 1, "(b)", "to protect users."),
        ("subparagraph", 2, "(i)", "within our laws."),
        ("operative", 0, "2.", "We support open standards."),
        ("operative", 0, "3.", "We will meet again."),
    ]
    assert outline.report == ()


def test_restart_and_start_override(tmp_path: Path) -> None:
    document = Document()
    first = add_list(document)
    for text, level in [("One.", 0), ("a-one;", 1), ("a-two.", 1), ("Two.", 0), ("b-one.", 1)]:
        number_paragraph(document.add_paragraph(text), first, level)
    later = add_list(document, fmt="upperRoman", text="%1.", start=4)
    number_paragraph(document.add_paragraph("Fourth section"), later, 0)
    document.save(tmp_path / "r.docx")
    labels = [line.label for line in read_docx(tmp_path / "r.docx").lines]
    assert labels == ["1.", "(a)", "(b)", "2.", "(a)", "IV."]


def test_typed_numbers_headings_bold_and_sections(tmp_path: Path) -> None:
    lines = [
        ("heading", 1, "Charter for the Digitally Connected World"),
        ("bold", None, "Preamble"),
        ("plain", None, "We, the G7 ICT Ministers, met in Takamatsu."),
        ("plain", None, "1. We affirm the free flow of information."),
        ("plain", None, "2) We promote innovation."),
        ("plain", None, "(3) We invest in people."),
        ("plain", None, "I. Promoting access"),
        ("plain", None, "a) Infrastructure"),
        ("plain", None, "4. We build networks:"),
        ("plain", None, "(a) in cities;"),
        ("plain", None, "(b) in the country."),
    ]
    outline = read_docx(build_docx(lines, tmp_path / "t.docx"))
    assert [(line.kind, line.label) for line in outline.lines] == [
        ("heading", ""),
        ("heading", ""),
        ("preambular", ""),
        ("operative", "1."),
        ("operative", "2)"),
        ("operative", "(3)"),
        ("section", "I."),
        ("subheading", "a)"),
        ("operative", "4."),
        ("subparagraph", "(a)"),
        ("subparagraph", "(b)"),
    ]


def test_japanese_draft_with_full_width_numbers(tmp_path: Path) -> None:
    lines = [
        ("heading", 1, "G7情報通信大臣会合共同宣言"),
        ("plain", None, "我々は、ICTが成長の原動力であることを認識し、"),
        ("plain", None, "１．我々は共に行動することに合意する。"),
        ("plain", None, "（ａ）アクセスを促進すること。"),
        ("plain", None, "２．我々はオープンな標準を支持する。"),
    ]
    outline = read_docx(build_docx(lines, tmp_path / "ja.docx"))
    assert [(line.kind, line.label) for line in outline.lines] == [
        ("heading", ""),
        ("preambular", ""),
        ("operative", "1."),
        ("subparagraph", "(a)"),
        ("operative", "2."),
    ]
    assert outline.lines[2].text == "我々は共に行動することに合意する。"


def test_footnotes_become_notes_tables_reported(tmp_path: Path) -> None:
    lines = [
        ("plain", None, "1. We agree."),
        ("footnote", None, ("2. We note the study.", "OECD Digital Economy Outlook 2015.")),
        ("table", None, [("Action", "Lead"), ("Broadband", "Japan")]),
        ("plain", None, "3. We conclude."),
    ]
    outline = read_docx(build_docx(lines, tmp_path / "f.docx"))
    assert outline.lines[1].notes == ("OECD Digital Economy Outlook 2015.",)
    assert outline.count("operative") == 3
    assert any("table (2 rows)" in line for line in outline.report)
    assert "Broadband" not in " ".join(line.text for line in outline.lines)


@needs_soffice
def test_file_resaved_by_libreoffice_reads_the_same(tmp_path: Path) -> None:
    original = build_docx(DECLARATION, tmp_path / "orig.docx")
    out = tmp_path / "lo"
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "docx",
            "--outdir",
            str(out),
            str(original),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    resaved = out / "orig.docx"
    assert resaved.read_bytes() != original.read_bytes()
    assert shape(read_docx(resaved)) == shape(read_docx(original))


def test_plain_text_and_markdown() -> None:
    plain = read_plain(
        "Recalling our work;\n\n1. We agree:\n  (a) first;\n  (b) second.\n2. We end.\n"
    )
    assert [(line.kind, line.level, line.label) for line in plain.lines] == [
        ("preambular", 0, ""),
        ("operative", 0, "1."),
        ("subparagraph", 1, "(a)"),
        ("subparagraph", 1, "(b)"),
        ("operative", 0, "2."),
    ]
    md = read_markdown(
        "# Joint Declaration\n\n**Preamble**\n\nRecalling the Charter;[^1]\n\n"
        "1. We *agree*.\n2. We end.\n\n| a | b |\n\n[^1]: Adopted today.\n"
    )
    assert [(line.kind, line.text) for line in md.lines] == [
        ("heading", "Joint Declaration"),
        ("heading", "Preamble"),
        ("preambular", "Recalling the Charter;"),
        ("operative", "We agree."),
        ("operative", "We end."),
    ]
    assert md.lines[2].notes == ("Adopted today.",)
    assert md.report == ("1 table line(s) not imported",)


WORD_CLIPBOARD = (
    "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000999\r\n"
    "<html><head><style>p {margin:0}</style></head><body><!--StartFragment-->"
    "<h1>Joint Declaration</h1>"
    "<p class=MsoNormal>Recognising the role of ICT;</p>"
    "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
    "<span>1.<span>&nbsp;&nbsp;&nbsp;</span></span><![endif]>We agree:</p>"
    "<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'><![if !supportLists]>"
    "<span>(a)<span>&nbsp;</span></span><![endif]>first;</p>"
    "<p class=MsoNormal><b>Section heading</b></p>"
    "<table><tr><td>cell</td></tr></table><img src='x.png'>"
    "<!--EndFragment--></body></html>"
)


def test_clipboard_html_from_word() -> None:
    outline = read_html(WORD_CLIPBOARD)
    assert [(line.kind, line.level, line.label, line.text) for line in outline.lines] == [
        ("heading", 0, "", "Joint Declaration"),
        ("preambular", 0, "", "Recognising the role of ICT;"),
        ("operative", 0, "1.", "We agree:"),
        ("subparagraph", 1, "(a)", "first;"),
        ("heading", 0, "", "Section heading"),
    ]
    assert outline.report == ("1 table(s) not imported", "1 picture(s) not imported")


# ---------------------------------------------------------------------------------------
# Bad input: one clear message, the file untouched


def _refused(path: Path, *words: str) -> None:
    before = path.read_bytes()
    with pytest.raises(DraftReadError) as info:
        read_draft(path)
    message = str(info.value)
    assert "\n" not in message and path.name in message
    for word in words:
        assert word in message
    assert path.read_bytes() == before


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.docx").write_bytes(b"")
    _refused(tmp_path / "empty.docx", "is empty")


@needs_soffice
def test_word_97_document(tmp_path: Path) -> None:
    source = build_docx(DECLARATION, tmp_path / "old.docx")
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "doc:MS Word 97",
            "--outdir",
            str(tmp_path / "out"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    doc = tmp_path / "out" / "old.doc"
    assert doc.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    _refused(doc, "Word 97-2003", "save it as .docx")
    renamed = tmp_path / "disguised.docx"
    renamed.write_bytes(doc.read_bytes())
    _refused(renamed, "Word 97-2003")


def test_password_protected_docx(tmp_path: Path) -> None:
    # The container Word writes for a password: an OLE compound file holding the streams
    # EncryptionInfo and EncryptedPackage (names stored in UTF-16 in its directory).
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    directory = "EncryptionInfo".encode("utf-16-le") + bytes(100)
    directory += "EncryptedPackage".encode("utf-16-le") + bytes(100)
    (tmp_path / "secret.docx").write_bytes(header + directory + bytes(1024))
    _refused(tmp_path / "secret.docx", "password")


def test_corrupt_docx(tmp_path: Path) -> None:
    data = build_docx(DECLARATION, tmp_path / "good.docx").read_bytes()
    (tmp_path / "broken.docx").write_bytes(data[: len(data) // 2])
    _refused(tmp_path / "broken.docx", "damaged")
    bad_xml = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(bad_xml, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "word/document.xml":
                body = body[: len(body) // 2]
            dst.writestr(info, body)
    (tmp_path / "badxml.docx").write_bytes(bad_xml.getvalue())
    _refused(tmp_path / "badxml.docx", "damaged")


def test_zip_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b" " * (60 * 1024 * 1024))
    (tmp_path / "bomb.docx").write_bytes(bomb.getvalue())
    assert len(bomb.getvalue()) < 1024 * 1024
    _refused(tmp_path / "bomb.docx", "zip bomb")


def test_no_paragraphs(tmp_path: Path) -> None:
    build_docx([("table", None, [("only", "a table")])], tmp_path / "nothing.docx")
    _refused(tmp_path / "nothing.docx", "no paragraphs")
    (tmp_path / "blank.txt").write_text("\n   \n\u3000\n", encoding="utf-8")
    _refused(tmp_path / "blank.txt")


def test_odt_and_pages_name_the_formats_read(tmp_path: Path) -> None:
    odt = io.BytesIO()
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    (tmp_path / "draft.odt").write_bytes(odt.getvalue())
    _refused(tmp_path / "draft.odt", "OpenDocument", ".docx, plain text .txt and Markdown .md")
    pages = io.BytesIO()
    with zipfile.ZipFile(pages, "w") as z:
        z.writestr("Index/Document.iwa", b"\x00\x01")
    (tmp_path / "draft.pages").write_bytes(pages.getvalue())
    _refused(tmp_path / "draft.pages", "Apple Pages")
    (tmp_path / "misnamed.docx").write_bytes(odt.getvalue())
    _refused(tmp_path / "misnamed.docx", "OpenDocument")


def test_japanese_text_file_in_shift_jis(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes("前文の段落。\n１．我々は合意する。\n２．我々は求める。\n".encode("cp932"))
    outline = read_draft(path)
    assert [line.label for line in outline.lines] == ["", "1.", "2."]
    assert outline.lines[1].text == "我々は合意する。"


def test_docx_encrypted_by_a_real_password(tmp_path: Path) -> None:
    msoffcrypto = pytest.importorskip("msoffcrypto", reason="msoffcrypto-tool not installed")
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = build_docx(DECLARATION, tmp_path / "plain.docx")
    out = io.BytesIO()
    with plain.open("rb") as fh:
        OOXMLFile(fh).encrypt("secret", out)
    assert msoffcrypto.OfficeFile(io.BytesIO(out.getvalue())).is_encrypted()
    (tmp_path / "locked.docx").write_bytes(out.getvalue())
    _refused(tmp_path / "locked.docx", "password")
