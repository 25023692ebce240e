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

from wijkdesk import __version__, logs
from wijkdesk.config import DATA_DIR_ENV, Locations, locations
from wijkdesk.domain.roles import Role
from wijkdesk.errors import (
    AlreadyInitialised,
    AuthenticationFailed,
    Conflict,
    EnvironmentProblem,
    NotADatabase,
    PassphraseRequired,
    StorageFull,
    ValidationError,
    WijkdeskError,
)
from wijkdesk.security.keys import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    PassphraseSource,
    StorageMode,
    keyring_usable,
    new_raw_key,
    passphrase_key,
)

log = logging.getLogger("wijkdesk.cli")

PASSWORD_ENV = "WIJKDESK_PASSWORD"  # noqa: S105 (a variable name)
INIT_USER_ENV = "WIJKDESK_INIT_USERNAME"
INIT_NAME_ENV = "WIJKDESK_INIT_DISPLAY_NAME"
INIT_PASSWORD_ENV = "WIJKDESK_INIT_PASSWORD"  # noqa: S105
NEW_PASSWORD_ENV = "WIJKDESK_NEW_PASSWORD"  # noqa: S105 (a variable name)
EXIT_UNEXPECTED = 70


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _read_secret_file(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError:
        raise ValidationError(f"The {what} file cannot be read.") from None


# Parsing -----------------------------------------------------------------------------------------


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help=f"profile folder to use instead of the OS default (or {DATA_DIR_ENV})")
    parser.add_argument("--passphrase-file", metavar="FILE", default=default,
                        help=f"file holding the database passphrase (or {PASSPHRASE_ENV})")


def _sign_in_option(parser: argparse.ArgumentParser, who: str = "administrator") -> None:
    parser.add_argument("--user", metavar="NAME",
                        help=f"{who} profile to act as (password from {PASSWORD_ENV} "
                        "or a prompt)")


def _privacy_parsers(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    """AVG rights of residents; a team lead or an administrator acts."""
    who = "team lead or administrator"
    p = sub.add_parser("export", parents=[common], help="export records (AVG subject access)")
    export_sub = p.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    e = export_sub.add_parser("resident", parents=[common],
                              help="everything held about one resident and who saw it: a Dutch "
                              "PDF for the resident, or JSON")
    e.add_argument("id", help="the resident's id")
    e.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    e.add_argument("--format", choices=["pdf", "json"],
                   help="pdf or json (default: from the file's suffix, else pdf)")
    e.add_argument("--force", action="store_true", help="replace an existing file")
    _sign_in_option(e, who)

    p = sub.add_parser("erase", parents=[common], help="erase personal data (AVG)")
    erase_sub = p.add_subparsers(dest="erase_command", metavar="WHAT", required=True)
    r = erase_sub.add_parser("resident", parents=[common],
                             help="erase all personal data of one resident (cannot be undone)")
    r.add_argument("id", help="the resident's id")
    r.add_argument("--reason", required=True, choices=["request", "retention"],
                   help="the resident asked, or the retention period is over")
    r.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _sign_in_option(r, who)

    p = sub.add_parser("retention", parents=[common], help="retention periods (AVG)")
    retention_sub = p.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    ls = retention_sub.add_parser("list", parents=[common],
                                  help="residents whose whole file is past its retention period "
                                  "(ids only)")
    ls.add_argument("--json", action="store_true", help="print JSON")
    _sign_in_option(ls, who)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wijkdesk",
        description="wijkdesk: individual support and collective neighbourhood work, side by "
        "side. Without a command it opens the window; the commands below do scripted and "
        "maintenance work.",
    )
    parser.add_argument("--version", action="version", version=f"wijkdesk {__version__}")
    _global_options(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
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
    _sign_in_option(p)

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
    _sign_in_option(a)

    p = sub.add_parser("backup", parents=[common], help="encrypted backups")
    backup_sub = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    backup_sub.add_parser("create", parents=[common], help="make a backup now")
    backup_sub.add_parser("list", parents=[common], help="list the backups")
    r = backup_sub.add_parser("restore", parents=[common],
                              help="replace the database by a checked backup")
    r.add_argument("file", help="backup file (a name from `backup list` or a path)")
    _sign_in_option(r)

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
        _sign_in_option(q)

    _privacy_parsers(sub, common)

    p = sub.add_parser("key", parents=[common], help="the database key")
    key_sub = p.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    k = key_sub.add_parser("change", parents=[common], help="re-key the database (and backups)")
    k.add_argument("--to", choices=[m.value for m in StorageMode],
                   help="storage mode after the change (default: the current one)")
    k.add_argument("--new-passphrase-file", metavar="FILE",
                   help=f"file holding the new passphrase (or {NEW_PASSPHRASE_ENV})")
    _sign_in_option(k)

    p = sub.add_parser("import", parents=[common], help="import records from a spreadsheet")
    import_sub = p.add_subparsers(dest="import_command", metavar="KIND", required=True)
    i = import_sub.add_parser("residents", parents=[common],
                              help="residents from a CSV file (; or , separated, Dutch or "
                              "English column names); all rows or none")
    i.add_argument("file", help="the CSV file")
    i.add_argument("--check", action="store_true", help="only check the file, import nothing")
    _sign_in_option(i, "any")
    return parser


# Helpers -------------------------------------------------------------------------------------


def _locations(args: argparse.Namespace) -> Locations:
    return locations(getattr(args, "data_dir", None))


def _passphrase(args: argparse.Namespace) -> PassphraseSource:
    path = getattr(args, "passphrase_file", None)
    return PassphraseSource(file=Path(path) if path else None, interactive=_interactive())


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from wijkdesk.app import open_workspace

    return open_workspace(_locations(args), _passphrase(args))


def _sign_in(workspace, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    username = getattr(args, "user", None)
    if not username:
        raise AuthenticationFailed("This command acts on someone's account: name it with --user.")
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        if not _interactive():
            raise AuthenticationFailed(f"Give the password of '{username}' in {PASSWORD_ENV}.")
        password = getpass.getpass(f"Password for {username}: ")
    return workspace.profiles().authenticate(username, password)


def _ask(prompt: str) -> str:
    return input(prompt).strip()


def _prompt_new_password() -> str:
    password = getpass.getpass("Password: ")
    if getpass.getpass("Repeat the password: ") != password:
        raise ValidationError("The two passwords differ.")
    return password


# Commands ----------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from wijkdesk.app import initialise
    from wijkdesk.services.profiles import NewProfile

    where = _locations(args)
    if where.database.exists():  # before asking anything
        raise AlreadyInitialised(f"{where.data} holds a wijkdesk database already.")
    username = args.username or os.environ.get(INIT_USER_ENV)
    display = args.display_name or os.environ.get(INIT_NAME_ENV)
    password = (_read_secret_file(args.password_file, "password") if args.password_file
                else os.environ.get(INIT_PASSWORD_ENV))
    if not (username and display and password):
        if not _interactive():
            raise ValidationError(
                "Without a terminal, init needs --username, --display-name and --password-file "
                f"(or {INIT_USER_ENV}, {INIT_NAME_ENV} and {INIT_PASSWORD_ENV})."
            )
        username = username or _ask("User name for the first profile (administrator): ")
        display = display or _ask("Display name: ")
        password = password or _prompt_new_password()
    workspace, _actor = initialise(
        where, _passphrase(args), NewProfile(username, display, password)
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

    where = _locations(args)
    passwords: dict[str, str] = {}
    made = {}
    if where.database.exists():
        workspace = _open(args)
        try:
            made["summary"] = workspace.demo(_sign_in(workspace, args)).generate(
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
            where, _passphrase(args), NewProfile(name, display, passwords[name]), populate
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
    workspace = _open(args)
    try:
        report = workspace.health().check()
    finally:
        workspace.close()
    for line in report.lines:
        print(f"{'ok ' if line.ok else 'BAD'}  {line.name:<24} {line.detail}")
    print("All checks passed." if report.ok else "Problems found: see the lines marked BAD.")
    return 0 if report.ok else 1


def cmd_info(args: argparse.Namespace) -> int:
    workspace = _open(args)
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
    workspace = _open(args)
    try:
        if args.audit_command == "reanchor":
            report = workspace.audit(_sign_in(workspace, args)).reanchor()
        else:
            report = workspace.audit().verify()
    finally:
        workspace.close()
    print(report.sentence())
    for note in report.notes:
        print(f"Note: {note}")
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    workspace = _open(args)
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
            actor = _sign_in(workspace, args)
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
        return _read_secret_file(args.password_file, "password")
    if os.environ.get(NEW_PASSWORD_ENV):
        return os.environ[NEW_PASSWORD_ENV]
    if not _interactive():
        raise ValidationError(f"Give the new password with --password-file or {NEW_PASSWORD_ENV}.")
    return _prompt_new_password()


def cmd_profile(args: argparse.Namespace) -> int:
    from wijkdesk.services.profiles import NewProfile

    workspace = _open(args)
    try:
        actor = _sign_in(workspace, args)
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
    workspace = _open(args)
    try:
        actor = _sign_in(workspace, args)
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
                interactive=_interactive(),
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


def _terminal_progress(what: str):  # type: ignore[no-untyped-def]
    """A percentage on stderr when a person watches; nothing in a pipe or a log."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{what}: {percent:3d}%", end="" if done < total else "\n", file=sys.stderr,
              flush=True)

    return show


def cmd_import(args: argparse.Namespace) -> int:
    from wijkdesk.services.resident_import import ResidentImportService

    workspace = _open(args)
    try:
        service = ResidentImportService(workspace.store, _sign_in(workspace, args))
        check = service.check(args.file, _terminal_progress("Checking"))
        if not check.ok:
            for problem in check.problems:
                print(problem)
            if check.more_problems:
                print(f"… and {check.more_problems:,} more problems.")
            count = check.problem_count
            print(f"{count:,} problem{'s' if count != 1 else ''} found; nothing was imported.")
            return 1
        if args.check:
            print(f"The file is fine: {check.rows:,} residents in {check.households:,} "
                  "households would be imported.")
            return 0
        result = service.run(args.file, _terminal_progress("Importing"))
    finally:
        workspace.close()
    print(f"Imported {result.residents:,} residents in {result.households:,} households.")
    return 0


def _resident_id(text: str):  # type: ignore[no-untyped-def]
    import uuid

    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError("That is not a resident id (a UUID such as the one "
                              "`wijkdesk retention list` prints).") from None


def cmd_export(args: argparse.Namespace) -> int:
    from wijkdesk.services.privacy import ExportFormat, PrivacyService

    resident_id = _resident_id(args.id)
    target = Path(args.output)
    fmt = ExportFormat(args.format or ("json" if target.suffix.lower() == ".json" else "pdf"))
    if target.exists() and not args.force:
        raise Conflict(f"{target} exists already; add --force to replace it.")
    if not target.parent.is_dir():
        raise ValidationError(f"The folder {target.parent} does not exist.")
    workspace = _open(args)
    try:
        PrivacyService(workspace.store, _sign_in(workspace, args)).export(resident_id, target,
                                                                          fmt)
    finally:
        workspace.close()
    # the file holds personal data; what is printed does not
    print(f"Subject access of resident {resident_id} written to {target} ({fmt.value}).")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from wijkdesk.services.privacy import ErasureReason, PrivacyService

    resident_id = _resident_id(args.id)
    if not args.yes:
        if not _interactive():
            raise ValidationError("Without a terminal, erase needs --yes.")
        answer = _ask(f"Erase all personal data of resident {resident_id}? This cannot be "
                      "undone. Type 'erase' to go on: ")
        if answer != "erase":
            print("Nothing was erased.")
            return 1
    workspace = _open(args)
    try:
        count = PrivacyService(workspace.store, _sign_in(workspace, args)).erase(
            resident_id, ErasureReason(args.reason))
    finally:
        workspace.close()
    print(f"Resident {resident_id} erased ({count} records blanked); backups made before "
          "now still hold the data until the rotation removes them.")
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from wijkdesk.services.privacy import PrivacyService

    workspace = _open(args)
    try:
        items = PrivacyService(workspace.store, _sign_in(workspace, args)).past_retention()
    finally:
        workspace.close()
    if args.json:
        print(json.dumps([{"resident_id": str(i.resident_id),
                           "retention_ended": i.retention_ended.isoformat(),
                           "basis": i.basis.value} for i in items], indent=2))
        return 0
    for i in items:
        print(f"{i.resident_id}  {i.retention_ended.isoformat()}  {i.basis.value}")
    print(f"{len(items):,} resident{'s' if len(items) != 1 else ''} past retention.")
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
    return run(_locations(args), PassphraseSource(file=Path(path) if path else None,
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
    "export": cmd_export,
    "erase": cmd_erase,
    "retention": cmd_retention,
    "import": cmd_import,
    None: cmd_window,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    where = _locations(args)
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
