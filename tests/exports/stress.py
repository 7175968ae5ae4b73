# SPDX-License-Identifier: GPL-3.0-or-later
"""A stress document for the print-fidelity tests, built in memory (no database): long URLs,
long words, names, small kana, brackets and punctuation at every position of a line,
headings at varying heights so some fall near page ends; plus meeting data, an annex and a
follow-up with long names, for the meeting-wide kinds."""

from __future__ import annotations

import dataclasses
import typing
from datetime import UTC, date, datetime

from meetingdesk.snapshots import (
    AgendaItemSnap,
    AgendaSessionSnap,
    ClauseSnap,
    DelegationSnap,
    DocumentSnap,
    DocumentText,
    MeetingSnap,
    ParticipantSnap,
    RoomSnap,
)
from meetingdesk.snapshots.actions import (
    ActionPlan,
    ActionSnap,
    DelegationFollowUp,
    FollowUpSummary,
)

URL = "https://www.soumu.go.jp/main_sosiki/joho_tsusin/eng/presentation/g7ict2016/index.html"
EN = (
    "We, the Ministers, recognise that internationalisation and interoperability of "
    "telecommunications infrastructures, as described at {url}, are essential; "
    "Ms Michiko TAKEMURA will report on counterintuitive responsibilities and "
    "incomprehensibilities of multistakeholder institutionalisation."
)
# Every class that matters: closing and opening brackets, 、。，．・：；？！, small kana,
# ー, 々, ゝゞ, full-width Latin and digits, a URL.
JA = (
    "我々は、「デジタル連結世界憲章」（２０１６年４月）に基づき、ＯＥＣＤ及びITUと協力し、"
    "サーバー・セキュリティ（いわゆる『セキュリティ・バイ・デザイン』）を推進する。"
    "人々の参加をっかりと【促進】し、ショッピングやチャットの表記、々ゝゞの扱いも確認する！"
    "詳細は{url}を参照。さらに、（注）：各国の取組；関係者の協力？"
)
FILLER = "国際協調の推進"


def make(cls, **values):
    """An instance of a snapshot dataclass with plain defaults for every field not given."""
    hints = typing.get_type_hints(cls)
    out = {}
    for f in dataclasses.fields(cls):
        if f.name in values:
            out[f.name] = values[f.name]
            continue
        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
            continue
        hint = hints[f.name]
        text = str(hint)
        if "None" in text:
            out[f.name] = None
        elif hint is str:
            out[f.name] = ""
        elif hint is int:
            out[f.name] = 1
        elif hint is bool:
            out[f.name] = False
        elif hint is date:
            out[f.name] = date(2016, 4, 30)
        elif hint is datetime:
            out[f.name] = datetime(2016, 4, 29, tzinfo=UTC)
        else:
            out[f.name] = ()
    return cls(**out)


def meeting() -> MeetingSnap:
    return make(
        MeetingSnap,
        uuid="m-stress",
        short_name="stress",
        title_en="G7 ICT Ministers' Meeting in Takamatsu, Kagawa",
        title_ja="G7香川・高松情報通信大臣会合",
        host_en="Japan",
        host_ja="日本",
        city_en="Takamatsu",
        city_ja="高松",
        venue_en="Kagawa International Hall",
        venue_ja="かがわ国際会議場",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
        languages=("en", "ja"),
        precedence_rule="alphabetical",
        host_placement="first",
    )


def stress_text(paragraphs: int = 30, status: str = "adopted", variant: int = 0) -> DocumentText:
    """The stress document: a heading, then sections of a varying number of paragraphs;
    the Japanese paragraphs start 0, 1, 2 … filler characters in, so each mark of the
    pattern meets every position of a line."""
    m = meeting()
    doc = make(
        DocumentSnap,
        uuid="d-stress",
        kind="declaration",
        short_name="stress",
        title_en="Joint Declaration on Print Fidelity",
        title_ja="印刷品質に関する共同宣言",
        status=status,
        adopted_at=datetime(2016, 4, 30, 6, 0, tzinfo=UTC) if status == "adopted" else None,
        adopted_hash="ab" * 32 if status == "adopted" else "",
        clause_count=paragraphs,
    )
    clauses = [
        make(
            ClauseSnap,
            id=1,
            uuid="c1",
            position=1,
            number="",
            kind="heading",
            status="agreed",
            text_en="Joint Declaration on Print Fidelity",
            text_ja="印刷品質に関する共同宣言",
        )
    ]
    section = 0
    position = 1
    for k, number in enumerate(range(1, paragraphs + 1)):
        if k % (3 + k % 4) == 0:
            section += 1
            position += 1
            roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
            clauses.append(
                make(
                    ClauseSnap,
                    id=position,
                    uuid=f"c{position}",
                    position=position,
                    number=f"{roman[(section - 1) % 12]}.",
                    kind="section",
                    status="agreed",
                    text_en=f"Section {section}: cooperation on standardisation and research",
                    text_ja=f"第{section}節　標準化及び研究に関する協力（「協調行動」）",
                )
            )
        position += 1
        shift = FILLER * 4
        ja = shift[: (k + variant) % 24] + JA.format(url=URL)
        en = EN.format(url=URL) if k % 3 != 2 else EN.replace(", as described at {url},", "")
        if variant and k % 5 == 1:
            ja = ja.replace("協力し、", "協調し、")
            en = en.replace("essential", "indispensable")
        clauses.append(
            make(
                ClauseSnap,
                id=position,
                uuid=f"c{position}",
                position=position,
                number=f"{number}.",
                kind="operative",
                status="agreed",
                text_en=(en + " ") * (1 + k % 3),
                text_ja=ja * (1 + k % 2),
            )
        )
    return DocumentText(
        m,
        doc,
        tuple(clauses),
        "Rev.3" if status != "adopted" else "",
        "chair",
        datetime(2016, 4, 29, 9, 30, tzinfo=UTC) if status != "adopted" else None,
    )


def meeting_data():
    from meetingdesk.formats.pdf.common import MeetingData

    m = meeting()
    names = [
        ("JPN", "Japan", "日本", "member"),
        ("CAN", "Canada", "カナダ", "member"),
        ("GBR", "United Kingdom of Great Britain and Northern Ireland", "英国", "member"),
        ("EU", "European Union", "欧州連合", "member"),
        (
            "OECD",
            "Organisation for Economic Co-operation and Development",
            "経済協力開発機構",
            "organisation",
        ),
        ("ITU", "International Telecommunication Union", "国際電気通信連合", "invited"),
    ]
    delegations = tuple(
        make(
            DelegationSnap,
            id=i,
            uuid=f"g{i}",
            code=code,
            name_en=en,
            name_ja=ja,
            kind=kind,
            protocol_rank=i,
            is_host=code == "JPN",
        )
        for i, (code, en, ja, kind) in enumerate(names, start=1)
    )
    people = [
        ("Takemura", "Michiko", "竹村", "美智子", "head"),
        ("Yamaguchi", "Shotaro", "山口", "翔太郎", "deputy"),
        ("Featherstonehaugh", "Alexandra-Josephine", "", "", "head"),
        ("Nakamura", "Kyoko", "中村", "きょう子", "member"),
    ]
    participants = []
    pid = 0
    for d in delegations:
        for fam, giv, fam_ja, giv_ja, role in people[: 2 + d.id % 3]:
            pid += 1
            participants.append(
                make(
                    ParticipantSnap,
                    id=pid,
                    uuid=f"p{pid}",
                    delegation_id=d.id,
                    delegation_code=d.code,
                    family_name=fam,
                    given_name=giv,
                    family_name_ja=fam_ja,
                    given_name_ja=giv_ja,
                    position_en="Director-General for Telecommunications Standardisation Policy",
                    position_ja="情報通信国際戦略局長（ショートカット・サーバー担当）",
                    role=role,
                    badge_number=f"{d.code}-{pid}",
                )
            )
    rooms = (
        make(RoomSnap, id=1, uuid="r1", name_en="Main Hall", name_ja="大ホール", capacity=300),
    )
    sessions = []
    for i in range(9):
        day = 29 + i // 5
        start = datetime(2016, 4, day, 0 + i % 5 * 2, 0, tzinfo=UTC)
        items = tuple(
            make(
                AgendaItemSnap,
                id=i * 10 + j,
                uuid=f"i{i}{j}",
                number=str(j + 1),
                position=j,
                title_en="Internationalisation of telecommunications standardisation",
                title_ja="電気通信標準化の国際化（「ショートカット」の扱い）",
                document_name="",
            )
            for j in range(3)
        )
        sessions.append(
            make(
                AgendaSessionSnap,
                id=i + 1,
                uuid=f"s{i}",
                kind="plenary",
                title_en=f"Session {i + 1}: promoting the free flow of information",
                title_ja=f"第{i + 1}セッション：情報の自由な流通の促進（ＯＥＣＤ）",
                starts_at=start,
                ends_at=start.replace(hour=start.hour + 1),
                room_id=1,
                room_name="",
                chair_id=1,
                chair_name="",
                position=i,
                speaker_ids=(),
                items=items,
            )
        )
    return MeetingData(m, delegations, tuple(participants), tuple(sessions), rooms)


def actions(count: int = 14) -> tuple[ActionSnap, ...]:
    statuses = ("proposed", "agreed", "in_progress", "done", "dropped")
    out = []
    for i in range(count):
        out.append(
            make(
                ActionSnap,
                id=i + 1,
                uuid=f"a{i}",
                meeting_id=1,
                document_id=2,
                document_name="annex",
                clause_id=100 + i,
                clause_uuid=f"ac{i}",
                clause_status="agreed",
                position=i,
                number=f"{i + 1}.",
                section_number=f"{['i', 'ii', 'iii'][i // 5]}.",
                section_en="Free flow of information and cybersecurity",
                section_ja="情報の自由な流通及びサイバーセキュリティ（「協調」）",
                title_en="Interoperability of telecommunications frameworks",
                title_ja="電気通信の枠組みの相互運用性（ＯＥＣＤ）",
                text_en=EN.format(url=URL),
                text_ja=FILLER[: i % 7] + JA.format(url=URL),
                owner_id=1 + i % 3,
                owner_code=["JPN", "CAN", "OECD"][i % 3],
                owner_name_en="Japan",
                owner_name_ja="日本",
                partner_codes=("CAN", "EU"),
                target_date=date(2017, 3, 31),
                status=statuses[i % 5],
            )
        )
    return tuple(out)


def annex_plan() -> ActionPlan:
    doc = make(
        DocumentSnap,
        uuid="annex",
        kind="annex",
        short_name="annex",
        title_en="G7 Opportunities for Collaboration",
        title_ja="G7協調行動集",
        status="adopted",
    )
    return ActionPlan(meeting(), doc, actions(), date(2016, 4, 30))


def followup() -> FollowUpSummary:
    acts = actions()
    rows = []
    for i, code in enumerate(["JPN", "CAN", "OECD"]):
        mine = [a for a in acts if a.owner_code == code]
        counts = tuple(
            (st, sum(1 for a in mine if a.status == st))
            for st in ("proposed", "agreed", "in_progress", "done", "dropped")
        )
        rows.append(
            make(
                DelegationFollowUp,
                delegation_id=i + 1,
                code=code,
                name_en=code,
                name_ja=code,
                counts=counts,
                overdue=(),
                due_soon=(),
            )
        )
    return FollowUpSummary(meeting(), date(2017, 1, 10), 30, acts, tuple(rows))
