"""Residents: the people the wijkteam supports. Finding them, paging through them, editing them.

Lists are paged by key (the last row's sort values), never by OFFSET, so the thousandth page costs
what the first does. Searching goes through the full-text index; a search is audited with its
length and a keyed hash of the words, never the words themselves.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import hmac
import uuid
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    Uuid,
    bindparam,
    exists,
    func,
    literal_column,
    select,
    tuple_,
)
from sqlalchemy.orm import Session

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.residents import (
    HouseholdRelation,
    check_birth_date,
    check_email,
    check_name,
    normalise_postcode,
    sort_name,
)
from wijkdesk.domain.roles import Permission
from wijkdesk.domain.support import RequestStatus, choice
from wijkdesk.errors import NotFound, ValidationError
from wijkdesk.services.base import Service, Tx
from wijkdesk.store.models import Household, Place, Professional, Resident, SupportRequest
from wijkdesk.store.search import match_expression, matches, next_search_keys, search_index

RECORD_TYPE = "resident"
PAGE_SIZE = 100


@dataclass(frozen=True)
class ResidentData:
    given_name: str
    family_name: str
    date_of_birth: date | None = None
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    neighbourhood_id: uuid.UUID | None = None

    def validated(self, today: date) -> ResidentData:
        return ResidentData(
            given_name=check_name(self.given_name, "given name", 80),
            family_name=check_name(self.family_name, "family name"),
            date_of_birth=check_birth_date(self.date_of_birth, today),
            street=self.street.strip(),
            house_number=self.house_number.strip(),
            postcode=normalise_postcode(self.postcode),
            city=self.city.strip(),
            phone=self.phone.strip(),
            email=check_email(self.email),
            neighbourhood_id=self.neighbourhood_id,
        )


@dataclass(frozen=True)
class ResidentView:
    id: uuid.UUID
    data: ResidentData
    neighbourhood_code: str | None


DATA_FIELDS = tuple(f.name for f in fields(ResidentData))


class ResidentSort(enum.StrEnum):
    NAME = "name"
    POSTCODE = "postcode"


@dataclass(frozen=True)
class ResidentQuery:
    """What the resident list shows: words to search, filters, and the order."""

    text: str = ""
    neighbourhood_id: uuid.UUID | None = None
    status: RequestStatus | None = None  # residents with a request in this status
    mine: bool = False  # residents with an unclosed request assigned to the acting profile
    sort: ResidentSort = ResidentSort.NAME
    descending: bool = False


@dataclass(frozen=True)
class ResidentRow:
    id: uuid.UUID
    family_name: str
    given_name: str
    date_of_birth: date | None
    address: str
    postcode: str
    neighbourhood: str
    open_requests: int


@dataclass(frozen=True)
class HouseholdMember:
    id: uuid.UUID
    name: str
    date_of_birth: date | None
    relation: str


@dataclass(frozen=True)
class Page:
    """One page of a keyset-paged list; after is the key to pass for the next page."""

    rows: list[Any]
    after: tuple | None  # None: this was the last page


def display_name(family_name: str, given_name: str) -> str:
    return f"{family_name}, {given_name}" if given_name else family_name


def query_digest(secret: bytes, text: str) -> str:
    """Audit detail of a search: length and keyed hash, so equal searches can be matched by
    someone holding the database, but the words cannot be read from the log."""
    words = " ".join(text.lower().split())
    digest = hmac.new(secret, words.encode(), hashlib.sha256).hexdigest()[:16]
    return f"length {len(words)}, hmac {digest}"


@dataclass(frozen=True)
class _Shape:
    """What decides the SQL of a list page (its values are bound parameters), so that each
    shape is built once and SQLAlchemy's compiled cache serves every later page."""

    sort: ResidentSort
    descending: bool
    search: bool
    buurt: bool
    status: str | None
    mine: bool
    after: bool

    @staticmethod
    def of(query: ResidentQuery, expression: str | None, after: tuple | None) -> _Shape:
        status = None if query.status is None else choice(
            RequestStatus, query.status, "request status").value
        return _Shape(ResidentSort(query.sort), query.descending, expression is not None,
                      query.neighbourhood_id is not None, status, query.mine, after is not None)

    def values(self, query: ResidentQuery, expression: str | None,
               actor_id: uuid.UUID | None, after: tuple | None, limit: int) -> dict[str, Any]:
        values: dict[str, Any] = {"limit": limit}
        if self.search:
            values["match"] = expression
        if self.buurt:
            values["buurt"] = query.neighbourhood_id
        if self.mine:
            values["actor"] = actor_id
        if after is not None:
            values.update({f"after_{i}": v for i, v in enumerate(after)})
        return values


@functools.lru_cache(maxsize=64)
def _statement(shape: _Shape) -> Select:
    open_requests = (
        select(func.count()).select_from(SupportRequest)
        .where(SupportRequest.resident_id == Resident.id,
               SupportRequest.status != RequestStatus.CLOSED.value,
               SupportRequest.deleted_at.is_(None))
        .correlate(Resident).scalar_subquery()
    )
    stmt = (select(Resident.id, Resident.sort_name, Resident.family_name, Resident.given_name,
                   Resident.date_of_birth, Resident.street, Resident.house_number,
                   Resident.postcode, Place.name.label("buurt"),
                   open_requests.label("open_requests"))
            .outerjoin(Place, Resident.neighbourhood_id == Place.id)
            .where(Resident.deleted_at.is_(None)))
    if shape.search:
        stmt = stmt.where(Resident.search_key.in_(
            select(search_index.c.rowid).where(matches())))
    if shape.buurt:
        stmt = stmt.where(Resident.neighbourhood_id == bindparam("buurt", type_=Uuid))
    if shape.status is not None:
        stmt = stmt.where(exists().where(
            SupportRequest.resident_id == Resident.id, SupportRequest.deleted_at.is_(None),
            SupportRequest.status == shape.status))
    if shape.mine:
        # a caseload is small: drive the page from the help questions assigned to me
        stmt = stmt.where(Resident.id.in_(
            select(SupportRequest.resident_id).where(
                SupportRequest.status != RequestStatus.CLOSED.value,
                SupportRequest.deleted_at.is_(None),
                SupportRequest.professional_id.in_(
                    select(Professional.id).where(
                        Professional.profile_id == bindparam("actor", type_=Uuid))))))
    columns = _sort_columns(shape.sort)
    if shape.search or shape.mine:
        # `|| ''` keeps the value but hides the sort index from the planner, so it loops over
        # the few matches instead of walking every resident in name order.
        columns = (columns[0].concat(literal_column("''")), *columns[1:])
    if shape.after:
        key = tuple_(*columns)
        bound = tuple_(*(bindparam(f"after_{i}", type_=c.type)
                         for i, c in enumerate(_sort_columns(shape.sort))))
        stmt = stmt.where(key < bound if shape.descending else key > bound)
    order = [c.desc() if shape.descending else c.asc() for c in columns]
    return stmt.order_by(*order).limit(bindparam("limit", type_=Integer))


def _sort_columns(sort: ResidentSort) -> tuple:
    if sort is ResidentSort.POSTCODE:
        return (Resident.postcode, Resident.house_number, Resident.id)
    return (Resident.sort_name, Resident.id)


class ResidentService(Service):
    # Writing ---------------------------------------------------------------------------------

    def create(self, data: ResidentData, *, household_of: uuid.UUID | None = None,
               relation: HouseholdRelation = HouseholdRelation.HEAD) -> uuid.UUID:
        """A new resident, in a new household or in the household of another resident."""
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        data = data.validated(date.today())
        relation = choice(HouseholdRelation, relation, "household relation")
        with self._write() as tx:
            self._check_place(tx.session, data.neighbourhood_id)
            household_id = self._household(tx, data, household_of)
            resident = Resident(**{name: getattr(data, name) for name in DATA_FIELDS},
                                household_id=household_id, household_relation=relation.value,
                                search_key=next_search_keys(tx.session, 1)[0],
                                sort_name=sort_name(data.family_name, data.given_name),
                                updated_by=self.actor_id)
            tx.session.add(resident)
            tx.session.flush()
            tx.audit(AuditEvent.CREATE, record_type=RECORD_TYPE, record_id=resident.id,
                     client_id=resident.id,
                     fields=[n for n in DATA_FIELDS if getattr(data, n) not in (None, "")])
            return resident.id

    def update(self, resident_id: uuid.UUID, data: ResidentData,
               relation: HouseholdRelation | None = None) -> None:
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        data = data.validated(date.today())
        with self._write() as tx:
            resident = live_resident(tx.session, resident_id)
            self._check_place(tx.session, data.neighbourhood_id)
            changed = [n for n in DATA_FIELDS if getattr(resident, n) != getattr(data, n)]
            for name in changed:
                setattr(resident, name, getattr(data, name))
            if {"family_name", "given_name"} & set(changed):
                resident.sort_name = sort_name(data.family_name, data.given_name)
            if relation is not None:
                relation = choice(HouseholdRelation, relation, "household relation")
                if resident.household_relation != relation.value:
                    resident.household_relation = relation.value
                    changed.append("household_relation")
            if changed:
                resident.updated_by = self.actor_id
                tx.audit(AuditEvent.UPDATE, record_type=RECORD_TYPE, record_id=resident.id,
                         client_id=resident.id, fields=changed)

    def _household(self, tx: Tx, data: ResidentData, household_of: uuid.UUID | None) -> uuid.UUID:
        if household_of is not None:
            other = live_resident(tx.session, household_of)
            if other.household_id is not None:
                return other.household_id
            household = Household(label="", neighbourhood_id=other.neighbourhood_id,
                                  updated_by=self.actor_id)
            tx.session.add(household)
            tx.session.flush()
            other.household_id = household.id
            return household.id
        household = Household(label="", neighbourhood_id=data.neighbourhood_id,
                              updated_by=self.actor_id)
        tx.session.add(household)
        tx.session.flush()
        tx.audit(AuditEvent.CREATE, record_type="household", record_id=household.id,
                 fields=("neighbourhood_id",))
        return household.id

    @staticmethod
    def _check_place(session: Session, place_id: uuid.UUID | None) -> None:
        if place_id is not None:
            place = session.get(Place, place_id)
            if place is None or place.level != "neighbourhood":
                raise NotFound("The chosen buurt does not exist.")


    # Reading ---------------------------------------------------------------------------------

    def get(self, resident_id: uuid.UUID) -> ResidentView:
        """The resident's data; the access is written to the audit log (NEN 7513)."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        with self._write() as tx:
            row = tx.session.execute(
                select(Resident, Place.code)
                .outerjoin(Place, Resident.neighbourhood_id == Place.id)
                .where(Resident.id == resident_id, Resident.deleted_at.is_(None))
            ).first()
            if row is None:
                raise NotFound("This resident does not exist or was erased.")
            resident, code = row
            tx.audit(AuditEvent.READ, record_type=RECORD_TYPE, record_id=resident.id,
                     client_id=resident.id)
            data = ResidentData(**{name: getattr(resident, name) for name in DATA_FIELDS})
            return ResidentView(resident.id, data, code)

    def count(self) -> int:
        with self._read() as s:
            return s.scalar(
                select(func.count()).select_from(Resident).where(Resident.deleted_at.is_(None))
            ) or 0

    def page(self, query: ResidentQuery, after: tuple | None = None,
             limit: int = PAGE_SIZE) -> Page:
        """One page of the resident list; pass the previous page's `after` for the next."""
        actor = self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        if not 1 <= limit <= 1_000:
            raise ValidationError("A page holds 1 to 1,000 rows.")
        expression = match_expression(query.text) if query.text.strip() else None
        if query.text.strip() and expression is None:
            return Page([], None)  # only punctuation: nothing can match it
        shape = _Shape.of(query, expression, after)
        values = shape.values(query, expression, actor.id, after, limit + 1)
        with self._read() as s:
            # Core on the session's connection: the ORM adds nothing to plain rows but time,
            # and search-as-you-type pays it at every pause in typing.
            rows = s.connection().execute(_statement(shape), values).all()
        if expression is not None and after is None:
            self._defer_audit(AuditEvent.SEARCH, record_type=RECORD_TYPE,
                              detail=query_digest(self.store.anchor_secret(), query.text))
        more = len(rows) > limit
        rows = rows[:limit]
        out = [ResidentRow(r.id, r.family_name, r.given_name, r.date_of_birth,
                           f"{r.street} {r.house_number}".strip(), r.postcode, r.buurt or "",
                           r.open_requests) for r in rows]
        next_after = None
        if more and rows:
            next_after = tuple(getattr(rows[-1], c.key) for c in _sort_columns(query.sort))
        return Page(out, next_after)

    @staticmethod
    def list_statement(query: ResidentQuery, expression: str | None,
                       actor_id: uuid.UUID | None, after: tuple | None, limit: int) -> Select:
        """The SQL of one list page with its values bound (for query-plan tests and the
        benchmark's raw twin)."""
        shape = _Shape.of(query, expression, after)
        return _statement(shape).params(shape.values(query, expression, actor_id, after, limit))

    def search(self, text: str, limit: int = 8) -> list[ResidentRow]:
        """The best few matches for the global search (Ctrl+K)."""
        return self.page(ResidentQuery(text=text), limit=limit).rows if text.strip() else []

    def household(self, resident_id: uuid.UUID) -> list[HouseholdMember]:
        """The other members of the resident's household."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        with self._read() as s:
            return household_of(s, live_resident(s, resident_id))



def household_of(session: Session, resident: Resident) -> list[HouseholdMember]:
    """The other live members of the resident's household, oldest first."""
    if resident.household_id is None:
        return []
    rows = session.scalars(select(Resident).where(
        Resident.household_id == resident.household_id, Resident.id != resident.id,
        Resident.deleted_at.is_(None)).order_by(Resident.date_of_birth))
    return [HouseholdMember(r.id, display_name(r.family_name, r.given_name), r.date_of_birth,
                            r.household_relation) for r in rows]


def live_resident(session: Session, resident_id: uuid.UUID) -> Resident:
    resident = session.get(Resident, resident_id)
    if resident is None or resident.deleted_at is not None:
        raise NotFound("This resident does not exist or was erased.")
    return resident
