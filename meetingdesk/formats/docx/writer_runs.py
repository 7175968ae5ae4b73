# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs of clause text as OOXML: bracket markup shown, native tracked changes (w:ins/w:del
with author and date, so Word's Accept/Reject works), bookmarks naming the clause.

python-docx has no API for revisions, so these elements are built directly with lxml.
The text written is the clause's markup exactly as stored (brackets, " / ", "{US}"), only
formatted: a file read back gives the same characters, which is how a returned file is
matched against the revision it came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import oxml_parser

from meetingdesk.text import brackets

from .writer_styles import BRACKET, EAST_ASIAN_FONT, LATIN_FONT, TAG

BOOKMARK_PREFIX = "_MD"  # a leading "_" hides the bookmark in Word's list
# initials on the comments we write (open proposals): a returned file's reader skips them
OWN_COMMENT = "#MD"


@dataclass(frozen=True)
class Mark:
    """Who made a tracked change and when (shown by Word beside the change)."""

    author: str
    date: datetime | None


@dataclass
class Ids:
    """Unique w:id values for revisions and bookmarks within one file."""

    next_id: int = 1000

    def take(self) -> int:
        self.next_id += 1
        return self.next_id


def word_date(when: datetime | None) -> str:
    if when is None:
        return ""
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return when.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_makeelement = oxml_parser.makeelement


def _make(tag: str, **attrs: str):
    """A w: element made by python-docx's parser (its element classes), without OxmlElement's
    prefix parsing: runs are made by the ten thousand."""
    element = _makeelement(_W + tag)
    for key, value in attrs.items():
        element.set(_W + key, value)
    return element


def _rpr(ja: bool, *, bold: bool = False, color=None, small: bool = False, style: str = ""):
    rpr = _make("rPr")
    if style:
        rpr.append(_make("rStyle", val=style))
    if ja:
        rpr.append(
            _make(
                "rFonts",
                ascii=LATIN_FONT,
                hAnsi=LATIN_FONT,
                eastAsia=EAST_ASIAN_FONT,
                hint="eastAsia",
            )
        )
    if bold:
        rpr.append(_make("b"))
    if color is not None:
        rpr.append(_make("color", val=str(color)))
    if small:
        rpr.append(_make("sz", val="16"))
    if ja:
        rpr.append(_make("lang", eastAsia="ja-JP"))
    return rpr


def run(text: str, ja: bool, *, deleted: bool = False, **fmt):
    """A w:r holding ``text`` (w:delText inside a deletion), spaces preserved."""
    r = _make("r")
    if ja or fmt:
        r.append(_rpr(ja, **fmt))
    t = _make("delText" if deleted else "t")
    t.text = text
    t.set(_SPACE, "preserve")
    r.append(t)
    return r


def styled_runs(text: str, ja: bool, compilation: bool, *, deleted: bool = False) -> list:
    """Runs of clause markup: in a compilation the brackets and separators bold and red,
    delegation lists small and grey; elsewhere plain. The characters are the markup's own."""
    if not text:
        return []
    if not compilation or not any(ch in text for ch in "[]{}"):
        return [run(text, ja, deleted=deleted)]
    out = []
    for seg in brackets.segments(text):
        piece = text[seg.start : seg.end]
        if seg.kind in ("bracket", "separator"):
            out.append(run(piece, ja, deleted=deleted, bold=True, color=BRACKET))
        elif seg.kind == "delegations":
            out.append(run(piece, ja, deleted=deleted, small=True, color=TAG))
        else:
            out.append(run(piece, ja, deleted=deleted))
    return out


def final_text(text: str) -> str:
    """A final text's brackets shown plain, without the supporting delegations."""
    if not any(ch in text for ch in "[]{}\\"):
        return text
    tree = brackets.parse(text)  # BracketError: refused by the caller
    return _plain(tree.parts)


def _plain(parts) -> str:
    out = []
    for part in parts:
        if isinstance(part, brackets.Text):
            out.append(part.value)
        else:
            out.append("[" + " / ".join(_plain(a.parts) for a in part.alternatives) + "]")
    return "".join(out)


def tracked(kind: str, runs: Iterable, mark: Mark, ids: Ids):
    """Wrap runs in w:ins or w:del carrying the author and date."""
    wrapper = OxmlElement("w:ins" if kind == "insert" else "w:del")
    wrapper.set(qn("w:id"), str(ids.take()))
    wrapper.set(qn("w:author"), mark.author or "Secretariat")
    if mark.date is not None:
        wrapper.set(qn("w:date"), word_date(mark.date))
    for r in runs:
        wrapper.append(r)
    return wrapper


def diff_runs(ops: Sequence, ja: bool, mark: Mark, ids: Ids, compilation: bool = True) -> list:
    """Runs and revisions for a text diff (ops of kind equal / insert / delete)."""
    out = []
    for op in ops:
        if not op.text:
            continue
        if op.kind == "equal":
            out.extend(styled_runs(op.text, ja, compilation))
        elif op.kind == "insert":
            out.append(tracked("insert", styled_runs(op.text, ja, compilation), mark, ids))
        else:
            runs = styled_runs(op.text, ja, compilation, deleted=True)
            out.append(tracked("delete", runs, mark, ids))
    return out


def mark_paragraph(p_element, kind: str, mark: Mark, ids: Ids) -> None:
    """Mark the paragraph's own mark inserted or deleted (w:pPr/w:rPr/w:ins|w:del): with its
    runs tracked too, accepting or rejecting removes the whole paragraph."""
    ppr = p_element.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        # w:rPr follows everything but w:sectPr and w:pPrChange in w:pPr
        tail = [c for c in ppr if c.tag in (qn("w:sectPr"), qn("w:pPrChange"))]
        if tail:
            tail[0].addprevious(rpr)
        else:
            ppr.append(rpr)
    flag = OxmlElement("w:ins" if kind == "insert" else "w:del")
    flag.set(qn("w:id"), str(ids.take()))
    flag.set(qn("w:author"), mark.author or "Secretariat")
    if mark.date is not None:
        flag.set(qn("w:date"), word_date(mark.date))
    rpr.insert(0, flag)


def mark_row(tr_element, kind: str, mark: Mark, ids: Ids) -> None:
    """A table row inserted or deleted as a whole (w:trPr/w:ins|w:del)."""
    trpr = tr_element.find(qn("w:trPr"))
    if trpr is None:
        trpr = OxmlElement("w:trPr")
        anchor = tr_element.find(qn("w:tblPrEx"))
        if anchor is not None:
            anchor.addnext(trpr)
        else:
            tr_element.insert(0, trpr)
    flag = OxmlElement("w:ins" if kind == "insert" else "w:del")
    flag.set(qn("w:id"), str(ids.take()))
    flag.set(qn("w:author"), mark.author or "Secretariat")
    if mark.date is not None:
        flag.set(qn("w:date"), word_date(mark.date))
    trpr.append(flag)


def bookmark(p_element, name: str, ids: Ids) -> None:
    """A hidden bookmark around the paragraph's content naming its clause."""
    bid = str(ids.take())
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), bid)
    start.set(qn("w:name"), name[:40])
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), bid)
    ppr = p_element.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p_element.insert(0, start)
    p_element.append(end)


def clause_bookmark(uuid: str, lang: str) -> str:
    return f"{BOOKMARK_PREFIX}{lang}_{uuid.replace('-', '')}"
