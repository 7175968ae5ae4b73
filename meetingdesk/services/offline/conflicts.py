"""Conflicts a merge leaves open: how they are remembered in the database (store_info
"offline.conflict.<clause>.<lang>", for resolve_conflict), the text a person's choice
gives, and how they are reported.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, insert, select

from meetingdesk.model import StoreInfo
from meetingdesk.services.base import ValidationError
from meetingdesk.services.drafting.documents import check_text
from meetingdesk.text.merge3 import merge3

from .report import ClauseChange, Conflict

CONFLICT_PREFIX = "offline.conflict."
T_INFO = StoreInfo.__table__
CHOICES = ("main", "package", "edit", "alternatives")
# The older names of the two sides, still accepted: ours is the package, theirs the main
# database, whichever way the merge ran.
_SIDES = {"package": "ours", "main": "theirs", "ours": "ours", "theirs": "theirs"}


def conflict_key(clause_uuid: str, lang: str) -> str:
    return f"{CONFLICT_PREFIX}{clause_uuid}.{lang}"


def resolution_text(
    choice: str,
    base: str,
    ours: str,
    theirs: str,
    text: str | None,
    tags: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
) -> str:
    """The text a person chose for a conflict: one side (main / package), their own wording,
    or both in brackets, each alternative tagged with its side's delegation (``tags``:
    package's codes, main database's codes): "[meaningful {CAN} / affordable {DEU}]"."""
    side = _SIDES.get(choice)
    if side == "ours":
        return ours
    if side == "theirs":
        return theirs
    if choice == "edit":
        if text is None:
            raise ValidationError(
                "an edited resolution needs its text", code="resolution_needs_text"
            )
        return check_text(text, "resolved text", part="resolved")
    if choice == "alternatives":
        merged = merge3(base, ours, theirs).text_with_alternatives(tags[0], tags[1])
        return check_text(merged, "resolved text", part="resolved")
    raise ValidationError(
        f"resolution {choice!r} is not one of {', '.join(CHOICES)}",
        code="bad_resolution",
        choice=choice,
    )


class ConflictRecords:
    """Mixed into Merger: uses its session, target side, conflict list and notes."""

    s: Any
    t: Any
    m: Any
    direction: str
    conflicts: list[dict[str, Any]]
    notes: list[str]

    def remember_conflicts(self, package: str) -> None:
        """Store each open text conflict (idempotently); drop records the merge settled."""
        existing = dict(
            self.s.execute(
                select(T_INFO.c.key, T_INFO.c.value).where(T_INFO.c.key.like(f"{CONFLICT_PREFIX}%"))
            ).all()
        )
        open_keys = set()
        for c in self.conflicts:
            if c["kind"] != "text":
                continue
            key = conflict_key(c["clause"], c["lang"])
            open_keys.add(key)
            value = json.dumps({**c["record"], "package": package}, sort_keys=True)
            if existing.get(key) == value:
                continue
            if key in existing:
                self.s.execute(delete(T_INFO).where(T_INFO.c.key == key))
            self.s.execute(insert(T_INFO), [{"key": key, "value": value}])
            self.notes.append(f"conflict recorded for {c['clause']} ({c['lang']})")
        for key, value in existing.items():
            if key in open_keys:
                continue
            cu, _, lang = key[len(CONFLICT_PREFIX) :].rpartition(".")
            if cu not in self.t.clauses:
                continue
            record = json.loads(value)
            if record.get("incoming") in self.ancestors(self.head(cu, lang)):
                self.s.execute(delete(T_INFO).where(T_INFO.c.key == key))

    # --- report ------------------------------------------------------------------------------

    def build_conflicts(self, labels: dict[str, tuple[int | None, str]]) -> tuple[Conflict, ...]:
        out = []
        for c in self.conflicts:
            cid, label = labels.get(c["clause"], (None, c["clause"] or c["lang"]))
            out.append(
                Conflict(
                    kind=c["kind"],
                    clause_uuid=c["clause"],
                    clause_id=cid,
                    label=label,
                    lang=c["lang"],
                    base=c.get("base", ""),
                    theirs=c.get("theirs", ""),
                    ours=c.get("ours", ""),
                    chunks=tuple(c.get("chunks", ())),
                    **(c.get("people") or self.side_people(c["clause"])),
                )
            )
        return tuple(out)

    def side_people(self, entity_uuid: str) -> dict[str, str]:
        """Who stands behind each side of a status, order or row conflict: the package is
        its owner's (as its signed manifest names them); the main database's side is whoever
        last changed that clause or row there, from the audit log (known when checking in,
        where the main database is the one being written; a pull leaves it blank)."""
        from meetingdesk.model import AuditEvent

        main = ""
        if self.direction == "checkin" and entity_uuid:
            main = (
                self.s.scalar(
                    select(AuditEvent.user_login)
                    .where(AuditEvent.entity_uuid == entity_uuid)
                    .order_by(AuditEvent.id.desc())
                    .limit(1)
                )
                or ""
            )
        return {
            "main_author": main,
            "main_delegation": "",
            "package_author": self.m.by,
            "package_delegation": self.m.delegation,
        }

    @staticmethod
    def changes_of(
        keys: list[tuple[str, str]], labels: dict[str, tuple[int | None, str]]
    ) -> tuple[ClauseChange, ...]:
        return tuple(
            ClauseChange(cu, labels.get(cu, (None, cu))[0], labels.get(cu, (None, cu))[1], lang)
            for cu, lang in keys
        )
