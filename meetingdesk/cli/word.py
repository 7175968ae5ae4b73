# SPDX-License-Identifier: GPL-3.0-or-later
"""Word and Akoma Ntoso on the command line: `export docx KIND …` and `export akn …` (reached
through the export command), `import proposals FILE.docx …` and `circulate …`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers) -> None:
    from .actions import _import_kinds

    imp = _import_kinds(subparsers).add_parser(
        "proposals",
        help="delegations' proposals from a returned Word file (tracked changes)",
        description=(
            "import proposals FILE.docx --document NAME --revision LABEL: the revision as "
            "circulated, returned with tracked changes. Each changed paragraph becomes a "
            "proposal of the delegation behind the change (--delegation, else the Word author "
            "mapped to a delegation); a Word comment on it becomes the rationale. Prints the "
            "report first; imports nothing if any change cannot be placed."
        ),
    )
    imp.add_argument("file", type=Path, metavar="FILE.docx")
    imp.add_argument("--document", required=True, metavar="NAME")
    imp.add_argument("--revision", required=True, metavar="LABEL", help="the revision sent")
    imp.add_argument("--delegation", metavar="CODE", help="every change is this delegation's")
    imp.add_argument(
        "--author",
        action="append",
        default=[],
        metavar="'NAME=CODE'",
        help="map a Word author to a delegation (remembered for the meeting); repeatable",
    )
    imp.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    imp.add_argument("--meeting", type=int, metavar="ID")
    imp.set_defaults(func=cmd_import)

    circ = subparsers.add_parser(
        "circulate",
        help="write a revision's PDF, Word file and one e-mail draft per delegation",
        description=(
            "Write the compilation text of a frozen revision as PDF and Word (Track Changes "
            "on) into FOLDER, and for each delegation an e-mail draft (.eml) to its contact "
            "points with both attached and a cover note in English and Japanese; record the "
            "circulation (files with their SHA-256, recipients)."
        ),
    )
    circ.add_argument("--document", required=True, metavar="NAME")
    circ.add_argument("--revision", required=True, metavar="LABEL")
    circ.add_argument("--out", required=True, type=Path, metavar="FOLDER")
    circ.add_argument(
        "--from",
        dest="sender",
        default="",
        metavar="ADDRESS",
        help="the sender shown in the drafts",
    )
    circ.add_argument("--lang", choices=("en", "ja", "both"), default="both")
    circ.add_argument("--meeting", type=int, metavar="ID")
    circ.set_defaults(func=cmd_circulate)


def _authors(pairs: list[str]) -> dict[str, str]:
    from meetingdesk.services.base import ValidationError

    out = {}
    for pair in pairs:
        name, sep, code = pair.rpartition("=")
        if not sep or not name.strip() or not code.strip():
            raise ValidationError(f"--author {pair!r}: write it as 'Word author name=CODE'")
        out[name.strip()] = code.strip()
    return out


def cmd_import(args: argparse.Namespace) -> int:
    from meetingdesk.services.base import Desk
    from meetingdesk.services.drafting.word_import import ImportRefused, import_returned
    from meetingdesk.services.exports import default_meeting_id

    desk = Desk.open(args.db)
    try:
        meeting_id = args.meeting or default_meeting_id(desk)
        try:
            report = import_returned(
                desk,
                args.file,
                meeting_id=meeting_id,
                document=args.document,
                revision=args.revision,
                delegation=args.delegation,
                authors=_authors(args.author),
                dry_run=args.dry_run,
            )
        except ImportRefused as refused:
            for line in refused.report.lines():
                print(line, file=sys.stderr)
            raise
    finally:
        desk.close()
    for line in report.lines():
        print(line)
    if args.dry_run:
        print(f"dry run: {len(report.to_create)} proposal(s) would be created; nothing written")
    else:
        print(f"imported {report.created} proposal(s) from {report.path.name}")
    return 0


def cmd_circulate(args: argparse.Namespace) -> int:
    from meetingdesk.services.base import Desk
    from meetingdesk.services.exports import default_meeting_id
    from meetingdesk.services.exports.circulation import circulate

    desk = Desk.open(args.db)
    try:
        meeting_id = args.meeting or default_meeting_id(desk)
        snap = circulate(
            desk,
            meeting_id=meeting_id,
            document=args.document,
            revision=args.revision,
            out=args.out,
            sender=args.sender,
            lang=args.lang,
        )
    finally:
        desk.close()
    for warning in snap.warnings:
        print(f"meetingdesk: warning: {warning}", file=sys.stderr)
    for f in snap.files:
        print(f"wrote {Path(snap.folder) / f.name} ({f.size} bytes, sha256 {f.sha256})")
    for r in snap.recipients:
        to = r.addresses or "(no address)"
        print(f"wrote {Path(snap.folder) / r.eml_name} → {r.delegation_code}: {to}")
    print(
        f"recorded the circulation of {snap.revision_label} to {len(snap.recipients)} delegation(s)"
    )
    return 0


def cmd_export_word(args: argparse.Namespace) -> int:
    """`export docx KIND …` and `export akn …` (called by the export command)."""
    from meetingdesk.cli.export import document_options, only_changed_fits
    from meetingdesk.services.base import Desk, ValidationError
    from meetingdesk.services.exports import default_meeting_id
    from meetingdesk.services.exports.word import DOCX_KINDS, export_akn, export_docx

    only_changed_fits(args, args.word_kind if args.kind == "docx" else args.kind)
    desk = Desk.open(args.db)
    try:
        meeting_id = args.meeting or default_meeting_id(desk)
        if args.kind == "akn":
            lang = "en" if args.lang == "both" else args.lang
            akn = export_akn(
                desk,
                args.out,
                meeting_id=meeting_id,
                document=args.document,
                revision=args.revision,
                lang=lang,
            )
            print(f"wrote {akn.path} (Akoma Ntoso 3.0, {akn.language}, sha256 {akn.sha256})")
            return 0
        if args.word_kind not in DOCX_KINDS:
            raise ValidationError(
                f"export docx needs a kind: one of {', '.join(DOCX_KINDS)} (e.g. export docx "
                "redline --document declaration --from Rev.1 --to Rev.2 --out r.docx)"
            )
        result = export_docx(
            desk,
            args.word_kind,
            args.out,
            meeting_id=meeting_id,
            **document_options(args),
        )
    finally:
        desk.close()
    for warning in result.warnings:
        print(f"meetingdesk: warning: {warning}", file=sys.stderr)
    changes = ", ".join(f"{a}: {n}" for a, n in result.changes_by_author)
    extra = f"; tracked changes by author: {changes}" if changes else ""
    extra += f"; {result.comments} comment(s)" if result.comments else ""
    print(
        f"wrote {result.path} (docx {result.kind}, {result.paragraphs} clause paragraph(s), "
        f"sha256 {result.sha256}{extra})"
    )
    return 0
