"""What the commands share: the global options, the profile folder, signing in, prompts."""

import argparse
import getpass
import os
import sys
from pathlib import Path

from wijkdesk.config import DATA_DIR_ENV, Locations, locations
from wijkdesk.errors import AuthenticationFailed, ValidationError
from wijkdesk.security.keys import PASSPHRASE_ENV, PassphraseSource

PASSWORD_ENV = "WIJKDESK_PASSWORD"  # noqa: S105 (a variable name)
INIT_USER_ENV = "WIJKDESK_INIT_USERNAME"
INIT_NAME_ENV = "WIJKDESK_INIT_DISPLAY_NAME"
INIT_PASSWORD_ENV = "WIJKDESK_INIT_PASSWORD"  # noqa: S105
NEW_PASSWORD_ENV = "WIJKDESK_NEW_PASSWORD"  # noqa: S105 (a variable name)


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def read_secret_file(path: str, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError:
        raise ValidationError(f"The {what} file cannot be read.") from None


def global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help=f"profile folder to use instead of the OS default (or {DATA_DIR_ENV})")
    parser.add_argument("--passphrase-file", metavar="FILE", default=default,
                        help=f"file holding the database passphrase (or {PASSPHRASE_ENV})")


def sign_in_option(parser: argparse.ArgumentParser, who: str = "administrator") -> None:
    parser.add_argument("--user", metavar="NAME",
                        help=f"{who} profile to act as (password from {PASSWORD_ENV} "
                        "or a prompt)")


def locations_of(args: argparse.Namespace) -> Locations:
    return locations(getattr(args, "data_dir", None))


def passphrase_of(args: argparse.Namespace) -> PassphraseSource:
    path = getattr(args, "passphrase_file", None)
    return PassphraseSource(file=Path(path) if path else None, interactive=interactive())


def open_workspace_of(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from wijkdesk.app import open_workspace

    return open_workspace(locations_of(args), passphrase_of(args))


def sign_in(workspace, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    username = getattr(args, "user", None)
    if not username:
        raise AuthenticationFailed("This command acts on someone's account: name it with --user.")
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        if not interactive():
            raise AuthenticationFailed(f"Give the password of '{username}' in {PASSWORD_ENV}.")
        password = getpass.getpass(f"Password for {username}: ")
    return workspace.profiles().authenticate(username, password)


def ask(prompt: str) -> str:
    return input(prompt).strip()


def terminal_progress(what: str):  # type: ignore[no-untyped-def]
    """A percentage on stderr when a person watches; nothing in a pipe or a log."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{what}: {percent:3d}%", end="" if done < total else "\n", file=sys.stderr,
              flush=True)

    return show
