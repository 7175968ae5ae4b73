# SPDX-License-Identifier: GPL-3.0-or-later
"""Every fixed text that reaches a PDF, in English and Japanese.

Nothing in export/pdf writes a literal sentence of its own: it asks here, so a printed page
never carries a phrase that exists in one language only (tests check that both columns of
the table below are filled).
"""

from __future__ import annotations

from datetime import date, datetime

LABELS: dict[str, tuple[str, str]] = {
    # page furniture
    "page_of": ("Page {n} of {total}", "{n} / {total} ページ"),
    "draft": ("DRAFT", "草案"),
    "current_text": ("current text (not frozen)", "現行テキスト（未確定）"),
    "fingerprint": ("SHA-256 of the adopted text", "採択テキストのSHA-256"),
    "confidential": ("Confidential", "取扱注意"),
    "without_prejudice": ("Without prejudice", "各国の立場を害さない"),
    # kinds
    "kind_final": ("Final text", "最終テキスト"),
    "kind_compilation": ("Compilation text", "コンピレーション・テキスト"),
    "kind_redline": ("Comparison (redline)", "新旧対照（見え消し）"),
    "kind_agenda": ("Agenda", "議事日程"),
    "kind_participants": ("List of participants", "参加者名簿"),
    "kind_badges": ("Badges", "参加者バッジ"),
    "kind_nameplates": ("Name plates", "卓上名札"),
    "kind_book": ("Meeting book", "会議資料集"),
    "contents": ("Contents", "目次"),
    "kind_clean": ("Clean text (not adopted)", "クリーン・テキスト（未採択）"),
    "kind_seating": ("Seating plan", "座席表"),
    "host_secretariat": ("{host} (host secretariat)", "{host}（議長国事務局）"),
    # clause statuses
    "status_draft": ("draft", "草案"),
    "status_bracketed": ("bracketed", "括弧付き"),
    "status_ad_ref": ("ad ref", "アド・レフ"),
    "status_agreed": ("agreed", "合意済み"),
    "status_deleted": ("deleted", "削除"),
    # document statuses and kinds
    "doc_draft": ("draft", "草案"),
    "doc_negotiation": ("under negotiation", "交渉中"),
    "doc_adopted": ("adopted", "採択済み"),
    "rev_adopted": ("Adopted", "採択"),
    "dockind_charter": ("Charter", "憲章"),
    "dockind_declaration": ("Declaration", "宣言"),
    "dockind_annex": ("Annex", "附属書"),
    "dockind_chair_summary": ("Chair's summary", "議長総括"),
    "dockind_statement": ("Statement", "声明"),
    "adopted_on": ("Adopted on {date}", "{date}採択"),
    # compilation legend
    "legend": ("Legend", "凡例"),
    "legend_brackets": ("[text]: not yet agreed", "［ ］：未合意の文言"),
    "legend_alternatives": ("a / b: alternatives", "a / b：選択肢"),
    "legend_supporters": ("{US, FR}: delegations supporting", "{US, FR}：支持する代表団"),
    "legend_ad_ref": (
        "ad ref: agreed ad referendum, pending confirmation by capital",
        "アド・レフ：本国の確認待ちの暫定合意",
    ),
    "legend_agreed": ("agreed: no further change", "合意済み：以後変更なし"),
    "legend_proposal": ("Proposal by a delegation", "代表団による提案"),
    "ad_ref_pending": ("ad ref ({codes})", "アド・レフ（{codes}）"),
    "proposal_by": ("Proposal by {code}", "{code}による提案"),
    "legend_positions": (
        "Positions on a proposal, by delegation code: support, oppose, reserve, "
        "awaiting instructions",
        "提案に対する各代表団の立場（代表団コード別）：支持、反対、留保、本国訓令待ち",
    ),
    "legend_codes": ("Delegation codes: {codes}", "代表団コード：{codes}"),
    "positions": ("Positions", "各代表団の立場"),
    "positions_none": ("Positions: none recorded", "各代表団の立場：表明なし"),
    "stance_support": ("support", "支持"),
    "stance_oppose": ("oppose", "反対"),
    "stance_reserve": ("reserve", "留保"),
    "stance_awaiting_instructions": ("awaiting instructions", "本国訓令待ち"),
    "proposal_insert": ("insert", "挿入"),
    "proposal_replace": ("replace", "置換"),
    "proposal_delete": ("delete", "削除"),
    "proposal_new": ("new clause", "新規条項"),
    "proposal_move": ("move", "移動"),
    # redline
    "redline_between": ("{old} → {new}", "{old} → {new}"),
    "legend_inserted": ("inserted text", "挿入された文言"),
    "legend_deleted": ("deleted text", "削除された文言"),
    "legend_moved": ("moved or renumbered", "移動・番号変更"),
    "legend_bar": ("| in the margin: a changed line", "余白の縦線：変更のある行"),
    "was": ("{new} (was {old})", "{new}（旧{old}）"),
    "added_clause": ("new", "新規"),
    "deleted_clause": ("deleted", "削除"),
    "moved_clause": ("moved", "移動"),
    "no_changes": ("No changes.", "変更なし。"),
    "only_changed": (
        "Only the changed clauses are shown; unchanged clauses are left out.",
        "変更のある条項のみを掲載（変更のない条項は省略）",
    ),
    "omitted_one": ("… 1 unchanged clause left out …", "…… 変更のない条項 1 件を省略 ……"),
    "omitted_many": (
        "… {n} unchanged clauses left out …",
        "…… 変更のない条項 {n} 件を省略 ……",
    ),
    "deleted_in_round": ("[deleted]", "［削除］"),
    "concordance": ("Concordance of paragraph numbers", "項番号対照表"),
    "concordance_old": ("Before", "変更前"),
    "concordance_new": ("After", "変更後"),
    "concordance_rest": ("Numbers not listed are unchanged.", "記載のない番号に変更はない。"),
    # agenda
    "time": ("Time", "時間"),
    "room": ("Room", "会場"),
    "chair": ("Chair", "議長"),
    "session": ("Session", "セッション"),
    "item_document": ("Document: {name}", "文書：{name}"),
    # participants and badges
    "name": ("Name", "氏名"),
    "position": ("Position", "役職"),
    "role": ("Role", "役割"),
    "badge_no": ("No. {n}", "番号 {n}"),
    "delegation_kind_member": ("Members", "メンバー"),
    "delegation_kind_invited": ("Invited", "招待国"),
    "delegation_kind_organisation": ("International organisations", "国際機関"),
    "role_head": ("Head of delegation", "代表団長"),
    "role_deputy": ("Deputy", "副代表"),
    "role_sherpa": ("Sherpa", "シェルパ"),
    "role_member": ("Delegate", "代表団員"),
    "role_staff": ("Staff", "随員"),
    "role_interpreter": ("Interpreter", "通訳"),
    "no_participants": ("No participants registered.", "登録された参加者はいません。"),
    "no_sessions": ("No sessions scheduled.", "予定されたセッションはありません。"),
    # session kinds
    "sk_plenary": ("Plenary", "全体会合"),
    "sk_working_session": ("Working session", "ワーキング・セッション"),
    "sk_working_lunch": ("Working lunch", "ワーキング・ランチ"),
    "sk_working_dinner": ("Working dinner", "ワーキング・ディナー"),
    "sk_bilateral": ("Bilateral meeting", "二国間会談"),
    "sk_press_conference": ("Press conference", "記者会見"),
    "sk_ceremony": ("Ceremony", "式典"),
    "sk_break": ("Break", "休憩"),
}

_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS_JA = "月火水木金土日"
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def label(key: str, lang: str, **values: object) -> str:
    """The label in one language ("en" or "ja"), with {placeholders} filled."""
    en, ja = LABELS[key]
    text = ja if lang == "ja" else en
    return text.format(**values) if values else text


def both(key: str, sep: str = " / ", **values: object) -> str:
    """English and Japanese side by side, for page furniture printed in both."""
    return label(key, "en", **values) + sep + label(key, "ja", **values)


def optional(prefix: str, key: str, lang: str) -> str:
    """label(prefix + key) when it exists, else the key itself (an unknown status)."""
    full = prefix + key
    return label(full, lang) if full in LABELS else key


def date_text(d: date, lang: str) -> str:
    if lang == "ja":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


def day_heading(d: date, lang: str) -> str:
    if lang == "ja":
        return f"{date_text(d, 'ja')}（{_WEEKDAYS_JA[d.weekday()]}）"
    return f"{_WEEKDAYS_EN[d.weekday()]}, {date_text(d, 'en')}"


def date_range(start: date, end: date, lang: str) -> str:
    """29–30 April 2016 / 2016年4月29日～30日."""
    if start == end:
        return date_text(start, lang)
    if lang == "ja":
        if (start.year, start.month) == (end.year, end.month):
            return f"{date_text(start, 'ja')}～{end.day}日"
        return f"{date_text(start, 'ja')}～{date_text(end, 'ja')}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{date_text(end, 'en')}"
    return f"{date_text(start, 'en')} – {date_text(end, 'en')}"


def revision_text(revision_label: str, lang: str) -> str:
    """A revision label as printed: "Adopted" (the adoption's frozen text) in the output's
    language (採択); Rev.N, zero draft labels and the like as the secretariat wrote them."""
    if revision_label == "Adopted":
        return label("rev_adopted", lang) if lang in ("en", "ja") else both("rev_adopted")
    return revision_label


def local_date(at: datetime, zone: str) -> date:
    """The calendar day of a stored moment in the meeting's zone (naive means UTC): an
    adoption at 08:00 in Tokyo on 30 April is the 30th, though UTC still says the 29th."""
    from datetime import UTC
    from zoneinfo import ZoneInfo

    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(ZoneInfo(zone or "UTC")).date()


def time_text(at: datetime, zone: str, lang: str = "") -> str:
    """A moment in the meeting's zone: 2016-04-29 18:00 JST; in a Japanese output
    2016年4月29日 18:00（JST）."""
    from zoneinfo import ZoneInfo

    local = at.astimezone(ZoneInfo(zone or "UTC"))
    name = local.tzname() or zone
    if lang == "ja":
        return f"{date_text(local.date(), 'ja')} {local:%H:%M}（{name}）"
    return local.strftime("%Y-%m-%d %H:%M ") + name


def place_and_date_line(meeting, lang: str) -> str:
    """ "Takamatsu, 29–30 April 2016" / "2016年4月29日～30日　高松" for a MeetingSnap."""
    dates = date_range(meeting.start_date, meeting.end_date, lang)
    if lang == "ja":
        return f"{dates}　{meeting.city_ja or meeting.city_en}".strip()
    return f"{meeting.city_en}, {dates}" if meeting.city_en else dates
