"""What a check-out, check-in or pull did: frozen values for the window and the CLI.

"Ours" is always the package (the drafter's laptop), "theirs" the main database's work,
whichever direction the merge runs; people are shown "this package" and "main database".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from meetingdesk.text.merge3 import MergeChunk


@dataclass(frozen=True)
class PackageInfo:
    path: str
    source_db: str
    meeting_uuid: str
    documents: tuple[str, ...]  # short names
    clauses: int
    versions: int
    manifest_sha256: str
    by: str = ""  # the user who took it
    delegation: str = ""  # whose laptop it is (a delegation code), "" when not named


@dataclass(frozen=True)
class ClauseChange:
    """One clause (and language, "" for order or status) the merge touched."""

    clause_uuid: str
    clause_id: int | None
    label: str
    lang: str = ""


@dataclass(frozen=True)
class Conflict:
    """Both sides changed the same thing differently; the target keeps its own until resolved.

    kind: "text" (lang en/ja; base/theirs/ours are texts, chunks the merge), "status",
    "move" or "row" (a proposal, position or comment; base/theirs/ours describe the values).
    """

    kind: str
    clause_uuid: str
    clause_id: int | None
    label: str
    lang: str = ""
    base: str = ""
    theirs: str = ""
    ours: str = ""
    chunks: tuple[MergeChunk, ...] = ()
    document: str = ""  # the document's short name, where known
    # Who wrote each side: the main database's head and the package's (its owner).
    main_author: str = ""
    main_delegation: str = ""
    package_author: str = ""
    package_delegation: str = ""

    @property
    def main_text(self) -> str:
        return self.theirs

    @property
    def package_text(self) -> str:
        return self.ours

    def tags(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(package side, main side) delegation codes for bracketed alternatives."""
        return (
            (self.package_delegation,) if self.package_delegation else (),
            (self.main_delegation,) if self.main_delegation else (),
        )


@dataclass(frozen=True)
class MergeReport:
    direction: str  # "checkin" or "pull"
    package: str
    taken: tuple[ClauseChange, ...] = ()
    merged: tuple[ClauseChange, ...] = ()
    resolved: tuple[ClauseChange, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    new_clauses: int = 0
    versions_copied: int = 0
    moved: int = 0
    status_changes: int = 0
    proposals: int = 0
    positions: int = 0
    comments: int = 0
    notes: tuple[str, ...] = field(default=())

    @property
    def changed(self) -> bool:
        return bool(
            self.taken
            or self.merged
            or self.resolved
            or self.new_clauses
            or self.versions_copied
            or self.moved
            or self.status_changes
            or self.proposals
            or self.positions
            or self.comments
        )

    @property
    def text_conflicts(self) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if c.kind == "text")

    def summary(self) -> str:
        """One line for the command line and the audit log."""
        return (
            f"{len(self.taken)} taken, {len(self.merged)} merged, "
            f"{len(self.conflicts)} conflict{'s' if len(self.conflicts) != 1 else ''}; "
            f"{self.new_clauses} new clause(s), {self.versions_copied} version(s) copied, "
            f"{self.moved} moved, {self.status_changes} status change(s), "
            f"{self.proposals} proposal(s), {self.positions} position(s), "
            f"{self.comments} comment(s)"
        )
