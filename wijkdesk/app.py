"""Composition root: from a folder and a key source to an open, current, backed-up workspace.

Opening never writes before the key is proven right; initialising builds the database under a
temporary name and moves it into place only when it is complete.
"""

import contextlib
import dataclasses
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from wijkdesk import __version__
from wijkdesk.config import Locations
from wijkdesk.domain.ids import uuid7
from wijkdesk.errors import (
    AlreadyInitialised,
    NotADatabase,
    NotInitialised,
    PassphraseRequired,
    WijkdeskError,
    WrongKey,
)
from wijkdesk.security.keys import (
    MIN_PASSPHRASE_LENGTH,
    DatabaseKey,
    PassphraseSource,
    StorageMode,
    StoreDescription,
    delete_keyring_key,
    has_keyring_key,
    keyring_usable,
    load_keyring_key,
    new_raw_key,
    passphrase_key,
    resolve_key,
    save_keyring_key,
)
from wijkdesk.services.activities import ActivityService
from wijkdesk.services.agreements import AgreementService
from wijkdesk.services.attachments import AttachmentService
from wijkdesk.services.audit import AuditService
from wijkdesk.services.backups import BackupService
from wijkdesk.services.base import Actor
from wijkdesk.services.consents import ConsentService
from wijkdesk.services.contacts import ContactService
from wijkdesk.services.demo import DemoService
from wijkdesk.services.exports import ExportService
from wijkdesk.services.funding import FundingService
from wijkdesk.services.health import HealthService
from wijkdesk.services.initiatives import InitiativeService
from wijkdesk.services.keys import NEXT_SUFFIX, KeyService
from wijkdesk.services.neighbourhood import NeighbourhoodService
from wijkdesk.services.places import PlaceService
from wijkdesk.services.privacy import PrivacyService
from wijkdesk.services.professionals import ProfessionalService
from wijkdesk.services.profiles import NewProfile, ProfileService
from wijkdesk.services.resident_file import ResidentFileService
from wijkdesk.services.resident_import import ResidentImportService
from wijkdesk.services.residents import ResidentService
from wijkdesk.services.roles import RoleService
from wijkdesk.services.schema import SchemaService, seed_reference_data
from wijkdesk.services.settings import SettingsService
from wijkdesk.services.support import SupportService
from wijkdesk.store import schema, sqlcipher
from wijkdesk.store.database import Store, failure_reason

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    locations: Locations
    description: StoreDescription
    store: Store

    # Services, each on the account of an actor (None: the system, for maintenance) ------------

    def profiles(self, actor: Actor | None = None) -> ProfileService:
        return ProfileService(self.store, actor)

    def residents(self, actor: Actor | None) -> ResidentService:
        return ResidentService(self.store, actor)

    def privacy(self, actor: Actor | None) -> PrivacyService:
        return PrivacyService(self.store, actor)

    def resident_import(self, actor: Actor | None) -> ResidentImportService:
        return ResidentImportService(self.store, actor)

    def support(self, actor: Actor | None) -> SupportService:
        return SupportService(self.store, actor)

    def activities(self, actor: Actor | None) -> ActivityService:
        return ActivityService(self.store, actor)

    def initiatives(self, actor: Actor | None) -> InitiativeService:
        return InitiativeService(self.store, actor)

    def funding(self, actor: Actor | None) -> FundingService:
        return FundingService(self.store, actor)

    def attachments(self, actor: Actor | None) -> AttachmentService:
        return AttachmentService(self.store, actor)

    def neighbourhood(self, actor: Actor | None) -> NeighbourhoodService:
        return NeighbourhoodService(self.store, actor)

    def contacts(self, actor: Actor | None) -> ContactService:
        return ContactService(self.store, actor)

    def consents(self, actor: Actor | None) -> ConsentService:
        return ConsentService(self.store, actor)

    def resident_file(self, actor: Actor | None) -> ResidentFileService:
        return ResidentFileService(self.store, actor)

    def places(self, actor: Actor | None) -> PlaceService:
        return PlaceService(self.store, actor)

    def professionals(self, actor: Actor | None) -> ProfessionalService:
        return ProfessionalService(self.store, actor)

    def roles(self, actor: Actor | None) -> RoleService:
        return RoleService(self.store, actor)

    def agreements(self, actor: Actor | None) -> AgreementService:
        return AgreementService(self.store, actor)

    def exports(self, actor: Actor | None) -> ExportService:
        return ExportService(self.store, actor)

    def demo(self, actor: Actor | None) -> DemoService:
        return DemoService(self.store, actor)

    def audit(self, actor: Actor | None = None) -> AuditService:
        return AuditService(self.store, actor)

    def health(self, actor: Actor | None = None) -> HealthService:
        return HealthService(self.store, actor)

    def settings(self, actor: Actor | None = None) -> SettingsService:
        return SettingsService(self.store, actor)

    def backups(self, actor: Actor | None = None) -> BackupService:
        kept = self.settings().get()
        return BackupService(self.store, self.locations.backups, actor,
                             daily=kept.backup_daily, weekly=kept.backup_weekly)

    def change_key(self, actor: Actor | None, new_key: DatabaseKey):  # type: ignore[no-untyped-def]
        result = KeyService(self.store, actor).change(
            new_key, self.description, self.locations.store_file, self.backups(actor)
        )
        self.description = StoreDescription(self.description.database_id, result.mode)
        return result

    @property
    def mode(self) -> StorageMode:
        return self.description.mode

    def info(self) -> dict[str, Any]:
        st = schema.status(self.store.engine)
        db = self.locations.database
        backups = self.backups().list()

        def size(path: Path) -> int:
            return path.stat().st_size if path.exists() else 0

        return {
            "version": __version__,
            "schema": {"current": st.current, "head": st.head},
            "storage_mode": self.mode.value,
            "database_id": self.description.database_id,
            "locations": {
                "data": str(self.locations.data),
                "database": str(db),
                "backups": str(self.locations.backups),
                "logs": str(self.locations.logs),
                "config": str(self.locations.config),
            },
            "sizes": {
                "database_bytes": size(db),
                "wal_bytes": size(db.with_name(db.name + "-wal")),
                "backups": len(backups),
                "backups_bytes": sum(b.size for b in backups),
            },
            "latest_backup": backups[0].created.isoformat() if backups else None,
            "counts": self.health().counts(),
        }

    @property
    def audit_pending(self) -> bool:
        """Audit facts of recent searches wait to be chained."""
        return self.store.has_deferred

    def flush_audit(self) -> bool:
        """Chain the audit facts of recent searches (called by the window every few seconds)."""
        return AuditService(self.store).flush_audit()

    def close(self) -> None:
        try:
            self.flush_audit()
        except Exception:  # noqa: BLE001 - closing must go on; the facts are lost, not the data
            log.warning("deferred audit facts not written on close")
        self.store.dispose()


# Opening ---------------------------------------------------------------------------------------


def _damaged(path: Path, exc: DBAPIError) -> NotADatabase:
    return NotADatabase(
        f"{path.name} is damaged ({failure_reason(exc)}); "
        "restore a backup with `wijkdesk backup restore`."
    )


@contextlib.contextmanager
def _closed_on_failure(store: Store) -> Iterator[None]:
    """Any failure closes the store's connections; SQLite's own errors mean a damaged file."""
    try:
        yield
    except DBAPIError as exc:
        store.dispose()
        raise _damaged(store.path, exc) from None
    except BaseException:
        store.dispose()
        raise


def _connect_checked(locations: Locations, key: DatabaseKey) -> Store:
    """A store whose first connection has proven the key; nothing is written before that."""
    store = Store(locations.database, key, locations.audit_head)
    with _closed_on_failure(store), store.engine.connect():
        pass
    return store


def _candidate_keys(description: StoreDescription,
                    passphrase: PassphraseSource) -> list[DatabaseKey]:
    """During an unfinished key change: the keys of both modes that can be had."""
    keys: list[DatabaseKey] = []
    with contextlib.suppress(WijkdeskError):
        keys.append(resolve_key(description, passphrase))
    if description.pending_mode is StorageMode.KEYRING:
        parked = description.database_id + NEXT_SUFFIX
        if has_keyring_key(parked):
            keys.append(load_keyring_key(parked))
    elif description.pending_mode is StorageMode.PASSPHRASE and passphrase.available():
        phrase = DatabaseKey(StorageMode.PASSPHRASE, passphrase.read())
        if phrase not in keys:
            keys.append(phrase)
    return keys


def _open_keyed(locations: Locations, description: StoreDescription,
                passphrase: PassphraseSource, key: DatabaseKey | None
                ) -> tuple[Store, StoreDescription]:
    """The store, and store.json as it stands once any interrupted key change is settled."""
    if description.pending_mode is None:
        key = key or resolve_key(description, passphrase)
        return _connect_checked(locations, key), description
    candidates = [key] if key is not None else _candidate_keys(description, passphrase)
    for candidate in candidates:
        try:
            store = _connect_checked(locations, candidate)
        except WrongKey:
            continue
        with _closed_on_failure(store):
            settled = KeyService(store).finish_interrupted(
                description, locations.store_file, BackupService(store, locations.backups)
            )
        log.info("settled an interrupted key change")
        return store, settled
    raise WrongKey(
        f"A key change of {locations.database.name} was interrupted and no key at hand opens "
        "it; give the new passphrase (or the old one, if the change had not got far), or unlock "
        "the keyring, and try again."
    )


def open_workspace(
    locations: Locations,
    passphrase: PassphraseSource,
    *,
    key: DatabaseKey | None = None,
    daily_backup: bool = True,
) -> Workspace:
    """The database in locations, opened with key or the key its storage mode says where."""
    if not locations.database.is_file():
        raise NotInitialised(
            f"There is no wijkdesk database in {locations.data}; "
            "run `wijkdesk init` or `wijkdesk demo` first."
        )
    description = StoreDescription.read(locations.store_file)
    store, description = _open_keyed(locations, description, passphrase, key)
    workspace = Workspace(locations, description, store)
    with _closed_on_failure(store):
        SchemaService(store).bring_current(workspace.backups())
        if daily_backup:
            try:
                workspace.backups().ensure_daily()
            except WijkdeskError as exc:  # a missed backup must not lock the team out
                log.warning("daily backup failed: %s", type(exc).__name__)
    log.info("opened database %s (schema current)", description.database_id)
    return workspace


# Initialising ----------------------------------------------------------------------------------


def choose_key(passphrase: PassphraseSource) -> DatabaseKey:
    """Keyring mode where a usable keyring exists, unless a passphrase was handed over."""
    if passphrase.explicit():
        return passphrase_key(passphrase.read())
    if keyring_usable():
        return new_raw_key()
    if passphrase.available():
        asking = dataclasses.replace(passphrase, prompt=(
            "No OS keyring is usable here: a passphrase will protect the database.\n"
            f"It needs {MIN_PASSPHRASE_LENGTH} characters or more and cannot be recovered "
            "if lost.\nChoose the passphrase: "))
        return passphrase_key(asking.read(confirm=True))
    raise PassphraseRequired(
        "No OS keyring is usable here, so the database needs a passphrase: "
        "give one with --passphrase-file FILE or WIJKDESK_PASSPHRASE."
    )


Populate = Callable[["Workspace", Actor], None]


def initialise(
    locations: Locations, passphrase: PassphraseSource, first: NewProfile,
    populate: Populate | None = None, *, key: DatabaseKey | None = None,
) -> tuple[Workspace, Actor]:
    """A new encrypted database with its first (administrator) profile, opened.

    key, when given (the window asks for it), replaces the choice of choose_key.
    populate runs on the database while it is still being built (demo data, more profiles):
    if it fails, nothing is left behind, as for any other failure of initialisation.
    """
    if locations.database.exists():
        raise AlreadyInitialised(f"{locations.data} holds a wijkdesk database already.")
    first = first.validated()  # fail before anything is made
    locations.ensure()
    key = key or choose_key(passphrase)
    database_id = str(uuid7())
    building = locations.database.with_name(locations.database.name + ".creating")
    sqlcipher.remove_database_files(building)
    locations.audit_head.unlink(missing_ok=True)  # left by a database that is gone
    if key.mode is StorageMode.KEYRING:
        save_keyring_key(database_id, key)
    try:
        store = Store(building, key, locations.audit_head, create=True)
        try:
            schema.upgrade(store.engine)
            with store.write() as s:
                store.initialise_meta(s, database_id)
            created = ProfileService(store).create_first(first)
            seed_reference_data(store)
            if populate is not None:
                builder = Workspace(locations, StoreDescription(database_id, key.mode), store)
                populate(builder, Actor(created.id, created.username, created.display_name,
                                        created.role))
        finally:
            store.dispose()
        StoreDescription(database_id, key.mode).write(locations.store_file)
        os.replace(building, locations.database)
    except BaseException:
        sqlcipher.remove_database_files(building)
        locations.audit_head.unlink(missing_ok=True)
        if key.mode is StorageMode.KEYRING:
            delete_keyring_key(database_id)
        raise
    log.info("initialised database %s in %s mode", database_id, key.mode.value)
    workspace = open_workspace(locations, passphrase, key=key)
    actor = workspace.profiles().authenticate(first.username, first.password)
    return workspace, actor
