# SPDX-License-Identifier: GPL-3.0-or-later
"""Page size, fonts and the named paragraph styles of every Word file we write.

Delegations edit these files in Word: each kind of clause has its own style (a drafter can
restyle all operative paragraphs at once, and our reader recognises clause paragraphs by
style). Latin text uses Times New Roman; Japanese runs the East Asian font slot (w:eastAsia,
MS Mincho, present wherever Office is; LibreOffice substitutes its own Mincho).
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

LATIN_FONT = "Times New Roman"
EAST_ASIAN_FONT = "MS Mincho"

# (width, height) in twips
PAPER = {"a4": (11906, 16838), "letter": (12240, 15840)}

# clause kind -> style name (the reader maps back with CLAUSE_STYLES)
KIND_STYLE = {
    "heading": "Clause Heading",
    "section": "Section Heading",
    "subheading": "Subheading",
    "preambular": "Preambular Paragraph",
    "operative": "Operative Paragraph",
    "subparagraph": "Sub-paragraph",
    "sub_paragraph": "Sub-paragraph",
    "action": "Action",
}
CLAUSE_STYLES = frozenset(KIND_STYLE.values())
TITLE, SUBTITLE, LEGEND, NOTE = "Document Title", "Document Subtitle", "Legend", "Proposal Note"
# a character style for the "[ad ref (US)]" / "[agreed]" marks before a clause: not clause
# text, so the reader of a returned file leaves runs in it out
STATUS_STYLE, STATUS_STYLE_ID = "Clause Status", "ClauseStatus"

BRACKET = RGBColor(0x8A, 0x1C, 0x1C)
TAG = RGBColor(0x55, 0x55, 0x55)
MARK = RGBColor(0x6A, 0x3D, 0x9A)


def set_fonts(rpr_owner, east_asian: bool = False) -> None:
    """Latin and East Asian fonts (and languages) on a style's or run's w:rPr."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("ascii", "hAnsi", "cs"):
        fonts.set(qn(f"w:{attr}"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    if east_asian:
        fonts.set(qn("w:hint"), "eastAsia")


def _set_lang(style) -> None:
    rpr = style.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-GB")
    lang.set(qn("w:eastAsia"), "ja-JP")


def setup(document, paper: str, track_changes: bool = False) -> None:
    """Page size and margins, the base font, every named style; Track Changes switched on
    in a file we send out for comments, so a delegation's edits come back as revisions."""
    width, height = PAPER[paper]
    for section in document.sections:
        section.page_width = width * 635  # twips to EMU
        section.page_height = height * 635
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.5)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(11)
    set_fonts(normal.element)
    _set_lang(normal)
    normal.paragraph_format.space_after = Pt(6)

    def add(
        name: str,
        *,
        size: float = 11,
        bold: bool = False,
        center: bool = False,
        italic: bool = False,
        after: float = 6,
        before: float = 0,
        indent: float = 0,
    ):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        fmt = style.paragraph_format
        fmt.space_after = Pt(after)
        fmt.space_before = Pt(before)
        if center:
            fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            fmt.left_indent = Cm(indent)
        set_fonts(style.element)
        return style

    add(TITLE, size=16, bold=True, center=True, after=4)
    add(SUBTITLE, size=11, center=True, after=2)
    add(LEGEND, size=9, after=2)
    add(NOTE, size=9.5, italic=True, indent=2.0, after=4)
    add("Clause Heading", size=12, bold=True, center=True, before=6)
    add("Section Heading", size=11.5, bold=True, before=8).paragraph_format.keep_with_next = True
    add("Subheading", size=11, bold=True, before=4).paragraph_format.keep_with_next = True
    add("Preambular Paragraph")
    add("Operative Paragraph")
    add("Sub-paragraph")
    add("Action")
    status = styles.add_style(STATUS_STYLE, WD_STYLE_TYPE.CHARACTER)
    status.font.bold = True
    status.font.size = Pt(8.5)
    status.font.color.rgb = MARK
    if track_changes:
        settings = document.settings.element
        if settings.find(qn("w:trackRevisions")) is None:
            # w:trackRevisions comes early in CT_Settings; after w:zoom/w:view if present
            anchor = 0
            for i, child in enumerate(settings):
                if child.tag in (
                    qn("w:writeProtection"),
                    qn("w:view"),
                    qn("w:zoom"),
                    qn("w:removePersonalInformation"),
                    qn("w:removeDateAndTime"),
                    qn("w:doNotDisplayPageBoundaries"),
                    qn("w:displayBackgroundShape"),
                    qn("w:printPostScriptOverText"),
                    qn("w:printFractionalCharacterWidth"),
                    qn("w:printFormsData"),
                    qn("w:embedTrueTypeFonts"),
                    qn("w:embedSystemFonts"),
                    qn("w:saveSubsetFonts"),
                    qn("w:saveFormsData"),
                    qn("w:mirrorMargins"),
                    qn("w:alignBordersAndEdges"),
                    qn("w:bordersDoNotSurroundHeader"),
                    qn("w:bordersDoNotSurroundFooter"),
                    qn("w:gutterAtTop"),
                    qn("w:hideSpellingErrors"),
                    qn("w:hideGrammaticalErrors"),
                    qn("w:activeWritingStyle"),
                    qn("w:proofState"),
                    qn("w:formsDesign"),
                    qn("w:attachedTemplate"),
                    qn("w:linkStyles"),
                    qn("w:stylePaneFormatFilter"),
                    qn("w:stylePaneSortMethod"),
                    qn("w:documentType"),
                    qn("w:mailMerge"),
                    qn("w:revisionView"),
                ):
                    anchor = i + 1
            settings.insert(anchor, OxmlElement("w:trackRevisions"))
