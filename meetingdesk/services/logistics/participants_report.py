"""The participants import's plain-text report (what the dialog and the CLI show)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from meetingdesk.text.problems import Problem

if TYPE_CHECKING:
    from .participants_import import ImportPreview


def preview_report(p: ImportPreview) -> str:
    """How the file was read, counts, changes, formula cells, then problems."""
    how = f" ({p.kind.upper()}{', ' + p.encoding if p.encoding else ''})"
    lines = [f"{p.path}{how if p.kind else ''}: {p.read} data row(s) read"]
    if p.mapping is not None:
        lines.extend(f"  {line}" for line in p.mapping.describe())
    if p.rows:
        lines.append(
            f"{len(p.added)} to add, {len(p.updated)} to update, {len(p.unchanged)} unchanged"
        )
    for r in p.updated:
        changed = "; ".join(f"{c.field}: {_show(c.old)} → {_show(c.new)}" for c in r.changes)
        lines.append(f"  row {r.row}: {changed}")
    lines.extend(f"  {line}" for line in notes(p))
    for r in p.rows:
        if r.suggested:
            lines.append(
                f"  row {r.row}: suggested {', '.join(r.suggested)} "
                f"({', '.join(str(r.get(f)) for f in r.suggested)}); check them"
            )
    if p.missing:
        lines.append(
            f"{len(p.missing)} registered participant(s) are not in the file "
            "(listed only; nobody is removed):"
        )
        lines.extend(f"  {m.name} ({m.delegation_code})" for m in p.missing)
    if not p.rows and not p.errors:
        lines.append("nothing to import: the file has no data rows")
    if p.errors:
        lines.append(f"{len(p.errors)} problem(s); nothing will be imported:")
        lines.extend(f"  {e}" for e in p.errors)
    elif p.rows and not p.ok:
        lines.append("nothing to change: every row matches what is registered")
    else:
        lines.append("no problems found")
    return "\n".join(lines)


def notes(p: ImportPreview) -> list[Problem]:
    """What the person should check though nothing is wrong: formula cells whose saved value
    was taken, texts that start like a formula (kept as text, never run)."""
    out = [f if isinstance(f, Problem) else Problem(f) for f in p.formulas]
    for r in p.rows:
        for name in r.formula_like():
            shown = _show(r.get(name))
            out.append(
                Problem(
                    f"row {r.row}: {name} starts like a spreadsheet formula "
                    f"({shown}); it is kept as text, never run",
                    code="kept_as_text",
                    row=r.row,
                    field=name,
                    value=shown,
                )
            )
    return out


def _show(value: object) -> str:
    if value in (None, ""):
        return "(empty)"
    if hasattr(value, "isoformat"):
        return value.isoformat(timespec="minutes")
    return str(value)
