# SPDX-License-Identifier: GPL-3.0-or-later
"""A Word draft in: its paragraphs, their numbers, styles, bold lines and footnotes.

python-docx opens the package and parses the parts; the body is then walked as XML because
python-docx has no notion of a paragraph's computed number, of footnotes or of content in
tracked insertions. What this module finds goes to ``text.outline.build_outline`` as
``SourceParagraph`` values; tables, pictures and text boxes are reported, not imported.

Tracked changes are read as accepted (insertions kept, deletions dropped): a draft arrives
as the text its sender sees with changes accepted.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from meetingdesk.text.draft_outline import Outline, SourceParagraph, build_outline
from meetingdesk.text.problems import Problem

from .numbering import NumberingCounter, read_numbering
from .read_checks import DraftReadError, open_docx_zip

__all__ = ["read_docx", "read_docx_paragraphs"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _on(el) -> bool:
    """A toggle property such as <w:b/> or <w:b w:val="false"/>."""
    if el is None:
        return False
    return el.get(_q("val"), "true") not in ("0", "false", "off", "none")


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    num_id: str | None
    ilvl: int | None
    bold: bool | None


def read_docx(source: Path | bytes, name: str | None = None) -> Outline:
    """The outline of a .docx file (path or bytes); DraftReadError when it cannot be read."""
    paragraphs, report = read_docx_paragraphs(source, name)
    if not any(p.text.strip() for p in paragraphs):
        label = name or (source.name if isinstance(source, Path) else "the file")
        raise DraftReadError(
            f"{label} has no paragraphs of text; nothing to import",
            code="draft_no_paragraphs",
            file=label,
        )
    return build_outline(paragraphs, report)


def read_docx_paragraphs(
    source: Path | bytes, name: str | None = None
) -> tuple[list[SourceParagraph], list[str]]:
    """Every body paragraph as found, and the report of what was left out."""
    if isinstance(source, Path):
        name = name or source.name
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise DraftReadError(
                f"{name} cannot be read: {exc.strerror or exc}",
                code="draft_not_readable",
                file=name,
                detail=str(exc.strerror or exc),
            ) from exc
    else:
        data = source
        name = name or "the file"
    open_docx_zip(data, name).close()
    import docx  # python-docx: loaded only when a Word file is read
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, SyntaxError) as exc:
        raise DraftReadError(
            f"{name} is damaged ({exc}); it cannot be read",
            code="draft_damaged",
            file=name,
            detail=str(exc),
        ) from exc
    except Exception as exc:  # lxml's XMLSyntaxError and relatives: a broken part
        raise DraftReadError(
            f"{name} is damaged ({type(exc).__name__}); it cannot be read",
            code="draft_damaged",
            file=name,
            detail=type(exc).__name__,
        ) from exc
    return _Walker(document).walk()


class _Walker:
    def __init__(self, document) -> None:
        part = document.part
        try:
            numbering_root = part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering_root = None
        self.counter = NumberingCounter(read_numbering(numbering_root))
        self.styles = _read_styles(part)
        self.default_style = next(
            (sid for sid, s in self.styles.items() if s.name.lower() == "normal"), None
        )
        self.footnotes = _read_footnotes(part)
        self.body = document.element.body
        self.report: list[str] = []
        self.paragraphs: list[SourceParagraph] = []

    def walk(self) -> tuple[list[SourceParagraph], list[str]]:
        self._walk(self.body)
        return self.paragraphs, self.report

    def _walk(self, container) -> None:
        for child in container.iterchildren():
            if child.tag == _q("p"):
                self._paragraph(child)
            elif child.tag == _q("tbl"):
                rows = len(child.findall(_q("tr")))
                self.report.append(
                    Problem(
                        f"a table ({rows} rows) after paragraph {len(self.paragraphs)} was not "
                        "imported",
                        "table_after_paragraph_left_out",
                        count=rows,
                        paragraph=len(self.paragraphs),
                    )
                )
            elif child.tag == _q("sdt"):
                content = child.find(_q("sdtContent"))
                if content is not None:
                    self._walk(content)
            elif child.tag in (_q("ins"), _q("customXml"), _q("smartTag")):
                self._walk(child)

    def _style_chain(self, style_id: str | None):
        seen = set()
        sid = style_id or self.default_style
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            yield self.styles[sid]
            sid = self.styles[sid].based_on

    def _paragraph(self, p) -> None:
        where = f"paragraph {len(self.paragraphs) + 1}"
        ppr = p.find(_q("pPr"))
        style_id = None
        num_id = ilvl = None
        outline = None
        if ppr is not None:
            ps = ppr.find(_q("pStyle"))
            style_id = ps.get(_q("val")) if ps is not None else None
            numpr = ppr.find(_q("numPr"))
            if numpr is not None:
                n = numpr.find(_q("numId"))
                lv = numpr.find(_q("ilvl"))
                num_id = n.get(_q("val")) if n is not None else None
                ilvl = int(lv.get(_q("val"), "0")) if lv is not None else None
            ol = ppr.find(_q("outlineLvl"))
            if ol is not None and ol.get(_q("val"), "9").isdigit():
                outline = int(ol.get(_q("val")))
        chain = list(self._style_chain(style_id))
        heading_level = None
        for style in chain:
            lname = style.name.lower()
            if lname.startswith("heading ") and lname[8:].strip().isdigit():
                heading_level = int(lname[8:])
                break
            if lname in ("title", "subtitle"):
                heading_level = 1
                break
            if outline is None and style.outline is not None:
                outline = style.outline
            if num_id is None and style.num_id is not None:
                num_id = style.num_id
                if ilvl is None:
                    ilvl = style.ilvl
        if heading_level is None and outline is not None and outline < 9:
            heading_level = outline + 1
        style_bold = next((s.bold for s in chain if s.bold is not None), False)
        text, bold, notes = self._runs(p, style_bold, where)
        label = ""
        if num_id is not None and text.strip():
            label = self.counter.label(num_id, ilvl or 0) or ""
        elif num_id is not None:
            self.counter.label(num_id, ilvl or 0)  # an empty numbered line still counts
        self.paragraphs.append(
            SourceParagraph(
                text=text,
                label=label,
                heading_level=heading_level,
                bold=bold,
                list_level=ilvl if num_id not in (None, "0") else None,
                notes=tuple(notes),
                where=where,
            )
        )

    def _runs(self, p, style_bold: bool, where: str) -> tuple[str, bool, list[str]]:
        parts: list[str] = []
        notes: list[str] = []
        all_bold = True
        any_text = False
        pictures = 0
        for el in p.iter():
            tag = el.tag
            if tag == _q("t"):
                if _inside(el, (_q("txbxContent"), _q("del"))):
                    continue
                parts.append(el.text or "")
                if (el.text or "").strip():
                    any_text = True
                    if not _run_bold(el.getparent(), style_bold):
                        all_bold = False
            elif tag in (_q("tab"), _q("br"), _q("cr")) and not _inside(el, (_q("pPr"),)):
                parts.append(" ")
            elif tag == _q("noBreakHyphen"):
                parts.append("-")
            elif tag == _q("footnoteReference"):
                text = self.footnotes.get(el.get(_q("id"), ""))
                if text:
                    notes.append(text)
            elif tag in (_q("drawing"), _q("pict"), _q("object")):
                pictures += 1
        if pictures:
            self.report.append(
                Problem(
                    f"{where}: {pictures} picture(s) or text box(es) not imported",
                    "pictures_in_paragraph_left_out",
                    place=where,
                    count=pictures,
                )
            )
        return "".join(parts), any_text and all_bold, notes


def _inside(el, tags: tuple[str, ...]) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _run_bold(run, style_bold: bool) -> bool:
    if run is None or run.tag != _q("r"):
        return style_bold
    rpr = run.find(_q("rPr"))
    if rpr is not None and rpr.find(_q("b")) is not None:
        return _on(rpr.find(_q("b")))
    return style_bold


def _read_styles(part) -> dict[str, _Style]:
    try:
        root = part.styles.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    styles: dict[str, _Style] = {}
    for st in root.findall(_q("style")):
        sid = st.get(_q("styleId"))
        if not sid:
            continue
        name_el = st.find(_q("name"))
        based = st.find(_q("basedOn"))
        ppr = st.find(_q("pPr"))
        rpr = st.find(_q("rPr"))
        outline = num_id = ilvl = None
        if ppr is not None:
            ol = ppr.find(_q("outlineLvl"))
            if ol is not None and (ol.get(_q("val")) or "").isdigit():
                outline = int(ol.get(_q("val")))
            numpr = ppr.find(_q("numPr"))
            if numpr is not None:
                n = numpr.find(_q("numId"))
                lv = numpr.find(_q("ilvl"))
                num_id = n.get(_q("val")) if n is not None else None
                ilvl = int(lv.get(_q("val"), "0")) if lv is not None else None
        bold = None
        if rpr is not None and rpr.find(_q("b")) is not None:
            bold = _on(rpr.find(_q("b")))
        styles[sid] = _Style(
            name=name_el.get(_q("val"), sid) if name_el is not None else sid,
            based_on=based.get(_q("val")) if based is not None else None,
            outline=outline,
            num_id=num_id,
            ilvl=ilvl,
            bold=bold,
        )
    return styles


def _read_footnotes(part) -> dict[str, str]:
    from docx.oxml.parser import parse_xml  # python-docx's parser: no entities, no network

    for rel in part.rels.values():
        if rel.reltype == RT_FOOTNOTES and not rel.is_external:
            root = parse_xml(rel.target_part.blob)
            notes: dict[str, str] = {}
            for fn in root.findall(_q("footnote")):
                if fn.get(_q("type")) in ("separator", "continuationSeparator"):
                    continue
                text = " ".join(
                    "".join(t.text or "" for t in para.iter(_q("t"))).strip()
                    for para in fn.iter(_q("p"))
                ).strip()
                notes[fn.get(_q("id"), "")] = text
            return notes
    return {}
