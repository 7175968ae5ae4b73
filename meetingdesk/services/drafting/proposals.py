"""Delegations' proposals and the other delegations' positions on them.

A proposal names its kind: ``replace`` (new wording for a clause), ``insert`` (words added
to a clause, none removed), ``delete`` (drop a clause), ``move`` (put a clause after another
one) or ``new`` (a new clause). For replace and insert, ``text`` is the whole proposed
wording of the clause. A proposal is decided once: accepted (applied to the text, the new
version attributed to the proposing delegation), incorporated (put into the clause as
bracketed alternatives), rejected or withdrawn; decided proposals stay in the history.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from meetingdesk.model import Clause, ClauseVersion, Document, Position, Proposal, utc_now
from meetingdesk.services.base import (
    ConflictError,
    Desk,
    NotFound,
    ValidationError,
    expect_version,
    get_or_404,
)
from meetingdesk.services.drafting.documents import (
    _new_version,
    apply_status,
    check_language,
    check_text,
    clause_snaps,
    delegation_id_by_code,
    editable_document,
    status_after_edit,
)
from meetingdesk.services.drafting.reading import (
    clause_params,
    delegation_codes,
    name_clause,
    one_clause,
)
from meetingdesk.snapshots.drafting import PositionSnap, ProposalSnap
from meetingdesk.text.brackets import bracket_alternatives, escape
from meetingdesk.text.diff import diff_text
from meetingdesk.text.merge3 import merge3

PROPOSAL_KINDS = ("insert", "replace", "delete", "move", "new")
STANCES = ("support", "oppose", "reserve", "awaiting_instructions")
# position.stance holds 20 characters: "awaiting_instructions" is stored as "awaiting".
_STORED = {"awaiting_instructions": "awaiting"}
_SHOWN = {v: k for k, v in _STORED.items()}
PROPOSAL_STATUSES = ("open", "accepted", "incorporated", "rejected", "withdrawn", "lapsed")
_MARKUP = frozenset("[]{}\\")


# --- reading --------------------------------------------------------------------------------


def _base_version(s: Session, p: Proposal) -> int | None:
    """The clause head the proposal was written against (the newest version before it)."""
    if p.clause_id is None or p.kind not in ("replace", "insert"):
        return None
    return s.scalar(
        select(func.max(ClauseVersion.id)).where(
            ClauseVersion.clause_id == p.clause_id,
            ClauseVersion.language == p.language,
            ClauseVersion.created_at <= p.created_at,
        )
    )


def proposal_snaps(
    s: Session, document_id: int, *, clause_id: int | None = None, status: str | None = None
) -> list[ProposalSnap]:
    q = (
        select(Proposal)
        .where(Proposal.document_id == document_id)
        .options(selectinload(Proposal.positions))
        .order_by(Proposal.id)
    )
    if clause_id is not None:
        q = q.where(Proposal.clause_id == clause_id)
    if status is not None:
        q = q.where(Proposal.status == status)
    rows = s.scalars(q).all()
    codes = delegation_codes(
        s, {p.delegation_id for p in rows} | {x.delegation_id for p in rows for x in p.positions}
    )
    numbers = {c.id: c.number for c in clause_snaps(s, document_id)}
    return [_snap(s, p, codes, numbers) for p in rows]


def proposals_open_at(desk: Desk, document_id: int, at) -> list[ProposalSnap]:
    """The proposals that were open at the moment ``at`` (a revision's freeze), from their
    own history: made by then and not yet decided then (whatever happened since), so that
    a compilation of an old revision prints again as it stood."""
    with desk.read() as s:
        rows = proposal_snaps(s, document_id)
        with_times = {
            p.id: (p.created_at, p.decided_at)
            for p in s.scalars(select(Proposal).where(Proposal.document_id == document_id))
        }
        out = []
        for snap in rows:
            created, decided = with_times[snap.id]
            if created <= at and (decided is None or decided > at):
                out.append(_positions_as_of(s, snap, at))
    return out


def _positions_as_of(s: Session, snap: ProposalSnap, at) -> ProposalSnap:
    """The proposal with each delegation's position as it stood at ``at``: a position not
    changed since is as it is; one changed later is read back from its audit events (the
    stance they record), and one first stated later is left out."""
    import dataclasses
    import json

    from meetingdesk.model import AuditEvent

    kept = []
    for pos in snap.positions:
        if pos.updated_at <= at:
            kept.append(pos)
            continue
        events = s.execute(
            select(AuditEvent.at, AuditEvent.summary, AuditEvent.details)
            .where(
                AuditEvent.action == "proposal.position",
                AuditEvent.entity_uuid == pos.uuid,
                AuditEvent.at <= at,
            )
            .order_by(AuditEvent.id.desc())
            .limit(1)
        ).first()
        if events is None:
            continue
        try:
            stance = json.loads(events.details or "{}").get("stance", "")
        except ValueError:
            stance = ""
        if not stance:  # older events: "CAN: support"
            stance = events.summary.rpartition(": ")[2].strip()
        stance = _SHOWN.get(stance, stance)
        kept.append(dataclasses.replace(pos, stance=stance, updated_at=events.at))
    return dataclasses.replace(snap, positions=tuple(kept))


def _snap(s: Session, p: Proposal, codes: dict[int, str], numbers: dict[int, str]) -> ProposalSnap:
    positions = tuple(
        PositionSnap(
            x.id,
            str(x.uuid),
            x.row_version,
            p.id,
            codes[x.delegation_id],
            _SHOWN.get(x.stance, x.stance),
            x.note,
            x.updated_at,
        )
        for x in sorted(p.positions, key=lambda x: codes[x.delegation_id])
    )
    return ProposalSnap(
        id=p.id,
        uuid=str(p.uuid),
        row_version=p.row_version,
        document_id=p.document_id,
        clause_id=p.clause_id,
        clause_number=numbers.get(p.clause_id, "") if p.clause_id else "",
        delegation_code=codes[p.delegation_id],
        kind=p.kind,
        language=p.language,
        text=p.text,
        after_clause_id=p.after_clause_id,
        rationale=p.rationale,
        status=p.status,
        author=p.author,
        created_at=p.created_at,
        decided_at=p.decided_at,
        result_version_id=p.result_version_id,
        base_version_id=_base_version(s, p),
        positions=positions,
    )


def _one(s: Session, p: Proposal) -> ProposalSnap:
    s.flush()
    s.expire(p, ["positions"])
    return next(x for x in proposal_snaps(s, p.document_id) if x.id == p.id)


def list_proposals(
    desk: Desk, document_id: int, *, clause_id: int | None = None, status: str | None = None
) -> list[ProposalSnap]:
    """Proposals on a document (optionally one clause, one status), oldest first."""
    if status is not None and status not in PROPOSAL_STATUSES:
        raise ValidationError(
            f"status {status!r} is not one of {', '.join(PROPOSAL_STATUSES)}",
            code="unknown_proposal_status",
            proposal_status=status,
            proposal_statuses=list(PROPOSAL_STATUSES),
        )
    with desk.read() as s:
        return proposal_snaps(s, document_id, clause_id=clause_id, status=status)


# --- writing --------------------------------------------------------------------------------


def propose(
    desk: Desk,
    document_id: int,
    *,
    delegation_code: str,
    kind: str,
    clause_id: int | None = None,
    text: str = "",
    language: str = "en",
    after_clause_id: int | None = None,
    rationale: str = "",
) -> ProposalSnap:
    if kind not in PROPOSAL_KINDS:
        raise ValidationError(
            f"proposal kind {kind!r} is not one of {', '.join(PROPOSAL_KINDS)}",
            code="unknown_proposal_kind",
            proposal_kind=kind,
            proposal_kinds=list(PROPOSAL_KINDS),
        )
    check_language(language)
    if kind in ("replace", "insert", "new"):
        try:
            check_text(text, "proposed text", part="proposed")
        except ValidationError as exc:  # "the proposed text of clause 1"
            name_clause(desk, clause_id, exc)
            raise
    else:
        text = ""
    if kind == "new" and language != "en":
        raise ValidationError(
            "a new clause is proposed in English; its Japanese follows",
            code="new_clause_in_english",
        )
    with desk.write() as s:
        return propose_in(
            desk,
            s,
            document_id,
            delegation_code=delegation_code,
            kind=kind,
            clause_id=clause_id,
            text=text,
            language=language,
            after_clause_id=after_clause_id,
            rationale=rationale,
        )


def propose_in(
    desk: Desk,
    s: Session,
    document_id: int,
    *,
    delegation_code: str,
    kind: str,
    clause_id: int | None = None,
    text: str = "",
    language: str = "en",
    after_clause_id: int | None = None,
    rationale: str = "",
) -> ProposalSnap:
    """propose() inside the caller's transaction (several proposals, all or none); the
    caller has checked kind, language and text as propose() does."""
    doc = editable_document(s, document_id)
    did = delegation_id_by_code(s, doc.meeting_id, delegation_code.strip().upper())
    clause = None
    if kind != "new":
        if clause_id is None:
            raise ValidationError(
                f"a {kind} proposal names the clause it concerns",
                code="proposal_needs_clause",
                proposal_kind=kind,
            )
        clause = _clause_in(s, clause_id, doc.id, doc.short_name)
        if clause.status == "deleted":
            raise ValidationError(
                "that clause is deleted; propose a new clause instead",
                code="proposal_on_deleted_clause",
            )
    elif clause_id is not None:
        raise ValidationError(
            "a new-clause proposal places itself with after_clause_id",
            code="new_clause_proposal_placed_after",
        )
    if kind in ("move", "new") and after_clause_id is not None:
        _clause_in(s, after_clause_id, doc.id, doc.short_name)
    if kind == "move" and after_clause_id == clause_id:
        raise ValidationError("a clause cannot be moved after itself", code="move_after_itself")
    if clause is not None and kind in ("replace", "insert"):
        head = clause.head_en if language == "en" else clause.head_ja
        current = head.text if head else ""
        if current == text:
            raise ValidationError(
                "the proposed text is the same as the current text", code="proposal_same_text"
            )
        if kind == "insert" and any(op.kind == "delete" for op in diff_text(current, text)):
            raise ValidationError(
                "an insert proposal only adds words; use replace to change or remove words",
                code="proposal_insert_only_adds",
            )
    p = Proposal(
        document_id=doc.id,
        clause_id=clause_id,
        delegation_id=did,
        kind=kind,
        language=language,
        text=text,
        after_clause_id=after_clause_id if kind in ("move", "new") else None,
        rationale=rationale.strip(),
        author=desk.user_login,
        created_at=utc_now(),
    )
    s.add(p)
    s.flush()
    desk.audit(s, "proposal.add", p, f"{delegation_code.upper()} proposed {kind}")
    return _one(s, p)


def _clause_in(s: Session, clause_id: int, document_id: int, name: str) -> Clause:
    clause = s.get(Clause, clause_id)
    if clause is None or clause.document_id != document_id:
        raise NotFound(
            f"clause {clause_id} is not in {name}", code="clause_not_in_document", document=name
        )
    return clause


def _open_proposal(s: Session, proposal_id: int, expected_version: int | None) -> Proposal:
    p = get_or_404(s, Proposal, proposal_id, "proposal")
    editable_document(s, p.document_id)
    expect_version(p, expected_version, "the proposal", item="proposal")
    if p.status != "open":
        raise ValidationError(
            f"this proposal is already {p.status}",
            code="proposal_decided",
            proposal_status=p.status,
        )
    return p


def set_position(
    desk: Desk, proposal_id: int, *, delegation_code: str, stance: str, note: str = ""
) -> ProposalSnap:
    """Record (or change) a delegation's stance on an open proposal."""
    if stance not in STANCES:
        raise ValidationError(
            f"stance {stance!r} is not one of {', '.join(STANCES)}",
            code="unknown_stance",
            stance=stance,
            stances=list(STANCES),
        )
    stored = _STORED.get(stance, stance)
    with desk.write() as s:
        p = _open_proposal(s, proposal_id, None)
        doc = editable_document(s, p.document_id)
        code = delegation_code.strip().upper()
        did = delegation_id_by_code(s, doc.meeting_id, code)
        if did == p.delegation_id:
            raise ValidationError(
                f"{code} made this proposal; its own support is implied",
                code="proposer_own_support",
                delegation=code,
            )
        pos = s.scalar(
            select(Position).where(Position.proposal_id == p.id, Position.delegation_id == did)
        )
        if pos is None:
            pos = Position(proposal_id=p.id, delegation_id=did, stance=stored, note=note)
            s.add(pos)
        else:
            pos.stance, pos.note = stored, note
        pos.updated_at = utc_now()
        s.flush()
        desk.audit(
            s,
            "proposal.position",
            pos,
            f"{code}: {stance}",
            {"proposal": str(p.uuid), "stance": stance},
        )
        return _one(s, p)


def _decide(desk: Desk, s: Session, p: Proposal, status: str, note: str) -> None:
    p.status = status
    p.decided_at = utc_now()
    desk.audit(s, f"proposal.{status}", p, f"proposal {status}", {"note": note})


def reject_proposal(
    desk: Desk, proposal_id: int, *, note: str = "", expected_version: int | None = None
) -> ProposalSnap:
    with desk.write() as s:
        p = _open_proposal(s, proposal_id, expected_version)
        _decide(desk, s, p, "rejected", note)
        return _one(s, p)


def withdraw_proposal(
    desk: Desk, proposal_id: int, *, note: str = "", expected_version: int | None = None
) -> ProposalSnap:
    with desk.write() as s:
        p = _open_proposal(s, proposal_id, expected_version)
        _decide(desk, s, p, "withdrawn", note)
        return _one(s, p)


def _proposed_over_head(s: Session, p: Proposal, clause: Clause) -> tuple[str, int | None]:
    """The proposed wording carried onto the current head (three-way merge if it moved)."""
    head_id = clause.head_en_id if p.language == "en" else clause.head_ja_id
    head = s.get(ClauseVersion, head_id) if head_id else None
    base_id = _base_version(s, p)
    if head is None or base_id is None or base_id == head_id:
        return p.text, head_id
    base = s.get(ClauseVersion, base_id)
    merged = merge3(base.text, head.text, p.text).text_if_clean()
    if merged is None:
        raise ConflictError(
            "the clause was edited since this proposal was made and the edits overlap; "
            "incorporate it as an alternative by hand or ask for a new proposal",
            code="proposal_overlaps_edits",
        )
    return merged, head_id


def _new_clause(desk: Desk, s: Session, p: Proposal, text: str) -> Clause:
    from meetingdesk.services.drafting.structure import place_new_clause

    after = s.get(Clause, p.after_clause_id) if p.after_clause_id else None
    kind = after.kind if after and after.kind in ("preambular", "operative", "action") else None
    clause = Clause(document_id=p.document_id, kind=kind or "operative", position=0)
    s.add(clause)
    s.flush()
    place_new_clause(s, s.get(Document, p.document_id), clause, None, after.id if after else None)
    clause.status = "bracketed" if status_after_edit(clause, text) else "draft"
    return clause


def accept_proposal(
    desk: Desk, proposal_id: int, *, note: str = "", expected_version: int | None = None
) -> ProposalSnap:
    """Apply the proposal to the text and mark it accepted."""
    with desk.write() as s:
        p = _open_proposal(s, proposal_id, expected_version)
        code = delegation_codes(s, {p.delegation_id})[p.delegation_id]
        what = f"proposal of {code} accepted" + (f": {note}" if note else "")
        if p.kind == "new":
            clause = _new_clause(desk, s, p, p.text)
            v = _new_version(desk, s, clause, "en", p.text, None, p.delegation_id, what)
            p.clause_id, p.result_version_id = clause.id, v.id
            desk.audit(s, "clause.add", clause, f"added a clause proposed by {code}")
        else:
            clause = s.get(Clause, p.clause_id)
            if clause.status == "deleted":
                raise ValidationError(
                    "the clause was deleted; this proposal no longer applies",
                    code="proposal_clause_deleted",
                )
            if p.kind in ("replace", "insert"):
                text, head_id = _proposed_over_head(s, p, clause)
                _check_on(s, clause, text, "accepted text", "accepted")
                tr = clause.head_en_id if p.language == "ja" else None
                v = _new_version(
                    desk, s, clause, p.language, text, head_id, p.delegation_id, what, tr
                )
                p.result_version_id = v.id
                details = {"version": str(v.uuid), "lang": p.language}
                details.update(apply_status(clause, status_after_edit(clause, text)))
                clause.row_version += 1
                desk.audit(s, "clause.save", clause, f"accepted {code}'s wording", details)
            elif p.kind == "delete":
                details = apply_status(clause, "deleted")
                details["note"] = what
                desk.audit(s, "clause.delete", clause, f"deleted on {code}'s proposal", details)
            else:  # move
                from meetingdesk.services.drafting.structure import move_in

                move_in(s, s.get(Document, p.document_id), clause, p.after_clause_id)
                clause.row_version += 1
                desk.audit(s, "clause.move", clause, f"moved on {code}'s proposal", {"note": what})
        _decide(desk, s, p, "accepted", note)
        return _one(s, p)


def _check_on(s: Session, clause: Clause, text: str, where: str, part: str) -> None:
    """check_text for the text a decision would write onto ``clause`` (named if refused)."""
    try:
        check_text(text, where, part=part)
    except ValidationError as exc:
        exc.params.update(clause_params(one_clause(s, clause)))
        raise


def _alternative_text(current: str, proposed: str, codes: list[str]) -> str:
    """current with the changed stretch written as "[current / proposed {codes}]"."""
    ops = diff_text(current, proposed)
    changed = [i for i, op in enumerate(ops) if op.kind != "equal"]
    prefix = "".join(op.text for op in ops[: changed[0]])
    suffix = "".join(op.text for op in ops[changed[-1] + 1 :])
    cur_mid = current[len(prefix) : len(current) - len(suffix)]
    new_mid = proposed[len(prefix) : len(proposed) - len(suffix)]
    if _MARKUP & set(cur_mid):
        raise ValidationError(
            "the passage this proposal changes already holds brackets; edit the clause by hand",
            code="proposal_passage_bracketed",
        )
    if cur_mid.strip() and new_mid.strip():
        return prefix + bracket_alternatives(cur_mid, new_mid, (), codes) + suffix
    # Pure insertion or deletion: one bracketed passage, whitespace left outside it.
    mid = new_mid or cur_mid
    core = mid.strip()
    lead = mid[: len(mid) - len(mid.lstrip())]
    trail = mid[len(mid.rstrip()) :]
    if new_mid.strip():  # words proposed for insertion
        body = f"[{escape(core)} {{{', '.join(codes)}}}]"
    else:  # words proposed for deletion: keep them or nothing
        body = f"[{escape(core)} / {{{', '.join(codes)}}}]"
    return prefix + lead + body + trail + suffix


def incorporate_as_alternative(
    desk: Desk, proposal_id: int, *, note: str = "", expected_version: int | None = None
) -> ProposalSnap:
    """Put the proposal into the text as bracketed alternatives; the clause becomes bracketed.

    The proposed alternative carries the proposer and its supporters ("{FR, DE}"). A new
    clause is added as one bracketed paragraph; a move cannot be bracketed.
    """
    with desk.write() as s:
        p = _open_proposal(s, proposal_id, expected_version)
        if p.kind == "move":
            raise ValidationError(
                "a move cannot be written as bracketed alternatives", code="move_not_bracketable"
            )
        support = [x.delegation_id for x in p.positions if x.stance == "support"]
        byid = delegation_codes(s, {p.delegation_id, *support})
        codes = [byid[p.delegation_id]] + sorted(byid[d] for d in support)
        what = f"proposal of {codes[0]} incorporated as an alternative"
        if p.kind == "new":
            text = f"[{escape(p.text)} {{{', '.join(codes)}}}]"
            check_text(text, "bracketed text", part="bracketed")
            clause = _new_clause(desk, s, p, text)
            v = _new_version(desk, s, clause, "en", text, None, p.delegation_id, what)
            p.clause_id = clause.id
            desk.audit(s, "clause.add", clause, f"added {codes[0]}'s clause in brackets")
        else:
            clause = s.get(Clause, p.clause_id)
            if clause.status == "deleted":
                raise ValidationError(
                    "the clause was deleted; this proposal no longer applies",
                    code="proposal_clause_deleted",
                )
            head_id = clause.head_en_id if p.language == "en" else clause.head_ja_id
            head = s.get(ClauseVersion, head_id) if head_id else None
            if head is None:
                raise ValidationError(
                    f"the clause has no {p.language} text to bracket",
                    code="nothing_to_bracket",
                    language=p.language,
                )
            proposed = _proposed_over_head(s, p, clause)[0] if p.kind != "delete" else ""
            if proposed == head.text:
                raise ValidationError(
                    "the current text already reads as proposed", code="proposal_already_reads"
                )
            text = _alternative_text(head.text, proposed, codes)
            _check_on(s, clause, text, "bracketed text", "bracketed")
            tr = clause.head_en_id if p.language == "ja" else None
            v = _new_version(desk, s, clause, p.language, text, head_id, p.delegation_id, what, tr)
            details = {"version": str(v.uuid), "lang": p.language}
            details.update(apply_status(clause, "bracketed"))
            clause.row_version += 1
            desk.audit(s, "clause.save", clause, f"bracketed {codes[0]}'s alternative", details)
        p.result_version_id = v.id
        _decide(desk, s, p, "incorporated", note)
        return _one(s, p)
