"""Models and migrations agree; old databases upgrade (after a backup); newer ones are refused."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from tests.conftest import PASSPHRASE, sha256
from wijkdesk.app import open_workspace
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.errors import NewerSchema
from wijkdesk.security.keys import DatabaseKey, StorageMode
from wijkdesk.store import schema
from wijkdesk.store.database import Store
from wijkdesk.store.models import Base
from wijkdesk.store.search import is_search_table


def test_models_and_migrations_agree(tmp_path):
    key = DatabaseKey(StorageMode.PASSPHRASE, PASSPHRASE)
    store = Store(tmp_path / "m.db", key, None, create=True)
    try:
        schema.upgrade(store.engine)
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={
                "compare_type": True,
                "include_name": lambda name, kind, _parent: not (
                    kind == "table" and is_search_table(name)),
            })
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        store.dispose()


def test_every_revision_downgrades_and_upgrades_again(tmp_path):
    key = DatabaseKey(StorageMode.PASSPHRASE, PASSPHRASE)
    store = Store(tmp_path / "m.db", key, None, create=True)
    try:
        schema.upgrade(store.engine)
        schema.downgrade(store.engine, "base")
        assert schema.status(store.engine).state is schema.SchemaState.EMPTY
        schema.upgrade(store.engine)
        assert schema.status(store.engine).state is schema.SchemaState.CURRENT
    finally:
        store.dispose()


def _downgrade_to_first(workspace):
    """Make the opened database look like one written by the first release (schema 0001)."""
    schema.downgrade(workspace.store.engine, "0001")
    workspace.close()


def test_upgrade_from_the_first_revision_keeps_data_and_backs_up_first(workspace, admin,
                                                                         locations, passphrase):
    profiles_before = workspace.profiles().count()
    entries_before = workspace.audit().count()
    _downgrade_to_first(workspace)
    reopened = open_workspace(locations, passphrase, daily_backup=False)
    try:
        assert schema.status(reopened.store.engine).state is schema.SchemaState.CURRENT
        assert reopened.profiles().count() == profiles_before
        backups = reopened.backups().list()
        assert [b.kind for b in backups].count("pre-upgrade") == 1
        assert reopened.audit().verify().ok
        with reopened.store.read() as s:
            after = s.execute(text(
                "SELECT event, record_type, detail FROM audit_log WHERE seq > :n ORDER BY seq"),
                {"n": entries_before}).all()
        assert [tuple(r) for r in after[:2]] == [
            ("backup", "database", "pre-upgrade"),
            ("update", "database", f"schema 0001 to {schema.head_revision()}")]
        # the reference rows of the new tables are seeded after the upgrade, and only those
        assert {r.record_type for r in after[2:]} == {"professional_type", "funding_source",
                                                      "task"}
        assert len(reopened.roles(admin).tasks()) > 10
        # the tables of the second revision are there and usable
        reopened.places(admin).add(PlaceLevel.MUNICIPALITY, "GM0363", "Testgemeente")
    finally:
        reopened.close()


def test_a_newer_database_is_refused_with_both_versions_and_left_alone(workspace, locations,
                                                                        passphrase):
    with workspace.store.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        s.execute(text("UPDATE meta SET value = '9.4.0' WHERE key = 'written_by_version'"))
    workspace.close()
    before = {p: sha256(p) for p in locations.data.rglob("*") if p.is_file()
              and "logs" not in p.parts}
    with pytest.raises(NewerSchema) as info:
        open_workspace(locations, passphrase)
    message = str(info.value)
    from wijkdesk import __version__

    assert "0099" in message and "9.4.0" in message
    assert __version__ in message and schema.head_revision() in message
    after = {p: sha256(p) for p in locations.data.rglob("*") if p.is_file()
             and "logs" not in p.parts}
    assert after == before

