"""The commands about residents' records: import from a spreadsheet, and the AVG rights
(subject access, erasure, retention review)."""

import argparse
import json
from pathlib import Path

from wijkdesk import cli_exports
from wijkdesk.cli_common import (
    ask,
    interactive,
    open_workspace_of,
    sign_in,
    sign_in_option,
    terminal_progress,
)
from wijkdesk.errors import Conflict, ValidationError


def add_parsers(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    """Import (any signed-in profile); AVG rights of residents (a team lead or an administrator)."""
    p = sub.add_parser("import", parents=[common], help="import records from a spreadsheet")
    import_sub = p.add_subparsers(dest="import_command", metavar="KIND", required=True)
    i = import_sub.add_parser("residents", parents=[common],
                              help="residents from a CSV file (; or , separated, Dutch or "
                              "English column names); all rows or none")
    i.add_argument("file", help="the CSV file")
    i.add_argument("--check", action="store_true", help="only check the file, import nothing")
    sign_in_option(i, "any")

    who = "team lead or administrator"
    p = sub.add_parser("export", parents=[common],
                       help="export records: a resident's subject access (AVG), agreements, "
                       "the register and access logs (sealed PDFs, CSV, XLSX)")
    export_sub = p.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    e = export_sub.add_parser("resident", parents=[common],
                              help="everything held about one resident and who saw it: a Dutch "
                              "PDF for the resident, or JSON")
    e.add_argument("id", help="the resident's id")
    e.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    e.add_argument("--format", choices=["pdf", "json"],
                   help="pdf or json (default: from the file's suffix, else pdf)")
    e.add_argument("--force", action="store_true", help="replace an existing file")
    sign_in_option(e, who)
    cli_exports.add_export_parsers(export_sub, common)

    p = sub.add_parser("erase", parents=[common], help="erase personal data (AVG)")
    erase_sub = p.add_subparsers(dest="erase_command", metavar="WHAT", required=True)
    r = erase_sub.add_parser("resident", parents=[common],
                             help="erase all personal data of one resident (cannot be undone)")
    r.add_argument("id", help="the resident's id")
    r.add_argument("--reason", required=True, choices=["request", "retention"],
                   help="the resident asked, or the retention period is over")
    r.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    sign_in_option(r, who)

    p = sub.add_parser("retention", parents=[common], help="retention periods (AVG)")
    retention_sub = p.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    ls = retention_sub.add_parser("list", parents=[common],
                                  help="residents whose whole file is past its retention period "
                                  "(ids only)")
    ls.add_argument("--json", action="store_true", help="print JSON")
    sign_in_option(ls, who)


def cmd_import(args: argparse.Namespace) -> int:
    from wijkdesk.services.resident_import import ResidentImportService

    workspace = open_workspace_of(args)
    try:
        service = ResidentImportService(workspace.store, sign_in(workspace, args))
        check = service.check(args.file, terminal_progress("Checking"))
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
        result = service.run(args.file, terminal_progress("Importing"))
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

    if args.export_command != "resident":
        return cli_exports.cmd_export_document(args)

    resident_id = _resident_id(args.id)
    target = Path(args.output)
    fmt = ExportFormat(args.format or ("json" if target.suffix.lower() == ".json" else "pdf"))
    if target.exists() and not args.force:
        raise Conflict(f"{target} exists already; add --force to replace it.")
    if not target.parent.is_dir():
        raise ValidationError(f"The folder {target.parent} does not exist.")
    workspace = open_workspace_of(args)
    try:
        PrivacyService(workspace.store, sign_in(workspace, args)).export(resident_id, target,
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
        if not interactive():
            raise ValidationError("Without a terminal, erase needs --yes.")
        answer = ask(f"Erase all personal data of resident {resident_id}? This cannot be "
                      "undone. Type 'erase' to go on: ")
        if answer != "erase":
            print("Nothing was erased.")
            return 1
    workspace = open_workspace_of(args)
    try:
        count = PrivacyService(workspace.store, sign_in(workspace, args)).erase(
            resident_id, ErasureReason(args.reason))
    finally:
        workspace.close()
    print(f"Resident {resident_id} erased ({count} records blanked); backups made before "
          "now still hold the data until the rotation removes them.")
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from wijkdesk.services.privacy import PrivacyService

    workspace = open_workspace_of(args)
    try:
        items = PrivacyService(workspace.store, sign_in(workspace, args)).past_retention()
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


COMMANDS = {
    "export": cmd_export,
    "erase": cmd_erase,
    "retention": cmd_retention,
    "import": cmd_import,
}
