"""What an audit event is about, named as a person names it: "declaration 5.", "CAN",
"Rev.2 of charter". Numbers, codes and short names are data, not words to translate; the window
puts them into translated sentences."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from meetingdesk.model import (
    ActionItem,
    AgendaItem,
    AgendaSession,
    Clause,
    Comment,
    Delegation,
    Document,
    Meeting,
    Participant,
    Position,
    Proposal,
    Revision,
    Room,
)
from meetingdesk.services.base import Desk
from meetingdesk.services.drafting.documents import clause_snaps


def subjects(desk: Desk, events: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{entity uuid: how to name it} for (entity type, entity uuid) pairs; unknown ones are
    left out (the window then names the kind of thing only)."""
    wanted: dict[str, set[str]] = {}
    for kind, uuid in events:
        wanted.setdefault(kind, set()).add(uuid)
    out: dict[str, str] = {}
    with desk.read() as s:

        def rows(model, uuids):
            import uuid as uuid_mod

            keys = [uuid_mod.UUID(u) for u in uuids]
            return s.scalars(select(model).where(model.uuid.in_(keys))).all() if keys else []

        # Things that belong to a clause are named by that clause's number.
        clause_of: dict[str, int] = {}
        for c in rows(Clause, wanted.get("Clause", ())):
            clause_of[str(c.uuid)] = c.id
        for kind, model in (("ActionItem", ActionItem), ("Comment", Comment)):
            for x in rows(model, wanted.get(kind, ())):
                clause_of[str(x.uuid)] = x.clause_id
        positions = rows(Position, wanted.get("Position", ()))
        proposal_uuids = set(wanted.get("Proposal", ()))
        of_position: dict[str, tuple[int, int]] = {}
        for x in positions:
            of_position[str(x.uuid)] = (x.proposal_id, x.delegation_id)
        extra = (
            s.scalars(
                select(Proposal).where(Proposal.id.in_({pid for pid, _ in of_position.values()}))
            ).all()
            if of_position
            else []
        )
        proposals = list(rows(Proposal, proposal_uuids)) + list(extra)
        for p in proposals:
            if p.clause_id is not None:
                clause_of[str(p.uuid)] = p.clause_id
        by_doc: dict[int, set[int]] = {}
        if clause_of:
            pairs = s.execute(
                select(Clause.id, Clause.document_id).where(Clause.id.in_(set(clause_of.values())))
            ).all()
            for cid, doc_id in pairs:
                by_doc.setdefault(doc_id, set()).add(cid)
        clause_names: dict[int, str] = {}
        for doc_id, ids in by_doc.items():
            doc = s.get(Document, doc_id)
            for snap in clause_snaps(s, doc_id, only=ids):
                # Unnumbered clauses (headings, preambular) by their first words.
                words = snap.text_en or snap.text_ja
                label = snap.number or f"“{words[:30]}{'…' if len(words) > 30 else ''}”"
                clause_names[snap.id] = f"{doc.short_name} {label}"
        for uuid, cid in clause_of.items():
            if cid in clause_names:
                out[uuid] = clause_names[cid]
        for p in proposals:
            if str(p.uuid) not in out:
                doc = s.get(Document, p.document_id)
                out[str(p.uuid)] = doc.short_name if doc else ""
        by_id = {p.id: out.get(str(p.uuid), "") for p in proposals}
        for uuid, (proposal_id, delegation_id) in of_position.items():
            code = s.get(Delegation, delegation_id)
            out[uuid] = f"{by_id.get(proposal_id, '')} ({code.code if code else '?'})".strip()
        for kind, model in (("AgendaSession", AgendaSession), ("AgendaItem", AgendaItem)):
            for x in rows(model, wanted.get(kind, ())):
                out[str(x.uuid)] = x.title_en
        for r in rows(Room, wanted.get("Room", ())):
            out[str(r.uuid)] = r.name_en
        for d in rows(Document, wanted.get("Document", ())):
            out[str(d.uuid)] = d.short_name
        for r in rows(Revision, wanted.get("Revision", ())):
            doc = s.get(Document, r.document_id)
            out[str(r.uuid)] = f"{doc.short_name} {r.label}" if doc else r.label
        for d in rows(Delegation, wanted.get("Delegation", ())):
            out[str(d.uuid)] = d.code
        for p in rows(Participant, wanted.get("Participant", ())):
            out[str(p.uuid)] = " ".join(x for x in (p.given_name, p.family_name) if x)
        for m in rows(Meeting, wanted.get("Meeting", ())):
            out[str(m.uuid)] = m.short_name or m.title_en
    return out
