"""Refusal sentences for meetings, logistics, actions, exports and offline work.

code → sentence with {fields}; ui/refusals renders them. A refused value of a fixed list
(a session kind, a role, a paper size…) and the list itself are shown with their labels in
the reader's language (``field_labels``), so "picnic is not one of plenary, …" reads as
"「picnic」は 全体会合、… のいずれでもありません".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def sentences() -> dict[str, str]:
    return {**_logistics(), **_actions(), **_exports(), **_offline(), **_meetings()}


def _logistics() -> dict[str, str]:
    return {
        "not_found": QCoreApplication.translate(
            "Refusals",
            "The {entity} {entity_id} no longer exists (someone may have removed it); reload "
            "and try again.",
        ),
        "changed_first": QCoreApplication.translate(
            "Refusals",
            "Someone else changed this entry first; nothing was saved — reload and try again.",
        ),
        "adopted_text_frozen": QCoreApplication.translate(
            "Refusals", "This document is adopted: its text is frozen; nothing was saved."
        ),
        "unknown_fields": QCoreApplication.translate("Refusals", "Unknown field(s): {fields}."),
        "time_needs_zone": QCoreApplication.translate(
            "Refusals", "The time given has no time zone."
        ),
        "session_kind_unknown": QCoreApplication.translate(
            "Refusals", "The session kind {session_kind} is not one of: {session_kinds}."
        ),
        "session_times_need_zone": QCoreApplication.translate(
            "Refusals", "The times of session {title} need a time zone."
        ),
        "room_other_meeting": QCoreApplication.translate(
            "Refusals", "Room {room} belongs to another meeting."
        ),
        "participant_other_meeting": QCoreApplication.translate(
            "Refusals", "{name} is not a participant of this meeting."
        ),
        "session_ends_before_start": QCoreApplication.translate(
            "Refusals", "Session {title} ends ({ends}) before it starts ({starts})."
        ),
        "departs_before_arriving": QCoreApplication.translate(
            "Refusals", "{name} departs ({departure}) before arriving ({arrival})."
        ),
        "no_place_that_day": QCoreApplication.translate(
            "Refusals", "There is no place {place} on that day."
        ),
        "no_place_in_session": QCoreApplication.translate(
            "Refusals", "There is no place {place} in that session."
        ),
        "document_other_meeting": QCoreApplication.translate(
            "Refusals", "Document {document} belongs to another meeting."
        ),
        "item_other_meeting": QCoreApplication.translate(
            "Refusals", "An agenda item cannot move to another meeting's agenda."
        ),
        "delegation_kind_unknown": QCoreApplication.translate(
            "Refusals", "The delegation kind {delegation_kind} is not one of: {delegation_kinds}."
        ),
        "precedence_rule_unknown": QCoreApplication.translate(
            "Refusals", "The order of precedence {rule} is not one of: {rules}."
        ),
        "host_placement_unknown": QCoreApplication.translate(
            "Refusals", "The host's place {placement} is not one of: {placements}."
        ),
        "japanese_order_needs_readings": QCoreApplication.translate(
            "Refusals", "The Japanese order needs a kana reading for: {delegations}."
        ),
        "manual_order_incomplete": QCoreApplication.translate(
            "Refusals", "A manual order must list every delegation of the meeting exactly once."
        ),
        "manual_order_unused": QCoreApplication.translate(
            "Refusals", "A manual order is only used with the rule {rule}."
        ),
        "participant_role_unknown": QCoreApplication.translate(
            "Refusals", "The role {role} of {name} is not one of: {roles}."
        ),
        "participant_accreditation_unknown": QCoreApplication.translate(
            "Refusals",
            "The accreditation {accreditation} of {name} is not one of: {accreditations}.",
        ),
        "arrival_needs_zone": QCoreApplication.translate(
            "Refusals", "The arrival of {name} needs a date and time with its zone."
        ),
        "departure_needs_zone": QCoreApplication.translate(
            "Refusals", "The departure of {name} needs a date and time with its zone."
        ),
        "calendar_one_choice": QCoreApplication.translate(
            "Refusals", "Choose a delegation or a participant, not both."
        ),
        "no_such_participant": QCoreApplication.translate(
            "Refusals",
            "There is no participant {name} in this meeting (give an id, an e-mail address or "
            "a MeetingDesk ID).",
        ),
        "participant_ambiguous": QCoreApplication.translate(
            "Refusals", "{name} names {count} participants; give the id."
        ),
        "seating_incomplete": QCoreApplication.translate(
            "Refusals", "A seating plan must seat every delegation of the meeting once."
        ),
        "no_such_seat": QCoreApplication.translate(
            "Refusals", "There is no seat {seat} at this table."
        ),
    }


def _actions() -> dict[str, str]:
    return {
        "carry_over_same_meeting": QCoreApplication.translate(
            "Refusals", "Carrying over needs two different meetings."
        ),
        "carry_over_missing_delegations": QCoreApplication.translate(
            "Refusals",
            "The new meeting has no delegation {delegations}: add it, then carry over again "
            "(nothing was copied).",
        ),
        "implemented_clause_missing": QCoreApplication.translate(
            "Refusals", "The clause this action implements no longer exists."
        ),
        "action_implements_itself": QCoreApplication.translate(
            "Refusals", "An action cannot implement itself."
        ),
        "implemented_clause_other_meeting": QCoreApplication.translate(
            "Refusals",
            "{clause} of {document} belongs to another meeting; an action implements clauses "
            "of its own meeting.",
        ),
        "contact_not_in_meeting": QCoreApplication.translate(
            "Refusals", "The contact person is not a participant of this meeting."
        ),
        "action_title_too_long": QCoreApplication.translate(
            "Refusals", "The {language} title has {count} characters; {limit} at most."
        ),
        "target_date_invalid": QCoreApplication.translate(
            "Refusals", "The target date {value} is not a date (write 2017-06-30)."
        ),
        "followup_date_invalid": QCoreApplication.translate(
            "Refusals", "The follow-up date {value} is not a date (write 2017-06-30)."
        ),
        "clause_not_action": QCoreApplication.translate(
            "Refusals", "{clause} is a clause of the kind {clause_kind}, not an action."
        ),
        "clause_has_action": QCoreApplication.translate(
            "Refusals", "{clause} already carries an action."
        ),
        "followup_note_too_long": QCoreApplication.translate(
            "Refusals", "The note has {count} characters; {limit} at most."
        ),
        "followup_needs_date": QCoreApplication.translate("Refusals", "A follow-up needs a date."),
        "action_not_implementing": QCoreApplication.translate(
            "Refusals", "The action does not implement {clause}."
        ),
        "action_status_unknown": QCoreApplication.translate(
            "Refusals", "The action status {action_status} is not one of: {action_statuses}."
        ),
    }


def _exports() -> dict[str, str]:
    return {
        "export_kind_unknown": QCoreApplication.translate(
            "Refusals", "The export {export_kind} is not one of: {export_kinds}."
        ),
        "language_unknown": QCoreApplication.translate(
            "Refusals", "The language {language} is not one of: {languages}."
        ),
        "paper_unknown": QCoreApplication.translate(
            "Refusals", "The paper size {paper} is not one of: {papers}."
        ),
        "export_needs_document": QCoreApplication.translate(
            "Refusals", "“{export_kind}” needs a document (one of: {documents})."
        ),
        "export_failed": QCoreApplication.translate(
            "Refusals", "The file could not be written: {reason}"
        ),
        "export_target_is_folder": QCoreApplication.translate(
            "Refusals", "{file} is a folder; give a file name."
        ),
        "export_folder_refused": QCoreApplication.translate(
            "Refusals", "Nothing can be written in the folder {folder}: {why}."
        ),
        "export_write_refused": QCoreApplication.translate(
            "Refusals", "{file} could not be written: {why}."
        ),
        "final_unbalanced": QCoreApplication.translate(
            "Refusals",
            "{clause} of {document} ({language}) has unbalanced brackets; it cannot be "
            "written as final text — clear the brackets or export the compilation text instead.",
        ),
        "font_is_folder": QCoreApplication.translate(
            "Refusals",
            "The Japanese font {file} is a folder, not a font file. "
            "Install a Japanese TrueType font (Debian/Ubuntu: apt install fonts-ipaexfont; "
            "Windows: Yu Mincho or MS Mincho come with the system; macOS: download IPAex "
            "Mincho, ipaexm.ttf) or set {env} to the path of a .ttf/.ttc file.",
        ),
        "font_missing": QCoreApplication.translate(
            "Refusals",
            "The Japanese font {file} does not exist. "
            "Install a Japanese TrueType font (Debian/Ubuntu: apt install fonts-ipaexfont; "
            "Windows: Yu Mincho or MS Mincho come with the system; macOS: download IPAex "
            "Mincho, ipaexm.ttf) or set {env} to the path of a .ttf/.ttc file.",
        ),
        "font_unreadable": QCoreApplication.translate(
            "Refusals",
            "The Japanese font {file} cannot be read (check its permissions). "
            "Install a Japanese TrueType font (Debian/Ubuntu: apt install fonts-ipaexfont; "
            "Windows: Yu Mincho or MS Mincho come with the system; macOS: download IPAex "
            "Mincho, ipaexm.ttf) or set {env} to the path of a .ttf/.ttc file.",
        ),
        "no_japanese_font": QCoreApplication.translate(
            "Refusals",
            "No usable Japanese font was found on this computer. "
            "Install a Japanese TrueType font (Debian/Ubuntu: apt install fonts-ipaexfont; "
            "Windows: Yu Mincho or MS Mincho come with the system; macOS: download IPAex "
            "Mincho, ipaexm.ttf) or set {env} to the path of a .ttf/.ttc file.",
        ),
        "font_not_embeddable": QCoreApplication.translate(
            "Refusals",
            "The Japanese font {file} cannot be embedded: only TrueType outlines work. "
            "Install a Japanese TrueType font (Debian/Ubuntu: apt install fonts-ipaexfont; "
            "Windows: Yu Mincho or MS Mincho come with the system; macOS: download IPAex "
            "Mincho, ipaexm.ttf) or set {env} to the path of a .ttf/.ttc file.",
        ),
        "latin_font_not_embeddable": QCoreApplication.translate(
            "Refusals", "The Latin font {file} cannot be embedded."
        ),
        "font_missing_glyphs": QCoreApplication.translate(
            "Refusals",
            "The Japanese font {file} has no glyph for {count} character(s) of this text "
            "({chars}); nothing was written — choose a Japanese TrueType font such as IPAex "
            "Mincho (ipaexm.ttf).",
        ),
        "no_annex": QCoreApplication.translate("Refusals", "The meeting has no annex document."),
        "redline_needs_from": QCoreApplication.translate(
            "Refusals",
            "A redline needs the revision to compare from (revisions of {document}: {revisions}).",
        ),
        "file_missing": QCoreApplication.translate("Refusals", "{file} does not exist."),
        "file_not_readable": QCoreApplication.translate(
            "Refusals", "{file} cannot be read (check its permissions)."
        ),
        "file_unwritable": QCoreApplication.translate(
            "Refusals", "{file} could not be written (check the disk and the folder's permissions)."
        ),
        "not_a_pdf": QCoreApplication.translate("Refusals", "{file} is not a PDF file."),
        "akn_one_language": QCoreApplication.translate(
            "Refusals",
            "Akoma Ntoso holds one language per file: choose English or Japanese, not {language}.",
        ),
        "circulation_needs_revision": QCoreApplication.translate(
            "Refusals", "Choose the revision to circulate."
        ),
        "circulation_not_frozen": QCoreApplication.translate(
            "Refusals",
            "{document} has no revision {label}: only frozen revisions are circulated (it "
            "has: {revisions}).",
        ),
        "folder_is_file": QCoreApplication.translate(
            "Refusals", "{folder} is a file, not a folder."
        ),
        "circulation_no_recipients": QCoreApplication.translate(
            "Refusals", "The meeting has no delegation to circulate to (besides the host)."
        ),
        "no_meeting": QCoreApplication.translate(
            "Refusals", "The database holds no meeting yet; create one or load the demo."
        ),
    }


def _offline() -> dict[str, str]:
    return {
        "no_open_conflict": QCoreApplication.translate(
            "Refusals",
            "There is no open conflict on this clause ({language}); it may have been resolved "
            "already.",
        ),
        "clause_gone": QCoreApplication.translate("Refusals", "This clause no longer exists."),
        "resolution_needs_text": QCoreApplication.translate(
            "Refusals", "An edited resolution needs its text."
        ),
        "package_versions_missing": QCoreApplication.translate(
            "Refusals",
            "The package's version history refers to versions it does not hold; nothing was "
            "changed.",
        ),
        "package_documents_missing": QCoreApplication.translate(
            "Refusals",
            "{count} document(s) of {package} are not in this meeting; nothing was changed.",
        ),
        "package_base_missing": QCoreApplication.translate(
            "Refusals",
            "{package} was taken from {count} version(s) this database no longer has (was it "
            "restored from an older backup?). Nothing was changed.",
        ),
        "package_path_is_folder": QCoreApplication.translate(
            "Refusals", "{folder} is a folder; give a name for the package file."
        ),
        "folder_missing": QCoreApplication.translate(
            "Refusals", "The folder {folder} does not exist; nothing was written."
        ),
        "package_unwritable": QCoreApplication.translate(
            "Refusals", "The package {package} could not be written: {reason}"
        ),
        "package_dangling": QCoreApplication.translate(
            "Refusals", "The package would hold {count} dangling reference(s); nothing was written."
        ),
        "package_not_a_file": QCoreApplication.translate("Refusals", "{file} is not a file."),
        "package_damaged": QCoreApplication.translate(
            "Refusals",
            "{package} is damaged or cannot be read ({reason}); ask for a fresh copy of the "
            "package.",
        ),
        "package_upgrade_failed": QCoreApplication.translate(
            "Refusals", "{package} could not be brought up to date: {reason}"
        ),
    }


def _meetings() -> dict[str, str]:
    return {
        "backup_on_server": QCoreApplication.translate(
            "Refusals",
            "A PostgreSQL database is backed up on its server ({server}, database "
            "{database}); run: {command} — and keep this computer's audit key with: "
            "{key_command}",
        ),
        "backup_in_memory": QCoreApplication.translate(
            "Refusals", "A database in memory has no file to back up."
        ),
        "file_exists": QCoreApplication.translate(
            "Refusals", "{file} already exists; choose a new file name (nothing was written)."
        ),
        "folder_not_writable": QCoreApplication.translate(
            "Refusals", "The folder {folder} is not writable; nothing was written."
        ),
        "backup_disk_full": QCoreApplication.translate(
            "Refusals", "The disk holding {folder} is full; no backup was written."
        ),
        "backup_failed": QCoreApplication.translate(
            "Refusals", "The backup to {file} failed: {reason} (nothing was written)."
        ),
    }


def _entity(code: str) -> str:
    names = {
        "meeting": QCoreApplication.translate("Refusals", "meeting"),
        "document": QCoreApplication.translate("Refusals", "document"),
        "clause": QCoreApplication.translate("Refusals", "clause"),
        "version": QCoreApplication.translate("Refusals", "clause version"),
        "delegation": QCoreApplication.translate("Refusals", "delegation"),
        "participant": QCoreApplication.translate("Refusals", "participant"),
        "agenda_session": QCoreApplication.translate("Refusals", "session"),
        "agenda_item": QCoreApplication.translate("Refusals", "agenda item"),
        "room": QCoreApplication.translate("Refusals", "room"),
        "action": QCoreApplication.translate("Refusals", "action"),
        "comment": QCoreApplication.translate("Refusals", "comment"),
        "proposal": QCoreApplication.translate("Refusals", "proposal"),
    }
    return names.get(code, code.replace("_", " "))


def _why(code: str) -> str:
    """Why a file could not be written (formats.files.why): the system's words otherwise."""
    names = {
        "disk_full": QCoreApplication.translate("Refusals", "the disk is full"),
        "permission": QCoreApplication.translate(
            "Refusals", "permission denied (choose a folder you can write to)"
        ),
        "read_only": QCoreApplication.translate("Refusals", "the disk is read-only"),
        "is_folder": QCoreApplication.translate("Refusals", "it is a folder; give a file name"),
    }
    return names.get(code, code)


def _quoted(label: Callable[[str], str]) -> Callable[[str], str]:
    """A refused value in quotes, so an unknown code reads as the value it was."""
    return lambda code: QCoreApplication.translate("Refusals", "“{value}”").format(
        value=label(code)
    )


def field_labels() -> dict[str, Callable[[str], str]]:
    """field → how one value of it is shown (lists are shown item by item, an empty list
    as "none")."""
    from meetingdesk.ui import labels
    from meetingdesk.ui.actions.model import status_text
    from meetingdesk.ui.exports.options import kind_label, lang_label, paper_label

    one = {
        "session_kind": labels.session_kind,
        "delegation_kind": labels.delegation_kind,
        "rule": labels.precedence_rule,
        "placement": labels.host_placement,
        "role": labels.role,
        "accreditation": labels.accreditation,
        "action_status": status_text,
        "export_kind": kind_label,
        "language": lang_label,
        "paper": paper_label,
    }
    plural = {
        "session_kinds": labels.session_kind,
        "delegation_kinds": labels.delegation_kind,
        "rules": labels.precedence_rule,
        "placements": labels.host_placement,
        "roles": labels.role,
        "accreditations": labels.accreditation,
        "action_statuses": status_text,
        "export_kinds": kind_label,
        "languages": lang_label,
        "papers": paper_label,
    }
    shown: dict[str, Callable[[str], str]] = {k: _quoted(f) for k, f in one.items()}
    shown["export_kind"] = kind_label  # the sentence quotes it itself
    shown["language"] = lang_label
    shown.update(plural)
    shown["clause_kind"] = labels.clause_kind
    shown["entity"] = _entity
    shown["why"] = _why
    return shown


#: fields holding lists of names (shown joined; an empty one as "none")
LISTS = ("fields", "delegations", "documents", "revisions")


def show(name: str, value: object) -> str | None:
    """A field's value in the reader's language, or None when it is shown as it is."""
    label = field_labels().get(name)
    if isinstance(value, list | tuple) and (label is not None or name in LISTS):
        if not value:
            return QCoreApplication.translate("Refusals", "none")
        separator = QCoreApplication.translate("Refusals", ", ")
        return separator.join(label(str(v)) if label else str(v) for v in value)
    if label is not None:
        return label(str(value))
    return None
