"""The audit log's hash chain and its anchor outside the database.

Each entry's hash is SHA-256 over the previous entry's hash and a canonical JSON form of the
entry, so altering or removing an entry breaks every later link. Removing the newest entries
leaves a shorter but intact chain; the anchor file (count and head hash, with an HMAC whose key
lives inside the encrypted database) catches that. The database may be ahead of the anchor after
a crash between commit and anchor write, never behind it.
"""

import contextlib
import enum
import hashlib
import hmac
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainEntry:
    seq: int
    id: str
    at: datetime
    event: str
    actor_id: str | None
    on_behalf_of_id: str | None
    client_id: str | None
    record_type: str | None
    record_id: str | None
    fields: tuple[str, ...]
    detail: str | None
    prev_hash: str
    hash: str = ""

    def canonical(self) -> bytes:
        body = {
            "seq": self.seq,
            "id": self.id,
            "at": self.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "event": self.event,
            "actor_id": self.actor_id,
            "on_behalf_of_id": self.on_behalf_of_id,
            "client_id": self.client_id,
            "record_type": self.record_type,
            "record_id": self.record_id,
            "fields": sorted(self.fields),
            "detail": self.detail,
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()

    def computed_hash(self) -> str:
        return hashlib.sha256(self.prev_hash.encode("ascii") + b"\n" + self.canonical()).hexdigest()


@dataclass
class ChainReport:
    ok: bool
    count: int
    first_bad_seq: int | None = None
    problem: str | None = None
    notes: list[str] = field(default_factory=list)

    def sentence(self) -> str:
        if self.ok:
            return f"Audit log OK: {self.count} entries, chain intact."
        return f"Audit log NOT OK: {self.problem}"


@dataclass(frozen=True)
class Anchor:
    count: int
    head: str


def verify_chain(entries: Iterable[ChainEntry], anchor: Anchor | None, *,
                 anchor_required: bool = True) -> ChainReport:
    """Walk the entries in seq order. anchor None means no anchor file is present, which is a
    finding unless anchor_required is False (a backup carries no anchor of its own)."""
    prev = GENESIS
    count = 0
    head_at_anchor: str | None = None
    for entry in entries:
        count += 1
        if entry.seq != count:
            return ChainReport(
                False, count - 1, entry.seq,
                f"entry {count} is missing (the next entry is number {entry.seq}).",
            )
        if entry.prev_hash != prev:
            return ChainReport(
                False, count - 1, entry.seq,
                f"entry {entry.seq} does not follow entry {entry.seq - 1} (broken link).",
            )
        if entry.computed_hash() != entry.hash:
            return ChainReport(
                False, count - 1, entry.seq, f"entry {entry.seq} was altered (hash mismatch)."
            )
        prev = entry.hash
        if anchor is not None and count == anchor.count:
            head_at_anchor = entry.hash
    report = ChainReport(True, count)
    if anchor is None:
        if count and anchor_required:
            return ChainReport(
                False, count, None, "the anchor file is missing, so removal cannot be ruled out."
            )
        return report
    if count < anchor.count:
        return ChainReport(
            False, count, count + 1,
            f"the newest entries were removed: {anchor.count} were recorded, {count} remain.",
        )
    if anchor.count and head_at_anchor != anchor.head:
        return ChainReport(
            False, count, anchor.count,
            f"entry {anchor.count} differs from the one recorded in the anchor.",
        )
    if count > anchor.count:
        report.notes.append(
            f"{count - anchor.count} newest entries were not yet anchored (an interrupted run)."
        )
    return report


# The anchor file -----------------------------------------------------------------------------


def _mac(secret: bytes, count: int, head: str) -> str:
    return hmac.new(secret, f"{count}:{head}".encode(), hashlib.sha256).hexdigest()


class AnchorInvalid(Exception):
    """The anchor file exists but is unreadable or its signature does not match."""


def read_anchor(path: Path, secret: bytes) -> Anchor | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        raise AnchorInvalid("the anchor file cannot be read.") from None
    try:
        data = json.loads(raw.decode("utf-8"))
        count, head, mac = int(data["count"]), str(data["head"]), str(data["mac"])
    except (ValueError, KeyError, TypeError):
        raise AnchorInvalid("the anchor file is damaged.") from None
    if not hmac.compare_digest(mac, _mac(secret, count, head)):
        raise AnchorInvalid("the anchor file's signature does not match this database.")
    return Anchor(count, head)


class AnchorWrite(enum.Enum):
    ADVANCE = "advance"  # move an existing, valid anchor forward; never create or repair one
    CREATE = "create"  # as ADVANCE, and create the anchor if there is none (a new database)
    RESET = "reset"  # set it as given, backwards too (restore, an administrator's re-anchor)


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """One writer of the anchor at a time, across processes."""
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.name == "nt":  # pragma: no cover - exercised on Windows only
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def write_anchor(path: Path, secret: bytes, anchor: Anchor,
                 how: AnchorWrite = AnchorWrite.ADVANCE) -> bool:
    """Atomically record the chain's head; True when the file was written.

    A missing or invalid anchor is not silently replaced by ADVANCE: that would let someone
    who removed entries and deleted the anchor have the next write bless the shortened chain.
    """
    with _exclusive(path.with_name(path.name + ".lock")):
        if how is not AnchorWrite.RESET:
            try:
                current = read_anchor(path, secret)
            except AnchorInvalid:
                return False
            if current is None and how is AnchorWrite.ADVANCE:
                return False
            if current is not None and current.count >= anchor.count:
                return False
        payload = {"count": anchor.count, "head": anchor.head,
                   "mac": _mac(secret, anchor.count, anchor.head)}
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp_name, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
        return True
