"""Changing the database key, and moving between keyring and passphrase mode.

The order matters for a crash at any point: the new key is parked in the keyring under a
"next" entry before the file is re-keyed, so whichever key the file has afterwards is at hand.
"""

from dataclasses import dataclass
from pathlib import Path

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.roles import Permission
from wijkdesk.errors import WrongKey
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


@dataclass(frozen=True)
class KeyChangeResult:
    mode: StorageMode
    backups_rekeyed: int
    backups_left: int  # made under an even older key; they still open with that one


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
        self.store.replace_key(new_key)
        StoreDescription(db_id, new_key.mode).write(store_file)
        if new_key.mode is StorageMode.KEYRING:
            save_keyring_key(db_id, new_key)
            delete_keyring_key(db_id + NEXT_SUFFIX)
        elif old_key.mode is StorageMode.KEYRING:
            delete_keyring_key(db_id)
        rekeyed = left = 0
        for backup in backups.list():
            try:
                sqlcipher.rekey_file(backup.path, old_key, new_key)
                rekeyed += 1
            except WrongKey:
                left += 1
        with self._write() as tx:
            tx.audit(
                AuditEvent.KEY_CHANGE,
                record_type="database",
                detail=f"{old_key.mode.value} to {new_key.mode.value}; "
                f"{rekeyed} backups re-keyed, {left} left",
            )
        return KeyChangeResult(new_key.mode, rekeyed, left)
