"""The notes the program writes on versions are read in the reader's language; a note a
person typed is shown as written."""

from __future__ import annotations

import re

from meetingdesk.services import drafting, meetings
from meetingdesk.services.drafting import documents, resolution
from meetingdesk.services.drafting import proposals as pr
from meetingdesk.text.brackets import describe_resolution
from meetingdesk.ui.notes import version_note

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _english_left(shown: str, keep: tuple[str, ...] = ()) -> list[str]:
    for value in keep:
        shown = shown.replace(value, " ")
    return re.findall(r"[A-Za-z]{2,}", re.sub(r"\b[A-Z]{2,6}\b", " ", shown))


def _heads(desk):
    meeting = meetings.list_meetings(desk)[0]
    decl = documents.find_document(desk, meeting.id, "declaration")
    return decl, documents.document_text(desk, decl.id).clauses


def test_notes_the_services_write_read_in_japanese(qapp, japanese, demo_desk) -> None:
    decl, clauses = _heads(demo_desk)
    written: list[str] = []
    # a proposal accepted
    proposal = next(p for p in pr.list_proposals(demo_desk, decl.id) if p.status == "open")
    pr.accept_proposal(demo_desk, proposal.id, note="as agreed in the room")
    history = drafting.history(demo_desk, proposal.clause_id, "en")
    written.append(next(v.note for v in history if v.is_head))
    # an earlier text restored
    first = history[-1] if history[-1].id != history[0].id else history[0]
    clause = next(
        c for c in documents.document_text(demo_desk, decl.id).clauses if c.id == proposal.clause_id
    )
    drafting.restore_version(demo_desk, clause.id, first.id, clause.en_version_id)
    written.append(next(v.note for v in drafting.history(demo_desk, clause.id, "en") if v.is_head))
    # a bracket resolved, then undone
    bracketed = next(c for c in clauses if c.open_brackets)
    done = resolution.resolve_bracket(
        demo_desk,
        bracketed.id,
        "en",
        0,
        0,
        expected_en_head=bracketed.en_version_id,
        expected_ja_head=bracketed.ja_version_id,
    )
    resolution.undo_resolution(demo_desk, done)
    written += [v.note for v in drafting.history(demo_desk, bracketed.id, "en")[:2]]
    assert any("accepted" in n for n in written) and any(n.startswith("undid:") for n in written)
    for note in written:
        shown = version_note(note)
        assert JAPANESE.search(shown), (note, shown)
        assert not _english_left(shown, ("as agreed in the room",)), (note, shown)


def test_every_form_the_program_writes(qapp, japanese) -> None:
    text = "We [support {FRA} / welcome {USA, CAN}] the plan [and its annex]."
    notes = [
        describe_resolution(text, 0, 1),
        describe_resolution(text, 0, None),
        describe_resolution(text, 1, 0),
        "proposal of FRA incorporated as an alternative",
        "translation confirmed against English version 41",
        "CAN confirmed",
        "renumbered as clean text",
        "circulated under silence",
        "lapsed on adoption",
        "agreed on adoption of the document",
        "carried over from action 3. (annex)",
        "action edit",
        "conflict resolved (alternatives)",
        "imported from charter.docx\nFootnote: 脚注の本文\nJapanese missing in the imported text",
        "proposal of FRA accepted [via package, checked in by drafter]",
    ]
    assert notes[0] == "alternative 2 {USA, CAN} of bracket 1 kept"
    for note in notes:
        shown = version_note(note)
        assert shown != note and JAPANESE.search(shown), note
        assert not _english_left(shown, ("charter.docx", "drafter", "annex")), (note, shown)


def test_a_typed_note_stays_as_written(qapp, japanese) -> None:
    assert (
        version_note("agreed at the Friends of the Chair") == "agreed at the Friends of the Chair"
    )
    assert version_note("議長フレンズで合意") == "議長フレンズで合意"
    assert version_note("") == ""


def test_notes_in_english_keep_their_words(qapp) -> None:
    assert version_note("restored the text of version 12") == "restored the text of version 12"
    assert version_note("alternative 1 {FRA} of bracket 2 kept") == (
        "alternative 1 {FRA} of bracket 2 kept"
    )
