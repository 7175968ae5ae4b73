"""Problems found in files and texts (text.problems.Problem), in the reader's language.

Import reports keep one Problem per row and field: English text plus a code and data. The
window renders the code's sentence here through tr(); a problem without a code, or with a
code that has no sentence, is shown as its English text.

Data named after what it holds is shown as the reader knows it: ``field``/``other_field``/
``fields`` through the import's field labels, ``roles``, ``accreditations``, ``statuses``
and ``language`` through their labels, and a Problem inside a Problem (``reason``,
``where``) in the same language. Values from the file stay as written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from meetingdesk.ui.problems_sentences import sentences  # noqa: F401  (ui/refusals reads it)


def participant_field(name: str) -> str:
    """A participant field of the import as the person reads it (the name when unknown)."""
    names = {
        "uuid": QCoreApplication.translate("ImportFields", "MeetingDesk ID"),
        "family_name": QCoreApplication.translate("ImportFields", "Family name"),
        "given_name": QCoreApplication.translate("ImportFields", "Given name"),
        "family_name_ja": QCoreApplication.translate("ImportFields", "Family name (Japanese)"),
        "given_name_ja": QCoreApplication.translate("ImportFields", "Given name (Japanese)"),
        "full_name_ja": QCoreApplication.translate("ImportFields", "Full name (Japanese)"),
        "reading_ja": QCoreApplication.translate("ImportFields", "Reading (kana)"),
        "honorific": QCoreApplication.translate("ImportFields", "Title"),
        "delegation": QCoreApplication.translate("ImportFields", "Delegation"),
        "country": QCoreApplication.translate("ImportFields", "Country"),
        "affiliation": QCoreApplication.translate("ImportFields", "Affiliation"),
        "role": QCoreApplication.translate("ImportFields", "Role"),
        "position_en": QCoreApplication.translate("ImportFields", "Position"),
        "position_ja": QCoreApplication.translate("ImportFields", "Position (Japanese)"),
        "email": QCoreApplication.translate("ImportFields", "E-mail"),
        "phone": QCoreApplication.translate("ImportFields", "Phone"),
        "arrival": QCoreApplication.translate("ImportFields", "Arrival"),
        "departure": QCoreApplication.translate("ImportFields", "Departure"),
        "accreditation": QCoreApplication.translate("ImportFields", "Accreditation"),
        "badge_number": QCoreApplication.translate("ImportFields", "Badge"),
        "delegation_id": QCoreApplication.translate("ImportFields", "Delegation"),
        "": QCoreApplication.translate("ImportFields", "Ignore this column"),
        "ignore": QCoreApplication.translate("ImportFields", "Ignore this column"),
    }
    return names.get(name, name)


def action_field(name: str) -> str:
    """A column of the action list file as the person reads it (the name when unknown)."""
    names = {
        "number": QCoreApplication.translate("ActionFields", "Number"),
        "uuid": QCoreApplication.translate("ActionFields", "Action ID (UUID)"),
        "title_en": QCoreApplication.translate("ActionFields", "Title (English)"),
        "title_ja": QCoreApplication.translate("ActionFields", "Title (Japanese)"),
        "text_en": QCoreApplication.translate("ActionFields", "Text (English)"),
        "text_ja": QCoreApplication.translate("ActionFields", "Text (Japanese)"),
        "owner": QCoreApplication.translate("ActionFields", "Lead delegation"),
        "partners": QCoreApplication.translate("ActionFields", "Partners"),
        "implements": QCoreApplication.translate("ActionFields", "Implements"),
        "target_date": QCoreApplication.translate("ActionFields", "Target date"),
        "status": QCoreApplication.translate("ActionFields", "Status"),
        "contact": QCoreApplication.translate("ActionFields", "Contact"),
    }
    names.update(owner_code=names["owner"], partner_codes=names["partners"])
    names["contact_id"] = names["contact"]
    return names.get(name, name)


def where(row: int) -> str:
    """The Row column of a report: the row number, or "file" for the file as a whole."""
    return QCoreApplication.translate("ImportFields", "file") if row == 0 else str(row)


def _status(code: str) -> str:
    from meetingdesk.ui.actions.model import status_text

    return status_text(code)


def _listed(values: object, label: Callable[[str], str]) -> str:
    items = values if isinstance(values, list | tuple) else [values]
    return QCoreApplication.translate("Problems", ", ").join(label(str(v)) for v in items)


def shown_params(
    params: Mapping[str, object],
    zone: str = "UTC",
    field_label: Callable[[str], str] = participant_field,
) -> dict[str, object]:
    """The problem's data as the sentence shows it (labels, nested problems)."""
    from meetingdesk.ui import labels

    out: dict[str, object] = {}
    for key, value in params.items():
        if getattr(value, "code", ""):
            out[key] = say(value, zone, field_label)
        elif key in ("field", "other_field"):
            out[key] = field_label(str(value))
        elif key == "fields":
            out[key] = _listed(value, field_label)
        elif key == "language":
            out[key] = labels.language_name(str(value))
        elif key == "roles":
            out[key] = _listed(value, labels.role)
        elif key == "accreditations":
            out[key] = _listed(value, labels.accreditation)
        elif key == "statuses":
            out[key] = _listed(value, _status)
        elif isinstance(value, list | tuple):
            out[key] = _listed(value, str)
        else:
            out[key] = value
    return out


def say(
    problem: object, zone: str = "UTC", field_label: Callable[[str], str] = participant_field
) -> str:
    """One problem in the reader's language (its English text when it has no sentence)."""
    from meetingdesk.ui import refusals

    code = getattr(problem, "code", "")
    if code:
        params = shown_params(getattr(problem, "params", {}) or {}, zone, field_label)
        shown = refusals.render(code, params, zone)
        if shown is not None:
            return shown
    return str(problem)
