# SPDX-License-Identifier: GPL-3.0-or-later
"""Follow-up report on the annex actions, for the next meeting: a stacked bar chart of the
actions by status per lead delegation (reportlab.graphics, embedded fonts only), a table per
delegation (counts, overdue) and a table of every action with its status, overdue marked."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from meetingdesk.snapshots.actions import ACTION_STATUSES, ActionSnap, FollowUpSummary

from . import fonts
from .annex import day, lab, plan_state, status_label
from .common import Ctx, outline, place_and_date, title_block
from .page import section
from .styles import DELETED, MUTED, RULE, esc, mixed
from .styles import bold as bold_markup

# Colours of distinct lightness, and a hatch per status, so a black-and-white print still
# tells "agreed" from "done".
STATUS_COLORS = {
    "proposed": "#dfe6ee",
    "agreed": "#8fb0d3",
    "in_progress": "#3f6f9f",
    "done": "#1d3d22",
    "dropped": "#bdbdbd",
}
STATUS_HATCH = {
    "proposed": "dots",
    "agreed": "diagonal",
    "in_progress": "cross",
    "done": "",
    "dropped": "horizontal",
}


def both_or(ctx: Ctx, key: str, sep: str = " / ", **values: object) -> str:
    """A label in the export's language(s)."""
    return sep.join(lab(key, lang, **values) for lang in ctx.langs)


def status_chart(ctx: Ctx, summary: FollowUpSummary):
    """Stacked bars: one per lead delegation, one segment per status."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    rows = summary.delegations
    width, height = ctx.width, 190.0
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.LATIN  # else the renderer starts in Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 34
    chart.width, chart.height = width - 190, height - 62
    chart.data = [[r.count(st) for r in rows] for st in ACTION_STATUSES]
    chart.categoryAxis.categoryNames = [r.code for r in rows]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = fonts.LATIN
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = fonts.LATIN
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    tallest = max((r.total for r in rows), default=1)
    chart.valueAxis.valueMax = max(tallest, 1)
    chart.valueAxis.valueStep = 1 if tallest <= 8 else 2
    chart.barWidth = 12
    for i, st in enumerate(ACTION_STATUSES):
        chart.bars[i].fillColor = colors.HexColor(STATUS_COLORS[st])
        chart.bars[i].strokeColor = colors.HexColor("#111111")
        chart.bars[i].strokeWidth = 0.4
    group = chart.draw()
    by_color = {STATUS_COLORS[st].lower(): st for st in ACTION_STATUSES}
    for rect in _rects(group):
        color = rect.fillColor.hexval().lower().replace("0x", "#") if rect.fillColor else ""
        if color in by_color:
            group.add(
                _hatch(rect.x, rect.y, rect.width, rect.height, STATUS_HATCH[by_color[color]])
            )
    drawing.add(group)
    y = height - 40
    for st in ACTION_STATUSES:
        box = Rect(width - 140, y, 10, 8, fillColor=colors.HexColor(STATUS_COLORS[st]))
        box.strokeColor, box.strokeWidth = colors.HexColor("#111111"), 0.4
        drawing.add(box)
        drawing.add(_hatch(width - 140, y, 10, 8, STATUS_HATCH[st]))
        name = " / ".join(status_label(st, lang) for lang in ctx.langs)
        drawing.add(String(width - 124, y + 1, name, fontName=fonts.JA, fontSize=7.5))
        y -= 13
    caption = both_or(ctx, "chart")
    drawing.add(String(0, height - 10, caption, fontName=fonts.JA, fontSize=8.5))
    return AltDrawing(drawing, _alt_text(ctx, summary))


def _rects(node):
    """Every Rect inside a graphics group (the chart's bars)."""
    from reportlab.graphics.shapes import Group, Rect

    for item in getattr(node, "contents", ()):
        if isinstance(item, Rect):
            yield item
        elif isinstance(item, Group):
            yield from _rects(item)


def _hatch(x: float, y: float, w: float, h: float, kind: str):
    """Pattern lines inside a rectangle (drawn over its fill)."""
    from reportlab.graphics.shapes import Circle, Group, Line
    from reportlab.lib import colors

    group = Group()
    if not kind or w <= 0 or h <= 0:
        return group
    ink = colors.HexColor("#111111")
    step = 3.0

    def line(x1, y1, x2, y2):
        group.add(Line(x1, y1, x2, y2, strokeColor=ink, strokeWidth=0.45))

    if kind == "horizontal":
        yy = y + step / 2
        while yy < y + h:
            line(x, yy, x + w, yy)
            yy += step
    elif kind in ("diagonal", "cross"):
        # lines of slope 1 (and -1 for cross), clipped to the rectangle by hand
        t = -h
        while t < w:
            x1, y1 = x + max(t, 0), y + max(-t, 0)
            length = min(w - max(t, 0), h - max(-t, 0))
            if length > 0:
                line(x1, y1, x1 + length, y1 + length)
                if kind == "cross":
                    line(x + w - (x1 - x), y1, x + w - (x1 - x) - length, y1 + length)
            t += step * 1.6
    elif kind == "dots":
        yy = y + step / 2
        while yy < y + h:
            xx = x + step / 2
            while xx < x + w:
                group.add(Circle(xx, yy, 0.45, fillColor=ink, strokeColor=None))
                xx += step
            yy += step
    return group


def _alt_text(ctx: Ctx, summary: FollowUpSummary) -> str:
    """The chart in words, for readers who cannot see it."""
    parts = []
    for r in summary.delegations:
        counts = ", ".join(
            f"{status_label(st, 'en')} {r.count(st)}" for st in ACTION_STATUSES if r.count(st)
        )
        parts.append(f"{r.code}: {counts or 'none'}")
    return f"{lab('chart', 'en')}. " + "; ".join(parts)


class AltDrawing:
    """Stands in for a drawing flowable: draws it inside a marked-content span carrying
    /Alt, the alternative text a screen reader reads for the chart (PDF 1.7 §14.9.3)."""

    def __new__(cls, drawing, alt: str):
        from reportlab.platypus.flowables import Flowable

        class _Alt(Flowable):
            def wrap(self, aw, ah):
                return drawing.wrap(aw, ah)

            def draw(self):
                text = "<FEFF" + alt.encode("utf-16-be").hex().upper() + ">"
                self.canv._code.append(f"/Figure <</Alt {text}>> BDC")
                drawing.drawOn(self.canv, 0, 0)
                self.canv._code.append("EMC")

        return _Alt()


def _cell(ctx: Ctx, text: str, bold: bool = False, color: str = ""):
    from .flow import Paragraph

    markup = mixed(text)
    if bold:
        markup = bold_markup(markup)
    if color:
        markup = f'<font color="{color}">{markup}</font>'
    return Paragraph(markup, ctx.styles.cell(text, bold=False))


def _table(rows: list[list], widths: list[float]):
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _delegation_table(ctx: Ctx, summary: FollowUpSummary):
    head = [_cell(ctx, both_or(ctx, "col_delegation", "\n"), bold=True)]
    head += [
        _cell(ctx, "\n".join(status_label(st, lang) for lang in ctx.langs), bold=True)
        for st in ACTION_STATUSES
    ]
    head += [
        _cell(ctx, both_or(ctx, "col_total", "\n"), bold=True),
        _cell(ctx, both_or(ctx, "col_overdue", "\n"), bold=True),
    ]
    rows = [head]
    for r in summary.delegations:
        name = r.name_ja if ctx.lang == "ja" and r.name_ja else r.name_en
        late = len(r.overdue)
        rows.append(
            [_cell(ctx, f"{r.code}  {name}")]
            + [_cell(ctx, str(r.count(st))) for st in ACTION_STATUSES]
            + [
                _cell(ctx, str(r.total)),
                _cell(ctx, str(late), bold=bool(late), color=DELETED if late else ""),
            ]
        )
    first = ctx.width * 0.3
    rest = (ctx.width - first) / (len(ACTION_STATUSES) + 2)
    return _table(rows, [first] + [rest] * (len(ACTION_STATUSES) + 2))


def _action_title(ctx: Ctx, a: ActionSnap) -> str:
    parts = []
    for lang in ctx.langs:
        title = a.title_ja if lang == "ja" else a.title_en
        parts.append(title or (a.text_ja if lang == "ja" else a.text_en))
    return "\n".join(p for p in parts if p)


def _action_table(ctx: Ctx, summary: FollowUpSummary):
    keys = ("col_no", "col_action", "col_owner", "col_target", "col_status")
    rows = [[_cell(ctx, both_or(ctx, k, "\n"), bold=True) for k in keys]]
    for a in summary.actions:
        if a.clause_status == "deleted":
            continue
        status = "\n".join(status_label(a.status, lang) for lang in ctx.langs)
        color = ""
        if a.overdue:
            status += "\n" + both_or(ctx, "overdue")
            color = DELETED
        elif a.due_soon:
            status += "\n" + both_or(ctx, "due_soon")
            color = MUTED
        when = "\n".join(dict.fromkeys(day(a.target_date, lang) for lang in ctx.langs))
        rows.append(
            [
                _cell(ctx, a.number),
                _cell(ctx, _action_title(ctx, a)),
                _cell(ctx, a.owner_code),
                _cell(ctx, when),
                _cell(ctx, status, bold=a.overdue, color=color),
            ]
        )
    w = ctx.width
    return _table(rows, [w * 0.07, w * 0.46, w * 0.09, w * 0.17, w * 0.21])


def followup_story(ctx: Ctx, summary: FollowUpSummary) -> list:
    from reportlab.platypus import Spacer

    from .flow import Paragraph

    m = summary.meeting
    title_en, title_ja = lab("kind_followup", "en"), lab("kind_followup", "ja")
    # The day the plan is as of, in the output's own style (both languages: ISO, neutral).
    when = day(summary.today, ctx.lang) if ctx.lang in ("en", "ja") else summary.today.isoformat()
    state = plan_state(m, title_en, title_ja, draft=False, when=when)
    mark = outline(ctx.lang, title_en, title_ja)
    story: list = [section(ctx.state, bookmark=mark, level=ctx.level, **state)]
    titles = {"en": title_en, "ja": title_ja}
    subtitles = {
        lang: [
            m.title_ja or m.title_en if lang == "ja" else m.title_en,
            place_and_date(m, lang),
            lab("as_of", lang, date=day(summary.today, lang)),
            lab("overdue_total", lang, n=len(summary.overdue)),
        ]
        for lang in ("en", "ja")
    }
    story += title_block(ctx, titles, subtitles)
    if not summary.actions:
        for lang in ctx.langs:
            story.append(Paragraph(esc(lab("no_actions", lang)), ctx.styles.body(lang)))
        return story
    story += [status_chart(ctx, summary), Spacer(1, 10)]
    story.append(
        Paragraph(bold_markup(mixed(both_or(ctx, "by_delegation"))), ctx.styles.heading_en)
    )
    story += [_delegation_table(ctx, summary), Spacer(1, 12)]
    story.append(Paragraph(bold_markup(mixed(both_or(ctx, "by_action"))), ctx.styles.heading_en))
    story.append(_action_table(ctx, summary))
    return story


def render_followup(out: Path, summary: FollowUpSummary, options=None):
    """Write the follow-up report (atomically); returns render.PdfResult."""
    from .render import PdfOptions, _run, in_lang

    options = options or PdfOptions()
    m = summary.meeting
    return _run(
        "followup",
        Path(out),
        options,
        lambda ctx: followup_story(ctx, summary),
        title=in_lang(options.lang, lab("kind_followup", "en"), lab("kind_followup", "ja")),
        meeting=m,
        keywords=[f"meeting:{m.uuid}", f"as-of:{summary.today.isoformat()}"],
        created=datetime.combine(summary.today, time(0), ZoneInfo(m.time_zone or "UTC")),
        texts=summary,
    )
