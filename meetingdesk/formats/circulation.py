# SPDX-License-Identifier: GPL-3.0-or-later
"""E-mail drafts (.eml) circulating a revision to one delegation: addressed to its contact
points, with the revision's files attached and a cover note in English and Japanese.

Built with Python's ``email`` package (RFC 5322 / MIME). ``X-Unsent: 1`` makes Outlook open
the file as a draft to send; Thunderbird and Apple Mail open it as a message to forward or
"edit as new". No time of its own: the caller gives the moment, so the same input gives the
same bytes (the Message-ID is derived from the content).
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses
from zoneinfo import ZoneInfo

from meetingdesk.formats.labels import date_text

MIME = {
    ".pdf": ("application", "pdf"),
    ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
}


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class CoverNote:
    """What the cover note says (both languages are always written)."""

    meeting_en: str
    meeting_ja: str
    document_en: str
    document_ja: str
    revision: str
    delegation_en: str
    delegation_ja: str
    sender: str  # "Secretariat <secretariat@example.org>" or ""
    when: datetime  # aware
    zone: str
    deadline: datetime | None = None


def addresses(contact: str) -> list[tuple[str, str]]:
    """(name, address) pairs from a free-form contact field ("A <a@x>; b@y, …")."""
    text = contact.replace(";", ",").replace("\n", ",")
    return [(name, addr) for name, addr in getaddresses([text]) if "@" in addr]


def subject(note: CoverNote) -> str:
    return f"{note.document_en} — {note.revision} / {note.document_ja}（{note.revision}）"


def body(note: CoverNote, names: Sequence[str]) -> str:
    local = note.when.astimezone(ZoneInfo(note.zone or "UTC"))
    en_date, ja_date = date_text(local.date(), "en"), date_text(local.date(), "ja")
    lines = [
        f"To the delegation of {note.delegation_en},",
        "",
        f"Please find attached {note.revision} of the {note.document_en}, circulated on "
        f"{en_date} for the {note.meeting_en}, as a PDF and as a Word file.",
        "To comment, please switch on Track Changes (it is on in the attached file), edit the "
        "Word file and send it back: each tracked change becomes your delegation's proposal, "
        "and a Word comment on a paragraph its rationale.",
    ]
    if note.deadline is not None:
        due = note.deadline.astimezone(ZoneInfo(note.zone or "UTC"))
        lines.append(
            f"Comments are invited by {due:%H:%M} ({note.zone}) on {date_text(due.date(), 'en')}."
        )
    lines += [
        "",
        "The Secretariat",
        "",
        "―――",
        "",
        f"{note.delegation_ja or note.delegation_en}代表団 御中",
        "",
        f"{note.meeting_ja}の{note.document_ja}の{note.revision}を{ja_date}付けで送付いたします"
        "（PDF及びWordファイルを添付）。",
        "コメントは、添付のWordファイルに変更履歴を記録したまま（既に有効になっています）"
        "修正の上、御返送ください。変更履歴は貴代表団の提案として、段落へのコメントはその"
        "理由として取り込まれます。",
    ]
    if note.deadline is not None:
        due = note.deadline.astimezone(ZoneInfo(note.zone or "UTC"))
        lines.append(f"コメントの期限：{date_text(due.date(), 'ja')} {due:%H:%M}（{note.zone}）")
    lines += ["", "事務局", "", "Attached / 添付：", *(f"  {n}" for n in names)]
    return "\n".join(lines) + "\n"


def build_eml(
    note: CoverNote, to: Sequence[tuple[str, str]], attachments: Sequence[Attachment]
) -> bytes:
    """The draft as bytes (CRLF line ends, as mail files have)."""
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = subject(note)
    if note.sender:
        msg["From"] = note.sender
    if to:
        msg["To"] = ", ".join(f"{name} <{addr}>" if name else addr for name, addr in to)
    msg["Date"] = format_datetime(note.when)
    seed = hashlib.sha256(
        "|".join([subject(note), *(a for _, a in to), *(x.sha256 for x in attachments)]).encode()
    ).hexdigest()[:24]
    msg["Message-ID"] = f"<{seed}@meetingdesk.invalid>"
    msg["X-Unsent"] = "1"
    msg.set_content(body(note, [a.name for a in attachments]), charset="utf-8")
    for item in attachments:
        suffix = "." + item.name.rsplit(".", 1)[-1].lower() if "." in item.name else ""
        maintype, subtype = MIME.get(suffix) or tuple(
            (mimetypes.guess_type(item.name)[0] or "application/octet-stream").split("/", 1)
        )
        msg.add_attachment(item.data, maintype=maintype, subtype=subtype, filename=item.name)
    msg.set_boundary(f"=_meetingdesk_{seed}")  # the same input gives the same bytes
    return msg.as_bytes()
