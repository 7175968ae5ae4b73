"""The demo meeting's negotiation on the Joint Declaration, played through the services.

Called by services.demo after the documents exist (clause keys such as "decl-5"). The story:
the presidency puts a compilation text on the table; the United States, Italy, Canada and the
United Kingdom make proposals; Rev.1 (compilation) is frozen; the chair brackets "[shall /
should]", Germany's wording goes in as an alternative, a paragraph is agreed ad ref pending
Canada; Rev.2 (chair's text) is frozen, Italy's new paragraph in it as "8bis" (numbers
stay fixed within the round); the room then resolves paragraph 9's "[shall / should]",
keeping "should" in both languages; the EU edits paragraph 5's English, leaving its
Japanese stale, and the EU's insertion stays open with reservations. All wording is our own.
"""

from __future__ import annotations

from contextlib import suppress

from sqlalchemy import select

from meetingdesk.model import Clause
from meetingdesk.services import drafting
from meetingdesk.services.base import Desk, DeskError
from meetingdesk.services.drafting import comments, documents, proposals, resolution

DECL_6_EN = (
    "We will promote a risk-based approach to cybersecurity, including security by design, "
    "trusted information sharing and the development of a skilled workforce."
)
DECL_6_JA = (
    "我々は、セキュリティ・バイ・デザイン、信頼できる情報共有及び熟練した人材の育成を含め、"
    "サイバーセキュリティに対するリスクに基づくアプローチを推進する。"
)
DECL_6_JA_BRACKETED = (
    "我々は、セキュリティ・バイ・デザイン、信頼できる情報共有及び熟練した人材の育成を含め、"
    "サイバーセキュリティに対するリスクに基づくアプローチを"
    "[推進する / 推進しなければならない {DEU, FRA}]。"
)
DECL_9_EN = (
    "We [shall {JPN, EU} / should {USA, GBR}] support programmes that build digital literacy "
    "and skills throughout life, in cooperation with the private sector and civil society."
)
DECL_9_JA = (
    "我々は、民間部門及び市民社会と協力し、生涯を通じたデジタル・リテラシー及び技能を育成する"
    "取組を[支援する {JPN, EU} / 支援すべきである {USA, GBR}]。"
)
DECL_3_EN = (
    "We will share national experience and, where appropriate, statistical data on the "
    "digital economy through the OECD and other fora, so that our policies rest on "
    "comparable evidence."
)
DECL_3_JA = (
    "我々は、各国の政策が比較可能な根拠に基づくよう、OECD及びその他の場を通じ、デジタル経済に"
    "関する各国の経験及び、適当な場合には、統計データを共有する。"
)
NEW_EN = (
    "We will encourage the use of ICT to preserve cultural heritage and make it accessible, "
    "including through digital archives and open data."
)
NEW_JA = (
    "我々は、デジタル・アーカイブ及びオープンデータを通じたものを含め、文化遺産を保存し、"
    "利用しやすくするためのICTの活用を奨励する。"
)
DECL_1_CAN = (
    "We will give priority to policies that allow all people and businesses, in particular "
    "small and medium-sized enterprises, to benefit from the digital economy."
)


def _snap(desk: Desk, clause_id: int):
    with desk.read() as s:
        doc_id = s.get(Clause, clause_id).document_id
        return documents.clause_snaps(s, doc_id, only={clause_id})[0]


def _save(desk: Desk, cid: int | None, lang: str, text: str, code: str = "", note: str = ""):
    if cid is None:
        return None
    snap = _snap(desk, cid)
    head = snap.en_version_id if lang == "en" else snap.ja_version_id
    with desk.read() as s:
        meeting_id = s.get(Clause, cid).document.meeting_id
        did = documents.delegation_id_by_code(s, meeting_id, code) if code else None
    return documents.save_text(
        desk, cid, lang, text, expected_head=head, delegation_id=did, note=note
    )


def apply_negotiation(desk: Desk, meeting_id: int, clause_ids: dict[str, int]) -> None:
    """Give the demo declaration a realistic negotiation (see the module docstring)."""
    key = clause_ids.get
    anchor = key("decl-1") or next((v for k, v in clause_ids.items() if k.startswith("decl")), None)
    if anchor is None:
        return
    with desk.read() as s:
        doc_id = s.scalar(select(Clause.document_id).where(Clause.id == anchor))
    labels = set(documents.document_text(desk, doc_id).document.revision_labels)

    # The presidency's compilation wording for the paragraphs under negotiation.
    note = "presidency compilation"
    for cid, en, ja in ((key("decl-6"), DECL_6_EN, DECL_6_JA),):
        _save(desk, cid, "en", en, "JPN", note)
        _save(desk, cid, "ja", ja, "JPN", note)

    # Round 1: proposals and positions.
    def propose(code: str, kind: str, cid: int | None, **kw):
        if cid is None and kind != "new":
            return None
        try:
            return proposals.propose(
                desk, doc_id, delegation_code=code, kind=kind, clause_id=cid, **kw
            )
        except DeskError:  # demo data changed under us (a code or clause is missing)
            return None

    def positions(p, **stances: str) -> None:
        for code, stance in stances.items():
            if p is not None:
                with suppress(DeskError):  # no such delegation in this demo
                    proposals.set_position(desk, p.id, delegation_code=code, stance=stance)

    p_us = propose(
        "USA",
        "replace",
        key("decl-3"),
        text=DECL_3_EN,
        rationale="Data should be shared where it exists and is comparable.",
    )
    positions(p_us, CAN="support", DEU="support", FRA="reserve")
    p_it = propose(
        "ITA",
        "new",
        None,
        text=NEW_EN,
        after_clause_id=key("decl-8"),
        rationale="Culture belongs in the digital agenda.",
    )
    positions(p_it, EU="support", JPN="support", GBR="support")
    p_ca = propose(
        "CAN",
        "replace",
        key("decl-1"),
        text=DECL_1_CAN,
        rationale="Name SMEs first; start-ups are a subset.",
    )
    positions(p_ca, USA="oppose", JPN="reserve")
    p_gb = propose(
        "GBR", "delete", key("decl-4"), rationale="Covered by the Charter; avoid repetition."
    )
    positions(p_gb, ITU="oppose", OECD="oppose")
    if p_us:
        proposals.accept_proposal(desk, p_us.id, note="agreed in the drafting session")
        _save(desk, key("decl-3"), "ja", DECL_3_JA, note="translation of the agreed wording")
    if p_it:
        added = proposals.accept_proposal(desk, p_it.id)
        _save(desk, added.clause_id, "ja", NEW_JA, note="translation")
    if p_ca:
        proposals.reject_proposal(desk, p_ca.id, note="no consensus; the original stays")
    if p_gb:
        proposals.withdraw_proposal(desk, p_gb.id, note="withdrawn after discussion")
    for k in ("decl-title", "decl-pre-1", "decl-1", "decl-2", "decl-3"):
        if key(k):
            _agree(desk, key(k))
    if "Rev.1" not in labels:
        documents.freeze_revision(
            desk,
            doc_id,
            kind="compilation",
            label="Rev.1",
            note="Compilation of delegations' proposals, circulated after round 1",
        )

    # Round 2: the chair's text.
    p_de = None
    if key("decl-6"):
        current = _snap(desk, key("decl-6")).text_en
        if "We will promote" in current:
            p_de = propose(
                "DEU",
                "replace",
                key("decl-6"),
                text=current.replace("We will promote", "We shall promote", 1),
                rationale="Commitments need binding language.",
            )
            positions(p_de, FRA="support", USA="oppose", GBR="reserve")
            proposals.incorporate_as_alternative(desk, p_de.id, note="chair: both options kept")
            _save(desk, key("decl-6"), "ja", DECL_6_JA_BRACKETED, note="translation")
            comment = comments.add_comment(
                desk, key("decl-6"), "DEU and FRA want binding language; USA prefers 'will'."
            )
            comments.add_comment(
                desk, key("decl-6"), "USA to revert after consulting capital.", comment.id
            )
    _save(desk, key("decl-9"), "en", DECL_9_EN, note="chair: options in brackets")
    _save(desk, key("decl-9"), "ja", DECL_9_JA, note="translation")
    if key("decl-7"):
        snap = _snap(desk, key("decl-7"))
        with suppress(DeskError):  # the demo text of this paragraph still holds brackets
            drafting.set_status(
                desk,
                key("decl-7"),
                "ad_ref",
                expected_version=snap.row_version,
                ad_ref_codes=["CAN"],
                note="Canada to confirm with capital",
            )
    if "Rev.2" not in labels:
        documents.freeze_revision(
            desk,
            doc_id,
            kind="chair",
            label="Rev.2",
            note="Chair's text, issued without prejudice",
        )

    # After Rev.2: the room settles paragraph 9's bracket, keeping "should" in both languages.
    if key("decl-9"):
        snap = _snap(desk, key("decl-9"))
        if snap.open_brackets:
            with suppress(DeskError):
                resolution.resolve_bracket(
                    desk,
                    snap.id,
                    "en",
                    0,
                    1,
                    expected_en_head=snap.en_version_id,
                    expected_ja_head=snap.ja_version_id,
                )

    # After Rev.2: an English edit leaves its Japanese stale; an insertion stays open.
    if key("decl-5"):
        en = _snap(desk, key("decl-5")).text_en
        edited = (
            en.replace("protection of privacy", "protection of privacy and personal data", 1)
            if "protection of privacy" in en
            else en.rstrip(".") + ", in line with applicable law."
        )
        _save(desk, key("decl-5"), "en", edited, "EU", "EU: name personal data")
        comments.add_comment(desk, key("decl-5"), "The Japanese needs updating after the EU edit.")
    if key("decl-11"):
        en = _snap(desk, key("decl-11")).text_en
        p_eu = propose(
            "EU",
            "insert",
            key("decl-11"),
            text=en.rstrip() + " We will review progress at our next meeting.",
            rationale="A review clause keeps the Action Plan alive.",
        )
        positions(p_eu, USA="awaiting_instructions", GBR="reserve", CAN="support")


def _agree(desk: Desk, cid: int) -> None:
    snap = _snap(desk, cid)
    if snap.status in ("draft", "bracketed") and not snap.open_brackets:
        drafting.set_status(desk, cid, "agreed", expected_version=snap.row_version)
