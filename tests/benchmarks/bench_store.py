"""Encrypted store against plain SQLite on the same work, in one run. Prints figures.

    .venv/bin/python tests/benchmarks/bench_store.py [--residents 50000] [--commits 500]

"Plain" is the same SQLite build (sqlcipher3 without a key), the same pragmas, the same schema
and the same code paths; only the encryption differs. Figures are medians of repeated runs.
"""

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event, insert, text
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wijkdesk.domain.audit_events import AuditEvent  # noqa: E402
from wijkdesk.domain.ids import uuid7  # noqa: E402
from wijkdesk.security.keys import DatabaseKey, StorageMode, new_raw_key  # noqa: E402
from wijkdesk.store import audit_log, schema, sqlcipher  # noqa: E402
from wijkdesk.store.database import WRITE_OPTION, Store, _begin  # noqa: E402
from wijkdesk.store.models import Resident  # noqa: E402
from wijkdesk.store.types import utcnow  # noqa: E402


class PlainStore(Store):
    """The same Store on an unencrypted file: for comparison only, never used by wijkdesk."""

    def _bind(self, key, *, create=False, read_only=False):  # type: ignore[no-untyped-def]
        self._key = key
        path = self.path

        def connect():
            conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
            sqlcipher._apply_pragmas(conn)
            return conn

        self.engine = create_engine("sqlite+pysqlite://", module=sqlcipher3, creator=connect,
                                    poolclass=QueuePool)
        event.listen(self.engine, "begin", _begin)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(**{WRITE_OPTION: True}),
                                   expire_on_commit=False)


def _rows(n: int) -> list[dict]:
    now = utcnow()
    return [{"id": uuid7(), "created_at": now, "updated_at": now, "given_name": f"Voornaam{i}",
             "family_name": f"Achternaam{i % 997}", "date_of_birth": date(1950 + i % 60, 1, 1),
             "street": "Dorpsstraat", "house_number": str(i % 300), "postcode": "1234 AB",
             "city": "Demostad", "phone": "", "email": "", "household_relation": ""}
            for i in range(n)]


def _make(kind: str, folder: Path, key: DatabaseKey) -> Store:
    cls = PlainStore if kind == "plain" else Store
    store = cls(folder / f"{kind}.db", key, folder / f"{kind}-anchor.json", create=True)
    schema.upgrade(store.engine)
    with store.write() as s:
        store.initialise_meta(s, "bench")
    return store


def bench_bulk(kind: str, folder: Path, key: DatabaseKey, rows: list[dict],
               cache_kib: int | None = None) -> float:
    store = _make(kind, folder, key)
    if cache_kib is not None:
        event.listen(store.engine, "connect",
                     lambda c, _r: c.execute(f"PRAGMA cache_size = -{cache_kib}"))
        store.engine.dispose()
    started = time.perf_counter()
    with store.write() as s:
        for i in range(0, len(rows), 10_000):
            s.execute(insert(Resident), rows[i:i + 10_000])
    elapsed = time.perf_counter() - started
    store.dispose()
    return elapsed


def bench_raw_bulk(kind: str, folder: Path, key: DatabaseKey, rows: list[dict],
                   cache_kib: int | None = None) -> float:
    """The same rows through the DBAPI's executemany: SQLite's own cost, without the ORM's."""
    store = _make(kind, folder, key)
    store.dispose()
    tuples = [(r["id"].hex, r["created_at"].isoformat(" "), r["updated_at"].isoformat(" "),
               r["given_name"], r["family_name"], r["date_of_birth"].isoformat(), r["street"],
               r["house_number"], r["postcode"], r["city"]) for r in rows]
    with store.raw() as conn:
        if cache_kib is not None:
            conn.execute(f"PRAGMA cache_size = -{cache_kib}")
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO residents (id, created_at, updated_at, given_name, family_name, "
            "date_of_birth, street, house_number, postcode, city, phone, email, "
            "household_relation) VALUES (?,?,?,?,?,?,?,?,?,?,'','','')", tuples)
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
    store.dispose()
    return elapsed


def bench_commits(kind: str, folder: Path, key: DatabaseKey, commits: int) -> float:
    store = _make(kind, folder, key)
    rows = _rows(commits)
    started = time.perf_counter()
    for row in rows:
        with store.write() as s:
            s.execute(insert(Resident), [row])
            audit_log.append(s, [audit_log.AuditFact(AuditEvent.CREATE, record_type="resident",
                                                     record_id=row["id"], client_id=row["id"])])
    elapsed = time.perf_counter() - started
    store.dispose()
    return elapsed


def bench_open(kind: str, path: Path, key: DatabaseKey, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        cls = PlainStore if kind == "plain" else Store
        store = cls(path, key, None)
        with store.read() as s:
            s.execute(text("SELECT count(*) FROM residents")).scalar()
        times.append(time.perf_counter() - started)
        store.dispose()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=50_000)
    parser.add_argument("--commits", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    raw = new_raw_key()
    phrase = DatabaseKey(StorageMode.PASSPHRASE, "een lange benchmark zin")
    rows = _rows(args.residents)
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for r in range(args.repeats):
            for name, kind, key, cache in (("bulk plain", "plain", raw, None),
                                           ("bulk encrypted", "enc", raw, None),
                                           ("bulk encrypted, default cache", "enc", raw, 2000)):
                folder = base / f"{name.replace(' ', '_').replace(',', '')}-{r}"
                folder.mkdir()
                results.setdefault(name, []).append(
                    bench_bulk(kind, folder, key, rows, cache))
            for name, kind, key, cache in (("raw bulk plain", "plain", raw, None),
                                           ("raw bulk encrypted", "enc", raw, None),
                                           ("raw bulk encrypted, default cache", "enc", raw,
                                            2000)):
                folder = base / f"{name.replace(' ', '_').replace(',', '')}-{r}"
                folder.mkdir()
                results.setdefault(name, []).append(
                    bench_raw_bulk(kind, folder, key, rows, cache))
            for name, kind in (("commits plain", "plain"), ("commits encrypted", "enc")):
                folder = base / f"{name.replace(' ', '_')}-{r}"
                folder.mkdir()
                results.setdefault(name, []).append(bench_commits(kind, folder, raw, args.commits))
        # open-to-first-query on a filled database of each kind
        for kind, key, label in (("plain", raw, "open plain"), ("enc", raw, "open keyring key"),
                                 ("enc", phrase, "open passphrase")):
            folder = base / f"open-{label.replace(' ', '_')}"
            folder.mkdir()
            bench_bulk(kind, folder, key, rows)
            results[label] = [bench_open(kind, folder / f"{kind}.db", key, 15)]
    med = {k: statistics.median(v) for k, v in results.items()}
    print(f"wijkdesk store benchmark: {args.residents:,} residents bulk, {args.commits} "
          f"single commits (each with its audit entry), median of {args.repeats}")
    for name, value in med.items():
        print(f"  {name:<36} {value * 1000:10.1f} ms")
    print("ratios (encrypted / plain):")
    print(f"  bulk insert, 256 MiB cache       {med['bulk encrypted'] / med['bulk plain']:.2f}x")
    print(f"  bulk insert, SQLite default cache "
          f"{med['bulk encrypted, default cache'] / med['bulk plain']:.2f}x")
    print(f"  raw bulk insert, 256 MiB cache   "
          f"{med['raw bulk encrypted'] / med['raw bulk plain']:.2f}x")
    print(f"  raw bulk insert, default cache   "
          f"{med['raw bulk encrypted, default cache'] / med['raw bulk plain']:.2f}x")
    print(f"  single commits                   "
          f"{med['commits encrypted'] / med['commits plain']:.2f}x")
    print(f"  open to first query, keyring key  "
          f"{med['open keyring key'] / med['open plain']:.2f}x")
    print(f"  open to first query, passphrase   "
          f"{med['open passphrase'] / med['open plain']:.2f}x")


if __name__ == "__main__":
    main()
