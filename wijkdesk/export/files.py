"""Writing files the user asked for: the whole file or nothing."""

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_file(path: Path | str) -> Iterator[tuple[BinaryIO, Path]]:
    """A file beside path under a temporary name, synced and renamed over path when the block
    ends well, removed when it does not: a crash, a full disk or a cancelled export never leaves
    half a file where the user expects a whole one."""
    path = Path(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w+b") as fh:
            yield fh, Path(name)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def write_atomically(path: Path | str, data: bytes) -> None:
    with atomic_file(path) as (fh, _part):
        fh.write(data)
