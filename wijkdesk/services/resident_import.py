"""Importing residents from a spreadsheet saved as CSV: the whole file is checked first, and
written only when every row is right, in one transaction.

A file name can hold personal data ("clienten Jansen.csv"), so neither the audit log nor the log
file sees it; problems name a line and a reason, never the value that was wrong.
"""

from __future__ import annotations

import csv
import io
import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from wijkdesk.domain import resident_import as rules
from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.ids import uuid7
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.residents import HouseholdRelation, sort_name
from wijkdesk.domain.roles import Permission
from wijkdesk.errors import ValidationError
from wijkdesk.services.base import Progress, Service, reporting
from wijkdesk.services.residents import DATA_FIELDS, RECORD_TYPE, ResidentData
from wijkdesk.store.models import Household, Place, Resident
from wijkdesk.store.search import next_search_keys
from wijkdesk.store.types import utcnow

log = logging.getLogger(__name__)

MAX_PROBLEMS = 200  # listed; the rest are counted
BATCH_SIZE = 1_000
IMPORT_RECORD_TYPE = "import"


@dataclass(frozen=True)
class ImportProblem:
    line: int | None  # the spreadsheet's row number (the header is line 1); None: the whole file
    reason: str  # an English sentence that never quotes the value

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}" if self.line is not None else self.reason


@dataclass(frozen=True)
class ImportCheck:
    rows: int  # rows that are right (all would be imported once there are no problems)
    households: int  # households those rows form
    problems: tuple[ImportProblem, ...]  # the first MAX_PROBLEMS, in line order
    more_problems: int  # problems beyond the listed ones
    encoding: str = ""  # as detected: utf-8, utf-8-sig, utf-16, windows-1252
    delimiter: str = ""
    columns: tuple[str, ...] = ()  # recognised fields, in the file's order

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.more_problems

    @property
    def ok(self) -> bool:
        return not self.problem_count


@dataclass(frozen=True)
class ImportResult:
    import_id: uuid.UUID  # record_id of the import's summary audit entry
    residents: int
    households: int


@dataclass
class _Row:
    line: int
    data: ResidentData
    household: str  # grouping key; "" for a household of its own
    relation: HouseholdRelation | None


@dataclass
class _Parsed:
    """The file read and split, before anything is compared with the database."""

    problems: list[ImportProblem] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    columns: tuple[str | None, ...] = ()
    records: list[tuple[int, list[str]]] = field(default_factory=list)  # (line, cells)


class _Problems:
    def __init__(self, first: list[ImportProblem]):
        self.listed = list(first[:MAX_PROBLEMS])
        self.more = max(0, len(first) - MAX_PROBLEMS)

    def add(self, line: int | None, reason: str) -> None:
        if len(self.listed) < MAX_PROBLEMS:
            self.listed.append(ImportProblem(line, reason))
        else:
            self.more += 1

    def __bool__(self) -> bool:
        return bool(self.listed or self.more)


class ResidentImportService(Service):
    def check(self, path: Path | str, progress: Progress | None = None) -> ImportCheck:
        """Every problem of the file (up to MAX_PROBLEMS listed) and how much would be imported;
        writes nothing."""
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        parsed = _parse(Path(path))
        with self._read() as session:
            check, _rows = _examine(session, parsed, progress)
        log.info("resident import checked: %d rows, %d problems", check.rows,
                 check.problem_count)
        return check

    def run(self, path: Path | str, progress: Progress | None = None) -> ImportResult:
        """Import the file in one transaction, or nothing at all: any problem raises
        ValidationError, and so does Cancelled raised from progress.

        progress runs over twice the number of rows: checking them, then writing them.
        """
        actor = self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        parsed = _parse(Path(path))
        total = 2 * len(parsed.records)
        with self._write(bulk=True) as tx:
            check, rows = _examine(tx.session, parsed, _shifted(progress, 0, total))
            if not check.ok:
                log.info("resident import refused: %d problems", check.problem_count)
                first = "; ".join(str(p) for p in check.problems[:3])
                raise ValidationError(
                    f"The file has {check.problem_count} problem"
                    f"{'s' if check.problem_count != 1 else ''}; nothing was imported. {first}"
                    + (" …" if check.problem_count > 3 else ""))
            session = tx.session
            households, residents = _records(session, rows, actor.id)
            for batch in _batches(households):
                session.execute(insert(Household), batch)
            write_progress = _shifted(progress, len(parsed.records), total)
            for batch in _batches(reporting(residents, len(residents), write_progress,
                                            every=BATCH_SIZE)):
                session.execute(insert(Resident), batch)
            for h in households:
                tx.audit(AuditEvent.CREATE, record_type="household", record_id=h["id"],
                         fields=[n for n in ("label", "neighbourhood_id") if h[n]])
            for r in residents:
                tx.audit(AuditEvent.CREATE, record_type=RECORD_TYPE, record_id=r["id"],
                         client_id=r["id"], fields=[n for n in _AUDITED if r[n] not in (None, "")])
            import_id = uuid7()
            tx.audit(AuditEvent.CREATE, record_type=IMPORT_RECORD_TYPE, record_id=import_id,
                     detail=f"{len(residents)} residents, {len(households)} households")
        log.info("resident import: %d residents, %d households", len(residents), len(households))
        return ImportResult(import_id, len(residents), len(households))


_AUDITED = (*DATA_FIELDS, "household_id", "household_relation")


def _records(session: Session, rows: list[_Row],
             actor_id: uuid.UUID) -> tuple[list[dict], list[dict]]:
    """Row dicts for Core insert(): the households, and the residents in the file's order."""
    now = utcnow()

    def stamp() -> dict:
        return {"id": uuid7(), "created_at": now, "updated_at": now, "updated_by": actor_id}

    groups: dict[str, list[_Row]] = {}
    for row in rows:
        groups.setdefault(row.household or f"\x00{row.line}", []).append(row)
    households: list[dict] = []
    placed: list[tuple[int, dict]] = []
    for members in groups.values():
        buurt = next((m.data.neighbourhood_id for m in members if m.data.neighbourhood_id), None)
        household = {**stamp(), "label": "", "neighbourhood_id": buurt}
        households.append(household)
        relations = rules.fill_relations([m.relation for m in members])
        for member, relation in zip(members, relations, strict=True):
            data = member.data
            placed.append((member.line, {
                **stamp(), **{n: getattr(data, n) for n in DATA_FIELDS},
                "household_id": household["id"], "household_relation": relation.value,
                "sort_name": sort_name(data.family_name, data.given_name),
            }))
    placed.sort(key=lambda p: p[0])
    residents = [r for _line, r in placed]
    for row, key in zip(residents, next_search_keys(session, len(residents)), strict=True):
        row["search_key"] = key
    return households, residents


def _shifted(progress: Progress | None, offset: int, total: int) -> Progress | None:
    """A phase's progress as part of the whole run."""
    if progress is None:
        return None
    return lambda done, _phase_total: progress(offset + done, total)


def _batches(items: Iterator[dict] | list[dict]) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for item in items:
        batch.append(item)
        if len(batch) == BATCH_SIZE:
            yield batch
            batch = []
    if batch:
        yield batch


# Reading the file --------------------------------------------------------------------------------


def _parse(path: Path) -> _Parsed:
    parsed = _Parsed()
    try:
        size = path.stat().st_size
        if size > rules.MAX_BYTES:
            parsed.problems.append(ImportProblem(
                None, f"The file is larger than {rules.MAX_BYTES // (1024 * 1024)} MB; split it "
                "into parts."))
            return parsed
        data = path.read_bytes()
    except IsADirectoryError:
        parsed.problems.append(ImportProblem(None, "This is a folder, not a CSV file."))
        return parsed
    except OSError:
        parsed.problems.append(ImportProblem(None, "The file cannot be read (does it exist?)."))
        return parsed
    try:
        decoded = rules.decode(data)
    except ValidationError as exc:
        parsed.problems.append(ImportProblem(None, str(exc)))
        return parsed
    parsed.encoding = decoded.encoding
    parsed.delimiter = rules.choose_delimiter(decoded.text)
    reader = csv.reader(io.StringIO(decoded.text, newline=""), delimiter=parsed.delimiter)
    try:
        header = next(reader, None)
        if not header or not any(c.strip() for c in header):
            parsed.problems.append(ImportProblem(
                1, "The first line must name the columns, for example "
                "achternaam;voornaam;geboortedatum;postcode."))
            return parsed
        columns = rules.read_header(header)
        if columns.problems:
            parsed.problems.extend(ImportProblem(1, p) for p in columns.problems)
            return parsed
        parsed.columns = columns.columns
        for line, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue  # an empty row (spreadsheets export trailing ones); keeps its number
            if len(parsed.records) == rules.MAX_ROWS:
                parsed.problems.append(ImportProblem(
                    None, f"The file holds more than {rules.MAX_ROWS:,} residents; split it "
                    "into parts."))
                return parsed
            parsed.records.append((line, cells))
    except csv.Error:
        # csv's messages describe the structure, but say nothing a user could act on.
        parsed.problems.append(ImportProblem(
            None, f"The file cannot be read as CSV near line {reader.line_num} (a quote that is "
            "never closed?)."))
        return parsed
    if not parsed.records:
        parsed.problems.append(ImportProblem(
            None, "The file names the columns but holds no residents."))
    return parsed


# Checking the rows -------------------------------------------------------------------------------


def _examine(session: Session, parsed: _Parsed,
             progress: Progress | None) -> tuple[ImportCheck, list[_Row]]:
    problems = _Problems(parsed.problems)
    rows: list[_Row] = []
    if parsed.records and not problems:
        buurten = dict(session.execute(
            select(Place.code, Place.id).where(Place.level == PlaceLevel.NEIGHBOURHOOD.value,
                                               Place.deleted_at.is_(None))).all())
        known = {_identity(*r) for r in session.execute(
            select(Resident.given_name, Resident.family_name, Resident.date_of_birth,
                   Resident.postcode).where(Resident.deleted_at.is_(None)))}
        seen: dict[tuple, int] = {}
        today = date.today()
        records = reporting(parsed.records, len(parsed.records), progress, every=BATCH_SIZE)
        for line, cells in records:
            row = _row(line, cells, parsed.columns, buurten, today, problems)
            if row is None:
                continue
            key = _identity(row.data.given_name, row.data.family_name, row.data.date_of_birth,
                            row.data.postcode)
            if key in seen:
                problems.add(line, f"The same resident as line {seen[key]} (same name, date of "
                             "birth and postcode).")
            elif key in known:
                problems.add(line, "A resident with the same name, date of birth and postcode "
                             "exists already (was this file imported before?).")
            else:
                seen[key] = line
                rows.append(row)
    households = len({r.household for r in rows if r.household})
    households += sum(1 for r in rows if not r.household)
    fields = tuple(c for c in parsed.columns if c is not None)
    check = ImportCheck(rows=len(rows), households=households, problems=tuple(problems.listed),
                        more_problems=problems.more, encoding=parsed.encoding,
                        delimiter=parsed.delimiter, columns=fields)
    return check, rows


def _identity(given: str, family: str, born: date | None, postcode: str) -> tuple:
    return (" ".join(given.split()).casefold(), " ".join(family.split()).casefold(), born,
            postcode)


def _row(line: int, cells: list[str], columns: tuple[str | None, ...], buurten: dict,
         today: date, problems: _Problems) -> _Row | None:
    """The row as a resident, or None after adding each of its problems."""
    found = len(problems.listed) + problems.more
    if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns):]):
        problems.add(line, "The row holds more values than there are columns (check the "
                     "delimiter and the quotes).")
        return None
    values: dict[str, str] = {}
    for name, cell in zip(columns, cells, strict=False):
        if name is not None:
            values[name] = rules.clean_cell(cell)
        elif cell.strip():
            problems.add(line, "A value stands in a column without a name.")
    born = relation = buurt_id = None
    try:
        born = rules.parse_date(values.get("date_of_birth", ""))
    except ValidationError as exc:
        problems.add(line, str(exc))
    try:
        relation = rules.parse_relation(values.get("relation", ""))
    except ValidationError as exc:
        problems.add(line, str(exc))
    try:
        code = rules.parse_buurt_code(values.get("neighbourhood_code", ""))
        if code:
            buurt_id = buurten.get(code)
            if buurt_id is None:
                problems.add(line, "The buurt code is not a buurt in this database (add the "
                             "buurt under Places first).")
    except ValidationError as exc:
        problems.add(line, str(exc))
    for name in rules.LIMITS:
        try:
            rules.check_length(values.get(name, ""), name)
        except ValidationError as exc:
            problems.add(line, str(exc))
    try:
        data = ResidentData(
            given_name=values.get("given_name", ""), family_name=values.get("family_name", ""),
            date_of_birth=born, street=values.get("street", ""),
            house_number=values.get("house_number", ""), postcode=values.get("postcode", ""),
            city=values.get("city", ""), phone=values.get("phone", ""),
            email=values.get("email", ""), neighbourhood_id=buurt_id,
        ).validated(today)
    except ValidationError as exc:
        problems.add(line, str(exc))
        return None
    if len(problems.listed) + problems.more > found:
        return None
    return _Row(line, data, " ".join(values.get("household", "").split()).casefold(), relation)
