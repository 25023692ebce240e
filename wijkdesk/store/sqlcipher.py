"""The SQLite/SQLCipher corner: opening, keying, pragmas, checks, backup and re-key.

Every connection is opened with mode=rw (never created implicitly), keyed, and proven to be a
decrypted wijkdesk database before any pragma that could write is issued, so a wrong key or a
foreign file leaves the file byte-identical.
"""

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from wijkdesk.errors import CipherUnavailable, NotADatabase, WrongKey
from wijkdesk.security.keys import DatabaseKey

# "WIJK" as a 32-bit big-endian integer, written to the header's application_id field.
APPLICATION_ID = 0x57494A4B
BUSY_TIMEOUT_MS = 5_000
# SQLCipher decrypts each page it reads; a large page cache keeps encryption's cost small
# (measured here: 3.8x slower bulk inserts with the default cache, 1.07x with 256 MiB).
# SQLite allocates the cache lazily, so small databases do not pay for it. Everyday work gets a
# moderate cache per connection: scrolling through a million contacts once filled 256 MiB per
# connection and kept it. Bulk writes (demo, import) raise it for their transaction.
CACHE_KIB = 32 * 1024
BULK_CACHE_KIB = 256 * 1024
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

DatabaseError = sqlcipher3.DatabaseError
OperationalError = sqlcipher3.OperationalError


COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def companions(path: Path) -> list[Path]:
    """The files SQLite keeps beside a database while it is open or was interrupted."""
    return [path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES]


def remove_database_files(path: Path) -> None:
    for file in (path, *companions(path)):
        file.unlink(missing_ok=True)


def _classify_unreadable(path: Path) -> Exception:
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        head = b""
    if head == _PLAIN_SQLITE_HEADER:
        return NotADatabase(f"{path.name} is an unencrypted SQLite file, not a wijkdesk database.")
    if len(head) < 16:
        return NotADatabase(f"{path.name} is too short to be a wijkdesk database.")
    return WrongKey(
        f"The key or passphrase does not open {path.name}: it is wrong, "
        "or the file is damaged or not a wijkdesk database."
    )


def _apply_key(conn: sqlcipher3.Connection, path: Path, key: DatabaseKey, *, new: bool) -> None:
    # SQLCipher logs decryption failures to stderr; the caller reports them in one sentence.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {key.pragma_literal()}")
    version = conn.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise CipherUnavailable(
            "The SQLite library in use has no SQLCipher encryption; wijkdesk refuses to store "
            "data unencrypted."
        )
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        raise _classify_unreadable(path) from None
    if not new:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotADatabase(f"{path.name} is an encrypted database, but not wijkdesk's.")


def _apply_pragmas(conn: sqlcipher3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL makes a confirmed commit survive power loss too, not only a crash of the program.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(cache_pragma(CACHE_KIB))
    # Sorts and temporary tables stay in memory rather than in temporary files.
    conn.execute("PRAGMA temp_store = MEMORY")
    # Deleted and overwritten content is zeroed, not left in free space and free pages where
    # anyone holding the key could read it back (erasure under the AVG must leave no trace).
    conn.execute("PRAGMA secure_delete = ON")


def prove_key(path: Path, key: DatabaseKey) -> None:
    """Decrypt page 1 without touching the file, its WAL or its journal.

    A read-write connection would replay a leftover WAL or hot journal while opening, before
    the key is known to be right; an immutable read-only one ignores both.
    """
    if not path.is_file():
        raise NotADatabase(f"{path.name} does not exist.")
    try:
        conn = sqlcipher3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True,
                                  isolation_level=None)
    except sqlcipher3.OperationalError:
        raise NotADatabase(f"{path.name} cannot be opened (permissions or path).") from None
    try:
        _apply_key(conn, path, key, new=False)
    finally:
        conn.close()


def connect(
    path: Path,
    key: DatabaseKey,
    *,
    create: bool = False,
    read_only: bool = False,
    prove: bool = True,
) -> sqlcipher3.Connection:
    """A keyed, checked connection. Without create the file must exist and is never made;
    read_only opens it without any write, not even a journal-mode change (backups, checks).
    prove=False skips the untouched-file key check for a file whose key was proven already."""
    if not create and not path.is_file():
        raise NotADatabase(f"{path.name} does not exist.")
    if not create and prove:
        prove_key(path, key)
    mode = "rwc" if create else ("ro" if read_only else "rw")
    try:
        conn = sqlcipher3.connect(
            f"{path.as_uri()}?mode={mode}",
            uri=True,
            isolation_level=None,  # transactions are begun explicitly (see database.py)
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
    except sqlcipher3.OperationalError:
        raise NotADatabase(f"{path.name} cannot be opened (permissions or path).") from None
    try:
        _apply_key(conn, path, key, new=create)
        if read_only:
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
        else:
            _apply_pragmas(conn)
        if create:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            with contextlib.suppress(OSError):
                path.chmod(0o600)  # encrypted anyway; no reason for others to read it
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def connection(
    path: Path, key: DatabaseKey, *, read_only: bool = False
) -> Iterator[sqlcipher3.Connection]:
    conn = connect(path, key, read_only=read_only)
    try:
        yield conn
    finally:
        conn.close()


def integrity_problems(conn: sqlcipher3.Connection) -> dict[str, list[str]]:
    """Problems found by SQLite's and SQLCipher's own checks, by check name; empty lists if fine."""
    found: dict[str, list[str]] = {}
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        found["integrity_check"] = [] if rows == ["ok"] else rows[:20]
    except sqlcipher3.DatabaseError as exc:
        found["integrity_check"] = [str(exc)]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        found["cipher_integrity_check"] = rows[:20]
    except sqlcipher3.DatabaseError as exc:
        found["cipher_integrity_check"] = [str(exc)]
    try:
        rows = conn.execute("PRAGMA foreign_key_check").fetchall()
        found["foreign_key_check"] = [f"{r[0]} row {r[1]} -> {r[2]}" for r in rows[:20]]
    except sqlcipher3.DatabaseError as exc:
        found["foreign_key_check"] = [str(exc)]
    return found


def backup_to(source: sqlcipher3.Connection, target: Path, key: DatabaseKey) -> None:
    """Copy a live database to target with SQLite's online backup, encrypted with the same key."""
    dest = connect(target, key, create=True)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
    finally:
        dest.close()


def restore_from(backup: sqlcipher3.Connection, live: sqlcipher3.Connection) -> None:
    """Replace the live database's content by the backup's, as one transaction of the target."""
    backup.backup(live)


def checkpoint(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def rekey_copy(source: Path, target: Path, old_key: DatabaseKey, new_key: DatabaseKey,
               meta: dict[str, str] | None = None) -> None:
    """target becomes a copy of the closed, checkpointed source under new_key; source is not
    touched. The copy is in rollback-journal mode, so it owes nothing to a WAL, and fsynced."""
    prove_key(source, old_key)
    remove_database_files(target)
    shutil.copyfile(source, target)
    conn = sqlcipher3.connect(f"{target.as_uri()}?mode=rw", uri=True, isolation_level=None)
    try:
        _apply_key(conn, target, old_key, new=False)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA rekey = {new_key.pragma_literal()}")
        for key, value in (meta or {}).items():
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
    finally:
        conn.close()
    _fsync(target)


def cache_pragma(kib: int) -> str:
    return f"PRAGMA cache_size = -{kib}"
