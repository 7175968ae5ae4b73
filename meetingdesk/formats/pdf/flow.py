# SPDX-License-Identifier: GPL-3.0-or-later
"""Paragraphs of Japanese text broken and justified by JIS X 4051 rules.

ReportLab's own CJK wrap (wordWrap="CJK") only hangs one line-start-forbidden character
into the margin: small kana, ー and 々 still start lines, opening brackets end them, ＯＥＣＤ
and names are cut, a second closing mark runs past the margin, and CJK lines are never
justified (its justification spreads word spaces, which Japanese has none of). So the
Japanese paragraph keeps ReportLab's markup parsing, page splitting and bullets, but breaks
its lines with meetingdesk.text.linebreak_ja and draws each line itself: runs of one style
at computed positions, the justification slack given to the gaps between Japanese
characters through the PDF character spacing (Tc) of each run, a 、。，． that hangs set
after the justified edge, underlines and strikes drawn under exactly the glyphs they mark.
"""

from __future__ import annotations

from functools import cache

from meetingdesk.text import linebreak_ja


def Paragraph(text: str, style, **kwargs):  # noqa: N802 — stands in for the class
    """A reportlab Paragraph; the JIS-broken one for Japanese (wordWrap CJK) styles, and for
    English text holding a URL: ReportLab breaks a URL only at a slash and only while what
    remains still parses as a URL, so a long path ran past the column; the JIS breaker
    breaks it after / . - and keeps English words whole (they are not hyphenated there)."""
    if getattr(style, "wordWrap", None) == "CJK":
        return ja_class()(text, style, **kwargs)
    if "://" in text or "www." in text:
        return ja_class()(text, _url_style(style), **kwargs)
    return en_class()(text, style, **kwargs)


_url_styles: dict[str, object] = {}


def _url_style(style):
    """The style with wordWrap CJK, so ReportLab hands line breaking to our breaker."""
    derived = _url_styles.get(style.name)
    if derived is None or derived.parent is not style:
        from reportlab.lib.styles import ParagraphStyle

        derived = ParagraphStyle(style.name + "_url", parent=style, wordWrap="CJK")
        _url_styles[style.name] = derived
    return derived


@cache
def en_class():
    """English paragraphs: ReportLab's, with a change bar beside lines holding redline marks
    when the style asks for it (changeBar = x offset of the bar from the text's left)."""
    from reportlab.platypus import Paragraph as Plain

    class EnParagraph(Plain):
        def breakLines(self, width):  # noqa: N802 — ReportLab's name
            key = tuple(width) if isinstance(width, list | tuple) else (width,)
            cached = getattr(self, "_md_broken", None)
            if cached is not None and cached[0] == key and not getattr(self, "_splitpara", 0):
                return cached[1]  # parallel rows wrap a paragraph more than once
            result = super().breakLines(width)
            self._md_broken = (key, result)
            return result

        def split(self, availWidth, availHeight):  # noqa: N803 — ReportLab's names
            """ReportLab's split, asked for one line less while its first part comes out
            taller than the space: a word hyphenated at the page break can wrap onto a line
            of its own in the first part (about 1 split in 20 of a long marked-up clause),
            and the page template then fails with "Splitting error"."""
            parts = super().split(availWidth, availHeight)
            height = availHeight
            for _ in range(3):
                if len(parts) != 2 or parts[0].wrap(availWidth, height)[1] <= availHeight:
                    return parts
                height -= self.style.leading
                if height < self.style.leading:
                    return []
                parts = super().split(availWidth, height)
            return parts

        def draw(self):
            super().draw()
            bar = getattr(self.style, "changeBar", None)
            if bar is None:
                return
            lines = getattr(getattr(self, "blPara", None), "lines", [])
            marked = [bool(_line_marks(line)) for line in lines]
            _draw_bars(self.canv, marked, self.style, self.height, bar)

    return EnParagraph


def _line_marks(line) -> bool:
    words = getattr(line, "words", None)
    if words is None:
        return False
    return any(getattr(w, "us_lines", None) for w in words)


def _draw_bars(canv, marked: list[bool], style, height: float, x: float) -> None:
    """A vertical bar beside each marked line (survives greyscale printing)."""
    if not any(marked):
        return
    leading = style.leading
    canv.saveState()
    canv.setLineWidth(1.6)
    canv.setStrokeColor("#111111")
    for i, flag in enumerate(marked):
        if flag:
            top = height - i * leading
            canv.line(x, top - 1, x, top - leading + 1)
    canv.restoreState()


def _advances(font_name: str, size: float, text: str) -> list[float]:
    """The advance of each character: read from the TrueType font's width table (as
    ReportLab's own stringWidth does, without a call per character)."""
    from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

    face = getattr(getFont(font_name), "face", None)
    widths = getattr(face, "charWidths", None)
    if widths is None:
        return [stringWidth(ch, font_name, size) for ch in text]
    get, default, scale = widths.get, face.defaultWidth, 0.001 * size
    return [get(ord(ch), default) * scale for ch in text]


def _char_list(frags) -> tuple[str, list, list[float], list[int]]:
    """(text, frag of each char, advance of each char, hard-break positions)."""
    parts: list[str] = []
    owners: list = []
    advances: list[float] = []
    hard: list[int] = []
    for f in frags:
        if hasattr(f, "lineBreak"):
            hard.append(len(owners))
        if hasattr(f, "cbDefn"):
            continue  # no images or callbacks in our texts
        text = f.text
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        parts.append(text)
        owners.extend([f] * len(text))
        advances.extend(_advances(f.fontName, f.fontSize, text))
    return "".join(parts), owners, advances, hard


@cache
def ja_class():
    from reportlab.platypus import Paragraph as Plain
    from reportlab.platypus.paragraph import FragLine, ParaLines, _handleBulletWidth

    class JaParagraph(Plain):
        """A Japanese paragraph: JIS X 4051 line breaking and full justification."""

        def breakLinesCJK(self, maxWidths):  # noqa: N802, N803 — ReportLab's names
            widths = list(maxWidths) if isinstance(maxWidths, list | tuple) else [maxWidths]
            style = self.style
            if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
                return self.blPara
            key = tuple(widths)
            cached = getattr(self, "_md_broken", None)
            if cached is not None and cached[0] == key:
                return cached[1]  # parallel rows wrap a paragraph more than once
            _handleBulletWidth(self.bulletText, style, widths)
            text, owners, advances, hard = _char_list(self.frags)
            keep = [(0, len(text))] if getattr(style, "keepWhole", False) else ()
            fitted = linebreak_ja.fit_lines(text, advances, widths, hard, keep)
            lines = []
            for index, line in enumerate(fitted):
                width = widths[min(index, len(widths) - 1)]
                lines.append(_frag_line(text, owners, advances, line, width, hard))
            if not lines:
                result = ParaLines(
                    kind=1, lines=[], ascent=style.fontSize, descent=-0.2 * style.fontSize
                )
            else:
                result = ParaLines(kind=1, lines=lines)
            self._md_broken = (key, result)
            return result

        def _get_split_blParaFunc(self):  # noqa: N802 — ReportLab's name
            return _split_lines

        def drawPara(self, debug=0):  # noqa: N802 — ReportLab's name
            _draw_ja(self)

    def _frag_line(text, owners, advances, line, width, hard):
        frags = []
        start = line.start
        while start < line.end:  # runs of characters from one frag
            f = owners[start]
            stop = start + 1
            while stop < line.end and owners[stop] is f:
                stop += 1
            g = f.clone()
            g.text = text[start:stop]
            frags.append(g)
            start = stop
        sizes = [f.fontSize for f in frags] or [0]
        out = FragLine(
            kind=1,
            extraSpace=width - line.width,
            wordCount=1,
            words=frags,
            fontSize=max(sizes),
            ascent=max(sizes),
            descent=-0.2 * max(sizes),
            maxWidth=width,
            currentWidth=line.width,
            lineBreak=line.end in hard,
        )
        out.md_line = (line, advances[line.start : line.end])
        return out

    def _split_lines(bl_para, start, stop):
        """The frags of lines[start:stop], joined without the space ReportLab inserts
        between Latin lines (a space would appear inside a Japanese sentence)."""
        out = []
        for line in bl_para.lines[start:stop]:
            out.extend(line.words)
            if getattr(line, "lineBreak", False):
                brk = line.words[-1].clone() if line.words else None
                if brk is not None:
                    brk.text = ""
                    brk.lineBreak = True
                    out.append(brk)
        return out

    return JaParagraph


def _draw_ja(para) -> None:
    """Draw a JaParagraph's lines: justified runs, hanging marks, under/strike lines."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.platypus.paragraph import _drawBullet

    canv = para.canv
    style = para.style
    lines = para.blPara.lines
    if not lines:
        return
    leading = style.leading
    left = style.leftIndent
    y = para.height - lines[0].fontSize  # first baseline, as ReportLab places it
    alignment = style.alignment
    last_justified = getattr(para, "_JustifyLast", False)
    canv.saveState()
    if para.bulletText:
        _drawBullet(canv, style.firstLineIndent, y, para.bulletText, style, rtl=False)
    marked = []
    tx = canv.beginText()
    state: list = [None, None, None, None]  # font, size, colour, char space
    decorations: list[tuple[float, float, float, object, tuple]] = []
    for index, fl in enumerate(lines):
        line, advances = fl.md_line
        text = "".join(w.text for w in fl.words)
        x = left + (style.firstLineIndent if index == 0 else 0)
        is_last = index == len(lines) - 1
        justify = alignment == TA_JUSTIFY and (not is_last or last_justified) and not fl.lineBreak
        extra = (
            linebreak_ja.justify(
                text, advances, _rebased(line), fl.maxWidth, max_gap=0.25 * style.fontSize
            )
            if justify
            else [0.0] * len(text)
        )
        if justify and len(extra) > 1 and not line.hanging:
            # spacing after the last glyph moves nothing: one run instead of two
            extra[-1] = extra[-2]
        if alignment == TA_CENTER:
            x += (fl.maxWidth - line.width) / 2
        elif alignment == TA_RIGHT:
            x += fl.maxWidth - line.width
        tx.setTextOrigin(x, y)
        pos = 0
        has_marks = False
        for f in fl.words:
            chunk = f.text
            count = len(chunk)
            adv = advances[pos : pos + count]
            ext = extra[pos : pos + count]
            start_x = x
            if (f.fontName, f.fontSize) != (state[0], state[1]):
                tx.setFont(f.fontName, f.fontSize)
                state[0], state[1] = f.fontName, f.fontSize
            if f.textColor != state[2]:
                tx.setFillColor(f.textColor)
                state[2] = f.textColor
            if f.rise:
                tx.setRise(f.rise)
            k = 0
            while k < count:  # runs of one character spacing
                cs = ext[k]
                m = k + 1
                while m < count and abs(ext[m] - cs) < 1e-9:
                    m += 1
                if state[3] is None or abs(cs - state[3]) > 1e-9:
                    tx.setCharSpace(cs)
                    state[3] = cs
                tx._textOut(chunk[k:m])  # positions are ours: no width to measure
                x += sum(adv[k:m]) + cs * (m - k)
                k = m
            if f.rise:
                tx.setRise(0)
            end_x = x - (ext[-1] if ext else 0)
            if f.us_lines:
                has_marks = True
                decorations.append((start_x, end_x, y, f, tuple(f.us_lines)))
            pos += count
        marked.append(has_marks)
        y -= leading
    if state[3]:
        tx.setCharSpace(0)
    canv.drawText(tx)
    for x1, x2, base, f, us_lines in decorations:
        _decorate(canv, x1, x2, base, f, us_lines)
    bar = getattr(style, "changeBar", None)
    if bar is not None:
        _draw_bars(canv, marked, style, para.height, bar)
    canv.restoreState()


def _rebased(line):
    """The Line with indices relative to its own text."""
    return linebreak_ja.Line(0, line.end - line.start, line.width, line.hanging, line.forced)


def _decorate(canv, x1: float, x2: float, base: float, f, us_lines) -> None:
    """Underlines and strikes of one run, as ReportLab would draw them (offsets, widths,
    repeats and gaps from the markup)."""
    from reportlab.platypus.paragraph import _usConv

    size = f.fontSize
    values = {"L": size, "F": size, "f": size}
    canv.saveState()
    for _n, kind, color, width, offset, rise, repeats, gap in us_lines:
        underline = kind == "underline"
        lw = _usConv(width, values, default=0.6 if underline else 0.6)
        lg = _usConv(gap, values, default=1)
        step = lg + lw
        default = "-0.125*L" if underline else "0.25*L"
        y = base + rise + _usConv(default if offset == "" else offset, values)
        canv.setLineWidth(lw)
        canv.setStrokeColor(color or f.textColor)
        for _ in range(repeats):
            canv.line(x1, y, x2, y)
            y += -step if underline else step
    canv.restoreState()
