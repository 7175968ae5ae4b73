"""Annex actions: create, edit, follow up and list the actions of an annex document.

An action is a clause of kind "action" (its text, versions and negotiation are the drafting
machinery's) plus an ActionItem row: titles, owner and partner delegations, the paragraphs it
implements (linked by clause id, so links survive renumbering), target date, status, contact
and a follow-up log. Overdue is decided in the meeting's time zone on an injectable day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from meetingdesk.model import (
    ActionFollowUp,
    ActionItem,
    Clause,
    Delegation,
    Document,
    Participant,
    action_link,
    action_partner,
    utc_now,
)
from meetingdesk.services.actions.read import (
    _action_in,
    _status,
    actions_for_clause,
    build_snaps,
    follow_up_summary,
    get_action,
    link_ids,
    list_actions,
    partner_ids,
)
from meetingdesk.services.base import (
    Desk,
    FrozenError,
    ValidationError,
    expect_version,
    get_or_404,
)
from meetingdesk.services.drafting.documents import (
    _new_version,
    check_text,
    editable_document,
    status_after_edit,
)
from meetingdesk.snapshots.actions import (
    ACTION_STATUSES,
    OPEN_STATUSES,
    ActionSnap,
)
from meetingdesk.text.brackets import count_open

__all__ = [
    "ACTION_STATUSES",
    "OPEN_STATUSES",
    "actions_for_clause",
    "add_follow_up",
    "attach_action",
    "create_action",
    "edit_action",
    "follow_up_summary",
    "get_action",
    "link_paragraph",
    "list_actions",
    "set_action_status",
    "unlink_paragraph",
]

EDITABLE = frozenset(
    {
        "title_en",
        "title_ja",
        "owner_code",
        "partner_codes",
        "implements",
        "target_date",
        "status",
        "contact_id",
        "text_en",
        "text_ja",
    }
)
MAX_TITLE = 300
MAX_NOTE = 4000


# The model declares partners/links as Mapped[list] without an item type, which SQLAlchemy
# maps as scalar (uselist=False); the association tables are therefore used directly.


def _set_rows(s: Session, table, column: str, action_id: int, ids: Iterable[int]) -> None:
    s.execute(delete(table).where(table.c.action_id == action_id))
    rows = [{"action_id": action_id, column: i} for i in dict.fromkeys(ids)]
    if rows:
        s.execute(insert(table), rows)


def set_partners(s: Session, action_id: int, ids: Iterable[int]) -> None:
    _set_rows(s, action_partner, "delegation_id", action_id, ids)


def set_links(s: Session, action_id: int, ids: Iterable[int]) -> None:
    _set_rows(s, action_link, "clause_id", action_id, ids)


# --- checks inside a transaction ------------------------------------------------------------


def delegations_by_code(s: Session, meeting_id: int) -> dict[str, Delegation]:
    rows = s.scalars(select(Delegation).where(Delegation.meeting_id == meeting_id))
    return {d.code.upper(): d for d in rows}


def _owner(s: Session, meeting_id: int, code: str) -> Delegation:
    code = (code or "").strip().upper()
    if not code:
        raise ValidationError(
            "an action needs an owner delegation (its code, e.g. JPN)", code="action_needs_owner"
        )
    found = delegations_by_code(s, meeting_id).get(code)
    if found is None:
        raise ValidationError(
            f"no delegation with code {code!r} in this meeting",
            code="unknown_delegation",
            delegation=code,
        )
    return found


def _partners(s: Session, meeting_id: int, codes: Iterable[str], owner: Delegation) -> list:
    known = delegations_by_code(s, meeting_id)
    out: list[Delegation] = []
    for code in dict.fromkeys(c.strip().upper() for c in codes if c and c.strip()):
        if code not in known:
            raise ValidationError(
                f"partner: no delegation with code {code!r} in this meeting",
                code="unknown_delegation",
                delegation=code,
            )
        if known[code].id != owner.id:
            out.append(known[code])
    return out


def _links(s: Session, meeting_id: int, clause_ids: Iterable[int], own: int | None) -> list:
    """The clauses an action implements: clauses (live or deleted) of the same meeting."""
    out: list[Clause] = []
    for cid in dict.fromkeys(clause_ids):
        clause = s.get(Clause, cid)
        doc = s.get(Document, clause.document_id) if clause is not None else None
        if clause is None or doc is None:
            raise ValidationError(
                f"implements: clause {cid} does not exist", code="implemented_clause_missing"
            )
        if cid == own:
            raise ValidationError(
                "implements: an action cannot implement itself", code="action_implements_itself"
            )
        if doc.meeting_id != meeting_id:
            raise ValidationError(
                f"implements: clause {cid} belongs to another meeting",
                code="implemented_clause_other_meeting",
                clause=_number(s, clause),
                document=doc.short_name,
            )
        out.append(clause)
    return out


def _number(s: Session, clause: Clause) -> str:
    """The clause's number as people read it ("5.", "" when unnumbered), for a refusal."""
    from meetingdesk.services.drafting.reading import numbered_outline

    found = numbered_outline(s, clause.document_id).get(clause.id)
    return found.label if found is not None else ""


def _contact(s: Session, meeting_id: int, contact_id: int | None) -> int | None:
    if contact_id is None:
        return None
    p = s.get(Participant, contact_id)
    d = s.get(Delegation, p.delegation_id) if p is not None else None
    if p is None or d is None or d.meeting_id != meeting_id:
        raise ValidationError(
            f"contact: participant {contact_id} is not in this meeting",
            code="contact_not_in_meeting",
        )
    return p.id


def _title(text: str, lang: str) -> str:
    text = (text or "").strip()
    if len(text) > MAX_TITLE:
        what = "the English title" if lang == "en" else "the Japanese title"
        raise ValidationError(
            f"{what} has {len(text)} characters; {MAX_TITLE} at most",
            code="action_title_too_long",
            language=lang,
            count=len(text),
            limit=MAX_TITLE,
        )
    return text


def _date(value: Any, what: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            f"{what}: {value!r} is not a date (use 2017-06-30)",
            code="followup_date_invalid" if what.startswith("follow") else "target_date_invalid",
            value=str(value),
        ) from None


# --- writes inside a transaction (shared with the XLSX import and carry over) ---------------


def insert_clause(
    desk: Desk,
    s: Session,
    doc: Document,
    *,
    text_en: str,
    text_ja: str,
    after_clause_id: int | None = None,
    kind: str = "action",
    note: str = "",
) -> Clause:
    """documents.add_clause inside the caller's transaction (same versions, same audit)."""
    check_text(text_en, "English text", part="en")
    if text_ja:
        check_text(text_ja, "Japanese text", part="ja")
    from meetingdesk.services.drafting.structure import place_new_clause

    clause = Clause(document_id=doc.id, kind=kind, position=0)
    clause.status = "bracketed" if count_open(text_en) else "draft"
    s.add(clause)
    s.flush()
    place_new_clause(s, doc, clause, None, after_clause_id)
    en = _new_version(desk, s, clause, "en", text_en, None, None, note)
    if text_ja:
        _new_version(desk, s, clause, "ja", text_ja, None, None, note, en.id)
    desk.audit(s, "clause.add", clause, f"added {kind} clause to {doc.short_name}")
    return clause


def attach_in(
    desk: Desk,
    s: Session,
    clause: Clause,
    meeting_id: int,
    *,
    owner_code: str,
    title_en: str = "",
    title_ja: str = "",
    partner_codes: Iterable[str] = (),
    implements: Iterable[int] = (),
    target_date: date | str | None = None,
    status: str = "proposed",
    contact_id: int | None = None,
    carried_from_id: int | None = None,
) -> ActionItem:
    if clause.kind != "action":
        raise ValidationError(
            f"clause {clause.id} is a {clause.kind} clause, not an action",
            code="clause_not_action",
            clause=_number(s, clause),
            clause_kind=clause.kind,
        )
    if s.scalar(select(ActionItem.id).where(ActionItem.clause_id == clause.id)):
        raise ValidationError(
            f"clause {clause.id} already carries an action",
            code="clause_has_action",
            clause=_number(s, clause),
        )
    owner = _owner(s, meeting_id, owner_code)
    a = ActionItem(
        clause_id=clause.id,
        title_en=_title(title_en, "en"),
        title_ja=_title(title_ja, "ja"),
        owner_id=owner.id,
        target_date=_date(target_date, "target date"),
        status=_status(status),
        contact_id=_contact(s, meeting_id, contact_id),
        carried_from_id=carried_from_id,
    )
    partners = _partners(s, meeting_id, partner_codes, owner)
    links = _links(s, meeting_id, implements, clause.id)
    s.add(a)
    s.flush()
    set_partners(s, a.id, [d.id for d in partners])
    set_links(s, a.id, [c.id for c in links])
    desk.audit(
        s,
        "action.add",
        a,
        f"added action owned by {owner.code}",
        {"clause": str(clause.uuid), "carried_from": carried_from_id},
    )
    return a


def _save_text_in(desk: Desk, s: Session, clause: Clause, lang: str, text: str) -> bool:
    """A new version when the text changed (refused on adopted documents); True if saved."""
    head = clause.head_en if lang == "en" else clause.head_ja
    if head is not None and head.text == text:
        return False
    if not text and lang == "ja":
        return False  # a Japanese text is never "deleted" by an empty cell
    check_text(text, "English text" if lang == "en" else "Japanese text", part=lang)
    editable_document(s, clause.document_id)
    if clause.status == "deleted":
        raise FrozenError(
            "this action's clause is deleted; restore it before editing its text",
            code="action_clause_deleted",
        )
    parent = head.id if head is not None else None
    source = clause.head_en_id if lang == "ja" else None
    _new_version(desk, s, clause, lang, text, parent, None, "action edit", source)
    new_status = status_after_edit(clause, text)
    if new_status:
        clause.status = new_status
    clause.row_version += 1
    desk.audit(s, "clause.save", clause, f"saved {lang} text", {"lang": lang})
    return True


def apply_fields(desk: Desk, s: Session, a: ActionItem, meeting_id: int, fields: dict) -> dict:
    """Apply edited fields to an action in the caller's transaction; returns what changed.

    One flush at the end, so one call moves the row version by exactly one."""
    with s.no_autoflush:
        return _apply_fields(desk, s, a, meeting_id, fields)


def _apply_fields(desk: Desk, s: Session, a: ActionItem, meeting_id: int, fields: dict) -> dict:
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValidationError(
            f"unknown action field(s): {', '.join(sorted(unknown))}",
            code="unknown_fields",
            fields=sorted(unknown),
        )
    changed: dict[str, Any] = {}
    start = a.row_version
    clause = s.get(Clause, a.clause_id)
    for lang in ("en", "ja"):
        key = f"text_{lang}"
        if key in fields and _save_text_in(desk, s, clause, lang, fields[key] or ""):
            changed[key] = True
    for key in ("title_en", "title_ja"):
        if key in fields:
            value = _title(fields[key], key.removeprefix("title_"))
            if value != getattr(a, key):
                setattr(a, key, value)
                changed[key] = value
    owner = s.get(Delegation, a.owner_id)
    if "owner_code" in fields:
        new_owner = _owner(s, meeting_id, fields["owner_code"])
        if new_owner.id != owner.id:
            a.owner_id, owner = new_owner.id, new_owner
            changed["owner"] = new_owner.code
    if "partner_codes" in fields or "owner" in changed:
        before = partner_ids(s, a.id)
        codes = fields.get("partner_codes", [s.get(Delegation, i).code for i in before])
        partners = _partners(s, meeting_id, codes, owner)
        if {d.id for d in partners} != set(before):
            set_partners(s, a.id, [d.id for d in partners])
            changed["partners"] = sorted(d.code for d in partners)
    if "implements" in fields:
        links = _links(s, meeting_id, fields["implements"], a.clause_id)
        if {c.id for c in links} != set(link_ids(s, a.id)):
            set_links(s, a.id, [c.id for c in links])
            changed["implements"] = sorted(str(c.uuid) for c in links)
    if "target_date" in fields:
        value = _date(fields["target_date"], "target date")
        if value != a.target_date:
            a.target_date = value
            changed["target_date"] = value
    if "status" in fields and _status(fields["status"]) != a.status:
        changed["status"] = f"{a.status} → {fields['status']}"
        a.status = fields["status"]
    if "contact_id" in fields:
        value = _contact(s, meeting_id, fields["contact_id"])
        if value != a.contact_id:
            a.contact_id = value
            changed["contact_id"] = value
    if changed:
        s.flush()  # column changes bump the version themselves; link/partner rows do not
        if a.row_version == start:
            a.row_version = start + 1
        desk.audit(s, "action.edit", a, f"edited action ({', '.join(changed)})", changed)
    return changed


# --- service calls --------------------------------------------------------------------------


def create_action(
    desk: Desk,
    annex_document_id: int,
    *,
    text_en: str,
    text_ja: str = "",
    title_en: str = "",
    title_ja: str = "",
    owner_code: str,
    partner_codes: Iterable[str] = (),
    implements: Iterable[int] = (),
    target_date: date | str | None = None,
    status: str = "proposed",
    contact_id: int | None = None,
    after_clause_id: int | None = None,
) -> ActionSnap:
    """A new action clause in an annex and its ActionItem, in one transaction."""
    with desk.write() as s:
        doc = editable_document(s, annex_document_id)
        if doc.kind != "annex":
            raise ValidationError(
                f"{doc.short_name} is a {doc.kind}, not an annex: "
                "actions live in an annex document",
                code="not_an_annex",
                document=doc.short_name,
            )
        clause = insert_clause(
            desk, s, doc, text_en=text_en, text_ja=text_ja, after_clause_id=after_clause_id
        )
        a = attach_in(
            desk,
            s,
            clause,
            doc.meeting_id,
            owner_code=owner_code,
            title_en=title_en,
            title_ja=title_ja,
            partner_codes=partner_codes,
            implements=implements,
            target_date=target_date,
            status=status,
            contact_id=contact_id,
        )
        return build_snaps(s, doc.meeting_id, only={a.id})[0]


def attach_action(desk: Desk, clause_id: int, **fields: Any) -> ActionSnap:
    """Make an existing clause of kind "action" an action item (fields as create_action)."""
    with desk.write() as s:
        clause = get_or_404(s, Clause, clause_id, "clause")
        meeting_id = s.get(Document, clause.document_id).meeting_id
        a = attach_in(desk, s, clause, meeting_id, **fields)
        return build_snaps(s, meeting_id, only={a.id})[0]


def edit_action(
    desk: Desk, action_id: int, *, expected_version: int | None, **fields: Any
) -> ActionSnap:
    """Change some fields (title_en/ja, owner_code, partner_codes, implements, target_date,
    status, contact_id, text_en/ja); a stale expected_version is refused as ConflictError."""
    with desk.write() as s:
        a, meeting_id = _action_in(s, action_id)
        expect_version(a, expected_version, f"action {a.uuid}", item="action", title=a.title_en)
        apply_fields(desk, s, a, meeting_id, fields)
        s.flush()
        return build_snaps(s, meeting_id, only={a.id})[0]


def set_action_status(
    desk: Desk, action_id: int, status: str, *, expected_version: int | None
) -> ActionSnap:
    return edit_action(desk, action_id, expected_version=expected_version, status=status)


def add_follow_up(desk: Desk, action_id: int, on_date: date | str, note: str) -> ActionSnap:
    """Append a dated note to the action's follow-up log (by the acting user)."""
    note = (note or "").strip()
    if not note:
        raise ValidationError("a follow-up needs a note", code="followup_needs_note")
    if len(note) > MAX_NOTE:
        raise ValidationError(
            f"the note has {len(note)} characters; {MAX_NOTE} at most",
            code="followup_note_too_long",
            count=len(note),
            limit=MAX_NOTE,
        )
    when = _date(on_date, "follow-up date")
    if when is None:
        raise ValidationError("a follow-up needs a date", code="followup_needs_date")
    with desk.write() as s:
        a, meeting_id = _action_in(s, action_id)
        f = ActionFollowUp(
            action_id=a.id, on_date=when, note=note, author=desk.user_login, created_at=utc_now()
        )
        s.add(f)
        s.flush()
        desk.audit(s, "action.follow_up", a, f"follow-up on {when.isoformat()}", {"note": note})
        s.expire(a, ["follow_ups"])
        return build_snaps(s, meeting_id, only={a.id})[0]


def link_paragraph(
    desk: Desk, action_id: int, clause_id: int, *, expected_version: int | None = None
) -> ActionSnap:
    with desk.write() as s:
        a, meeting_id = _action_in(s, action_id)
        expect_version(a, expected_version, f"action {a.uuid}", item="action", title=a.title_en)
        ids = link_ids(s, a.id)
        apply_fields(desk, s, a, meeting_id, {"implements": [*ids, clause_id]})
        s.flush()
        return build_snaps(s, meeting_id, only={a.id})[0]


def unlink_paragraph(
    desk: Desk, action_id: int, clause_id: int, *, expected_version: int | None = None
) -> ActionSnap:
    with desk.write() as s:
        a, meeting_id = _action_in(s, action_id)
        expect_version(a, expected_version, f"action {a.uuid}", item="action", title=a.title_en)
        ids = link_ids(s, a.id)
        if clause_id not in ids:
            linked = s.get(Clause, clause_id)
            raise ValidationError(
                f"the action does not implement clause {clause_id}",
                code="action_not_implementing",
                clause=_number(s, linked) if linked is not None else "",
            )
        apply_fields(desk, s, a, meeting_id, {"implements": [i for i in ids if i != clause_id]})
        s.flush()
        return build_snaps(s, meeting_id, only={a.id})[0]
