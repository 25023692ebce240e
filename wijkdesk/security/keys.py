"""The database key: a random 256-bit key in the OS keyring, or a passphrase.

Keyring mode is the default where the OS offers a usable keyring. Where it does not (keyring's
fail backend, no Secret Service, a locked store) wijkdesk runs in passphrase mode, the
passphrase coming from --passphrase-file, WIJKDESK_PASSPHRASE or a prompt. The key is never
written to disk by wijkdesk in either mode: store.json only says which mode a database uses.
"""

import enum
import getpass
import json
import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.errors

from wijkdesk.errors import KeyringUnavailable, NotADatabase, PassphraseRequired, ValidationError

KEYRING_SERVICE = "wijkdesk"
PASSPHRASE_ENV = "WIJKDESK_PASSPHRASE"  # noqa: S105 (a variable name)
NEW_PASSPHRASE_ENV = "WIJKDESK_NEW_PASSPHRASE"  # noqa: S105
MIN_PASSPHRASE_LENGTH = 12


class StorageMode(enum.StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"  # noqa: S105


@dataclass(frozen=True)
class DatabaseKey:
    mode: StorageMode
    secret: str  # 64 hex digits in keyring mode, the passphrase in passphrase mode

    def __repr__(self) -> str:  # keep the secret out of tracebacks and logs
        return f"DatabaseKey(mode={self.mode.value}, secret=<hidden>)"

    __str__ = __repr__

    def pragma_literal(self) -> str:
        """The right-hand side of PRAGMA key / PRAGMA rekey."""
        if self.mode is StorageMode.KEYRING:
            return f"\"x'{self.secret}'\""
        return "'" + self.secret.replace("'", "''") + "'"


def new_raw_key() -> DatabaseKey:
    return DatabaseKey(StorageMode.KEYRING, secrets.token_bytes(32).hex())


def passphrase_key(passphrase: str) -> DatabaseKey:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            f"A passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters."
        )
    return DatabaseKey(StorageMode.PASSPHRASE, passphrase)


# The OS keyring ------------------------------------------------------------------------------

_KEYRING_FAILURES = (keyring.errors.KeyringError, RuntimeError, OSError)


def _trusted(backend: object) -> bool:
    """A keyring that keeps secrets in an OS store, not keyring's fail backend or a plaintext
    or home-made file backend (keyrings.alt), which would put the key on disk."""
    if isinstance(backend, keyring.backends.chainer.ChainerBackend):
        chained = list(backend.backends)
        return bool(chained) and all(_trusted(b) for b in chained)
    if isinstance(backend, keyring.backends.fail.Keyring):
        return False
    if type(backend).__module__.startswith("keyrings.alt"):
        return False
    return getattr(backend, "priority", 0) >= 1


def keyring_usable() -> bool:
    """True when a trusted OS keyring can store and return a secret right now."""
    try:
        backend = keyring.get_keyring()
        if not _trusted(backend):
            return False
        probe = "probe-" + secrets.token_hex(4)
        keyring.set_password(KEYRING_SERVICE, probe, "probe")
        ok = keyring.get_password(KEYRING_SERVICE, probe) == "probe"
        keyring.delete_password(KEYRING_SERVICE, probe)
        return ok
    except _KEYRING_FAILURES:
        return False


def _keyring_user(database_id: str) -> str:
    return f"database-{database_id}"


def load_keyring_key(database_id: str) -> DatabaseKey:
    try:
        secret = keyring.get_password(KEYRING_SERVICE, _keyring_user(database_id))
    except _KEYRING_FAILURES as exc:
        raise KeyringUnavailable(
            "The OS keyring that holds this database's key cannot be reached "
            f"({type(exc).__name__}); unlock it and try again."
        ) from None
    if secret is None:
        raise KeyringUnavailable(
            "The OS keyring holds no key for this database; it cannot be opened on this account."
        )
    return DatabaseKey(StorageMode.KEYRING, secret)


def save_keyring_key(database_id: str, key: DatabaseKey) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(database_id), key.secret)
    except _KEYRING_FAILURES as exc:
        raise KeyringUnavailable(
            f"The OS keyring refused to store the database key ({type(exc).__name__})."
        ) from None


def has_keyring_key(database_id: str) -> bool:
    try:
        return keyring.get_password(KEYRING_SERVICE, _keyring_user(database_id)) is not None
    except _KEYRING_FAILURES:
        return False


def delete_keyring_key(database_id: str) -> None:
    try:
        keyring.delete_password(KEYRING_SERVICE, _keyring_user(database_id))
    except _KEYRING_FAILURES:
        pass


# Passphrases ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PassphraseSource:
    """Where a passphrase may come from, in order: a file, an environment variable, a prompt."""

    file: Path | None = None
    env_var: str = PASSPHRASE_ENV
    prompt: str = "Passphrase for the wijkdesk database: "
    interactive: bool = True

    def available(self) -> bool:
        return self.file is not None or bool(os.environ.get(self.env_var)) or self._can_prompt()

    def explicit(self) -> bool:
        """A passphrase was handed over by file or environment, not asked for."""
        return self.file is not None or bool(os.environ.get(self.env_var))

    def _can_prompt(self) -> bool:
        return self.interactive and sys.stdin is not None and sys.stdin.isatty()

    def read(self, *, confirm: bool = False) -> str:
        if self.file is not None:
            try:
                text = self.file.read_text(encoding="utf-8")
            except OSError:
                raise PassphraseRequired("The passphrase file cannot be read.") from None
            value = text.rstrip("\r\n")
        elif os.environ.get(self.env_var):
            value = os.environ[self.env_var]
        elif self._can_prompt():
            value = getpass.getpass(self.prompt)
            if confirm and getpass.getpass("Repeat it: ") != value:
                raise ValidationError("The two passphrases differ.")
        else:
            raise PassphraseRequired(
                "This database is protected by a passphrase and no keyring is in use: "
                f"give it with --passphrase-file FILE or {self.env_var}."
            )
        if not value:
            raise PassphraseRequired("The passphrase is empty.")
        return value


# store.json: which mode a database uses ------------------------------------------------------


@dataclass(frozen=True)
class StoreDescription:
    """store.json. pending_mode is set while a key change is under way: until it is finished,
    the database may open with the key of either mode."""

    database_id: str
    mode: StorageMode
    pending_mode: StorageMode | None = None
    pending_change: str | None = None  # id written into the re-keyed file's meta table

    def write(self, path: Path) -> None:
        data = {"format": 1, "database_id": self.database_id, "storage_mode": self.mode.value}
        if self.pending_mode is not None:
            data["pending_mode"] = self.pending_mode.value
            data["pending_change"] = self.pending_change
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write(json.dumps(data) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    @classmethod
    def read(cls, path: Path) -> "StoreDescription":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            pending = data.get("pending_mode")
            return cls(str(data["database_id"]), StorageMode(data["storage_mode"]),
                       StorageMode(pending) if pending else None,
                       str(data["pending_change"]) if pending else None)
        except (OSError, ValueError, KeyError, TypeError):
            raise NotADatabase(
                f"{path.name} beside the database is missing or damaged; "
                "without it wijkdesk cannot tell how the database key is kept."
            ) from None


def resolve_key(description: StoreDescription, passphrase: PassphraseSource) -> DatabaseKey:
    """The key for an existing database, from the keyring or the passphrase source."""
    if description.mode is StorageMode.KEYRING:
        return load_keyring_key(description.database_id)
    return DatabaseKey(StorageMode.PASSPHRASE, passphrase.read())
