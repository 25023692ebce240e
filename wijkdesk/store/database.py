"""The Store: one encrypted database file, its engine and its transactions.

Write transactions begin IMMEDIATE so that the audit chain's head is read and extended under the
write lock; read transactions begin deferred. After a write commits, the audit anchor outside the
database is moved to the new head.
"""

import contextlib
import logging
import os
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from wijkdesk import __version__
from wijkdesk.errors import Conflict
from wijkdesk.security.audit_chain import (
    Anchor,
    AnchorInvalid,
    AnchorWrite,
    read_anchor,
    write_anchor,
)
from wijkdesk.security.keys import DatabaseKey
from wijkdesk.store import sqlcipher
from wijkdesk.store.audit_log import HEAD_KEY, AuditFact
from wijkdesk.store.models import Meta

log = logging.getLogger(__name__)

WRITE_OPTION = "wijkdesk_write"
ANCHOR_SECRET_KEY = "audit_anchor_secret"  # noqa: S105 (a meta key name)
DATABASE_ID_KEY = "database_id"
APP_VERSION_KEY = "written_by_version"
KEY_CHANGE_KEY = "key_change_id"  # which key change made the file's current key


def failure_reason(exc: DBAPIError) -> str:
    """SQLite's own words for a failure: they name tables and conditions, never values."""
    if exc.orig is None:
        return type(exc).__name__
    return str(exc.orig).split("\n")[0]


def _begin(conn) -> None:  # type: ignore[no-untyped-def]
    immediate = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(
    path: Path, key: DatabaseKey, *, create: bool = False, read_only: bool = False
) -> Engine:
    proven = False

    def connect() -> sqlcipher3.Connection:
        # The first connection proves the key on the untouched file; later ones need not pay
        # for a second key derivation.
        nonlocal proven
        conn = sqlcipher.connect(path, key, create=create, read_only=read_only, prove=not proven)
        proven = True
        return conn

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3,
        creator=connect,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        hide_parameters=True,  # SQL parameters can hold personal data: keep them out of errors
    )
    event.listen(engine, "begin", _begin)
    event.listen(engine, "checkin", _back_to_everyday_cache)
    return engine


_BULK = "wijkdesk.bulk_cache"


def _back_to_everyday_cache(dbapi_connection, record) -> None:  # noqa: ANN001
    if record.info.pop(_BULK, False):
        dbapi_connection.execute(sqlcipher.cache_pragma(sqlcipher.CACHE_KIB))


class Store:
    def __init__(
        self,
        path: Path,
        key: DatabaseKey,
        anchor_path: Path | None,
        *,
        create: bool = False,
        read_only: bool = False,
    ):
        self.path = path
        self.anchor_path = anchor_path
        self._anchor_secret: bytes | None = None
        self._anchor_write = AnchorWrite.ADVANCE
        self._deferred: list[AuditFact] = []
        self._deferred_lock = threading.Lock()
        self._bind(key, create=create, read_only=read_only)

    def _bind(self, key: DatabaseKey, *, create: bool = False, read_only: bool = False) -> None:
        self._key = key
        self.engine = make_engine(self.path, key, create=create, read_only=read_only)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @property
    def key(self) -> DatabaseKey:
        return self._key

    # Transactions ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def write(self, *, bulk: bool = False) -> Iterator[Session]:
        """One transaction: commits on success, rolls back everything on any exception.

        bulk gives the transaction a large page cache (thousands of rows at once); the
        connection returns to the everyday cache when it goes back to the pool."""
        with self._write() as session:
            with session.begin():
                if bulk:
                    connection = session.connection()
                    connection.exec_driver_sql(sqlcipher.cache_pragma(sqlcipher.BULK_CACHE_KIB))
                    connection.connection.info[_BULK] = True
                yield session
            head = session.info.pop(HEAD_KEY, None)
        if head is not None:
            try:
                self.write_anchor(head, self._anchor_write)
            except (OSError, ValueError) as exc:
                # The commit stands; an anchor left behind only makes verify add a note.
                log.warning("audit anchor not moved: %s", type(exc).__name__)

    # Deferred audit facts ----------------------------------------------------------------------

    def defer(self, fact: AuditFact) -> None:
        """Keep a fact of a read-only call (a search) for the next write transaction or flush.

        Search-as-you-type must not pay for a durable commit at every keystroke; the fact keeps
        the moment it happened and is chained at most a few seconds later."""
        with self._deferred_lock:
            self._deferred.append(fact)

    def take_deferred(self) -> list[AuditFact]:
        with self._deferred_lock:
            facts, self._deferred = self._deferred, []
        return facts

    def return_deferred(self, facts: list[AuditFact]) -> None:
        """Put back facts taken by a transaction that rolled back."""
        if facts:
            with self._deferred_lock:
                self._deferred[:0] = facts

    @property
    def has_deferred(self) -> bool:
        return bool(self._deferred)

    # Meta and anchor -------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        with self.read() as s:
            return s.scalar(select(Meta.value).where(Meta.key == key))

    def set_meta(self, session: Session, key: str, value: str) -> None:
        row = session.get(Meta, key)
        if row is None:
            session.add(Meta(key=key, value=value))
        else:
            row.value = value

    def initialise_meta(self, session: Session, database_id: str) -> None:
        self.set_meta(session, DATABASE_ID_KEY, database_id)
        self.set_meta(session, ANCHOR_SECRET_KEY, secrets.token_hex(32))
        self.set_meta(session, APP_VERSION_KEY, __version__)
        self._anchor_write = AnchorWrite.CREATE  # this new database's first anchor

    def anchor_secret(self) -> bytes:
        if self._anchor_secret is None:
            value = self.meta(ANCHOR_SECRET_KEY)
            self._anchor_secret = bytes.fromhex(value) if value else b""
        return self._anchor_secret

    def read_anchor(self) -> Anchor | None:
        """The recorded head; raises AnchorInvalid when the file was damaged or forged."""
        if self.anchor_path is None:
            return None
        return read_anchor(self.anchor_path, self.anchor_secret())

    def write_anchor(self, anchor: Anchor, how: AnchorWrite = AnchorWrite.ADVANCE) -> bool:
        secret = self.anchor_secret()
        if not secret or self.anchor_path is None:
            return False
        written = write_anchor(self.anchor_path, secret, anchor, how)
        if not written and how is AnchorWrite.ADVANCE and self._anchor_missing_or_invalid():
            log.warning("audit anchor missing or invalid: not re-created by an ordinary write")
        return written

    def _anchor_missing_or_invalid(self) -> bool:
        try:
            return self.read_anchor() is None
        except AnchorInvalid:
            return True

    # Raw access for the SQLite corner ----------------------------------------------------------

    @contextlib.contextmanager
    def raw(self) -> Iterator[sqlcipher3.Connection]:
        """A pooled DBAPI connection, outside any ORM session (checks, backup, re-key)."""
        fairy = self.engine.raw_connection()
        try:
            yield fairy.driver_connection
        finally:
            fairy.close()

    def backup_to(self, target: Path) -> None:
        with self.raw() as conn:
            sqlcipher.backup_to(conn, target, self._key)

    def replace_key(self, new_key: DatabaseKey, change_id: str) -> None:
        """Swap the file for a re-keyed copy that carries change_id in meta, and reconnect.

        PRAGMA rekey on the live file would leave the re-keyed pages in the WAL until the last
        connection closed; a crash then leaves a file that opens with neither key for sure.
        A copy replaced in one rename has one key or the other.
        """
        self.engine.dispose()
        with sqlcipher.connection(self.path, self._key) as conn:
            sqlcipher.checkpoint(conn)
        # After our last connection closed, SQLite removed its companions unless someone
        # else still has the database open.
        if any(p.exists() for p in sqlcipher.companions(self.path)):
            raise Conflict("The database is open in another wijkdesk window or command; "
                           "close it and try again.")
        work = self.path.with_name(self.path.name + ".rekeying")
        try:
            sqlcipher.rekey_copy(self.path, work, self._key, new_key, {KEY_CHANGE_KEY: change_id})
            os.replace(work, self.path)
        except BaseException:
            work.unlink(missing_ok=True)
            raise
        self._bind(new_key)

    def dispose(self) -> None:
        """Close every pooled connection; the last close checkpoints and removes the WAL."""
        self.engine.dispose()

    def forget_cached_meta(self) -> None:
        self._anchor_secret = None


__all__ = ["AnchorInvalid", "Store"]
