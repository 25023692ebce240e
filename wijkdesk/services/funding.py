"""Funding flows: sources, budgets per activity or initiative (bundled), commitments, spending
and offset savings (inverdieneffecten), with views per bundle, per source and per area.

The arithmetic (open commitments, free room, bundling) lives in wijkdesk.domain.funding; the
views fetch rows set-based (a handful of statements whatever the number of budgets) and hand
them to it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.collective import FundingKind, cents
from wijkdesk.domain.funding import Position, check_commitment, check_spending, position, total
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.roles import Permission
from wijkdesk.domain.support import choice, not_future, text
from wijkdesk.errors import Conflict, NotFound, ValidationError
from wijkdesk.services.base import Service
from wijkdesk.store.models import (
    Activity,
    Budget,
    Commitment,
    FundingSource,
    Initiative,
    OffsetSaving,
    Place,
    Spending,
)

FIRST_YEAR, LAST_YEAR = 2000, 2100
NAME_LIMIT = 120
DESCRIPTION_LIMIT = 200  # commitments and spending (the column's width)
SOURCE_DESCRIPTION_LIMIT = 1_000
RATIONALE_LIMIT = 2_000

# Generic kinds every municipality has; foundations and housing corporations are added by users.
SEEDED_SOURCES: tuple[tuple[str, FundingKind, str], ...] = (
    ("Wmo", FundingKind.WMO, "Wet maatschappelijke ondersteuning"),
    ("Jeugdwet", FundingKind.YOUTH, "Middelen uit de Jeugdwet"),
    ("Wijkbudget", FundingKind.MUNICIPAL, "Wijkbudget van de gemeente"),
)


# Plain results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceInfo:
    id: uuid.UUID
    name: str
    kind: FundingKind
    description: str


@dataclass(frozen=True)
class BudgetLine:
    """One budget of a bundle (what commitments and spending are booked against)."""

    budget_id: uuid.UUID
    source_id: uuid.UUID
    source_name: str
    kind: FundingKind
    year: int
    position: Position


@dataclass(frozen=True)
class SourceLine:
    """A bundle's money from one source (its budgets of every year together)."""

    source_id: uuid.UUID
    source_name: str
    kind: FundingKind
    position: Position


@dataclass(frozen=True)
class OffsetInfo:
    id: uuid.UUID
    source_id: uuid.UUID
    source_name: str
    amount: int
    year: int
    rationale: str


@dataclass(frozen=True)
class BundleView:
    """The bundled funding of one activity or initiative."""

    activity_id: uuid.UUID | None
    initiative_id: uuid.UUID | None
    budgets: tuple[BudgetLine, ...]
    sources: tuple[SourceLine, ...]
    total: Position
    offsets: tuple[OffsetInfo, ...]

    @property
    def offset_total(self) -> int:
        return sum(o.amount for o in self.offsets)


@dataclass(frozen=True)
class SourceView:
    """One source's money across activities and initiatives (in a year, an area, or all)."""

    source_id: uuid.UUID
    name: str
    kind: FundingKind
    position: Position
    activities: int  # activities with a budget from this source
    initiatives: int
    offset_savings: int  # estimated savings that land in this source's budget

    @property
    def budgeted(self) -> int:
        return self.position.budgeted

    @property
    def committed(self) -> int:
        return self.position.committed

    @property
    def spent(self) -> int:
        return self.position.spent

    @property
    def free(self) -> int:
        return self.position.free


@dataclass(frozen=True)
class PlaceFundingView:
    place_id: uuid.UUID
    code: str
    name: str
    level: PlaceLevel
    year: int | None
    sources: tuple[SourceView, ...]  # only sources with money or savings here
    total: Position
    activities: int  # with any budget
    initiatives: int
    offset_savings: int


# Validation ------------------------------------------------------------------------------------


def check_year(year: int) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError("The year lies outside 2000 to 2100.")
    return year


def _one_owner(activity_id: uuid.UUID | None, initiative_id: uuid.UUID | None) -> None:
    if (activity_id is None) == (initiative_id is None):
        raise ValidationError("Choose either an activity or an initiative.")


def _live_owner(session: Session, activity_id: uuid.UUID | None,
                initiative_id: uuid.UUID | None) -> None:
    _one_owner(activity_id, initiative_id)
    if activity_id is not None:
        row = session.get(Activity, activity_id)
        if row is None or row.deleted_at is not None:
            raise NotFound("This activity does not exist.")
    else:
        row = session.get(Initiative, initiative_id)
        if row is None or row.deleted_at is not None:
            raise NotFound("This initiative does not exist.")


def _live_source(session: Session, source_id: uuid.UUID) -> FundingSource:
    row = session.get(FundingSource, source_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("This funding source does not exist.")
    return row


def _live_budget(session: Session, budget_id: uuid.UUID) -> Budget:
    row = session.get(Budget, budget_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("This budget does not exist.")
    _live_owner(session, row.activity_id, row.initiative_id)
    return row


# Set-based reading -----------------------------------------------------------------------------


def _owner_live(model: type[Budget] | type[OffsetSaving]) -> ColumnElement[bool]:
    """Rows of live activities or initiatives (model outer-joined to both)."""
    return or_(
        and_(model.activity_id.is_not(None), Activity.deleted_at.is_(None)),
        and_(model.initiative_id.is_not(None), Initiative.deleted_at.is_(None)),
    )


def _owned(stmt: Select, model: type[Budget] | type[OffsetSaving]) -> Select:
    return (stmt.outerjoin(Activity, Activity.id == model.activity_id)
            .outerjoin(Initiative, Initiative.id == model.initiative_id)
            .where(model.deleted_at.is_(None), _owner_live(model)))


@dataclass(frozen=True)
class _Budget:
    id: uuid.UUID
    source_id: uuid.UUID
    activity_id: uuid.UUID | None
    initiative_id: uuid.UUID | None
    year: int
    position: Position


def _budgets(session: Session, *conditions: ColumnElement[bool]) -> list[_Budget]:
    """The live budgets that meet conditions, each with its position: three statements."""
    def chosen(*columns: Any) -> Select:
        return _owned(select(*columns), Budget).where(*conditions)

    rows = session.execute(chosen(Budget.id, Budget.funding_source_id, Budget.activity_id,
                                  Budget.initiative_id, Budget.year, Budget.amount)).all()
    if not rows:
        return []
    ids = chosen(Budget.id).scalar_subquery()
    commitments: dict[uuid.UUID, list[tuple[uuid.UUID, int]]] = defaultdict(list)
    for budget_id, commitment_id, amount in session.execute(
            select(Commitment.budget_id, Commitment.id, Commitment.amount)
            .where(Commitment.deleted_at.is_(None), Commitment.budget_id.in_(ids))):
        commitments[budget_id].append((commitment_id, amount))
    spending: dict[uuid.UUID, list[tuple[uuid.UUID | None, int]]] = defaultdict(list)
    for budget_id, commitment_id, amount in session.execute(
            select(Spending.budget_id, Spending.commitment_id, func.sum(Spending.amount))
            .where(Spending.deleted_at.is_(None), Spending.budget_id.in_(ids))
            .group_by(Spending.budget_id, Spending.commitment_id)):
        spending[budget_id].append((commitment_id, amount))
    return [_Budget(r.id, r.funding_source_id, r.activity_id, r.initiative_id, r.year,
                    position(r.amount, commitments[r.id], spending[r.id])) for r in rows]


def _offset_sums(session: Session, *conditions: ColumnElement[bool]) -> dict[uuid.UUID, int]:
    """Estimated offset savings per source they land in."""
    stmt = _owned(select(OffsetSaving.funding_source_id, func.sum(OffsetSaving.amount)),
                  OffsetSaving).where(*conditions).group_by(OffsetSaving.funding_source_id)
    return {source_id: amount for source_id, amount in session.execute(stmt)}


def _sources(session: Session) -> dict[uuid.UUID, FundingSource]:
    """Every source by name, tombstoned ones too (their money stays in the figures)."""
    return {s.id: s for s in session.scalars(select(FundingSource).order_by(FundingSource.name))}


def _source_views(budgets: Iterable[_Budget], offsets: dict[uuid.UUID, int],
                  sources: dict[uuid.UUID, FundingSource], *,
                  every_source: bool) -> list[SourceView]:
    by_source: dict[uuid.UUID, list[_Budget]] = defaultdict(list)
    for b in budgets:
        by_source[b.source_id].append(b)
    out = []
    for source_id, source in sources.items():  # ordered by name
        mine = by_source.get(source_id, [])
        idle = not mine and source_id not in offsets
        if idle and (not every_source or source.deleted_at is not None):
            continue
        out.append(SourceView(
            source_id, source.name, FundingKind(source.kind),
            total(b.position for b in mine),
            len({b.activity_id for b in mine if b.activity_id is not None}),
            len({b.initiative_id for b in mine if b.initiative_id is not None}),
            offsets.get(source_id, 0)))
    return out


def _area(session: Session, place_id: uuid.UUID) -> tuple[Place, set[uuid.UUID]]:
    """The place and every place inside it (a wijk's buurten; a gemeente's wijken and buurten)."""
    place = session.get(Place, place_id)
    if place is None or place.deleted_at is not None:
        raise NotFound("This area does not exist.")
    ids = {place.id}
    level = {place.id}
    for _ in range(2):  # gemeente → wijk → buurt
        level = set(session.scalars(select(Place.id).where(
            Place.parent_id.in_(level), Place.deleted_at.is_(None))))
        if not level:
            break
        ids |= level
    return place, ids


# The service -----------------------------------------------------------------------------------


class FundingService(Service):
    # Sources ---------------------------------------------------------------------------------

    def seed_sources(self) -> int:
        """Add the generic sources that are missing; reference data, so no actor is needed."""
        with self._write() as tx:
            s = tx.session
            present = {n.lower() for n in s.scalars(select(FundingSource.name))}
            added = 0
            for name, kind, description in SEEDED_SOURCES:
                if name.lower() not in present:
                    s.add(FundingSource(name=name, kind=kind.value, description=description,
                                        updated_by=self.actor_id))
                    added += 1
            if added:
                tx.audit(AuditEvent.CREATE, record_type="funding_source",
                         detail=f"{added} seeded sources")
            return added

    def add_source(self, name: str, kind: FundingKind, description: str = "") -> uuid.UUID:
        self._require(Permission.WRITE_RECORDS, record_type="funding_source")
        name = text(" ".join(name.split()), "name of the funding source", NAME_LIMIT,
                    required=True)
        kind = choice(FundingKind, kind, "kind of funding source")
        description = text(description, "description", SOURCE_DESCRIPTION_LIMIT)
        with self._write() as tx:
            s = tx.session
            if s.scalar(select(FundingSource.id).where(
                    func.lower(FundingSource.name) == name.lower())) is not None:
                raise Conflict("A funding source with this name exists already.")
            row = FundingSource(name=name, kind=kind.value, description=description,
                                updated_by=self.actor_id)
            s.add(row)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type="funding_source", record_id=row.id,
                     fields=("name", "kind", "description"))
            return row.id

    def sources(self) -> list[SourceInfo]:
        self._require(Permission.READ_RECORDS, record_type="funding_source")
        with self._read() as s:
            return [SourceInfo(r.id, r.name, FundingKind(r.kind), r.description)
                    for r in _sources(s).values() if r.deleted_at is None]

    # Money -----------------------------------------------------------------------------------

    def add_budget(self, source_id: uuid.UUID, amount_cents: int, year: int, *,
                   activity_id: uuid.UUID | None = None,
                   initiative_id: uuid.UUID | None = None) -> uuid.UUID:
        self._require(Permission.WRITE_RECORDS, record_type="budget")
        _one_owner(activity_id, initiative_id)
        amount = cents(amount_cents, "budget", allow_zero=False)
        check_year(year)
        with self._write() as tx:
            s = tx.session
            _live_source(s, source_id)
            _live_owner(s, activity_id, initiative_id)
            row = Budget(funding_source_id=source_id, activity_id=activity_id,
                         initiative_id=initiative_id, year=year, amount=amount,
                         updated_by=self.actor_id)
            s.add(row)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type="budget", record_id=row.id,
                     fields=("funding_source_id", "activity_id" if activity_id else
                             "initiative_id", "year", "amount"))
            return row.id

    def commit(self, budget_id: uuid.UUID, amount: int, committed_on: date,
               description: str = "", *, override: bool = False) -> uuid.UUID:
        """Reserve money of a budget; beyond its free room only with override."""
        self._require(Permission.WRITE_RECORDS, record_type="commitment")
        amount = cents(amount, "commitment", allow_zero=False)
        not_future(committed_on, "date of the commitment", date.today())
        description = text(description, "description", DESCRIPTION_LIMIT)
        with self._write() as tx:
            s = tx.session
            _live_budget(s, budget_id)
            current = _budgets(s, Budget.id == budget_id)[0].position
            beyond = amount > current.free
            check_commitment(current, amount, override=override)
            row = Commitment(budget_id=budget_id, amount=amount, committed_on=committed_on,
                             description=description, updated_by=self.actor_id)
            s.add(row)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type="commitment", record_id=row.id,
                     fields=("budget_id", "amount", "committed_on", "description"),
                     detail="beyond free room confirmed" if beyond else None)
            return row.id

    def spend(self, budget_id: uuid.UUID, amount: int, spent_on: date, description: str = "",
              *, commitment_id: uuid.UUID | None = None, override: bool = False) -> uuid.UUID:
        """Record money spent, against a commitment of the same budget or not; spending beyond
        the budget is recorded only with override, and then flagged as confirmed."""
        self._require(Permission.WRITE_RECORDS, record_type="spending")
        amount = cents(amount, "amount spent", allow_zero=False)
        not_future(spent_on, "date of the spending", date.today())
        description = text(description, "description", DESCRIPTION_LIMIT)
        with self._write() as tx:
            s = tx.session
            _live_budget(s, budget_id)
            against_open = 0
            if commitment_id is not None:
                commitment = s.get(Commitment, commitment_id)
                if commitment is None or commitment.deleted_at is not None:
                    raise NotFound("This commitment does not exist.")
                if commitment.budget_id != budget_id:
                    raise ValidationError("That commitment belongs to another budget.")
                paid = s.scalar(select(func.coalesce(func.sum(Spending.amount), 0)).where(
                    Spending.commitment_id == commitment_id, Spending.deleted_at.is_(None)))
                against_open = max(0, commitment.amount - paid)
            current = _budgets(s, Budget.id == budget_id)[0].position
            try:
                check_spending(current, amount, against_open)
                overspend = False
            except Conflict:
                if not override:
                    raise
                overspend = True
            row = Spending(budget_id=budget_id, commitment_id=commitment_id, amount=amount,
                           spent_on=spent_on, description=description,
                           overspend_confirmed=overspend, updated_by=self.actor_id)
            s.add(row)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type="spending", record_id=row.id,
                     fields=("budget_id", "commitment_id", "amount", "spent_on",
                             "description"),
                     detail="overspend confirmed" if overspend else None)
            return row.id

    def add_offset_saving(self, source_id: uuid.UUID, amount: int, year: int, rationale: str,
                          *, activity_id: uuid.UUID | None = None,
                          initiative_id: uuid.UUID | None = None) -> uuid.UUID:
        """An estimated saving elsewhere (inverdieneffect) that lands in source's budget; the
        rationale says how it was estimated and why."""
        self._require(Permission.WRITE_RECORDS, record_type="offset_saving")
        _one_owner(activity_id, initiative_id)
        amount = cents(amount, "estimated saving", allow_zero=False)
        check_year(year)
        rationale = text(rationale, "rationale of the estimate", RATIONALE_LIMIT, required=True)
        with self._write() as tx:
            s = tx.session
            _live_source(s, source_id)
            _live_owner(s, activity_id, initiative_id)
            row = OffsetSaving(funding_source_id=source_id, activity_id=activity_id,
                               initiative_id=initiative_id, amount=amount, year=year,
                               rationale=rationale, updated_by=self.actor_id)
            s.add(row)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type="offset_saving", record_id=row.id,
                     fields=("funding_source_id", "activity_id" if activity_id else
                             "initiative_id", "amount", "year", "rationale"))
            return row.id

    # Views -----------------------------------------------------------------------------------

    def position_of(self, activity_id: uuid.UUID | None = None,
                    initiative_id: uuid.UUID | None = None) -> BundleView:
        self._require(Permission.READ_RECORDS, record_type="budget")
        _one_owner(activity_id, initiative_id)
        with self._read() as s:
            _live_owner(s, activity_id, initiative_id)
            sources = _sources(s)
            if activity_id is not None:
                budgets = _budgets(s, Budget.activity_id == activity_id)
                offset_owner = OffsetSaving.activity_id == activity_id
            else:
                budgets = _budgets(s, Budget.initiative_id == initiative_id)
                offset_owner = OffsetSaving.initiative_id == initiative_id
            offsets = s.execute(
                select(OffsetSaving).where(offset_owner, OffsetSaving.deleted_at.is_(None))
                .order_by(OffsetSaving.year, OffsetSaving.created_at)).scalars().all()
        lines = sorted(
            (BudgetLine(b.id, b.source_id, sources[b.source_id].name,
                        FundingKind(sources[b.source_id].kind), b.year, b.position)
             for b in budgets),
            key=lambda line: (line.source_name, line.year, line.budget_id))
        per_source = [
            SourceLine(v.source_id, v.name, v.kind, v.position)
            for v in _source_views(budgets, {}, sources, every_source=False)
        ]
        return BundleView(
            activity_id, initiative_id, tuple(lines), tuple(per_source),
            total(line.position for line in per_source),
            tuple(OffsetInfo(o.id, o.funding_source_id, sources[o.funding_source_id].name,
                             o.amount, o.year, o.rationale) for o in offsets))

    def by_source(self, year: int | None = None) -> list[SourceView]:
        """Every source, with what is budgeted, committed, spent and free (in year, or ever)."""
        self._require(Permission.READ_RECORDS, record_type="budget")
        if year is not None:
            check_year(year)
        with self._read() as s:
            budgets = _budgets(s, *([Budget.year == year] if year is not None else []))
            offsets = _offset_sums(s, *([OffsetSaving.year == year] if year is not None
                                        else []))
            return _source_views(budgets, offsets, _sources(s), every_source=True)

    def by_place(self, place_id: uuid.UUID, year: int | None = None) -> PlaceFundingView:
        """The money of the activities and initiatives in a buurt, or in a wijk and its
        buurten, per source and in total."""
        self._require(Permission.READ_RECORDS, record_type="budget")
        if year is not None:
            check_year(year)
        with self._read() as s:
            place, ids = _area(s, place_id)
            here = or_(Activity.place_id.in_(ids), Initiative.place_id.in_(ids))
            budgets = _budgets(s, here, *([Budget.year == year] if year is not None else []))
            offsets = _offset_sums(s, here, *([OffsetSaving.year == year] if year is not None
                                              else []))
            views = _source_views(budgets, offsets, _sources(s), every_source=False)
        return PlaceFundingView(
            place.id, place.code, place.name, PlaceLevel(place.level), year, tuple(views),
            total(v.position for v in views),
            len({b.activity_id for b in budgets if b.activity_id is not None}),
            len({b.initiative_id for b in budgets if b.initiative_id is not None}),
            sum(offsets.values()))
