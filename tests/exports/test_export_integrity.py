# SPDX-License-Identifier: GPL-3.0-or-later
"""Adopted final text: no watermark, fingerprint in the footer, `verify` against the database
(SQLite and PostgreSQL); bad input leaves no file behind and changes nothing."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import select, text

from meetingdesk.formats.labels import LABELS
from meetingdesk.model import Clause, ClauseVersion
from meetingdesk.services import meetings
from meetingdesk.services.base import DeskError, ValidationError
from meetingdesk.services.drafting import documents
from meetingdesk.services.exports import ExportCancelledError, export, verify_pdf

from .pdfcheck import adopt, pdftotext, pypdf_text, small_meeting


def _final(desk, meeting_id, out, **kw):
    return export(desk, "final", out, meeting_id=meeting_id, document="statement", **kw)


def test_adopted_final_has_fingerprint_no_watermark_and_verifies(desk, tmp_path):
    meeting_id, doc_id = small_meeting(desk)
    draft = _final(desk, meeting_id, tmp_path / "draft.pdf")
    assert "DRAFT" in pdftotext(draft.path)
    assert verify_pdf(desk, draft.path).ok is False  # a draft carries no fingerprint

    adopt(desk, doc_id)
    doc = documents.find_document(desk, meeting_id, "statement")
    assert doc.status == "adopted" and len(doc.adopted_hash) == 64
    result = _final(desk, meeting_id, tmp_path / "adopted.pdf")
    extracted = pdftotext(result.path)
    assert "DRAFT" not in extracted and "草案" not in extracted
    assert doc.adopted_hash in "".join(pypdf_text(result.path).split())
    check = verify_pdf(desk, result.path)
    assert check.ok, check.message
    assert check.printed_hash == check.database_hash == doc.adopted_hash
    assert check.document == "statement"


def test_verify_detects_a_tampered_database_text(sqlite_desk, tmp_path):
    desk = sqlite_desk
    meeting_id, doc_id = small_meeting(desk)
    adopt(desk, doc_id)
    out = _final(desk, meeting_id, tmp_path / "adopted.pdf").path
    assert verify_pdf(desk, out).ok
    # Someone goes around the program: drops the history guard and edits a frozen version.
    with desk.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER clause_version_no_update"))
        conn.execute(
            text(
                "UPDATE clause_version SET text = 'We affirm nothing.' WHERE text LIKE "
                "'We affirm the value%'"
            )
        )
    check = verify_pdf(desk, out)
    assert not check.ok
    assert "MISMATCH" in check.message and check.database_hash != check.printed_hash


def test_verify_detects_a_pdf_of_another_text(sqlite_desk, tmp_path):
    desk = sqlite_desk
    meeting_id, doc_id = small_meeting(desk)
    adopt(desk, doc_id)
    out = _final(desk, meeting_id, tmp_path / "adopted.pdf").path
    data = out.read_bytes()
    doc = documents.find_document(desk, meeting_id, "statement")
    forged = data.replace(doc.adopted_hash.encode(), b"0" * 64)
    (tmp_path / "forged.pdf").write_bytes(forged)
    check = verify_pdf(desk, tmp_path / "forged.pdf")
    assert not check.ok


def _no_pdf_left(folder):
    return not [p for p in folder.iterdir() if p.suffix in (".pdf", ".part")]


def test_unbalanced_brackets_refused_for_final(sqlite_desk, tmp_path):
    desk = sqlite_desk
    meeting_id, doc_id = small_meeting(desk)
    # The services refuse such text; a version written by an old or foreign tool still can be.
    with desk.write() as s:
        clause = s.scalars(select(Clause).where(Clause.document_id == doc_id)).all()[2]
        bad = ClauseVersion(
            clause_id=clause.id,
            language="en",
            text="We [shall act.",
            author="old-tool",
            parent_id=clause.head_en_id,
        )
        s.add(bad)
        s.flush()
        clause.head_en_id = bad.id
    before = meetings.counts(desk)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(DeskError, match="unbalanced"):
        _final(desk, meeting_id, out_dir / "final.pdf")
    assert _no_pdf_left(out_dir)
    assert meetings.counts(desk) == before
    # the compilation shows it as written instead of refusing
    export(desk, "compilation", out_dir / "c.pdf", meeting_id=meeting_id, document="statement")


def test_missing_japanese_font_is_a_clear_error(sqlite_desk, tmp_path, monkeypatch):
    desk = sqlite_desk
    meeting_id, _ = small_meeting(desk)
    monkeypatch.setenv("MEETINGDESK_CJK_FONT", str(tmp_path / "no-such-font.ttf"))
    with pytest.raises(DeskError) as caught:
        _final(desk, meeting_id, tmp_path / "f.pdf")
    message = str(caught.value)
    assert "MEETINGDESK_CJK_FONT" in message and "fonts-ipaexfont" in message
    assert _no_pdf_left(tmp_path)


def test_unusable_font_file_is_a_clear_error(sqlite_desk, tmp_path):
    desk = sqlite_desk
    meeting_id, _ = small_meeting(desk)
    fake = tmp_path / "fake.ttf"
    fake.write_bytes(b"not a font")
    with pytest.raises(DeskError, match="cannot be embedded"):
        _final(desk, meeting_id, tmp_path / "f.pdf", font=str(fake))
    assert not (tmp_path / "f.pdf").exists()


def test_fallback_font_gives_a_visible_warning(sqlite_desk, tmp_path, monkeypatch):
    from meetingdesk.formats.pdf import fonts

    gothic = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
    if not os.path.exists(gothic):
        pytest.skip("IPAex Gothic is not installed")
    desk = sqlite_desk
    meeting_id, _ = small_meeting(desk)
    monkeypatch.delenv("MEETINGDESK_CJK_FONT", raising=False)
    monkeypatch.setattr(fonts, "CJK_CANDIDATES", ((gothic, 0),))
    result = _final(desk, meeting_id, tmp_path / "f.pdf")
    assert any("IPAex Mincho not found" in w for w in result.warnings)
    assert "ipaexg" in result.fonts


def test_unwritable_folder(sqlite_desk, tmp_path):
    desk = sqlite_desk
    meeting_id, _ = small_meeting(desk)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who bypasses permissions (root)")
        with pytest.raises(DeskError, match="cannot write"):
            _final(desk, meeting_id, locked / "f.pdf")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_missing_folder_and_bad_arguments(sqlite_desk, tmp_path):
    desk = sqlite_desk
    meeting_id, _ = small_meeting(desk)
    with pytest.raises(DeskError, match="does not exist"):
        _final(desk, meeting_id, tmp_path / "nowhere" / "f.pdf")
    with pytest.raises(ValidationError, match="unknown export kind"):
        export(desk, "poster", tmp_path / "p.pdf", meeting_id=meeting_id)
    with pytest.raises(ValidationError, match="needs a document"):
        export(desk, "final", tmp_path / "p.pdf", meeting_id=meeting_id)
    with pytest.raises(DeskError, match="no document named"):
        export(desk, "final", tmp_path / "p.pdf", meeting_id=meeting_id, document="nope")
    with pytest.raises(DeskError, match="--from"):
        export(desk, "redline", tmp_path / "p.pdf", meeting_id=meeting_id, document="statement")
    with pytest.raises(ValidationError, match="language"):
        _final(desk, meeting_id, tmp_path / "p.pdf", lang="fr")
    assert _no_pdf_left(tmp_path)


def test_cancel_leaves_no_file(sqlite_desk, tmp_path):
    desk = sqlite_desk
    meeting_id, _ = small_meeting(desk)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    folder = tmp_path / "out"
    folder.mkdir()
    old = folder / "f.pdf"
    old.write_bytes(b"%PDF previous export")
    with pytest.raises(ExportCancelledError):
        _final(desk, meeting_id, old, cancel=cancel)
    assert len(calls) == 4
    assert old.read_bytes() == b"%PDF previous export"  # the old file is untouched
    assert [p.name for p in folder.iterdir()] == ["f.pdf"]


def test_every_label_exists_in_both_languages():
    for key, (en, ja) in LABELS.items():
        assert en.strip() and ja.strip(), key


def test_full_disk_removes_the_partial_file(sqlite_desk, tmp_path, monkeypatch):
    import errno

    from meetingdesk.formats.pdf import page

    desk = sqlite_desk
    meeting_id, _ = small_meeting(desk)
    folder = tmp_path / "out"
    folder.mkdir()

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(page.os, "fsync", full)
    with pytest.raises(DeskError, match="disk is full"):
        _final(desk, meeting_id, folder / "f.pdf")
    assert list(folder.iterdir()) == []
