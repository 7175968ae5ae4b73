"""Pure hashing and signing: every field counts, receipts verify only as signed."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingdesk.integrity.anchor import (
    Receipt,
    ReceiptError,
    chain_problems,
    new_private_key,
    receipt_from_bytes,
    sign_head,
    signature_ok,
)
from meetingdesk.integrity.hashing import (
    EntryFacts,
    RevisionFacts,
    VersionFacts,
    canonical_time,
    revision_hash,
    version_hash,
)

WHEN = datetime(2016, 4, 30, 3, 15, 7, 123456, tzinfo=UTC)
V = VersionFacts(
    uuid="11111111-1111-1111-1111-111111111111",
    clause_uuid="22222222-2222-2222-2222-222222222222",
    language="en",
    text="We, the G7 ICT Ministers, met in Takamatsu.",
    author="secretariat",
    delegation_uuid="",
    created_at=WHEN,
    note="first text",
    parent_hash="a" * 64,
)


@pytest.mark.parametrize(
    "change",
    [
        {"text": "We, the G7 ICT Ministers, met in Kagawa."},
        {"language": "ja"},
        {"author": "chair"},
        {"delegation_uuid": "33333333-3333-3333-3333-333333333333"},
        {"created_at": WHEN + timedelta(microseconds=1)},
        {"note": ""},
        {"parent_hash": "b" * 64},
        {"merge_parent_hash": "c" * 64},
        {"translated_from_hash": "d" * 64},
        {"clause_uuid": "44444444-4444-4444-4444-444444444444"},
    ],
)
def test_every_field_of_a_version_changes_its_hash(change: dict) -> None:
    assert version_hash(dataclasses.replace(V, **change)) != version_hash(V)


def test_time_is_read_the_same_from_either_engine() -> None:
    tokyo = WHEN.astimezone(timezone(timedelta(hours=9)))
    naive_utc = WHEN.replace(tzinfo=None)  # what SQLite gives back
    assert canonical_time(tokyo) == canonical_time(naive_utc) == canonical_time(WHEN)
    assert version_hash(dataclasses.replace(V, created_at=tokyo)) == version_hash(V)


def test_revision_hash_covers_entries_and_their_versions() -> None:
    e = EntryFacts("c1", 1, "1.", "operative", "agreed", "", "e" * 64, "f" * 64)
    r = RevisionFacts("r", "d", 1, "Rev.1", "chair", "", "chair", WHEN, "0" * 64, (e,))
    base = revision_hash(r)
    assert revision_hash(dataclasses.replace(r, entries=(dataclasses.replace(e, number="2."),)))
    for change in ({"en_hash": "9" * 64}, {"position": 2}, {"status": "bracketed"}):
        assert revision_hash(dataclasses.replace(r, entries=(dataclasses.replace(e, **change),)))
        assert (
            revision_hash(dataclasses.replace(r, entries=(dataclasses.replace(e, **change),)))
            != base
        )
    assert revision_hash(dataclasses.replace(r, content_hash="1" * 64)) != base


def test_receipt_signature_and_chain() -> None:
    key = new_private_key()
    rec = sign_head(key, "db", 5, "h5", "2016-04-30T00:00:00+00:00")
    assert signature_ok(rec)
    again = Receipt.from_json(rec.to_json())
    assert again == rec and signature_ok(again)
    chain = {1: "h1", 5: "h5"}
    assert chain_problems(rec, chain, 5) == []
    assert "shorter than the receipt" in chain_problems(rec, {1: "h1"}, 1)[0]
    assert "rewritten" in chain_problems(rec, {5: "other"}, 6)[0]
    forged = dataclasses.replace(rec, event_id=4)
    assert not signature_ok(forged)
    assert "does not verify" in chain_problems(forged, {4: "h5"}, 5)[0]
    other = sign_head(new_private_key(), "db", 5, "h5", rec.signed_at)
    assert signature_ok(other) and other.key_id != rec.key_id


def test_receipt_from_json_or_garbage() -> None:
    rec = sign_head(new_private_key(), "db", 1, "h", "t")
    assert receipt_from_bytes(rec.to_json().encode()) == rec
    for junk in (b"", b"{}", b"\xff\xfe", b"%PDF-1.4 broken"):
        with pytest.raises(ReceiptError):
            receipt_from_bytes(junk, "junk")


_field = st.text(max_size=40)
_hex = st.text(alphabet="0123456789abcdef-", max_size=36)


@settings(max_examples=400, deadline=None)
@given(
    uuid=_hex,
    clause_uuid=_hex,
    language=st.sampled_from(["en", "ja"]),
    text=st.text(max_size=300),
    author=_field,
    delegation=_hex,
    at=st.sampled_from(["2016-04-30T01:02:03.000004Z", "2026-11-29T23:00:00.000000Z"]),
    note=_field,
    parents=st.tuples(_hex, _hex, _hex),
)
def test_the_fast_version_hash_of_check_equals_the_reference(
    uuid, clause_uuid, language, text, author, delegation, at, note, parents
) -> None:
    """`check` hashes texts as the database's UTF-8 bytes, quoting fields in bulk; it must
    give the digest written at insert for every text (quotes, backslashes, control
    characters, ideographic spaces, emoji, surrogate-free Unicode)."""
    from meetingdesk.integrity.hashing import version_hash_of, version_hash_raw

    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return  # a lone surrogate cannot be stored as UTF-8 in the first place
    fields = (author, delegation, at, note, *parents)
    want = version_hash_of(uuid, clause_uuid, language, text, *fields)
    assert version_hash_raw(uuid, clause_uuid, language, data, *fields) == want
    assert version_hash_raw(uuid, clause_uuid, language, text, *fields) == want


def test_text_bytes_that_are_not_utf8_never_match() -> None:
    from meetingdesk.integrity.hashing import version_hash_of, version_hash_raw

    fields = ("a", "", "2016-04-30T01:02:03.000004Z", "", "", "", "")
    good = version_hash_of("u", "c", "en", 'caf\u00e9 "x"', *fields)
    assert version_hash_raw("u", "c", "en", b'caf\xe9 "x"', *fields) != good
    assert version_hash_raw("u", "c", "en", b"caf\xe9", *fields) != version_hash_of(
        "u", "c", "en", "caf\u00e9", *fields
    )
