# SPDX-License-Identifier: GPL-3.0-or-later
"""What registration files look like: the participant fields with the headers that
registration systems (Indico-style exports), Japanese Excel lists and our own export use,
and the matching of "Country" / "Affiliation" cells to a meeting's delegations.

Delegation matching is pure: the service hands in the meeting's delegations as `Party`
values. Organisations come before the country of residence (an OECD official living in
Paris belongs to the OECD delegation, not to France's). A row whose cells name two
delegations, or a name two delegations share, is reported as ambiguous, never guessed.
"""

from __future__ import annotations

import contextlib
import gettext
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from meetingdesk.text.problems import Problem

from .mapping import FieldSpec, normalise_header

PARTICIPANT_SPECS: tuple[FieldSpec, ...] = (
    FieldSpec("uuid", ("MeetingDesk ID", "participant uuid"), "MeetingDesk ID"),
    FieldSpec(
        "family_name",
        (
            "Family name",
            "Last Name",
            "Surname",
            "Family Name (Latin)",
            "姓（ローマ字）",
            "姓(英字)",
            "姓（英字）",
            "Family name / 姓（ローマ字）",
            "Nom",
        ),
    ),
    FieldSpec(
        "given_name",
        (
            "Given name",
            "First Name",
            "Forename",
            "名（ローマ字）",
            "名(英字)",
            "名（英字）",
            "Given name / 名（ローマ字）",
            "Prénom",
        ),
    ),
    FieldSpec(
        "family_name_ja",
        ("姓", "氏", "姓（漢字）", "Family name (Japanese)", "Family name (Japanese) / 姓"),
    ),
    FieldSpec(
        "given_name_ja",
        ("名", "名（漢字）", "Given name (Japanese)", "Given name (Japanese) / 名"),
    ),
    FieldSpec("full_name_ja", ("氏名", "氏名（漢字）", "お名前", "名前")),
    FieldSpec(
        "reading_ja",
        (
            "ふりがな",
            "フリガナ",
            "よみがな",
            "ヨミガナ",
            "読み",
            "氏名（ふりがな）",
            "Reading",
            "Kana",
            "Reading / よみがな",
        ),
    ),
    FieldSpec("honorific", ("Title", "Salutation", "Honorific", "敬称", "Title / 敬称")),
    FieldSpec(
        "delegation",
        ("Delegation", "Delegation code", "代表団", "Delegation / 代表団", "Délégation"),
    ),
    FieldSpec(
        "country",
        (
            "Country",
            "Country of residence",
            "Nationality",
            "Country/Region",
            "国",
            "国名",
            "国・地域",
            "国籍",
            "Pays",
        ),
    ),
    FieldSpec(
        "affiliation",
        (
            "Affiliation",
            "Organisation",
            "Organization",
            "Institution",
            "Ministry",
            "Company",
            "所属",
            "所属機関",
            "所属組織",
            "所属先",
            "Organisme",
        ),
    ),
    FieldSpec("role", ("Role", "役割", "Role / 役割")),
    FieldSpec(
        "position_en",
        (
            "Position",
            "Job title",
            "Position (English)",
            "役職（英語）",
            "Position / 役職（英語）",
            "Fonction",
        ),
    ),
    FieldSpec("position_ja", ("役職", "肩書", "Position (Japanese)", "Position (Japanese) / 役職")),
    FieldSpec(
        "email",
        (
            "Email",
            "E-mail",
            "Email Address",
            "E-mail address",
            "メールアドレス",
            "電子メール",
            "メール",
            "E-mail / 電子メール",
            "Courriel",
        ),
    ),
    FieldSpec(
        "phone",
        (
            "Phone",
            "Telephone",
            "Phone number",
            "Mobile",
            "電話",
            "電話番号",
            "携帯電話",
            "Phone / 電話",
            "Téléphone",
        ),
    ),
    FieldSpec(
        "arrival",
        (
            "Arrival",
            "Arrival date",
            "Arrival time",
            "Arrival date and time",
            "到着",
            "到着日時",
            "到着日",
            "来日日時",
            "Arrival / 到着",
            "Arrivée",
        ),
    ),
    FieldSpec(
        "departure",
        (
            "Departure",
            "Departure date",
            "Departure time",
            "Departure date and time",
            "出発",
            "出発日時",
            "出発日",
            "離日日時",
            "Departure / 出発",
            "Départ",
        ),
    ),
    FieldSpec("accreditation", ("Accreditation", "登録状況", "Accreditation / 登録状況")),
    FieldSpec("badge_number", ("Badge", "Badge number", "バッジ番号", "Badge / バッジ番号")),
)
PARTICIPANT_REQUIRED = (
    ("family_name", "family_name_ja", "full_name_ja"),
    ("delegation", "country", "affiliation"),
)

# Organisations often written in full or by a part of their staff; the meeting's own
# names (EN/FR/JA) are added to these. Keys are delegation codes.
ORGANISATION_ALIASES: dict[str, tuple[str, ...]] = {
    "OECD": (
        "OECD",
        "OCDE",
        "Organisation for Economic Co-operation and Development",
        "Organization for Economic Cooperation and Development",
        "Organisation de coopération et de développement économiques",
        "経済協力開発機構",
    ),
    "ITU": (
        "ITU",
        "UIT",
        "International Telecommunication Union",
        "Union internationale des télécommunications",
        "国際電気通信連合",
    ),
    "EU": (
        "EU",
        "UE",
        "European Union",
        "European Commission",
        "Commission européenne",
        "Union européenne",
        "EEAS",
        "DG CONNECT",
        "DG CNECT",
        "European External Action Service",
        "欧州連合",
        "欧州委員会",
        "欧州対外活動庁",
    ),
    "UN": ("UN", "ONU", "United Nations", "Nations Unies", "国際連合", "国連"),
    "APEC": ("APEC", "Asia-Pacific Economic Cooperation", "アジア太平洋経済協力"),
    "ASEAN": ("ASEAN", "Association of Southeast Asian Nations", "東南アジア諸国連合"),
    "APT": ("APT", "Asia-Pacific Telecommunity", "アジア・太平洋電気通信共同体"),
    "WB": ("World Bank", "世界銀行"),
}
# Japanese names a person writes that pycountry's catalogue spells otherwise.
_JA_COUNTRY_EXTRA = {
    "日本": "JPN",
    "日本国": "JPN",
    "米国": "USA",
    "アメリカ": "USA",
    "アメリカ合衆国": "USA",
    "英国": "GBR",
    "イギリス": "GBR",
    "ドイツ": "DEU",
    "フランス": "FRA",
    "イタリア": "ITA",
    "カナダ": "CAN",
    "中国": "CHN",
    "韓国": "KOR",
    "EU": "EU",
    "欧州連合": "EU",
}


_EN_COUNTRY_EXTRA = {
    "USA": "USA",
    "US": "USA",
    "America": "USA",
    "UK": "GBR",
    "Great Britain": "GBR",
    "England": "GBR",
    "South Korea": "KOR",
    "Korea": "KOR",
}


@dataclass(frozen=True)
class Party:
    """A delegation of the meeting, as the matcher sees it."""

    code: str
    kind: str  # member / invited / organisation
    names: tuple[str, ...]  # its names in every language


@dataclass(frozen=True)
class Match:
    code: str | None
    how: str  # delegation / affiliation / country, or "" when no match
    problem: str = ""  # set when ambiguous or unknown (a Problem: code and data)
    ambiguous: tuple[str, ...] = ()  # candidate codes when ambiguous


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    """Country names (EN official/common, FR, JA) and ISO codes → alpha-3."""
    import pycountry

    index: dict[str, str] = {}
    catalogues = []
    for lang in ("fr", "ja"):
        with contextlib.suppress(OSError):
            catalogues.append(
                gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
            )
    for c in pycountry.countries:
        names = {c.alpha_2, c.alpha_3, c.name}
        names.update(getattr(c, k) for k in ("official_name", "common_name") if hasattr(c, k))
        for cat in catalogues:
            names.add(cat.gettext(c.name))
            if hasattr(c, "official_name"):
                names.add(cat.gettext(c.official_name))
        for n in names:
            index.setdefault(_norm(n), c.alpha_3)
    for n, code in _JA_COUNTRY_EXTRA.items():
        index[_norm(n)] = code
    for n, code in _EN_COUNTRY_EXTRA.items():
        index.setdefault(_norm(n), code)
    return index


def country_code(text: str) -> str | None:
    """ISO alpha-3 for a country written as a code or a name (EN, FR, JA), else None."""
    return _country_index().get(_norm(text)) if text.strip() else None


class DelegationMatcher:
    """Finds the delegation a registration row belongs to."""

    def __init__(self, parties: Iterable[Party]) -> None:
        self.parties = {p.code.upper(): p for p in parties}
        self._names: dict[str, set[str]] = {}
        for p in self.parties.values():
            words = {p.code, *p.names}
            if p.kind == "organisation" or p.code.upper() in ORGANISATION_ALIASES:
                words.update(ORGANISATION_ALIASES.get(p.code.upper(), ()))
            for w in words:
                if w and w.strip():
                    self._names.setdefault(_norm(w), set()).add(p.code.upper())
        # Names searched inside an affiliation text ("OECD Directorate for …", "Embassy of
        # France"): organisations' names and aliases, members' own names (not bare codes).
        extra = {**_JA_COUNTRY_EXTRA, **_EN_COUNTRY_EXTRA}
        words: list[tuple[str, str]] = []
        for code, p in self.parties.items():
            if p.kind == "organisation" or code in ORGANISATION_ALIASES:
                words.extend((w, code) for w, codes in self._names.items() if code in codes)
            else:
                names = {*p.names, *(n for n, c in extra.items() if c == code and len(n) > 3)}
                names.update(n for n, c in _JA_COUNTRY_EXTRA.items() if c == code)
                words.extend((_norm(n), code) for n in names if len(n.strip()) > 1)
        self._inside_words = sorted(set(words), key=lambda x: -len(x[0]))
        self._code_of_word: dict[str, set[str]] = {}
        for w, code in self._inside_words:
            self._code_of_word.setdefault(w, set()).add(code)
        # One pattern for every name: Latin names as whole words, Japanese ones anywhere.
        alternatives = [
            rf"(?<!\w){re.escape(w)}(?!\w)" if w.isascii() else re.escape(w)
            for w in self._code_of_word
        ]
        self._inside_re = re.compile("|".join(alternatives)) if alternatives else None
        self._memo: dict[tuple[str, str, str], Match] = {}

    def _exact(self, text: str) -> set[str]:
        found = set(self._names.get(_norm(text), ()))
        if not found:
            iso = country_code(text)
            if iso and iso in self.parties:
                found.add(iso)
            elif iso:
                # A country written by name whose delegation uses another code style (JP).
                found.update(c for c in self.parties if country_code(c) == iso)
        return found

    def _inside(self, text: str) -> set[str]:
        """Organisations and countries named inside a longer affiliation ("OECD Directorate
        for …", "Embassy of France in Japan"); overlapping names are all found."""
        if self._inside_re is None:
            return set()
        norm = _norm(text)
        found: set[str] = set()
        for start in range(len(norm)):
            m = self._inside_re.match(norm, start)
            if m:
                found.update(self._code_of_word[m.group(0)])
        return found

    def match(self, delegation: str = "", affiliation: str = "", country: str = "") -> Match:
        key = (delegation or "", affiliation or "", country or "")
        if key not in self._memo:
            self._memo[key] = self._match(*key)
        return self._memo[key]

    def _match(self, delegation: str, affiliation: str, country: str) -> Match:
        delegation, affiliation, country = (
            (delegation or "").strip(),
            (affiliation or "").strip(),
            (country or "").strip(),
        )
        if delegation:
            found = self._exact(delegation)
            if len(found) == 1:
                return Match(found.pop(), "delegation")
            if found:
                return _ambiguous(
                    f"“{delegation}” names several delegations",
                    found,
                    "ambiguous_delegation",
                    value=delegation,
                )
            return Match(
                None,
                "",
                Problem(
                    f"no delegation “{delegation}” in this meeting",
                    code="no_delegation_named",
                    value=delegation,
                ),
            )
        if affiliation:
            found = self._exact(affiliation) | self._inside(affiliation)
            if len(found) == 1:
                return Match(found.pop(), "affiliation")
            if len(found) > 1:
                return _ambiguous(
                    f"the affiliation “{affiliation}” names several delegations",
                    found,
                    "ambiguous_affiliation",
                    value=affiliation,
                )
        if country:
            found = self._exact(country)
            if len(found) == 1:
                return Match(found.pop(), "country")
            if found:
                return _ambiguous(
                    f"“{country}” names several delegations",
                    found,
                    "ambiguous_delegation",
                    value=country,
                )
            iso = country_code(country)
            what = f"“{country}”" + (f" ({iso})" if iso else " is not a known country and")
            message = f"{what} has no delegation in this meeting"
            if iso:
                problem = Problem(message, code="country_no_delegation", value=country, iso=iso)
            else:
                problem = Problem(message, code="country_unknown", value=country)
            return Match(None, "", problem)
        if affiliation:
            return Match(
                None,
                "",
                Problem(
                    f"the affiliation “{affiliation}” names no delegation",
                    code="affiliation_no_delegation",
                    value=affiliation,
                ),
            )
        return Match(
            None,
            "",
            Problem("no delegation, country or affiliation given", code="no_delegation_given"),
        )


def _ambiguous(reason: str, codes: Iterable[str], code: str, **params: object) -> Match:
    listed = tuple(sorted(codes))
    return Match(
        None,
        "",
        Problem(
            f"ambiguous: {reason} ({', '.join(listed)}); choose one",
            code=code,
            delegations=list(listed),
            **params,
        ),
        listed,
    )


# --- Japanese names --------------------------------------------------------------------------


def split_japanese_name(full: str) -> tuple[str, str]:
    """氏名 written with an ideographic or plain space → (family, given); no space → (all, "")."""
    parts = unicodedata.normalize("NFKC", full).split()
    if len(parts) >= 2:
        return parts[0], " ".join(parts[1:])
    return full.strip(), ""


@lru_cache(maxsize=1)
def _kakasi():
    import pykakasi

    return pykakasi.kakasi()


def suggest_reading(*names: str) -> str:
    """A hiragana reading for Japanese names (pykakasi's dictionary reading: a suggestion,
    since names have many readings); "" when there is nothing Japanese to read."""
    text = " ".join(n.strip() for n in names if n and n.strip())
    if not text or not any(ord(ch) > 0x2FFF for ch in text):
        return ""
    return "".join(part["hira"] for part in _kakasi().convert(text)).strip()


def suggest_latin(name: str) -> str:
    """A Hepburn romanisation of a Japanese name, capitalised (a suggestion)."""
    if not name.strip():
        return ""
    return " ".join(
        part["hepburn"].capitalize() for part in _kakasi().convert(name) if part["hepburn"].strip()
    )


def normalise_reading(reading: str) -> str:
    """Readings as input methods type them: ideographic spaces → one plain space."""
    return re.sub(r"[\s\u3000]+", " ", reading).strip()


def specs_by_name() -> dict[str, FieldSpec]:
    return {s.name: s for s in PARTICIPANT_SPECS}


def header_matches(
    header: str, field_name: str, specs: Sequence[FieldSpec] = PARTICIPANT_SPECS
) -> bool:
    spec = {s.name: s for s in specs}[field_name]
    return normalise_header(header) in {normalise_header(a) for a in (spec.name, *spec.aliases)}
