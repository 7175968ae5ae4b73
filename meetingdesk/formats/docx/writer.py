# SPDX-License-Identifier: GPL-3.0-or-later
"""Word files of a document: final text, compilation text (open proposals as Word comments)
and the redline between two revisions as native tracked changes.

Fed by the same snapshots as the PDF writers (DocumentText); no database access. One
language stacked, or English and Japanese as a two-column table (one row a clause). Output is
byte-reproducible (fixed zip timestamps, document dates taken from the snapshot) so a
circulated file can be identified by its SHA-256.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from meetingdesk.formats import ExportCancelled, ExportError
from meetingdesk.formats.files import why
from meetingdesk.formats.labels import (
    date_text,
    label,
    local_date,
    place_and_date_line,
    revision_text,
)
from meetingdesk.formats.redline_plan import Step, gap_text, plan
from meetingdesk.snapshots import ClauseSnap, DocumentText
from meetingdesk.text import brackets
from meetingdesk.text.diff import ClauseRef, diff_clauses

from . import writer_runs as wr
from .writer_numbering import Numbering, place
from .writer_styles import KIND_STYLE, LEGEND, NOTE, STATUS_STYLE_ID, SUBTITLE, TITLE, setup

DOCX_KINDS = ("final", "compilation", "redline")
LANGS = ("en", "ja", "both")


@dataclass(frozen=True)
class DocxOptions:
    lang: str = "both"
    paper: str = "a4"
    track_changes: bool = False  # switch Track Changes on in the file (for comments back)
    cancel: Callable[[], bool] | None = None
    # Redline only: leave out the clauses unchanged (and not renumbered) in every language.
    only_changed: bool = False


@dataclass(frozen=True)
class CommentNote:
    """An open proposal shown as a Word comment on its clause's paragraph."""

    clause_id: int | None
    after_clause_id: int | None
    delegation_code: str
    kind: str
    language: str
    text: str
    rationale: str = ""
    created_at: datetime | None = None


@dataclass(frozen=True)
class DocxResult:
    path: Path
    kind: str
    paragraphs: int  # clause paragraphs written (both languages counted)
    sha256: str
    changes_by_author: tuple[tuple[str, int], ...] = ()  # tracked changes per author
    comments: int = 0
    warnings: tuple[str, ...] = field(default=())


class _Builder:
    def __init__(self, kind: str, text: DocumentText, options: DocxOptions) -> None:
        if options.lang not in LANGS:
            raise ExportError(f"language {options.lang!r} is not one of {', '.join(LANGS)}")
        if options.paper not in ("a4", "letter"):
            raise ExportError(f"paper {options.paper!r} is not one of a4, letter")
        import docx

        self.kind = kind
        self.text = text
        self.options = options
        self.langs = ("en", "ja") if options.lang == "both" else (options.lang,)
        self.document = docx.Document()
        setup(self.document, options.paper, options.track_changes)
        existing = self.document.part.numbering_part.element
        self.numbering = Numbering(
            max((int(x) for x in existing.xpath("./w:abstractNum/@w:abstractNumId")), default=0),
            max((int(x) for x in existing.xpath("./w:num/@w:numId")), default=0),
        )
        self.ids = wr.Ids()
        self.paragraphs = 0
        self.changes: dict[str, int] = {}
        self.comments = 0
        self.table = None
        self._half = None
        self._style_ids: dict[str, str] = {}
        self.warnings: list[str] = []

    # --- furniture ------------------------------------------------------------------------

    def title_block(self, kind_key: str, extra: Mapping[str, list[str]] | None = None) -> None:
        doc = self.text.document
        for lang in self.langs:
            ja = lang == "ja"
            title = doc.title_ja or doc.title_en if ja else doc.title_en
            self._plain(TITLE, title, ja)
            lines = [label(kind_key, lang), place_and_date_line(self.text.meeting, lang)]
            if doc.status == "adopted" and doc.adopted_at:
                day = local_date(doc.adopted_at, self.text.meeting.time_zone)
                lines.append(label("adopted_on", lang, date=date_text(day, lang)))
            if self.text.revision_label:
                lines.append(revision_text(self.text.revision_label, lang))
            lines += list((extra or {}).get(lang, []))
            for line in lines:
                if line:
                    self._plain(SUBTITLE, line, ja)

    def gap(self, count: int) -> None:
        """ "… 12 unchanged clauses left out …" where a redline leaves clauses out: a row of
        the table (each language in its column) or a paragraph; never a clause style, so a
        returned copy's reader does not take it for a clause."""
        where = self.cells()
        for lang in self.langs:
            container = where[lang]
            if len(self.langs) == 1:
                p = container.add_paragraph()
            else:
                from docx.text.paragraph import Paragraph

                p = Paragraph(container._tc.p_lst[0], container)
            p._p.style = self.style_id(LEGEND)
            p._p.append(wr.run(gap_text(count, lang), lang == "ja"))

    def legend(self, keys: Sequence[str]) -> None:
        for lang in self.langs:
            parts = [label("legend", lang) + ":"] + [label(k, lang) for k in keys]
            self._plain(LEGEND, "   ".join(parts), lang == "ja")

    def style_id(self, name: str) -> str:
        """A style's id by its name, looked up once (python-docx scans every style)."""
        found = self._style_ids.get(name)
        if found is None:
            found = self._style_ids[name] = self.document.styles[name].style_id
        return found

    def _plain(self, style: str, body: str, ja: bool):
        p = self.document.add_paragraph()
        p._p.style = self.style_id(style)
        p._p.append(wr.run(body, ja))
        return p

    def footer(self) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        doc = self.text.document
        words = [doc.short_name, self.text.revision_label or label("current_text", "en")]
        p = self.document.sections[0].footer.paragraphs[0]
        p.style = self.document.styles[LEGEND]
        p._p.append(wr.run(" — ".join(w for w in words if w) + " — ", False))
        field_ = OxmlElement("w:fldSimple")
        field_.set(qn("w:instr"), " PAGE ")
        field_.append(wr.run("1", False))
        p._p.append(field_)

    # --- clause paragraphs ----------------------------------------------------------------

    def cells(self) -> dict[str, object]:
        """Where the next clause goes in each language: the body, or a new table row."""
        if len(self.langs) == 1:
            return {self.langs[0]: self.document}
        from docx.table import _Cell

        if self.table is None:
            self.table = self.document.add_table(rows=0, cols=2)
            self.table.autofit = False
            _table_layout(self.table, self.document)
            self._half = self.table.columns[0].width
        # Built directly: python-docx's row.cells walks the whole table on every call.
        tr = self.table._tbl.add_tr()
        cells = []
        for _ in range(2):
            tc = tr.add_tc()
            tc.width = self._half
            cells.append(_Cell(tc, self.table))
        return {"en": cells[0], "ja": cells[1], "_row": _RowRef(tr)}

    def clause(
        self,
        container,
        clause: ClauseSnap,
        lang: str,
        runs: list,
        number: str,
        stream: str = "",
        prefix: list | None = None,
    ):
        """One clause paragraph in one language with its Word number and bookmark."""
        from docx.table import _Cell
        from docx.text.paragraph import Paragraph

        style = self.style_id(KIND_STYLE.get(clause.kind, "Operative Paragraph"))
        if isinstance(container, _Cell):  # a fresh row's cell holds one empty paragraph
            p = Paragraph(container._tc.p_lst[0], container)
        else:
            p = container.add_paragraph()
        p._p.style = style
        where = place(clause.kind, getattr(clause, "level", 0) or 0)
        if where is not None:
            numbered = self.numbering.number_for(stream or lang, where[0], where[1], number)
            if numbered is not None:
                num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = numbered[1]
                num_pr.get_or_add_numId().val = numbered[0]
        elif number.strip():  # an unnumbered kind that carries a number: print it
            runs = [wr.run(number.strip() + " ", lang == "ja"), *runs]
        for r in prefix or ():
            p._p.append(r)
        for r in runs:
            p._p.append(r)
        wr.bookmark(p._p, wr.clause_bookmark(clause.uuid, lang), self.ids)
        self.paragraphs += 1
        return p

    def comment(self, paragraph, note: CommentNote, lang: str) -> None:
        from docx.text.run import Run

        runs = [Run(r, paragraph) for r in paragraph._p.xpath("./w:r")]
        if not runs:
            runs = [paragraph.add_run("")]
        kind = (
            label("proposal_" + note.kind, lang)
            if note.kind in ("insert", "replace", "delete", "new", "move")
            else note.kind
        )
        body = f"{label('proposal_by', lang, code=note.delegation_code)} ({kind})"
        if note.text:
            body += f": {note.text}"
        if note.rationale:
            body += f"\n{note.rationale}"
        comment = self.document.add_comment(
            runs, text=body, author=note.delegation_code, initials=wr.OWN_COMMENT
        )
        element = comment._comment_elm
        if note.created_at is not None:
            element.set(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}date",
                wr.word_date(note.created_at),
            )
        else:
            element.attrib.pop(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}date", None
            )
        self.comments += 1

    def count(self, author: str) -> None:
        self.changes[author] = self.changes.get(author, 0) + 1

    def check_cancel(self, i: int) -> None:
        if i % 100 == 0 and self.options.cancel is not None and self.options.cancel():
            raise ExportCancelled("export cancelled; no file was written")

    # --- saving ---------------------------------------------------------------------------

    def save(self, out: Path) -> DocxResult:
        self.numbering.install(self.document.part.numbering_part.element)
        core = self.document.core_properties
        doc = self.text.document
        core.title = doc.title_en
        core.subject = self.text.meeting.title_en
        core.author = self.text.meeting.host_en or "MeetingDesk"
        core.last_modified_by = "MeetingDesk"
        core.keywords = f"document:{doc.uuid} revision:{self.text.revision_label}"
        when = self.text.revision_at or doc.adopted_at
        if when is None:
            when = datetime(self.text.meeting.start_date.year, 1, 1)
        core.created = core.modified = when.replace(tzinfo=None, microsecond=0)
        core.revision = 1
        raw = io.BytesIO()
        self.document.save(raw)
        data = _reproducible_zip(raw.getvalue())
        out = Path(out)
        part = out.with_name(out.name + ".part")
        try:
            part.write_bytes(data)
            os.replace(part, out)
        except OSError as exc:
            part.unlink(missing_ok=True)
            raise ExportError(
                f"cannot write {out}: {exc.strerror or exc}",
                code="export_write_refused",
                file=str(out),
                why=why(exc),
            ) from exc
        return DocxResult(
            out,
            self.kind,
            self.paragraphs,
            hashlib.sha256(data).hexdigest(),
            tuple(sorted(self.changes.items())),
            self.comments,
            tuple(self.warnings),
        )


def _table_layout(table, document) -> None:
    """Two equal columns over the text width, no borders; rows never split a clause apart
    from its translation across pages more than Word must."""
    from docx.shared import Emu

    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    half = Emu(int(width / 2))
    for column in table.columns:
        column.width = half


@dataclass(frozen=True)
class _RowRef:
    """A table row as the redline marks it (its w:tr)."""

    _tr: object


def _reproducible_zip(data: bytes) -> bytes:
    """The same package with fixed timestamps and order, so equal input gives equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def _body(clause: ClauseSnap, lang: str) -> str:
    return clause.text_ja if lang == "ja" else clause.text_en


def _status_prefix(clause: ClauseSnap, lang: str) -> list:
    if clause.status == "ad_ref" or clause.ad_ref:
        words = label("ad_ref_pending", lang, codes=", ".join(clause.ad_ref) or "—")
    elif clause.status == "agreed":
        words = label("status_agreed", lang)
    else:
        return []
    return [wr.run(f"[{words}] ", lang == "ja", style=STATUS_STYLE_ID)]


# --- the three kinds ------------------------------------------------------------------------


def write_final(out: Path, text: DocumentText, options: DocxOptions = DocxOptions()) -> DocxResult:
    """The text as adopted (or as it stands): brackets, if any remain, shown plain."""
    bodies: dict[tuple[int, str], str] = {}
    for clause in text.clauses:
        for lang in ("en", "ja"):
            body = _body(clause, lang)
            try:
                bodies[(clause.id, lang)] = wr.final_text(body)
            except brackets.BracketError as error:
                where = f"{text.document.short_name} clause {clause.number or clause.position}"
                raise ExportError(
                    f"{where} has unbalanced brackets ({error}); it cannot be written as final "
                    "text — clear the brackets or export the compilation text instead",
                    code="final_unbalanced",
                    document=text.document.short_name,
                    clause=clause.number,
                    language=lang,
                ) from error
    b = _Builder("final", text, options)
    b.title_block("kind_final")
    missing = 0
    for i, clause in enumerate(text.clauses):
        b.check_cancel(i)
        where = b.cells()
        for lang in b.langs:
            body = bodies[(clause.id, lang)]
            if lang == "ja" and not body:
                missing += 1
            b.clause(
                where[lang],
                clause,
                lang,
                [wr.run(body, lang == "ja")] if body else [],
                clause.number,
            )
    if missing:
        b.warnings.append(f"{text.document.short_name}: {missing} clause(s) have no Japanese text")
    b.footer()
    return b.save(out)


def write_compilation(
    out: Path,
    text: DocumentText,
    proposals: Sequence[CommentNote] = (),
    options: DocxOptions = DocxOptions(),
) -> DocxResult:
    """Brackets, alternatives and supporting delegations formatted; each clause's status
    (ad ref, agreed) before it; each open proposal a Word comment on its paragraph, by its
    delegation. The characters are the stored markup, so a returned copy reads back."""
    b = _Builder("compilation", text, options)
    b.title_block("kind_compilation", {lg: [label("without_prejudice", lg)] for lg in ("en", "ja")})
    b.legend(("legend_brackets", "legend_alternatives", "legend_supporters", "legend_ad_ref"))
    on: dict[int, list[CommentNote]] = {}
    ids = {c.id for c in text.clauses}
    loose: list[CommentNote] = []
    for note in proposals:
        target = note.clause_id if note.clause_id in ids else note.after_clause_id
        if target in ids:
            on.setdefault(target, []).append(note)
        else:
            loose.append(note)
    for i, clause in enumerate(text.clauses):
        b.check_cancel(i)
        where = b.cells()
        for lang in b.langs:
            body = _body(clause, lang)
            runs = wr.styled_runs(body, lang == "ja", True)
            prefix = _status_prefix(clause, lang) if body else []
            p = b.clause(where[lang], clause, lang, runs, clause.number, prefix=prefix)
            for note in on.get(clause.id, ()):
                if note.language in (lang, "") or (
                    note.kind in ("delete", "move", "new") and lang == b.langs[0]
                ):
                    b.comment(p, note, lang)
    for note in loose:
        p = b._plain(
            NOTE,
            f"{label('proposal_by', b.langs[0], code=note.delegation_code)}",
            b.langs[0] == "ja",
        )
        b.comment(p, note, b.langs[0])
    b.footer()
    return b.save(out)


def _refs(text: DocumentText, lang: str) -> list[ClauseRef]:
    return [ClauseRef(c.uuid, c.number, _body(c, lang)) for c in text.clauses]


def write_redline(
    out: Path,
    old: DocumentText,
    new: DocumentText,
    options: DocxOptions = DocxOptions(),
    marks: Mapping[tuple[str, str], wr.Mark] | None = None,
) -> DocxResult:
    """Revision ``old`` → ``new`` as Word revisions: each changed clause's insertions and
    deletions as w:ins / w:del by the delegation (or the secretariat) whose version made
    them, added clauses as inserted paragraphs (rows), deleted ones as deleted paragraphs
    kept at their old number; a moved clause is deleted where it was and inserted where it
    is. Accept All gives ``new``'s text, Reject All ``old``'s, each in its own order.

    With ``options.only_changed`` the clauses unchanged and not renumbered in every
    language are left out (the headings a kept clause stands under stay, untracked; each
    run left out is one untracked "… N unchanged clauses left out …" line), so Accept All
    gives ``new``'s text of the clauses shown and Reject All ``old``'s — an extract to
    read, not a whole text to continue from."""
    marks = marks or {}
    default = wr.Mark("Secretariat", new.revision_at)
    b = _Builder("redline", new, options)
    span = {
        lg: [
            label(
                "redline_between",
                lg,
                old=revision_text(old.revision_label, lg) if old.revision_label else "—",
                new=revision_text(new.revision_label, lg)
                if new.revision_label
                else label("current_text", lg),
            )
        ]
        + ([label("only_changed", lg)] if options.only_changed else [])
        for lg in ("en", "ja")
    }
    b.title_block("kind_redline", span)
    changes = {lg: diff_clauses(_refs(old, lg), _refs(new, lg)) for lg in b.langs}
    by_uuid = {lg: {c.uuid: c for c in changes[lg]} for lg in b.langs}
    stable = {c.uuid for c in changes[b.langs[0]] if c.kind in ("unchanged", "changed")}
    olds = {c.uuid: c for c in old.clauses}
    news = {c.uuid: c for c in new.clauses}
    merged = _merged_order(old, new, stable)
    steps = (
        _changed_steps(merged, olds, news, by_uuid, b.langs)
        if options.only_changed
        else [Step("show", index=i) for i in range(len(merged))]
    )
    for i, step in enumerate(steps):
        b.check_cancel(i)
        if step.what == "gap":
            b.gap(step.count)
            continue
        side, uuid = merged[step.index]
        clause = news.get(uuid) if side != "from" else olds[uuid]
        number = clause.number
        if options.only_changed and clause.depth > 0 and clause.reference and number:
            number = clause.reference  # "4(a)": its paragraph is not always shown
        where = b.cells()
        row = where.get("_row")
        whole = {"from": "delete", "to": "insert"}.get(side, "")
        for lang in b.langs:
            ja = lang == "ja"
            mark = marks.get((uuid, lang), default)
            body = _body(clause, lang)
            if whole:
                runs = wr.styled_runs(body, ja, True, deleted=whole == "delete")
                runs = [wr.tracked(whole, runs, mark, b.ids)] if body else []
                if runs:
                    b.count(mark.author or "Secretariat")
            prefix = []
            if not whole:
                change = by_uuid[lang][uuid]
                ops = change.ops
                runs = wr.diff_runs(ops, ja, mark, b.ids) if ops else wr.styled_runs(body, ja, True)
                for r in runs:
                    if r.tag.endswith("}ins") or r.tag.endswith("}del"):
                        b.count(mark.author or "Secretariat")
                if change.renumbered and change.old_number:
                    was = label("was", lang, new="", old=change.old_number).strip()
                    prefix = [wr.run(was + " ", ja, style=STATUS_STYLE_ID)]  # not clause text
            stream = f"{lang}-deleted" if whole == "delete" else lang
            p = b.clause(where[lang], clause, lang, runs, number, stream, prefix=prefix)
            if whole and row is None:
                wr.mark_paragraph(p._p, whole, mark, b.ids)
        if whole and row is not None:
            wr.mark_row(row._tr, whole, marks.get((uuid, b.langs[0]), default), b.ids)
    b.footer()
    return b.save(out)


def _changed_steps(merged, olds, news, by_uuid, langs) -> list[Step]:
    """The redline_plan steps over the merged order: a clause on one side only (added,
    deleted, moved) is kept; one in place in both is kept when changed or renumbered in
    any language shown."""

    def changed(side: str, uuid: str) -> bool:
        if side != "same":
            return True
        return any(
            by_uuid[lg][uuid].kind != "unchanged" or by_uuid[lg][uuid].renumbered for lg in langs
        )

    kinds = [(news.get(uuid) if side != "from" else olds[uuid]).kind for side, uuid in merged]
    return plan(kinds, [changed(side, uuid) for side, uuid in merged], _title_at(merged, news))


def _title_at(merged, news) -> list[int]:
    """A leading heading in place in both revisions is the document's own title line: never
    shown as context (the title block names the document)."""
    if merged and merged[0][0] == "same" and news[merged[0][1]].kind == "heading":
        return [0]
    return []


def _merged_order(old: DocumentText, new: DocumentText, stable: set[str]) -> list[tuple[str, str]]:
    """One sequence holding both revisions: ("same", uuid) for a clause in place in both,
    ("from", uuid) for one only in the old order (deleted, or moved away), ("to", uuid) for
    one only in the new order (added, or moved here). The stable clauses (a longest run kept
    in order, from text.diff) are in the same order on both sides, so filtering the sequence
    gives back each revision's own order — which Reject All and Accept All then show."""
    before = [c.uuid for c in old.clauses]
    after = [c.uuid for c in new.clauses]
    out: list[tuple[str, str]] = []
    i = j = 0
    while i < len(before) or j < len(after):
        while i < len(before) and before[i] not in stable:
            out.append(("from", before[i]))
            i += 1
        while j < len(after) and after[j] not in stable:
            out.append(("to", after[j]))
            j += 1
        if i < len(before) and j < len(after):
            out.append(("same", after[j]))
            i += 1
            j += 1
    return out
