# SPDX-License-Identifier: GPL-3.0-or-later
"""From a file's header row to an importer's fields.

Each column is matched, in this order, by: the person's explicit choice (`--map FIELD=COLUMN`
or the import dialog), the choice remembered for this file layout, then the field's known
aliases (English, Japanese, the usual registration systems'). Headers are compared after
NFKC folding, case folding and dropping spaces and `_ - . ・`, so "Email Address",
"email_address" and "ＥＭＡＩＬ　ＡＤＤＲＥＳＳ" are one header.

Columns nobody claims are "unknown": listed, and ignored once the person said so
(`ignore_unknown`, or an explicit or remembered "ignore"); otherwise they are a problem, so
that a misspelt header is never silently dropped.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from meetingdesk.text.problems import Problem

IGNORE = ""  # the field name meaning "do not import this column"
IGNORE_WORDS = ("ignore", "-", "none")
_DROP = re.compile(r"[\s_\-.・･:：]+")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    aliases: tuple[str, ...] = ()
    label: str = ""  # shown in the mapping step


@dataclass(frozen=True)
class ColumnMapping:
    header: tuple[str, ...]
    fields: tuple[str, ...]  # per column: a field name, or IGNORE
    unknown: tuple[str, ...]  # headers matched by nothing (ignored only if allowed)
    problems: tuple[str, ...] = field(default=())
    how: tuple[str, ...] = ()  # per column: "chosen", "remembered", "alias" or "unknown"

    @property
    def ok(self) -> bool:
        return not self.problems

    def column_of(self, name: str) -> int | None:
        return self.fields.index(name) if name in self.fields else None

    def as_choices(self) -> dict[str, str]:
        """Header → field (IGNORE for ignored): what is remembered for this layout."""
        return {h: f for h, f in zip(self.header, self.fields, strict=True) if h}

    def describe(self) -> list[str]:
        """One line per column, for a report."""
        lines = []
        for number, (h, f, how) in enumerate(
            zip(self.header, self.fields, self.how, strict=True), start=1
        ):
            target = f if f else "ignored"
            lines.append(f"column {number} “{h}” → {target}" + (f" ({how})" if how else ""))
        return lines


def normalise_header(text: str) -> str:
    return _DROP.sub("", unicodedata.normalize("NFKC", str(text)).casefold())


def layout_key(header: Sequence[str]) -> str:
    """A stable fingerprint of a header row, to remember a mapping per file layout."""
    joined = "\x1f".join(normalise_header(h) for h in header)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def _find_column(header: Sequence[str], wanted: str) -> int | None:
    """A column by its header (normalised) or by its 1-based number or letter."""
    norm = normalise_header(wanted)
    for i, h in enumerate(header):
        if normalise_header(h) == norm:
            return i
    if wanted.isdigit() and 1 <= int(wanted) <= len(header):
        return int(wanted) - 1
    if len(wanted) == 1 and wanted.isalpha() and ord(wanted.upper()) - 65 < len(header):
        return ord(wanted.upper()) - 65
    return None


def resolve_mapping(
    header: Sequence[str],
    specs: Sequence[FieldSpec],
    *,
    chosen: Mapping[str, str] | Sequence[tuple[str, str]] | None = None,
    remembered: Mapping[str, str] | None = None,
    ignore_unknown: bool = False,
    required: Sequence[tuple[str, ...]] = (),
) -> ColumnMapping:
    """Match every column; `chosen` maps FIELD → COLUMN (pairs, or a dict; field "ignore"
    ignores the column, and may be given for several columns),
    `remembered` maps header → field as stored for this layout. `required` lists groups of
    fields of which at least one must be mapped."""
    names = {s.name for s in specs}
    aliases: dict[str, str] = {}
    for spec in specs:
        for alias in (spec.name, spec.label, *spec.aliases):
            if alias:
                aliases.setdefault(normalise_header(alias), spec.name)
    fields: list[str | None] = [None] * len(header)
    how = [""] * len(header)
    problems: list[Problem] = []
    pairs = list(chosen.items()) if isinstance(chosen, Mapping) else list(chosen or ())
    for field_name, column in pairs:
        target = IGNORE if field_name.casefold() in IGNORE_WORDS else field_name
        if target and target not in names:
            problems.append(
                Problem(
                    f"unknown field {field_name!r} in the mapping "
                    f"(fields: {', '.join(sorted(names))})",
                    code="mapping_unknown_field",
                    field=field_name,
                    fields=sorted(names),
                )
            )
            continue
        index = _find_column(header, column)
        if index is None:
            problems.append(
                Problem(
                    f"the file has no column {column!r} (mapped to {field_name})",
                    code="mapping_no_such_column",
                    column=column,
                    field=field_name,
                )
            )
            continue
        if how[index] == "chosen" and fields[index] != target:
            problems.append(
                Problem(
                    f"column “{header[index]}” is mapped twice ({fields[index]}, {target})",
                    code="mapping_column_twice",
                    column=header[index],
                    field=fields[index] or "ignore",
                    other_field=target or "ignore",
                )
            )
            continue
        fields[index], how[index] = target, "chosen"
    for i, h in enumerate(header):
        if how[i]:
            continue
        if not h.strip():
            fields[i], how[i] = IGNORE, ""
        elif remembered and h in remembered and (remembered[h] in names or not remembered[h]):
            fields[i], how[i] = remembered[h], "remembered"
        elif normalise_header(h) in aliases:
            fields[i], how[i] = aliases[normalise_header(h)], "alias"
    unknown = tuple(h for i, h in enumerate(header) if fields[i] is None)
    for i in range(len(fields)):
        if fields[i] is None:
            fields[i], how[i] = IGNORE, "unknown"
    if unknown and not ignore_unknown:
        problems.append(
            Problem(
                "unknown column(s): "
                + ", ".join(f"“{h}”" for h in unknown)
                + " — map them (FIELD=COLUMN) or ignore them",
                code="mapping_unknown_columns",
                columns=[f"“{h}”" for h in unknown],
            )
        )
    seen: dict[str, int] = {}
    for i, f in enumerate(fields):
        if not f:
            continue
        if f in seen:
            problems.append(
                Problem(
                    f"two columns give {f}: “{header[seen[f]]}” and “{header[i]}”; "
                    "map one of them elsewhere or ignore it",
                    code="mapping_two_columns",
                    field=f,
                    column=header[seen[f]],
                    other_column=header[i],
                )
            )
        else:
            seen[f] = i
    for group in required:
        if not any(g in seen for g in group):
            need = " or ".join(group)
            problems.append(
                Problem(
                    f"no column gives {need} (required); map one with FIELD=COLUMN",
                    code="mapping_required",
                    fields=list(group),
                )
            )
    return ColumnMapping(
        tuple(header), tuple(f or IGNORE for f in fields), unknown, tuple(problems), tuple(how)
    )
