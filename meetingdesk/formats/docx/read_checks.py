# SPDX-License-Identifier: GPL-3.0-or-later
"""What a file is before anything parses it: Word 97, an encrypted Word file, a zip bomb …

Checked on the bytes, so a refused file is named clearly and never half-read: an OLE
compound file (Word 97-2003 .doc, or the container Word uses for a password-protected
.docx, recognised by its ``EncryptedPackage`` stream), OpenDocument and Apple Pages
packages, and zip archives whose declared sizes or compression ratios are out of any
proportion a text has.
"""

from __future__ import annotations

import io
import zipfile

__all__ = ["READ_FORMATS", "DraftReadError", "open_docx_zip", "sniff"]

READ_FORMATS = "Word .docx, plain text .txt and Markdown .md"

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNCOMPRESSED = 256 * 1024 * 1024  # all parts together, as declared in the zip directory
MAX_RATIO = 200  # uncompressed / compressed, per part larger than 1 MB
MAX_ENTRIES = 10_000


class DraftReadError(ValueError):
    """A draft file that cannot be read; the message names the file and what to do.

    ``code`` and ``params`` say the same as data (the file's name, what it is), so that the
    window can say it in its language; the message stays English for the command line."""

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def sniff(data: bytes) -> str:
    """'empty', 'ole-encrypted', 'ole-doc', 'zip' or 'text' (anything else)."""
    if not data.strip():
        return "empty"
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            return "ole-encrypted"
        return "ole-doc"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "zip"
    return "text"


def open_docx_zip(data: bytes, name: str) -> zipfile.ZipFile:
    """The .docx archive, once its kind and declared sizes have been checked."""
    kind = sniff(data)
    if kind == "empty":
        raise DraftReadError(f"{name} is empty", code="draft_file_empty", file=name)
    if kind == "ole-encrypted":
        raise DraftReadError(
            f"{name} is protected by a password; open it in Word, remove the password "
            "(File > Info > Protect Document) and save it again",
            code="draft_password",
            file=name,
        )
    if kind == "ole-doc":
        raise DraftReadError(
            f"{name} is an old Word 97-2003 document (.doc); save it as .docx "
            f"(MeetingDesk reads {READ_FORMATS})",
            code="draft_word97",
            file=name,
        )
    if kind != "zip":
        raise DraftReadError(
            f"{name} is not a Word .docx file (MeetingDesk reads {READ_FORMATS})",
            code="draft_not_docx",
            file=name,
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise DraftReadError(
            f"{name} is damaged: {exc}; it cannot be read",
            code="draft_damaged",
            file=name,
            detail=str(exc),
        ) from exc
    if len(infos) > MAX_ENTRIES:
        raise DraftReadError(
            f"{name} holds {len(infos)} parts: not a document; nothing read",
            code="draft_too_many_parts",
            file=name,
            count=len(infos),
        )
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > MAX_RATIO:
            raise DraftReadError(
                f"{name}: part {info.filename} expands {ratio:.0f} times "
                "(a zip bomb?); nothing read",
                code="draft_zip_bomb",
                file=name,
                part_name=info.filename,
                count=round(ratio),
            )
    if total > MAX_UNCOMPRESSED:
        raise DraftReadError(
            f"{name} would expand to {total // (1024 * 1024)} MB; nothing read",
            code="draft_expands_too_much",
            file=name,
            count=total // (1024 * 1024),
        )
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        if "mimetype" in names:
            mime = archive.read("mimetype")[:100].decode("ascii", "replace")
            if "opendocument" in mime:
                raise DraftReadError(
                    f"{name} is an OpenDocument file; save it as .docx "
                    f"(MeetingDesk reads {READ_FORMATS})",
                    code="draft_opendocument",
                    file=name,
                )
        if any(n.startswith("Index/") and n.endswith(".iwa") for n in names):
            raise DraftReadError(
                f"{name} is an Apple Pages document; export it as Word .docx "
                f"(MeetingDesk reads {READ_FORMATS})",
                code="draft_pages",
                file=name,
            )
        raise DraftReadError(
            f"{name} is a zip archive but not a Word document", code="draft_zip_not_word", file=name
        )
    return archive
