"""The merge of proposals, positions and comments (rows with UUIDs and mutable fields):
a row new on the incoming side is inserted; a row changed on one side only since the
package's base takes that side's values; a row changed on both sides differently is a
conflict, reported and left as the target has it.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import insert, update

from .sides import ROW_FIELDS, T_COMMENT, T_POSITION, T_PROPOSAL, as_uuid


def _dt(value: str | None):
    from datetime import datetime

    return datetime.fromisoformat(value) if value else None


class RowMerge:
    """Mixed into Merger: uses its session, sides, manifest, ids and conflict list."""

    s: Any
    t: Any
    i: Any
    m: Any
    cid: dict[str, int]
    conflicts: list[dict[str, Any]]
    counts: dict[str, int]
    notes: list[str]

    def _row_merge(self, kind: str, u: str, i_row: dict, t_row: dict) -> dict | None:
        """New values for the target row, or None (nothing to do or a conflict noted)."""
        fields = ROW_FIELDS[kind]
        iv = {f: i_row[f] for f in fields}
        tv = {f: t_row[f] for f in fields}
        if iv == tv:
            return None
        base = self.m.rows.get(kind, {}).get(u)
        if base is not None and iv == base:
            return None
        if base is not None and tv == base:
            return iv
        ours, theirs = self.sides_text(json.dumps(tv, default=str), json.dumps(iv, default=str))
        clause = i_row.get("clause") or ""
        self.conflicts.append(
            {
                "kind": "row",
                "clause": clause,
                "lang": kind,
                "base": json.dumps(base),
                "ours": ours,
                "theirs": theirs,
            }
        )
        return None

    def proposals(self) -> None:
        for u, p in self.i.proposals.items():
            if u in self.t.proposals:
                new = self._row_merge("proposal", u, p, self.t.proposals[u])
                if new is not None:
                    rv = new["result_version"]
                    self.s.execute(
                        update(T_PROPOSAL)
                        .where(T_PROPOSAL.c.id == self.t.proposals[u]["id"])
                        .values(
                            status=new["status"],
                            decided_at=_dt(new["decided_at"]),
                            result_version_id=self.version_id(rv),
                            text=new["text"],
                            rationale=new["rationale"],
                            row_version=T_PROPOSAL.c.row_version + 1,
                        )
                    )
                    self.counts["proposals"] += 1
                continue
            if p["delegation"] not in self.t.delegations or p["document"] not in self.t.docs:
                self.notes.append(f"proposal {u}: its delegation is not in this database; skipped")
                continue
            row = {
                "uuid": as_uuid(u),
                "document_id": self.t.docs[p["document"]]["id"],
                "clause_id": self.cid.get(p["clause"]) if p["clause"] else None,
                "delegation_id": self.t.delegations[p["delegation"]],
                "kind": p["kind"],
                "language": p["language"],
                "text": p["text"],
                "after_clause_id": self.cid.get(p["after_clause"]) if p["after_clause"] else None,
                "rationale": p["rationale"],
                "status": p["status"],
                "author": p["author"],
                "created_at": p["created_at"],
                "decided_at": _dt(p["decided_at"]),
                "result_version_id": self.version_id(p["result_version"]),
                "row_version": 1,
            }
            new_id = self.s.execute(insert(T_PROPOSAL).returning(T_PROPOSAL.c.id), [row]).scalar()
            self.t.proposals[u] = {**p, "id": new_id}
            self.counts["proposals"] += 1

    def positions(self) -> None:
        taken = {(q["proposal"], q["delegation"]): q for q in self.t.positions.values()}
        for u, q in self.i.positions.items():
            if u in self.t.positions:
                new = self._row_merge("position", u, q, self.t.positions[u])
                if new is not None:
                    self.s.execute(
                        update(T_POSITION)
                        .where(T_POSITION.c.id == self.t.positions[u]["id"])
                        .values(
                            stance=new["stance"],
                            note=new["note"],
                            updated_at=q["updated_at"],
                            row_version=T_POSITION.c.row_version + 1,
                        )
                    )
                    self.counts["positions"] += 1
                continue
            if q["proposal"] not in self.t.proposals or q["delegation"] not in self.t.delegations:
                continue
            other = taken.get((q["proposal"], q["delegation"]))
            if other is not None:
                if (other["stance"], other["note"]) != (q["stance"], q["note"]):
                    ours, theirs = self.sides_text(other["stance"], q["stance"])
                    self.conflicts.append(
                        {
                            "kind": "row",
                            "clause": "",
                            "lang": "position",
                            "base": "",
                            "ours": ours,
                            "theirs": theirs,
                        }
                    )
                continue
            self.s.execute(
                insert(T_POSITION),
                [
                    {
                        "uuid": as_uuid(u),
                        "proposal_id": self.t.proposals[q["proposal"]]["id"],
                        "delegation_id": self.t.delegations[q["delegation"]],
                        "stance": q["stance"],
                        "note": q["note"],
                        "updated_at": q["updated_at"],
                        "row_version": 1,
                    }
                ],
            )
            self.counts["positions"] += 1

    def comments(self) -> None:
        ids = {u: c["id"] for u, c in self.t.comments.items()}
        for u, c in self.i.comments.items():
            if u in self.t.comments:
                new = self._row_merge("comment", u, c, self.t.comments[u])
                if new is not None:
                    self.s.execute(
                        update(T_COMMENT)
                        .where(T_COMMENT.c.id == ids[u])
                        .values(
                            body=new["body"],
                            resolved_at=_dt(new["resolved_at"]),
                            resolved_by=new["resolved_by"],
                            row_version=T_COMMENT.c.row_version + 1,
                        )
                    )
                    self.counts["comments"] += 1
                continue
            if c["clause"] not in self.cid:
                continue
            ids[u] = self.s.execute(
                insert(T_COMMENT).returning(T_COMMENT.c.id),
                [
                    {
                        "uuid": as_uuid(u),
                        "clause_id": self.cid[c["clause"]],
                        "parent_id": ids.get(c["parent"]) if c["parent"] else None,
                        "author": c["author"],
                        "body": c["body"],
                        "created_at": c["created_at"],
                        "resolved_at": _dt(c["resolved_at"]),
                        "resolved_by": c["resolved_by"],
                        "row_version": 1,
                    }
                ],
            ).scalar()
            self.counts["comments"] += 1
