"""Document subcommands: `document new|list|outline|rename|move` and `import document FILE`."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

KINDS = ("charter", "declaration", "annex", "chair_summary", "statement", "other")


def register(subparsers) -> None:
    from . import import_kinds

    doc = subparsers.add_parser(
        "document",
        help="create, list, rename and reorder documents; print a document's outline",
        description="Outcome documents of a meeting.",
    )
    sub = doc.add_subparsers(dest="document_command", metavar="ACTION", required=True)

    new = sub.add_parser("new", help="create an empty document", description="Create a document.")
    new.add_argument("--kind", required=True, choices=KINDS)
    new.add_argument("--title-en", required=True, metavar="TITLE")
    new.add_argument("--title-ja", default="", metavar="TITLE")
    new.add_argument("--short", metavar="NAME", help="short name (default: from the kind)")
    new.add_argument("--parent", metavar="NAME", help="the document an annex belongs to")
    _meeting(new)
    new.set_defaults(func=cmd_new)

    listing = sub.add_parser("list", help="list the meeting's documents")
    _meeting(listing)
    listing.set_defaults(func=cmd_list)

    outline = sub.add_parser(
        "outline",
        help="one line per clause: number, kind, status, first 60 characters",
        description=(
            "Print the document's clauses, one per line: number, kind, status and the first "
            "60 characters of the text, sub-paragraphs indented. Scripts read this."
        ),
    )
    outline.add_argument("--document", required=True, metavar="NAME", help="short name")
    outline.add_argument("--lang", choices=("en", "ja"), default="en")
    outline.add_argument("--revision", metavar="LABEL", help="a frozen revision (Rev.1 …)")
    _meeting(outline)
    outline.set_defaults(func=cmd_outline)

    rename = sub.add_parser("rename", help="new titles or short name for a document")
    rename.add_argument("--document", required=True, metavar="NAME")
    rename.add_argument("--title-en", metavar="TITLE")
    rename.add_argument("--title-ja", metavar="TITLE")
    rename.add_argument("--short", metavar="NAME")
    _meeting(rename)
    rename.set_defaults(func=cmd_rename)

    move = sub.add_parser("move", help="move a document up or down in the list")
    move.add_argument("--document", required=True, metavar="NAME")
    move.add_argument("--by", type=int, required=True, metavar="N", help="-1 up, 1 down …")
    _meeting(move)
    move.set_defaults(func=cmd_move)

    from .adoption import register_adopt

    register_adopt(sub)

    kinds = import_kinds(subparsers)
    imp = kinds.add_parser(
        "document",
        help="a draft from Word (.docx), text (.txt) or Markdown (.md)",
        description=(
            "Import a draft: as a new document (--new) or as the next text of an existing one "
            "(--document: new versions of its clauses, new and dropped paragraphs). The "
            "outline found and a report are printed; nothing is written with --dry-run, and "
            "the exit code is 1 when the import would be refused."
        ),
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    target = imp.add_mutually_exclusive_group(required=True)
    target.add_argument("--document", metavar="NAME", help="the existing document")
    target.add_argument("--new", action="store_true", help="create a new document")
    imp.add_argument("--kind", choices=KINDS, help="with --new")
    imp.add_argument("--title-en", metavar="TITLE", help="with --new")
    imp.add_argument("--title-ja", default="", metavar="TITLE", help="with --new")
    imp.add_argument("--short", metavar="NAME", help="with --new (default: from the kind)")
    imp.add_argument("--parent", metavar="NAME", help="with --new: the document of an annex")
    imp.add_argument("--lang", choices=("en", "ja"), required=True, help="FILE's language")
    imp.add_argument(
        "--other", type=Path, metavar="FILE", help="the same text in the other language"
    )
    imp.add_argument(
        "--allow-missing-ja",
        action="store_true",
        help="import although Japanese paragraphs are missing (they are flagged)",
    )
    imp.add_argument("--dry-run", action="store_true", help="print the preview only")
    _meeting(imp)
    imp.set_defaults(func=cmd_import)


def _meeting(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--meeting", type=int, metavar="ID", help="meeting id (default: the only one)"
    )


def _open(args: argparse.Namespace):
    from meetingdesk.services.base import Desk

    return Desk.open(getattr(args, "db", None))


def _meeting_id(desk, args) -> int:
    from .logistics import pick_meeting

    return pick_meeting(desk, args.meeting)


def _find(desk, meeting_id: int, name: str):
    from meetingdesk.services.drafting.documents import find_document

    return find_document(desk, meeting_id, name)


def default_short(kind: str, title: str, taken: set[str]) -> str:
    """A short name from the kind ("declaration"), else from the title's first words."""
    base = kind if kind != "other" else "-".join(re.findall(r"\w+", title.lower())[:3])
    base = base or "document"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


def cmd_new(args: argparse.Namespace) -> int:
    from meetingdesk.services.drafting.documents import add_document, list_documents

    desk = _open(args)
    try:
        meeting_id = _meeting_id(desk, args)
        taken = {d.short_name for d in list_documents(desk, meeting_id)}
        parent = _find(desk, meeting_id, args.parent).id if args.parent else None
        short = args.short or default_short(args.kind, args.title_en, taken)
        doc = add_document(
            desk,
            meeting_id,
            short_name=short,
            title_en=args.title_en,
            title_ja=args.title_ja,
            kind=args.kind,
            parent_id=parent,
        )
        print(f"created document {doc.short_name} ({doc.kind}): {doc.title_en}")
        return 0
    finally:
        desk.close()


def cmd_list(args: argparse.Namespace) -> int:
    from meetingdesk.services.drafting.documents import list_documents

    desk = _open(args)
    try:
        docs = list_documents(desk, _meeting_id(desk, args))
        names = {d.id: d.short_name for d in docs}
        for d in docs:
            parent = f" (annex to {names.get(d.parent_id, '?')})" if d.parent_id else ""
            print(
                f"{d.short_name:<20} {d.kind:<14} {d.status:<12} {d.clause_count:>5} clauses  "
                f"{d.title_en}{parent}"
            )
        if not docs:
            print("no documents yet (create one with: document new)")
        return 0
    finally:
        desk.close()


def outline_line(number: str, kind: str, status: str, text: str, depth: int = 0) -> str:
    first = " ".join(text.split())[:60]
    shown = "    " * depth + (number or "-")
    return f"{shown:<12} {kind:<11} {status:<10} {first}"


def cmd_outline(args: argparse.Namespace) -> int:
    from meetingdesk.services.drafting.documents import document_text

    desk = _open(args)
    try:
        doc = _find(desk, _meeting_id(desk, args), args.document)
        text = document_text(desk, doc.id, args.revision)
        for c in text.clauses:
            body = c.text_en if args.lang == "en" else c.text_ja
            depth = getattr(c, "depth", 0) or 0
            print(outline_line(c.number, c.kind, c.status, body, depth))
        return 0
    finally:
        desk.close()


def cmd_rename(args: argparse.Namespace) -> int:
    from meetingdesk.services.drafting.documents import rename_document

    desk = _open(args)
    try:
        doc = _find(desk, _meeting_id(desk, args), args.document)
        done = rename_document(
            desk,
            doc.id,
            expected_version=doc.row_version,
            title_en=args.title_en,
            title_ja=args.title_ja,
            short_name=args.short,
        )
        print(f"document {done.short_name}: {done.title_en} / {done.title_ja}")
        return 0
    finally:
        desk.close()


def cmd_move(args: argparse.Namespace) -> int:
    from meetingdesk.services.drafting.documents import move_document

    desk = _open(args)
    try:
        doc = _find(desk, _meeting_id(desk, args), args.document)
        for d in move_document(desk, doc.id, args.by):
            print(d.short_name)
        return 0
    finally:
        desk.close()


def cmd_import(args: argparse.Namespace) -> int:
    from meetingdesk.services.base import ValidationError
    from meetingdesk.services.drafting import importing as imp
    from meetingdesk.services.drafting.documents import list_documents

    if args.new and not (args.kind and args.title_en):
        raise ValidationError("--new needs --kind and --title-en")
    if args.new and args.lang != "en":
        raise ValidationError(
            "a new document starts from its English text: give the English file with "
            "--lang en and the Japanese with --other"
        )
    primary = imp.read_outline(args.file)
    other = imp.read_outline(args.other) if args.other else None
    desk = _open(args)
    try:
        meeting_id = _meeting_id(desk, args)
        if args.new:
            english, japanese = primary, other
            plan = imp.plan_new_document(english, japanese)
        else:
            doc = _find(desk, meeting_id, args.document)
            plan = imp.plan_new_text(desk, doc.id, primary, args.lang, other)
        print_plan(plan, args.file.name)
        try:
            imp.check_plan(plan, args.allow_missing_ja)
        except ValidationError as exc:
            print(f"import refused: {exc}", file=sys.stderr)
            return 1
        if args.dry_run:
            print("dry run: nothing was written")
            return 0
        source = args.file.name
        if args.new:
            taken = {d.short_name for d in list_documents(desk, meeting_id)}
            parent = _find(desk, meeting_id, args.parent).id if args.parent else None
            result = imp.import_new_document(
                desk,
                meeting_id,
                plan,
                kind=args.kind,
                title_en=args.title_en,
                title_ja=args.title_ja,
                parent_id=parent,
                short_name=args.short or default_short(args.kind, args.title_en, taken),
                source=source,
                allow_missing_japanese=args.allow_missing_ja,
            )
        else:
            result = imp.import_new_text(
                desk,
                doc.id,
                plan,
                lang=args.lang,
                source=source,
                allow_missing_japanese=args.allow_missing_ja,
            )
        print(
            f"imported into {result.document.short_name}: {result.added} added, "
            f"{result.changed} changed, {result.dropped} dropped, {result.unchanged} unchanged"
            + (f", {result.missing_japanese} without Japanese" if result.missing_japanese else "")
        )
        return 0
    finally:
        desk.close()


def print_plan(plan, name: str) -> None:
    from meetingdesk.text.draft_plan import preview_numbers

    numbers = preview_numbers(plan)
    for item, number in zip(plan.items, numbers, strict=True):
        text = item.text_en or item.text_ja
        mark = "" if item.action == "new" else f"[{item.action}] "
        print(outline_line(number, item.kind, mark.strip() or "new", text, item.depth))
    print(
        f"{name}: {sum(1 for i in plan.items if i.action != 'drop')} paragraphs"
        f" ({plan.count('new')} new, {plan.count('change')} changed, "
        f"{plan.count('same')} unchanged, {plan.count('drop')} dropped)"
    )
    for line in plan.report:
        print(f"not imported: {line}")
    for line in plan.structure:
        print(f"PROBLEM: {line}")
    for line in plan.mismatches:
        print(f"MISMATCH: {line}")
    if plan.missing_japanese and plan.items and any(i.text_ja for i in plan.items):
        print(f"{plan.missing_japanese} paragraph(s) have no Japanese")
