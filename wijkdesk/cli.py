"""The command line: the window by default, subcommands for scripted and maintenance work.

Every known condition ends in one sentence on stderr and a non-zero exit code; an unexpected
error is logged (without personal data) and reported in one sentence too.
"""

import argparse
import contextlib
import getpass
import json
import logging
import os
import secrets
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from wijkdesk import __version__, cli_exports, cli_records, cli_roles, logs
from wijkdesk.cli_common import (
    INIT_NAME_ENV,
    INIT_PASSWORD_ENV,
    INIT_USER_ENV,
    NEW_PASSWORD_ENV,
    ask,
    global_options,
    interactive,
    locations_of,
    open_workspace_of,
    passphrase_of,
    read_secret_file,
    sign_in,
    sign_in_option,
)
from wijkdesk.domain.roles import Role
from wijkdesk.errors import (
    AlreadyInitialised,
    EnvironmentProblem,
    NotADatabase,
    PassphraseRequired,
    StorageFull,
    ValidationError,
    WijkdeskError,
)
from wijkdesk.security.keys import (
    NEW_PASSPHRASE_ENV,
    PassphraseSource,
    StorageMode,
    keyring_usable,
    new_raw_key,
    passphrase_key,
)

log = logging.getLogger("wijkdesk.cli")
EXIT_UNEXPECTED = 70


# Parsing -----------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wijkdesk",
        description="wijkdesk: individual support and collective neighbourhood work, side by "
        "side. Without a command it opens the window; the commands below do scripted and "
        "maintenance work.",
    )
    parser.add_argument("--version", action="version", version=f"wijkdesk {__version__}")
    global_options(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    global_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create an encrypted database and its "
                       "first (administrator) profile")
    p.add_argument("--username", help=f"first profile's user name (or {INIT_USER_ENV})")
    p.add_argument("--display-name", help=f"first profile's display name (or {INIT_NAME_ENV})")
    p.add_argument("--password-file", metavar="FILE",
                   help=f"file holding the first profile's password (or {INIT_PASSWORD_ENV})")

    p = sub.add_parser("demo", parents=[common], help="fill a profile folder with a synthetic "
                       "neighbourhood (initialises an empty folder with demo profiles)")
    p.add_argument("--households", type=int, help="number of households (300)")
    p.add_argument("--residents", type=int, metavar="N",
                   help="a city of N residents instead (for trying the app at scale)")
    p.add_argument("--contacts-per-resident", type=int, metavar="M",
                   help="give every resident M contacts (default: a few per help question)")
    p.add_argument("--seed", type=int, help="random seed, for the same demo every time")
    sign_in_option(p)

    sub.add_parser("check", parents=[common], help="check integrity, encryption, foreign keys, "
                   "the audit chain and the schema version")
    p = sub.add_parser("info", parents=[common], help="versions, storage mode, locations, sizes "
                       "and record counts")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("audit", parents=[common], help="the audit log")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser("verify", parents=[common], help="verify the hash chain and its anchor")
    a = audit_sub.add_parser("reanchor", parents=[common],
                             help="accept an intact chain after its anchor was lost (recorded)")
    sign_in_option(a)

    p = sub.add_parser("backup", parents=[common], help="encrypted backups")
    backup_sub = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    backup_sub.add_parser("create", parents=[common], help="make a backup now")
    backup_sub.add_parser("list", parents=[common], help="list the backups")
    r = backup_sub.add_parser("restore", parents=[common],
                              help="replace the database by a checked backup")
    r.add_argument("file", help="backup file (a name from `backup list` or a path)")
    sign_in_option(r)

    p = sub.add_parser("profile", parents=[common], help="profiles (administrators)")
    profile_sub = p.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    pl = profile_sub.add_parser("list", parents=[common], help="list the profiles")
    pa = profile_sub.add_parser("add", parents=[common], help="add a profile")
    pa.add_argument("username")
    pa.add_argument("--display-name", required=True)
    pa.add_argument("--role", choices=[r.value for r in Role], default=Role.TEAM_MEMBER.value)
    pr = profile_sub.add_parser("reset-password", parents=[common], help="set a new password")
    pr.add_argument("username")
    for action, text in (("disable", "stop a profile from signing in"),
                         ("enable", "let a disabled profile sign in again")):
        profile_sub.add_parser(action, parents=[common], help=text).add_argument("username")
    pc = profile_sub.add_parser("role", parents=[common], help="change a profile's role")
    pc.add_argument("username")
    pc.add_argument("role", choices=[r.value for r in Role])
    for q in (pa, pr):
        q.add_argument("--password-file", metavar="FILE",
                       help=f"file holding the new password (or {NEW_PASSWORD_ENV}, or a prompt)")
    for q in (pl, pa, pr, pc, *(profile_sub.choices[a] for a in ("disable", "enable"))):
        sign_in_option(q)

    cli_records.add_parsers(sub, common)
    cli_roles.add_parsers(sub, common)
    cli_exports.add_parsers(sub, common)

    p = sub.add_parser("key", parents=[common], help="the database key")
    key_sub = p.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    k = key_sub.add_parser("change", parents=[common], help="re-key the database (and backups)")
    k.add_argument("--to", choices=[m.value for m in StorageMode],
                   help="storage mode after the change (default: the current one)")
    k.add_argument("--new-passphrase-file", metavar="FILE",
                   help=f"file holding the new passphrase (or {NEW_PASSPHRASE_ENV})")
    sign_in_option(k)

    return parser


# Helpers -------------------------------------------------------------------------------------


def _prompt_new_password() -> str:
    password = getpass.getpass("Password: ")
    if getpass.getpass("Repeat the password: ") != password:
        raise ValidationError("The two passwords differ.")
    return password


# Commands ----------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from wijkdesk.app import initialise
    from wijkdesk.services.profiles import NewProfile

    where = locations_of(args)
    if where.database.exists():  # before asking anything
        raise AlreadyInitialised(f"{where.data} holds a wijkdesk database already.")
    username = args.username or os.environ.get(INIT_USER_ENV)
    display = args.display_name or os.environ.get(INIT_NAME_ENV)
    password = (read_secret_file(args.password_file, "password") if args.password_file
                else os.environ.get(INIT_PASSWORD_ENV))
    if not (username and display and password):
        if not interactive():
            raise ValidationError(
                "Without a terminal, init needs --username, --display-name and --password-file "
                f"(or {INIT_USER_ENV}, {INIT_NAME_ENV} and {INIT_PASSWORD_ENV})."
            )
        username = username or ask("User name for the first profile (administrator): ")
        display = display or ask("Display name: ")
        password = password or _prompt_new_password()
    workspace, _actor = initialise(
        where, passphrase_of(args), NewProfile(username, display, password)
    )
    try:
        print(f"Initialised an encrypted wijkdesk database in {workspace.locations.data}")
        print(f"Storage mode: {workspace.mode.value}; first profile: {username} (administrator).")
    finally:
        workspace.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from wijkdesk.app import initialise
    from wijkdesk.services.demo import DEMO_PROFILES
    from wijkdesk.services.profiles import NewProfile

    where = locations_of(args)
    passwords: dict[str, str] = {}
    made = {}
    if where.database.exists():
        workspace = open_workspace_of(args)
        try:
            made["summary"] = workspace.demo(sign_in(workspace, args)).generate(
                households=args.households, seed=args.seed, residents=args.residents,
                contacts_per_resident=args.contacts_per_resident)
        except BaseException:
            workspace.close()
            raise
    else:
        passwords = {name: secrets.token_urlsafe(9) for name, *_ in DEMO_PROFILES}

        def populate(builder, actor):  # type: ignore[no-untyped-def]
            made["summary"] = builder.demo(actor).generate(
                households=args.households, seed=args.seed, residents=args.residents,
                contacts_per_resident=args.contacts_per_resident)
            builder.demo(actor).add_team(passwords)

        name, display, _role, _type = DEMO_PROFILES[0]
        workspace, _actor = initialise(
            where, passphrase_of(args), NewProfile(name, display, passwords[name]), populate
        )
    summary = made["summary"]
    try:
        print(f"Demo neighbourhood in {where.data}: {summary.places} areas, "
              f"{summary.professionals} professionals, {summary.households} households, "
              f"{summary.residents} residents, {summary.requests} help questions, "
              f"{summary.contacts} contacts (all synthetic).")
        print(f"Storage mode: {workspace.mode.value}.")
        if passwords:
            print("Demo profiles (user name / password):")
            for name, _display, role, _type in DEMO_PROFILES:
                print(f"  {name:<11} {passwords[name]:<14} {role.value}")
    finally:
        workspace.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    workspace = open_workspace_of(args)
    try:
        report = workspace.health().check()
    finally:
        workspace.close()
    for line in report.lines:
        print(f"{'ok ' if line.ok else 'BAD'}  {line.name:<24} {line.detail}")
    print("All checks passed." if report.ok else "Problems found: see the lines marked BAD.")
    return 0 if report.ok else 1


def cmd_info(args: argparse.Namespace) -> int:
    workspace = open_workspace_of(args)
    try:
        info = workspace.info()
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(info, indent=2, sort_keys=True))
        return 0
    print(f"wijkdesk {info['version']}, schema {info['schema']['current']} "
          f"(this version's schema: {info['schema']['head']})")
    print(f"Storage mode: {info['storage_mode']}")
    for name, value in info["locations"].items():
        print(f"  {name:<9} {value}")
    sizes = info["sizes"]
    latest = info["latest_backup"]
    print(f"Database {sizes['database_bytes']:,} bytes (WAL {sizes['wal_bytes']:,}); "
          f"{sizes['backups']} backups, {sizes['backups_bytes']:,} bytes"
          + (f", latest {latest[:16].replace('T', ' ')} UTC" if latest else ""))
    for name, value in info["counts"].items():
        print(f"  {name:<20} {value:>9,}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    workspace = open_workspace_of(args)
    try:
        if args.audit_command == "reanchor":
            report = workspace.audit(sign_in(workspace, args)).reanchor()
        else:
            report = workspace.audit().verify()
    finally:
        workspace.close()
    print(report.sentence())
    for note in report.notes:
        print(f"Note: {note}")
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    workspace = open_workspace_of(args)
    try:
        service = workspace.backups()
        if args.backup_command == "create":
            info = service.create("manual")
            print(f"Backup written: {info.path} ({info.size:,} bytes, encrypted).")
        elif args.backup_command == "list":
            found = service.list()
            if not found:
                print("No backups yet.")
            for b in found:
                print(f"{b.path.name}  {b.created:%Y-%m-%d %H:%M} UTC  {b.kind:<14} "
                      f"{b.size:>12,} bytes")
        else:
            actor = sign_in(workspace, args)
            path = Path(args.file)
            if not path.exists() and (workspace.locations.backups / args.file).exists():
                path = workspace.locations.backups / args.file
            kept = workspace.backups(actor).restore(path)
            print(f"Restored {path.name}; the previous state is kept as {kept.path.name}.")
    finally:
        workspace.close()
    return 0


def _new_password(args: argparse.Namespace) -> str:
    if args.password_file:
        return read_secret_file(args.password_file, "password")
    if os.environ.get(NEW_PASSWORD_ENV):
        return os.environ[NEW_PASSWORD_ENV]
    if not interactive():
        raise ValidationError(f"Give the new password with --password-file or {NEW_PASSWORD_ENV}.")
    return _prompt_new_password()


def cmd_profile(args: argparse.Namespace) -> int:
    from wijkdesk.services.profiles import NewProfile

    workspace = open_workspace_of(args)
    try:
        actor = sign_in(workspace, args)
        profiles = workspace.profiles(actor)
        action = args.profile_command
        if action == "list":
            for p in profiles.list():
                state = "disabled" if p.disabled else "active"
                print(f"{p.username:<24} {p.role.value:<14} {state:<9} {p.display_name}")
            return 0
        if action == "add":
            made = profiles.create(NewProfile(args.username, args.display_name,
                                              _new_password(args), Role(args.role)))
            print(f"Profile {made.username} added ({made.role.value}).")
            return 0
        target = profiles.find(args.username)
        if action == "reset-password":
            profiles.reset_password(target.id, _new_password(args))
            print(f"New password set for {target.username}.")
        elif action in ("disable", "enable"):
            profiles.set_disabled(target.id, action == "disable")
            print(f"Profile {target.username} {action}d.")
        else:
            changed = profiles.change_role(target.id, Role(args.role))
            print(f"Profile {changed.username} is now {changed.role.value}.")
    finally:
        workspace.close()
    return 0


def cmd_key(args: argparse.Namespace) -> int:
    workspace = open_workspace_of(args)
    try:
        actor = sign_in(workspace, args)
        target = StorageMode(args.to) if args.to else workspace.mode
        if target is StorageMode.KEYRING:
            if not keyring_usable():
                raise PassphraseRequired("No OS keyring is usable here; choose --to passphrase.")
            new_key = new_raw_key()
        else:
            source = PassphraseSource(
                file=Path(args.new_passphrase_file) if args.new_passphrase_file else None,
                env_var=NEW_PASSPHRASE_ENV,
                prompt="New passphrase: ",
                interactive=interactive(),
            )
            if not source.available():
                raise PassphraseRequired(
                    f"Give the new passphrase with --new-passphrase-file or {NEW_PASSPHRASE_ENV}."
                )
            new_key = passphrase_key(source.read(confirm=True))
        result = workspace.change_key(actor, new_key)
    finally:
        workspace.close()
    print(f"Database re-keyed; storage mode is now {result.mode.value}. "
          f"{result.backups_rekeyed} backups re-keyed"
          + (f", {result.backups_left} older ones keep their old key." if result.backups_left
             else "."))
    return 0


def cmd_window(args: argparse.Namespace) -> int:
    """The window; without a display, one sentence instead of Qt's abort."""
    from wijkdesk.gui.launch import display_problem

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    try:
        from wijkdesk.gui.launch import run
    except ImportError as exc:
        print(f"wijkdesk: the window cannot start because Qt is not usable here "
              f"({type(exc).__name__}); use a subcommand (see `wijkdesk --help`).",
              file=sys.stderr)
        return 2
    path = getattr(args, "passphrase_file", None)
    return run(locations_of(args), PassphraseSource(file=Path(path) if path else None,
                                                  interactive=False))


COMMANDS = {
    "init": cmd_init,
    "demo": cmd_demo,
    "check": cmd_check,
    "info": cmd_info,
    "audit": cmd_audit,
    "backup": cmd_backup,
    "key": cmd_key,
    "profile": cmd_profile,
    **cli_records.COMMANDS,
    **cli_roles.COMMANDS,
    **cli_exports.COMMANDS,
    None: cmd_window,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    where = locations_of(args)
    logs.configure(where.log_file)
    try:
        return COMMANDS[args.command](args)
    except WijkdeskError as exc:
        log.info("%s: %s", args.command, type(exc).__name__)
        print(f"wijkdesk: {exc}", file=sys.stderr)
        return exc.exit_code
    except DBAPIError as exc:
        known = _database_failure(exc)
        log.info("%s: %s", args.command, type(known).__name__)
        print(f"wijkdesk: {known}", file=sys.stderr)
        return known.exit_code
    except BrokenPipeError:
        # The reader of our output went away (`wijkdesk info | head`): not an error of ours.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("wijkdesk: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as exc:
        # Messages of unexpected errors may quote data: log the type and traceback lines only.
        log.error("unexpected %s in %s (message withheld)\n%s", type(exc).__name__,
                  args.command, "".join(traceback.format_tb(exc.__traceback__)))
        print(f"wijkdesk: an unexpected error occurred ({type(exc).__name__}); "
              f"details without personal data are in {where.log_file}.", file=sys.stderr)
        return EXIT_UNEXPECTED


def _database_failure(exc: DBAPIError) -> WijkdeskError:
    """A known condition for what SQLite reports; its messages name tables, never values."""
    from wijkdesk.store.database import failure_reason

    reason = failure_reason(exc)
    if "locked" in reason or "busy" in reason:
        return EnvironmentProblem("The database is busy in another wijkdesk; try again shortly.")
    if "full" in reason:
        return StorageFull("The disk is full; nothing was written. Free some space first.")
    return NotADatabase(
        f"The database could not be read or written ({reason}); run `wijkdesk check`, "
        "and restore a backup if it reports damage."
    )
