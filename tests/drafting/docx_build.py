"""Word drafts built for the tests with python-docx, numbering.xml parts written by hand.

``build_docx(lines, path)`` takes lines such as ("auto", 0, "We recognise …") — paragraphs
numbered by Word's automatic numbering at level 0/1/2 of one multi-level list — or
("plain", None, "1. typed"), ("heading", 1, "Title"), ("bold", None, "Sub-head"),
("footnote", None, (text, note)), ("table", None, rows).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

MULTI_LEVEL = (
    "<w:abstractNum {ns} w:abstractNumId='{aid}'>"
    "<w:multiLevelType w:val='multilevel'/>"
    "<w:lvl w:ilvl='0'><w:start w:val='1'/><w:numFmt w:val='{f0}'/>"
    "<w:lvlText w:val='{t0}'/></w:lvl>"
    "<w:lvl w:ilvl='1'><w:start w:val='1'/><w:numFmt w:val='lowerLetter'/>"
    "<w:lvlText w:val='(%2)'/></w:lvl>"
    "<w:lvl w:ilvl='2'><w:start w:val='1'/><w:numFmt w:val='lowerRoman'/>"
    "<w:lvlText w:val='(%3)'/></w:lvl>"
    "</w:abstractNum>"
)


def add_list(document, *, fmt: str = "decimal", text: str = "%1.", start: int | None = None) -> str:
    """A new multi-level list definition and one num instance; returns its numId."""
    numbering = document.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids, default=0) + 1
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nids, default=0) + 1
    absn = parse_xml(MULTI_LEVEL.format(ns=nsdecls("w"), aid=aid, f0=fmt, t0=text))
    # abstractNum elements must precede num elements in numbering.xml
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    override = ""
    if start is not None:
        override = f"<w:lvlOverride w:ilvl='0'><w:startOverride w:val='{start}'/></w:lvlOverride>"
    numbering.append(
        parse_xml(
            f"<w:num {nsdecls('w')} w:numId='{nid}'><w:abstractNumId w:val='{aid}'/>"
            f"{override}</w:num>"
        )
    )
    return str(nid)


def number_paragraph(paragraph, num_id: str, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f"<w:numPr {nsdecls('w')}><w:ilvl w:val='{level}'/>"
            f"<w:numId w:val='{num_id}'/></w:numPr>"
        )
    )


def add_footnote(document, paragraph, note: str) -> None:
    """A real footnotes part with one note, referenced from the paragraph's last run."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part = document.part
    existing = [r for r in part.rels.values() if r.reltype == RT.FOOTNOTES]
    if existing:
        fpart = existing[0].target_part
        root = parse_xml(fpart.blob)
    else:
        root = parse_xml(
            f"<w:footnotes {nsdecls('w')}>"
            "<w:footnote w:type='separator' w:id='-1'><w:p><w:r><w:separator/></w:r></w:p>"
            "</w:footnote></w:footnotes>"
        )
        fpart = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            b"",
            part.package,
        )
        part.relate_to(fpart, RT.FOOTNOTES)
    fid = len(root.findall(qn("w:footnote")))
    root.append(
        parse_xml(
            f"<w:footnote {nsdecls('w')} w:id='{fid}'><w:p><w:r><w:t>{note}</w:t></w:r></w:p>"
            "</w:footnote>"
        )
    )
    from lxml import etree

    fpart._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    run = paragraph.add_run()
    run._r.append(parse_xml(f"<w:footnoteReference {nsdecls('w')} w:id='{fid}'/>"))


def build_docx(lines, path: Path) -> Path:
    document = Document()
    num_id = None
    for kind, level, text in lines:
        if kind == "auto":
            if num_id is None:
                num_id = add_list(document)
            p = document.add_paragraph(text)
            number_paragraph(p, num_id, level)
        elif kind == "heading":
            document.add_heading(text, level=level)
        elif kind == "bold":
            p = document.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "footnote":
            body, note = text
            p = document.add_paragraph(body)
            add_footnote(document, p, note)
        elif kind == "table":
            table = document.add_table(rows=len(text), cols=2)
            for r, row in enumerate(text):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            document.add_paragraph(text)
    document.save(path)
    return path
