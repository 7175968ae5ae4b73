# SPDX-License-Identifier: GPL-3.0-or-later
"""The annex of collaborative actions in its published form: actions grouped by section,
each numbered as on screen, with its owner, partners and target date; English, Japanese or
both in parallel columns. Drafts carry the watermark like every other text.

Also the EN/JA labels of the action PDFs (the follow-up report uses them too).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from meetingdesk.formats.labels import date_text
from meetingdesk.snapshots.actions import ActionPlan, ActionSnap

from .common import Ctx, bilingual, outline, place_and_date, title_block
from .page import section
from .styles import MUTED, colored, esc

LABELS: dict[str, tuple[str, str]] = {
    "kind_annex": ("Collaborative actions", "協調行動"),
    "kind_followup": ("Follow-up report on collaborative actions", "協調行動フォローアップ報告"),
    "lead": ("Lead: {code}", "主導：{code}"),
    "partners": ("Partners: {codes}", "協力：{codes}"),
    "target": ("Target date: {date}", "目標期日：{date}"),
    "implements": ("Implements: {refs}", "関連段落：{refs}"),
    "as_of": ("Situation as of {date}", "{date}現在の状況"),
    "no_actions": ("No actions recorded.", "登録された行動はありません。"),
    "by_delegation": ("Actions by lead delegation", "主導代表団別の行動"),
    "by_action": ("Status of each action", "各行動の状況"),
    "chart": ("Actions by status and lead delegation", "主導代表団別・状況別の行動数"),
    "overdue": ("OVERDUE", "期限超過"),
    "due_soon": ("due soon", "期限間近"),
    "overdue_total": ("{n} overdue", "期限超過 {n}件"),
    "col_no": ("No.", "番号"),
    "col_action": ("Action", "行動"),
    "col_owner": ("Lead", "主導"),
    "col_target": ("Target", "期日"),
    "col_status": ("Status", "状況"),
    "col_delegation": ("Delegation", "代表団"),
    "col_total": ("Total", "計"),
    "col_overdue": ("Overdue", "期限超過"),
    "deleted_link": ("(deleted paragraph)", "（削除された段落）"),
    "st_proposed": ("proposed", "提案"),
    "st_agreed": ("agreed", "合意"),
    "st_in_progress": ("in progress", "実施中"),
    "st_done": ("done", "完了"),
    "st_dropped": ("dropped", "取りやめ"),
}


def lab(key: str, lang: str, **values: object) -> str:
    en, ja = LABELS[key]
    text = ja if lang == "ja" else en
    return text.format(**values) if values else text


def status_label(status: str, lang: str) -> str:
    key = f"st_{status}"
    return lab(key, lang) if key in LABELS else status


def day(d: date | None, lang: str) -> str:
    return date_text(d, lang) if d else "—"


def plan_state(plan_meeting, title_en: str, title_ja: str, draft: bool, when: str = "") -> dict:
    return {
        "meeting_en": plan_meeting.title_en,
        "meeting_ja": plan_meeting.title_ja,
        "document_en": title_en,
        "document_ja": title_ja,
        "revision": "",
        "when": when,
        "draft": draft,
        "fingerprint": "",
        "furniture": True,
    }


def _sections(actions: Sequence[ActionSnap]) -> list[tuple[ActionSnap, list[ActionSnap]]]:
    """Consecutive actions sharing a section, in annex order."""
    groups: list[tuple[ActionSnap, list[ActionSnap]]] = []
    for a in actions:
        key = (a.document_id, a.section_number, a.section_en)
        if (
            groups
            and (groups[-1][0].document_id, groups[-1][0].section_number, groups[-1][0].section_en)
            == key
        ):
            groups[-1][1].append(a)
        else:
            groups.append((a, [a]))
    return groups


def _action_cells(ctx: Ctx, a: ActionSnap, lang: str) -> list:
    from .flow import Paragraph

    st = ctx.styles
    title = a.title_ja if lang == "ja" and a.title_ja else a.title_en
    text = a.text_ja if lang == "ja" and a.text_ja else a.text_en
    out = []
    if title:
        title_style = _derived_style(
            st.body(lang),
            "_atitle",
            leftIndent=24,
            bulletIndent=0,
            keepWithNext=1,
            hyphenationLang="",
        )
        out.append(Paragraph(f"<b>{esc(title)}</b>", title_style, bulletText=a.number))
        out.append(Paragraph(esc(text), _indent(st.body(lang))))
    else:
        out.append(Paragraph(esc(text), _hang(st.body(lang)), bulletText=a.number))
    facts = [lab("lead", lang, code=a.owner_code)]
    if a.partner_codes:
        facts.append(lab("partners", lang, codes=", ".join(a.partner_codes)))
    if a.target_date:
        facts.append(lab("target", lang, date=day(a.target_date, lang)))
    sep = "　" if lang == "ja" else " · "
    out.append(Paragraph(colored(esc(sep.join(facts)), MUTED), _indent(st.small(lang))))
    return out


_derived: dict[str, object] = {}


def _hang(base):
    return _derived_style(base, "_ahang", leftIndent=24, bulletIndent=0)


def _indent(base):
    return _derived_style(base, "_aind", leftIndent=24)


def _derived_style(base, suffix: str, **kw):
    name = base.name + suffix
    if name not in _derived:
        from reportlab.lib.styles import ParagraphStyle

        _derived[name] = ParagraphStyle(name, parent=base, **kw)
    return _derived[name]


def annex_story(ctx: Ctx, plan: ActionPlan) -> list:
    from .flow import Paragraph

    doc = plan.document
    draft = doc.status != "adopted"
    state = plan_state(plan.meeting, doc.title_en, doc.title_ja or doc.title_en, draft)
    mark = outline(ctx.lang, doc.title_en, doc.title_ja)
    story: list = [section(ctx.state, bookmark=mark, level=ctx.level, **state)]
    titles = {"en": doc.title_en, "ja": doc.title_ja or doc.title_en}
    subtitles = {
        lang: [lab("kind_annex", lang), place_and_date(plan.meeting, lang)] for lang in ("en", "ja")
    }
    story += title_block(ctx, titles, subtitles)
    live = [a for a in plan.actions if a.clause_status != "deleted"]
    if not live:
        for lang in ctx.langs:
            story.append(Paragraph(esc(lab("no_actions", lang)), ctx.styles.body(lang)))
        return story
    for head, group in _sections(live):
        if head.section_en:
            heading = {}
            for lang in ("en", "ja"):
                name = head.section_ja if lang == "ja" and head.section_ja else head.section_en
                text = f"<b>{esc(head.section_number)} {esc(name)}</b>"
                heading[lang] = [Paragraph(text, ctx.styles.heading(lang))]
            mark = outline(
                ctx.lang,
                f"{head.section_number} {head.section_en}".strip(),
                f"{head.section_number} {head.section_ja}".strip() if head.section_ja else "",
            )
            story.append(section(ctx.state, bookmark=mark, level=ctx.level + 1))
            story += bilingual(ctx, heading)
        for a in group:
            story += bilingual(ctx, {lang: _action_cells(ctx, a, lang) for lang in ("en", "ja")})
    return story


def render_annex(out: Path, plan: ActionPlan, options=None):
    """Write the annex PDF (atomically); returns render.PdfResult."""
    from .render import PdfOptions, _run, in_lang

    options = options or PdfOptions()
    doc = plan.document
    return _run(
        "annex",
        Path(out),
        options,
        lambda ctx: annex_story(ctx, plan),
        title=in_lang(options.lang, doc.title_en, doc.title_ja),
        meeting=plan.meeting,
        keywords=[f"document:{doc.uuid}", f"name:{doc.short_name}"],
        texts=plan,
    )
