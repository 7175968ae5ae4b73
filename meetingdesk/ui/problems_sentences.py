"""Sentences of the problems found in imported files (ui/problems renders them).

code → sentence with {fields}; one code in one table only (see ui/refusals)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def sentences() -> dict[str, str]:
    """Problem code → sentence with {fields}."""
    return {
        "date_unreadable": QCoreApplication.translate(
            "Problems",
            "“{value}” is not a date (write 2016-04-28 15:00, 2016/4/28 "
            "15:00 or 2016年4月28日 15時00分).",
        ),
        "date_not_serial": QCoreApplication.translate("Problems", "{value} is not a date."),
        "date_not_real": QCoreApplication.translate("Problems", "“{value}” is not a real date."),
        "date_zone_no_time": QCoreApplication.translate(
            "Problems", "“{value}” has a time zone but no time."
        ),
        "time_not_real": QCoreApplication.translate("Problems", "“{value}” is not a real time."),
        "date_has_time": QCoreApplication.translate(
            "Problems", "“{value}” has a time of day: give the date alone."
        ),
        "date_alone": QCoreApplication.translate(
            "Problems", "“{value}” is a date alone: give the time too (2016/4/28 15:00)."
        ),
        "file_is_folder": QCoreApplication.translate("Problems", "{file} is a folder, not a file."),
        "file_unreadable": QCoreApplication.translate(
            "Problems", "{file} cannot be read ({detail})."
        ),
        "file_old_xls": QCoreApplication.translate(
            "Problems", "{file}: old Excel .xls files are not read; save the sheet as .xlsx or CSV."
        ),
        "file_empty": QCoreApplication.translate("Problems", "{file}: the file is empty."),
        "file_broken_byte": QCoreApplication.translate(
            "Problems", "{file}: {encoding} file with a broken byte at {position}."
        ),
        "file_binary": QCoreApplication.translate(
            "Problems", "{file} is not a text table (binary content); give CSV or XLSX."
        ),
        "file_encoding_unknown": QCoreApplication.translate(
            "Problems",
            "{file}: the text encoding cannot be recognised; save the file as CSV UTF-8.",
        ),
        "file_line_not_encoding": QCoreApplication.translate(
            "Problems", "{file}: line {line} is not {encoding} text; save the file as CSV UTF-8."
        ),
        "file_mixed_encodings": QCoreApplication.translate(
            "Problems",
            "{file} mixes text encodings (line {line} is UTF-8, line "
            "{other_line} is not); save it again from one program as CSV "
            "UTF-8.",
        ),
        "file_too_many_rows": QCoreApplication.translate(
            "Problems", "{file}: more than {limit} rows."
        ),
        "file_bad_csv": QCoreApplication.translate(
            "Problems", "{file}, line {line}: malformed CSV ({detail})."
        ),
        "file_bad_workbook": QCoreApplication.translate(
            "Problems", "{file} is not a readable XLSX or ODS workbook ({detail})."
        ),
        "file_not_workbook": QCoreApplication.translate(
            "Problems", "{file} is neither an XLSX nor an ODS workbook."
        ),
        "file_bad_xlsx": QCoreApplication.translate(
            "Problems", "{file} is not a readable XLSX workbook ({detail})."
        ),
        "file_cell_beyond_xfd": QCoreApplication.translate(
            "Problems", "{file}, row {row}: a cell beyond the last column (XFD)."
        ),
        "file_sheet_unreadable": QCoreApplication.translate(
            "Problems", "{file}, row {row}: the sheet cannot be read ({detail})."
        ),
        "file_ods_no_content": QCoreApplication.translate(
            "Problems", "{file}: the ODS file has no content.xml."
        ),
        "file_ods_bad_xml": QCoreApplication.translate(
            "Problems", "{file}: the ODS content is not well-formed XML ({detail})."
        ),
        "mapping_unknown_field": QCoreApplication.translate(
            "Problems", "There is no field “{field}” to map to (fields: {fields})."
        ),
        "mapping_no_such_column": QCoreApplication.translate(
            "Problems", "The file has no column “{column}” (chosen for {field})."
        ),
        "mapping_column_twice": QCoreApplication.translate(
            "Problems", "Column “{column}” is chosen twice ({field}, {other_field})."
        ),
        "mapping_unknown_columns": QCoreApplication.translate(
            "Problems",
            "Columns not recognised: {columns} — choose what each is read as, or ignore them.",
        ),
        "mapping_two_columns": QCoreApplication.translate(
            "Problems",
            "Two columns give {field}: “{column}” and “{other_column}”; "
            "read one of them as something else or ignore it.",
        ),
        "mapping_required": QCoreApplication.translate(
            "Problems", "No column gives {fields} (required); choose one in the Columns tab."
        ),
        "ambiguous_delegation": QCoreApplication.translate(
            "Problems", "“{value}” names several delegations ({delegations}); choose one."
        ),
        "ambiguous_affiliation": QCoreApplication.translate(
            "Problems",
            "The affiliation “{value}” names several delegations ({delegations}); choose one.",
        ),
        "no_delegation_named": QCoreApplication.translate(
            "Problems", "There is no delegation “{value}” in this meeting."
        ),
        "country_no_delegation": QCoreApplication.translate(
            "Problems", "“{value}” ({iso}) has no delegation in this meeting."
        ),
        "country_unknown": QCoreApplication.translate(
            "Problems", "“{value}” is not a known country and has no delegation in this meeting."
        ),
        "affiliation_no_delegation": QCoreApplication.translate(
            "Problems", "The affiliation “{value}” names no delegation."
        ),
        "no_delegation_given": QCoreApplication.translate(
            "Problems", "No delegation, country or affiliation is given."
        ),
        "formula_without_value": QCoreApplication.translate(
            "Problems",
            "Column {column} holds a formula ({formula}) saved without "
            "its computed value; open and save the file in a spreadsheet "
            "program, or type the value.",
        ),
        "formula_value_taken": QCoreApplication.translate(
            "Problems",
            "{file}, sheet {sheet}, row {row}, column {column} ({field}):"
            " a formula ({formula}); the value it showed, “{value}”, is "
            "taken — check it.",
        ),
        "field_empty": QCoreApplication.translate("Problems", "Empty: this is required."),
        "role_unknown": QCoreApplication.translate(
            "Problems", "“{value}” is not a role; use one of: {roles}."
        ),
        "accreditation_unknown": QCoreApplication.translate(
            "Problems", "“{value}” is not an accreditation state; use one of: {accreditations}."
        ),
        "not_an_email": QCoreApplication.translate(
            "Problems", "“{value}” is not an e-mail address."
        ),
        "reading_not_in_kana": QCoreApplication.translate(
            "Problems", "“{value}” is not written in kana."
        ),
        "departure_before_arrival": QCoreApplication.translate(
            "Problems", "The departure is before the arrival."
        ),
        "no_delegation_code": QCoreApplication.translate(
            "Problems", "There is no delegation with code “{value}” in this meeting."
        ),
        "not_a_meetingdesk_id": QCoreApplication.translate(
            "Problems", "“{value}” is not a MeetingDesk ID."
        ),
        "meetingdesk_id_unknown": QCoreApplication.translate(
            "Problems", "No participant of this meeting has this MeetingDesk ID."
        ),
        "email_shared": QCoreApplication.translate(
            "Problems", "{count} registered participants share this e-mail address."
        ),
        "same_uuid_as_row": QCoreApplication.translate(
            "Problems", "The same MeetingDesk ID as row {row}."
        ),
        "same_email_as_row": QCoreApplication.translate(
            "Problems", "The same e-mail address as row {row}."
        ),
        "same_person_as_row": QCoreApplication.translate(
            "Problems", "The same person as row {row}."
        ),
        "badge_on_row": QCoreApplication.translate(
            "Problems", "Badge {badge} is also on row {row}."
        ),
        "badge_given_to": QCoreApplication.translate(
            "Problems", "Badge {badge} is already given to {name}."
        ),
        "second_head_row": QCoreApplication.translate(
            "Problems", "A second head of delegation (see row {row})."
        ),
        "delegation_has_head": QCoreApplication.translate(
            "Problems", "The delegation already has a head ({name})."
        ),
        "cells_for_columns": QCoreApplication.translate(
            "Problems", "{cells} cells for {columns} columns."
        ),
        "import_has_problems": QCoreApplication.translate(
            "Problems", "The file has {count} problem(s); nothing was imported."
        ),
        "import_no_rows": QCoreApplication.translate(
            "Problems", "The file has no participant rows; nothing was imported."
        ),
        "import_delegation_gone": QCoreApplication.translate(
            "Problems", "Row {row}: delegation {delegation} is gone; nothing was imported."
        ),
        "import_row_refused": QCoreApplication.translate(
            "Problems", "Row {row}: {reason} Nothing was imported."
        ),
        "registered_since_preview": QCoreApplication.translate(
            "Problems", "{name} was registered since the preview."
        ),
        "badge_given_since_preview": QCoreApplication.translate(
            "Problems", "Badge {badge} was given since the preview."
        ),
        "head_since_preview": QCoreApplication.translate(
            "Problems", "The delegation got a head since the preview."
        ),
        "retired_since_preview": QCoreApplication.translate(
            "Problems", "The participant was retired since the preview."
        ),
        "xlsx_not_ods": QCoreApplication.translate(
            "Problems",
            "{file} is not written: .ods files are not written; give a "
            "name ending in .xlsx (LibreOffice opens it, and .ods files "
            "are read on import).",
        ),
        "xlsx_name_needed": QCoreApplication.translate(
            "Problems", "{file} is not written: give a file name ending in .xlsx."
        ),
        "kept_as_text": QCoreApplication.translate(
            "Problems",
            "Row {row}: {field} starts like a spreadsheet formula "
            "({value}); it is kept as text, never run.",
        ),
        "target_date_unreadable": QCoreApplication.translate(
            "Problems", "“{value}” is not a date (write 2017-06-30, 2017/6/30 or 2017年6月30日)."
        ),
        "not_a_paragraph_reference": QCoreApplication.translate(
            "Problems", "“{value}” is not a paragraph reference (write declaration:5)."
        ),
        "no_such_paragraph": QCoreApplication.translate(
            "Problems", "There is no paragraph “{value}” in this meeting."
        ),
        "action_text_empty": QCoreApplication.translate(
            "Problems", "Empty: every action needs its English text."
        ),
        "status_unknown": QCoreApplication.translate(
            "Problems", "“{value}” is not a status; use one of: {statuses}."
        ),
        "no_participant_named": QCoreApplication.translate(
            "Problems", "There is no participant named “{value}” in this meeting."
        ),
        "no_annex_for_actions": QCoreApplication.translate(
            "Problems", "The meeting has no annex document to hold actions."
        ),
        "unknown_column": QCoreApplication.translate(
            "Problems",
            "This column is not recognised; use the columns of the exported action list.",
        ),
        "column_appears_twice": QCoreApplication.translate(
            "Problems", "This column appears twice."
        ),
        "required_column_missing": QCoreApplication.translate(
            "Problems", "This required column is missing."
        ),
        "not_a_uuid": QCoreApplication.translate(
            "Problems", "“{value}” is not an action ID (UUID)."
        ),
        "no_action_with_uuid": QCoreApplication.translate(
            "Problems", "No action of this meeting has this ID."
        ),
        "same_action_as_row": QCoreApplication.translate(
            "Problems", "The same action as row {row}."
        ),
        "action_changed_since_preview": QCoreApplication.translate(
            "Problems",
            "Row {row}: the action was changed since the preview; nothing"
            " was imported — preview again.",
        ),
        "where_heading": QCoreApplication.translate("Problems", "the document's heading"),
        "where_paragraph": QCoreApplication.translate("Problems", "paragraph {number}"),
        "where_paragraph_words": QCoreApplication.translate("Problems", "the paragraph “{words}…”"),
        "where_unnumbered": QCoreApplication.translate("Problems", "an unnumbered paragraph"),
        "where_new_after": QCoreApplication.translate("Problems", "new paragraph after {where}"),
        "where_new_top": QCoreApplication.translate("Problems", "new paragraph at the top"),
        "where_document": QCoreApplication.translate("Problems", "the document"),
        "word_no_tracked_changes": QCoreApplication.translate(
            "Problems",
            "{file} has no tracked changes: was Track Changes on while it"
            " was edited? Nothing to import.",
        ),
        "word_comment_no_change": QCoreApplication.translate(
            "Problems", "Comment “{comment}” is on a paragraph with no change; not imported."
        ),
        "word_clause_count": QCoreApplication.translate(
            "Problems",
            "{file} is not that revision: it has {count} clause "
            "paragraphs where the revision has {expected} (numbering too "
            "different).",
        ),
        "word_text_differs": QCoreApplication.translate(
            "Problems",
            "{file} is not that revision: {where} reads “{text}” where "
            "the revision has “{sent}” — text changed without Track "
            "Changes, or another revision.",
        ),
        "word_paragraph_merged": QCoreApplication.translate(
            "Problems", "Paragraph merged into another; propose its deletion and the new wording."
        ),
        "word_change_outside_text": QCoreApplication.translate(
            "Problems", "Change outside the text's paragraphs (title or legend); not imported."
        ),
        "word_brackets_without_tags": QCoreApplication.translate(
            "Problems",
            "The file shows this bracketed paragraph without its "
            "delegation tags; send the compilation text for comments.",
        ),
        "word_change_in_brackets": QCoreApplication.translate(
            "Problems",
            "Tracked change inside square brackets: the bracketed text is"
            " under negotiation — propose an alternative in the window "
            "instead.",
        ),
        "word_comment_no_own_change": QCoreApplication.translate(
            "Problems", "Comment “{comment}” is on no change of its author; not imported."
        ),
        "word_unplaced": QCoreApplication.translate(
            "Problems", "{where} ({language}), by {author}: {reason}"
        ),
        "word_unplaced_nobody": QCoreApplication.translate(
            "Problems", "{where} ({language}): {reason}"
        ),
        "word_author_unmapped": QCoreApplication.translate(
            "Problems",
            "Author “{author}” matches no delegation: choose the "
            "delegation for this author; nothing imported.",
        ),
        "word_new_clause_in_japanese": QCoreApplication.translate(
            "Problems",
            "{where} (Japanese), by {author}: a new clause is proposed in"
            " English; add it in the English column.",
        ),
        "word_paragraph_gone": QCoreApplication.translate(
            "Problems",
            "{where}, by {author}: that paragraph no longer exists "
            "(deleted since {label}); change not imported.",
        ),
        "word_changes_not_placed": QCoreApplication.translate(
            "Problems", "{file}: {count} change(s) could not be placed; nothing imported — {reason}"
        ),
        "word_revision_needed": QCoreApplication.translate(
            "Problems", "Say which revision the file is."
        ),
        "word_no_such_revision": QCoreApplication.translate(
            "Problems", "{document} has no revision {label} (it has: {revisions})."
        ),
        "word_file_unreadable": QCoreApplication.translate(
            "Problems", "{file} cannot be read as a returned document: {detail}"
        ),
        "word_not_that_revision": QCoreApplication.translate(
            "Problems", "{reason} ({label} of {document})"
        ),
        "word_author_unknown_delegation": QCoreApplication.translate(
            "Problems",
            "Author “{author}” is given delegation {delegation}, which is not in this meeting.",
        ),
        "docx_damaged": QCoreApplication.translate("Problems", "{file} is damaged ({detail})."),
        "docx_dtd": QCoreApplication.translate("Problems", "{file} declares a DTD; refused."),
        "docx_part_too_large": QCoreApplication.translate(
            "Problems", "{file}: {part} is too large to be a document part."
        ),
        "docx_not_zip": QCoreApplication.translate(
            "Problems", "{file} is not a Word .docx file (not a zip package)."
        ),
        "docx_no_document": QCoreApplication.translate(
            "Problems", "{file} is not a Word .docx file (it has no word/document.xml)."
        ),
        "docx_no_body": QCoreApplication.translate("Problems", "{file} has no document body."),
    }
