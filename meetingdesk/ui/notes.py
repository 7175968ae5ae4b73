"""The notes the program itself writes on versions, in the reader's language.

A version's note is part of its hashed, append-only record, so it stays as written: the
secretariat's own notes in whatever language they were typed, and the program's notes in
English ("proposal of FRA accepted", "restored the text of version 12"). The window reads
each line of a note against the finite set of forms the program writes and says a known one
through tr(); any other line is shown as it was written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

_CODES = r"(?P<codes>[A-Z][A-Z0-9]{1,5}(?:, [A-Z][A-Z0-9]{1,5})*)"


def _forms() -> list[tuple[re.Pattern[str], Callable[[dict[str, str]], str]]]:
    """(pattern, sentence) for every note the services write; read again on each call."""
    return [
        (
            re.compile(r"proposal of (?P<code>\S+) accepted(?:: (?P<rest>.+))?"),
            lambda g: (
                QCoreApplication.translate("Notes", "proposal of {code} accepted").format(
                    code=g["code"]
                )
                + (": " + g["rest"] if g.get("rest") else "")
            ),
        ),
        (
            re.compile(r"proposal of (?P<code>\S+) incorporated as an alternative"),
            lambda g: QCoreApplication.translate(
                "Notes", "proposal of {code} incorporated as an alternative"
            ).format(**g),
        ),
        (
            re.compile(r"restored the text of version (?P<id>\d+)"),
            lambda g: QCoreApplication.translate(
                "Notes", "restored the text of version {id}"
            ).format(**g),
        ),
        (
            re.compile(r"translation confirmed against English version (?P<id>\d+)"),
            lambda g: QCoreApplication.translate(
                "Notes", "translation confirmed against English version {id}"
            ).format(**g),
        ),
        (
            re.compile(rf"alternative (?P<n>\d+)(?: {{{_CODES}}})? of bracket (?P<m>\d+) kept"),
            lambda g: (
                QCoreApplication.translate(
                    "Notes", "alternative {n} {{{codes}}} of bracket {m} kept"
                )
                if g.get("codes")
                else QCoreApplication.translate("Notes", "alternative {n} of bracket {m} kept")
            ).format(n=g["n"], m=g["m"], codes=g.get("codes") or ""),
        ),
        (
            re.compile(r"bracket (?P<m>\d+) dropped"),
            lambda g: QCoreApplication.translate("Notes", "bracket {m} dropped").format(**g),
        ),
        (
            re.compile(r"brackets lifted from bracket (?P<m>\d+)"),
            lambda g: QCoreApplication.translate(
                "Notes", "brackets lifted from bracket {m}"
            ).format(**g),
        ),
        (
            re.compile(r"undid: (?P<inner>.+)"),
            lambda g: QCoreApplication.translate("Notes", "undid: {inner}").format(
                inner=_line(g["inner"])
            ),
        ),
        (
            re.compile(r"(?P<code>[A-Z][A-Z0-9]{1,5}) confirmed"),
            lambda g: QCoreApplication.translate("Notes", "{code} confirmed").format(**g),
        ),
        (
            re.compile(r"renumbered as clean text"),
            lambda g: QCoreApplication.translate("Notes", "renumbered as clean text"),
        ),
        (
            re.compile(r"circulated under silence"),
            lambda g: QCoreApplication.translate("Notes", "circulated under silence"),
        ),
        (
            re.compile(r"lapsed on adoption"),
            lambda g: QCoreApplication.translate("Notes", "lapsed on adoption"),
        ),
        (
            re.compile(r"agreed on adoption of the document"),
            lambda g: QCoreApplication.translate("Notes", "agreed on adoption of the document"),
        ),
        (
            re.compile(r"carried over from action (?P<number>\S+) \((?P<document>[^)]*)\)"),
            lambda g: QCoreApplication.translate(
                "Notes", "carried over from action {number} ({document})"
            ).format(**g),
        ),
        (
            re.compile(r"action edit"),
            lambda g: QCoreApplication.translate("Notes", "action edited"),
        ),
        (
            re.compile(r"conflict resolved \((?P<choice>\w+)\)"),
            lambda g: QCoreApplication.translate("Notes", "conflict resolved ({choice})").format(
                choice=_choice(g["choice"])
            ),
        ),
        (
            re.compile(r"imported from (?P<source>.+)"),
            lambda g: QCoreApplication.translate("Notes", "imported from {source}").format(**g),
        ),
        (
            re.compile(r"Footnote: (?P<text>.*)"),
            lambda g: QCoreApplication.translate("Notes", "Footnote: {text}").format(**g),
        ),
        (
            re.compile(r"Japanese missing in the imported text"),
            lambda g: QCoreApplication.translate("Notes", "Japanese missing in the imported text"),
        ),
        (
            re.compile(r"(?P<inner>.*?) ?\[via package, checked in by (?P<login>[^\]]+)\]"),
            lambda g: (
                (_line(g["inner"]) + " " if g.get("inner") else "")
                + QCoreApplication.translate(
                    "Notes", "[via package, checked in by {login}]"
                ).format(login=g["login"])
            ),
        ),
    ]


def _choice(code: str) -> str:
    names = {
        "main": QCoreApplication.translate("Notes", "main database's text kept"),
        "package": QCoreApplication.translate("Notes", "package's text kept"),
        "edit": QCoreApplication.translate("Notes", "edited by hand"),
        "alternatives": QCoreApplication.translate("Notes", "both kept as bracketed alternatives"),
    }
    return names.get(code, code)


def _line(text: str) -> str:
    for pattern, say in _forms():
        found = pattern.fullmatch(text.strip())
        if found:
            groups = {k: v for k, v in found.groupdict().items() if v is not None}
            return say(groups)
    return text


def version_note(note: str) -> str:
    """A version's note as the reader reads it: the program's own lines translated."""
    if not note:
        return note
    return "\n".join(_line(line) for line in note.split("\n"))
