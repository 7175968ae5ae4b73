"""What the integrity check finds (guards, history, audit chain, signed heads, SQLite's own
checks), in the reader's language: problem code → sentence with {fields}, rendered by
ui/refusals; ``say`` renders one finding.

The store reports each finding as a text.problems.Problem: the English the command line
prints, plus a code and the facts (event ids, trigger and table names, clause numbers,
revision labels, signing times). Some facts are themselves findings' parts (where a
receipt came from, which clause a version belongs to): ``say`` renders those first, so the
whole sentence comes out in one language. Names (triggers, tables, document short names,
revision labels, SQLite's own messages) stay as they were written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def sentences() -> dict[str, str]:
    """Finding code → sentence with {fields}; read again on each call (a language switch)."""
    return {
        # the guard triggers
        "guard_missing": QCoreApplication.translate(
            "Findings", "Guard missing: the trigger {trigger} on table {table} is gone."
        ),
        "guard_altered": QCoreApplication.translate(
            "Findings",
            "Guard altered: the trigger {trigger} on table {table} is not the expected one.",
        ),
        "guard_disabled": QCoreApplication.translate(
            "Findings", "Guard {trigger} on table {table} is disabled (it must fire normally)."
        ),
        "guard_replica_only": QCoreApplication.translate(
            "Findings",
            "Guard {trigger} on table {table} is set to fire on replicas only (it must fire "
            "normally).",
        ),
        "guard_always": QCoreApplication.translate(
            "Findings",
            "Guard {trigger} on table {table} is set to fire always, even on replicas (it "
            "must fire normally).",
        ),
        "guard_fires_oddly": QCoreApplication.translate(
            "Findings",
            "Guard {trigger} on table {table} is in an unknown firing state {state} (it must "
            "fire normally).",
        ),
        "guard_function_altered": QCoreApplication.translate(
            "Findings",
            "Guard function altered: the trigger {trigger} on table {table} calls {function}(), "
            "which is not the expected code.",
        ),
        # the audit chain
        "audit_chain_broken": QCoreApplication.translate(
            "Findings", "Audit event {event}: the chain is broken before it (an event was removed)."
        ),
        "audit_event_altered": QCoreApplication.translate(
            "Findings", "Audit event {event} ({action}): its contents do not match its hash."
        ),
        "audit_never_signed": QCoreApplication.translate(
            "Findings", "The audit head was never signed (no valid signed head in the database)."
        ),
        "audit_unsigned_tail": QCoreApplication.translate(
            "Findings",
            "Audit events {first}–{last} were added after the last signed head (written "
            "outside the program).",
        ),
        "audit_unsigned_event": QCoreApplication.translate(
            "Findings",
            "Audit event {last} was added after the last signed head (written outside the "
            "program).",
        ),
        # signed heads and receipts
        "source_signed_head": QCoreApplication.translate("Findings", "signed head {head}"),
        "source_this_computer": QCoreApplication.translate(
            "Findings", "this computer's last receipt"
        ),
        "signed_head_unreadable": QCoreApplication.translate(
            "Findings", "Signed head {head} cannot be read (not a valid receipt)."
        ),
        "signed_head_columns_differ": QCoreApplication.translate(
            "Findings", "Signed head {head}: its columns differ from its signed receipt."
        ),
        "signed_head_other_database": QCoreApplication.translate(
            "Findings", "Signed head {head} was signed for another database ({database})."
        ),
        "receipt_other_database": QCoreApplication.translate(
            "Findings", "{source} belongs to another database ({database})."
        ),
        "receipt_forged": QCoreApplication.translate(
            "Findings",
            "{source}: the receipt of audit event {event} signed {signed} does not verify "
            "(forged or altered receipt).",
        ),
        "receipt_beyond_chain": QCoreApplication.translate(
            "Findings",
            "{source}: the receipt of audit event {event} signed {signed} goes beyond the "
            "audit chain, which ends at event {last} (events were removed).",
        ),
        "receipt_event_missing": QCoreApplication.translate(
            "Findings",
            "{source}: audit event {event}, signed {signed}, is missing from the audit chain.",
        ),
        "receipt_hash_differs": QCoreApplication.translate(
            "Findings",
            "{source}: audit event {event}, signed {signed}, has a different hash (the chain "
            "was rewritten).",
        ),
        # the content hashes (where: a clause, named below)
        "where_clause": QCoreApplication.translate("Findings", "{document} {clause}"),
        "where_clause_at": QCoreApplication.translate(
            "Findings", "{document}, the unnumbered clause at position {position} ({clause_kind})"
        ),
        "where_clause_deleted": QCoreApplication.translate(
            "Findings", "{document}, clause #{clause_id} (deleted or unnumbered)"
        ),
        "link_parent": QCoreApplication.translate("Findings", "parent version"),
        "link_merge_parent": QCoreApplication.translate("Findings", "merge parent"),
        "link_translation_source": QCoreApplication.translate("Findings", "translation source"),
        "version_hash_mismatch": QCoreApplication.translate(
            "Findings",
            "{where}, version {version} ({language}): the text or history does not match its "
            "content hash (altered or relinked).",
        ),
        "version_links_missing": QCoreApplication.translate(
            "Findings",
            "{where}, version {version} ({language}): its {links} is missing from the history.",
        ),
        "version_clause_missing": QCoreApplication.translate(
            "Findings", "{where}, version {version} ({language}): its clause is missing."
        ),
        "version_not_recorded": QCoreApplication.translate(
            "Findings",
            "{where}, version {version} ({language}) is not recorded in the audit chain "
            "(written outside the program, or altered).",
        ),
        "more_versions_not_recorded": QCoreApplication.translate(
            "Findings", "… and {count} more version(s) not recorded in the audit chain."
        ),
        "recorded_versions_differ": QCoreApplication.translate(
            "Findings",
            "Clause versions {first}–{last} no longer match the hashes the audit chain "
            "recorded for them.",
        ),
        "recorded_revisions_differ": QCoreApplication.translate(
            "Findings",
            "Revisions {first}–{last} no longer match the hashes the audit chain recorded "
            "for them.",
        ),
        "revision_text_mismatch": QCoreApplication.translate(
            "Findings",
            "{document} {label}: its text does not match the fingerprint recorded when it "
            "was frozen.",
        ),
        "revision_hash_mismatch": QCoreApplication.translate(
            "Findings",
            "{document} {label}: its entries do not match the revision's hash (altered).",
        ),
        "revision_not_recorded": QCoreApplication.translate(
            "Findings", "{document} {label}: the revision is not recorded in the audit chain."
        ),
        # adopted documents
        "adopted_without_revision": QCoreApplication.translate(
            "Findings", "{document} is marked adopted but has no adopted revision."
        ),
        "adopted_fingerprint_differs": QCoreApplication.translate(
            "Findings",
            "{document}: its adopted fingerprint is not that of its adopted revision {label}.",
        ),
        "adopted_fingerprint_not_recorded": QCoreApplication.translate(
            "Findings",
            "{document}: its adopted fingerprint differs from the one the audit chain recorded "
            "at adoption.",
        ),
        "added_after_adoption": QCoreApplication.translate(
            "Findings", "{where} was added after adoption."
        ),
        "adopted_text_moved": QCoreApplication.translate(
            "Findings",
            "{where}: its {language} text moved after adoption (the current version is "
            "{now}, the adopted one {adopted}).",
        ),
        # the schema and SQLite's own checks
        "schema_not_current": QCoreApplication.translate(
            "Findings", "The database's schema {schema} is not the program's ({program})."
        ),
        "schema_predates_hashes": QCoreApplication.translate(
            "Findings",
            "Schema {schema} predates content hashes: open the database with MeetingDesk once "
            "to migrate it (the check never migrates).",
        ),
        "sqlite_integrity": QCoreApplication.translate(
            "Findings", "SQLite integrity check: {detail}"
        ),
        "sqlite_foreign_key": QCoreApplication.translate(
            "Findings",
            "Foreign key broken: row {row} of table {table} points to a missing row of {parent}.",
        ),
    }


def say(problem: object, zone: str = "UTC") -> str:
    """One finding in the reader's language; its parts that are findings themselves (where a
    receipt came from, the clause a version belongs to) are said first. A plain string (no
    code) is shown as written."""
    from meetingdesk.text.problems import Problem
    from meetingdesk.ui import problems

    code = getattr(problem, "code", "")
    if not code:
        return str(problem)
    params = {name: _part(name, value, zone) for name, value in problem.params.items()}
    return problems.say(Problem(str(problem), code, **params), zone)


def _part(name: str, value: object, zone: str) -> object:
    """A fact as the sentence shows it: nested findings said, codes turned into labels."""
    from meetingdesk.ui import labels

    if getattr(value, "code", ""):
        return say(value, zone)
    if isinstance(value, list | tuple):
        return QCoreApplication.translate("Findings", ", ").join(
            str(_part(name, v, zone)) for v in value
        )
    if name == "language":
        return labels.language_name(str(value))
    if name == "clause_kind":
        return labels.clause_kind(str(value))
    if name == "action":
        return labels.audit_action(str(value))
    if name == "label":
        return labels.revision_name(str(value))
    return value
