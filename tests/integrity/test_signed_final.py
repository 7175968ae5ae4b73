"""Signed finals: an adopted final PDF is signed over its whole file; verify refuses every
tampering of it, and a validly signed PDF of another wording, with the reason."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from meetingdesk.integrity.pdfsign import check_signature, sign_pdf
from meetingdesk.services import exports
from meetingdesk.services.base import Desk
from meetingdesk.store import signing

from ..store.tamper_world import build


@pytest.fixture
def final(sqlite_desk: Desk, tmp_path: Path) -> tuple[Desk, Path, dict]:
    world = build(sqlite_desk)
    out = tmp_path / "decl final.pdf"
    exports.export(
        sqlite_desk, "final", out, meeting_id=world["meeting"].id, document="decl", lang="en"
    )
    return sqlite_desk, out, world


def _verify(desk: Desk, data: bytes, tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_bytes(data)
    return exports.verify_pdf(desk, path)


def test_adopted_final_is_signed_over_the_whole_file_and_verifies(final, tmp_path) -> None:
    desk, out, _world = final
    data = out.read_bytes()
    creds = signing.credentials()
    assert creds is not None and len(creds.fingerprint) == 95
    assert check_signature(data, creds.cert_pem).ok
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
    result = exports.verify_pdf(desk, out)
    assert result.ok, result.message


def test_appended_bytes_are_refused(final, tmp_path) -> None:
    desk, out, _ = final
    result = _verify(desk, out.read_bytes() + b"\n%%EOF\n", tmp_path, "appended.pdf")
    assert not result.ok and "appended" in result.message


def test_truncated_end_is_refused(final, tmp_path) -> None:
    desk, out, _ = final
    result = _verify(desk, out.read_bytes()[:-500], tmp_path, "cut.pdf")
    assert not result.ok and "truncated" in result.message


def test_changed_wording_in_the_signed_bytes_is_refused(final, tmp_path) -> None:
    desk, out, _ = final
    data = out.read_bytes()
    assert b"MeetingDesk" in data
    changed = data.replace(b"MeetingDesk", b"MeetingDusk", 1)
    result = _verify(desk, changed, tmp_path, "changed.pdf")
    assert not result.ok and "signature" in result.message


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("We support research.", "We doubt research.", "paragraph 2 (en): the wording differs"),
        ("2.", "3.", "paragraph 2 (en): its number differs"),
    ],
)
def test_validly_signed_pdf_of_another_text_is_refused(final, tmp_path, old, new, reason) -> None:
    """Our own certificate signs a PDF whose printed text was altered before signing."""
    desk, out, world = final
    from meetingdesk.formats.pdf import render
    from meetingdesk.services.drafting import documents

    text = documents.document_text(desk, world["decl"].id, "Adopted")
    import dataclasses

    clauses = tuple(
        dataclasses.replace(c, text_en=c.text_en.replace(old, new), number=c.number)
        if old != "2."
        else dataclasses.replace(c, number=new if c.number == old else c.number)
        for c in text.clauses
    )
    forged = dataclasses.replace(text, clauses=clauses)
    unsigned = tmp_path / "forged-unsigned.pdf"
    render.render_final(unsigned, forged, render.PdfOptions(lang="en"))
    signed = sign_pdf(unsigned.read_bytes(), signing.credentials(), reason="forgery")
    result = _verify(desk, signed, tmp_path, "forged.pdf")
    assert not result.ok and reason in result.message, result.message


def test_pdf_signed_by_another_certificate_is_refused(final, tmp_path) -> None:
    desk, out, world = final
    from meetingdesk.formats.pdf import render
    from meetingdesk.integrity.pdfsign import make_credentials
    from meetingdesk.services.drafting import documents

    text = documents.document_text(desk, world["decl"].id, "Adopted")
    unsigned = tmp_path / "copy.pdf"
    render.render_final(unsigned, text, render.PdfOptions(lang="en"))
    other = sign_pdf(unsigned.read_bytes(), make_credentials("Someone"), reason="copy")
    result = _verify(desk, other, tmp_path, "other.pdf")
    assert not result.ok and "certificate other than" in result.message


def test_pkcs12_import_replaces_the_self_made_certificate(tmp_path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    from meetingdesk.integrity.pdfsign import SigningError, make_credentials

    own = make_credentials("Ministry of Internal Affairs and Communications")
    key = serialization.load_pem_private_key(own.key_pem, None)
    from cryptography import x509

    cert = x509.load_pem_x509_certificate(own.cert_pem)
    p12 = tmp_path / "secretariat.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"secretariat", key, cert, None, serialization.BestAvailableEncryption(b"pw")
        )
    )
    with pytest.raises(SigningError):
        signing.import_pkcs12(p12, "wrong")
    creds = signing.import_pkcs12(p12, "pw")
    assert creds.fingerprint == own.fingerprint == signing.fingerprint()


def test_the_certificate_is_made_at_the_first_adoption(desk: Desk) -> None:
    """Before any export: its fingerprint can be announced when the text is adopted."""
    from datetime import date

    from meetingdesk.services import drafting as dr
    from meetingdesk.services.drafting import documents as docs
    from meetingdesk.services.meetings import create_meeting

    m = create_meeting(
        desk,
        title_en="ICT Ministers",
        host_en="Japan",
        start_date=date(2016, 4, 29),
        end_date=date(2016, 4, 30),
        time_zone="Asia/Tokyo",
    )
    decl = docs.add_document(desk, m.id, short_name="decl", title_en="Declaration")
    docs.add_clause(desk, decl.id, text_en="We promote access.")
    docs.freeze_revision(desk, decl.id, kind="chair")
    assert signing.credentials() is None, "no certificate before an adoption"
    dr.adopt_document(desk, decl.id, override="an English-only test text")
    creds = signing.credentials()
    assert creds is not None and "O=Japan" in creds.subject
    first = creds.fingerprint
    other = docs.add_document(desk, m.id, short_name="charter", title_en="Charter")
    docs.add_clause(desk, other.id, text_en="Access for all.")
    dr.adopt_document(desk, other.id, override="an English-only test text")
    assert signing.fingerprint() == first, "a later adoption keeps the certificate"


def test_an_imported_certificate_is_kept_at_adoption(sqlite_desk: Desk, tmp_path: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    from meetingdesk.integrity.pdfsign import make_credentials

    own = make_credentials("Ministry of Internal Affairs and Communications")
    p12 = tmp_path / "mic.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"mic",
            serialization.load_pem_private_key(own.key_pem, None),
            x509.load_pem_x509_certificate(own.cert_pem),
            None,
            serialization.NoEncryption(),
        )
    )
    signing.import_pkcs12(p12, None)
    build(sqlite_desk)  # adopts the declaration
    assert signing.fingerprint() == own.fingerprint


def test_a_parallel_final_with_a_paragraph_over_a_page_verifies(demo_desk, tmp_path) -> None:
    """English left, Japanese right: a paragraph running over the page is read whole in
    its column, and a changed Japanese wording in it is still named."""
    import dataclasses

    from meetingdesk.formats.pdf import render
    from meetingdesk.services import drafting as dr
    from meetingdesk.services import meetings
    from meetingdesk.services.drafting import documents

    meeting = meetings.list_meetings(demo_desk)[0]
    charter = documents.find_document(demo_desk, meeting.id, "charter")
    dr.adopt_document(demo_desk, charter.id, note="adopted in plenary")
    out = tmp_path / "charter both.pdf"
    exports.export(demo_desk, "final", out, meeting_id=meeting.id, document="charter", lang="both")
    text = documents.document_text(demo_desk, charter.id, "Adopted")
    pages = [
        "".join(
            subprocess.run(
                ["pdftotext", "-f", str(n), "-l", str(n), str(out), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
        )
        for n in (1, 2)
    ]

    def over_the_page(c) -> bool:
        words = c.text_en.split()
        return "".join(words[:3]) in pages[0] and "".join(words[-3:]) in pages[1]

    last = next(c for c in text.clauses if c.number and over_the_page(c))
    result = exports.verify_pdf(demo_desk, out)
    assert result.ok, result.message

    changed = dataclasses.replace(last, text_ja=last.text_ja.replace("決意", "検討"))
    assert changed.text_ja != last.text_ja
    forged = dataclasses.replace(
        text, clauses=tuple(changed if c is last else c for c in text.clauses)
    )
    unsigned = tmp_path / "forged-both.pdf"
    render.render_final(unsigned, forged, render.PdfOptions(lang="both"))
    signed = sign_pdf(unsigned.read_bytes(), signing.credentials(), reason="forgery")
    refused = _verify(demo_desk, signed, tmp_path, "forged-both.pdf")
    number = last.number.rstrip(".")
    assert not refused.ok and f"paragraph {number} (ja): the wording differs" in refused.message
