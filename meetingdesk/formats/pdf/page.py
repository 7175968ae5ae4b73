# SPDX-License-Identifier: GPL-3.0-or-later
"""Page furniture and the one function that writes a PDF.

Header (meeting, document, revision, time), footer ("Page X of Y" / "X / Y ページ", the
adopted text's SHA-256), DRAFT / 草案 watermark, confidentiality marking, metadata, outline.
The page count is known only at the end, so the canvas keeps each finished page and draws the
numbers when it saves (one pass, no second layout). Bookmarks are made at that moment too:
a destination names the page being written, so an outline entry made while pages are still
held back would point to page 1. Section markers record (title, level, height) on the page
they land on, the contents page records where its numbers go, and save() resolves both.

The file is built in a temporary file beside the target and moved over it only when complete:
a failed or cancelled export leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from meetingdesk.formats import ExportCancelled, ExportError
from meetingdesk.formats.files import write_atomically
from meetingdesk.formats.labels import both, label

from . import fonts
from .metadata import describe
from .styles import DELETED, MUTED, RULE

MM = 72 / 25.4
SAFE = 10 * MM  # nothing is printed nearer the paper's edge than this
PAPERS = {"a4": (210 * MM, 297 * MM), "letter": (612.0, 792.0)}

_build_lock = threading.Lock()


@dataclass
class PageState:
    """What the furniture prints on the current page; Section markers change it."""

    meeting_en: str = ""
    meeting_ja: str = ""
    document_en: str = ""
    document_ja: str = ""
    revision: str = ""
    when: str = ""
    draft: bool = False
    fingerprint: str = ""
    furniture: bool = True
    audit_head: str = ""  # printed small at the bottom left: the signed audit head


@dataclass(frozen=True)
class PdfSettings:
    lang: str = "both"
    paper: str = "a4"
    landscape: bool = False
    confidential: str = ""
    title: str = ""
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    margins_mm: tuple[float, float, float, float] = (24, 18, 20, 18)  # top, right, bottom, left
    created: datetime | None = None  # the frozen text's time (aware); None: ReportLab's fixed date

    @property
    def pagesize(self) -> tuple[float, float]:
        if self.paper not in PAPERS:
            raise ExportError(f"paper {self.paper!r} is not one of {', '.join(PAPERS)}")
        w, h = PAPERS[self.paper]
        return (h, w) if self.landscape else (w, h)


@dataclass
class BuildResult:
    pages: int = 0
    warnings: list[str] = field(default_factory=list)


def section(state: PageState, bookmark: str = "", level: int = 0, key: str = "", **changes):
    """A zero-size flowable: from the page it lands on, the furniture shows `changes`;
    with `bookmark`, it also adds an outline entry pointing here (`key` names the
    destination, for a contents page that links to it)."""
    from reportlab.platypus.flowables import Flowable

    class Section(Flowable):
        _ZEROSIZE = 1
        keepWithNext = 1  # lands on the page of what follows it

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            for name, value in changes.items():
                setattr(state, name, value)
            marks = getattr(self.canv, "md_marks", None)
            if (bookmark or key) and marks is not None:
                _x, y = self.canv.absolutePosition(0, 0)
                marks.append((bookmark, level, y, key))

    return Section()


def contents_line(markup: str, style, key: str):
    """A line of a contents page: the paragraph, and the number of the page where the
    section `key` starts, drawn at the right edge (and linked) once every page is known."""
    from reportlab.lib.styles import ParagraphStyle

    from .flow import en_class, ja_class

    base = ja_class() if getattr(style, "wordWrap", None) == "CJK" else en_class()

    class ContentsLine(base):
        def draw(self):
            super().draw()
            slots = getattr(self.canv, "md_slots", None)
            if slots is not None:
                lines = len(getattr(self.blPara, "lines", ())) or 1
                last = self.height - self.style.fontSize - (lines - 1) * self.style.leading
                x, y = self.canv.absolutePosition(self.width, last)
                slots.append((key, x, y, self.style.fontSize))

    padded = ParagraphStyle(style.name + "_toc", parent=style, rightIndent=style.fontSize * 3)
    return ContentsLine(markup, padded)


def keep_with_next_class():
    """The document's keep-with-next group: a heading (and any zero-size markers) stays with
    the start of what follows. Unlike ReportLab's KeepTogether, which pushes the whole group
    to the next page when it does not fit, this splits the following flowable when at least
    its first part (two lines of a paragraph, one table row) fits beside the heading."""
    from reportlab.platypus.doctemplate import FrameBreak
    from reportlab.platypus.flowables import Flowable

    class KeepWithNext(Flowable):
        def __init__(self, flowables, maxHeight=None):  # noqa: N803 — ReportLab's name
            super().__init__()
            self._content = list(flowables)

        def wrap(self, aw, ah):
            return aw, 0xFFFFFF  # always split: the decision is made there

        def split(self, aw, ah):
            content = self._content
            heads, last = content[:-1], content[-1]
            used = 0.0
            for flow in heads:
                _w, h = flow.wrapOn(self.canv, aw, ah)
                used += h + flow.getSpaceBefore() + flow.getSpaceAfter()
            _w, h = last.wrapOn(self.canv, aw, max(ah - used, 1))
            if used + h + last.getSpaceBefore() <= ah:
                return list(content)
            room = ah - used - last.getSpaceBefore() - 1
            parts = last.splitOn(self.canv, aw, room) if room > 0 else []
            if len(parts) >= 2:
                return [*heads, *parts]
            frame = getattr(self, "_frame", None)
            if frame is not None and getattr(frame, "_atTop", False):
                return list(content)  # taller than a page anyway: let each part flow
            return [FrameBreak(), *content]

    return KeepWithNext


def draw_mixed(
    canv,
    x: float,
    y: float,
    text: str,
    size: float,
    align: str = "left",
    bold: bool = False,
    max_width: float = 0,
) -> float:
    """Draw one line switching between the Latin and the Japanese font; returns its width.
    With max_width, the size shrinks so the line fits."""
    runs: list[tuple[str, str]] = []
    for ch in text:
        if fonts.is_cjk(ch):
            name = fonts.JA_GOTHIC if bold else fonts.JA
        else:
            name = fonts.LATIN_BOLD if bold else fonts.LATIN
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + ch)
        else:
            runs.append((name, ch))
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = sum(stringWidth(t, n, size) for n, t in runs)
    if max_width and width > max_width:
        size *= max_width / width
        width = max_width
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for name, chunk in runs:
        canv.setFont(name, size)
        canv.drawString(x, y, chunk)
        x += stringWidth(chunk, name, size)
    return width


def _page_label(n: int, total: int, lang: str) -> str:
    if lang == "both":
        return (
            label("page_of", "en", n=n, total=total)
            + "   "
            + label("page_of", "ja", n=n, total=total)
        )
    return label("page_of", lang, n=n, total=total)


def _furniture(state: PageState, settings: PdfSettings):
    """The onPageEnd callback: header, fingerprint, confidentiality, watermark."""
    top, right, bottom, left = (m * MM for m in settings.margins_mm)

    def draw(canv, doc) -> None:
        width, height = canv._pagesize
        canv.saveState()
        if state.draft:
            _watermark(canv, width, height)
        if state.furniture:
            canv.setFillColor(MUTED)
            y = height - top + (20 if settings.confidential else 24)
            meeting = state.meeting_en
            if settings.lang == "ja" and state.meeting_ja:
                meeting = state.meeting_ja
            elif settings.lang == "both" and state.meeting_ja:
                meeting = f"{state.meeting_en} / {state.meeting_ja}"
            usable = width - left - right
            draw_mixed(canv, left, y, meeting, 7.5, max_width=usable)
            doc_name = state.document_ja if settings.lang == "ja" else state.document_en
            if settings.lang == "both" and state.document_ja:
                doc_name = f"{state.document_en} / {state.document_ja}"
            right_text = "  ·  ".join(x for x in (doc_name, state.revision, state.when) if x)
            draw_mixed(
                canv, width - right, y - 10, right_text, 7.5, align="right", max_width=usable
            )
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.4)
            canv.line(left, y - 15, width - right, y - 15)
            if state.fingerprint:
                text = f"{both('fingerprint')}: {state.fingerprint}"
                draw_mixed(canv, width - right, bottom - 8, text, 6.2, align="right")
            if state.audit_head:
                # The signed audit head the file was made at, 10 mm inside the edge.
                draw_mixed(canv, left, 10 * MM + 1, state.audit_head, 5.5)
        if settings.confidential:
            # Inside the printable area: printers clip up to ~5 mm; marks stay >= 10 mm in.
            canv.setFillColor(DELETED)
            mark = both("confidential").upper()
            if settings.confidential.strip().lower() not in ("1", "yes", "true", "confidential"):
                mark = f"{mark} — {settings.confidential}"
            usable = width - 2 * SAFE
            size = 8.5
            draw_mixed(canv, width / 2, height - SAFE - size, mark, size, "center", True, usable)
            draw_mixed(canv, width / 2, SAFE, mark, size, "center", True, usable)
        canv.restoreState()

    return draw


def _actual_text(text: str) -> str:
    """A PDF text string in UTF-16BE hex, for /ActualText."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _watermark(canv, width: float, height: float) -> None:
    """DRAFT / 草案 across the page, translucent. Wrapped in one /ActualText span so text
    extraction reads it as one phrase instead of letters scattered through the body."""
    canv._code.append(f"/Span <</ActualText {_actual_text(both('draft'))}>> BDC")
    canv.saveState()
    canv.setFillColor("#9c9c9c")
    canv.setFillAlpha(0.22)
    canv.translate(width / 2, height / 2)
    canv.rotate(45)
    size = min(width, height) / 4.2
    draw_mixed(canv, 0, size * 0.1, label("draft", "en"), size, align="center", bold=True)
    draw_mixed(canv, 0, -size * 0.95, label("draft", "ja"), size * 0.8, align="center")
    canv.restoreState()
    canv._code.append("EMC")


def _canvas_class(state_lang: str, settings: PdfSettings, numbered: bool):
    from reportlab.pdfgen.canvas import Canvas

    bottom = settings.margins_mm[2] * MM

    class NumberedCanvas(Canvas):
        """Keeps finished pages until save() so each can print "page X of Y"; makes the
        outline and the contents page numbers then, when each page's number is known."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._kept: list[dict] = []
            self.md_marks: list[tuple[str, int, float, str]] = []
            self.md_slots: list[tuple[str, float, float, float]] = []

        def showPage(self):
            self._kept.append(dict(self.__dict__))
            self.md_marks, self.md_slots = [], []
            self._startPage()

        def save(self):
            total = len(self._kept)
            keys: dict[str, int] = {}
            serial = 0
            for number, page in enumerate(self._kept, start=1):
                for _title, _level, _y, key in page["md_marks"]:
                    if key:
                        keys.setdefault(key, number)
            self.md_pages = keys
            for number, page in enumerate(self._kept, start=1):
                self.__dict__.update(page)
                for title, level, y, key in page["md_marks"]:
                    serial += 1
                    name = key or f"md{serial}"
                    top = min(y + 24, self._pagesize[1])
                    self.bookmarkPage(name, fit="XYZ", left=0, top=top, zoom=0)
                    if title:
                        self.addOutlineEntry(title, name, level=level, closed=level > 0)
                for key, x, y, size in page["md_slots"]:
                    if key not in keys:
                        continue
                    self.saveState()
                    text = str(keys[key])
                    w = draw_mixed(self, x, y, text, size, "right")
                    self.linkAbsolute("", key, (x - w - 200, y - 2, x, y + size))
                    self.restoreState()
                if numbered:
                    self.saveState()
                    self.setFillColor(MUTED)
                    text = _page_label(number, total, state_lang)
                    draw_mixed(self, self._pagesize[0] / 2, bottom - 18, text, 7.5, "center")
                    self.restoreState()
                Canvas.showPage(self)
            self.page_total = total
            Canvas.save(self)

    return NumberedCanvas


@contextlib.contextmanager
def _invariant():
    """ReportLab's invariant mode (fixed dates and ids) for this build only."""
    from reportlab import rl_config

    with _build_lock:
        old = rl_config.invariant
        rl_config.invariant = 1
        try:
            yield
        finally:
            rl_config.invariant = old


def write_pdf(
    out: Path,
    story: Sequence,
    settings: PdfSettings,
    state: PageState,
    *,
    cancel: Callable[[], bool] | None = None,
    numbered: bool = True,
) -> int:
    """Lay out `story` into `out` atomically; returns the number of pages.

    `cancel` is asked between flowables; when it answers True the build stops with
    ExportCancelled and no file is left. Every failure is an ExportError naming the file.
    """
    from reportlab.platypus import Frame, PageTemplate
    from reportlab.platypus.doctemplate import BaseDocTemplate

    pagesize = settings.pagesize
    top, right, bottom, left = (m * MM for m in settings.margins_mm)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            if cancel is not None and cancel():
                raise ExportCancelled("export cancelled; no file was written")

    pages: list[int] = []

    def put(tmp: Path) -> None:
        with tmp.open("wb") as handle, _invariant():
            doc = Doc(
                handle,
                pagesize=pagesize,
                leftMargin=left,
                rightMargin=right,
                topMargin=top,
                bottomMargin=bottom,
                title=settings.title,
                author=settings.author,
                subject=settings.subject,
                keywords=list(settings.keywords),
                creator="MeetingDesk",
                lang="ja" if settings.lang == "ja" else "en",
                invariant=1,
                initialFontName=fonts.LATIN,
            )
            doc.keepTogetherClass = keep_with_next_class()
            frame = Frame(
                left,
                bottom,
                pagesize[0] - left - right,
                pagesize[1] - top - bottom,
                id="body",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            doc.addPageTemplates(
                [PageTemplate(id="page", frames=[frame], onPageEnd=_furniture(state, settings))]
            )
            canvas_class = _canvas_class(settings.lang, settings, numbered)
            holder: list = []

            def maker(*args, **kwargs):
                canv = canvas_class(*args, **kwargs)
                describe(canv, settings)
                holder.append(canv)
                return canv

            doc.build(list(story), canvasmaker=maker)
            handle.flush()
            os.fsync(handle.fileno())
        pages.append(getattr(holder[-1], "page_total", 0) if holder else 0)

    write_atomically(Path(out), put)  # checked target, temporary file, rename; no leftovers
    return pages[0]
