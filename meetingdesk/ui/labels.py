"""Translated labels for the codes services use (kinds, statuses, roles) and time formats.

The services speak in stable codes ("organisation", "ad_ref"); people read these labels.
An unknown code is shown as it is, never hidden.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def japanese_interface() -> bool:
    """True when the window speaks Japanese (the catalogue installed sets the default locale)."""
    return QLocale().language() == QLocale.Language.Japanese


def local_text(en: str, ja: str) -> str:
    """A name or title kept in both languages, in the interface's: the Japanese when the
    window speaks Japanese and it is given, else the English (else whichever is given)."""
    if japanese_interface() and ja:
        return ja
    return en or ja


def delegation_kind(code: str) -> str:
    labels = {
        "member": QCoreApplication.translate("Labels", "Member", "delegation kind"),
        "invited": QCoreApplication.translate("Labels", "Invited"),
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
    }
    return labels.get(code, code)


def role(code: str) -> str:
    labels = {
        "head": QCoreApplication.translate("Labels", "Head of delegation"),
        "deputy": QCoreApplication.translate("Labels", "Deputy"),
        "sherpa": QCoreApplication.translate("Labels", "Sherpa"),
        "member": QCoreApplication.translate("Labels", "Member", "participant role"),
        "staff": QCoreApplication.translate("Labels", "Staff"),
        "interpreter": QCoreApplication.translate("Labels", "Interpreter"),
    }
    return labels.get(code, code)


def document_kind(code: str) -> str:
    labels = {
        "charter": QCoreApplication.translate("Labels", "Charter"),
        "declaration": QCoreApplication.translate("Labels", "Declaration"),
        "annex": QCoreApplication.translate("Labels", "Annex"),
        "chair_summary": QCoreApplication.translate("Labels", "Chair's summary"),
        "statement": QCoreApplication.translate("Labels", "Statement"),
        "other": QCoreApplication.translate("Labels", "Other document"),
    }
    return labels.get(code, code)


def accreditation(code: str) -> str:
    labels = {
        "pending": QCoreApplication.translate("Labels", "Pending"),
        "accredited": QCoreApplication.translate("Labels", "Accredited"),
        "refused": QCoreApplication.translate("Labels", "Refused"),
    }
    return labels.get(code, code)


def document_status(code: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "negotiation": QCoreApplication.translate("Labels", "Under negotiation"),
        "adopted": QCoreApplication.translate("Labels", "Adopted"),
    }
    return labels.get(code, code)


def clause_kind(code: str) -> str:
    labels = {
        "heading": QCoreApplication.translate("Labels", "Heading"),
        "section": QCoreApplication.translate("Labels", "Section"),
        "subheading": QCoreApplication.translate("Labels", "Sub-heading"),
        "preambular": QCoreApplication.translate("Labels", "Preambular"),
        "operative": QCoreApplication.translate("Labels", "Operative"),
        "action": QCoreApplication.translate("Labels", "Action"),
    }
    return labels.get(code, code)


def clause_status(code: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "bracketed": QCoreApplication.translate("Labels", "Bracketed"),
        "ad_ref": QCoreApplication.translate("Labels", "Agreed ad ref"),
        "agreed": QCoreApplication.translate("Labels", "Agreed"),
        "deleted": QCoreApplication.translate("Labels", "Deleted"),
    }
    return labels.get(code, code)


def session_kind(code: str) -> str:
    labels = {
        "plenary": QCoreApplication.translate("Labels", "Plenary"),
        "working_session": QCoreApplication.translate("Labels", "Working session"),
        "working_lunch": QCoreApplication.translate("Labels", "Working lunch"),
        "working_dinner": QCoreApplication.translate("Labels", "Working dinner"),
        "bilateral": QCoreApplication.translate("Labels", "Bilateral"),
        "press_conference": QCoreApplication.translate("Labels", "Press conference"),
        "ceremony": QCoreApplication.translate("Labels", "Ceremony"),
        "break": QCoreApplication.translate("Labels", "Break"),
    }
    return labels.get(code, code)


def zone(name: str) -> ZoneInfo:
    """The meeting's zone; UTC if the stored name is unknown on this machine."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_time(moment: datetime | None, zone_name: str, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """An aware UTC time shown in the meeting's zone."""
    if moment is None:
        return ""
    return moment.astimezone(zone(zone_name)).strftime(fmt)


def utc_offset(zone_name: str, on: date) -> str:
    """'UTC+09:00' for the zone on that day (offsets change with summer time)."""
    moment = datetime(on.year, on.month, on.day, 12, tzinfo=zone(zone_name))
    offset = moment.utcoffset()
    if offset is None:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def long_date(day: date) -> str:
    """A date in the interface language's long form."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def date_span(start: date, end: date) -> str:
    if start == end:
        return long_date(start)
    return QCoreApplication.translate("Labels", "{start} – {end}").format(
        start=long_date(start), end=long_date(end)
    )


def local_day(moment: datetime, zone_name: str) -> str:
    """The day of an aware time in the meeting's zone, short, in the interface language."""
    day = moment.astimezone(zone(zone_name)).date()
    pattern = QCoreApplication.translate(
        "Labels", "ddd d MMM", "a day in the agenda, as a Qt date format (ddd = weekday)"
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def precedence_rule(code: str) -> str:
    labels = {
        "summit": QCoreApplication.translate(
            "Labels", "Summit protocol (host, members, EU, invited)"
        ),
        "en": QCoreApplication.translate("Labels", "Alphabetical (English)"),
        "fr": QCoreApplication.translate("Labels", "Alphabetical (French)"),
        "ja": QCoreApplication.translate("Labels", "Japanese (gojūon order)"),
        "manual": QCoreApplication.translate("Labels", "Manual order"),
    }
    return labels.get(code, code)


def host_placement(code: str) -> str:
    labels = {
        "first": QCoreApplication.translate("Labels", "Host first"),
        "last": QCoreApplication.translate("Labels", "Host last"),
        "none": QCoreApplication.translate("Labels", "Host in its alphabetical place"),
    }
    return labels.get(code, code)


def audit_action(code: str) -> str:
    """An audit event's action ("clause.save") as a person reads it ("Clause: saved")."""
    subject, _, verb = code.partition(".")
    subjects = {
        "action": QCoreApplication.translate("Labels", "Action"),
        "agenda": QCoreApplication.translate("Labels", "Agenda"),
        "clause": QCoreApplication.translate("Labels", "Clause"),
        "comment": QCoreApplication.translate("Labels", "Comment"),
        "delegation": QCoreApplication.translate("Labels", "Delegation"),
        "demo": QCoreApplication.translate("Labels", "Demo"),
        "document": QCoreApplication.translate("Labels", "Document"),
        "history": QCoreApplication.translate("Labels", "History"),
        "meeting": QCoreApplication.translate("Labels", "Meeting"),
        "package": QCoreApplication.translate("Labels", "Package"),
        "participant": QCoreApplication.translate("Labels", "Participant"),
        "proposal": QCoreApplication.translate("Labels", "Proposal"),
        "revision": QCoreApplication.translate("Labels", "Revision"),
        "room": QCoreApplication.translate("Labels", "Room"),
    }
    verbs = {
        "add": QCoreApplication.translate("Labels", "added"),
        "create": QCoreApplication.translate("Labels", "created"),
        "edit": QCoreApplication.translate("Labels", "edited"),
        "save": QCoreApplication.translate("Labels", "text saved"),
        "move": QCoreApplication.translate("Labels", "moved"),
        "delete": QCoreApplication.translate("Labels", "deleted"),
        "restore": QCoreApplication.translate("Labels", "restored"),
        "rename": QCoreApplication.translate("Labels", "renamed"),
        "restore_version": QCoreApplication.translate("Labels", "earlier version restored"),
        "status": QCoreApplication.translate("Labels", "status changed"),
        "retire": QCoreApplication.translate("Labels", "retired"),
        "import": QCoreApplication.translate("Labels", "imported"),
        "freeze": QCoreApplication.translate("Labels", "frozen"),
        "adopt": QCoreApplication.translate("Labels", "adopted"),
        "position": QCoreApplication.translate("Labels", "position recorded"),
        "silence": QCoreApplication.translate("Labels", "silence procedure set"),
        "objection": QCoreApplication.translate("Labels", "objection recorded"),
        "silence_withdraw": QCoreApplication.translate("Labels", "silence procedure withdrawn"),
        "adopt_override": QCoreApplication.translate("Labels", "adopted with an override"),
        "lapsed": QCoreApplication.translate("Labels", "lapsed on adoption"),
        "precedence": QCoreApplication.translate("Labels", "order of precedence"),
        "seating": QCoreApplication.translate("Labels", "seating plan"),
        "follow_up": QCoreApplication.translate("Labels", "follow-up added"),
        "resolve": QCoreApplication.translate("Labels", "resolved"),
        "confirm_translation": QCoreApplication.translate("Labels", "translation confirmed"),
        "ad_ref_lift": QCoreApplication.translate("Labels", "ad ref lifted"),
        "resolve_conflict": QCoreApplication.translate("Labels", "merge conflict resolved"),
        "indent": QCoreApplication.translate("Labels", "indented"),
        "outdent": QCoreApplication.translate("Labels", "outdented"),
        "numbering": QCoreApplication.translate("Labels", "numbering changed"),
        "renumber": QCoreApplication.translate("Labels", "renumbered as clean text"),
        "resolve_bracket": QCoreApplication.translate("Labels", "bracket resolved"),
        "unresolve_bracket": QCoreApplication.translate("Labels", "bracket resolution undone"),
        "generate": QCoreApplication.translate("Labels", "generated"),
        "add_item": QCoreApplication.translate("Labels", "item added"),
        "add_session": QCoreApplication.translate("Labels", "session added"),
        "edit_item": QCoreApplication.translate("Labels", "item edited"),
        "edit_session": QCoreApplication.translate("Labels", "session edited"),
        "move_item": QCoreApplication.translate("Labels", "item moved"),
        "move_session": QCoreApplication.translate("Labels", "session moved"),
        "circulate": QCoreApplication.translate("Labels", "circulated"),
        "word_author": QCoreApplication.translate("Labels", "Word author mapped"),
        "hashes": QCoreApplication.translate("Labels", "content hashes recorded"),
        "checkout": QCoreApplication.translate("Labels", "checked out"),
        "remove_session": QCoreApplication.translate("Labels", "session removed"),
        "demo": QCoreApplication.translate("Labels", "demo loaded"),
    }
    if subject not in subjects:
        return code
    return f"{subjects[subject]}: {verbs.get(verb, verb.replace('_', ' '))}"


def refusal(exc: BaseException, zone: str = "UTC") -> str:
    """A service refusal in the reader's language: from its code and data when it has them,
    else its (English) message."""
    code = getattr(exc, "code", "")
    p = getattr(exc, "params", {}) or {}
    if code == "clause_saved_elsewhere":
        when = local_time(p["at"], zone) if p.get("at") else ""
        clause = (
            QCoreApplication.translate("Labels", "clause {number}").format(
                number=str(p.get("number", "")).rstrip(".")
            )
            if p.get("number")
            else QCoreApplication.translate("Labels", "this clause")
        )
        return QCoreApplication.translate(
            "Labels",
            "the {language} text of {clause} was saved by {author} at {time} since you opened "
            "it; nothing was saved — reload to see their text",
        ).format(
            language=language_name(str(p.get("lang", ""))),
            clause=clause,
            author=p.get("author") or QCoreApplication.translate("Labels", "someone else"),
            time=when,
        )
    if code == "no_such_delegation":
        return QCoreApplication.translate(
            "Labels", "no delegation {delegation} in this meeting (there are: {known})"
        ).format(delegation=p.get("delegation", ""), known=p.get("known", ""))
    from meetingdesk.ui.refusals import render

    if not code:
        return str(exc)
    shown = render(code, p, zone)
    if shown is None:  # a database that cannot be used: its sentences live with the team's
        from meetingdesk.ui.team.messages import store_sentence

        shown = store_sentence(exc)
    return shown if shown is not None else str(exc)


#: the codes refusal() renders itself; every other code has its sentence in ui/refusals.py
RENDERED_HERE = ("clause_saved_elsewhere", "no_such_delegation")


def markup_error(error) -> str:
    """A bracket markup fault (text.brackets.BracketError) in the reader's language, with the
    1-based character people count in."""
    what = markup_fault(error.code, error.detail, error.message)
    return QCoreApplication.translate("Labels", "Markup error at character {pos}: {what}").format(
        pos=error.position + 1, what=what
    )


def markup_fault(code: str, detail: str = "", message: str = "") -> str:
    """What is wrong in bracket markup (a BracketError's code) in the reader's language;
    ``detail`` is the bad delegation code, ``message`` the English for an unknown fault."""
    what = {
        "close_bracket": QCoreApplication.translate("Labels", "']' closes nothing"),
        "close_brace": QCoreApplication.translate("Labels", "'}' closes nothing"),
        "open_bracket": QCoreApplication.translate("Labels", "'[' is never closed"),
        "open_brace": QCoreApplication.translate("Labels", "'{' is never closed"),
        "empty_codes": QCoreApplication.translate("Labels", "empty delegation list '{}'"),
        "bad_code": QCoreApplication.translate("Labels", "invalid delegation code {code}"),
        "codes_outside": QCoreApplication.translate(
            "Labels", "delegations '{…}' outside square brackets"
        ),
        "codes_not_last": QCoreApplication.translate(
            "Labels", "delegations '{…}' must end an alternative"
        ),
    }.get(code)
    if what is None:
        return message or code
    if code == "bad_code":
        what = what.format(code=repr(detail))
    return what


def audit_what(entity_type: str, details: dict, subject: str) -> str:
    """What an audit event was about, from its stored data (never its English summary):
    "declaration 5. — English", "charter Rev.2", "CAN"."""
    kinds = {
        "Clause": QCoreApplication.translate("Labels", "clause"),
        "Document": QCoreApplication.translate("Labels", "document"),
        "Revision": QCoreApplication.translate("Labels", "revision"),
        "Proposal": QCoreApplication.translate("Labels", "proposal"),
        "Comment": QCoreApplication.translate("Labels", "comment"),
        "Delegation": QCoreApplication.translate("Labels", "delegation"),
        "Participant": QCoreApplication.translate("Labels", "participant"),
        "Meeting": QCoreApplication.translate("Labels", "meeting"),
        "ActionItem": QCoreApplication.translate("Labels", "action"),
        "AgendaSession": QCoreApplication.translate("Labels", "session"),
        "AgendaItem": QCoreApplication.translate("Labels", "agenda item"),
        "Room": QCoreApplication.translate("Labels", "room"),
    }
    text = subject or kinds.get(entity_type, entity_type)
    lang = details.get("lang") if isinstance(details, dict) else None
    if lang in ("en", "ja"):
        text = QCoreApplication.translate("Labels", "{subject} — {language}").format(
            subject=text, language=language_name(lang)
        )
    return text


def language_name(code: str) -> str:
    names = {
        "en": QCoreApplication.translate("Labels", "English"),
        "ja": QCoreApplication.translate("Labels", "Japanese"),
    }
    return names.get(code, code)


def proposal_kind(code: str) -> str:
    names = {
        "insert": QCoreApplication.translate("Drafting", "Insert words"),
        "replace": QCoreApplication.translate("Drafting", "Replace wording"),
        "delete": QCoreApplication.translate("Drafting", "Delete clause"),
        "move": QCoreApplication.translate("Drafting", "Move clause"),
        "new": QCoreApplication.translate("Drafting", "New clause"),
    }
    return names.get(code, code)


def stance(code: str) -> str:
    names = {
        "support": QCoreApplication.translate("Drafting", "Support"),
        "oppose": QCoreApplication.translate("Drafting", "Oppose"),
        "reserve": QCoreApplication.translate("Drafting", "Reserve"),
        "awaiting_instructions": QCoreApplication.translate("Drafting", "Awaiting instructions"),
        "": QCoreApplication.translate("Drafting", "No position"),
    }
    return names.get(code, code)


def proposal_status(code: str) -> str:
    names = {
        "open": QCoreApplication.translate("Drafting", "Open"),
        "accepted": QCoreApplication.translate("Drafting", "Accepted"),
        "incorporated": QCoreApplication.translate("Drafting", "Incorporated as alternative"),
        "rejected": QCoreApplication.translate("Drafting", "Rejected"),
        "withdrawn": QCoreApplication.translate("Drafting", "Withdrawn"),
        "lapsed": QCoreApplication.translate("Drafting", "Lapsed on adoption"),
    }
    return names.get(code, code)


def revision_kind(code: str) -> str:
    names = {
        "zero": QCoreApplication.translate("Drafting", "Zero draft"),
        "compilation": QCoreApplication.translate("Drafting", "Compilation text"),
        "chair": QCoreApplication.translate("Drafting", "Chair's text"),
        "clean": QCoreApplication.translate("Drafting", "Clean text"),
        "adopted": QCoreApplication.translate("Drafting", "Adopted text"),
    }
    return names.get(code, code)


# the English names of the revision kinds, as the services print them (a label such as the
# demo's "Zero draft" is often just its kind's name)
_REVISION_KIND_NAMES = {
    "zero draft": "zero",
    "compilation text": "compilation",
    "chair's text": "chair",
    "clean text": "clean",
    "adopted text": "adopted",
}


def names_its_kind(label: str) -> bool:
    """True when a revision label is only the English name of a kind ("Zero draft")."""
    return label.strip().casefold() in _REVISION_KIND_NAMES


def revision_name(label: str, kind: str = "") -> str:
    """A revision as people read it: "Rev.2 — Chair's text". A label that is only its
    kind's name is said once, in the reader's language ("Zero draft", not "Zero draft —
    Zero draft"); other labels are data and stay as they were written."""
    code = _REVISION_KIND_NAMES.get(label.strip().casefold())
    if code is not None:
        return revision_kind(code)
    if not kind:
        return label
    return QCoreApplication.translate("Drafting", "{label} — {kind}").format(
        label=label, kind=revision_kind(kind)
    )
