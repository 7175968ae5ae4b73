"""Signed finals: the secretariat's certificate, a PAdES signature over the whole PDF, and
the checks `verify` makes on a signed file (bytes in, findings out).

pyHanko does the PDF signature (CMS, ByteRange, PAdES); this module only chooses the
settings and reads its verdict. The certificate is self-made the first time (ECDSA P-256,
ten years) or imported from the secretariat's PKCS#12 file.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID


class SigningError(ValueError):
    """A certificate or a file that cannot be used (one line)."""


@dataclass(frozen=True)
class Credentials:
    key_pem: bytes
    cert_pem: bytes

    @property
    def fingerprint(self) -> str:
        return cert_fingerprint(self.cert_pem)

    @property
    def subject(self) -> str:
        return x509.load_pem_x509_certificate(self.cert_pem).subject.rfc4514_string()


def cert_fingerprint(cert_pem: bytes) -> str:
    """SHA-256 of the certificate, as colon-separated hex pairs (what the About box shows)."""
    der = x509.load_pem_x509_certificate(cert_pem).public_bytes(serialization.Encoding.DER)
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def make_credentials(organisation: str, now: datetime | None = None) -> Credentials:
    """A self-made signing certificate for the secretariat (used until one is imported)."""
    now = now or datetime.now(UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64] or "Secretariat"),
            x509.NameAttribute(NameOID.COMMON_NAME, "MeetingDesk secretariat signature"),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return Credentials(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        cert.public_bytes(serialization.Encoding.PEM),
    )


def credentials_from_pkcs12(data: bytes, password: str | None) -> Credentials:
    try:
        key, cert, _extra = pkcs12.load_key_and_certificates(
            data, password.encode() if password else None
        )
    except ValueError as exc:
        raise SigningError(f"the PKCS#12 file cannot be opened ({exc})") from exc
    if key is None or cert is None:
        raise SigningError("the PKCS#12 file holds no key and certificate")
    return Credentials(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        cert.public_bytes(serialization.Encoding.PEM),
    )


def sign_pdf(data: bytes, creds: Credentials, *, reason: str, location: str = "") -> bytes:
    """The PDF with one PAdES signature over all of it (an incremental update, as PDF
    signatures are)."""
    from pyhanko.keys import load_cert_from_pemder, load_private_key_from_pemder_data
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    key = load_private_key_from_pemder_data(creds.key_pem, passphrase=None)
    cert = _load_cert(creds.cert_pem, load_cert_from_pemder)
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key, cert_registry=_registry(cert))
    meta = signers.PdfSignatureMetadata(
        field_name="MeetingDeskFinal",
        reason=reason,
        location=location or None,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    out = io.BytesIO()
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    signers.PdfSigner(meta, signer=signer).sign_pdf(writer, output=out)
    return out.getvalue()


def _load_cert(pem: bytes, loader):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cert.pem"
        path.write_bytes(pem)
        return loader(str(path))


def _registry(cert):
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    return SimpleCertificateStore.from_certs([cert])


@dataclass(frozen=True)
class SignatureCheck:
    ok: bool
    reason: str  # why not, in one line ("" when ok)
    signer: str = ""


def check_signature(data: bytes, trusted_cert_pem: bytes) -> SignatureCheck:
    """One intact signature by the trusted certificate, covering every byte of the file."""
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError, IndexError, TypeError) as exc:
        return SignatureCheck(False, f"the file is damaged or truncated ({exc})")
    if not sigs:
        return SignatureCheck(False, "the file carries no signature")
    if len(sigs) > 1:
        return SignatureCheck(False, f"the file carries {len(sigs)} signatures, expected one")
    cert = _load_cert(trusted_cert_pem, load_cert_from_pemder)
    context = ValidationContext(trust_roots=[cert], allow_fetching=False)
    quiet = logging.getLogger("pyhanko")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # an untrusted signer is an answer here, not a log entry
    try:
        status = validate_pdf_signature(sigs[0], context)
    except Exception as exc:  # noqa: BLE001 — pyHanko raises many kinds on a broken file
        return SignatureCheck(False, f"the signature cannot be checked ({exc})")
    finally:
        quiet.setLevel(level)
    signer = status.signing_cert.subject.human_friendly if status.signing_cert else ""
    if not status.intact or not status.valid:
        return SignatureCheck(False, "the signature does not match the signed bytes", signer)
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return SignatureCheck(
            False,
            "bytes were appended or changed after signing (the signature no longer covers "
            "the whole file)",
            signer,
        )
    if not status.trusted:
        return SignatureCheck(
            False, "signed with a certificate other than this secretariat's", signer
        )
    return SignatureCheck(True, "", signer)
