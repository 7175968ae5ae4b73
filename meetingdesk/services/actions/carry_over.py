"""Carry over: start the next ministerial's action list from this one's open actions.

Each open action (proposed, agreed, in progress; its clause not deleted) becomes a new action
clause in the new meeting's annex, with its current English and Japanese text, under a
section of the same title, owned by the delegation with the same code, and pointing back to
its origin through carried_from_id (its history, follow-ups and mandate stay there). Running
it again adds nothing; a missing owner delegation refuses the whole carry-over, unless
add_delegations asks for the source meeting's delegations to be added to the new one first.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from meetingdesk.model import ActionItem, Clause, Delegation, Document, Meeting, Participant
from meetingdesk.services.actions.plan import attach_in, delegations_by_code, insert_clause
from meetingdesk.services.actions.read import build_snaps
from meetingdesk.services.base import Desk, ValidationError, get_or_404
from meetingdesk.services.drafting.documents import editable_document
from meetingdesk.snapshots.actions import CarryOverReport


def _annex(desk: Desk, s: Session, source: Document | None, meeting: Meeting) -> Document:
    doc = s.scalar(
        select(Document)
        .where(Document.meeting_id == meeting.id, Document.kind == "annex")
        .order_by(Document.position)
        .limit(1)
    )
    if doc is not None:
        return editable_document(s, doc.id)
    taken = set(s.scalars(select(Document.short_name).where(Document.meeting_id == meeting.id)))
    name = "annex"
    n = 2
    while name in taken:
        name, n = f"annex-{n}", n + 1
    pos = s.scalar(
        select(func.coalesce(func.max(Document.position), 0)).where(
            Document.meeting_id == meeting.id
        )
    )
    doc = Document(
        meeting_id=meeting.id,
        short_name=name,
        kind="annex",
        title_en=source.title_en if source else "Annex: collaborative actions",
        title_ja=source.title_ja if source else "附属書：協調行動",
        position=(pos or 0) + 1,
    )
    s.add(doc)
    s.flush()
    desk.audit(s, "document.add", doc, f"added document {name} for carried-over actions")
    return doc


def _after_section(
    desk: Desk, s: Session, doc: Document, section_en: str, section_ja: str
) -> int | None:
    """The clause after which an action of this section goes: the end of the section's block
    (the section is appended first when the annex lacks it); None: the end of the annex."""
    clauses = list(
        s.scalars(select(Clause).where(Clause.document_id == doc.id).order_by(Clause.position))
    )
    if not section_en:
        return clauses[-1].id if clauses else None
    start = next(
        (
            i
            for i, c in enumerate(clauses)
            if c.kind == "section" and c.head_en is not None and c.head_en.text == section_en
        ),
        None,
    )
    if start is None:
        insert_clause(desk, s, doc, text_en=section_en, text_ja=section_ja, kind="section")
        return None
    end = start
    for i in range(start + 1, len(clauses)):
        if clauses[i].kind in ("section", "heading"):
            break
        end = i
    return clauses[end].id


def carry_over(
    desk: Desk, from_meeting_id: int, to_meeting_id: int, *, add_delegations: bool = False
) -> CarryOverReport:
    """Copy the open actions of one meeting into another's annex (idempotent, all or nothing).

    add_delegations: first give the new meeting every (unretired) delegation of the old one
    that it lacks, same code, names and kind (not the host flag: presidencies change).
    """
    if from_meeting_id == to_meeting_id:
        raise ValidationError(
            "carry over needs two different meetings", code="carry_over_same_meeting"
        )
    with desk.write() as s:
        get_or_404(s, Meeting, from_meeting_id, "meeting")
        target = get_or_404(s, Meeting, to_meeting_id, "meeting")
        if add_delegations:
            _copy_delegations(desk, s, from_meeting_id, target)
        sources = [
            a for a in build_snaps(s, from_meeting_id) if a.is_open and a.clause_status != "deleted"
        ]
        done = set(
            s.scalars(
                select(ActionItem.carried_from_id)
                .join(Clause, ActionItem.clause_id == Clause.id)
                .join(Document, Clause.document_id == Document.id)
                .where(Document.meeting_id == to_meeting_id, ActionItem.carried_from_id.isnot(None))
            )
        )
        todo = [a for a in sources if a.id not in done]
        codes = delegations_by_code(s, to_meeting_id)
        missing = sorted({a.owner_code for a in todo if a.owner_code.upper() not in codes})
        if missing:
            raise ValidationError(
                f"the new meeting has no delegation {', '.join(missing)}: add it, then carry "
                "over again (nothing was copied)",
                code="carry_over_missing_delegations",
                delegations=missing,
            )
        if not todo:
            return CarryOverReport(from_meeting_id, to_meeting_id, 0, (), len(sources))
        first = s.get(Document, todo[0].document_id)
        doc = _annex(desk, s, first, target)
        if target.carried_from_id is None:
            target.carried_from_id = from_meeting_id
        warnings: list[str] = []
        added: list[int] = []
        for a in todo:
            after = _after_section(desk, s, doc, a.section_en, a.section_ja)
            clause = insert_clause(
                desk,
                s,
                doc,
                text_en=a.text_en,
                text_ja=a.text_ja,
                after_clause_id=after,
                note=f"carried over from action {a.number} ({a.document_name})",
            )
            partners = [c for c in a.partner_codes if c.upper() in codes]
            dropped = sorted(set(a.partner_codes) - set(partners))
            if dropped:
                warnings.append(
                    f"action {a.number}: partner(s) {', '.join(dropped)} not in the new meeting"
                )
            new = attach_in(
                desk,
                s,
                clause,
                to_meeting_id,
                owner_code=a.owner_code,
                title_en=a.title_en,
                title_ja=a.title_ja,
                partner_codes=partners,
                target_date=a.target_date,
                status=a.status,
                contact_id=_same_person(s, to_meeting_id, a.contact_id),
                carried_from_id=a.id,
            )
            added.append(new.id)
        return CarryOverReport(
            from_meeting_id,
            to_meeting_id,
            doc.id,
            tuple(added),
            len(sources) - len(todo),
            tuple(warnings),
        )


def _copy_delegations(desk: Desk, s: Session, from_meeting_id: int, target: Meeting) -> None:
    have = delegations_by_code(s, target.id)
    rank = s.scalar(
        select(func.coalesce(func.max(Delegation.protocol_rank), 0)).where(
            Delegation.meeting_id == target.id
        )
    )
    old = s.scalars(
        select(Delegation)
        .where(Delegation.meeting_id == from_meeting_id, Delegation.retired.is_(False))
        .order_by(Delegation.protocol_rank, Delegation.id)
    )
    for d in old:
        if d.code.upper() in have:
            continue
        rank = (rank or 0) + 1
        new = Delegation(
            meeting_id=target.id,
            code=d.code,
            name_en=d.name_en,
            name_fr=d.name_fr,
            name_ja=d.name_ja,
            reading_ja=d.reading_ja,
            kind=d.kind,
            protocol_rank=rank,
            contact_point=d.contact_point,
        )
        s.add(new)
        s.flush()
        desk.audit(s, "delegation.add", new, f"added delegation {d.code} (carried over)")


def _same_person(s: Session, meeting_id: int, contact_id: int | None) -> int | None:
    """The participant of the new meeting with the same delegation code and name, if any."""
    if contact_id is None:
        return None
    old = s.get(Participant, contact_id)
    code = s.get(Delegation, old.delegation_id).code
    return s.scalar(
        select(Participant.id)
        .join(Delegation, Participant.delegation_id == Delegation.id)
        .where(
            Delegation.meeting_id == meeting_id,
            Delegation.code == code,
            Participant.family_name == old.family_name,
            Participant.given_name == old.given_name,
            Participant.retired.is_(False),
        )
        .limit(1)
    )
