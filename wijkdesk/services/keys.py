"""Changing the database key, and moving between keyring and passphrase mode.

A key change can be interrupted at any point without losing the way in:

1. a safety backup is made; a new keyring key is parked under a "next" entry;
2. store.json records the pending mode (never a secret);
3. the database is re-keyed;
4. each backup is re-keyed on a copy that then replaces it, so each file has one key or the
   other, never half of each; the old key stays where it was until all are done;
5. the new key takes the keyring's main entry (or the old one leaves it), store.json is final.

Opening a database with a pending change tries both keys and finishes the steps left (app.py).
"""

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.roles import Permission
from wijkdesk.errors import WijkdeskError
from wijkdesk.security.keys import (
    DatabaseKey,
    StorageMode,
    StoreDescription,
    delete_keyring_key,
    save_keyring_key,
)
from wijkdesk.services.backups import BackupService
from wijkdesk.services.base import Service
from wijkdesk.store import sqlcipher

NEXT_SUFFIX = "-next"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeyChangeResult:
    mode: StorageMode
    backups_rekeyed: int
    backups_left: int  # under an older key already, or unreadable: left as they were


def _rekey_backups(backups: BackupService, old_key: DatabaseKey,
                   new_key: DatabaseKey) -> tuple[int, int]:
    rekeyed = left = 0
    for backup in backups.list():
        work = backup.path.with_name(backup.path.name + ".rekeying")
        try:
            sqlcipher.prove_key(backup.path, old_key)
        except WijkdeskError:
            try:
                sqlcipher.prove_key(backup.path, new_key)
                continue  # done before an interruption
            except WijkdeskError:
                left += 1
                continue
        try:
            work.write_bytes(backup.path.read_bytes())
            sqlcipher.rekey_file(work, old_key, new_key)
            os.replace(work, backup.path)
            rekeyed += 1
        except (OSError, WijkdeskError, sqlcipher.DatabaseError) as exc:
            work.unlink(missing_ok=True)
            log.warning("backup %s not re-keyed: %s", backup.path.name, type(exc).__name__)
            left += 1
    return rekeyed, left


def finish_key_change(description: StoreDescription, store_file: Path, old_key: DatabaseKey,
                      new_key: DatabaseKey, backups: BackupService) -> KeyChangeResult:
    """Steps 4 and 5, after the database itself carries new_key."""
    db_id = description.database_id
    rekeyed, left = _rekey_backups(backups, old_key, new_key)
    if new_key.mode is StorageMode.KEYRING:
        save_keyring_key(db_id, new_key)
        delete_keyring_key(db_id + NEXT_SUFFIX)
    StoreDescription(db_id, new_key.mode).write(store_file)
    if new_key.mode is StorageMode.PASSPHRASE and old_key.mode is StorageMode.KEYRING:
        delete_keyring_key(db_id)
    return KeyChangeResult(new_key.mode, rekeyed, left)


def abandon_key_change(description: StoreDescription, store_file: Path) -> StoreDescription:
    """The database still has its old key: the change never reached step 3."""
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
        if new_key.mode is StorageMode.KEYRING:
            save_keyring_key(db_id + NEXT_SUFFIX, new_key)
        StoreDescription(db_id, old_key.mode, pending_mode=new_key.mode).write(store_file)
        self.store.replace_key(new_key)
        result = finish_key_change(description, store_file, old_key, new_key, backups)
        with self._write() as tx:
            tx.audit(
                AuditEvent.KEY_CHANGE,
                record_type="database",
                detail=f"{old_key.mode.value} to {new_key.mode.value}; "
                f"{result.backups_rekeyed} backups re-keyed, {result.backups_left} left",
            )
        return result
