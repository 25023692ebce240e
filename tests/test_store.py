"""The encrypted store: nothing readable on disk, the right pragmas, loud failure without cipher."""

import sqlite3
import threading

import pytest
from sqlalchemy import text

from tests.conftest import PASSPHRASE
from wijkdesk.app import open_workspace
from wijkdesk.errors import CipherUnavailable, NotADatabase, WrongKey
from wijkdesk.security.keys import DatabaseKey, PassphraseSource, StorageMode
from wijkdesk.services.residents import ResidentData
from wijkdesk.store import sqlcipher

MARKER = "Zzyzxmarkeer"


def _all_files(root):
    return [p for p in root.rglob("*") if p.is_file()]


def test_marker_written_through_a_service_is_nowhere_in_plaintext(workspace, admin, locations):
    residents = workspace.residents(admin)
    rid = residents.create(ResidentData(given_name=MARKER, family_name=MARKER + "son",
                                        street=MARKER + "straat", postcode="1234 AB",
                                        email=f"{MARKER.lower()}@example.org"))
    assert residents.get(rid).data.given_name == MARKER
    workspace.backups().create("manual")
    # While the database is open, the WAL and shared-memory files exist too.
    wal = locations.database.with_name("wijkdesk.db-wal")
    assert wal.exists()
    needles = [MARKER.encode(), MARKER.encode("utf-16-le"), MARKER.lower().encode()]
    files = _all_files(locations.data)
    assert any(p.name.endswith("-manual.db") for p in files)
    for path in files:
        blob = path.read_bytes()
        for needle in needles:
            assert needle not in blob, f"{path.name} holds the marker in plaintext"
    workspace.close()
    for path in _all_files(locations.data):
        assert MARKER.encode() not in path.read_bytes(), path.name


def test_connections_carry_the_pragmas_that_make_encryption_cheap_and_safe(workspace):
    with workspace.store.raw() as conn:
        def one(sql):
            return conn.execute(sql).fetchone()[0]
        assert one("PRAGMA journal_mode") == "wal"
        assert one("PRAGMA foreign_keys") == 1
        assert one("PRAGMA busy_timeout") == sqlcipher.BUSY_TIMEOUT_MS
        assert one("PRAGMA cache_size") == -sqlcipher.CACHE_KIB
        assert one("PRAGMA temp_store") == 2  # memory
        assert one("PRAGMA synchronous") == 2  # full
        assert one("PRAGMA cipher_version")
        assert one("PRAGMA application_id") == sqlcipher.APPLICATION_ID


def test_a_bulk_write_gets_a_large_page_cache_and_gives_it_back(workspace):
    workspace.store.engine.dispose()  # one connection from here on: the bulk one comes back

    def cache(session):
        return session.connection().exec_driver_sql("PRAGMA cache_size").scalar()

    with workspace.store.write(bulk=True) as s:
        assert cache(s) == -sqlcipher.BULK_CACHE_KIB
    with workspace.store.read() as s:
        assert cache(s) == -sqlcipher.CACHE_KIB
    assert workspace.store.engine.pool.checkedin() == 1


def test_plain_sqlite_reader_sees_no_database(workspace, locations):
    workspace.close()
    plain = sqlite3.connect(locations.database)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_a_build_without_cipher_fails_loudly(workspace, locations, monkeypatch):
    workspace.close()

    real_connect = sqlcipher.sqlcipher3.connect

    class NoCipher:
        def __init__(self, conn):
            self._conn = conn

        def execute(self, sql, *args):
            if "cipher_version" in sql:
                return self._conn.execute("SELECT NULL")
            return self._conn.execute(sql, *args)

        def close(self):
            self._conn.close()

    monkeypatch.setattr(sqlcipher.sqlcipher3, "connect",
                        lambda *a, **k: NoCipher(real_connect(*a, **k)))
    key = DatabaseKey(StorageMode.PASSPHRASE, PASSPHRASE)
    with pytest.raises(CipherUnavailable):
        sqlcipher.connect(locations.database, key)


def test_wrong_key_and_foreign_files_are_told_apart(workspace, locations, tmp_path):
    workspace.close()
    with pytest.raises(WrongKey):
        sqlcipher.connect(locations.database, DatabaseKey(StorageMode.PASSPHRASE, "x" * 20))
    plain = tmp_path / "plain.db"
    c = sqlite3.connect(plain)
    c.execute("CREATE TABLE t(x)")
    c.commit()
    c.close()
    with pytest.raises(NotADatabase, match="unencrypted"):
        sqlcipher.connect(plain, DatabaseKey(StorageMode.PASSPHRASE, PASSPHRASE))
    other = tmp_path / "other.db"
    key = DatabaseKey(StorageMode.PASSPHRASE, PASSPHRASE)
    conn = sqlcipher3_plain_encrypted(other, key)
    conn.close()
    with pytest.raises(NotADatabase, match="not wijkdesk"):
        sqlcipher.connect(other, key)


def sqlcipher3_plain_encrypted(path, key):
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = {key.pragma_literal()}")
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    return conn


def test_write_transactions_begin_immediate(workspace, monkeypatch):
    seen = []
    from sqlalchemy import event

    @event.listens_for(workspace.store.engine, "before_cursor_execute")
    def capture(conn, cursor, statement, *args):
        seen.append(statement)

    with workspace.store.write() as s:
        s.execute(text("SELECT 1"))
    with workspace.store.read() as s:
        s.execute(text("SELECT 1"))
    begins = [s for s in seen if s.startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE", "BEGIN"]


def test_a_failed_write_leaves_nothing_behind(workspace, admin):
    residents = workspace.residents(admin)
    before_audit = workspace.audit().count()
    with pytest.raises(RuntimeError):
        with workspace.store.write() as s:
            s.execute(text("INSERT INTO meta(key, value) VALUES ('half', 'written')"))
            raise RuntimeError("boom")
    assert workspace.store.meta("half") is None
    assert workspace.audit().count() == before_audit
    assert residents.count() == 0


def test_concurrent_writers_keep_one_chain(workspace, admin):
    """Two threads appending at once must not fork the chain (BEGIN IMMEDIATE serialises)."""
    errors = []

    def work():
        try:
            svc = workspace.residents(admin)
            for i in range(15):
                svc.create(ResidentData(given_name=f"Test{i}", family_name="Parallel"))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    report = workspace.audit().verify()
    assert report.ok, report.problem


def test_reopening_with_the_passphrase_works(workspace, locations, monkeypatch):
    workspace.close()
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", PASSPHRASE)
    again = open_workspace(locations, PassphraseSource(interactive=False))
    try:
        assert again.profiles().count() == 1
    finally:
        again.close()
