# SPDX-License-Identifier: GPL-3.0-or-later
"""One entry point per kind: snapshot(s) in, PDF file out (atomically), PdfResult back.

Fonts are registered first, then the styles are built, then the story is laid out; the
whole build runs in ReportLab's invariant mode so the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from meetingdesk.formats import ExportError
from meetingdesk.formats.labels import label
from meetingdesk.snapshots import DocumentText, MeetingSnap

from .common import Ctx, MeetingData, check_lang
from .compilation import ProposalNote
from .fonts import FontInfo, check_coverage, register_fonts
from .page import MM, PageState, PdfSettings, write_pdf


@dataclass(frozen=True)
class PdfOptions:
    lang: str = "both"
    paper: str = "a4"
    confidential: str = ""
    font: str | None = None  # a Japanese .ttf/.ttc path (else MEETINGDESK_CJK_FONT, else found)
    author: str = ""  # the secretariat as configured; else "<host> (host secretariat)"
    cancel: Callable[[], bool] | None = None
    # The signed audit head the file was made at: (printed line, receipt for the metadata).
    audit_head: tuple[str, str] = ("", "")
    # Redline only: leave out the clauses unchanged (and not renumbered) in every language.
    only_changed: bool = False


@dataclass(frozen=True)
class PdfResult:
    path: Path
    kind: str
    pages: int
    fonts: FontInfo
    sha256: str  # of the file written
    warnings: tuple[str, ...] = field(default=())


def _run(
    kind: str,
    out: Path,
    options: PdfOptions,
    build: Callable[[Ctx], list],
    *,
    title: str,
    meeting: MeetingSnap,
    keywords: Sequence[str] = (),
    landscape: bool = False,
    margins: tuple[float, float, float, float] | None = None,
    numbered: bool = True,
    created: datetime | None = None,
    texts: object = None,
) -> PdfResult:
    check_lang(options.lang)
    if options.paper not in ("a4", "letter"):
        raise ExportError(f"paper {options.paper!r} is not one of a4, letter")
    info = register_fonts(options.font)
    check_coverage(info, texts, options.lang)
    from .styles import make_styles

    settings = PdfSettings(
        lang=options.lang,
        paper=options.paper,
        landscape=landscape,
        confidential=options.confidential,
        title=title,
        author=options.author or host_secretariat(meeting, options.lang),
        subject=in_lang(options.lang, meeting.title_en, meeting.title_ja),
        keywords=("MeetingDesk", f"kind:{kind}", *keywords, *_head_keyword(options)),
        created=created or _today(meeting.time_zone),
        **({"margins_mm": margins} if margins else {}),
    )
    w, _h = settings.pagesize
    top, right, bottom, left = settings.margins_mm
    state = PageState(audit_head=options.audit_head[0])
    ctx = Ctx(make_styles(), state, options.lang, w - (left + right) * MM)
    story = build(ctx)
    pages = write_pdf(out, story, settings, state, cancel=options.cancel, numbered=numbered)
    digest = hashlib.sha256(Path(out).read_bytes()).hexdigest()
    warnings = tuple(x for x in (info.warning, *ctx.warnings) if x)
    return PdfResult(Path(out), kind, pages, info, digest, warnings)


def _today(zone: str = "UTC") -> datetime:
    """The creation date of a text that was never frozen: the day it is printed, in the
    meeting's zone (midnight there, with its offset)."""
    try:
        tz = ZoneInfo(zone or "UTC")
    except (ValueError, KeyError):
        tz = ZoneInfo("UTC")
    return datetime.now(tz).replace(hour=0, minute=0, second=0, microsecond=0)


def in_lang(lang: str, en: str, ja: str) -> str:
    """A metadata value in the output's language(s)."""
    ja = ja or en
    if lang == "ja":
        return ja
    return f"{en} / {ja}" if lang == "both" and ja != en else en


def host_secretariat(meeting: MeetingSnap, lang: str) -> str:
    host_en, host_ja = meeting.host_en, meeting.host_ja or meeting.host_en
    en = label("host_secretariat", "en", host=host_en) if host_en else ""
    ja = label("host_secretariat", "ja", host=host_ja) if host_ja else ""
    return in_lang(lang, en, ja)


def frozen_at(text: DocumentText) -> datetime | None:
    """When the printed text was frozen: its revision, else its adoption."""
    zone = ZoneInfo(text.meeting.time_zone or "UTC")
    when = text.revision_at
    if when is None and text.document.status == "adopted":
        when = text.document.adopted_at
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(zone)


def _kind_key(text: DocumentText, kind_key: str) -> str:
    """ "Final text" only for an adopted text; a clean draft says so."""
    if kind_key == "kind_final" and text.document.status != "adopted":
        return "kind_clean"
    return kind_key


def _head_keyword(options: PdfOptions) -> tuple[str, ...]:
    """The receipt as one keyword (base64url: no comma or space to split it)."""
    import base64

    receipt = options.audit_head[1]
    if not receipt:
        return ()
    return ("audithead:" + base64.urlsafe_b64encode(receipt.encode()).decode(),)


def _doc_title(text: DocumentText, kind_key: str, lang: str) -> str:
    d = text.document
    kind_key = _kind_key(text, kind_key)
    ja = f"{d.title_ja or d.title_en}（{label(kind_key, 'ja')}）"
    en = f"{d.title_en} — {label(kind_key, 'en')}"
    return in_lang(lang, en, ja)


def _doc_keywords(text: DocumentText) -> list[str]:
    words = [f"document:{text.document.uuid}", f"name:{text.document.short_name}"]
    if text.revision_label:
        words.append(f"revision:{text.revision_label}")
    return words


def render_final(out: Path, text: DocumentText, options: PdfOptions = PdfOptions()) -> PdfResult:
    from .final import check_final, final_story, is_adopted

    markup = check_final(text)  # refuse before any file is touched
    keywords = _doc_keywords(text)
    if is_adopted(text) and text.document.adopted_hash:
        keywords.append(f"sha256:{text.document.adopted_hash}")
    return _run(
        "final",
        out,
        options,
        lambda ctx: final_story(ctx, text, markup=markup),
        title=_doc_title(text, "kind_final", options.lang),
        meeting=text.meeting,
        keywords=keywords,
        created=frozen_at(text),
        texts=text,
    )


def render_compilation(
    out: Path,
    text: DocumentText,
    proposals: Sequence[ProposalNote] = (),
    options: PdfOptions = PdfOptions(),
    delegations: Sequence = (),
) -> PdfResult:
    """``delegations``: compilation.DelegationCode of the meeting, in its order, for the
    legend of positions and codes."""
    from .compilation import compilation_story

    return _run(
        "compilation",
        out,
        options,
        lambda ctx: compilation_story(ctx, text, proposals, delegations),
        title=_doc_title(text, "kind_compilation", options.lang),
        meeting=text.meeting,
        keywords=_doc_keywords(text),
        created=frozen_at(text),
        texts=(text, proposals),
    )


def render_redline(
    out: Path, old: DocumentText, new: DocumentText, options: PdfOptions = PdfOptions()
) -> PdfResult:
    from .redline import redline_story

    return _run(
        "redline",
        out,
        options,
        lambda ctx: redline_story(ctx, old, new, options.only_changed),
        title=_doc_title(new, "kind_redline", options.lang),
        meeting=new.meeting,
        keywords=[
            *_doc_keywords(new),
            f"from:{old.revision_label}",
            *(["only-changed"] if options.only_changed else []),
        ],
        created=frozen_at(new),
        texts=(old, new),
    )


def _meeting_title(data: MeetingData, key: str, lang: str) -> str:
    m = data.meeting
    ja = f"{m.title_ja or m.title_en}（{label(key, 'ja')}）"
    return in_lang(lang, f"{m.title_en} — {label(key, 'en')}", ja)


def _run_meeting(kind: str, out: Path, data: MeetingData, options: PdfOptions, story, **page):
    """A meeting-wide PDF (agenda, participants, badges …): titled after the meeting."""
    return _run(
        kind,
        out,
        options,
        story,
        title=_meeting_title(data, f"kind_{kind}", options.lang),
        meeting=data.meeting,
        texts=(data, page.pop("texts", None)),
        **page,
    )


def render_agenda(out: Path, data: MeetingData, options: PdfOptions = PdfOptions()) -> PdfResult:
    from .agenda import agenda_story

    return _run_meeting("agenda", out, data, options, lambda ctx: agenda_story(ctx, data))


def render_participants(
    out: Path, data: MeetingData, options: PdfOptions = PdfOptions()
) -> PdfResult:
    from .participants import participants_story

    return _run_meeting(
        "participants", out, data, options, lambda ctx: participants_story(ctx, data)
    )


def render_badges(out: Path, data: MeetingData, options: PdfOptions = PdfOptions()) -> PdfResult:
    from .badges import BADGE_MARGINS, badges_story

    return _run_meeting(
        "badges",
        out,
        data,
        options,
        lambda ctx: badges_story(ctx, data),
        margins=BADGE_MARGINS,
        numbered=False,
    )


def render_nameplates(
    out: Path, data: MeetingData, options: PdfOptions = PdfOptions()
) -> PdfResult:
    from .badges import nameplates_story

    margins = (10.0, 10.0, 10.0, 10.0)
    paper = PdfSettings(paper=options.paper, landscape=True).pagesize
    height = paper[1] - 20 * MM - 1

    return _run_meeting(
        "nameplates",
        out,
        data,
        options,
        lambda ctx: nameplates_story(ctx, data, height),
        landscape=True,
        margins=margins,
        numbered=False,
    )


def render_book(
    out: Path, data: MeetingData, documents: Sequence, options: PdfOptions = PdfOptions()
) -> PdfResult:
    from .book import book_story
    from .final import check_final, is_adopted

    for doc in documents:
        if is_adopted(doc.text):
            check_final(doc.text)
    return _run_meeting(
        "book",
        out,
        data,
        options,
        lambda ctx: book_story(ctx, data, documents),
        texts=tuple(documents),
    )
