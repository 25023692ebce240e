"""Encrypted online backups: daily on first open, on demand, before upgrades and restores."""

from __future__ import annotations

import contextlib
import os
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.retention import backups_to_keep
from wijkdesk.domain.roles import Permission
from wijkdesk.errors import BackupProblem
from wijkdesk.security.audit_chain import Anchor, AnchorWrite
from wijkdesk.services.audit import AuditService
from wijkdesk.services.base import Actor, Service
from wijkdesk.store import audit_log, schema, sqlcipher
from wijkdesk.store.database import DATABASE_ID_KEY, Store

_NAME = re.compile(r"wijkdesk-(\d{8}T\d{6}\d{6})Z-([a-z-]+)\.db")
SAFETY_KINDS = ("pre-upgrade", "pre-restore", "pre-key-change")
KINDS = ("daily", "manual", *SAFETY_KINDS)
SAFETY_COPIES = 3


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    kind: str
    size: int


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.fullmatch(path.name)
    if not match:
        return None
    created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
    return BackupInfo(path, created, match.group(2), path.stat().st_size)


class BackupService(Service):
    def __init__(self, store: Store, folder: Path, actor: Actor | None = None, *,
                 daily: int = 7, weekly: int = 4):
        super().__init__(store, actor)
        self.folder = folder
        self.daily = daily
        self.weekly = weekly

    def list(self) -> list[BackupInfo]:
        if not self.folder.is_dir():
            return []
        found = (_parse(p) for p in self.folder.iterdir() if p.is_file())
        return sorted((b for b in found if b is not None), key=lambda b: b.created, reverse=True)

    def create(self, kind: str = "manual", *, audit: bool = True) -> BackupInfo:
        assert kind in KINDS
        self.folder.mkdir(parents=True, exist_ok=True)
        now = datetime.now(UTC)
        name = f"wijkdesk-{now:%Y%m%dT%H%M%S%f}Z-{kind}.db"
        final = self.folder / name
        partial = final.with_name(name + ".partial")
        try:
            self.store.backup_to(partial)
            os.replace(partial, final)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise BackupProblem(f"The backup could not be written ({exc.strerror}).") from None
        except sqlcipher.DatabaseError as exc:
            partial.unlink(missing_ok=True)
            raise BackupProblem(f"The database could not be read for a backup ({exc}).") from None
        if audit:
            with self._write() as tx:
                tx.audit(AuditEvent.BACKUP, record_type="database", detail=kind)
        self.rotate()
        info = _parse(final)
        assert info is not None
        return info

    def ensure_daily(self) -> BackupInfo | None:
        """Today's first open makes a backup; later opens of the day do not."""
        today = datetime.now(UTC).date()
        if any(b.created.date() == today for b in self.list()):
            return None
        return self.create("daily")

    def rotate(self) -> list[Path]:
        """Daily backups rotate (7 daily, 4 weekly by default); the newest safety copies of
        each kind stay; manual backups stay until someone removes them."""
        backups = self.list()
        daily = [b for b in backups if b.kind == "daily"]
        keep = backups_to_keep((b.created for b in daily), self.daily, self.weekly)
        doomed = [b for b in daily if b.created not in keep]
        for kind in SAFETY_KINDS:
            doomed += [b for b in backups if b.kind == kind][SAFETY_COPIES:]
        for b in doomed:
            b.path.unlink(missing_ok=True)
        self._sweep_leftovers()
        return [b.path for b in doomed]

    def _sweep_leftovers(self, older_than_s: float = 3600) -> None:
        """Half-written copies left by an interrupted backup or re-key (never a finished one)."""
        cutoff = time.time() - older_than_s
        # Prepared re-keyed copies (*.db.rekeyed) are not swept: an interrupted key change
        # still needs them; only the journals of their making are.
        for pattern in ("*.db.partial", "*.db.rekeyed-*"):
            for path in self.folder.glob(pattern):
                with contextlib.suppress(OSError):
                    if path.stat().st_mtime < cutoff:
                        path.unlink()

    # Restore ---------------------------------------------------------------------------------

    def inspect(self, path: Path) -> Anchor:
        """Check a backup before it replaces anything; returns the head of its audit chain."""
        if not path.is_file():
            raise BackupProblem(f"There is no backup file {path.name}.")
        backup = Store(path, self.store.key, None, read_only=True)
        try:
            with backup.raw() as conn:
                problems = {k: v for k, v in sqlcipher.integrity_problems(conn).items() if v}
            if problems:
                raise BackupProblem(
                    f"The backup {path.name} is damaged ({', '.join(problems)})."
                )
            st = schema.status(backup.engine)
            if st.state is schema.SchemaState.NEWER:
                raise BackupProblem(
                    f"The backup has schema {st.current}, newer than this wijkdesk ({st.head})."
                )
            if st.state is schema.SchemaState.EMPTY:
                raise BackupProblem(f"{path.name} holds no wijkdesk data.")
            if backup.meta(DATABASE_ID_KEY) != self.store.meta(DATABASE_ID_KEY):
                raise BackupProblem(f"{path.name} is a backup of another wijkdesk database.")
            chain = AuditService(backup).verify_internal()
            if not chain.ok:
                raise BackupProblem(f"The backup's audit log is not intact: {chain.problem}")
            with backup.read() as s:
                return Anchor(*audit_log.head(s))
        finally:
            backup.dispose()

    def restore(self, path: Path) -> BackupInfo:
        """Replace the database by a checked backup; the current state is kept as a backup."""
        self._require(Permission.MANAGE_STORE, record_type="database")
        path = path.expanduser().resolve()
        try:
            restored_head = self.inspect(path)
        except (sqlcipher.DatabaseError, DBAPIError):
            raise BackupProblem(f"{path.name} cannot be read as a wijkdesk backup.") from None
        kept = self.create("pre-restore")
        # The anchor goes back to the backup's head before the content does: interrupted here,
        # the database is merely ahead of its anchor, which verify accepts.
        self.store.write_anchor(restored_head, AnchorWrite.RESET)
        self.store.dispose()
        with sqlcipher.connection(path, self.store.key, read_only=True) as source:
            with self.store.raw() as live:
                sqlcipher.restore_from(source, live)
        self.store.dispose()
        self.store.forget_cached_meta()
        if schema.status(self.store.engine).state is schema.SchemaState.OLDER:
            schema.upgrade(self.store.engine)
        with self._write() as tx:
            tx.audit(AuditEvent.RESTORE, record_type="database", detail=path.name[:200])
        return kept
