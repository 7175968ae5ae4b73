"""Refusal sentences for drafting: documents, clauses, proposals, procedure, revisions,
reading and Word.

code → sentence with {fields}; ui/refusals renders them. ``fields()`` says how this area's
data is shown: kinds, statuses and languages by their translated labels (a list of allowed
values as a list of labels), a bracket-markup fault in words, which text a check concerns
("the English text of clause 5", "line 4, the Japanese text").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication


def sentences() -> dict[str, str]:
    return {
        # texts: the checks every save, new clause, proposal and import passes
        "text_empty": QCoreApplication.translate(
            "Refusals", "{text_part} is empty; to remove the clause, delete it instead."
        ),
        "text_too_long": QCoreApplication.translate(
            "Refusals",
            "{text_part} has {count} characters; a clause holds {limit} at most — split it.",
        ),
        "text_markup": QCoreApplication.translate(
            "Refusals", "{text_part}: markup error at character {position}: {fault}."
        ),
        # values outside their list
        "unknown_language": QCoreApplication.translate(
            "Refusals", "{language} is not a language of the texts ({languages})."
        ),
        "unknown_document_kind": QCoreApplication.translate(
            "Refusals",
            "{document_kind} is not a kind of document; choose one of: {document_kinds}.",
        ),
        "unknown_clause_kind": QCoreApplication.translate(
            "Refusals", "{clause_kind} is not a kind of clause; choose one of: {clause_kinds}."
        ),
        "unknown_clause_status": QCoreApplication.translate(
            "Refusals", "{clause_status} is not a clause status; choose one of: {clause_statuses}."
        ),
        "unknown_proposal_kind": QCoreApplication.translate(
            "Refusals",
            "{proposal_kind} is not a kind of proposal; choose one of: {proposal_kinds}.",
        ),
        "unknown_proposal_status": QCoreApplication.translate(
            "Refusals",
            "{proposal_status} is not a proposal status; choose one of: {proposal_statuses}.",
        ),
        "unknown_stance": QCoreApplication.translate(
            "Refusals", "{stance} is not a position; choose one of: {stances}."
        ),
        "unknown_revision_kind": QCoreApplication.translate(
            "Refusals",
            "{revision_kind} is not a kind of revision; choose one of: {revision_kinds}.",
        ),
        "unknown_numbering": QCoreApplication.translate(
            "Refusals", "{numbering} is not a way of numbering; choose one of: {numberings}."
        ),
        # documents, clauses and revisions
        "no_such_revision": QCoreApplication.translate(
            "Refusals", "{document} has no revision {label} (frozen so far: {revisions})."
        ),
        "clause_not_in_document": QCoreApplication.translate(
            "Refusals", "That clause is not in {document}; reload the page."
        ),
        "page_bounds": QCoreApplication.translate(
            "Refusals", "A page of clauses starts at 0 or later and holds at least one clause."
        ),
        "translation_source_invalid": QCoreApplication.translate(
            "Refusals",
            "The English version named as the source is not an English version of this clause.",
        ),
        "version_other_clause": QCoreApplication.translate(
            "Refusals", "That version belongs to another clause."
        ),
        "versions_languages_differ": QCoreApplication.translate(
            "Refusals",
            "One version is in {language} and the other in {other_language}; compare versions "
            "of one language.",
        ),
        "restore_stale": QCoreApplication.translate(
            "Refusals",
            "The {language} text of {clause} was saved by someone else since you opened it; "
            "nothing was restored — reload and try again.",
        ),
        "translation_japanese_changed": QCoreApplication.translate(
            "Refusals",
            "The Japanese text of {clause} was saved by someone else since you opened it; "
            "nothing was confirmed — reload and check it again.",
        ),
        "translation_english_changed": QCoreApplication.translate(
            "Refusals",
            "The English text of {clause} changed since you compared it; nothing was confirmed "
            "— reload and check the translation again.",
        ),
        "no_english_to_translate_from": QCoreApplication.translate(
            "Refusals", "{clause} has no English text to translate from."
        ),
        "ad_ref_delegations_without_ad_ref": QCoreApplication.translate(
            "Refusals", "Delegations to confirm go only with the status agreed ad ref."
        ),
        # structure
        "outline_first": QCoreApplication.translate(
            "Refusals", "The first clause at its level cannot be indented: nothing above holds it."
        ),
        "outline_top": QCoreApplication.translate(
            "Refusals", "This clause is already at the top level."
        ),
        "outline_cycle": QCoreApplication.translate(
            "Refusals", "A clause cannot be placed inside itself or its own parts."
        ),
        "outline_heading_parent": QCoreApplication.translate(
            "Refusals", "A heading cannot hold sub-paragraphs: indent under a paragraph instead."
        ),
        "outline_heading_child": QCoreApplication.translate(
            "Refusals", "A heading cannot become a sub-paragraph."
        ),
        "outline_too_deep": QCoreApplication.translate(
            "Refusals", "Sub-paragraphs go {count} levels deep at most: (a), (i), (A)."
        ),
        "outline_not_sibling": QCoreApplication.translate(
            "Refusals", "The clause to follow is not under that paragraph."
        ),
        "outline_invalid": QCoreApplication.translate(
            "Refusals", "The clauses would not form a valid outline; nothing was moved."
        ),
        "outline_deleted_parent": QCoreApplication.translate(
            "Refusals", "A deleted clause cannot hold sub-paragraphs; restore it first."
        ),
        "outline_other_document": QCoreApplication.translate(
            "Refusals",
            "A clause moves within its own document, not into {document}; propose a new "
            "clause there instead.",
        ),
        "move_after_itself": QCoreApplication.translate(
            "Refusals", "A clause cannot be moved after itself."
        ),
        # brackets
        "bracket_text_changed": QCoreApplication.translate(
            "Refusals",
            "The text of {clause} was changed by someone else since you opened it; nothing "
            "was resolved — reload and pick again.",
        ),
        "no_bracket": QCoreApplication.translate(
            "Refusals", "{clause} has no bracket {bracket} in its {language} text."
        ),
        "no_alternative": QCoreApplication.translate(
            "Refusals", "Bracket {bracket} of {clause} has no alternative {alternative}."
        ),
        "resolution_edited_since": QCoreApplication.translate(
            "Refusals",
            "{clause} was edited after the bracket was resolved; nothing was undone — restore "
            "an earlier version from its history instead.",
        ),
        # proposals
        "new_clause_in_english": QCoreApplication.translate(
            "Refusals", "A new clause is proposed in English; its Japanese follows."
        ),
        "proposal_needs_clause": QCoreApplication.translate(
            "Refusals", "A proposal to {proposal_kind} names the clause it concerns."
        ),
        "new_clause_proposal_placed_after": QCoreApplication.translate(
            "Refusals",
            "A new-clause proposal names the clause it follows, not a clause it changes.",
        ),
        "move_not_bracketable": QCoreApplication.translate(
            "Refusals", "A move cannot be written as bracketed alternatives."
        ),
        "nothing_to_bracket": QCoreApplication.translate(
            "Refusals", "The clause has no {language} text to bracket."
        ),
        # comments
        "reply_other_clause": QCoreApplication.translate(
            "Refusals", "A reply must be on the same clause as its comment."
        ),
        "comment_already_resolved": QCoreApplication.translate(
            "Refusals", "This comment is already resolved."
        ),
        "comment_not_resolved": QCoreApplication.translate(
            "Refusals", "This comment is not resolved."
        ),
        # search
        "search_too_long": QCoreApplication.translate(
            "Refusals", "The search is {count} characters long; {limit} at most."
        ),
        # silence and adoption
        "silence_deadline_form": QCoreApplication.translate(
            "Refusals", "The silence deadline {value} is not a date and time like 2016-04-30 12:00."
        ),
        "silence_deadline_ambiguous": QCoreApplication.translate(
            "Refusals",
            "The silence deadline {value} does not exist or occurs twice in {zone} (a change "
            "of summer time); choose another hour.",
        ),
        "silence_deadline_gap": QCoreApplication.translate(
            "Refusals",
            "The silence deadline {value} does not exist in {zone} (the clocks skip that "
            "hour); choose another hour.",
        ),
        "silence_deadline_naive": QCoreApplication.translate(
            "Refusals", "The silence deadline needs a time zone."
        ),
        "objection_time_naive": QCoreApplication.translate(
            "Refusals", "The time an objection was received needs a time zone."
        ),
        "adoption_refused": QCoreApplication.translate(
            "Refusals", "{document} cannot be adopted yet: {reasons}."
        ),
        # importing texts
        "draft_unreadable": "{reason}",  # the reader's own sentence (below), else its English
        # draft files and pasted texts (formats/draft_text, formats/docx/read_*)
        "draft_file_empty": QCoreApplication.translate("Refusals", "{file} is empty."),
        "draft_password": QCoreApplication.translate(
            "Refusals",
            "{file} is protected by a password; open it in Word, remove the password (File > "
            "Info > Protect Document) and save it again.",
        ),
        "draft_word97": QCoreApplication.translate(
            "Refusals",
            "{file} is an old Word 97-2003 document (.doc); save it as .docx (MeetingDesk "
            "reads Word .docx, plain text .txt and Markdown .md).",
        ),
        "draft_not_docx": QCoreApplication.translate(
            "Refusals",
            "{file} is not a Word .docx file (MeetingDesk reads Word .docx, plain text .txt "
            "and Markdown .md).",
        ),
        "draft_damaged": QCoreApplication.translate(
            "Refusals", "{file} is damaged and cannot be read ({detail})."
        ),
        "draft_too_many_parts": QCoreApplication.translate(
            "Refusals", "{file} holds {count} parts: it is not a document; nothing was read."
        ),
        "draft_zip_bomb": QCoreApplication.translate(
            "Refusals",
            "{file}: the part {part_name} expands {count} times (a zip bomb?); nothing was read.",
        ),
        "draft_expands_too_much": QCoreApplication.translate(
            "Refusals", "{file} would expand to {count} MB; nothing was read."
        ),
        "draft_opendocument": QCoreApplication.translate(
            "Refusals",
            "{file} is an OpenDocument file; save it as .docx (MeetingDesk reads Word .docx, "
            "plain text .txt and Markdown .md).",
        ),
        "draft_pages": QCoreApplication.translate(
            "Refusals",
            "{file} is an Apple Pages document; export it as Word .docx (MeetingDesk reads "
            "Word .docx, plain text .txt and Markdown .md).",
        ),
        "draft_zip_not_word": QCoreApplication.translate(
            "Refusals", "{file} is a zip archive but not a Word document."
        ),
        "draft_no_paragraphs": QCoreApplication.translate(
            "Refusals", "{file} has no paragraphs of text; nothing to import."
        ),
        "draft_not_readable": QCoreApplication.translate(
            "Refusals", "{file} cannot be read: {detail}."
        ),
        "draft_too_large": QCoreApplication.translate(
            "Refusals", "{file} is {count} MB: too large for a draft."
        ),
        "draft_suffix_not_read": QCoreApplication.translate(
            "Refusals",
            "{file}: {suffix} files are not read (MeetingDesk reads Word .docx, plain text "
            ".txt and Markdown .md).",
        ),
        "draft_not_text": QCoreApplication.translate(
            "Refusals",
            "{file} is not a text file (MeetingDesk reads Word .docx, plain text .txt and "
            "Markdown .md).",
        ),
        "draft_encoding": QCoreApplication.translate(
            "Refusals", "{file}: its characters cannot be read as text."
        ),
        "import_empty": QCoreApplication.translate(
            "Refusals", "The imported text has no paragraphs; nothing was written."
        ),
        "import_missing_english": QCoreApplication.translate(
            "Refusals",
            "{count} Japanese line(s) have no English (first: {place}); add the English or "
            "remove the line — nothing was written.",
        ),
        "import_orphan_sub_paragraph": QCoreApplication.translate(
            "Refusals",
            "{place}: a sub-paragraph has no paragraph above it ({count} such line(s)); "
            "correct the kinds in the preview — nothing was written.",
        ),
        "import_languages_differ": QCoreApplication.translate(
            "Refusals",
            "The English and Japanese texts do not match ({count} problem(s), first: {first}); "
            "fix the files, or import with the missing Japanese flagged — nothing was written.",
        ),
        # what the preview of an imported text reports (text.problems.Problem; ui/problems.say)
        "languages_count_differs": QCoreApplication.translate(
            "Refusals", "{line_kind} paragraphs: {count} in English, {other_count} in Japanese."
        ),
        "line_has_no_japanese": QCoreApplication.translate(
            "Refusals", "English line {line} ({line_kind} {number}) has no Japanese."
        ),
        "line_has_no_english": QCoreApplication.translate(
            "Refusals", "Japanese line {line} ({line_kind} {number}) has no English."
        ),
        "line_numbers_differ": QCoreApplication.translate(
            "Refusals",
            "English line {line} is numbered {number}, Japanese line {other_line} {other_number}.",
        ),
        "sub_paragraph_without_paragraph": QCoreApplication.translate(
            "Refusals",
            "{place}: sub-paragraph {number} has no paragraph above it; make it a paragraph.",
        ),
        "number_not_understood": QCoreApplication.translate(
            "Refusals", "{place}: the number {number} was not understood; it is kept in the text."
        ),
        "table_lines_left_out": QCoreApplication.translate(
            "Refusals", "{count} table line(s) not imported."
        ),
        "tables_left_out": QCoreApplication.translate("Refusals", "{count} table(s) not imported."),
        "pictures_left_out": QCoreApplication.translate(
            "Refusals", "{count} picture(s) not imported."
        ),
        "table_after_paragraph_left_out": QCoreApplication.translate(
            "Refusals", "A table ({count} rows) after paragraph {paragraph} was not imported."
        ),
        "pictures_in_paragraph_left_out": QCoreApplication.translate(
            "Refusals", "{place}: {count} picture(s) or text box(es) not imported."
        ),
        "import_clause_changed": QCoreApplication.translate(
            "Refusals",
            "{clause} changed since the preview; nothing was written — preview the file again.",
        ),
        "import_clause_edited": QCoreApplication.translate(
            "Refusals",
            "{clause} was edited by someone else since the preview; nothing was written — "
            "preview the file again.",
        ),
    }


# --- how this area's data is shown -----------------------------------------------------------


def _listed(items: object, say: Callable[[str], str]) -> str:
    values = list(items) if isinstance(items, list | tuple) else [items]
    separator = QCoreApplication.translate("Refusals", ", ")
    return separator.join(say(str(v)) for v in values)


def _each(say: Callable[[str], str]) -> Callable[[object, Mapping[str, object]], str]:
    return lambda value, _params: _listed(value, say)


def clause_name(params: Mapping[str, object]) -> str:
    """A clause as the refusals name it: "clause 3(a)", "the clause “We welcome…”"."""
    from meetingdesk.ui.refusals import _clause

    return _clause(params)


def part_name(value: object, params: Mapping[str, object]) -> str:
    """Which text a check concerns, with where it stands (a clause, an import line)."""
    part = {
        "en": QCoreApplication.translate("Refusals", "the English text"),
        "ja": QCoreApplication.translate("Refusals", "the Japanese text"),
        "proposed": QCoreApplication.translate("Refusals", "the proposed text"),
        "accepted": QCoreApplication.translate("Refusals", "the text as accepted"),
        "bracketed": QCoreApplication.translate("Refusals", "the text with the alternatives"),
        "resolved": QCoreApplication.translate("Refusals", "the resolved text"),
    }.get(str(value or ""), QCoreApplication.translate("Refusals", "the text"))
    if params.get("clause") or params.get("words"):
        return QCoreApplication.translate("Refusals", "{part} of {clause}").format(
            part=part, clause=clause_name(params)
        )
    if params.get("place"):
        return QCoreApplication.translate("Refusals", "{place}, {part}").format(
            place=place_name(params["place"], params) or str(params["place"]), part=part
        )
    return part


_PLACE = re.compile(r"^(line|paragraph) (\d+)$")


def place_name(value: object, _params: Mapping[str, object]) -> str | None:
    """Where a line of an imported text stands ("line 4", "paragraph 2" as the readers
    write it), in the reader's language; any other place as written."""
    text = str(value or "")
    found = _PLACE.match(text)
    if found is None:
        return None  # as written (a seat's place in the areas' sentences is a number)
    if found.group(1) == "line":
        return QCoreApplication.translate("Refusals", "line {n}").format(n=found.group(2))
    return QCoreApplication.translate("Refusals", "paragraph {n}").format(n=found.group(2))


def fault_name(value: object, params: Mapping[str, object]) -> str:
    from meetingdesk.ui import labels

    return labels.markup_fault(str(value), str(params.get("detail", "") or ""))


def reason_name(value: object, params: Mapping[str, object]) -> str | None:
    """A reader's refusal: from its own code when its table has a sentence (None: the
    reason as the other fields are shown)."""
    code = str(params.get("reader_code", "") or "")
    if code:
        from meetingdesk.ui.refusals import render

        shown = render(code, {k: v for k, v in params.items() if k != "reader_code"})
        if shown is not None:
            return shown
    return None


def file_name(value: object, params: Mapping[str, object]) -> str | None:
    """A draft file by its name; a pasted text (no file) as the reader calls it."""
    if params.get("pasted"):
        return QCoreApplication.translate("Refusals", "the pasted text")
    return None


def line_kind_name(code: str) -> str:
    """A line's kind in an imported text (a clause kind, or a sub-paragraph)."""
    from meetingdesk.ui import labels

    if code == "subparagraph":
        return QCoreApplication.translate("Refusals", "sub-paragraph")
    return labels.clause_kind(code)


def numbering_name(code: str) -> str:
    return {
        "bis": QCoreApplication.translate("Refusals", "numbers kept within a round (8bis)"),
        "renumber": QCoreApplication.translate("Refusals", "numbers following the order"),
    }.get(code, code)


def adoption_reason(code: str) -> str:
    return {
        "japanese_missing": QCoreApplication.translate("Refusals", "Japanese text missing"),
        "japanese_stale": QCoreApplication.translate("Refusals", "Japanese text out of date"),
        "open_proposals": QCoreApplication.translate("Refusals", "proposals still open"),
        "open_comments": QCoreApplication.translate("Refusals", "comments not resolved"),
        "brackets": QCoreApplication.translate("Refusals", "open brackets remain"),
        "ad_ref": QCoreApplication.translate("Refusals", "ad ref pending"),
        "silence_running": QCoreApplication.translate(
            "Refusals", "the silence procedure is still running"
        ),
        "silence_broken": QCoreApplication.translate(
            "Refusals", "the silence procedure was broken"
        ),
        "silence_text_changed": QCoreApplication.translate(
            "Refusals", "the text differs from the one circulated under silence"
        ),
    }.get(code, code)


def _revisions(value: object, _params: Mapping[str, object]) -> str:
    """Revision labels as written ("Rev.2"), a kind's own name in the reader's language."""
    from meetingdesk.ui import labels

    if not value:
        return QCoreApplication.translate("Refusals", "none")
    return _listed(value, labels.revision_name)


def fields() -> dict[str, Callable[[object, Mapping[str, object]], str | None]]:
    """Field name → how its value is shown: (value, all params) → text, or None for "as
    any field" (ui/refusals._shown; ui/refusals_areas says language and clause_kind)."""
    from meetingdesk.ui import labels

    return {
        "text_part": part_name,
        "place": place_name,
        "fault": fault_name,
        "reason": reason_name,
        "file": file_name,
        "other_language": _each(labels.language_name),  # "language(s)": ui/refusals_areas
        "document_kind": _each(labels.document_kind),
        "document_kinds": _each(labels.document_kind),
        "clause_kinds": _each(labels.clause_kind),
        "clause_status": _each(labels.clause_status),
        "clause_statuses": _each(labels.clause_status),
        "proposal_kind": _each(labels.proposal_kind),
        "proposal_kinds": _each(labels.proposal_kind),
        "proposal_statuses": _each(labels.proposal_status),
        "stance": _each(labels.stance),
        "stances": _each(labels.stance),
        "revision_kind": _each(labels.revision_kind),
        "revision_kinds": _each(labels.revision_kind),
        "line_kind": _each(line_kind_name),
        "numbering": _each(numbering_name),
        "numberings": _each(numbering_name),
        "reasons": _each(adoption_reason),
        "revisions": _revisions,
    }
