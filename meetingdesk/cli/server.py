"""A team's PostgreSQL server: init, add-user, list-users (run as the database's owner)."""

from __future__ import annotations

import argparse
import getpass
import sys

ROLES = ("secretariat", "drafter", "reader")


def register(subparsers) -> None:
    server = subparsers.add_parser(
        "server",
        help="set up a team's PostgreSQL server: roles, privileges, staff logins",
        description=(
            "Manage a shared PostgreSQL database, connected as its owner: --db "
            "postgresql+psycopg://OWNER@HOST/DB. Desktops never use the owner: each person "
            "logs in as their own login, a member of one group (secretariat, drafter, reader)."
        ),
    )
    sub = server.add_subparsers(dest="server_command", metavar="SUBCOMMAND", title="subcommands")
    init = sub.add_parser(
        "init",
        help="create or migrate the schema, then the group roles and their privileges",
        description=(
            "Create or migrate the schema as the owner, create the group roles "
            "meetingdesk_secretariat, meetingdesk_drafter and meetingdesk_reader when missing, "
            "and grant each the least privileges it needs. Safe to run again (after an "
            "upgrade of MeetingDesk: migrates and grants the new tables)."
        ),
    )
    init.set_defaults(func=cmd_init)
    add = sub.add_parser(
        "add-user",
        help="create a staff login (or change its role or password)",
        description=(
            "Create the PostgreSQL login LOGIN in the group of ROLE (and no other). The "
            "password is asked for on the terminal; --password-stdin reads it from the first "
            "line of standard input; --no-password creates a login that authenticates "
            "otherwise (client certificate, Kerberos, peer)."
        ),
    )
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--role", required=True, choices=ROLES)
    how = add.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    how.add_argument("--no-password", action="store_true", help="set no password")
    add.set_defaults(func=cmd_add_user)
    users = sub.add_parser(
        "list-users",
        help="list the logins in the MeetingDesk groups",
        description="List the logins of the three groups (roles are shared by the whole server).",
    )
    users.set_defaults(func=cmd_list_users)
    for parser in (init, add, users):
        parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="owner's URL")
    server.set_defaults(func=lambda _args: _usage(server))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _server_url(args: argparse.Namespace) -> str:
    from meetingdesk.store.paths import resolve_url
    from meetingdesk.store.server import ServerError

    url = resolve_url(args.db)
    if not url.startswith("postgresql"):
        raise ServerError(
            "server commands need a PostgreSQL server: --db postgresql+psycopg://OWNER@HOST/DB"
        )
    return url


def cmd_init(args: argparse.Namespace) -> int:
    from meetingdesk.store.server import init_server

    for line in init_server(_server_url(args)):
        print(line)
    return 0


def _engine(args: argparse.Namespace):
    from sqlalchemy.exc import DBAPIError

    from meetingdesk.store.engine import make_engine
    from meetingdesk.store.server import explain_connect, identify

    url = _server_url(args)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            ident = identify(conn)
    except DBAPIError as exc:
        engine.dispose()
        raise explain_connect(exc, url) from exc
    return engine, ident


def cmd_add_user(args: argparse.Namespace) -> int:
    from meetingdesk.store.server import ServerError, add_user

    password: str | None = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise ServerError("no password on standard input (or use --no-password)")
    elif not args.no_password:
        if not sys.stdin.isatty():
            raise ServerError("no terminal to ask the password: use --password-stdin")
        password = getpass.getpass(f"password for {args.login}: ")
        if password != getpass.getpass("again: "):
            raise ServerError("the two passwords differ; nothing was changed")
        if not password:
            raise ServerError("empty password (use --no-password for certificate logins)")
    engine, ident = _engine(args)
    try:
        if ident.role != "owner":
            raise ServerError(f"{ident.login} may not manage logins: connect as the owner")
        for line in add_user(engine, args.login, args.role, password):
            print(line)
    finally:
        engine.dispose()
    return 0


def cmd_list_users(args: argparse.Namespace) -> int:
    from meetingdesk.store.server import list_users

    engine, _ident = _engine(args)
    try:
        users = list_users(engine)
    finally:
        engine.dispose()
    if not users:
        print("no logins in the MeetingDesk groups (server add-user LOGIN --role ROLE)")
        return 0
    print(f"{'login':<32} role")
    for user in users:
        note = "" if user.can_login else "  (cannot log in)"
        print(f"{user.login:<32} {user.role}{note}")
    return 0
