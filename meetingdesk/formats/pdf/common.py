# SPDX-License-Identifier: GPL-3.0-or-later
"""Pieces every kind uses: the build context, title blocks, clause paragraphs and the
bilingual layout (English and Japanese in parallel columns, aligned clause by clause)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from meetingdesk.formats.labels import both, date_range, label, optional, time_text
from meetingdesk.snapshots import ClauseSnap, DocumentText, MeetingSnap

from .page import PageState
from .styles import Styles, esc

LANGS = ("en", "ja", "both")
GAP = 14.0  # points between the two language columns


@dataclass
class Ctx:
    styles: Styles
    state: PageState
    lang: str
    width: float
    warnings: list[str] = field(default_factory=list)
    level: int = 0  # outline level of this part's top bookmark (1 inside a meeting book)

    @property
    def langs(self) -> tuple[str, ...]:
        return ("en", "ja") if self.lang == "both" else (self.lang,)


def check_lang(lang: str) -> str:
    from meetingdesk.formats import ExportError

    if lang not in LANGS:
        raise ExportError(f"language {lang!r} is not one of {', '.join(LANGS)}")
    return lang


def pick(lang: str, en: str, ja: str) -> str:
    """The Japanese text when asked for and present; English otherwise."""
    return ja if lang == "ja" and ja else en


def outline(lang: str, en: str, ja: str) -> str:
    """A bookmark title in the export's language(s): what the reader finds on the page."""
    ja = ja or en
    if lang == "ja":
        return ja[:120]
    if lang == "both" and ja != en:
        return f"{en} / {ja}"[:120]
    return en[:120]


def place_and_date(meeting: MeetingSnap, lang: str) -> str:
    dates = date_range(meeting.start_date, meeting.end_date, lang)
    if lang == "ja":
        return f"{dates}　{meeting.city_ja or meeting.city_en}".strip()
    return f"{meeting.city_en}, {dates}" if meeting.city_en else dates


def _caption(key: str, lang: str) -> str:
    return label(key, lang) if lang in ("en", "ja") else both(key)


def revision_caption(text: DocumentText, lang: str = "both") -> tuple[str, str]:
    """(revision label, time in the meeting's zone) for the header."""
    zone = text.meeting.time_zone
    if text.revision_label:
        from meetingdesk.formats.labels import revision_text

        when = time_text(text.revision_at, zone, lang) if text.revision_at else ""
        return revision_text(text.revision_label, lang), when
    if text.document.status == "adopted" and text.document.adopted_at:
        return _caption("doc_adopted", lang), time_text(text.document.adopted_at, zone, lang)
    return _caption("current_text", lang), ""


def document_state(
    text: DocumentText, kind_key: str, draft: bool, fingerprint: str = "", lang: str = "both"
) -> dict:
    """PageState changes for a document part."""
    rev, when = revision_caption(text, lang)
    kind_en, kind_ja = label(kind_key, "en"), label(kind_key, "ja")
    return {
        "meeting_en": text.meeting.title_en,
        "meeting_ja": text.meeting.title_ja,
        "document_en": f"{text.document.title_en} — {kind_en}",
        "document_ja": f"{text.document.title_ja or text.document.title_en}（{kind_ja}）",
        "revision": rev,
        "when": when,
        "draft": draft,
        "fingerprint": fingerprint,
        "furniture": True,
    }


def meeting_state(meeting: MeetingSnap, kind_key: str) -> dict:
    return {
        "meeting_en": meeting.title_en,
        "meeting_ja": meeting.title_ja,
        "document_en": label(kind_key, "en"),
        "document_ja": label(kind_key, "ja"),
        "revision": "",
        "when": "",
        "draft": False,
        "fingerprint": "",
        "furniture": True,
    }


def title_block(ctx: Ctx, titles: dict[str, str], subtitles: dict[str, list[str]]) -> list:
    """Centered titles and subtitles in each language of the export."""
    from reportlab.platypus import Spacer

    from .flow import Paragraph

    out: list = []
    for lang in ctx.langs:
        if lang == "ja" and ctx.lang == "both" and titles["ja"] == titles["en"]:
            continue  # no Japanese title: the English one is not printed twice
        out.append(Paragraph(esc(titles[lang]), ctx.styles.title(lang)))
        for line in subtitles.get(lang, []):
            if line:
                out.append(Paragraph(esc(line), ctx.styles.subtitle(lang)))
        out.append(Spacer(1, 4))
    out.append(Spacer(1, 8))
    return out


def document_title_block(ctx: Ctx, text: DocumentText, kind_key: str, extra: dict | None = None):
    doc = text.document
    titles = {"en": doc.title_en, "ja": doc.title_ja or doc.title_en}
    subtitles: dict[str, list[str]] = {}
    for lang in ("en", "ja"):
        lines = [label(kind_key, lang), place_and_date(text.meeting, lang)]
        if doc.status == "adopted" and doc.adopted_at:
            from meetingdesk.formats.labels import date_text, local_date

            local = local_date(doc.adopted_at, text.meeting.time_zone)
            lines.append(label("adopted_on", lang, date=date_text(local, lang)))
        if text.revision_label:
            from meetingdesk.formats.labels import revision_text

            lines.append(revision_text(text.revision_label, lang))
        lines.extend((extra or {}).get(lang, []))
        subtitles[lang] = lines
    return title_block(ctx, titles, subtitles)


def without_repeated_title(text: DocumentText) -> tuple[ClauseSnap, ...]:
    """The clauses to print: a leading heading that only repeats the document's title
    (which the title block prints already) is left out."""
    clauses = text.clauses
    if clauses and clauses[0].kind == "heading":
        first = clauses[0]
        doc = text.document
        same_en = " ".join(first.text_en.split()) == " ".join(doc.title_en.split())
        same_ja = not first.text_ja or "".join(first.text_ja.split()) == "".join(
            (doc.title_ja or "").split()
        )
        if same_en and same_ja:
            return clauses[1:]
    return clauses


def clause_paragraph(ctx: Ctx, clause: ClauseSnap, lang: str, markup: str, prefix: str = ""):
    """One clause in one language: number as a hanging bullet, headings in bold."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    from .flow import Paragraph

    st = ctx.styles
    number = esc(clause.number)
    if clause.status == "deleted":  # a deleted clause keeps its number within the round
        markup = esc(label("deleted_in_round", lang))
    if clause.kind == "heading":
        style = ParagraphStyle(f"h_{lang}", parent=st.heading(lang), alignment=TA_CENTER)
        return Paragraph(prefix + markup, style)
    if clause.kind in ("section", "subheading"):
        head = f"{number} " if number else ""
        return Paragraph(prefix + f"<b>{head}{markup}</b>", st.heading(lang))
    if number:
        style = _hanging(st.body(lang), clause.depth)
        return Paragraph(prefix + markup, style, bulletText=clause.number)
    if clause.depth:
        return Paragraph(prefix + markup, _hanging(st.body(lang), clause.depth))
    return Paragraph(prefix + markup, st.body(lang))


_hanging_cache: dict[tuple[str, int], object] = {}
INDENT = 22  # points per level: the number hangs in the level's margin


def _hanging(base, depth: int = 0):
    """Body style with the number hanging; sub-paragraphs sit one step further in per level."""
    style = _hanging_cache.get((base.name, depth))
    if style is None:
        from reportlab.lib.styles import ParagraphStyle

        style = ParagraphStyle(
            f"{base.name}_hang{depth}",
            parent=base,
            leftIndent=INDENT * (depth + 1) + (6 * depth),
            bulletIndent=INDENT * depth + (6 * depth),
        )
        _hanging_cache[(base.name, depth)] = style
    return style


def bilingual(ctx: Ctx, cells: dict[str, list], after: float = 2.0) -> list:
    """Flowables for one clause: stacked when one language, a two-column row for both.

    The row is its own flowable, so the document breaks between clauses and, for a very long
    clause, inside it — the columns stay aligned clause by clause.
    """
    if ctx.lang != "both":
        return list(cells[ctx.lang])
    col = (ctx.width - GAP) / 2
    row = parallel_row([cells["en"], cells["ja"]], col, GAP, after)
    flows = [f for lang in ("en", "ja") for f in cells[lang]]
    if flows and all(getattr(f.style, "keepWithNext", 0) for f in flows if hasattr(f, "style")):
        row.keepWithNext = 1  # a heading row stays with the row after it
    return [row]


def parallel_row(columns: list[list], col_width: float, gap: float, after: float):
    """Side-by-side columns of flowables that split across pages together.

    Lighter than a one-row Table: each paragraph is laid out once per page it lands on.
    """
    from reportlab.platypus.flowables import Flowable

    class ParallelRow(Flowable):
        def __init__(self, cols: list[list]) -> None:
            super().__init__()
            self.cols = cols
            self._laid: list[list[tuple[object, float, float]]] = []

        def _layout(self, avail_height: float) -> float:
            self._laid = []
            tallest = 0.0
            for col in self.cols:
                used, laid = 0.0, []
                for i, flow in enumerate(col):
                    _w, h = flow.wrap(col_width, max(avail_height - used, 1))
                    before = flow.getSpaceBefore() if i else 0.0
                    laid.append((flow, used + before, h))
                    used += before + h + flow.getSpaceAfter()
                if col:
                    used -= col[-1].getSpaceAfter()  # the row's own gap replaces it
                self._laid.append(laid)
                tallest = max(tallest, used)
            return tallest + after

        def wrap(self, aw, ah):
            self.height = self._layout(ah)
            self.width = aw
            return aw, self.height

        def split(self, aw, ah):
            # At the top of a page, holding the row back gains nothing (the next page is no
            # taller): there the columns may part unevenly and a heading may end the part,
            # rather than stop the whole document with a layout error.
            at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
            firsts, rests = self._split_columns(ah, keep_heads=True)
            # Both columns start on this page or neither does: a heading never sits on one
            # page while its translation opens the next.
            if any(col and not first for col, first in zip(self.cols, firsts, strict=True)):
                if not at_top:
                    return []
                firsts, rests = self._split_columns(ah, keep_heads=False)
                if not any(firsts):
                    return []
            if not any(rests):
                return [ParallelRow(firsts)] if at_top else []
            return [ParallelRow(firsts), ParallelRow(rests)]

        def _split_columns(self, ah, keep_heads: bool):
            firsts, rests = [], []
            for col in self.cols:
                first, rest = _split_column(col, col_width, ah - after, keep_heads)
                firsts.append(first)
                rests.append(rest)
            return firsts, rests

        def draw(self):
            for index, laid in enumerate(self._laid):
                x = index * (col_width + gap)
                for flow, top, h in laid:
                    flow.drawOn(self.canv, x, self.height - after - top - h)

    return ParallelRow(columns)


def _split_column(
    flows: list, width: float, height: float, keep_heads: bool = True
) -> tuple[list, list]:
    """The flowables of one column that fit in height, and the rest (one may be split)."""
    used = 0.0
    first: list = []
    for i, flow in enumerate(flows):
        before = flow.getSpaceBefore() if first else 0.0
        _w, h = flow.wrap(width, max(height - used - before, 1))
        if used + before + h <= height:
            first.append(flow)
            used += before + h + flow.getSpaceAfter()
            continue
        parts = flow.split(width, height - used - before) if height - used - before > 0 else []
        if len(parts) >= 2:
            return [*first, parts[0]], [*parts[1:], *flows[i + 1 :]]
        return _keep_heads(first, list(flows[i:])) if keep_heads else (first, list(flows[i:]))
    return first, []


def _keep_heads(first: list, rest: list) -> tuple[list, list]:
    """A heading (keepWithNext) never ends the part of a column left on this page."""
    while first and rest and getattr(getattr(first[-1], "style", None), "keepWithNext", 0):
        rest.insert(0, first.pop())
    return first, rest


def status_text(status: str, lang: str) -> str:
    return optional("status_", status, lang)


def check_cancel(cancel: Callable[[], bool] | None) -> None:
    from meetingdesk.formats import ExportCancelled

    if cancel is not None and cancel():
        raise ExportCancelled("export cancelled; no file was written")


@dataclass(frozen=True)
class MeetingData:
    """Everything the meeting-level kinds print (agenda, participants, badges, plates)."""

    meeting: MeetingSnap
    delegations: tuple = ()  # DelegationSnap, in order of precedence
    participants: tuple = ()  # ParticipantSnap, grouped by delegation, heads first
    sessions: tuple = ()  # AgendaSessionSnap, in time order
    rooms: tuple = ()  # RoomSnap
