"""The per-clause merge of one side (incoming) into a database (target), in the caller's
write transaction. Used both ways: check-in (package → server) and pull (server → package).

Per clause and language: incoming already contained in the target's history → nothing;
the target's head contained in incoming's → the incoming head is taken (fast-forward);
otherwise a three-way merge against the best common ancestor (word level for English,
character level for Japanese): clean → a merge version whose parent is the target's head
and whose second parent is the incoming head; overlapping → a conflict, the target keeps
its head, and the conflict is remembered (store_info "offline.conflict.<clause>.<lang>")
for resolve_conflict. Every incoming version is copied first, so nothing is dropped.
"""

from __future__ import annotations

import uuid as uuid_mod
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from meetingdesk.model import clause_ad_ref, utc_now
from meetingdesk.services.base import Desk, ValidationError
from meetingdesk.text.brackets import count_open
from meetingdesk.text.merge3 import merge3

from .conflicts import CHOICES, CONFLICT_PREFIX, ConflictRecords, conflict_key, resolution_text
from .manifest import Manifest
from .merge_rows import RowMerge
from .sides import T_CLAUSE, T_VERSION, Side, as_uuid, fetch_versions

__all__ = ["CHOICES", "CONFLICT_PREFIX", "Merger", "conflict_key", "resolution_text"]


class Merger(RowMerge, ConflictRecords):
    """Merge ``incoming`` into ``target`` (both loaded as Sides) through session ``s``."""

    def __init__(
        self,
        desk: Desk,
        s: Session,
        target: Side,
        incoming: Side,
        manifest: Manifest,
        direction: str,
        resolutions: dict[tuple[str, str], tuple[str, str | None]] | None = None,
        incoming_session: Session | None = None,
    ) -> None:
        self.incoming_session = incoming_session
        self.desk, self.s, self.t, self.i, self.m = desk, s, target, incoming, manifest
        self.direction = direction
        self.resolutions = resolutions or {}
        self.versions = {**incoming.versions, **target.versions}
        self.vid = {u: v["id"] for u, v in target.versions.items()}
        self.cid = {u: c["id"] for u, c in target.clauses.items()}
        self.changes: dict[str, dict[str, Any]] = {}  # clause uuid -> new column values
        self.taken: list[tuple[str, str]] = []
        self.merged: list[tuple[str, str]] = []
        self.resolved: list[tuple[str, str]] = []
        self.conflicts: list[dict[str, Any]] = []
        self.status_events: list[tuple[str, str, str, list[str]]] = []
        self.counts = dict.fromkeys(
            ("new_clauses", "versions", "moved", "status", "proposals", "positions", "comments"),
            0,
        )
        self.notes: list[str] = []
        self._anc: dict[str, set[str]] = {}
        self.new_uuids: set[str] = set()

    # --- helpers --------------------------------------------------------------------------

    def ancestors(self, u: str | None) -> set[str]:
        if not u:
            return set()
        if u not in self._anc:
            out: set[str] = set()
            stack = [u]
            while stack:
                x = stack.pop()
                if x in out or x not in self.versions:
                    continue
                out.add(x)
                v = self.versions[x]
                stack.extend(p for p in (v["parent"], v["merge_parent"]) if p)
            self._anc[u] = out
        return self._anc[u]

    def common_base(self, a: str, b: str, hint: str | None) -> str | None:
        common = self.ancestors(a) & self.ancestors(b)
        if not common:
            return None
        # The best common ancestors: those that are no other common version's ancestor.
        below: set[str] = set()
        for o in common:
            below.update(x for x in self.ancestors(o) if x != o)
        best = sorted(common - below)
        if hint in best:
            return hint
        if len(best) == 1:
            return best[0]
        times = fetch_versions(self.s, sorted(best))
        return max(best, key=lambda c: (times[c]["created_at"], c))

    def version_id(self, u: str | None) -> int | None:
        """The target's id of version u (outside the loaded histories: looked up)."""
        if not u:
            return None
        if u not in self.vid:
            found = self.s.scalar(select(T_VERSION.c.id).where(T_VERSION.c.uuid == as_uuid(u)))
            if found is None:
                return None
            self.vid[u] = found
        return self.vid[u]

    def sides_text(self, target_text: str, incoming_text: str) -> tuple[str, str]:
        """(ours, theirs): ours is always the package."""
        if self.direction == "checkin":
            return incoming_text, target_text
        return target_text, incoming_text

    def people(self, t_head: str, i_head: str) -> dict[str, str]:
        """Who wrote each side of a text conflict (author and delegation code).

        The package side is its owner as the manifest names them (check-in records the
        package's versions under that login); its delegation is the owner's, else the one
        the version itself names. The main side is the main database's head version."""
        t_v, i_v = self.versions[t_head], self.versions[i_head]
        main_v, pkg_v = (t_v, i_v) if self.direction == "checkin" else (i_v, t_v)

        def code(v: dict[str, Any]) -> str:
            return self.t.delegation_codes.get(v.get("delegation") or "", "")

        return {
            "main_author": main_v.get("author") or "",
            "main_delegation": code(main_v),
            "package_author": (
                self.m.by if self.direction == "checkin" else (pkg_v.get("author") or self.m.by)
            ),
            "package_delegation": self.m.delegation or code(pkg_v),
        }

    def head(self, cu: str, lang: str) -> str | None:
        change = self.changes.get(cu, {})
        if f"head_{lang}" in change:
            return change[f"head_{lang}"]
        return self.t.clauses[cu][lang] if cu in self.t.clauses else None

    # --- steps ----------------------------------------------------------------------------

    def new_clauses(self) -> None:
        rows = []
        for cu, c in self.i.clauses.items():
            if cu in self.t.clauses or c["document"] not in self.t.docs:
                continue
            rows.append(
                {
                    "uuid": as_uuid(cu),
                    "document_id": self.t.docs[c["document"]]["id"],
                    "position": 0,
                    "kind": c["kind"],
                    "status": c["status"],
                    "created_at": c["created_at"],
                    "row_version": 1,
                }
            )
        if not rows:
            return
        for r in self.s.execute(
            insert(T_CLAUSE).returning(
                T_CLAUSE.c.id, T_CLAUSE.c.uuid, sort_by_parameter_order=True
            ),
            rows,
        ):
            cu = str(r.uuid)
            self.cid[cu] = r.id
            self.new_uuids.add(cu)
            src = self.i.clauses[cu]
            self.t.clauses[cu] = {
                **src,
                "id": r.id,
                "en": None,
                "ja": None,
                "en_id": None,
                "ja_id": None,
                "ad_ref": [],
            }
            self._set_ad_ref(cu, src["ad_ref"])
        self.counts["new_clauses"] = len(rows)

    def copy_versions(self) -> None:
        pending = [v for u, v in self.i.versions.items() if u not in self.vid]
        if pending:
            full = fetch_versions(self.incoming_session, [v["uuid"] for v in pending])
            pending = [{**v, **full[v["uuid"]]} for v in pending]
        while pending:
            ready, later = [], []
            for v in pending:
                deps = [v[k] for k in ("parent", "merge_parent", "translated_from") if v[k]]
                (ready if all(d in self.vid for d in deps) else later).append(v)
            if not ready:
                raise ValidationError(
                    "the package's version history refers to missing versions",
                    code="package_versions_missing",
                )
            self._insert_versions([self._version_row(v) for v in ready])
            self.counts["versions"] += len(ready)
            pending = later

    def _version_row(self, v: dict[str, Any]) -> dict[str, Any]:
        delegation = self.t.delegations.get(v["delegation"]) if v["delegation"] else None
        return {
            "uuid": as_uuid(v["uuid"]),
            "clause_id": self.cid[v["clause"]],
            "language": v["language"],
            "text": v["text"],
            # Checked in: written by the package's owner (named in the manifest the database
            # signed at check-out), never by whatever name the file itself carries.
            "author": self.m.by if self.direction == "checkin" else v["author"],
            "delegation_id": delegation,
            "created_at": v["created_at"],
            "note": _via(v["note"], self.desk.user_login)
            if self.direction == "checkin"
            else v["note"],
            "parent_id": self.vid.get(v["parent"]) if v["parent"] else None,
            "merge_parent_id": self.vid.get(v["merge_parent"]) if v["merge_parent"] else None,
            "translated_from_id": (
                self.vid.get(v["translated_from"]) if v["translated_from"] else None
            ),
        }

    def _insert_versions(self, rows: list[dict[str, Any]]) -> None:
        # One executemany, then the new ids by uuid: RETURNING in parameter order would send
        # one INSERT per row on SQLite (the table has no insert sentinel).
        self.s.execute(insert(T_VERSION), rows)
        vt = T_VERSION.c
        for start in range(0, len(rows), 500):
            chunk = [r["uuid"] for r in rows[start : start + 500]]
            for r in self.s.execute(select(vt.id, vt.uuid).where(vt.uuid.in_(chunk))):
                self.vid[str(r.uuid)] = r.id

    def texts(self) -> None:
        both: list[tuple[str, str, str, str]] = []
        for cu, ic in self.i.clauses.items():
            if cu not in self.t.clauses:
                continue
            for lang in ("en", "ja"):
                t_head, i_head = self.t.clauses[cu][lang], ic[lang]
                if cu in self.m.clauses and i_head == self.m.clauses[cu].get(lang):
                    continue  # the incoming side did not touch this text
                if i_head is None or i_head == t_head or i_head in self.ancestors(t_head):
                    continue
                if t_head is None or t_head in self.ancestors(i_head):
                    self.changes.setdefault(cu, {})[f"head_{lang}"] = i_head
                    self.taken.append((cu, lang))
                    continue
                both.append((cu, lang, t_head, i_head))
        if not both:
            return
        # Every incoming version is in the target by now: read the texts there.
        wanted = {u for _cu, _l, t, i in both for u in (t, i)}
        bases = {}
        for cu, lang, t_head, i_head in both:
            hint = self.m.clauses.get(cu, {}).get(lang)
            bases[(cu, lang)] = self.common_base(t_head, i_head, hint)
        wanted |= {b for b in bases.values() if b}
        full = fetch_versions(self.s, sorted(wanted))
        for u, extra in full.items():
            self.versions[u] = {**self.versions[u], **extra}
        merge_rows: list[dict[str, Any]] = []
        for cu, lang, t_head, i_head in both:
            self._text(cu, lang, t_head, i_head, bases[(cu, lang)], merge_rows)
        if merge_rows:
            self._insert_versions(merge_rows)

    def _text(
        self, cu: str, lang: str, t_head: str, i_head: str, base_u: str | None, merge_rows: list
    ) -> None:
        key = (cu, lang)
        base = self.versions[base_u]["text"] if base_u else ""
        t_text, i_text = self.versions[t_head]["text"], self.versions[i_head]["text"]
        ours, theirs = self.sides_text(t_text, i_text)
        result = merge3(base, ours, theirs)
        text = result.text_if_clean()
        people = self.people(t_head, i_head)
        if text is None and key in self.resolutions:
            choice, edited = self.resolutions[key]
            tags = (
                (people["package_delegation"],) if people["package_delegation"] else (),
                (people["main_delegation"],) if people["main_delegation"] else (),
            )
            text = resolution_text(choice, base, ours, theirs, edited, tags)
            self.resolved.append(key)
        elif text is None:
            self.conflicts.append(
                {
                    "kind": "text",
                    "clause": cu,
                    "lang": lang,
                    "base": base,
                    "ours": ours,
                    "theirs": theirs,
                    "chunks": result.chunks,
                    "people": people,
                    "record": {
                        "base": base_u,
                        "incoming": i_head,
                        "direction": self.direction,
                        "package_author": people["package_author"],
                        "package_delegation": people["package_delegation"],
                    },
                }
            )
            return
        else:
            self.merged.append(key)
        merge_rows.append(self.merge_version_row(cu, lang, text, t_head, i_head))

    def merge_version_row(
        self, cu: str, lang: str, text: str, t_head: str, i_head: str, note: str = ""
    ) -> dict[str, Any]:
        u = uuid_mod.uuid4()
        t_version = self.versions[t_head]
        translated = t_version.get("translated_from") if lang == "ja" else None
        self.changes.setdefault(cu, {})[f"head_{lang}"] = str(u)
        self.versions[str(u)] = {
            "parent": t_head,
            "merge_parent": i_head,
            "text": text,
            "created_at": utc_now(),
            "translated_from": translated,
        }
        if count_open(text) and self._status(cu)[0] in ("draft", "agreed", "ad_ref"):
            self._change_status(cu, "bracketed", [])
        return {
            "uuid": u,
            "clause_id": self.cid[cu],
            "language": lang,
            "text": text,
            "author": self.desk.user_login,
            "delegation_id": None,
            "created_at": utc_now(),
            "note": note or "merged offline work",
            "parent_id": self.vid[t_head],
            "merge_parent_id": self.vid[i_head],
            "translated_from_id": self.version_id(translated),
        }

    def _status(self, cu: str) -> tuple[str, list[str]]:
        change = self.changes.get(cu, {})
        c = self.t.clauses[cu]
        return change.get("status", c["status"]), change.get("ad_ref", c["ad_ref"])

    def _change_status(self, cu: str, status: str, ad_ref: list[str]) -> None:
        before = self._status(cu)[0]
        change = self.changes.setdefault(cu, {})
        change["status"], change["ad_ref"] = status, sorted(ad_ref)
        self.status_events.append((cu, before, status, sorted(ad_ref)))
        self.counts["status"] += 1

    def statuses(self) -> None:
        for cu, ic in self.i.clauses.items():
            if cu not in self.t.clauses:
                continue
            base_entry = self.m.clauses.get(cu)
            i_state = (ic["status"], ic["ad_ref"])
            t_state = self._status(cu)
            if i_state == (t_state[0], sorted(t_state[1])):
                continue
            base = (base_entry["status"], base_entry["ad_ref"]) if base_entry else None
            if base is not None and i_state == base:
                continue
            if base is not None and (t_state[0], sorted(t_state[1])) == base:
                self._change_status(cu, *i_state)
                continue
            ours, theirs = self.sides_text(t_state[0], i_state[0])
            self.conflicts.append(
                {
                    "kind": "status",
                    "clause": cu,
                    "lang": "",
                    "base": base[0] if base else "",
                    "ours": ours,
                    "theirs": theirs,
                }
            )

    def order(self) -> list[int]:
        """Merge the order of each document; returns the target ids in the new order."""
        from .ordering import merge_order

        placed: list[int] = []
        for du in self.m.documents:
            if du not in self.t.docs:
                continue
            target_order = [u for u in self.t.order(du) if u not in self.new_uuids]
            base = self.m.order.get(du, [])
            incoming = self.i.order(du)
            new, moved, conflicts = merge_order(base, target_order, incoming)
            for cu in conflicts:
                self.conflicts.append({"kind": "move", "clause": cu, "lang": ""})
            self.counts["moved"] += len(moved)
            if new != target_order:
                from meetingdesk.services.drafting.documents import place_clauses

                place_clauses(self.s, [self.cid[u] for u in new])
                placed.extend(self.cid[u] for u in new)
        return placed

    def _doc(self, cu: str) -> str | None:
        c = self.t.clauses.get(cu) or self.i.clauses.get(cu)
        return c["document"] if c else None

    def _set_ad_ref(self, cu: str, codes: list[str]) -> None:
        cid = self.cid[cu]
        self.s.execute(delete(clause_ad_ref).where(clause_ad_ref.c.clause_id == cid))
        rows = [
            {"clause_id": cid, "delegation_id": self.t.delegations[d]}
            for d in codes
            if d in self.t.delegations
        ]
        if rows:
            self.s.execute(insert(clause_ad_ref), rows)

    def write_clauses(self) -> None:
        if not self.changes:
            return
        rows = []
        for cu, change in self.changes.items():
            c = self.t.clauses[cu]
            en = change.get("head_en", c["en"])
            ja = change.get("head_ja", c["ja"])
            rows.append(
                {
                    "b_id": self.cid[cu],
                    "b_en": (self.vid[en] if en else None) if "head_en" in change else c["en_id"],
                    "b_ja": (self.vid[ja] if ja else None) if "head_ja" in change else c["ja_id"],
                    "b_status": change.get("status", c["status"]),
                }
            )
            if "ad_ref" in change:
                self._set_ad_ref(cu, change["ad_ref"])
        stmt = (
            update(T_CLAUSE)
            .where(T_CLAUSE.c.id == bindparam("b_id"))
            .values(
                head_en_id=bindparam("b_en"),
                head_ja_id=bindparam("b_ja"),
                status=bindparam("b_status"),
                row_version=T_CLAUSE.c.row_version + 1,
            )
        )
        self.s.connection().execute(stmt, rows)


def _via(note: str, checked_in_by: str) -> str:
    """A checked-in version's note says how it came in."""
    return f"{note} [via package, checked in by {checked_in_by}]".strip()
