# SPDX-License-Identifier: GPL-3.0-or-later
"""`export KIND --out FILE …` and `verify FILE.pdf`.

Services (and through them ReportLab) are imported inside the commands, so building the
parser stays cheap.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

KINDS_HELP = {
    "final": "clean final text of a document (--document; --revision, else adopted/current)",
    "compilation": "compilation text: brackets, alternatives, proposals by delegation, legend",
    "redline": "changes between two revisions (--from LABEL [--to LABEL, else current])",
    "agenda": "bilingual agenda, times in the meeting's time zone",
    "participants": "list of participants by order of precedence",
    "badges": "sheet of badges to cut (name EN/JA, delegation, role, number)",
    "nameplates": "tent cards, one per delegation, to fold along the middle",
    "book": "meeting book: agenda, participants and current documents, with bookmarks",
    "annex": "the annex of collaborative actions in its published form, owners named",
    "followup": "follow-up report: status per action and per delegation, with a chart",
    "seating": "seating plan of the plenary: the table from above and the list of seats",
    "ics": "the agenda as an iCalendar file (--delegation CODE or --participant WHO: one view)",
    "docx": "a Word file: docx final|compilation|redline (real numbering, tracked changes)",
    "akn": "Akoma Ntoso 3.0 XML of a document, one language (--lang en|ja)",
    "participants-xlsx": "the list of participants as an XLSX workbook (editable, re-importable)",
    "actions-xlsx": "the annex actions as an XLSX workbook (editable, re-importable)",
}
NOT_PDF = ("ics", "participants-xlsx", "actions-xlsx")


def register(subparsers) -> None:
    kinds = "\n".join(f"  {k:<18} {v}" for k, v in KINDS_HELP.items())
    export = subparsers.add_parser(
        "export",
        help="write a PDF, a calendar (.ics) or a workbook (.xlsx) of the meeting",
        description=f"Write a PDF, an iCalendar file or an XLSX workbook, headless. "
        f"Kinds:\n{kinds}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument(
        "kind", choices=tuple(KINDS_HELP), metavar="KIND", help="one of: " + ", ".join(KINDS_HELP)
    )
    export.add_argument(
        "word_kind",
        nargs="?",
        metavar="DOCX_KIND",
        help="after docx: final, compilation or redline",
    )
    export.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help="the file to write: .pdf; .ics for ics, .xlsx for the -xlsx kinds, .docx, .xml (akn)",
    )
    export.add_argument(
        "--document",
        metavar="NAME",
        help="document short name (charter, declaration, annex in the demo)",
    )
    export.add_argument("--revision", metavar="LABEL", help="a frozen revision such as Rev.1")
    export.add_argument(
        "--from", dest="from_label", metavar="LABEL", help="redline: the older revision"
    )
    export.add_argument(
        "--to",
        dest="to_label",
        metavar="LABEL",
        help="redline: the newer revision (default: the current text)",
    )
    export.add_argument(
        "--only-changed",
        action="store_true",
        help="redline: leave out the clauses that did not change (each run left out is "
        "marked, the headings of a kept clause stay)",
    )
    export.add_argument(
        "--lang",
        choices=("en", "ja", "both"),
        default="both",
        help="language(s); both = parallel columns (default)",
    )
    export.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)"
    )
    export.add_argument(
        "--meeting",
        type=int,
        metavar="ID",
        help="meeting id (default: the only or most recent meeting)",
    )
    export.add_argument(
        "--delegation",
        metavar="CODE",
        help="ics: only the sessions of this delegation (with the plenaries)",
    )
    export.add_argument(
        "--participant",
        metavar="WHO",
        help="ics: only one person's sessions (participant id, e-mail or MeetingDesk ID)",
    )
    export.add_argument(
        "--confidential",
        default="",
        metavar="TEXT",
        help="print a confidentiality marking on every page",
    )
    export.add_argument(
        "--font",
        metavar="FILE",
        help="Japanese TrueType font (.ttf/.ttc[#index]); "
        "default MEETINGDESK_CJK_FONT, else found on the system",
    )
    export.add_argument(
        "--author",
        default="",
        metavar="NAME",
        help="the PDF's Author (default: the host secretariat, from the meeting's host)",
    )
    export.set_defaults(func=cmd_export)

    verify = subparsers.add_parser(
        "verify",
        help="check an adopted final text's PDF against the database",
        description=(
            "Check an adopted final PDF: its signature (the secretariat's certificate, "
            "covering every byte: nothing appended, no later update), then its printed text "
            "clause by clause against the adopted revision, then the fingerprint; report "
            "match (exit 0) or mismatch with the reason (exit 1)."
        ),
    )
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.set_defaults(func=cmd_verify)


def cmd_export(args: argparse.Namespace) -> int:
    from meetingdesk.services.base import Desk
    from meetingdesk.services.exports import default_meeting_id, export

    if args.kind in ("docx", "akn"):
        from .word import cmd_export_word

        return cmd_export_word(args)
    only_changed_fits(args, args.kind)
    desk = Desk.open(args.db)
    try:
        meeting_id = args.meeting or default_meeting_id(desk)
        if args.kind in NOT_PDF:
            print(f"wrote {_export_other(desk, meeting_id, args)} ({args.kind})")
            return 0
        result = export(
            desk,
            args.kind,
            args.out,
            meeting_id=meeting_id,
            **document_options(args),
            confidential=args.confidential,
            font=args.font,
            author=args.author,
        )
    finally:
        desk.close()
    for warning in result.warnings:
        print(f"meetingdesk: warning: {warning}", file=sys.stderr)
    print(f"wrote {result.path} ({result.kind}, {result.pages} page(s), sha256 {result.sha256})")
    print(f"fonts: {result.fonts}")
    return 0


def document_options(args: argparse.Namespace) -> dict:
    """What names the text to write, shared by `export KIND` and `export docx KIND`."""
    return {
        "document": args.document,
        "revision": args.revision,
        "from_label": args.from_label,
        "to_label": args.to_label,
        "lang": args.lang,
        "paper": args.paper,
        "only_changed": args.only_changed,
    }


def only_changed_fits(args: argparse.Namespace, kind: str | None) -> None:
    """--only-changed shortens a redline; on any other kind it would be silently ignored."""
    from meetingdesk.services.base import ValidationError

    if args.only_changed and kind != "redline":
        raise ValidationError(
            f"--only-changed applies to a redline only, not to {kind or 'this export'}"
        )


def _export_other(desk, meeting_id: int, args: argparse.Namespace) -> Path:
    if args.kind == "ics":
        from meetingdesk.services.logistics.schedule import export_ics

        return export_ics(desk, meeting_id, args.out, args.delegation, args.participant)
    if args.kind == "participants-xlsx":
        from meetingdesk.services.logistics.participants import export_participants_xlsx

        return export_participants_xlsx(desk, meeting_id, args.out)
    from meetingdesk.services.actions.xlsx import export_actions_xlsx

    return export_actions_xlsx(desk, meeting_id, args.out)


def cmd_verify(args: argparse.Namespace) -> int:
    from meetingdesk.services.base import Desk
    from meetingdesk.services.exports import verify_pdf

    desk = Desk.open(args.db)
    try:
        result = verify_pdf(desk, args.file)
    finally:
        desk.close()
    print(result.message)
    return 0 if result.ok else 1
