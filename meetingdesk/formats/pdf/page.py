# SPDX-License-Identifier: GPL-3.0-or-later
"""Page furniture and the one function that writes a PDF.

Header (meeting, document, revision, time), footer ("Page X of Y" / "X / Y ページ", the
adopted text's SHA-256), DRAFT / 草案 watermark, confidentiality marking, metadata, outline.
The page count is known only at the end, so the canvas keeps each finished page and draws the
numbers when it saves (one pass, no second layout).

The file is built in a temporary file beside the target and moved over it only when complete:
a failed or cancelled export leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from meetingdesk.formats import ExportCancelled, ExportError
from meetingdesk.formats.labels import both, label

from . import fonts
from .styles import DELETED, MUTED, RULE

MM = 72 / 25.4
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


def section(state: PageState, bookmark: str = "", level: int = 0, **changes):
    """A zero-size flowable: from the page it lands on, the furniture shows `changes`;
    with `bookmark`, it also adds an outline entry pointing here."""
    from reportlab.platypus.flowables import Flowable

    class Section(Flowable):
        _ZEROSIZE = 1

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            for key, value in changes.items():
                setattr(state, key, value)
            if bookmark:
                key = f"s{id(self)}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(bookmark, key, level=level, closed=level > 0)

    return Section()


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
        name = fonts.JA if fonts.is_cjk(ch) else (fonts.LATIN_BOLD if bold else fonts.LATIN)
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
            y = height - top + 24
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
                draw_mixed(canv, width - right, bottom - 26, text, 6.2, align="right")
        if settings.confidential:
            canv.setFillColor(DELETED)
            mark = both("confidential").upper()
            if settings.confidential.strip().lower() not in ("1", "yes", "true", "confidential"):
                mark = f"{mark} — {settings.confidential}"
            draw_mixed(canv, width / 2, height - 14, mark, 8.5, align="center", bold=True)
            draw_mixed(canv, width / 2, 8, mark, 8.5, align="center", bold=True)
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
        """Keeps finished pages until save() so each can print "page X of Y"."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._kept: list[dict] = []

        def showPage(self):
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._kept)
            for number, page in enumerate(self._kept, start=1):
                self.__dict__.update(page)
                if numbered:
                    self.saveState()
                    self.setFillColor(MUTED)
                    text = _page_label(number, total, state_lang)
                    draw_mixed(self, self._pagesize[0] / 2, bottom - 16, text, 7.5, "center")
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

    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"cannot write {out}: the folder {folder} does not exist")
    if out.is_dir():
        raise ExportError(f"cannot write {out}: it is a folder")
    pagesize = settings.pagesize
    top, right, bottom, left = (m * MM for m in settings.margins_mm)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            if cancel is not None and cancel():
                raise ExportCancelled("export cancelled; no file was written")

    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write in the folder {folder}: {_reason(exc)}") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle, _invariant():
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
                holder.append(canv)
                return canv

            doc.build(list(story), canvasmaker=maker)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
        return getattr(holder[-1], "page_total", 0) if holder else 0
    except ExportError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {out}: {_reason(exc)}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _reason(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied (choose a folder you can write to)"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return exc.strerror or str(exc)
