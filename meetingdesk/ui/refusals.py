"""Service refusals in the reader's language: one translated sentence per DeskError code.

The services raise DeskError(message, code=..., **params) with an English message (the
command line prints it) and what happened as data; here each code has its sentence, and
the data fills it: a clause is named by its number (or first words), times in the zone
given, a proposal's status by its label. Names (document short names, delegation codes,
people, files) stay as they were written. A test scans the services for every code they
raise and fails when one has no sentence here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication


def sentences() -> dict[str, str]:
    """code → sentence with {fields}; read again on each call, so a language switch shows.

    The areas keep their own tables (refusals_drafting, refusals_areas, problems, findings)
    so that each stays a readable size; a code appears in one table only."""
    from meetingdesk.ui import findings, problems, refusals_areas, refusals_drafting

    return {
        **_core(),
        **refusals_drafting.sentences(),
        **refusals_areas.sentences(),
        **problems.sentences(),
        **findings.sentences(),
    }


def _core() -> dict[str, str]:
    return {
        # any write from a stale view (the window names what it was writing)
        "changed_elsewhere": QCoreApplication.translate(
            "Refusals",
            "Someone else changed {item} since you opened it (now version {now}, you edited "
            "version {expected}); nothing was saved — reload and try again.",
        ),
        # drafting
        "document_adopted": QCoreApplication.translate(
            "Refusals", "{document} is adopted and frozen; it can no longer be edited."
        ),
        "document_under_silence": QCoreApplication.translate(
            "Refusals",
            "{document} is under silence until {until} — break or withdraw the procedure first.",
        ),
        "sub_paragraph_of_deleted": QCoreApplication.translate(
            "Refusals",
            "This sub-paragraph belongs to a deleted paragraph; restore the paragraph first.",
        ),
        "clause_not_deleted": QCoreApplication.translate("Refusals", "{clause} is not deleted."),
        "clause_deleted": QCoreApplication.translate(
            "Refusals", "{clause} is deleted; restore it first."
        ),
        "ad_ref_needs_delegations": QCoreApplication.translate(
            "Refusals", "Agreed ad ref needs the delegations whose confirmation is pending."
        ),
        "clause_open_brackets": QCoreApplication.translate(
            "Refusals",
            "{clause} still has {count} open bracket(s); clear them before marking it agreed.",
        ),
        "no_ad_ref_pending": QCoreApplication.translate(
            "Refusals", "{clause} has no ad ref pending for {delegation} (pending: {pending})."
        ),
        "no_japanese_to_confirm": QCoreApplication.translate(
            "Refusals", "{clause} has no Japanese text to confirm."
        ),
        "document_needs_names": QCoreApplication.translate(
            "Refusals", "A document needs a short name and an English title."
        ),
        "document_needs_title": QCoreApplication.translate(
            "Refusals", "A document needs an English title."
        ),
        "document_needs_short_name": QCoreApplication.translate(
            "Refusals", "A document needs a short name."
        ),
        "annex_other_meeting": QCoreApplication.translate(
            "Refusals", "An annex belongs to a document of the same meeting."
        ),
        "no_such_document": QCoreApplication.translate(
            "Refusals", "There is no document named {document} in this meeting."
        ),
        "document_name_taken": QCoreApplication.translate(
            "Refusals", "A document named {document} already exists."
        ),
        "revision_label_length": QCoreApplication.translate(
            "Refusals", "A revision label needs 1 to 64 characters."
        ),
        "revision_label_taken": QCoreApplication.translate(
            "Refusals", "{document} already has a revision {label}."
        ),
        "proposal_same_text": QCoreApplication.translate(
            "Refusals", "The proposed text is the same as the current text."
        ),
        "proposal_insert_only_adds": QCoreApplication.translate(
            "Refusals",
            "An insert proposal only adds words; use replace to change or remove words.",
        ),
        "proposal_decided": QCoreApplication.translate(
            "Refusals", "This proposal is already decided ({proposal_status})."
        ),
        "proposer_own_support": QCoreApplication.translate(
            "Refusals", "{delegation} made this proposal; its own support is implied."
        ),
        "proposal_overlaps_edits": QCoreApplication.translate(
            "Refusals",
            "The clause was edited since this proposal was made and the edits overlap; "
            "incorporate it as an alternative by hand or ask for a new proposal.",
        ),
        "proposal_clause_deleted": QCoreApplication.translate(
            "Refusals", "The clause was deleted; this proposal no longer applies."
        ),
        "proposal_passage_bracketed": QCoreApplication.translate(
            "Refusals",
            "The passage this proposal changes already holds brackets; edit the clause by hand.",
        ),
        "proposal_already_reads": QCoreApplication.translate(
            "Refusals", "The current text already reads as proposed."
        ),
        "proposal_on_deleted_clause": QCoreApplication.translate(
            "Refusals", "That clause is deleted; propose a new clause instead."
        ),
        "comment_empty": QCoreApplication.translate("Refusals", "The comment is empty."),
        "comment_too_long": QCoreApplication.translate(
            "Refusals", "The comment has {count} characters; {limit} at most."
        ),
        "silence_already": QCoreApplication.translate(
            "Refusals", "{document} is already under silence; withdraw that procedure first."
        ),
        "silence_deadline_passed": QCoreApplication.translate(
            "Refusals", "The silence deadline {at} has already passed."
        ),
        "not_under_silence": QCoreApplication.translate(
            "Refusals", "{document} is not under a silence procedure."
        ),
        "objection_predates": QCoreApplication.translate(
            "Refusals",
            "An objection received at {received} predates the silence procedure on "
            "{document} (started {started}).",
        ),
        "override_needs_reason": QCoreApplication.translate(
            "Refusals", "An override needs a reason: say why the secretariat adopts anyway."
        ),
        "nothing_to_adopt": QCoreApplication.translate(
            "Refusals", "{document} has no clauses to adopt."
        ),
        # logistics
        "reading_not_kana": QCoreApplication.translate(
            "Refusals", "The reading of {name} must be written in kana, not {reading}."
        ),
        "delegation_code_form": QCoreApplication.translate(
            "Refusals",
            "Delegation code {delegation} must be 2 to 16 letters or digits "
            "(ISO 3166 alpha-3 for a country).",
        ),
        "not_a_country_code": QCoreApplication.translate(
            "Refusals",
            "{delegation} is not an ISO 3166 country code: use alpha-3 such as JPN, or the "
            "kind organisation for a body such as ITU.",
        ),
        "delegation_needs_name": QCoreApplication.translate(
            "Refusals", "Delegation {delegation} needs an English name."
        ),
        "delegation_code_taken": QCoreApplication.translate(
            "Refusals", "Delegation code {delegation} is already used in this meeting."
        ),
        "delegation_retired": QCoreApplication.translate(
            "Refusals", "Delegation {delegation} is retired; restore it first."
        ),
        "delegation_has_participants": QCoreApplication.translate(
            "Refusals",
            "Delegation {delegation} still has {count} participant(s): retire them too or "
            "move them to another delegation.",
        ),
        "badge_taken": QCoreApplication.translate(
            "Refusals", "Badge number {badge} is already given in this meeting."
        ),
        "participant_needs_family_name": QCoreApplication.translate(
            "Refusals", "A participant needs a family name."
        ),
        "participant_retired": QCoreApplication.translate(
            "Refusals", "{name} is retired; restore them first."
        ),
        "email_invalid": QCoreApplication.translate(
            "Refusals", "The e-mail address {email} of {name} is not valid."
        ),
        "head_already": QCoreApplication.translate(
            "Refusals",
            "{delegation} already has a head of delegation ({name}); change that role first.",
        ),
        "time_does_not_exist": QCoreApplication.translate(
            "Refusals", "{time} does not exist in {zone} (the clocks skip that hour)."
        ),
        "room_needs_name": QCoreApplication.translate("Refusals", "A room needs an English name."),
        "session_needs_title": QCoreApplication.translate(
            "Refusals", "A session needs an English title."
        ),
        "item_needs_title": QCoreApplication.translate(
            "Refusals", "An agenda item needs an English title."
        ),
        # meetings
        "unknown_time_zone": QCoreApplication.translate(
            "Refusals", "Unknown time zone {zone}: use an IANA name such as Asia/Tokyo."
        ),
        "meeting_needs_title": QCoreApplication.translate(
            "Refusals", "A meeting needs an English title."
        ),
        "meeting_ends_before_start": QCoreApplication.translate(
            "Refusals", "The meeting ends ({end}) before it starts ({start})."
        ),
        # actions
        "action_needs_owner": QCoreApplication.translate(
            "Refusals", "An action needs an owner delegation (its code, e.g. JPN)."
        ),
        "unknown_delegation": QCoreApplication.translate(
            "Refusals", "There is no delegation {delegation} in this meeting."
        ),
        "action_clause_deleted": QCoreApplication.translate(
            "Refusals", "This action's clause is deleted; restore it before editing its text."
        ),
        "followup_needs_note": QCoreApplication.translate("Refusals", "A follow-up needs a note."),
        "not_an_annex": QCoreApplication.translate(
            "Refusals", "{document} is not an annex: actions live in an annex document."
        ),
        # offline
        "checkout_needs_document": QCoreApplication.translate(
            "Refusals", "Choose at least one document to check out."
        ),
        "bad_resolution": QCoreApplication.translate(
            "Refusals", "{choice} is not a way to resolve a conflict; nothing was changed."
        ),
        "package_from_other_database": QCoreApplication.translate(
            "Refusals",
            "{package} was checked out from another database; check it in where it came from. "
            "Nothing was changed.",
        ),
        "package_not_signed": QCoreApplication.translate(
            "Refusals",
            "The manifest of {package} is not signed by this database (forged, or made by an "
            "older MeetingDesk); refused, nothing was changed.",
        ),
        "package_tampered": QCoreApplication.translate(
            "Refusals", "{package} was changed outside MeetingDesk; refused, nothing was changed."
        ),
        "package_meeting_missing": QCoreApplication.translate(
            "Refusals", "The meeting of {package} is not in this database; nothing was changed."
        ),
        "package_not_sqlite": QCoreApplication.translate(
            "Refusals", "{package} is not a MeetingDesk package (not an SQLite file)."
        ),
        "package_no_tables": QCoreApplication.translate(
            "Refusals", "{package} is not a MeetingDesk package (no MeetingDesk tables)."
        ),
        "package_is_database": QCoreApplication.translate(
            "Refusals", "{package} is a MeetingDesk database, not a package."
        ),
        "package_newer": QCoreApplication.translate(
            "Refusals",
            "{package} was written by a newer MeetingDesk; update MeetingDesk. Nothing was "
            "changed.",
        ),
    }


def _clause(params: Mapping[str, object]) -> str:
    number = str(params.get("clause", "") or "").rstrip(".")
    if number:
        return QCoreApplication.translate("Refusals", "clause {number}").format(number=number)
    words = str(params.get("words", "") or "")
    if words:
        return QCoreApplication.translate("Refusals", "the clause “{words}”").format(words=words)
    return QCoreApplication.translate("Refusals", "this clause")


def _item(params: Mapping[str, object]) -> str:
    """The thing a stale write was about, named as the person knows it."""
    kind = str(params.get("item", "") or "")
    name = {k: str(v) for k, v in params.items() if isinstance(v, str | int)}
    if kind == "clause":
        return _clause(params)
    phrases = {
        "session": QCoreApplication.translate("Refusals", "the session “{title}”"),
        "agenda_item": QCoreApplication.translate("Refusals", "the agenda item “{title}”"),
        "action": QCoreApplication.translate("Refusals", "the action “{title}”"),
        "delegation": QCoreApplication.translate("Refusals", "delegation {delegation}"),
        "participant": QCoreApplication.translate("Refusals", "the participant {name}"),
        "document": QCoreApplication.translate("Refusals", "document {document}"),
        "meeting": QCoreApplication.translate("Refusals", "the meeting"),
        "seating": QCoreApplication.translate("Refusals", "the seating plan"),
        "proposal": QCoreApplication.translate("Refusals", "this proposal"),
        "comment": QCoreApplication.translate("Refusals", "this comment"),
    }
    phrase = phrases.get(kind)
    if phrase is None:
        return QCoreApplication.translate("Refusals", "this")
    try:
        return phrase.format(**name)
    except (KeyError, IndexError):
        return QCoreApplication.translate("Refusals", "this")


def _shown(
    name: str, value: object, params: Mapping[str, object], zone: str, labels
) -> str:  # labels: meetingdesk.ui.labels (imported late: it imports this module)
    if getattr(value, "code", "") and isinstance(value, str):  # a Problem inside
        from meetingdesk.ui.problems import say

        return say(value, zone)
    from meetingdesk.ui import refusals_areas

    area = refusals_areas.show(name, value)  # kinds, roles… by their labels; lists of names
    if area is not None:
        return area
    if isinstance(value, datetime):
        return labels.local_time(value, str(params.get("zone") or zone))
    if name == "proposal_status":
        return labels.proposal_status(str(value))
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _field_shows() -> dict:
    """Field name → how an area's table says that field's value (kinds and statuses by
    their labels, a markup fault in words …); other fields as _shown says them."""
    from meetingdesk.ui import refusals_areas, refusals_drafting

    shows: dict = {}
    for table in (refusals_drafting, refusals_areas):
        shows.update(getattr(table, "fields", dict)())
    return shows


def render(code: str, params: Mapping[str, object], zone: str = "UTC") -> str | None:
    """The refusal `code` in the reader's language, or None for a code with no sentence."""
    from meetingdesk.ui import labels

    sentence = sentences().get(code)
    if sentence is None:
        return None
    shows = _field_shows()
    values: defaultdict[str, str] = defaultdict(str)
    for name, value in params.items():
        show = shows.get(name)
        said = show(value, params) if show is not None else None  # None: as _shown says
        values[name] = said if said is not None else _shown(name, value, params, zone, labels)
    values["clause"] = _clause(params)
    values["item"] = _item(params)
    return sentence.format_map(values)
