"""One registration row → participant values, with the problems and the suggestions.

Values are normalised before they are checked: full-width letters, digits and spaces are
folded (NFKC) in codes, e-mail addresses, phone and badge numbers, roles and dates; names
keep their characters but lose surrounding and doubled spaces (an ideographic space
typed between family and given name included); readings have ideographic spaces made plain.
Where the file gives a Japanese name without a reading or a Latin name, pykakasi suggests
one, and the row says which fields were suggested.
"""

from __future__ import annotations

import re
import unicodedata
import uuid as uuid_mod
from dataclasses import dataclass, field
from datetime import date, datetime

from meetingdesk.formats.tabular.read import cell_text
from meetingdesk.formats.tabular.registration import (
    DelegationMatcher,
    normalise_reading,
    split_japanese_name,
    suggest_latin,
    suggest_reading,
)
from meetingdesk.model import Participant
from meetingdesk.services.base import ValidationError
from meetingdesk.services.logistics.agenda import local_to_utc
from meetingdesk.services.logistics.delegations import _is_kana
from meetingdesk.services.logistics.participants import ACCREDITATION, ROLES
from meetingdesk.text.dates import DateParseError, parse_datetime
from meetingdesk.text.problems import Problem

TEXT_FIELDS = (
    "family_name",
    "given_name",
    "family_name_ja",
    "given_name_ja",
    "reading_ja",
    "honorific",
    "role",
    "position_en",
    "position_ja",
    "email",
    "phone",
    "accreditation",
    "badge_number",
)
_FOLDED = ("email", "phone", "badge_number", "role", "accreditation", "honorific")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SPACES = re.compile(r"[\s\u3000]+")
ROLE_WORDS = {
    "head of delegation": "head",
    "団長": "head",
    "首席代表": "head",
    "代表": "head",
    "deputy head": "deputy",
    "副団長": "deputy",
    "次席代表": "deputy",
    "シェルパ": "sherpa",
    "団員": "member",
    "随員": "staff",
    "事務局": "staff",
    "通訳": "interpreter",
}
ACCREDITATION_WORDS = {
    "complete": "accredited",
    "completed": "accredited",
    "approved": "accredited",
    "承認": "accredited",
    "登録済": "accredited",
    "pending": "pending",
    "未承認": "pending",
    "rejected": "refused",
    "却下": "refused",
}


@dataclass
class CheckedRow:
    values: dict[str, object]  # participant fields (delegation_id included when found)
    given: set[str]  # fields the file gives (mapped columns, derived names included)
    problems: list[tuple[str, Problem]] = field(default_factory=list)
    suggested: list[str] = field(default_factory=list)
    delegation_code: str = ""
    delegation_how: str = ""
    candidates: tuple[str, ...] = ()  # when the delegation is ambiguous


def _name(value: object) -> str:
    return _SPACES.sub(" ", cell_text(value)).strip()


def _moment(value: object, zone: str) -> datetime | None:
    if isinstance(value, str):
        value = value.strip()
    try:
        parsed = parse_datetime(value)
    except DateParseError as exc:
        problem = exc.problem
        raise ValidationError(str(exc), code=problem.code, **problem.params) from None
    if parsed is None:
        return None
    if not isinstance(parsed, datetime):
        assert isinstance(parsed, date)
        raise ValidationError(
            f"{value!r} is a date alone: give the time too (2016/4/28 15:00)",
            code="date_alone",
            value=parsed.isoformat() if not isinstance(value, str) else value,
        )
    return local_to_utc(parsed, zone) if parsed.tzinfo is None else parsed


def check_row(
    raw: dict[str, object],
    zone: str,
    matcher: DelegationMatcher,
    codes: dict[str, int],
    decided: str | None = None,
) -> CheckedRow:
    """raw maps field names (the mapping's) to cells; decided is a delegation code chosen
    by the person for an ambiguous row."""
    given = {k for k in raw if k not in ("full_name_ja", "country", "affiliation", "uuid")}
    values: dict[str, object] = {}
    for key in TEXT_FIELDS:
        text = cell_text(raw.get(key))
        if key in _FOLDED:
            text = unicodedata.normalize("NFKC", text).strip()
        elif key == "reading_ja":
            text = normalise_reading(unicodedata.normalize("NFKC", text))
        else:
            text = _name(text)
        values[key] = text
    row = CheckedRow(values, given)
    problems = row.problems
    full = _name(raw.get("full_name_ja"))
    if full and not (values["family_name_ja"] or values["given_name_ja"]):
        values["family_name_ja"], values["given_name_ja"] = split_japanese_name(full)
        given.update(("family_name_ja", "given_name_ja"))
    for latin, ja in (("family_name", "family_name_ja"), ("given_name", "given_name_ja")):
        if not values[latin] and values[ja]:
            values[latin] = suggest_latin(str(values[ja]))
            if values[latin]:
                row.suggested.append(latin)
                given.add(latin)
    if not values["reading_ja"] and (values["family_name_ja"] or values["given_name_ja"]):
        reading = suggest_reading(str(values["family_name_ja"]), str(values["given_name_ja"]))
        if reading and _is_kana(reading):
            values["reading_ja"] = reading
            row.suggested.append("reading_ja")
            given.add("reading_ja")
    if not values["family_name"]:
        problems.append(("family_name", Problem("is empty", code="field_empty")))
    role = str(values["role"]).casefold()
    values["role"] = ROLE_WORDS.get(role, role) or "member"
    if values["role"] not in ROLES:
        problems.append(
            (
                "role",
                Problem(
                    f"{values['role']!r} is not one of {', '.join(ROLES)}",
                    code="role_unknown",
                    value=str(values["role"]),
                    roles=list(ROLES),
                ),
            )
        )
    accreditation = str(values["accreditation"]).casefold()
    values["accreditation"] = ACCREDITATION_WORDS.get(accreditation, accreditation) or "pending"
    if values["accreditation"] not in ACCREDITATION:
        problems.append(
            (
                "accreditation",
                Problem(
                    f"{values['accreditation']!r} is not one of {', '.join(ACCREDITATION)}",
                    code="accreditation_unknown",
                    value=str(values["accreditation"]),
                    accreditations=list(ACCREDITATION),
                ),
            )
        )
    if values["email"] and not _EMAIL_RE.match(str(values["email"])):
        problems.append(
            (
                "email",
                Problem(
                    f"{values['email']!r} is not an e-mail address",
                    code="not_an_email",
                    value=str(values["email"]),
                ),
            )
        )
    if values["reading_ja"] and not _is_kana(str(values["reading_ja"])):
        problems.append(
            (
                "reading_ja",
                Problem(
                    f"{values['reading_ja']!r} is not written in kana",
                    code="reading_not_in_kana",
                    value=str(values["reading_ja"]),
                ),
            )
        )
    for key in ("arrival", "departure"):
        try:
            values[key] = _moment(raw.get(key), zone)
        except ValidationError as exc:
            values[key] = None
            problems.append((key, Problem(str(exc), exc.code, **exc.params)))
    if values["arrival"] and values["departure"] and values["departure"] < values["arrival"]:
        problems.append(
            ("departure", Problem("is before the arrival", code="departure_before_arrival"))
        )
    if decided:
        match_code, how, problem = decided.upper(), "chosen", ""
        if match_code not in codes:
            problem = Problem(
                f"no delegation with code {decided!r} in this meeting",
                code="no_delegation_code",
                value=decided,
            )
    else:
        m = matcher.match(
            cell_text(raw.get("delegation")),
            cell_text(raw.get("affiliation")),
            cell_text(raw.get("country")),
        )
        match_code, how, problem = m.code or "", m.how, m.problem
        row.candidates = m.ambiguous
    if problem:
        problems.append(("delegation", problem))
    else:
        row.delegation_code, row.delegation_how = match_code, how
        values["delegation_id"] = codes[match_code]
    return row


def find_existing(raw, values, by_uuid, by_email, by_name, problems) -> Participant | None:
    """The registered person a row speaks of: by MeetingDesk ID, else e-mail, else name."""
    ident = str(raw.get("uuid") or "").strip().lower()
    if ident:
        try:
            ident = str(uuid_mod.UUID(ident))
        except ValueError:
            problems.append(
                (
                    "uuid",
                    Problem(
                        f"{ident!r} is not a MeetingDesk ID",
                        code="not_a_meetingdesk_id",
                        value=ident,
                    ),
                )
            )
            return None
        found = by_uuid.get(ident)
        if found is None:
            problems.append(
                (
                    "uuid",
                    Problem(
                        "no participant of this meeting has this MeetingDesk ID",
                        code="meetingdesk_id_unknown",
                    ),
                )
            )
        return found
    email = str(values.get("email") or "").casefold()
    if email and email in by_email:
        same = by_email[email]
        if len(same) > 1:
            problems.append(
                (
                    "email",
                    Problem(
                        f"{len(same)} registered participants share this e-mail",
                        code="email_shared",
                        count=len(same),
                    ),
                )
            )
            return None
        return same[0]
    did = values.get("delegation_id")
    if did is None:
        return None
    key = (did, str(values["family_name"]).casefold(), str(values["given_name"]).casefold())
    return by_name.get(key)


def cross_check(number, raw, checked: CheckedRow, target, seen, badges, heads) -> int | None:
    """Problems of a row against the rows before it (same ID, e-mail, person, badge, a
    second head) and against the people registered (badge, head); the row's delegation."""
    values, problems = checked.values, checked.problems

    def add(field_name: str, message: str, *, code: str, **params: object) -> None:
        problems.append((field_name, Problem(message, code=code, **params)))

    for key, label in (("uuid", "MeetingDesk ID"), ("email", "e-mail")):
        if key == "uuid":
            ident = str(raw.get(key) or "").strip().casefold()
        else:
            ident = str(values.get("email") or "").casefold()
        if ident:
            other = seen.setdefault((key, ident), number)
            if other != number and key == "uuid":
                add(key, f"same {label} as row {other}", code="same_uuid_as_row", row=other)
            elif other != number:
                add(key, f"same {label} as row {other}", code="same_email_as_row", row=other)
    did = values.get("delegation_id")
    if target is not None and "delegation" not in raw:
        did = values["delegation_id"] = target.delegation_id  # country/affiliation: kept
    if did is not None and values["family_name"]:
        key = (did, str(values["family_name"]).casefold(), str(values["given_name"]).casefold())
        other = seen.setdefault(key, number)
        if other != number:
            add("family_name", f"same person as row {other}", code="same_person_as_row", row=other)
    badge = str(values["badge_number"])
    if badge and "badge_number" in checked.given:
        other = seen.setdefault(("badge", badge), number)
        holder = badges.get(badge)
        if other != number:
            add(
                "badge_number",
                f"{badge} is also on row {other}",
                code="badge_on_row",
                badge=badge,
                row=other,
            )
        elif holder is not None and holder is not target:
            add(
                "badge_number",
                f"{badge} is already given to {holder.family_name}",
                code="badge_given_to",
                badge=badge,
                name=holder.family_name,
            )
    if values["role"] == "head" and did is not None and "role" in checked.given:
        other = seen.setdefault(("head", did), number)
        holder = heads.get(did)
        if other != number:
            add(
                "role",
                f"a second head of delegation (see row {other})",
                code="second_head_row",
                row=other,
            )
        elif holder is not None and holder is not target:
            add(
                "role",
                f"the delegation already has a head ({holder.family_name})",
                code="delegation_has_head",
                name=holder.family_name,
            )
    return did
