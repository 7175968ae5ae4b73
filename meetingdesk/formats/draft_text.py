# SPDX-License-Identifier: GPL-3.0-or-later
"""Drafts that are not Word files: plain text, Markdown, and what the clipboard holds.

* Plain text: one paragraph per line; blank lines separate nothing more (a line is a
  paragraph, as drafters type them). Encoding: UTF-8 (with or without BOM), UTF-16 with BOM,
  else the best guess of charset-normalizer (Japanese files from Windows are often cp932).
* Markdown: ``#`` headings, ``**bold**`` lines as headings, list markers and indentation as
  levels; emphasis marks are dropped from the text.
* Clipboard HTML (Word's "HTML Format"): block elements are paragraphs, ``<h1>``… headings,
  Word's ``mso-list:l0 level2`` style gives the list level, and the list number Word writes
  into the HTML is read like a typed number.

Every reader ends in ``text.outline.build_outline``, the same as Word files; ``read_draft``
picks the reader by the file's bytes and suffix.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from meetingdesk.text.draft_outline import Outline, SourceParagraph, build_outline
from meetingdesk.text.problems import Problem

from .docx.read_checks import READ_FORMATS, DraftReadError, sniff

__all__ = [
    "DraftReadError",
    "READ_FORMATS",
    "decode_text",
    "read_draft",
    "read_html",
    "read_markdown",
    "read_plain",
]

MAX_TEXT_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = ("", ".txt", ".text", ".md", ".markdown", ".html", ".htm")


def read_draft(path: Path) -> Outline:
    """Read a draft file of any supported kind; DraftReadError names what is wrong."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES * 5:
            raise DraftReadError(
                f"{name} is {size // (1024 * 1024)} MB: too large for a draft",
                code="draft_too_large",
                file=name,
                count=size // (1024 * 1024),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise DraftReadError(
            f"{name} cannot be read: {exc.strerror or exc}",
            code="draft_not_readable",
            file=name,
            detail=str(exc.strerror or exc),
        ) from exc
    suffix = path.suffix.lower()
    kind = sniff(data)
    if kind == "empty":
        raise DraftReadError(f"{name} is empty", code="draft_file_empty", file=name)
    if suffix in (".docx", ".docm", ".doc", ".dotx") or kind in ("zip", "ole-doc", "ole-encrypted"):
        if suffix in (".odt", ".ott"):
            raise DraftReadError(
                f"{name} is an OpenDocument file; save it as .docx "
                f"(MeetingDesk reads {READ_FORMATS})",
                code="draft_opendocument",
                file=name,
            )
        if suffix == ".pages":
            raise DraftReadError(
                f"{name} is an Apple Pages document; export it as Word .docx "
                f"(MeetingDesk reads {READ_FORMATS})",
                code="draft_pages",
                file=name,
            )
        from .docx.read_outline import read_docx

        return read_docx(data, name)
    if suffix in (".odt", ".pages", ".rtf", ".pdf", ".xlsx", ".pptx"):
        raise DraftReadError(
            f"{name}: {suffix} files are not read (MeetingDesk reads {READ_FORMATS})",
            code="draft_suffix_not_read",
            file=name,
            suffix=suffix,
        )
    if data.startswith(b"%PDF") or data.startswith(b"{\\rtf"):
        raise DraftReadError(
            f"{name} is not a text file (MeetingDesk reads {READ_FORMATS})",
            code="draft_not_text",
            file=name,
        )
    if len(data) > MAX_TEXT_BYTES:
        raise DraftReadError(
            f"{name} is {len(data) // (1024 * 1024)} MB: too large for a draft",
            code="draft_too_large",
            file=name,
            count=len(data) // (1024 * 1024),
        )
    text = decode_text(data, name)
    if suffix in (".md", ".markdown"):
        return read_markdown(text, name)
    if suffix in (".html", ".htm"):
        return read_html(text, name)
    return read_plain(text, name)


def decode_text(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise DraftReadError(
            f"{name} is not a text file (MeetingDesk reads {READ_FORMATS})",
            code="draft_not_text",
            file=name,
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DraftReadError(
            f"{name}: its characters cannot be read as text", code="draft_encoding", file=name
        )
    return str(best)


def _nonempty(paragraphs: list[SourceParagraph], name: str) -> list[SourceParagraph]:
    if not any(p.text.strip() for p in paragraphs):
        raise DraftReadError(
            f"{name} has no paragraphs of text; nothing to import",
            code="draft_no_paragraphs",
            file=name,
        )
    return paragraphs


def read_plain(text: str, name: str = "the text") -> Outline:
    """One paragraph per non-blank line; leading indentation counts as a list level."""
    paragraphs: list[SourceParagraph] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" \t\u3000"))
        paragraphs.append(
            SourceParagraph(
                text=line.strip(),
                list_level=1 if indent >= 2 else None,
                where=f"line {number}",
            )
        )
    return build_outline(_nonempty(paragraphs, name))


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^[-*+]\s+")
_MD_BOLD_LINE = re.compile(r"^(\*\*|__)(.+?)\1\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def read_markdown(text: str, name: str = "the text") -> Outline:
    paragraphs: list[SourceParagraph] = []
    footnotes: dict[str, str] = {}
    lines = text.splitlines()
    for line in lines:
        m = re.match(r"^\[\^([^\]]+)\]:\s*(.*)$", line.strip())
        if m:
            footnotes[m.group(1)] = m.group(2)
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or re.match(r"^\[\^[^\]]+\]:", stripped):
            continue
        if stripped.startswith("|") or stripped.startswith("!["):
            continue
        where = f"line {number}"
        m = _MD_HEADING.match(stripped)
        if m:
            paragraphs.append(
                SourceParagraph(text=m.group(2), heading_level=len(m.group(1)), where=where)
            )
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        body = _MD_BULLET.sub("", stripped)
        bold = bool(_MD_BOLD_LINE.match(body))
        notes = tuple(footnotes[k] for k in re.findall(r"\[\^([^\]]+)\]", body) if k in footnotes)
        body = re.sub(r"\[\^[^\]]+\]", "", body)
        body = _MD_EMPHASIS.sub(r"\2", body).replace("\\", "")
        paragraphs.append(
            SourceParagraph(
                text=body,
                bold=bold,
                list_level=min(indent // 2, 2) or None,
                notes=notes,
                where=where,
            )
        )
    outline = build_outline(_nonempty(paragraphs, name))
    tables = sum(1 for line in lines if line.strip().startswith("|"))
    pictures = sum(1 for line in lines if line.strip().startswith("!["))
    extra = []
    if tables:
        extra.append(
            Problem(f"{tables} table line(s) not imported", "table_lines_left_out", count=tables)
        )
    if pictures:
        extra.append(
            Problem(f"{pictures} picture(s) not imported", "pictures_left_out", count=pictures)
        )
    if extra:
        from dataclasses import replace

        outline = replace(outline, report=outline.report + tuple(extra))
    return outline


# ---------------------------------------------------------------------------------------
# HTML from the clipboard

_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote"}
_MSO_LEVEL = re.compile(r"mso-list:\s*l\d+\s+level(\d+)")


class _HtmlParagraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[SourceParagraph] = []
        self.report: list[str] = []
        self._text: list[str] = []
        self._bold_chars = 0
        self._chars = 0
        self._bold_depth = 0
        self._skip_depth = 0
        self._heading: int | None = None
        self._level: int | None = None
        self._table_depth = 0
        self._tables = 0
        self._pictures = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        attr = dict(attrs)
        if tag in ("style", "script", "head", "title"):
            self._skip_depth += 1
        elif tag in ("b", "strong"):
            self._bold_depth += 1
        elif tag == "table":
            self._flush()
            self._table_depth += 1
            self._tables += 1
        elif tag == "img":
            self._pictures += 1
        elif tag == "br":
            self._text.append(" ")
        elif tag in _BLOCKS:
            self._flush()
            if tag[0] == "h" and tag[1:].isdigit():
                self._heading = int(tag[1:])
            m = _MSO_LEVEL.search(attr.get("style") or "")
            if m:
                self._level = int(m.group(1)) - 1
            if "font-weight:bold" in (attr.get("style") or "").replace(" ", ""):
                self._bold_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head", "title"):
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in ("b", "strong"):
            self._bold_depth = max(0, self._bold_depth - 1)
        elif tag == "table":
            self._table_depth = max(0, self._table_depth - 1)
            self._text.clear()
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip_depth or self._table_depth:
            return
        self._text.append(data)
        visible = len(data.strip())
        self._chars += visible
        if self._bold_depth:
            self._bold_chars += visible

    def _flush(self) -> None:
        text = " ".join("".join(self._text).split())
        if text:
            self.paragraphs.append(
                SourceParagraph(
                    text=text,
                    heading_level=self._heading,
                    bold=self._chars > 0 and self._bold_chars >= self._chars,
                    list_level=self._level or None,
                    where=f"paragraph {len(self.paragraphs) + 1}",
                )
            )
        self._text.clear()
        self._chars = self._bold_chars = 0
        self._heading = self._level = None
        self._bold_depth = 0

    def close(self) -> None:
        super().close()
        self._flush()
        if self._tables:
            self.report.append(
                Problem(
                    f"{self._tables} table(s) not imported", "tables_left_out", count=self._tables
                )
            )
        if self._pictures:
            self.report.append(
                Problem(
                    f"{self._pictures} picture(s) not imported",
                    "pictures_left_out",
                    count=self._pictures,
                )
            )


def clipboard_html_fragment(html: str) -> str:
    """Windows' "HTML Format" wraps the HTML in a header with byte offsets: drop it."""
    if html.startswith("Version:"):
        start = html.find("<html")
        if start < 0:
            start = html.find("<!--StartFragment")
        if start >= 0:
            return html[start:]
    return html


def read_html(html: str, name: str = "the text") -> Outline:
    parser = _HtmlParagraphs()
    parser.feed(clipboard_html_fragment(html))
    parser.close()
    return build_outline(_nonempty(parser.paragraphs, name), parser.report)
