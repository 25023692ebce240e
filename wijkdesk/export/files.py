"""Writing files the user asked for: the whole file or nothing."""

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO


@dataclass
class Target:
    """A file being written beside its destination, under a temporary name."""

    fh: BinaryIO
    part: Path
    path: Path
    placed: bool = False

    def place(self) -> None:
        """Sync the file and give it its name (once): call it inside the transaction that
        records the file, so a failed rename also undoes the record."""
        if self.placed:
            return
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()  # Windows renames no file that is still open
        os.replace(self.part, self.path)
        self.placed = True


@contextlib.contextmanager
def atomic_file(path: Path | str) -> Iterator[Target]:
    """A file beside path under a temporary name, renamed over path when the block ends well
    (or earlier, by Target.place), removed when it does not: a crash, a full disk or a
    cancelled export never leaves half a file where the user expects a whole one, and a failure
    after placing takes the placed file away again."""
    path = Path(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    target = None
    try:
        with os.fdopen(fd, "w+b") as fh:
            target = Target(fh, Path(name), path)
            yield target
            target.place()
    except BaseException:
        Path(name).unlink(missing_ok=True)
        if target is not None and target.placed:
            path.unlink(missing_ok=True)
        raise


def write_atomically(path: Path | str, data: bytes) -> None:
    with atomic_file(path) as target:
        target.fh.write(data)
