"""Bringing a database to this wijkdesk's schema: refuse newer, back up older, then upgrade."""

import logging

from wijkdesk import __version__
from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.errors import NewerSchema, NotADatabase
from wijkdesk.services.backups import BackupService
from wijkdesk.services.base import Service
from wijkdesk.services.funding import FundingService
from wijkdesk.services.professionals import ProfessionalService
from wijkdesk.services.roles import RoleService
from wijkdesk.store import schema
from wijkdesk.store.database import APP_VERSION_KEY, Store

log = logging.getLogger(__name__)


class SchemaService(Service):
    def bring_current(self, backups: BackupService) -> schema.SchemaStatus:
        st = schema.status(self.store.engine)
        if st.state is schema.SchemaState.CURRENT:
            return st
        if st.state is schema.SchemaState.NEWER:
            written_by = self.store.meta(APP_VERSION_KEY) or "a newer version"
            raise NewerSchema(
                f"This database has schema {st.current} from wijkdesk {written_by}, newer than "
                f"this wijkdesk {__version__} (schema {st.head}); install a newer wijkdesk to "
                "open it."
            )
        if st.state is schema.SchemaState.EMPTY:
            raise NotADatabase(f"{self.store.path.name} holds no wijkdesk schema.")
        # No audit row before the upgrade: the models describe the new schema, not the old one.
        backups.create("pre-upgrade", audit=False)
        log.info("upgrading schema %s -> %s", st.current, st.head)
        schema.upgrade(self.store.engine)
        with self._write() as tx:
            self.store.set_meta(tx.session, APP_VERSION_KEY, __version__)
            tx.audit(AuditEvent.BACKUP, record_type="database", detail="pre-upgrade")
            tx.audit(AuditEvent.UPDATE, record_type="database",
                     detail=f"schema {st.current} to {st.head}")
        seed_reference_data(self.store)  # what the new schema's tables start with
        return schema.status(self.store.engine)


def seed_reference_data(store: Store) -> None:
    """The reference rows a database starts with; each seed adds only what is missing, so it
    serves a new database and one just upgraded alike."""
    ProfessionalService(store).seed_types()
    FundingService(store).seed_sources()
    RoleService(store).seed()
