"""The negotiation at a glance: clauses by status, open brackets, what each delegation still
holds open (reservations on open proposals, ad ref to confirm) and progress per revision."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from meetingdesk.model import (
    ClauseVersion,
    Delegation,
    Document,
    Proposal,
    Revision,
    RevisionEntry,
    utc_now,
)
from meetingdesk.services.base import Desk, get_or_404
from meetingdesk.services.drafting.reading import CLAUSE_STATUSES, clause_snaps, open_brackets
from meetingdesk.services.drafting.status import _silence_snap
from meetingdesk.snapshots.drafting import (
    BracketCount,
    DelegationStandSnap,
    OverviewSnap,
    ProgressPoint,
)


def _counts(statuses) -> tuple[tuple[str, int], ...]:
    c = Counter(statuses)
    return tuple((s, c.get(s, 0)) for s in CLAUSE_STATUSES)


def overview(desk: Desk, document_id: int) -> OverviewSnap:
    with desk.read() as s:
        doc = get_or_404(s, Document, document_id, "document")
        clauses = clause_snaps(s, doc.id)
        live = [c for c in clauses if c.status != "deleted"]
        bracketed = tuple(
            BracketCount(c.id, c.number, c.open_brackets, c.open_brackets_ja)
            for c in live
            if c.open_brackets or c.open_brackets_ja
        )
        open_props = s.scalars(
            select(Proposal)
            .where(Proposal.document_id == doc.id, Proposal.status == "open")
            .options(selectinload(Proposal.positions))
        ).all()
        delegations = s.scalars(
            select(Delegation)
            .where(Delegation.meeting_id == doc.meeting_id)
            .order_by(Delegation.protocol_rank)
        ).all()
        stands = []
        for d in delegations:
            stances = Counter(
                x.stance for p in open_props for x in p.positions if x.delegation_id == d.id
            )
            ad_ref = [c.number or c.uuid[:8] for c in live if d.code in c.ad_ref]
            stands.append(
                DelegationStandSnap(
                    code=d.code,
                    open_proposals=sum(1 for p in open_props if p.delegation_id == d.id),
                    support=stances["support"],
                    reserve=stances["reserve"],
                    oppose=stances["oppose"],
                    awaiting=stances["awaiting"],  # stored short for awaiting_instructions
                    ad_ref_pending=len(ad_ref),
                    ad_ref_numbers=tuple(ad_ref),
                )
            )
        progress = []
        revisions = s.scalars(
            select(Revision).where(Revision.document_id == doc.id).order_by(Revision.number)
        ).all()
        for rev in revisions:
            entries = s.execute(
                select(RevisionEntry.status, ClauseVersion.text)
                .outerjoin(ClauseVersion, ClauseVersion.id == RevisionEntry.en_version_id)
                .where(RevisionEntry.revision_id == rev.id)
            ).all()
            progress.append(
                ProgressPoint(
                    rev.label,
                    rev.kind,
                    rev.created_at,
                    _counts(st for st, _ in entries),
                    sum(open_brackets(t) for _, t in entries if t),
                )
            )
        progress.append(
            ProgressPoint(
                "",
                "current",
                None,
                _counts(c.status for c in live),
                sum(c.open_brackets for c in live),
            )
        )
        return OverviewSnap(
            document_id=doc.id,
            short_name=doc.short_name,
            document_status=doc.status,
            status_counts=_counts(c.status for c in clauses),
            open_brackets=sum(c.open_brackets for c in live),  # English, as in progress
            bracketed=bracketed,
            open_proposals=len(open_props),
            delegations=tuple(stands),
            progress=tuple(progress),
            silence=_silence_snap(s, doc, utc_now()) if doc.silence_deadline else None,
        )
