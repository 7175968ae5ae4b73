"""Delegations: reads every view needs, edits, retirements, order of precedence.

Nothing here deletes a row: a delegation or participant leaves the lists by being retired,
so proposals, positions and the audit trail that name it stay readable.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetingdesk.model import Delegation, Meeting, Participant, Position, Proposal
from meetingdesk.services.base import (
    ConflictError,
    Desk,
    ValidationError,
    expect_version,
    get_or_404,
)
from meetingdesk.snapshots import DelegationSnap
from meetingdesk.text.collation import order_of_precedence, sort_key_ja

DELEGATION_KINDS = ("member", "invited", "organisation")
PRECEDENCE_RULES = ("summit", "en", "fr", "ja", "manual")
#: The default for new meetings: host, members by name, the EU, invited, organisations.
DEFAULT_PRECEDENCE = "summit"
#: The code of the European Union: under "summit" it follows the members.
EU_CODE = "EU"
HOST_PLACEMENTS = ("first", "last", "none")

# Members that are not countries (free codes); names EN, FR, JA and kana reading.
NON_COUNTRY_MEMBERS = {
    "EU": ("European Union", "Union européenne", "欧州連合", "おうしゅうれんごう"),
}
# Kana readings for Japanese country names written in kanji (pycountry has no readings).
_KANJI_READINGS = {
    "日本": "にほん",
    "米国": "べいこく",
    "英国": "えいこく",
    "中国": "ちゅうごく",
    "韓国": "かんこく",
    "北朝鮮": "きたちょうせん",
}
_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,15}$")

DELEGATION_FIELDS = (
    "code",
    "name_en",
    "name_fr",
    "name_ja",
    "reading_ja",
    "kind",
    "is_host",
    "contact_point",
)


# --- snapshots ------------------------------------------------------------------------------


def _delegation_snap(d: Delegation, head: str, count: int) -> DelegationSnap:
    return DelegationSnap(
        id=d.id,
        uuid=str(d.uuid),
        row_version=d.row_version,
        code=d.code,
        name_en=d.name_en,
        name_fr=d.name_fr,
        name_ja=d.name_ja,
        reading_ja=d.reading_ja,
        kind=d.kind,
        protocol_rank=d.protocol_rank,
        is_host=d.is_host,
        contact_point=d.contact_point,
        retired=d.retired,
        head_name=head,
        participant_count=count,
    )


def _snap_in(s: Session, d: Delegation) -> DelegationSnap:
    members = [
        p
        for p in s.scalars(select(Participant).where(Participant.delegation_id == d.id))
        if not p.retired
    ]
    head = next((p for p in members if p.role == "head"), None)
    name = f"{head.given_name} {head.family_name.upper()}".strip() if head else ""
    return _delegation_snap(d, name, len(members))


# --- countries ------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _catalogue(language: str):
    import gettext

    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return None


def country_names(code: str) -> dict[str, str] | None:
    """Names EN/FR/JA and a kana reading for an ISO 3166 code (alpha-2 or alpha-3), or None.

    The Japanese name comes from pycountry's own gettext catalogue where it has one; the
    reading is the name itself when it is written in kana, else a small table, else "".
    """
    import pycountry

    code = code.strip().upper()
    if code in NON_COUNTRY_MEMBERS:
        en, fr, ja, reading = NON_COUNTRY_MEMBERS[code]
        return {"code": code, "name_en": en, "name_fr": fr, "name_ja": ja, "reading_ja": reading}
    if len(code) == 2:
        country = pycountry.countries.get(alpha_2=code)
    elif len(code) == 3:
        country = pycountry.countries.get(alpha_3=code)
    else:
        country = None
    if country is None:
        return None
    names = {"code": country.alpha_3, "name_en": getattr(country, "common_name", country.name)}
    for lang in ("fr", "ja"):
        cat = _catalogue(lang)
        names[f"name_{lang}"] = cat.gettext(country.name) if cat else ""
    ja = names["name_ja"]
    names["reading_ja"] = _KANJI_READINGS.get(ja, ja if ja and _is_kana(ja) else "")
    return names


def _is_kana(text: str) -> bool:
    try:
        sort_key_ja(text)
    except ValueError:
        return False
    return all(
        "\u3040" <= ch <= "\u30ff" or ch in " ・ー" or "\uff66" <= ch <= "\uff9f" for ch in text
    )


def check_reading(reading: str, what: str) -> str:
    reading = reading.strip()
    if reading and not _is_kana(reading):
        raise ValidationError(
            f"the reading of {what} must be written in kana, not {reading!r}",
            code="reading_not_kana",
            name=what,
            reading=reading,
        )
    return reading


# --- delegations ----------------------------------------------------------------------------


def list_delegations(
    desk: Desk, meeting_id: int, *, include_retired: bool = False, language: str = "en"
) -> list[DelegationSnap]:
    """Delegations in the meeting's order of precedence (the order used everywhere);
    ``language`` is the output's, which the "summit" rule sorts the members in."""
    with desk.read() as s:
        meeting = get_or_404(s, Meeting, meeting_id, "meeting")
        q = select(Delegation).where(Delegation.meeting_id == meeting_id)
        if not include_retired:
            q = q.where(Delegation.retired.is_(False))
        delegations = list(s.scalars(q.order_by(Delegation.protocol_rank, Delegation.id)))
        ids = [d.id for d in delegations]
        people = list(
            s.scalars(
                select(Participant).where(
                    Participant.delegation_id.in_(ids), Participant.retired.is_(False)
                )
            )
        )
        counts: dict[int, int] = {}
        heads: dict[int, str] = {}
        for p in people:
            counts[p.delegation_id] = counts.get(p.delegation_id, 0) + 1
            if p.role == "head":
                heads[p.delegation_id] = f"{p.given_name} {p.family_name.upper()}".strip()
        snaps = [_delegation_snap(d, heads.get(d.id, ""), counts.get(d.id, 0)) for d in delegations]
        return order_delegations(
            snaps, meeting.precedence_rule, meeting.host_placement, language=language
        )


_NAME_KEYS = {
    "en": "name_en",
    "fr": lambda d: d.name_fr or d.name_en,
    "ja": lambda d: d.reading_ja or d.name_en,
}


def order_delegations(
    snaps: list[DelegationSnap], rule: str, host_placement: str, *, language: str = "en"
) -> list[DelegationSnap]:
    """Members first, then invited countries, then organisations; each group by the rule.

    Under the manual rule the whole list follows protocol_rank, kinds mixed as the user set.
    Under "summit" (G7 practice) the host comes first whatever the placement, then the
    members by name in ``language``, the EU after the members, then invited countries and
    organisations.
    """
    host = next((d for d in snaps if d.is_host), None)
    if rule == "summit":
        lang = language if language in _NAME_KEYS else "en"

        def by_name(group: list[DelegationSnap]) -> list[DelegationSnap]:
            return order_of_precedence(group, lang, key_fields=_NAME_KEYS)

        rest = [d for d in snaps if d is not host]
        eu = [d for d in rest if d.code == EU_CODE]
        rest = [d for d in rest if d.code != EU_CODE]
        out = [host] if host is not None else []
        out += by_name([d for d in rest if d.kind == "member"]) + eu
        for kind in DELEGATION_KINDS[1:]:
            out += by_name([d for d in rest if d.kind == kind])
        out += [d for d in rest if d.kind not in DELEGATION_KINDS]
        return out
    if rule == "manual":
        ordered = sorted(snaps, key=lambda d: (d.protocol_rank, d.id))
        return order_of_precedence(ordered, "manual", host=host, host_placement=host_placement)
    out: list[DelegationSnap] = []
    for kind in DELEGATION_KINDS:
        group = [d for d in snaps if d.kind == kind]
        out.extend(
            order_of_precedence(
                group,
                rule,
                key_fields={
                    "en": "name_en",
                    "fr": lambda d: d.name_fr or d.name_en,
                    "ja": lambda d: d.reading_ja or d.name_en,
                },
                host=host if host in group else None,
                host_placement=host_placement,
            )
        )
    out.extend(d for d in snaps if d.kind not in DELEGATION_KINDS)
    return out


def get_delegation(desk: Desk, delegation_id: int) -> DelegationSnap:
    with desk.read() as s:
        return _snap_in(s, get_or_404(s, Delegation, delegation_id, "delegation"))


def find_delegation(desk: Desk, meeting_id: int, code: str) -> DelegationSnap | None:
    with desk.read() as s:
        d = s.scalar(
            select(Delegation).where(
                Delegation.meeting_id == meeting_id, Delegation.code == code.strip().upper()
            )
        )
        return _snap_in(s, d) if d else None


def _clean_delegation(s: Session, meeting_id: int, values: dict, own_id: int | None) -> dict:
    """Validate delegation values, filling names from ISO 3166 where they are missing."""
    unknown = set(values) - set(DELEGATION_FIELDS) - {"protocol_rank"}
    if unknown:
        raise ValidationError(
            f"unknown delegation field(s): {', '.join(sorted(unknown))}",
            code="unknown_fields",
            fields=sorted(unknown),
        )
    kind = values.get("kind", "member")
    if kind not in DELEGATION_KINDS:
        raise ValidationError(
            f"delegation kind {kind!r} is not one of {', '.join(DELEGATION_KINDS)}",
            code="delegation_kind_unknown",
            delegation_kind=str(kind),
            delegation_kinds=DELEGATION_KINDS,
        )
    code = str(values.get("code", "")).strip().upper()
    if not _CODE_RE.match(code):
        raise ValidationError(
            f"delegation code {code!r} must be 2 to 16 letters or digits (ISO 3166 alpha-3 "
            "for a country)",
            code="delegation_code_form",
            delegation=code,
        )
    if kind != "organisation":
        known = country_names(code)
        if known is None:
            raise ValidationError(
                f"{code} is not an ISO 3166 country code (use alpha-3 such as JPN, or kind "
                "'organisation' for a body such as ITU)",
                code="not_a_country_code",
                delegation=code,
            )
        code = known["code"]
        for key in ("name_en", "name_fr", "name_ja", "reading_ja"):
            if not str(values.get(key, "") or "").strip():
                values[key] = known[key]
    values["code"] = code
    for key in ("name_en", "name_fr", "name_ja", "contact_point"):
        if key in values:
            values[key] = str(values[key] or "").strip()
    if not values.get("name_en"):
        raise ValidationError(
            f"delegation {code} needs an English name",
            code="delegation_needs_name",
            delegation=code,
        )
    values["reading_ja"] = check_reading(str(values.get("reading_ja", "") or ""), code)
    clash = s.scalar(
        select(Delegation.id).where(Delegation.meeting_id == meeting_id, Delegation.code == code)
    )
    if clash and clash != own_id:
        raise ValidationError(
            f"delegation code {code} is already used in this meeting",
            code="delegation_code_taken",
            delegation=code,
        )
    return values


def _single_host(s: Session, meeting_id: int, keep: Delegation) -> None:
    for other in s.scalars(
        select(Delegation).where(Delegation.meeting_id == meeting_id, Delegation.is_host.is_(True))
    ):
        if other.id != keep.id:
            other.is_host = False


def add_delegation(
    desk: Desk,
    meeting_id: int,
    *,
    code: str,
    name_en: str = "",
    kind: str = "member",
    **fields: object,
) -> DelegationSnap:
    """Add a delegation; a country's names come from ISO 3166 when not given."""
    with desk.write() as s:
        get_or_404(s, Meeting, meeting_id, "meeting")
        values = _clean_delegation(
            s, meeting_id, {"code": code, "name_en": name_en, "kind": kind, **fields}, None
        )
        rank = s.scalar(
            select(func.coalesce(func.max(Delegation.protocol_rank), 0)).where(
                Delegation.meeting_id == meeting_id
            )
        )
        values.setdefault("protocol_rank", (rank or 0) + 1)
        d = Delegation(meeting_id=meeting_id, **values)
        s.add(d)
        s.flush()
        if d.is_host:
            _single_host(s, meeting_id, d)
        desk.audit(s, "delegation.add", d, f"added delegation {d.code}")
        return _snap_in(s, d)


def edit_delegation(
    desk: Desk, delegation_id: int, *, expected_version: int, **fields: object
) -> DelegationSnap:
    """Change some fields of a delegation made from the version the user saw."""
    with desk.write() as s:
        d = get_or_404(s, Delegation, delegation_id, "delegation")
        expect_version(
            d, expected_version, f"delegation {d.code}", item="delegation", delegation=d.code
        )
        if d.retired:
            raise ValidationError(
                f"delegation {d.code} is retired: restore it first",
                code="delegation_retired",
                delegation=d.code,
            )
        current = {k: getattr(d, k) for k in DELEGATION_FIELDS}
        merged = _clean_delegation(s, d.meeting_id, {**current, **fields}, d.id)
        changed = {k: v for k, v in merged.items() if getattr(d, k) != v}
        for key, value in changed.items():
            setattr(d, key, value)
        if changed.get("is_host"):
            _single_host(s, d.meeting_id, d)
        if changed:
            desk.audit(
                s, "delegation.edit", d, f"edited delegation {d.code}", {"fields": sorted(changed)}
            )
        s.flush()
        return _snap_in(s, d)


def delegation_usage(desk: Desk, delegation_id: int) -> dict[str, int]:
    """How many active participants, proposals and positions name the delegation."""
    with desk.read() as s:
        return _usage(s, delegation_id)


def _usage(s: Session, delegation_id: int) -> dict[str, int]:
    def n(q) -> int:
        return int(s.scalar(q) or 0)

    return {
        "participants": n(
            select(func.count())
            .select_from(Participant)
            .where(Participant.delegation_id == delegation_id, Participant.retired.is_(False))
        ),
        "proposals": n(
            select(func.count())
            .select_from(Proposal)
            .where(Proposal.delegation_id == delegation_id)
        ),
        "positions": n(
            select(func.count())
            .select_from(Position)
            .where(Position.delegation_id == delegation_id)
        ),
    }


def retire_delegation(
    desk: Desk, delegation_id: int, *, expected_version: int, with_participants: bool = False
) -> DelegationSnap:
    """Take a delegation off every list; its rows and history stay.

    A delegation whose people are still listed is refused unless with_participants, which
    retires them in the same transaction; proposals and positions keep naming it.
    """
    with desk.write() as s:
        d = get_or_404(s, Delegation, delegation_id, "delegation")
        expect_version(
            d, expected_version, f"delegation {d.code}", item="delegation", delegation=d.code
        )
        if d.retired:
            return _snap_in(s, d)
        usage = _usage(s, d.id)
        if usage["participants"] and not with_participants:
            raise ValidationError(
                f"delegation {d.code} still has {usage['participants']} participant(s): retire "
                "them too (with_participants) or move them to another delegation",
                code="delegation_has_participants",
                delegation=d.code,
                count=usage["participants"],
            )
        for p in s.scalars(select(Participant).where(Participant.delegation_id == d.id)):
            if not p.retired:
                p.retired = True
                desk.audit(s, "participant.retire", p, f"retired {p.family_name} with {d.code}")
        d.retired = True
        if d.is_host:
            d.is_host = False
        desk.audit(s, "delegation.retire", d, f"retired delegation {d.code}", usage)
        s.flush()
        return _snap_in(s, d)


def restore_delegation(desk: Desk, delegation_id: int, *, expected_version: int) -> DelegationSnap:
    with desk.write() as s:
        d = get_or_404(s, Delegation, delegation_id, "delegation")
        expect_version(
            d, expected_version, f"delegation {d.code}", item="delegation", delegation=d.code
        )
        if d.retired:
            d.retired = False
            desk.audit(s, "delegation.restore", d, f"restored delegation {d.code}")
            s.flush()
        return _snap_in(s, d)


# --- order of precedence --------------------------------------------------------------------


def set_precedence(
    desk: Desk,
    meeting_id: int,
    rule: str,
    host_placement: str = "first",
    manual_order: list[int] | None = None,
    *,
    expected_version: int | None = None,
) -> list[DelegationSnap]:
    """Store the rule on the meeting (and, for "manual", each delegation's rank).

    manual_order lists delegation ids first to last; it must name every delegation of the
    meeting that is not retired. Returns the delegations in the new order.
    """
    if rule not in PRECEDENCE_RULES:
        raise ValidationError(
            f"precedence rule {rule!r} is not one of {', '.join(PRECEDENCE_RULES)}",
            code="precedence_rule_unknown",
            rule=str(rule),
            rules=PRECEDENCE_RULES,
        )
    if host_placement not in HOST_PLACEMENTS:
        raise ValidationError(
            f"host placement {host_placement!r} is not one of {', '.join(HOST_PLACEMENTS)}",
            code="host_placement_unknown",
            placement=str(host_placement),
            placements=HOST_PLACEMENTS,
        )
    with desk.write() as s:
        m = get_or_404(s, Meeting, meeting_id, "meeting")
        expect_version(m, expected_version, "the meeting", item="meeting")
        active = list(
            s.scalars(
                select(Delegation).where(
                    Delegation.meeting_id == meeting_id, Delegation.retired.is_(False)
                )
            )
        )
        if rule == "ja":
            missing = [d.code for d in active if not d.reading_ja]
            if missing:
                raise ValidationError(
                    "Japanese order needs a kana reading for: " + ", ".join(sorted(missing)),
                    code="japanese_order_needs_readings",
                    delegations=sorted(missing),
                )
        if rule == "manual":
            order = list(manual_order or [])
            by_id = {d.id: d for d in active}
            if len(set(order)) != len(order) or set(order) != set(by_id):
                raise ValidationError(
                    "a manual order must list every delegation of the meeting exactly once",
                    code="manual_order_incomplete",
                )
            for rank, did in enumerate(order, start=1):
                if by_id[did].protocol_rank != rank:
                    by_id[did].protocol_rank = rank
        elif manual_order:
            raise ValidationError(
                "a manual order is only used with the rule 'manual'",
                code="manual_order_unused",
                rule="manual",
            )
        m.precedence_rule = rule
        m.host_placement = host_placement
        desk.audit(
            s,
            "meeting.precedence",
            m,
            f"order of precedence: {rule}, host {host_placement}",
            {"manual_order": manual_order or []},
        )
    return list_delegations(desk, meeting_id)


__all__ = [
    "DELEGATION_KINDS",
    "ConflictError",
    "add_delegation",
    "country_names",
    "delegation_usage",
    "edit_delegation",
    "find_delegation",
    "get_delegation",
    "list_delegations",
    "order_delegations",
    "restore_delegation",
    "retire_delegation",
    "set_precedence",
]
