"""The shape of a document: sub-paragraphs (indent, outdent, move within and across
parents), numbering within a round (pinned numbers, "8bis"), and renumbering as clean text
with its concordance.

Every structure edit reads the outline, applies a pure edit of ``text.outline`` and
writes back positions and parents; within a round (a "bis" document with a frozen
revision) the numbers the shared numbering function gives are pinned after the edit, so no
clause's number changes until "Renumber as clean text".
"""

from __future__ import annotations

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from meetingdesk.model import (
    NUMBERING_MODES,
    Clause,
    Document,
    Revision,
    RevisionConcordance,
)
from meetingdesk.services.base import (
    ConflictError,
    Desk,
    FrozenError,
    NotFound,
    ValidationError,
    expect_version,
    get_or_404,
)
from meetingdesk.services.drafting.reading import (
    clause_label,
    clause_params,
    editable_document,
    find_revision,
    live_clause,
    one_clause,
    outline_nodes,
    outline_rows,
)
from meetingdesk.snapshots import ClauseSnap, RevisionSnap
from meetingdesk.snapshots.drafting import ConcordanceRow
from meetingdesk.text import outline as ol
from meetingdesk.text.numbering import Node, concordance, number_outline, pins_after_edit


class StructureError(ValidationError):
    """A refused structure edit; ``code`` names the rule (for the window's translation)."""


# --- reading and writing the outline --------------------------------------------------------


def _items(rows) -> list[ol.Item]:
    return [ol.Item(cid, kind, parent) for cid, kind, parent, *_ in rows]


def in_round(s: Session, doc: Document) -> bool:
    """Numbers are pinned: a "bis" document with at least one frozen revision."""
    if doc.numbering == "renumber":
        return False
    return s.scalar(select(Revision.id).where(Revision.document_id == doc.id).limit(1)) is not None


def write_outline(
    s: Session,
    doc: Document,
    items: list[ol.Item],
    before_rows: list,
    new_pins: bool,
    *,
    force: bool = False,
) -> None:
    """Store positions and parents of ``items`` and, within a round, the pins that keep
    every number (new clauses and re-parented ones get theirs here)."""
    current = {r[0]: r for r in outline_rows(s, doc.id)}
    positions = dict(
        s.execute(select(Clause.id, Clause.position).where(Clause.document_id == doc.id)).all()
    )
    table = Clause.__table__
    use_pins = new_pins and doc.numbering != "renumber" and (force or in_round(s, doc))
    pins: dict = {}
    if use_pins:
        status = {r[0]: r[3] for r in current.values()}
        after = [Node(i.key, i.kind, i.parent, status.get(i.key) == "deleted") for i in items]
        pins = pins_after_edit(outline_nodes(before_rows), after)
    changes = []
    for pos, item in enumerate(items, start=1):
        row = current[item.key]
        pin = pins.get(item.key, (None, None)) if use_pins else (row[4], row[5])
        if (positions[item.key], row[2], row[4], row[5]) != (pos, item.parent, *pin):
            changes.append(
                {
                    "_cid": item.key,
                    "position": pos,
                    "parent_id": item.parent,
                    "po": pin[0],
                    "ps": pin[1],
                }
            )
    if changes:
        s.connection().execute(
            update(table)
            .where(table.c.id == bindparam("_cid"))
            .values(
                position=bindparam("position"),
                parent_id=bindparam("parent_id"),
                pin_ordinal=bindparam("po"),
                pin_suffix=bindparam("ps"),
            ),
            changes,
        )
    for obj in s.identity_map.values():
        if isinstance(obj, Clause) and obj.document_id == doc.id:
            s.expire(obj, ["position", "parent_id", "pin_ordinal", "pin_suffix"])


def pin_numbers(s: Session, doc: Document) -> None:
    """Pin every numbered clause at the number it shows: a freeze starts or continues a
    round. Nothing is pinned in a "renumber" document."""
    if doc.numbering == "renumber":
        return
    rows = outline_rows(s, doc.id)
    write_outline(s, doc, _items(rows), rows, new_pins=True, force=True)


def _refuse(error: ol.OutlineError) -> StructureError:
    """The outline rule an edit broke, as a refusal with its own code."""
    message = str(error)
    refusals = {
        "first": StructureError(message, code="outline_first"),
        "top": StructureError(message, code="outline_top"),
        "cycle": StructureError(message, code="outline_cycle"),
        "heading_parent": StructureError(message, code="outline_heading_parent"),
        "heading_child": StructureError(message, code="outline_heading_child"),
        "too_deep": StructureError(message, code="outline_too_deep", count=ol.MAX_DEPTH),
        "not_sibling": StructureError(message, code="outline_not_sibling"),
    }
    return refusals.get(error.code) or StructureError(message, code="outline_invalid")


def _edit(
    desk: Desk, clause_id: int, expected_version: int | None, action: str, edit
) -> ClauseSnap:
    """Run one structure edit of a clause: checks, the pure edit, writes, audit."""
    with desk.write() as s:
        clause, doc = live_clause(s, clause_id)
        snap = one_clause(s, clause)
        expect_version(
            clause, expected_version, clause_label(snap), item="clause", **clause_params(snap)
        )
        if clause.status == "deleted":
            raise ValidationError(
                f"{clause_label(snap)} is deleted; restore it before moving it",
                code="clause_deleted",
                **clause_params(snap),
            )
        rows = outline_rows(s, doc.id)
        deleted = {r[0] for r in rows if r[3] == "deleted"}
        items = _items(rows)
        try:
            new_items = edit(items)
            ol.validate(new_items)
        except ol.OutlineError as exc:
            raise _refuse(exc) from exc
        new_parent = next(i.parent for i in new_items if i.key == clause.id)
        if new_parent in deleted:
            raise StructureError(
                "a deleted clause cannot hold sub-paragraphs; restore it first",
                code="outline_deleted_parent",
            )
        if new_items == items:
            return snap
        write_outline(s, doc, new_items, rows, new_pins=True)
        clause.row_version += 1
        s.flush()
        after = one_clause(s, clause)
        desk.audit(
            s,
            f"clause.{action}",
            clause,
            f"{action} {clause_label(snap)} in {doc.short_name}",
            {"was_number": snap.number, "number": after.number, "parent": new_parent},
        )
        return after


# --- structure edits ------------------------------------------------------------------------


def indent_clause(desk: Desk, clause_id: int, *, expected_version: int | None) -> ClauseSnap:
    """Make a clause the last sub-paragraph of the clause above it at its level."""
    return _edit(desk, clause_id, expected_version, "indent", lambda i: ol.indent(i, clause_id))


def outdent_clause(desk: Desk, clause_id: int, *, expected_version: int | None) -> ClauseSnap:
    """Lift a sub-paragraph one level, after its former paragraph."""
    return _edit(desk, clause_id, expected_version, "outdent", lambda i: ol.outdent(i, clause_id))


def move_in_outline(
    desk: Desk,
    clause_id: int,
    *,
    parent_id: int | None,
    after_clause_id: int | None,
    expected_version: int | None,
) -> ClauseSnap:
    """Move a clause (with its sub-paragraphs) under ``parent_id`` (None: top level), after
    its sibling ``after_clause_id`` (None: first)."""
    with desk.read() as s:
        clause = get_or_404(s, Clause, clause_id, "clause")
        for other in (parent_id, after_clause_id):
            if other is None:
                continue
            target = s.get(Clause, other)
            if target is None:
                raise NotFound(f"clause {other} does not exist", code="clause_gone")
            if target.document_id != clause.document_id:
                there = s.get(Document, target.document_id)
                if there.status == "adopted":
                    raise FrozenError(
                        f"{there.short_name} is adopted and frozen; nothing can be moved into it",
                        code="document_adopted",
                        document=there.short_name,
                    )
                raise StructureError(
                    f"a clause moves within its own document, not into {there.short_name}; "
                    "propose a new clause there instead",
                    code="outline_other_document",
                    document=there.short_name,
                )
    return _edit(
        desk,
        clause_id,
        expected_version,
        "move",
        lambda i: ol.move(i, clause_id, parent=parent_id, after=after_clause_id),
    )


def move_after(
    desk: Desk, clause_id: int, *, after_clause_id: int | None, expected_version: int | None
) -> ClauseSnap:
    """Move a clause to follow ``after_clause_id`` as its sibling (None: to the very top)."""
    parent = None
    if after_clause_id is not None:
        if after_clause_id == clause_id:
            raise ValidationError("a clause cannot be moved after itself", code="move_after_itself")
        with desk.read() as s:
            after = get_or_404(s, Clause, after_clause_id, "clause")
            parent = after.parent_id
    return move_in_outline(
        desk,
        clause_id,
        parent_id=parent,
        after_clause_id=after_clause_id,
        expected_version=expected_version,
    )


def place_new_clause(
    s: Session, doc: Document, clause: Clause, parent_id: int | None, after_clause_id: int | None
) -> None:
    """Put a just-created clause into the outline: after ``after_clause_id`` as its sibling,
    or as the last sub-paragraph of ``parent_id``, or at the end of the document."""
    rows = outline_rows(s, doc.id)
    items = [i for i in _items(rows) if i.key != clause.id]
    before_rows = [r for r in rows if r[0] != clause.id]
    keys = {i.key: i for i in items}
    if after_clause_id is not None and after_clause_id not in keys:
        raise NotFound(
            f"clause {after_clause_id} is not in {doc.short_name}",
            code="clause_not_in_document",
            document=doc.short_name,
        )
    if parent_id is not None and parent_id not in keys:
        raise NotFound(
            f"clause {parent_id} is not in {doc.short_name}",
            code="clause_not_in_document",
            document=doc.short_name,
        )
    if after_clause_id is not None:
        parent_id = keys[after_clause_id].parent
        after = after_clause_id
    else:
        siblings = [i.key for i in items if i.parent == parent_id]
        after = siblings[-1] if siblings else None
    deleted = {r[0] for r in rows if r[3] == "deleted"}
    if parent_id in deleted:
        raise StructureError(
            "a deleted clause cannot hold sub-paragraphs; restore it first",
            code="outline_deleted_parent",
        )
    try:
        new_items = ol.move(
            items + [ol.Item(clause.id, clause.kind, None)],
            clause.id,
            parent=parent_id,
            after=after,
        )
    except ol.OutlineError as exc:
        raise _refuse(exc) from exc
    write_outline(s, doc, new_items, before_rows, new_pins=True)


def move_in(s: Session, doc: Document, clause: Clause, after_clause_id: int | None) -> None:
    """Inside the caller's transaction: move a clause (with its sub-paragraphs) after
    ``after_clause_id`` as its sibling (None: to the top)."""
    rows = outline_rows(s, doc.id)
    items = _items(rows)
    parent = next((i.parent for i in items if i.key == after_clause_id), None)
    try:
        new_items = ol.move(items, clause.id, parent=parent, after=after_clause_id)
    except ol.OutlineError as exc:
        raise _refuse(exc) from exc
    write_outline(s, doc, new_items, rows, new_pins=True)


def subtree_ids(s: Session, clause: Clause) -> list[int]:
    """The clause and its sub-paragraphs, in order."""
    items = _items(outline_rows(s, clause.document_id))
    return [i.key for i in ol.subtree(items, clause.id)]


# --- numbering mode and renumbering ---------------------------------------------------------


def set_numbering(desk: Desk, document_id: int, mode: str, *, expected_version: int | None) -> None:
    """ "bis": numbers fixed within a round; "renumber": numbers follow the order at once
    (pins are dropped, so every clause shows its consecutive number)."""
    if mode not in NUMBERING_MODES:
        raise ValidationError(
            f"numbering {mode!r} is not one of {', '.join(NUMBERING_MODES)}",
            code="unknown_numbering",
            numbering=mode,
            numberings=list(NUMBERING_MODES),
        )
    with desk.write() as s:
        doc = editable_document(s, document_id)
        if expected_version is not None and doc.row_version != expected_version:
            raise ConflictError(
                f"{doc.short_name} was changed by someone else since you opened it; "
                "nothing was changed — reload and try again",
                code="changed_elsewhere",
                item="document",
                document=doc.short_name,
                now=doc.row_version,
                expected=expected_version,
            )
        if doc.numbering == mode:
            return
        was = doc.numbering
        doc.numbering = mode
        doc.row_version += 1
        if mode == "renumber":
            s.execute(
                update(Clause)
                .where(Clause.document_id == doc.id)
                .values(pin_ordinal=None, pin_suffix=None)
            )
        elif in_round(s, doc):
            pin_numbers(s, doc)  # from now on numbers stay as they are shown
        desk.audit(
            s, "document.numbering", doc, f"numbering of {doc.short_name}: {mode}", {"was": was}
        )


def renumber_clean(
    desk: Desk, document_id: int, *, note: str = "", label: str | None = None
) -> tuple[RevisionSnap, tuple[ConcordanceRow, ...]]:
    """Renumber as clean text: consecutive numbers for the live clauses, deleted ones drop
    out, and a "clean" revision is frozen with the old → new concordance."""
    from meetingdesk.services.drafting.revisions import freeze_in, revision_snap

    with desk.write() as s:
        doc = editable_document(s, document_id)
        rows = outline_rows(s, doc.id)
        nodes = outline_nodes(rows)
        new_pins, table = concordance(nodes)
        po = {k: p for k, p in new_pins.items()}
        changes = [
            {
                "_cid": cid,
                "po": po[cid][0] if cid in po else None,
                "ps": po[cid][1] if cid in po else None,
            }
            for cid, *_ in rows
        ]
        t = Clause.__table__
        s.connection().execute(
            update(t)
            .where(t.c.id == bindparam("_cid"))
            .values(pin_ordinal=bindparam("po"), pin_suffix=bindparam("ps")),
            changes,
        )
        for obj in s.identity_map.values():
            if isinstance(obj, Clause) and obj.document_id == doc.id:
                s.expire(obj, ["pin_ordinal", "pin_suffix"])
        rev = freeze_in(
            desk, s, doc, kind="clean", note=note or "renumbered as clean text", label=label
        )
        s.add_all(
            RevisionConcordance(
                revision_id=rev.id, clause_id=key, position=i, old_number=old, new_number=new
            )
            for i, (key, old, new) in enumerate(table, start=1)
        )
        if doc.status == "draft":
            doc.status = "negotiation"
        s.flush()
        desk.audit(
            s,
            "revision.renumber",
            rev,
            f"renumbered {doc.short_name} as clean text ({rev.label})",
            {"renumbered": sum(1 for _k, o, n in table if o != n)},
        )
        return revision_snap(rev), _concordance_rows(s, rev)


def _concordance_rows(s: Session, rev: Revision) -> tuple[ConcordanceRow, ...]:
    rows = s.execute(
        select(
            RevisionConcordance.clause_id,
            RevisionConcordance.old_number,
            RevisionConcordance.new_number,
        )
        .where(RevisionConcordance.revision_id == rev.id)
        .order_by(RevisionConcordance.position)
    ).all()
    return tuple(ConcordanceRow(cid, old, new) for cid, old, new in rows)


def revision_concordance(desk: Desk, document_id: int, label: str) -> tuple[ConcordanceRow, ...]:
    """The old → new numbers recorded when revision ``label`` renumbered ("" if none)."""
    with desk.read() as s:
        doc = get_or_404(s, Document, document_id, "document")
        return _concordance_rows(s, find_revision(s, doc, label))


def latest_concordance(desk: Desk, document_id: int) -> tuple[str, tuple[ConcordanceRow, ...]]:
    """The most recent renumbering of a document: its revision label and concordance."""
    with desk.read() as s:
        get_or_404(s, Document, document_id, "document")
        rev = s.scalar(
            select(Revision)
            .join(RevisionConcordance, RevisionConcordance.revision_id == Revision.id)
            .where(Revision.document_id == document_id)
            .order_by(Revision.number.desc())
            .limit(1)
        )
        if rev is None:
            return "", ()
        return rev.label, _concordance_rows(s, rev)


def numbers_preview(nodes: list[Node]) -> list[str]:
    """Labels for a list of nodes (helper for tests and the outline command)."""
    return [n.label for n in number_outline(nodes)]
