# SPDX-License-Identifier: GPL-3.0-or-later
"""Read a Word file's text with its tracked changes (w:ins / w:del, moves, inserted and
deleted paragraph marks and table rows) and its comments, as plain values.

Everything is kept per paragraph as pieces of text, each equal, inserted or deleted with the
change's author and date, so callers can rebuild the text with every change accepted, every
change rejected, or only one author's changes applied. Word splits runs, adds proofing marks,
smart tags, content controls and hyperlinks at will: the walk descends into any container and
only reads text elements. The XML comes from outside: parsed without DTDs, entities or
network access, and the package size is bounded.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MAX_PART = 200 * 1024 * 1024  # bytes of one XML part once unpacked


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


class DocxReadError(ValueError):
    """The file cannot be read as a Word document; the message says why, ``code`` and
    ``params`` say it as data (for the window)."""

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Piece:
    """A stretch of text: state is "equal", "insert" or "delete"."""

    text: str
    state: str = "equal"
    author: str = ""
    date: str = ""


@dataclass(frozen=True)
class WordParagraph:
    index: int  # order in the document (all columns)
    column: int  # 0 = body or first table column; 1 = second column …
    style: str  # style name ("Operative Paragraph"), "" when none
    bookmarks: tuple[str, ...]
    pieces: tuple[Piece, ...]
    mark: Piece  # the paragraph mark: state "insert" / "delete" when tracked
    comment_ids: tuple[str, ...] = ()

    @property
    def old_text(self) -> str:
        """The text with every change rejected."""
        return "".join(p.text for p in self.pieces if p.state != "insert")

    @property
    def new_text(self) -> str:
        """The text with every change accepted."""
        return "".join(p.text for p in self.pieces if p.state != "delete")

    @property
    def changed(self) -> bool:
        return self.mark.state != "equal" or any(p.state != "equal" for p in self.pieces)


@dataclass(frozen=True)
class WordComment:
    id: str
    author: str
    date: str
    text: str


@dataclass(frozen=True)
class ReturnedFile:
    paragraphs: tuple[WordParagraph, ...]
    comments: dict[str, WordComment] = field(default_factory=dict)

    def column(self, column: int) -> list[WordParagraph]:
        return [p for p in self.paragraphs if p.column == column]

    @property
    def columns(self) -> int:
        return 1 + max((p.column for p in self.paragraphs), default=0)

    def authors(self) -> dict[str, int]:
        """Tracked changes per author (each run of inserted or deleted text, and each
        inserted or deleted paragraph mark, counts once)."""
        counts: dict[str, int] = {}
        for p in self.paragraphs:
            last = None
            for piece in (*p.pieces, p.mark):
                key = (piece.state, piece.author)
                if piece.state != "equal" and key != last:
                    counts[piece.author] = counts.get(piece.author, 0) + 1
                last = key if piece.state != "equal" else None
        return counts

    def accepted(self, column: int = 0) -> list[str]:
        """Paragraph texts with every change accepted."""
        return _join(self.column(column), keep="delete")

    def rejected(self, column: int = 0) -> list[str]:
        """Paragraph texts with every change rejected (the text as it was sent)."""
        return _join(self.column(column), keep="insert")


def _join(paragraphs: list[WordParagraph], keep: str) -> list[str]:
    """Join paragraphs whose mark disappears in this view (``keep`` is the state dropped)."""
    out: list[str] = []
    current: list[str] = []
    for p in paragraphs:
        current.extend(piece.text for piece in p.pieces if piece.state != keep)
        if p.mark.state != keep:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


# --- reading --------------------------------------------------------------------------------


def _parse(data: bytes, name: str):
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        tree = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise DocxReadError(
            f"{name} is damaged ({exc})", code="docx_damaged", file=name, detail=str(exc)
        ) from exc
    if tree.getroottree().docinfo.doctype:
        raise DocxReadError(f"{name} declares a DTD; refused", code="docx_dtd", file=name)
    return tree


def _part(package: zipfile.ZipFile, member: str, label: str) -> bytes | None:
    try:
        info = package.getinfo(member)
    except KeyError:
        return None
    if info.file_size > _MAX_PART:
        raise DocxReadError(
            f"{label}: {member} is too large to be a document part",
            code="docx_part_too_large",
            file=label,
            part=member,
        )
    return package.read(member)


def read_docx(source: Path | str | bytes) -> ReturnedFile:
    """Paragraphs (with tracked changes) and comments of a .docx file or its bytes."""
    label = "the file" if isinstance(source, bytes) else Path(source).name
    try:
        raw = source if isinstance(source, bytes) else Path(source).read_bytes()
    except OSError as exc:
        raise DocxReadError(
            f"cannot read {label}: {exc.strerror or exc}",
            code="file_unreadable",
            file=label,
            detail=str(exc.strerror or exc),
        ) from exc
    try:
        package = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile as exc:
        raise DocxReadError(
            f"{label} is not a Word .docx file (not a zip package)", code="docx_not_zip", file=label
        ) from exc
    with package:
        body = _part(package, "word/document.xml", label)
        if body is None:
            raise DocxReadError(
                f"{label} is not a Word .docx file (no word/document.xml)",
                code="docx_no_document",
                file=label,
            )
        styles = _style_names(_part(package, "word/styles.xml", label), label)
        comments = _comments(_part(package, "word/comments.xml", label), label)
        root = _parse(body, label)
    walker = _Walker(styles)
    found = root.find(_w("body"))
    if found is None:
        raise DocxReadError(f"{label} has no document body", code="docx_no_body", file=label)
    walker.block(found, column=0)
    return ReturnedFile(tuple(walker.paragraphs), comments)


def _style_names(data: bytes | None, label: str) -> dict[str, str]:
    if data is None:
        return {}
    root = _parse(data, label)
    names = {}
    for style in root.iter(_w("style")):
        sid = style.get(_w("styleId"), "")
        name = style.find(_w("name"))
        names[sid] = name.get(_w("val"), sid) if name is not None else sid
    return names


def _comments(data: bytes | None, label: str) -> dict[str, WordComment]:
    if data is None:
        return {}
    root = _parse(data, label)
    out = {}
    for c in root.iter(_w("comment")):
        if c.get(_w("initials"), "") == "#MD":  # written by us (writer_runs.OWN_COMMENT)
            continue
        paragraphs = []
        for p in c.iter(_w("p")):
            paragraphs.append("".join(t.text or "" for t in p.iter(_w("t"))))
        cid = c.get(_w("id"), "")
        out[cid] = WordComment(
            cid, c.get(_w("author"), ""), c.get(_w("date"), ""), "\n".join(paragraphs).strip()
        )
    return out


_INSERTS = {_w("ins"), _w("moveTo")}
_DELETES = {_w("del"), _w("moveFrom")}
_SKIP = {
    _w("pPr"),
    _w("rPr"),
    _w("tblPr"),
    _w("tblGrid"),
    _w("trPr"),
    _w("tcPr"),
    _w("sectPr"),
    _w("fldChar"),
    _w("instrText"),
    _w("delInstrText"),
}


class _Walker:
    def __init__(self, styles: dict[str, str]) -> None:
        self.styles = styles
        self.paragraphs: list[WordParagraph] = []

    def block(self, element, column: int, row_change: Piece | None = None) -> None:
        for child in element:
            tag = child.tag
            if tag == _w("p"):
                self.paragraph(child, column, row_change)
            elif tag == _w("tbl"):
                for tr in child.iter(_w("tr")):
                    if tr.getparent() is not child:
                        continue
                    change = _row_change(tr)
                    for index, tc in enumerate(tr.findall(_w("tc"))):
                        self.block(tc, index, change)
            elif (
                tag in (_w("sdt"), _w("sdtContent"), _w("customXml")) or tag in _INSERTS | _DELETES
            ):
                self.block(child, column, row_change)

    def paragraph(self, p, column: int, row_change: Piece | None) -> None:
        ppr = p.find(_w("pPr"))
        style = ""
        mark = Piece("")
        if ppr is not None:
            ps = ppr.find(_w("pStyle"))
            if ps is not None:
                sid = ps.get(_w("val"), "")
                style = self.styles.get(sid, sid)
            rpr = ppr.find(_w("rPr"))
            if rpr is not None:
                for flag in rpr:
                    if flag.tag in _INSERTS | _DELETES:
                        mark = Piece(
                            "",
                            "insert" if flag.tag in _INSERTS else "delete",
                            flag.get(_w("author"), ""),
                            flag.get(_w("date"), ""),
                        )
        if row_change is not None and mark.state == "equal":
            mark = row_change
        pieces: list[Piece] = []
        bookmarks: list[str] = []
        comment_ids: list[str] = []
        self.inline(p, Piece("", "equal"), pieces, bookmarks, comment_ids)
        if row_change is not None:
            pieces = [
                pc
                if pc.state != "equal"
                else Piece(pc.text, row_change.state, row_change.author, row_change.date)
                for pc in pieces
            ]
        self.paragraphs.append(
            WordParagraph(
                len(self.paragraphs),
                column,
                style,
                tuple(bookmarks),
                tuple(_merge(pieces)),
                mark,
                tuple(dict.fromkeys(comment_ids)),
            )
        )

    def inline(self, element, state: Piece, pieces, bookmarks, comment_ids) -> None:
        for child in element:
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag in _INSERTS or tag in _DELETES:
                inner = Piece(
                    "",
                    "insert" if tag in _INSERTS else "delete",
                    child.get(_w("author"), ""),
                    child.get(_w("date"), ""),
                )
                self.inline(child, inner, pieces, bookmarks, comment_ids)
            elif tag in (_w("t"), _w("delText")):
                pieces.append(Piece(child.text or "", state.state, state.author, state.date))
            elif tag == _w("tab"):
                pieces.append(Piece("\t", state.state, state.author, state.date))
            elif tag in (_w("br"), _w("cr")):
                pieces.append(Piece("\n", state.state, state.author, state.date))
            elif tag == _w("noBreakHyphen"):
                pieces.append(Piece("\u2011", state.state, state.author, state.date))
            elif tag == _w("bookmarkStart"):
                bookmarks.append(child.get(_w("name"), ""))
            elif tag in (_w("commentRangeStart"), _w("commentReference")):
                comment_ids.append(child.get(_w("id"), ""))
            elif tag == _w("p"):  # a text box's paragraphs: not part of the clause text
                continue
            elif tag == _w("r") and _run_style(child) in _NOT_TEXT_STYLES:
                continue  # our status marks ("[agreed] "): furniture, not clause text
            else:
                self.inline(child, state, pieces, bookmarks, comment_ids)


_NOT_TEXT_STYLES = frozenset({"ClauseStatus"})


def _run_style(r) -> str:
    rpr = r.find(_w("rPr"))
    style = rpr.find(_w("rStyle")) if rpr is not None else None
    return style.get(_w("val"), "") if style is not None else ""


def _row_change(tr) -> Piece | None:
    trpr = tr.find(_w("trPr"))
    if trpr is None:
        return None
    for flag in trpr:
        if flag.tag in (_w("ins"), _w("del")):
            state = "insert" if flag.tag == _w("ins") else "delete"
            return Piece("", state, flag.get(_w("author"), ""), flag.get(_w("date"), ""))
    return None


def _merge(pieces: list[Piece]) -> list[Piece]:
    """Adjacent pieces of the same state and author joined (Word splits runs at will)."""
    out: list[Piece] = []
    for piece in pieces:
        if not piece.text:
            continue
        if out and (out[-1].state, out[-1].author, out[-1].date) == (
            piece.state,
            piece.author,
            piece.date,
        ):
            out[-1] = Piece(out[-1].text + piece.text, piece.state, piece.author, piece.date)
        else:
            out.append(piece)
    return out
