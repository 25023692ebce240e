"""What an audit-ready export holds, whatever its format: a cover (what, for whom, which
period, made when and by whom), a seal (which document, from which database, at which point of
the audit chain) and tables whose rows stream in, so a long log never sits in memory at once."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from wijkdesk.export.canon import Canon
from wijkdesk.export.pdf_kit import dmy, moment


class Kind(enum.StrEnum):
    """What a value is, so every format can show it its own way (a Dutch date in the PDF, an ISO
    date in CSV, a real date cell in XLSX)."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    MOMENT = "moment"


@dataclass(frozen=True)
class Column:
    key: str  # machine name, part of the canonical content
    title: str  # Dutch heading
    width: float = 1.0  # relative width in the PDF
    kind: Kind = Kind.TEXT


@dataclass
class Listing:
    """One table of a document: its columns and its rows, produced lazily."""

    key: str
    heading: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    empty: str = "Er is niets vastgelegd."
    intro: str = ""


@dataclass(frozen=True)
class Cover:
    title: str
    organisation: str
    period: str
    generated_at: datetime
    generated_by: str
    scope: tuple[tuple[str, str], ...] = ()  # further lines such as ("Bewoner", ...)

    def add_to(self, canon: Canon) -> None:
        # What the document is about; not when or by whom it was made (see canon.py).
        canon.add("cover", self.title, self.organisation, self.period, self.scope)


@dataclass(frozen=True)
class Seal:
    document_id: str
    database_id: str
    head_seq: int
    head_hash: str


@dataclass(frozen=True)
class Written:
    content_sha256: str
    file_sha256: str
    rows: int
    pages: int | None = None


def counted(listing: Listing, canon: Canon) -> Iterable[Sequence[Any]]:
    """The listing's rows, each added to the canonical content (and counted) as it passes."""
    canon.add("table", listing.key, [c.key for c in listing.columns])
    for row in listing.rows:
        canon.add(listing.key, *row)
        canon.rows += 1
        yield row


def as_text(value: Any, kind: Kind) -> str:
    """A value as the PDF shows it, the Dutch way."""
    if value is None:
        return ""
    if kind is Kind.MOMENT and isinstance(value, datetime):
        return moment(value)
    if kind is Kind.DATE and isinstance(value, date):
        return dmy(value)
    return str(value)
