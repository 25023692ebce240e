"""The audit exports on the command line (issue 7): an agreement, the register of agreements
and the access logs as sealed PDFs (registers also as CSV or XLSX), and `verify` for a file.

What these commands print names the document, never a resident: the file itself holds the
personal data, the terminal and its scrollback do not.
"""

import argparse
import getpass
import os
import uuid
from datetime import date
from pathlib import Path

from wijkdesk.cli_common import (
    interactive,
    open_workspace_of,
    sign_in,
    sign_in_option,
    terminal_progress,
)
from wijkdesk.errors import Conflict, NotFound, ValidationError

CERT_PASSPHRASE_ENV = "WIJKDESK_CERTIFICATE_PASSPHRASE"  # noqa: S105 (a variable name)
KIND_NAMES = {"agreement": "agreement", "agreement_register": "register of agreements",
              "access_log": "access log"}


def add_export_parsers(export_sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    """Beside `export resident`: `export agreement ID`, `export agreements`, `export access-log`."""
    a = export_sub.add_parser("agreement", parents=[common],
                              help="one agreement version as a sealed PDF: every field, the "
                              "matrix with its findings, the versions and the approval trail")
    a.add_argument("id", help="the agreement: its full id or a unique prefix of at least 8 hex "
                   "characters (as `wijkdesk agreements list` shows it)")
    r = export_sub.add_parser("agreements", parents=[common],
                              help="the register of all agreements (every version, its state, "
                              "review date and approver)")
    log = export_sub.add_parser(
        "access-log", parents=[common],
        help="the access log (NEN 7513) of one resident, one professional or a period "
        "(team lead or administrator)",
        description="Without --resident or --professional: every entry of the period "
        "(or of the whole log). Dates are local and inclusive, as YYYY-MM-DD.")
    who = log.add_mutually_exclusive_group()
    who.add_argument("--resident", metavar="ID", help="the resident's id")
    who.add_argument("--professional", metavar="USER",
                     help="the professional: a profile's user name or id")
    log.add_argument("--from", dest="start", metavar="DATE", type=_date,
                     help="the first day (YYYY-MM-DD)")
    log.add_argument("--to", dest="end", metavar="DATE", type=_date,
                     help="the last day (YYYY-MM-DD)")
    for p in (a, r, log):
        p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
        p.add_argument("--format", choices=["pdf", "csv", "xlsx"],
                       help="pdf, csv or xlsx (default: from the file's suffix, else pdf)")
        p.add_argument("--force", action="store_true", help="replace an existing file")
        p.add_argument("--sign", metavar="CERT.p12",
                       help="sign the PDF with this PKCS#12 certificate (needs the optional "
                       f"pyHanko; its passphrase from {CERT_PASSPHRASE_ENV} or a prompt)")
        sign_in_option(p, "team lead or administrator" if p is log else "any")


def add_parsers(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    v = sub.add_parser("verify", parents=[common],
                       help="check an exported file: is it unaltered, and was it exported "
                       "from this database?",
                       description="Exit status 0 when the file is unaltered and this "
                       "database's intact audit log records its export; 1 when it is not; "
                       "3 when the file cannot be read.")
    v.add_argument("file", help="the PDF (or CSV or XLSX) to check")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-01-31") from None


def _uuid(text: str, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError(f"That is not a {what} id (a UUID).") from None


def cmd_export_document(args: argparse.Namespace) -> int:
    from wijkdesk.cli_roles import resolve_id
    from wijkdesk.services.exports import AccessScope

    target = Path(args.output)
    fmt = args.format or (target.suffix.lower().lstrip(".")
                          if target.suffix.lower() in (".csv", ".xlsx") else "pdf")
    if target.exists() and not args.force:
        raise Conflict(f"{target} exists already; add --force to replace it.")
    if not target.parent.is_dir():
        raise ValidationError(f"The folder {target.parent} does not exist.")
    if args.sign and fmt != "pdf":
        raise ValidationError("Only a PDF can be signed.")
    certificate = _certificate(args.sign) if args.sign else None
    workspace = open_workspace_of(args)
    try:
        actor = sign_in(workspace, args)
        exports = workspace.exports(actor)
        progress = terminal_progress("Exporting")
        if args.export_command == "agreement":
            agreement_id = resolve_id(workspace.agreements(actor), args.id)
            done = exports.agreement(agreement_id, target, fmt, progress, certificate)
        elif args.export_command == "agreements":
            done = exports.register(target, fmt, progress, certificate)
        else:
            scope = AccessScope(
                resident_id=_uuid(args.resident, "resident") if args.resident else None,
                profile_id=_profile_id(exports, args.professional) if args.professional
                else None, start=args.start, end=args.end)
            done = exports.access_log(scope, target, fmt, progress, certificate)
    finally:
        workspace.close()
    size = (f"{done.pages} page{'s' * (done.pages != 1)}" if done.pages is not None
            else f"{done.rows} row{'s' * (done.rows != 1)}")
    print(f"The {KIND_NAMES[done.kind.value]} is written to {target} ({done.format.value}, "
          f"{size}).")
    print(f"Document {done.document_id}; content SHA-256 {done.content_sha256}"
          + ("; signed." if done.signed else "."))
    return 0


def _certificate(path: str):  # type: ignore[no-untyped-def]
    from wijkdesk.export.signature import MISSING, Certificate, available

    if not available():
        raise ValidationError(MISSING)
    if not Path(path).is_file():
        raise ValidationError(f"{path} is not a file.")
    passphrase = os.environ.get(CERT_PASSPHRASE_ENV)
    if passphrase is None:
        if not interactive():
            raise ValidationError(f"Give the certificate's passphrase in {CERT_PASSPHRASE_ENV}.")
        passphrase = getpass.getpass("Passphrase of the certificate: ")
    return Certificate(Path(path), passphrase)


def _profile_id(exports, text: str) -> uuid.UUID:  # type: ignore[no-untyped-def]
    for profile_id, _name, username in exports.profiles():
        if username == text or str(profile_id) == text.lower():
            return profile_id
    raise NotFound("No profile has that user name or id.")


def cmd_verify(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise ValidationError(f"{path} is not a file.")
    workspace = open_workspace_of(args)
    try:
        verdict = workspace.exports(None).verify(path, terminal_progress("Checking"))
    finally:
        workspace.close()
    print(("VERIFIED: " if verdict.ok else "NOT VERIFIED: ") + verdict.reason)
    facts = (("Document", verdict.document_id),
             ("Kind", KIND_NAMES.get(verdict.kind or "", verdict.kind)),
             ("Exported", f"{verdict.exported_at.astimezone():%Y-%m-%d %H:%M}"
              if verdict.exported_at else None),
             ("By", verdict.exported_by or None),
             ("Content SHA-256", verdict.content_sha256),
             ("Audit chain head at export", verdict.head_seq),
             ("Audit log", verdict.chain.sentence() if verdict.chain else None),
             ("Signed by", _signer(verdict.signature)))
    for label, value in facts:
        if value is not None:
            print(f"  {label}: {value}")
    return 0 if verdict.ok else 1


def _signer(found) -> str | None:  # type: ignore[no-untyped-def]
    if found is None:
        return None
    trust = "a certificate this machine trusts" if found.trusted else \
        "a certificate this machine does not know (your PDF reader checks it against its own list)"
    return f"{found.signer}; the signature is intact ({trust})"


COMMANDS = {"verify": cmd_verify}
