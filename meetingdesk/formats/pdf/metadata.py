# SPDX-License-Identifier: GPL-3.0-or-later
"""Document-level metadata: the Info dictionary's dates, an XMP packet, the language and the
viewer preference that shows the title instead of the file name.

The creation date is the frozen text's time (a revision's freeze, an adoption), never the
clock: the same revision exported twice gives the same bytes, and the date a reader sees is
the one the text carries. ReportLab has no XMP writer; the packet is a small fixed template
filled with escaped values (no timestamp of its own, no random instance id), added to the
catalogue as an uncompressed /Metadata stream as PDF 1.4 §10.2.2 asks.

What ReportLab can and cannot do for PDF/UA (ISO 14289-1), as this module stands:
- /Lang in the catalogue: yes (set from the export's language);
- DisplayDocTitle and a dc:title in XMP: yes;
- reading order: the content stream follows the story (columns of a parallel text are drawn
  English first, then Japanese, row by row), which is the order text extraction reads;
- alternative text: the follow-up chart is wrapped in a /Span with /Alt (marked content);
- a tagged structure tree (/StructTreeRoot, /MarkInfo /Marked true, tagged headings, tables,
  lists): no — ReportLab writes no structure, so the files are not PDF/UA and do not say so.
"""

from __future__ import annotations

from datetime import UTC, datetime
from xml.sax.saxutils import escape

XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag>{languages}</rdf:Bag></dc:language>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
<xmp:MetadataDate>{date}</xmp:MetadataDate>
<xmp:CreatorTool>MeetingDesk</xmp:CreatorTool>
<pdf:Keywords>{keywords}</pdf:Keywords>
<pdf:Producer>{producer}</pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>"""

FIXED = datetime(2000, 1, 1, tzinfo=UTC)  # ReportLab's invariant date, when no time is known


class _Stamp:
    """Stands in for reportlab.lib.utils.TimeStamp: a given aware time instead of the clock."""

    def __init__(self, when: datetime) -> None:
        offset = when.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset else 0
        self.t = when.timestamp()
        self.lt = when.timetuple()
        self.YMDhms = tuple(self.lt)[:6]  # noqa: N815 — ReportLab's attribute name
        hours = abs(minutes) // 60
        self.dhh = hours if minutes >= 0 else -hours
        self.dmm = abs(minutes) % 60
        self.tzname = when.tzname() or "UTC"


def languages(lang: str) -> tuple[str, ...]:
    return ("en", "ja") if lang == "both" else (lang,)


def xmp_packet(settings, when: datetime, producer: str = "") -> bytes:
    langs = "".join(f"<rdf:li>{code}</rdf:li>" for code in languages(settings.lang))
    text = XMP.format(
        title=escape(settings.title),
        author=escape(settings.author),
        subject=escape(settings.subject),
        languages=langs,
        date=when.isoformat(timespec="seconds"),
        keywords=escape(", ".join(settings.keywords)),
        producer=escape(producer),
    )
    return text.encode("utf-8")


def describe(canv, settings) -> None:
    """Set dates, XMP, /Lang and DisplayDocTitle on a fresh canvas."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream, PDFString

    when = settings.created or FIXED
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    canv._doc._timeStamp = _Stamp(when)
    canv.setViewerPreference("DisplayDocTitle", "true")
    catalog = canv._doc.Catalog
    catalog.Lang = PDFString("ja" if settings.lang == "ja" else "en")
    head = PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")})
    stream = PDFStream(
        head, content=xmp_packet(settings, when, canv._doc.info.producer), filters=[]
    )
    catalog.Metadata = canv._doc.Reference(stream)
