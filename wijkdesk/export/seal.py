"""The seal in a PDF's metadata and the digest over the file's own bytes.

The keywords of the document information carry the document id, the database id, the SHA-256
of the canonical content, the audit chain's head at export time and a slot for the file's
digest. That digest is SHA-256 over the whole file with the slot's 64 characters as zeros; it is
written into the slot last. Changing any byte elsewhere, appending an update, or re-saving the
file in another program no longer matches it. Anyone can recompute a digest, so the audit entry
of the export keeps its own copy: that copy is what proves the file left this database as it is.
"""

from __future__ import annotations

import hashlib
import itertools
import mmap
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wijkdesk.export.document import Seal

EMPTY = "0" * 64
SLOT = b"file-sha256="
_SEAL = re.compile(
    rb"wijkdesk-document=([0-9a-f-]{36}); wijkdesk-database=([0-9A-Za-z-]{0,64}); "
    rb"content-sha256=([0-9a-f]{64}); audit-head=(\d{1,18}):([0-9a-f]{64}); "
    + re.escape(SLOT) + rb"([0-9a-f]{64})")


def keywords(seal: Seal, content_sha256: str) -> str:
    return (f"wijkdesk-document={seal.document_id}; wijkdesk-database={seal.database_id}; "
            f"content-sha256={content_sha256}; audit-head={seal.head_seq}:{seal.head_hash}; "
            f"{SLOT.decode()}{EMPTY}")


@dataclass(frozen=True)
class FoundSeal:
    seal: Seal
    content_sha256: str
    file_sha256: str  # as recorded in the file
    actual_sha256: str  # as the file's bytes are now (up to `sealed_length`)
    sealed_length: int  # the bytes the seal covers: the whole file, or the document as
    # exported when an update (a signature) was appended after it
    length: int

    @property
    def appended(self) -> bool:
        return self.sealed_length < self.length


def _digest(view: mmap.mmap | bytes, slot: int | None, end: int | None = None) -> str:
    sha = hashlib.sha256()
    step = 1 << 20
    end = len(view) if end is None else end
    start = 0
    if slot is not None:
        sha.update(view[:slot])
        sha.update(EMPTY.encode())
        start = slot + 64
    for at in range(start, end, step):
        sha.update(view[at:min(at + step, end)])
    return sha.hexdigest()


def close_seal(path: Path, written: str) -> str:
    """Write the file's digest into the empty slot of the keywords as written; the digest.
    Those keywords hold the new document's id, so no title or name in the document can
    imitate them (and its content streams are compressed)."""
    with open(path, "r+b") as fh, mmap.mmap(fh.fileno(), 0) as view:
        marker = written.encode("ascii")
        at = view.find(marker)
        if at < 0 or view.find(marker, at + 1) >= 0:
            raise ValueError("the document has no single seal slot")
        slot = at + len(marker) - len(EMPTY)
        digest = _digest(view, slot)
        view[slot:slot + 64] = digest.encode()
        view.flush()
    return digest


def file_digest(path: Path) -> str:
    """SHA-256 of a file as it is (for CSV and XLSX, which carry no seal)."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def read_seal(path: Path) -> FoundSeal | None:
    """The seal a file carries, and its digest recomputed; None if it carries none. The last
    seal counts: an update appended to a PDF may add a newer information dictionary."""
    with open(path, "rb") as fh:
        if Path(path).stat().st_size == 0:
            return None
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as view:
            # A title could imitate a seal: the seal that matches the bytes counts, else the
            # last one (and the file is altered either way).
            candidates = list(itertools.islice(_SEAL.finditer(view), MAX_SEALS))
            if not candidates:
                return _rewritten(view)
            for found in candidates:
                judged = _judge(view, found)
                if judged.actual_sha256 == judged.file_sha256:
                    return judged
            return judged


MAX_SEALS = 8  # bounds the work a hostile file can cause
MAX_REVISIONS = 16


def _judge(view: mmap.mmap, found: re.Match) -> FoundSeal:
    doc, database, content, head_seq, head_hash, recorded = found.groups()
    slot, length = found.start(6), len(view)
    sealed, actual = length, _digest(view, slot)
    if actual != recorded.decode():
        # an update appended after the document as exported (a signature)? One pass over the
        # file, copying the running hash at each place a revision may end.
        sha = hashlib.sha256()
        sha.update(view[:slot])
        sha.update(EMPTY.encode())
        done = slot + len(EMPTY)
        for end in itertools.islice(_revision_ends(view, done), MAX_REVISIONS):
            if end >= length:
                break
            for at in range(done, end, 1 << 20):
                sha.update(view[at:min(at + (1 << 20), end)])
            done = end
            if sha.copy().hexdigest() == recorded.decode():
                sealed, actual = end, recorded.decode()
                break
    return FoundSeal(Seal(doc.decode(), database.decode(), int(head_seq), head_hash.decode()),
                     content.decode(), recorded.decode(), actual, sealed, length)


def _revision_ends(view: mmap.mmap, after: int) -> Iterator[int]:
    """Where a revision of a PDF may end: after an end-of-file marker, with or without each of
    the line-end bytes that follow it (an appended update may begin with one)."""
    at = view.find(b"%%EOF", after)
    while at >= 0:
        end = at + 5
        yield end
        while end < len(view) and view[end:end + 1] in (b"\r", b"\n"):
            end += 1
            yield end
        at = view.find(b"%%EOF", end)


_KEYWORDS = re.compile(rb"/Keywords\s*(\((?:\\.|[^\\)]){0,2048}\)|<[0-9A-Fa-f\s]{0,4096}>)",
                       re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _rewritten(view: mmap.mmap) -> FoundSeal | None:
    """A seal that another program wrote out again in its own way (escaped, or as a hex
    string): the document carries a seal, but its bytes are no longer the ones sealed."""
    for match in itertools.islice(_KEYWORDS.finditer(view), MAX_SEALS):
        raw = match.group(1)
        if raw.startswith(b"<"):
            text = bytes.fromhex(re.sub(rb"\s", b"", raw[1:-1]).decode())
            if text.startswith(b"\xfe\xff"):
                text = text[2:].decode("utf-16-be", "replace").encode()
        else:
            text = re.sub(rb"\\([0-7]{1,3}|.)",
                          lambda m: bytes([int(m[1], 8)]) if m[1][:1].isdigit()
                          else _ESCAPES.get(m[1], m[1]), raw[1:-1], flags=re.S)
        seal = _SEAL.search(text)
        if seal is not None:
            doc, database, content, head_seq, head_hash, recorded = seal.groups()
            return FoundSeal(Seal(doc.decode(), database.decode(), int(head_seq),
                                  head_hash.decode()), content.decode(), recorded.decode(), "",
                             len(view), len(view))
    return None
