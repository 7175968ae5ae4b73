"""What an audit event is about, named as a person names it: "declaration 5.", "CAN",
"Rev.2 of charter". Numbers, codes and short names are data, not words to translate; the window
puts them into translated sentences."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from meetingdesk.model import Clause, Delegation, Document, Meeting, Participant, Proposal, Revision
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

        docs: dict[int, Document] = {}
        clause_docs: dict[int, set[int]] = {}
        for c in rows(Clause, wanted.get("Clause", ())):
            clause_docs.setdefault(c.document_id, set()).add(c.id)
        for p in rows(Proposal, wanted.get("Proposal", ())):
            if p.clause_id is not None:
                clause_docs.setdefault(p.document_id, set()).add(p.clause_id)
        clause_names: dict[int, str] = {}
        for doc_id, ids in clause_docs.items():
            doc = docs.setdefault(doc_id, s.get(Document, doc_id))
            for snap in clause_snaps(s, doc_id, only=ids):
                clause_names[snap.id] = f"{doc.short_name} {snap.number}".strip()
        for c in rows(Clause, wanted.get("Clause", ())):
            if c.id in clause_names:
                out[str(c.uuid)] = clause_names[c.id]
        for p in rows(Proposal, wanted.get("Proposal", ())):
            doc = docs.get(p.document_id) or s.get(Document, p.document_id)
            out[str(p.uuid)] = clause_names.get(p.clause_id or -1, doc.short_name if doc else "")
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
