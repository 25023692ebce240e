"""Changing the database key, and moving between keyring and passphrase mode.

An interruption at any point leaves a way in, and no backup under a key that is gone:

1. a safety backup is made; a new keyring key is parked under a "next" entry;
2. store.json records the pending mode and a change id (never a secret);
3. every backup gets a re-keyed sibling copy (``.rekeyed``); the originals are untouched, and
   if any copy fails the change is called off before anything else moved;
4. the database file is swapped for a re-keyed copy carrying the change id in its meta table;
5. the re-keyed backup copies replace their originals; the new key takes the keyring's main
   entry (or the old one leaves it); store.json is final.

Before step 4 the database has the old key and the change is abandoned on the next open; from
step 4 on it has the new key, its meta table says so, and the next open finishes steps 5 with
nothing but renames and keyring calls (app.py).
"""

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.ids import uuid7
from wijkdesk.domain.roles import Permission
from wijkdesk.errors import BackupProblem, WijkdeskError
from wijkdesk.security.keys import (
    DatabaseKey,
    StorageMode,
    StoreDescription,
    delete_keyring_key,
    load_keyring_key,
    save_keyring_key,
)
from wijkdesk.services.backups import BackupService
from wijkdesk.services.base import Service
from wijkdesk.store import sqlcipher
from wijkdesk.store.database import KEY_CHANGE_KEY

NEXT_SUFFIX = "-next"
REKEYED = ".rekeyed"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeyChangeResult:
    mode: StorageMode
    backups_rekeyed: int
    backups_left: int  # already under an older key, or unreadable: left as they were


def _sibling(path: Path) -> Path:
    return path.with_name(path.name + REKEYED)


def _prepare_backups(backups: BackupService, old_key: DatabaseKey,
                     new_key: DatabaseKey) -> tuple[int, int]:
    """Step 3: a re-keyed copy beside each backup that opens with the old key."""
    prepared = left = 0
    for backup in backups.list():
        try:
            sqlcipher.prove_key(backup.path, old_key)
        except WijkdeskError:
            left += 1  # it never opened with the current key: nothing to lose here
            continue
        try:
            sqlcipher.rekey_copy(backup.path, _sibling(backup.path), old_key, new_key)
        except (OSError, WijkdeskError, sqlcipher.DatabaseError) as exc:
            reason = getattr(exc, "strerror", None) or type(exc).__name__
            raise BackupProblem(
                f"Backup {backup.path.name} could not be re-keyed ({reason}); "
                "the key was not changed."
            ) from None
        prepared += 1
    return prepared, left


def _discard_prepared(folder: Path) -> None:
    for path in folder.glob("*" + REKEYED):
        path.unlink(missing_ok=True)


def finish_key_change(description: StoreDescription, store_file: Path, new_mode: StorageMode,
                      backups: BackupService) -> int:
    """Step 5, once the database file carries the new key. Returns the backups swapped."""
    db_id = description.database_id
    swapped = 0
    for prepared in sorted(backups.folder.glob("*" + REKEYED)):
        os.replace(prepared, prepared.with_name(prepared.name.removesuffix(REKEYED)))
        swapped += 1
    if new_mode is StorageMode.KEYRING:
        parked = load_keyring_key(db_id + NEXT_SUFFIX)
        save_keyring_key(db_id, parked)
        delete_keyring_key(db_id + NEXT_SUFFIX)
    StoreDescription(db_id, new_mode).write(store_file)
    if new_mode is StorageMode.PASSPHRASE and description.mode is StorageMode.KEYRING:
        delete_keyring_key(db_id)
    return swapped


def abandon_key_change(description: StoreDescription, store_file: Path,
                       backups_folder: Path) -> StoreDescription:
    """The database still has its old key: the change never reached step 4."""
    _discard_prepared(backups_folder)
    delete_keyring_key(description.database_id + NEXT_SUFFIX)
    settled = StoreDescription(description.database_id, description.mode)
    settled.write(store_file)
    return settled


class KeyService(Service):
    def change(
        self, new_key: DatabaseKey, description: StoreDescription, store_file: Path,
        backups: BackupService,
    ) -> KeyChangeResult:
        self._require(Permission.MANAGE_STORE, record_type="database")
        old_key = self.store.key
        backups.create("pre-key-change")
        db_id = description.database_id
        change_id = str(uuid7())
        pending = StoreDescription(db_id, old_key.mode, new_key.mode, change_id)
        if new_key.mode is StorageMode.KEYRING:
            save_keyring_key(db_id + NEXT_SUFFIX, new_key)
        pending.write(store_file)
        try:
            _discard_prepared(backups.folder)
            prepared, left = _prepare_backups(backups, old_key, new_key)
            self.store.replace_key(new_key, change_id)
        except Exception:
            # A failure (not a dying process) before the switch: call the change off now.
            # A process that dies leaves it pending, and the next open settles it.
            if self.store.key is old_key:
                abandon_key_change(pending, store_file, backups.folder)
            raise
        finish_key_change(pending, store_file, new_key.mode, backups)
        self._audit_change(old_key.mode, new_key.mode, prepared, left, "")
        return KeyChangeResult(new_key.mode, prepared, left)

    def finish_interrupted(self, description: StoreDescription, store_file: Path,
                           backups: BackupService) -> StoreDescription:
        """Called on open: settle a pending change by what the database file says."""
        assert description.pending_mode is not None
        if self.store.meta(KEY_CHANGE_KEY) != description.pending_change:
            return abandon_key_change(description, store_file, backups.folder)
        swapped = finish_key_change(description, store_file, description.pending_mode, backups)
        self._audit_change(description.mode, description.pending_mode, swapped, 0,
                           " (finished after an interruption)")
        return StoreDescription(description.database_id, description.pending_mode)

    def _audit_change(self, old: StorageMode, new: StorageMode, rekeyed: int, left: int,
                      note: str) -> None:
        with self._write() as tx:
            tx.audit(AuditEvent.KEY_CHANGE, record_type="database",
                     detail=f"{old.value} to {new.value}; {rekeyed} backups re-keyed, "
                     f"{left} left{note}")
