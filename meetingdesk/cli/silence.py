"""The silence procedure from the command line: `silence start` (freezes the circulated
text), `silence object`, `silence withdraw`."""

from __future__ import annotations

import argparse


def register(subparsers) -> None:
    silence = subparsers.add_parser(
        "silence",
        help="silence procedure on a document: start, object, withdraw",
        description=(
            "A silence procedure: the document as it stands is circulated (frozen as a "
            "revision) and adopted unless a delegation objects by the deadline; while it "
            "runs, edits to the document are refused."
        ),
    )
    sub = silence.add_subparsers(dest="silence_command", metavar="ACTION", required=True)
    start = sub.add_parser("start", help="start a silence procedure with a deadline")
    start.add_argument(
        "--deadline", required=True, metavar="'YYYY-MM-DD HH:MM'", help="deadline (wall time)"
    )
    start.add_argument(
        "--zone", metavar="ZONE", default=None, help="IANA zone (default: the meeting's)"
    )
    start.add_argument("--note", default="", help="a note for the record")
    start.set_defaults(func=cmd_start)
    obj = sub.add_parser("object", help="record a delegation's objection (breaks the silence)")
    obj.add_argument("--delegation", required=True, metavar="CODE", help="delegation code")
    obj.add_argument("--note", default="", help="a note for the record")
    obj.set_defaults(func=cmd_object)
    wd = sub.add_parser("withdraw", help="withdraw the running silence procedure")
    wd.add_argument("--note", default="", help="a note for the record")
    wd.set_defaults(func=cmd_withdraw)
    for action in (start, obj, wd):
        action.add_argument("--document", required=True, metavar="NAME", help="short name")
        action.add_argument("--meeting", type=int, metavar="ID", help="meeting id")
        action.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database")


def _open(args):
    from meetingdesk.cli.adoption import find_document
    from meetingdesk.services.base import Desk

    desk = Desk.open(args.db)
    try:
        return (desk, *find_document(desk, args.meeting, args.document))
    except BaseException:
        desk.close()
        raise


def cmd_start(args: argparse.Namespace) -> int:
    from meetingdesk.services import meetings
    from meetingdesk.services.drafting import local_deadline, set_silence
    from meetingdesk.services.drafting.procedure import circulated_label

    desk, meeting_id, doc = _open(args)
    try:
        zone = args.zone or meetings.get_meeting(desk, meeting_id).time_zone
        snap = set_silence(desk, doc.id, local_deadline(args.deadline, zone), zone, note=args.note)
        label = circulated_label(desk, doc.id)
    finally:
        desk.close()
    mine = snap.deadline.astimezone()  # this computer's zone, for the person at it
    print(
        f"{doc.short_name} {label} under silence until {snap.deadline:%Y-%m-%d %H:%M} "
        f"({snap.zone}; here {mine:%Y-%m-%d %H:%M} {mine.tzname()}); edits are refused "
        "until it is broken or withdrawn"
    )
    return 0


def cmd_object(args: argparse.Namespace) -> int:
    from meetingdesk.model import utc_now
    from meetingdesk.services.drafting import record_objection

    desk, meeting_id, doc = _open(args)
    try:
        snap = record_objection(desk, doc.id, args.delegation, utc_now(), args.note)
    finally:
        desk.close()
    state = "silence broken" if snap.broken else "objection recorded (late)"
    print(f"{doc.short_name}: {args.delegation.upper()} objected; {state}")
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from meetingdesk.services.drafting import withdraw_silence

    desk, meeting_id, doc = _open(args)
    try:
        withdraw_silence(desk, doc.id, note=args.note)
    finally:
        desk.close()
    print(f"{doc.short_name}: silence procedure withdrawn; the document can be edited again")
    return 0
