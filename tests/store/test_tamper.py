"""Each attack from issue 15 on both engines: `check` names what was changed, or the
database refuses the write. The attacker edits rows with plain SQL as the owning role."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError

from meetingdesk.services.base import Desk, FrozenError
from meetingdesk.services.drafting import documents as docs

from .tamper_world import build, drop_guard, fix_hashes, problems, raw, restore_guard, scalar


@pytest.fixture
def world(desk: Desk) -> dict:
    return build(desk)


def _doc_guard(desk: Desk) -> str:
    return "document_adopted_update" if desk.is_sqlite else "document_guard"


def _version(desk: Desk, clause_id: int, text_like: str) -> int:
    return scalar(
        desk,
        "SELECT id FROM clause_version WHERE clause_id = :c AND text = :t",
        c=clause_id,
        t=text_like,
    )


def test_edited_text_with_trigger_put_back_is_named(desk: Desk, world: dict) -> None:
    cid = world["cid"]
    vid = _version(desk, cid, "Access for everyone.")
    drop_guard(desk, "clause_version_no_update")
    raw(desk, "UPDATE clause_version SET text = 'Access for some.' WHERE id = :v", v=vid)
    restore_guard(desk, "clause_version_no_update")
    found = problems(desk)
    assert any(f"charter clause 1, version {vid} (en)" in p and "content hash" in p for p in found)


def test_edited_text_with_rehashed_row_is_named_by_the_audit(desk: Desk, world: dict) -> None:
    """The attacker recomputes the row's own hash and its child's: the audit still knows."""
    cid = world["cid"]
    vid = _version(desk, cid, "Access for everyone.")
    drop_guard(desk, "clause_version_no_update")
    raw(desk, "UPDATE clause_version SET text = 'Access for some.' WHERE id = :v", v=vid)
    with desk.engine.begin() as conn:  # recompute every stored hash, in order
        fix_hashes(conn)
    restore_guard(desk, "clause_version_no_update")
    found = problems(desk)
    assert not any("content hash" in p for p in found), found
    assert any(f"version {vid} (en): not recorded in the audit chain" in p for p in found)


def test_trigger_replaced_by_a_same_named_one(desk: Desk, world: dict) -> None:
    drop_guard(desk, "clause_version_no_update")
    if desk.is_sqlite:
        raw(
            desk,
            "CREATE TRIGGER clause_version_no_update BEFORE UPDATE ON clause_version "
            "BEGIN SELECT 1; END",
        )
    else:
        raw(
            desk,
            "CREATE TRIGGER clause_version_no_update AFTER UPDATE ON clause_version "
            "FOR EACH ROW EXECUTE FUNCTION meetingdesk_refuse_change()",
        )
    assert any(
        "guard altered: trigger clause_version_no_update on clause_version" in p
        for p in problems(desk)
    )


def test_trigger_function_replaced_by_one_that_does_nothing(desk: Desk, world: dict) -> None:
    if desk.is_sqlite:
        pytest.skip("SQLite triggers have no separate function")
    raw(
        desk,
        "CREATE OR REPLACE FUNCTION meetingdesk_refuse_change() RETURNS trigger AS "
        "$$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql",
    )
    raw(desk, "UPDATE clause_version SET note = 'changed'")
    found = problems(desk)
    assert any("guard function altered: clause_version_no_update" in p for p in found)
    assert any("content hash" in p for p in found)


@pytest.mark.parametrize("mode", ["REPLICA", "ALWAYS", "DISABLE"])
def test_trigger_switched_off_or_to_replica(desk: Desk, world: dict, mode: str) -> None:
    if desk.is_sqlite:
        pytest.skip("PostgreSQL trigger firing modes")
    verb = "DISABLE TRIGGER" if mode == "DISABLE" else f"ENABLE {mode} TRIGGER"
    raw(desk, f"ALTER TABLE audit_event {verb} audit_event_no_delete")
    word = {"REPLICA": "replicas only", "ALWAYS": "ALWAYS", "DISABLE": "disabled"}[mode]
    assert any(
        "guard audit_event_no_delete on audit_event is" in p and word in p for p in problems(desk)
    )


def test_version_removed_from_the_middle_and_child_relinked(desk: Desk, world: dict) -> None:
    cid = world["cid"]
    middle = _version(desk, cid, "Access for everyone.")
    child = _version(desk, cid, "Access for everyone, everywhere.")
    parent = scalar(desk, "SELECT parent_id FROM clause_version WHERE id = :v", v=middle)
    for name in ("clause_version_no_update", "clause_version_no_delete"):
        drop_guard(desk, name)
    raw(
        desk,
        "UPDATE clause_version SET parent_id = :p WHERE id = :c",
        "DELETE FROM clause_version WHERE id = :m",
        p=parent,
        c=child,
        m=middle,
    )
    for name in ("clause_version_no_update", "clause_version_no_delete"):
        restore_guard(desk, name)
    found = problems(desk)
    assert any(f"charter clause 1, version {child} (en)" in p for p in found), found


def test_last_audit_events_deleted(desk: Desk, world: dict) -> None:
    last = scalar(desk, "SELECT max(id) FROM audit_event")
    drop_guard(desk, "audit_event_no_delete")
    raw(desk, "DELETE FROM audit_event WHERE id > :n", n=last - 2)
    restore_guard(desk, "audit_event_no_delete")
    found = problems(desk)
    assert any("shorter than the receipt" in p for p in found), found


def test_every_audit_event_and_signed_head_deleted(desk: Desk, world: dict) -> None:
    for name in ("audit_event_no_delete", "audit_anchor_no_delete"):
        drop_guard(desk, name)
    raw(desk, "DELETE FROM audit_event", "DELETE FROM audit_anchor")
    found = problems(desk)
    assert any("this computer's last receipt" in p and "shorter" in p for p in found), found
    assert any("not recorded in the audit chain" in p for p in found)


def test_event_edited_and_every_later_hash_recomputed(desk: Desk, world: dict) -> None:
    import sqlalchemy as sa

    from meetingdesk.model import AuditEvent
    from meetingdesk.services.base import audit_hash

    drop_guard(desk, "audit_event_no_update")
    first = scalar(desk, "SELECT min(id) FROM audit_event")
    raw(desk, "UPDATE audit_event SET summary = 'nothing happened' WHERE id = :i", i=first)
    with desk.write() as s:  # rewrite the chain from there on, link by link
        prev = ""
        for event in s.scalars(sa.select(AuditEvent).order_by(AuditEvent.id)):
            event.prev_hash = prev
            event.hash = audit_hash(event)
            prev = event.hash
            s.flush()
    restore_guard(desk, "audit_event_no_update")
    found = problems(desk)
    assert not any("contents do not match" in p or "chain broken" in p for p in found)
    assert any("chain was rewritten" in p for p in found), found


def test_truncate_refused(desk: Desk, world: dict) -> None:
    if desk.is_sqlite:
        pytest.skip("SQLite has no TRUNCATE (DELETE is refused row by row)")
    for table in ("audit_event", "clause_version", "audit_anchor"):
        with pytest.raises(DBAPIError, match="immutable"):
            raw(desk, f"TRUNCATE {table} CASCADE")
    assert scalar(desk, "SELECT count(*) FROM audit_event") > 0


def test_adopted_text_changed_and_fingerprints_recomputed(desk: Desk, world: dict) -> None:
    """Edit the adopted wording, then recompute revision.content_hash and adopted_hash."""
    from meetingdesk.services.drafting.reading import text_hash

    decl = world["decl"]
    vid = _version(desk, world["decl_clauses"][1], "We promote open, secure access.")
    for name in ("clause_version_no_update", "revision_no_update", _doc_guard(desk)):
        drop_guard(desk, name)
    raw(desk, "UPDATE clause_version SET text = 'We limit access.' WHERE id = :v", v=vid)
    frozen = docs.document_text(desk, decl.id, revision_label="Adopted")
    forged = text_hash(frozen.clauses)
    raw(
        desk,
        "UPDATE revision SET content_hash = :h WHERE document_id = :d",
        "UPDATE document SET adopted_hash = :h WHERE id = :d",
        h=forged,
        d=decl.id,
    )
    for name in ("clause_version_no_update", "revision_no_update", _doc_guard(desk)):
        restore_guard(desk, name)
    found = problems(desk)
    assert any(f"decl clause 1, version {vid} (en)" in p for p in found), found
    assert any("decl Adopted" in p for p in found)
    assert any("decl: its adopted fingerprint differs" in p for p in found)


def test_adopted_status_cannot_be_set_back(desk: Desk, world: dict) -> None:
    decl = world["decl"]
    with pytest.raises(DBAPIError, match="adopted"):
        raw(desk, "UPDATE document SET status = 'draft' WHERE id = :d", d=decl.id)
    with pytest.raises(DBAPIError, match="adopted"):
        raw(desk, "UPDATE document SET adopted_hash = 'x' WHERE id = :d", d=decl.id)
    with pytest.raises(DBAPIError, match="adopted"):
        raw(desk, "DELETE FROM document WHERE id = :d", d=decl.id)


def test_status_set_back_edited_and_readopted_is_found(desk: Desk, world: dict) -> None:
    decl, clause = world["decl"], world["decl_clauses"][2]
    drop_guard(desk, _doc_guard(desk))
    raw(desk, "UPDATE document SET status = 'negotiation' WHERE id = :d", d=decl.id)
    head = scalar(desk, "SELECT head_en_id FROM clause WHERE id = :c", c=clause)
    docs.save_text(desk, clause, "en", "We stop research.", expected_head=head)
    raw(desk, "UPDATE document SET status = 'adopted' WHERE id = :d", d=decl.id)
    restore_guard(desk, _doc_guard(desk))
    found = problems(desk)
    assert any("decl clause 2: its en text moved after adoption" in p for p in found), found


def test_writes_into_an_adopted_document_are_refused_by_the_database(
    desk: Desk, world: dict
) -> None:
    decl, clause = world["decl"], world["decl_clauses"][0]
    before = scalar(desk, "SELECT count(*) FROM clause_version")
    with pytest.raises(DBAPIError, match="adopted"):
        raw(
            desk,
            "INSERT INTO clause_version (uuid, clause_id, language, text, author, created_at, "
            "note, content_hash) SELECT uuid, clause_id, language, 'forged', author, "
            "created_at, note, content_hash FROM clause_version WHERE clause_id = :c LIMIT 1",
            c=clause,
        )
    with pytest.raises(DBAPIError, match="adopted"):
        raw(desk, "UPDATE clause SET position = position + 1 WHERE document_id = :d", d=decl.id)
    with pytest.raises(FrozenError):
        head = scalar(desk, "SELECT head_en_id FROM clause WHERE id = :c", c=clause)
        docs.save_text(desk, clause, "en", "Changed.", expected_head=head)
    assert scalar(desk, "SELECT count(*) FROM clause_version") == before


def test_version_without_hash_refused(desk: Desk, world: dict) -> None:
    cid = world["cid"]
    with pytest.raises(DBAPIError, match="content hash"):
        raw(
            desk,
            "INSERT INTO clause_version (uuid, clause_id, language, text, author, created_at, "
            "note, content_hash) SELECT uuid, clause_id, language, 'x', author, created_at, "
            "note, '' FROM clause_version WHERE clause_id = :c LIMIT 1",
            c=cid,
        )


def test_forged_revision_hash_is_named(desk: Desk, world: dict) -> None:
    drop_guard(desk, "revision_no_update")
    raw(desk, "UPDATE revision SET tree_hash = :h WHERE label = 'Rev.1'", h="0" * 64)
    restore_guard(desk, "revision_no_update")
    found = problems(desk)
    assert any("decl Rev.1: its entries do not match" in p for p in found), found


def test_exported_pdf_is_a_receipt_the_chain_must_still_hold(
    desk: Desk, world: dict, tmp_path
) -> None:
    from meetingdesk.integrity.anchor import receipt_from_bytes
    from meetingdesk.services import exports
    from meetingdesk.services.meetings.maintenance import check

    out = tmp_path / "charter.pdf"
    exports.export(
        desk, "compilation", out, meeting_id=world["meeting"].id, document="charter", lang="en"
    )
    receipt = receipt_from_bytes(out.read_bytes(), out.name)
    assert check(desk, [(out.name, receipt)]).ok
    assert f"audit head {receipt.event_id}" in _pdf_text(out)
    for name in ("audit_event_no_delete", "audit_anchor_no_delete"):
        drop_guard(desk, name)
    raw(desk, "DELETE FROM audit_anchor WHERE event_id >= :n", n=receipt.event_id - 1)
    raw(desk, "DELETE FROM audit_event WHERE id >= :n", n=receipt.event_id - 1)
    for name in ("audit_event_no_delete", "audit_anchor_no_delete"):
        restore_guard(desk, name)
    from meetingdesk.store import keys

    keys.receipt_path(desk.db_uuid).unlink()  # only the PDF is left to tell
    found = check(desk, [(out.name, receipt)]).problems
    assert any(p.startswith("charter.pdf:") and "shorter than the receipt" in p for p in found)


def _pdf_text(path) -> str:
    import subprocess

    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
