"""Service refusals reach the window as codes with data and are said in its language: every
code the services raise has a sentence, and under the Japanese catalogue no sentence keeps
English words beyond the names it carries."""

from __future__ import annotations

import ast
import re
import string
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from meetingdesk.ui import labels, refusals

PACKAGE = Path(__file__).resolve().parents[2] / "meetingdesk"
#: where refusals and problems are raised with a code (the window has no Qt-free codes)
SCANNED = (
    "services",
    "formats",
    "text",
    "integrity",
    "store/history.py",
    "store/guards.py",
    "store/audit.py",
    "store/verify.py",
)  # the rest of store: ui/team/messages
RAISED_CODE = re.compile(r'\bcode="([a-z_]+)"')

#: example data for every field a sentence may hold (a new field needs an example here)
SAMPLES: dict[str, object] = {
    "document": "declaration",
    "until": datetime(2016, 4, 30, 3, 0, tzinfo=UTC),
    "zone": "Asia/Tokyo",
    "clause": "5",
    "count": 2,
    "delegation": "CAN",
    "pending": "CAN, FRA",
    "label": "Rev.3",
    "proposal_status": "accepted",
    "limit": 4000,
    "at": datetime(2016, 4, 1, 3, 0, tzinfo=UTC),
    "received": datetime(2016, 4, 2, 3, 0, tzinfo=UTC),
    "started": datetime(2016, 4, 3, 3, 0, tzinfo=UTC),
    "name": "Alex Head",
    "reading": "Canada",
    "email": "alex@example",
    "time": "2016-03-27 02:30",
    "title": "Opening session",
    "start": "2016-04-29",
    "end": "2016-04-28",
    "choice": "mine",
    "package": "laptop.mdpkg",
    "badge": "A-017",
    "now": 7,
    "expected": 6,
    # problems found in imported files (ui/problems)
    "value": "Boss",
    "file": "registrants.csv",
    "detail": "bad zip",
    "encoding": "cp932",
    "position": 118,
    "line": 12,
    "other_line": 14,
    "row": 9,
    "column": "Kanji",
    "other_column": "Last Name",
    "columns": 11,
    "cells": 13,
    "field": "family_name",
    "other_field": "given_name",
    "fields": "family_name, family_name_ja",
    "delegations": "FRA, OECD",
    "iso": "FRA",
    "formula": "=A1&B1",
    "sheet": "Sheet1",
    "roles": "head, deputy",
    "accreditations": "pending, accredited",
    "reason": "(the reason)",
    # meetings, logistics, actions, exports, offline (ui/refusals_areas.py)
    "entity": "agenda_session",
    "entity_id": 12,
    "session_kind": "picnic",
    "session_kinds": ("plenary", "working_lunch"),
    "room": "Hall A",
    "place": 3,
    "delegation_kind": "observer",
    "delegation_kinds": ("member", "invited", "organisation"),
    "rule": "summit",
    "rules": ("summit", "en", "ja", "manual"),
    "placement": "middle",
    "placements": ("first", "last", "none"),
    "role": "chef",
    "accreditation": "maybe",
    "seat": 11,
    "language": "ja",
    "languages": ("en", "ja", "both"),
    "clause_kind": "operative",
    "action_status": "stalled",
    "action_statuses": ("proposed", "agreed", "in_progress", "done", "dropped"),
    "export_kind": "book",
    "export_kinds": ("final", "agenda", "badges"),
    "paper": "b5",
    "papers": ("a4", "letter"),
    "documents": ["charter", "declaration"],
    "revisions": ["Rev.1", "Rev.2"],
    "folder": "/tmp/out",
    "server": "db.example",
    "database": "desk",
    "command": "pg_dump --format=custom --file=/tmp/x.dump desk",
    "key_command": "meetingdesk signing --export-key /tmp/x.dump.audit-key.pem",
    "statuses": "proposed, agreed",
    "number": "5",
    "words": "We welcome",
    "where": "paragraph 5",
    "comment": "See our note",
    "text": "We welcome the work",
    "sent": "We note the work",
    "author": "Jane Doe",
    "part": "word/comments.xml",
    "why": "disk_full",
    "starts": datetime(2016, 4, 29, 1, 0, tzinfo=UTC),
    "ends": datetime(2016, 4, 29, 0, 30, tzinfo=UTC),
    "arrival": datetime(2016, 4, 28, 6, 0, tzinfo=UTC),
    "departure": datetime(2016, 4, 27, 6, 0, tzinfo=UTC),
    # the integrity check's findings (ui/findings)
    "trigger": "clause_version_no_update",
    "table": "clause_version",
    "state": "'X'",
    "function": "meetingdesk_refuse_change",
    "event": 41,
    "action": "document.adopt",
    "head": 3,
    "source": "receipt.json",
    "signed": datetime(2016, 4, 30, 6, 0, tzinfo=UTC),
    "first": 42,
    "last": 57,
    "schema": "0006",
    "program": "0012",
    "clause_id": 93,
    "version": 118,
    "links": "parent",
    "adopted": 117,
    "parent": "document",
    "env": "MEETINGDESK_CJK_FONT",
    "chars": "𠮷 髙",
    # drafting (ui/refusals_drafting)
    "text_part": "en",
    "fault": "open_bracket",
    "other_language": "en",
    "document_kind": "memo",
    "document_kinds": ["charter", "declaration", "annex", "chair_summary", "statement"],
    "clause_kinds": ["heading", "section", "subheading", "preambular", "operative", "action"],
    "clause_status": "final",
    "clause_statuses": ["draft", "bracketed", "ad_ref", "agreed", "deleted"],
    "proposal_kind": "insert",
    "proposal_kinds": ["insert", "replace", "delete", "move", "new"],
    "proposal_statuses": ["open", "accepted", "incorporated", "rejected", "withdrawn", "lapsed"],
    "stance": "maybe",
    "stances": ["support", "oppose", "reserve", "awaiting_instructions"],
    "revision_kind": "final",
    "revision_kinds": ["zero", "compilation", "chair", "clean"],
    "numbering": "roman",
    "numberings": ["bis", "renumber"],
    "bracket": 2,
    "alternative": 3,
    "reasons": ["japanese_missing", "brackets", "silence_running"],
    "offset": -1,
    "line_kind": "operative",
    "other_count": 3,
    "other_number": "7.",
    "paragraph": 12,
    "part_name": "word/media/image1.png",
    "suffix": ".pdf",
}
#: words a Japanese sentence may keep: names of standards, places and the program
NAMES = {"ISO", "JPN", "ITU", "IANA", "Asia/Tokyo", "MeetingDesk", "SQLite"}
#: … and of the programs and file formats a draft may come from
NAMES |= {
    "Word",
    "Markdown",
    "OpenDocument",
    "Apple Pages",
    "docx",
    "doc",
    "txt",
    "md",
    "zip",
    "MB",
}
#: and names of file formats, encodings and their parts
NAMES |= {"content.xml", "CSV", "UTF-8", "XLSX", "xlsx", "xls", "ODS", "ods", "XML", "XFD"}
NAMES |= {"LibreOffice", "Word", "docx", "word/document.xml", "DTD", "ZIP"}
#: and names this session's area sentences keep (ui/refusals_areas)
NAMES |= {"PostgreSQL", "Akoma Ntoso", "PDF", "ID", "US", "EU"}
#: and what to install where when no Japanese font is found (refusals_areas: font_*)
NAMES |= {"TrueType", "Debian/Ubuntu", "apt install fonts-ipaexfont", "Windows", "MS", "macOS"}
NAMES |= {"IPAex", "ipaexm.ttf", ".ttf/.ttc"}


def raised_codes() -> set[str]:
    found: set[str] = set()
    for folder in SCANNED:
        place = PACKAGE / folder
        for path in place.rglob("*.py") if place.is_dir() else [place]:
            found.update(RAISED_CODE.findall(path.read_text(encoding="utf-8")))
    return found


def _fields(sentence: str) -> set[str]:
    return {f for _t, f, _s, _c in string.Formatter().parse(sentence) if f}


def test_every_code_the_services_raise_has_a_sentence(qapp) -> None:
    codes = raised_codes()
    assert len(codes) > 40, "the scan should find the services' refusal codes"
    known = set(refusals.sentences()) | set(labels.RENDERED_HERE)
    missing = sorted(codes - known)
    assert not missing, f"refusal codes with no sentence in ui/refusals.py: {missing}"


def test_every_field_has_an_example(qapp) -> None:
    fields = {f for s in refusals.sentences().values() for f in _fields(s)}
    assert fields - {"clause", "item"} <= set(SAMPLES), sorted(fields - set(SAMPLES))


def test_sentences_in_english_name_the_clause_and_fill_every_field(qapp) -> None:
    for code in refusals.sentences():
        shown = refusals.render(code, SAMPLES, "Asia/Tokyo")
        assert shown and "{" not in shown, code
    shown = refusals.render("clause_open_brackets", {"clause": "6.", "count": 1})
    assert shown == ("clause 6 still has 1 open bracket(s); clear them before marking it agreed.")
    assert refusals.render("clause_deleted", {"words": "We welcome…"}).startswith(
        "the clause “We welcome…” is deleted"
    )
    assert refusals.render("no_such_code", {}) is None


def test_every_sentence_comes_out_in_japanese(japanese) -> None:
    english_left = []
    for code in refusals.sentences():
        shown = refusals.render(code, SAMPLES, "Asia/Tokyo")
        assert shown and "{" not in shown, code
        rest = shown
        # names in lists of names are data too (short codes such as "en" are shown by label)
        values = [v for s in SAMPLES.values() for v in (s if isinstance(s, list | tuple) else [s])]
        kept = [str(v) for v in values if len(str(v)) > 2] + list(NAMES)
        # data and names together, longest first: one may hold another ("laptop.mdpkg", "md")
        for value in sorted(kept, key=len, reverse=True):
            rest = rest.replace(value, " ")
        words = re.findall(r"[A-Za-z]{2,}", rest)
        if words:
            english_left.append(f"{code}: {shown} ({words})")
    assert not english_left, "\n".join(english_left)
    assert refusals.render("clause_deleted", {"clause": "3(a)"}) == (
        "条項 3(a) は削除されています。先に復元してください。"
    )


def test_real_refusals_read_in_japanese(japanese, ui_desk) -> None:
    """Refusals raised by the services themselves, as the window shows them."""
    from meetingdesk.services import meetings
    from meetingdesk.services.base import DeskError
    from meetingdesk.services.drafting import documents, status
    from meetingdesk.services.logistics import delegations

    meeting = meetings.list_meetings(ui_desk)[0]
    with pytest.raises(DeskError) as dup:
        delegations.add_delegation(ui_desk, meeting.id, code="CAN", name_en="Canada again")
    assert dup.value.code == "delegation_code_taken"
    assert "already used" in str(dup.value)  # the core keeps its English (the CLI prints it)
    assert labels.refusal(dup.value) == "代表団コード CAN はこの会合ですでに使われています。"

    canada = delegations.find_delegation(ui_desk, meeting.id, "CAN")
    with pytest.raises(DeskError) as stale:
        delegations.edit_delegation(
            ui_desk, canada.id, expected_version=canada.row_version - 1, name_en="Canada!"
        )
    assert stale.value.code == "changed_elsewhere"
    assert labels.refusal(stale.value).startswith("代表団 CAN は、開いた後に他の人が変更しました")
    assert str(stale.value).startswith("delegation CAN was changed")  # the CLI's English

    decl = documents.find_document(ui_desk, meeting.id, "declaration")
    bracketed = next(
        c for c in documents.document_text(ui_desk, decl.id).clauses if c.open_brackets
    )
    with pytest.raises(DeskError) as brackets:
        status.set_status(ui_desk, bracketed.id, "agreed", expected_version=bracketed.row_version)
    shown = labels.refusal(brackets.value)
    assert shown.startswith(f"条項 {bracketed.number.rstrip('.')} には未解決の角括弧が 1 個")

    with pytest.raises(DeskError) as backwards:
        meetings.create_meeting(
            ui_desk, title_en="Late", start_date=date(2016, 5, 2), end_date=date(2016, 5, 1)
        )
    assert labels.refusal(backwards.value) == (
        "会合の終了日(2016-05-01)が開始日(2016-05-02)より前です。"
    )


def test_a_refusal_without_a_code_shows_its_message(qapp) -> None:
    from meetingdesk.services.base import DeskError

    assert labels.refusal(DeskError("something plain")) == "something plain"


def test_a_stale_write_names_what_was_written(qapp, ui_desk) -> None:
    """The stale-write sentence names the item (kind and name), not "this"."""
    from meetingdesk.services import meetings
    from meetingdesk.services.base import DeskError
    from meetingdesk.services.drafting import documents, status
    from meetingdesk.services.logistics import agenda

    meeting = meetings.list_meetings(ui_desk)[0]
    decl = documents.find_document(ui_desk, meeting.id, "declaration")
    clause = next(c for c in documents.document_text(ui_desk, decl.id).clauses if c.number)
    with pytest.raises(DeskError) as stale:
        status.set_status(ui_desk, clause.id, "agreed", expected_version=clause.row_version - 1)
    shown = labels.refusal(stale.value)
    assert shown.startswith(f"Someone else changed clause {clause.number.rstrip('.')} since")
    session = agenda.list_sessions(ui_desk, meeting.id)[0]
    with pytest.raises(DeskError) as late:
        agenda.edit_session(
            ui_desk, session.id, expected_version=session.row_version - 1, title_en="Renamed"
        )
    assert labels.refusal(late.value).startswith(
        f"Someone else changed the session “{session.title_en}” since you opened it"
    )


REFUSALS = {
    "DeskError",
    "ValidationError",
    "NotFound",
    "ConflictError",
    "FrozenError",
    "PackageError",
    "StructureError",
    "ResolutionError",
}
#: folders and files whose every refusal carries a code (the window says it in its language);
#: each area joins this list once its refusals are coded
CODED: tuple[str, ...] = (
    "formats/tabular",
    "services/logistics/participants_import.py",
    "services/logistics/participants_rows.py",
    "services/logistics/participants_report.py",
    "services/actions/xlsx.py",
    "services/drafting/word_import.py",
    "formats/docx/tracked_proposals.py",
    "text/dates.py",
    "services/base.py",
    "services/meetings",
    "services/logistics/agenda.py",
    "services/logistics/delegations.py",
    "services/logistics/participants.py",
    "services/logistics/schedule.py",
    "services/logistics/seating.py",
    "services/actions/plan.py",
    "services/actions/read.py",
    "services/actions/carry_over.py",
    "services/exports",
    "services/offline",
    "services/team",
) + tuple(
    f"services/drafting/{path.name}"  # every drafting module, new ones included …
    for path in sorted((PACKAGE / "services" / "drafting").glob("*.py"))
    if path.name != "word_import.py"  # … but the Word import (coded with its reader)
)


def uncoded_raises(relative: str) -> list[str]:
    """`raise ValidationError("…")` and the like without code=…, as "file:line"."""
    found = []
    target = PACKAGE / relative
    paths = sorted(target.rglob("*.py")) if target.is_dir() else [target]
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in REFUSALS and not any(k.arg == "code" for k in node.exc.keywords):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_coded_areas_raise_no_refusal_without_a_code() -> None:
    missing = [where for relative in CODED for where in uncoded_raises(relative)]
    assert not missing, "refusals without a code: " + ", ".join(missing)


def test_the_scan_finds_an_uncoded_refusal() -> None:
    assert uncoded_raises("cli/core.py"), "cli/core.py raises plain refusals the scan must see"


def test_a_code_has_its_sentence_in_one_table_only(qapp) -> None:
    """Two tables with the same code would silently hide one sentence behind the other."""
    from meetingdesk.ui import findings, problems, refusals_areas, refusals_drafting

    tables = {
        "refusals": refusals._core(),
        "refusals_drafting": refusals_drafting.sentences(),
        "refusals_areas": refusals_areas.sentences(),
        "problems": problems.sentences(),
        "findings": findings.sentences(),
    }
    seen: dict[str, str] = {}
    twice = []
    for table, codes in tables.items():
        for code in codes:
            if code in seen:
                twice.append(f"{code} ({seen[code]}, {table})")
            seen[code] = table
    assert not twice, "codes in two sentence tables: " + ", ".join(twice)
