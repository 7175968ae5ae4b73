"""HTML for redlines and attribution, shown in QTextBrowsers.

Insertions are underlined green, deletions struck through red, as negotiators mark up
paper. Only escaped text goes into the HTML: clause texts are user input.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from meetingdesk.snapshots.drafting import BlameSpanSnap, ClauseRedline, RedlineOp
from meetingdesk.ui import theme


def _style(kind: str) -> str:
    """Inline style of an inserted, deleted or moved run, for the palette in use."""
    c = theme.hex_colour
    return {
        "insert": f"color:{c('redline_insert_fg')};text-decoration:underline;"
        f"background:{c('redline_insert_bg')}",
        "delete": f"color:{c('redline_delete_fg')};text-decoration:line-through;"
        f"background:{c('redline_delete_bg')}",
        "moved": f"color:{c('markup_bracket')}",
    }[kind]


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def ops_html(ops: Sequence[RedlineOp]) -> str:
    """One text with its changes inline."""
    out = []
    for op in ops:
        if op.kind == "insert":
            out.append(f'<span style="{_style("insert")}">{_text(op.text)}</span>')
        elif op.kind == "delete":
            out.append(f'<span style="{_style("delete")}">{_text(op.text)}</span>')
        else:
            out.append(_text(op.text))
    return "".join(out)


def side_html(ops: Sequence[RedlineOp], side: str) -> str:
    """The old ("old": equal + deletions) or new ("new": equal + insertions) side."""
    keep = "delete" if side == "old" else "insert"
    return ops_html([op for op in ops if op.kind in ("equal", keep)])


def number_mark(change: ClauseRedline) -> str:
    """'para 5, was 4' style heading of one clause in a redline."""
    new, old = change.new_number, change.old_number
    if change.kind == "added":
        return QCoreApplication.translate("CompareDialog", "{number} (added)").format(
            number=new or "—"
        )
    if change.kind == "deleted":
        return QCoreApplication.translate("CompareDialog", "{number} (deleted)").format(
            number=old or "—"
        )
    if change.renumbered or change.kind == "moved":
        label = QCoreApplication.translate("CompareDialog", "{number}, was {old}").format(
            number=new or "—", old=old or "—"
        )
        return label + (
            " " + QCoreApplication.translate("CompareDialog", "(moved)")
            if change.kind == "moved"
            else ""
        )
    return new or ""


def with_gaps(changes: Sequence[ClauseRedline]) -> list[ClauseRedline | int]:
    """What "Only changed clauses" shows, as the exported redline does (the same plan,
    formats.redline_plan): the changed or renumbered clauses with the headings they stand
    under, and each run of clauses left out as its count."""
    from meetingdesk.formats.redline_plan import plan

    kinds = [ch.clause_kind for ch in changes]
    keep = [ch.kind != "unchanged" or ch.renumbered for ch in changes]
    title = [0] if changes and changes[0].clause_kind == "heading" and not keep[0] else []
    return [
        step.count if step.what == "gap" else changes[step.index]
        for step in plan(kinds, keep, title)
    ]


def gap_html(count: int, side_by_side: bool) -> str:
    """The line standing for ``count`` clauses left out."""
    if count == 1:
        said = QCoreApplication.translate("CompareDialog", "… 1 unchanged clause left out …")
    else:
        said = QCoreApplication.translate(
            "CompareDialog", "… {n} unchanged clauses left out …"
        ).format(n=count)
    words = escape(said)
    if side_by_side:
        return f'<tr><td colspan="3"><i>{words}</i></td></tr>'
    return f"<p><i>{words}</i></p>"


def redline_html(
    changes: Sequence[ClauseRedline | int],
    *,
    side_by_side: bool = False,
    only_changed: bool = False,
    header: bool = True,
) -> str:
    """A whole document's redline: inline, or a two-column table (old | new). A number
    among ``changes`` stands for that many clauses left out; ``only_changed`` leaves out
    the unchanged clauses here (see with_gaps). ``header`` False: a later part of a table
    laid out piece by piece (no column titles, no "No differences.")."""
    if only_changed:
        changes = with_gaps([ch for ch in changes if not isinstance(ch, int)])
    rows = []
    if all(isinstance(ch, int) for ch in changes):
        changes = []  # nothing changed: said below, without a count
    for ch in changes:
        if isinstance(ch, int):
            rows.append(gap_html(ch, side_by_side))
            continue
        mark = escape(number_mark(ch))
        if ch.kind == "added":
            ops: Sequence[RedlineOp] = [RedlineOp("insert", ch.new_text)]
        elif ch.kind == "deleted":
            ops = [RedlineOp("delete", ch.old_text)]
        else:
            ops = ch.ops or [RedlineOp("equal", ch.new_text)]
        style = f' style="{_style("moved")}"' if ch.kind == "moved" or ch.renumbered else ""
        head = f"<b{style}>{mark}</b>" if mark else ""
        if side_by_side:
            rows.append(
                "<tr>"
                f'<td width="8%" valign="top">{head}</td>'
                f'<td width="46%" valign="top">{side_html(ops, "old")}</td>'
                f'<td width="46%" valign="top">{side_html(ops, "new")}</td>'
                "</tr>"
            )
        else:
            rows.append(f"<p>{head}{'&nbsp; ' if head else ''}{ops_html(ops)}</p>")
    if not rows and not header:
        return ""
    if not rows:
        nothing = QCoreApplication.translate("CompareDialog", "No differences.")
        return f"<p><i>{escape(nothing)}</i></p>"
    if side_by_side:
        before = QCoreApplication.translate("CompareDialog", "Before")
        after = QCoreApplication.translate("CompareDialog", "After")
        titles = (
            f"<tr><th></th><th align=left>{escape(before)}</th>"
            f"<th align=left>{escape(after)}</th></tr>"
        )
        return (
            '<table width="100%" cellspacing="0" cellpadding="4" border="1">'
            + (titles if header else "")
            + "".join(rows)
            + "</table>"
        )
    return "".join(rows)


def span_key(span: BlameSpanSnap) -> str:
    """Spans are tinted per delegation; the secretariat's per version."""
    return span.delegation_code or f"v{span.version_id}"


def attribution_colours(spans: Sequence[BlameSpanSnap]) -> dict[str, str]:
    """A distinct light colour per author key, in order of first appearance."""
    out: dict[str, str] = {}
    for span in spans:
        key = span_key(span)
        if key not in out:
            out[key] = theme.attribution_tints()[len(out) % len(theme.attribution_tints())]
    return out


def blame_html(spans: Sequence[BlameSpanSnap]) -> str:
    """The current text, each span tinted by the delegation (or version) that wrote it."""
    colours = attribution_colours(spans)
    return "".join(
        f'<span style="background:{colours[span_key(span)]}">{_text(span.text)}</span>'
        for span in spans
    )
