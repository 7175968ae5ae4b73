"""`package resolve`: the merge conflicts a check-in (or a pull) left open, from the command
line, as the window's conflict view settles them.

Without --clause it lists them; with --clause NUMBER and --keep it settles one: keep the main
database's text, this package's, or both as bracketed alternatives tagged with each side's
delegation ("[meaningful {CAN} / affordable {DEU}]"). Run it on the database that holds the
conflicts: the main database after `package in`, the package file after `package pull`
(--db sqlite:///laptop.mdpkg).
"""

from __future__ import annotations

import argparse

KEEP = {"main": "main", "package": "package", "both": "alternatives"}


def register(sub) -> None:
    resolve = sub.add_parser(
        "resolve",
        help="list the open merge conflicts, or settle one by clause number",
        description=(
            "List the merge conflicts left open in this database (after `package in`; on a "
            "package after `package pull`), or settle one: --clause NUMBER --keep main "
            "(the main database's text), package (this package's) or both (bracketed "
            "alternatives tagged with each side's delegation). Exits 1 while conflicts remain "
            "after listing."
        ),
    )
    resolve.add_argument("--clause", metavar="NUMBER", help="clause number, e.g. 5 or 8bis")
    resolve.add_argument("--document", metavar="NAME", help="document short name")
    resolve.add_argument("--lang", choices=("en", "ja"), help="language of the conflict")
    resolve.add_argument(
        "--keep", choices=tuple(KEEP), help="main, package, or both as bracketed alternatives"
    )
    resolve.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    resolve.set_defaults(func=cmd_resolve)


def _number(label: str) -> str:
    text = label.strip()
    if text.startswith("clause "):
        text = text[len("clause ") :]
    return text.strip().rstrip(".").casefold()


def _side(name: str, author: str, delegation: str) -> str:
    who = ", ".join(x for x in (author, delegation) if x)
    return f"{name} ({who})" if who else name


def describe(c) -> str:
    """One line per conflict, the way people speak of the two sides."""
    where = f"{c.document} {c.label}" if c.document else c.label
    main = _side("main database", c.main_author, c.main_delegation)
    package = _side("this package", c.package_author, c.package_delegation)
    return f"{where} ({c.lang}): {main}: “{c.main_text}” / {package}: “{c.package_text}”"


def cmd_resolve(args: argparse.Namespace) -> int:
    from meetingdesk.services.base import Desk, DeskError
    from meetingdesk.services.offline import pending_conflicts, resolve_conflict

    if args.keep and not args.clause:
        raise DeskError("name the clause to settle with --clause NUMBER (nothing was changed)")
    if args.clause and not args.keep:
        raise DeskError("say what to keep with --keep main, package or both (nothing was changed)")
    desk = Desk.open(args.db)
    try:
        conflicts = [c for c in pending_conflicts(desk) if c.kind == "text"]
        if not args.clause:
            if not conflicts:
                print("no merge conflict is waiting for a decision")
                return 0
            print(f"{len(conflicts)} open merge conflict{'s' if len(conflicts) != 1 else ''}:")
            for c in conflicts:
                print(f"  {describe(c)}")
            return 1
        if not conflicts:
            raise DeskError("no merge conflict is waiting for a decision; nothing was changed")
        wanted = _number(args.clause)
        found = [
            c
            for c in conflicts
            if _number(c.label) == wanted
            and (args.document is None or c.document == args.document.strip().lower())
            and (args.lang is None or c.lang == args.lang)
        ]
        if not found:
            open_ones = ", ".join(f"{c.document} {_number(c.label)} ({c.lang})" for c in conflicts)
            raise DeskError(
                f"no open conflict on clause {args.clause}"
                + (f" of {args.document}" if args.document else "")
                + (f" ({args.lang})" if args.lang else "")
                + f"; open: {open_ones}. Nothing was changed."
            )
        if len(found) > 1:
            which = ", ".join(f"{c.document} {_number(c.label)} ({c.lang})" for c in found)
            raise DeskError(
                f"clause {args.clause} has {len(found)} open conflicts ({which}); name one with "
                "--document and --lang. Nothing was changed."
            )
        c = found[0]
        snap = resolve_conflict(desk, c.clause_uuid, c.lang, KEEP[args.keep])
        text = snap.text_en if c.lang == "en" else snap.text_ja
        print(f"settled {c.document} {c.label} ({c.lang}), kept {args.keep}: {text}")
        left = len(conflicts) - 1
        print(f"{left} conflict{'s' if left != 1 else ''} left")
        return 0
    finally:
        desk.close()
