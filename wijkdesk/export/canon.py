"""The canonical content of an exported document and its SHA-256.

A document's content is a sequence of JSON arrays, one per line: the cover's subject, each
table's column keys, each row. The same content gives the same hash in PDF, CSV and XLSX, and
again next year, because nothing that varies per export (the moment, the profile, the document
id) is part of it. Rows are hashed as they stream past, so a long log needs no second pass.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import uuid
from datetime import UTC, date, datetime
from typing import Any


def plain(value: Any) -> Any:
    """value as JSON: moments in UTC, dates and ids as text, dataclasses as objects."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, frozenset | set):
        return sorted(plain(v) for v in value)
    return value


class Canon:
    def __init__(self) -> None:
        self._sha = hashlib.sha256()
        self.lines = 0
        self.rows = 0  # the table rows among the lines (document.counted counts them)

    def add(self, *values: Any) -> None:
        line = json.dumps([plain(v) for v in values], ensure_ascii=False, sort_keys=True,
                          separators=(",", ":"))
        self._sha.update(line.encode("utf-8") + b"\n")
        self.lines += 1

    def hexdigest(self) -> str:
        return self._sha.hexdigest()
