# SPDX-License-Identifier: GPL-3.0-or-later
"""A document as Akoma Ntoso 3.0 XML (OASIS LegalDocML), one language per file.

FRBR identification: the work (the document, dated by its adoption or the meeting's last day),
the expression (one language, versioned by the revision label), the manifestation (this XML).
Preface: title, place and date; preamble: preambular paragraphs; main body: numbered
paragraphs with ``num`` and ``content``, sections and their lettered sub-heads as
``hcontainer`` elements, sub-paragraphs nested inside their paragraph (from a clause's
``parent_id`` / ``level`` when the snapshot carries them). Square brackets, which the
schema has no element for, are ``span class="bracket"`` with each alternative a
``span class="alternative"`` referring to the delegations that support it. An adopted
document carries its adoption as a lifecycle event and in the conclusions.

Pure: a DocumentText in, bytes out. Validated against the OASIS schema in the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from lxml import etree

from meetingdesk.formats import ExportError
from meetingdesk.formats.labels import date_text, label
from meetingdesk.snapshots import ClauseSnap, DocumentText
from meetingdesk.text import brackets

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
LANG3 = {"en": "eng", "ja": "jpn"}
_DOC_TYPES = {"declaration": ("statement", "jointDeclaration")}


def _e(parent, tag: str, text: str | None = None, **attrs: str):
    element = (
        etree.SubElement(parent, f"{{{AKN}}}{tag}")
        if parent is not None
        else etree.Element(f"{{{AKN}}}{tag}", nsmap={None: AKN})
    )
    for key, value in attrs.items():
        element.set(key, value)
    if text is not None:
        element.text = text
    return element


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "x"


def _num_id(number: str) -> str:
    """An eId fragment for a printed number: "8bis." → "8bis", "(a)" → "a", "ii." → "ii"."""
    return re.sub(r"[^0-9A-Za-z]+", "", number) or "x"


@dataclass
class _Ids:
    used: set[str] = field(default_factory=set)

    def take(self, wanted: str) -> str:
        candidate, n = wanted, 2
        while candidate in self.used:
            candidate, n = f"{wanted}_{n}", n + 1
        self.used.add(candidate)
        return candidate


def _country(text: DocumentText) -> str:
    host = next((d for d in text.delegations if d.is_host), None)
    code = (host.code if host else "").lower()
    known = {
        "jpn": "jp",
        "jp": "jp",
        "deu": "de",
        "fra": "fr",
        "ita": "it",
        "can": "ca",
        "gbr": "gb",
        "uk": "gb",
        "usa": "us",
        "us": "us",
    }
    return known.get(code, code[:2] if len(code) >= 2 else "jp")


def _work_date(text: DocumentText) -> tuple[date, str]:
    zone = ZoneInfo(text.meeting.time_zone or "UTC")
    if text.document.status == "adopted" and text.document.adopted_at:
        return text.document.adopted_at.astimezone(zone).date(), "adoption"
    if text.revision_at:
        return text.revision_at.astimezone(zone).date(), "circulation"
    return text.meeting.end_date, "meeting"


def _body(clause: ClauseSnap, lang: str) -> str:
    return clause.text_ja if lang == "ja" else clause.text_en


def write_akn(text: DocumentText, lang: str = "en", generated: date | None = None) -> bytes:
    """The document in one language as an Akoma Ntoso 3.0 XML file (UTF-8 bytes).

    ``generated`` dates the manifestation (defaults to the work date, so the same input
    gives the same bytes)."""
    if lang not in LANG3:
        raise ExportError(f"language {lang!r} is not one of en, ja (one language per file)")
    doc = text.document
    element, name = _DOC_TYPES.get(doc.kind, ("doc", _slug(doc.kind).replace("-", "_") or "doc"))
    when, event = _work_date(text)
    country = _country(text)
    short = f"{_slug(text.meeting.short_name)}-{_slug(doc.short_name)}"
    work = f"/akn/{country}/{element}/{name}/{when.isoformat()}/{short}"
    version = text.revision_label or ("adopted" if doc.status == "adopted" else "current")
    expression = f"{work}/{LANG3[lang]}@{when.isoformat()}"
    root = _e(None, "akomaNtoso")
    top = _e(root, element, name=name)
    meta = _e(top, "meta")
    ident = _e(meta, "identification", source="#secretariat")
    frbr = _e(ident, "FRBRWork")
    _e(frbr, "FRBRthis", value=f"{work}/!main")
    _e(frbr, "FRBRuri", value=work)
    _e(frbr, "FRBRdate", date=when.isoformat(), name=event)
    _e(frbr, "FRBRauthor", href="#meeting")
    _e(frbr, "FRBRcountry", value=country)
    _e(frbr, "FRBRname", value=doc.title_en)
    expr = _e(ident, "FRBRExpression")
    _e(expr, "FRBRthis", value=f"{expression}/!main")
    _e(expr, "FRBRuri", value=expression)
    _e(expr, "FRBRdate", date=when.isoformat(), name=event)
    _e(expr, "FRBRauthor", href="#secretariat")
    _e(expr, "FRBRversionNumber", value=version)
    _e(expr, "FRBRlanguage", language=LANG3[lang])
    manif = _e(ident, "FRBRManifestation")
    made = (generated or when).isoformat()
    _e(manif, "FRBRthis", value=f"{expression}/!main.xml")
    _e(manif, "FRBRuri", value=f"{expression}.akn")
    _e(manif, "FRBRdate", date=made, name="generation")
    _e(manif, "FRBRauthor", href="#secretariat")
    if doc.status == "adopted" and doc.adopted_at:
        life = _e(meta, "lifecycle", source="#secretariat")
        _e(
            life,
            "eventRef",
            date=when.isoformat(),
            eId="evt_adoption",
            source="#adoption_src",
            refersTo="#adoption",
        )
    refs = _e(meta, "references", source="#secretariat")
    if doc.status == "adopted" and doc.adopted_at:
        _e(refs, "original", eId="adoption_src", href=f"{expression}/!main", showAs=doc.title_en)
    organisation = f"/ontology/organization/{_slug(text.meeting.short_name)}"
    _e(refs, "TLCOrganization", eId="meeting", href=organisation, showAs=text.meeting.title_en)
    _e(
        refs,
        "TLCOrganization",
        eId="secretariat",
        href="/ontology/organization/secretariat",
        showAs=f"{text.meeting.host_en} (host secretariat)",
    )
    codes = _codes(text)
    for code in codes:
        delegation = next((d for d in text.delegations if d.code.upper() == code), None)
        shown = (
            (delegation.name_ja or delegation.name_en)
            if delegation and lang == "ja"
            else (delegation.name_en if delegation else code)
        )
        _e(
            refs,
            "TLCOrganization",
            eId=f"del_{_slug(code)}",
            href=f"/ontology/organization/{_slug(code)}",
            showAs=shown or code,
        )
    _e(
        refs,
        "TLCLocation",
        eId="place",
        href=f"/ontology/location/{_slug(text.meeting.city_en)}",
        showAs=text.meeting.city_en or "-",
    )
    if doc.status == "adopted" and doc.adopted_at:
        _e(refs, "TLCEvent", eId="adoption", href="/ontology/event/adoption", showAs="adoption")
    _preface(top, text, lang, when)
    ids = _Ids()
    preamble = [c for c in text.clauses if c.kind == "preambular" and _body(c, lang)]
    if preamble:
        pre = _e(top, "preamble")
        for c in preamble:
            _inline(_e(pre, "p", GUID=f"urn:uuid:{c.uuid}"), _body(c, lang), codes)
    body = _e(top, "mainBody")
    _main_body(body, [c for c in text.clauses if c.kind != "preambular"], lang, ids, codes)
    if len(body) == 0:
        _e(body, "p")
    if doc.status == "adopted" and doc.adopted_at:
        concl = _e(top, "conclusions")
        p = _e(concl, "p")
        d = _e(
            p,
            "date",
            label("adopted_on", lang, date=date_text(when, lang)),
            date=when.isoformat(),
            refersTo="#adoption",
        )
        d.tail = None
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _codes(text: DocumentText) -> list[str]:
    found: dict[str, None] = {}
    for clause in text.clauses:
        for body in (clause.text_en, clause.text_ja):
            if "{" not in body:
                continue
            try:
                tree = brackets.parse(body)
            except brackets.BracketError:
                continue
            stack = list(tree.parts)
            while stack:
                part = stack.pop()
                if isinstance(part, brackets.Bracket):
                    for alt in part.alternatives:
                        found.update(dict.fromkeys(c.upper() for c in alt.delegations))
                        stack.extend(alt.parts)
    return sorted(found)


def _preface(top, text: DocumentText, lang: str, when: date) -> None:
    doc = text.document
    preface = _e(top, "preface")
    title = doc.title_ja or doc.title_en if lang == "ja" else doc.title_en
    _e(_e(preface, "p"), "docTitle", title)
    place = _e(preface, "p")
    city = text.meeting.city_ja or text.meeting.city_en if lang == "ja" else text.meeting.city_en
    loc = _e(place, "location", city or "-", refersTo="#place")
    loc.tail = "　" if lang == "ja" else ", "
    shown = date_text(when, lang)
    _e(
        place,
        "date",
        shown,
        date=when.isoformat(),
        refersTo="#adoption" if doc.status == "adopted" and doc.adopted_at else "#place",
    )
    if text.revision_label:
        _e(_e(preface, "p"), "docStage", text.revision_label)


def _inline(p, body: str, codes: list[str]) -> None:
    """Clause markup into an inline container: brackets as spans."""
    try:
        tree = brackets.parse(body)
    except brackets.BracketError:
        p.text = body
        return
    _parts(p, tree.parts)


def _append_text(parent, value: str) -> None:
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + value
    else:
        parent.text = (parent.text or "") + value


def _parts(parent, parts) -> None:
    for part in parts:
        if isinstance(part, brackets.Text):
            _append_text(parent, part.value)
            continue
        span = _e(parent, "span")
        span.set("class", "bracket")
        span.text = "["
        for i, alt in enumerate(part.alternatives):
            if i:
                _append_text(span, " / ")
            alt_span = _e(span, "span")
            alt_span.set("class", "alternative")
            if alt.delegations:
                alt_span.set("refersTo", " ".join(f"#del_{_slug(c)}" for c in alt.delegations))
            _parts(alt_span, alt.parts)
        _append_text(span, "]")


def _level(clause: ClauseSnap) -> int:
    return int(getattr(clause, "level", 0) or 0)


def _main_body(body, clauses: list[ClauseSnap], lang: str, ids: _Ids, codes) -> None:
    """Sections open hcontainers; sub-heads nest in their section; sub-paragraphs (level > 0
    or a parent) nest in the paragraph before them."""
    section = subsection = None
    last_para = None
    by_id = {}
    for clause in clauses:
        text = _body(clause, lang)
        guid = f"urn:uuid:{clause.uuid}"
        if clause.kind == "section":
            eid = ids.take(f"sec_{_num_id(clause.number)}")
            section = _e(body, "hcontainer", name="section", eId=eid, GUID=guid)
            if clause.number:
                _e(section, "num", clause.number)
            _inline(_e(section, "heading"), text, codes)
            subsection, last_para = None, None
            continue
        if clause.kind == "subheading":
            parent = section if section is not None else body
            prefix = parent.get("eId") + "__" if parent is not body else ""
            eid = ids.take(f"{prefix}subsec_{_num_id(clause.number)}")
            subsection = _e(parent, "hcontainer", name="subsection", eId=eid, GUID=guid)
            if clause.number:
                _e(subsection, "num", clause.number)
            _inline(_e(subsection, "heading"), text, codes)
            last_para = None
            continue
        container = (
            subsection if subsection is not None else (section if section is not None else body)
        )
        if clause.kind == "heading":
            eid = ids.take("hcontainer_heading")
            h = _e(container, "hcontainer", name="heading", eId=eid, GUID=guid)
            _inline(_e(h, "heading"), text, codes)
            _e(_e(h, "content"), "p")
            continue
        parent_id = getattr(clause, "parent_id", None)
        parent = by_id.get(parent_id) if parent_id else None
        if parent is None and _level(clause) > 0:
            parent = last_para
        if parent is not None:
            _nest(parent, clause, text, ids, codes, by_id)
            continue
        eid = ids.take(f"para_{_num_id(clause.number)}" if clause.number else "para")
        para = _e(container, "paragraph", eId=eid, GUID=guid)
        if clause.number:
            _e(para, "num", clause.number)
        _inline(_e(_e(para, "content"), "p"), text, codes)
        by_id[clause.id] = para
        last_para = para


def _nest(parent, clause: ClauseSnap, text: str, ids: _Ids, codes, by_id) -> None:
    """Turn the parent's content into an intro and add this clause as a subparagraph."""
    content = parent.find(f"{{{AKN}}}content")
    if content is not None:
        content.tag = f"{{{AKN}}}intro"
    eid = ids.take(f"{parent.get('eId')}__subpara_{_num_id(clause.number)}")
    sub = _e(parent, "subparagraph", eId=eid, GUID=f"urn:uuid:{clause.uuid}")
    if clause.number:
        _e(sub, "num", clause.number)
    _inline(_e(_e(sub, "content"), "p"), text, codes)
    by_id[clause.id] = sub
