"""The signed audit head: a receipt saying "this database's chain had event N with hash H".

The key lives outside the database (the user's data folder or the OS keyring), so whoever
can rewrite the database cannot make a receipt for a rewritten chain. A receipt is small
JSON: kept by the program after each write, printed into exported PDFs, handed to `check`.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

RECEIPT_TAG = "meetingdesk-audit-head/1"


class ReceiptError(ValueError):
    """A receipt that cannot be read (the message says why, in one line)."""


@dataclass(frozen=True)
class Receipt:
    db_uuid: str
    event_id: int
    head_hash: str
    signed_at: str
    public_key: str  # raw Ed25519 key, base64
    signature: str  # base64

    @property
    def key_id(self) -> str:
        return key_id(base64.b64decode(self.public_key))

    def message(self) -> bytes:
        return _message(self.db_uuid, self.event_id, self.head_hash, self.signed_at)

    def to_json(self) -> str:
        return json.dumps({"type": RECEIPT_TAG, **asdict(self)}, sort_keys=True)

    def short(self) -> str:
        """The line a PDF prints: event number, head hash, signing key."""
        return f"audit head {self.event_id} · {self.head_hash[:16]} · key {self.key_id}"

    @classmethod
    def from_json(cls, text: str) -> Receipt:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ReceiptError(f"not a receipt (not JSON: {exc})") from exc
        if not isinstance(data, dict) or data.get("type") != RECEIPT_TAG:
            raise ReceiptError("not a MeetingDesk audit receipt")
        try:
            return cls(
                db_uuid=str(data["db_uuid"]),
                event_id=int(data["event_id"]),
                head_hash=str(data["head_hash"]),
                signed_at=str(data["signed_at"]),
                public_key=str(data["public_key"]),
                signature=str(data["signature"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ReceiptError(f"receipt field missing or wrong: {exc}") from exc


def _message(db_uuid: str, event_id: int, head_hash: str, signed_at: str) -> bytes:
    return json.dumps([RECEIPT_TAG, db_uuid, event_id, head_hash, signed_at]).encode()


def key_id(raw_public: bytes) -> str:
    """A short fingerprint of a public key (first 16 hex digits of its SHA-256)."""
    return hashlib.sha256(raw_public).hexdigest()[:16]


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_pem(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def load_private_key(pem: bytes) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise ReceiptError(f"the audit key cannot be read: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise ReceiptError("the audit key is not an Ed25519 key")
    return key


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def sign_head(
    key: Ed25519PrivateKey, db_uuid: str, event_id: int, head_hash: str, signed_at: str
) -> Receipt:
    signature = key.sign(_message(db_uuid, event_id, head_hash, signed_at))
    return Receipt(
        db_uuid=db_uuid,
        event_id=event_id,
        head_hash=head_hash,
        signed_at=signed_at,
        public_key=base64.b64encode(raw_public(key)).decode(),
        signature=base64.b64encode(signature).decode(),
    )


def signature_ok(receipt: Receipt) -> bool:
    """True when the receipt was signed by the key it names."""
    try:
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(receipt.public_key))
        public.verify(base64.b64decode(receipt.signature), receipt.message())
    except (InvalidSignature, ValueError):
        return False
    return True


def chain_problems(receipt: Receipt, chain: dict[int, str], last_id: int) -> list[str]:
    """How the chain disagrees with a receipt: chain maps event id to its hash.

    Empty when the receipt's signature holds and the chain still has that event, unchanged.
    """
    return [english for english, _facts in chain_findings(receipt, chain, last_id)]


def chain_findings(
    receipt: Receipt, chain: dict[int, str], last_id: int
) -> list[tuple[str, dict[str, object]]]:
    """chain_problems with what happened as data: (English, {code, event, signed, …}).

    The store turns them into text.problems.Problem (this package imports nothing of the
    project's layers, text/ included), so the window can say them in its language.
    """
    where = f"receipt of event {receipt.event_id} signed {receipt.signed_at}"
    facts: dict[str, object] = {"event": receipt.event_id, "signed": _moment(receipt.signed_at)}
    if not signature_ok(receipt):
        return [
            (
                f"{where}: its signature does not verify (forged or altered receipt)",
                dict(code="receipt_forged", **facts),
            )
        ]
    if receipt.event_id > last_id:
        return [
            (
                f"{where}: the audit chain ends at event {last_id}, shorter than the receipt "
                "(events were removed)",
                dict(code="receipt_beyond_chain", last=last_id, **facts),
            )
        ]
    found = chain.get(receipt.event_id)
    if found is None:
        return [
            (
                f"{where}: event {receipt.event_id} is missing from the audit chain",
                dict(code="receipt_event_missing", **facts),
            )
        ]
    if found != receipt.head_hash:
        return [
            (
                f"{where}: event {receipt.event_id} has a different hash (the chain was rewritten)",
                dict(code="receipt_hash_differs", **facts),
            )
        ]
    return []


def _moment(stamp: str) -> datetime | str:
    """A receipt's signing time as a datetime (shown in the reader's zone), else as written."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


PDF_KEYWORD = "audithead:"  # the receipt rides in the PDF's Keywords, base64url


def receipt_from_bytes(data: bytes, name: str = "file") -> Receipt:
    """A receipt from a JSON file or from an exported PDF's metadata (where it is printed)."""
    if data.startswith(b"%PDF"):
        import io

        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        try:
            info = PdfReader(io.BytesIO(data)).metadata or {}
        except (PdfReadError, ValueError, OSError) as exc:
            raise ReceiptError(f"{name}: the PDF cannot be read ({exc})") from exc
        words = str(info.get("/Keywords") or "").replace(",", " ").split()
        found = [w[len(PDF_KEYWORD) :] for w in words if w.startswith(PDF_KEYWORD)]
        if not found:
            raise ReceiptError(f"{name}: this PDF carries no audit head (made before they were)")
        try:
            text = base64.urlsafe_b64decode(found[0]).decode("utf-8")
        except (ValueError, UnicodeDecodeError) as exc:
            raise ReceiptError(f"{name}: the PDF's audit head is damaged") from exc
        return Receipt.from_json(text)
    try:
        return Receipt.from_json(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ReceiptError(f"{name}: not a receipt (neither JSON nor PDF)") from exc
