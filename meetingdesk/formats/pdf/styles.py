# SPDX-License-Identifier: GPL-3.0-or-later
"""Paragraph styles shared by every kind, and the helpers that turn text into markup.

Japanese styles use wordWrap="CJK"; their paragraphs are broken by meetingdesk.text's
JIS X 4051 rules (see flow.py). Japanese headings and titles are set in the Gothic face
where English ones are bold. English body text is hyphenated (pyphen, common words only:
never a capitalised word, so names stay whole) and URLs break after a slash. Headings keep
with the next flowable; paragraphs leave no widow or orphan line. Only import this module
after fonts.register_fonts() ran: reportlab.lib.styles reads the base font name at import
time.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape as xml_escape

from . import fonts

INK = "#111111"
MUTED = "#555555"
BRACKET = "#8a1c1c"
INSERTED = "#0b4fa8"
DELETED = "#b01818"
MOVED = "#6a3d9a"
RULE = "#9a9a9a"


@dataclass(frozen=True)
class Styles:
    """One family of styles; `en` and `ja` variants of the body, headings and small text."""

    title_en: object
    title_ja: object
    subtitle_en: object
    subtitle_ja: object
    heading_en: object
    heading_ja: object
    body_en: object
    body_ja: object
    small_en: object
    small_ja: object
    cell_en: object
    cell_ja: object
    cell_bold_en: object
    cell_bold_ja: object

    def body(self, lang: str):
        return self.body_ja if lang == "ja" else self.body_en

    def heading(self, lang: str):
        return self.heading_ja if lang == "ja" else self.heading_en

    def title(self, lang: str):
        return self.title_ja if lang == "ja" else self.title_en

    def subtitle(self, lang: str):
        return self.subtitle_ja if lang == "ja" else self.subtitle_en

    def small(self, lang: str):
        return self.small_ja if lang == "ja" else self.small_en

    def cell(self, text: str, bold: bool = False):
        """The cell style for this text: Japanese if it holds any CJK character."""
        if fonts.has_cjk(text):
            return self.cell_bold_ja if bold else self.cell_ja
        return self.cell_bold_en if bold else self.cell_en


_cache: dict[float, Styles] = {}


def make_styles(size: float = 10.5) -> Styles:
    """Styles at a base size (10.5 pt is the usual Japanese official-document size)."""
    if size in _cache:
        return _cache[size]
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    def pair(name: str, **kw):
        ja_align = kw.pop("ja_alignment", None)
        ja_font = kw.pop("ja_font", fonts.JA)
        en = ParagraphStyle(
            f"{name}_en",
            fontName=kw.pop("en_font", fonts.LATIN),
            bulletFontName=fonts.LATIN,
            textColor=kw.pop("textColor", INK),
            hyphenationLang=kw.pop("hyphenationLang", hyphenate),
            uriWasteReduce=0.3,
            embeddedHyphenation=1,
            allowWidows=0,
            allowOrphans=0,
            **kw,
        )
        ja = ParagraphStyle(
            f"{name}_ja", parent=en, fontName=ja_font, bulletFontName=fonts.JA, wordWrap="CJK"
        )
        if ja_align is not None:
            ja.alignment = ja_align
        return en, ja

    lead = size * 1.45
    title = pair(
        "title",
        en_font=fonts.LATIN_BOLD,
        ja_font=fonts.JA_GOTHIC,
        keepWithNext=1,
        hyphenationLang="",  # titles and headings are never hyphenated
        fontSize=size + 5,
        leading=size + 10,
        alignment=TA_CENTER,
        spaceAfter=4,
    )
    subtitle = pair(
        "subtitle", fontSize=size, leading=lead, alignment=TA_CENTER, spaceAfter=2, textColor=MUTED
    )
    heading = pair(
        "heading",
        en_font=fonts.LATIN_BOLD,
        ja_font=fonts.JA_GOTHIC,
        keepWithNext=1,
        hyphenationLang="",
        fontSize=size + 1,
        leading=lead + 1,
        spaceBefore=6,
        spaceAfter=3,
        alignment=TA_LEFT,
    )
    # English ragged right: ReportLab justifies TrueType text by placing each word apart,
    # which text extraction then reads as separate blocks. Japanese justifies cleanly.
    body = pair(
        "body",
        fontSize=size,
        leading=lead,
        alignment=TA_LEFT,
        ja_alignment=TA_JUSTIFY,
        spaceAfter=5,
    )
    small = pair("small", fontSize=size - 2.5, leading=(size - 2.5) * 1.35, textColor=MUTED)
    cell = pair("cell", fontSize=size - 1.5, leading=(size - 1.5) * 1.35)
    cell_bold = pair(
        "cellb",
        en_font=fonts.LATIN_BOLD,
        ja_font=fonts.JA_GOTHIC,
        fontSize=size - 1.5,
        leading=size * 1.2,
    )
    styles = Styles(*title, *subtitle, *heading, *body, *small, *cell, *cell_bold)
    _cache[size] = styles
    return styles


_pyphen = None


def hyphenate(word: str):
    """Hyphenation points of an English word, longest head first (ReportLab's hyphenator
    protocol). Capitalised words (names, countries, organisations) and short pieces are
    never split."""
    global _pyphen
    if len(word) < 7 or not word[:1].islower() or not word.isalpha():
        return ()  # a compound ("medium-sized") breaks only at its own hyphen
    if _pyphen is None:
        import pyphen

        _pyphen = pyphen.Pyphen(lang="en_GB")
    return [(h, t) for h, t in _pyphen.iterate(word) if len(h) >= 3 and len(t) >= 3]


def reset_cache() -> None:
    """Forget built styles (after the fonts were registered anew)."""
    _cache.clear()


def esc(text: str) -> str:
    """Plain text as Paragraph markup: &, < and > escaped, line breaks kept."""
    return xml_escape(text).replace("\n", "<br/>")


def colored(markup: str, color: str) -> str:
    return f'<font color="{color}">{markup}</font>'


def bold(markup: str) -> str:
    """Markup in bold: Latin bold, and the Japanese runs (font tags made by mixed() and
    ja_run(), which <b> does not reach) in the Gothic face — one weight for both."""
    return (
        "<b>"
        + markup.replace(f'<font name="{fonts.JA}"', f'<font name="{fonts.JA_GOTHIC}"')
        + "</b>"
    )


def ja_run(text: str) -> str:
    """Japanese text wholly in the Japanese face (its digits and Latin letters too), inside
    a paragraph whose own font is the Latin one; bold gives the Gothic face."""
    return f'<font name="{fonts.JA}">{esc(text)}</font>'


def name_markup(text: str) -> str:
    """A person's or a delegation's name: its words joined by no-break spaces, so a line
    never separates them (a name longer than the line still wraps at its spaces)."""
    parts = text.split()
    if len(parts) <= 1 or len(text) > 32:
        return mixed(text)
    return mixed("\u00a0".join(parts))


def mixed(text: str, size: float | None = None) -> str:
    """Markup that switches to the Japanese font for runs of CJK characters.

    Used where English and Japanese share one line (names, headers) and the paragraph's own
    font is the Latin one, which has no kana or kanji.
    """
    out: list[str] = []
    run: list[str] = []
    run_cjk = False
    size_attr = f' size="{size}"' if size else ""

    def flush() -> None:
        if not run:
            return
        chunk = esc("".join(run))
        out.append(f'<font name="{fonts.JA}"{size_attr}>{chunk}</font>' if run_cjk else chunk)
        run.clear()

    for ch in text:
        cjk = fonts.is_cjk(ch)
        if cjk != run_cjk:
            flush()
            run_cjk = cjk
        run.append(ch)
    flush()
    return "".join(out)
