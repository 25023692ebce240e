"""Resident initiatives (wijkinitiatieven): their initiators, their status history, the support
asked and given, intensive support episodes, and the activities they grow into."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.collective import InitiativeStatus, SupportKind, cents, check_step
from wijkdesk.domain.residents import check_email
from wijkdesk.domain.roles import Permission
from wijkdesk.domain.support import DESCRIPTION_LIMIT, choice, not_future, text
from wijkdesk.errors import Conflict, NotFound, ValidationError
from wijkdesk.services.activities import DATA_FIELDS as ACTIVITY_FIELDS
from wijkdesk.services.activities import ActivityData
from wijkdesk.services.collective_time import (
    TimeLogging,
    check_area,
    in_area,
    like_words,
    live_initiative,
    minutes_per,
)
from wijkdesk.store.models import (
    Activity,
    Initiative,
    InitiativeStatusChange,
    InitiativeSupport,
    Initiator,
    Place,
    Professional,
    ProfessionalTime,
    ProfessionalType,
)
from wijkdesk.store.types import utcnow

RECORD_TYPE = "initiative"
STATUS_RECORD_TYPE = "initiative_status"
INITIATOR_RECORD_TYPE = "initiator"
SUPPORT_RECORD_TYPE = "initiative_support"
_BEFORE_RUNNING = (InitiativeStatus.IDEA, InitiativeStatus.SUPPORTED)


@dataclass(frozen=True)
class InitiativeData:
    title: str
    place_id: uuid.UUID
    started_on: date
    idea: str = ""

    def validated(self, today: date) -> InitiativeData:
        return InitiativeData(text(self.title, "title", 160, required=True), self.place_id,
                              not_future(self.started_on, "start date", today),
                              text(self.idea, "idea", DESCRIPTION_LIMIT))


@dataclass(frozen=True)
class SupportData:
    kind: SupportKind
    asked_on: date
    description: str = ""
    amount_asked: int = 0  # cents; financial support only

    def validated(self, today: date) -> SupportData:
        kind = choice(SupportKind, self.kind, "kind of support")
        asked = cents(self.amount_asked, "amount asked")
        if kind is not SupportKind.FINANCIAL and asked:
            raise ValidationError("Only financial support has amounts.")
        return SupportData(kind, not_future(self.asked_on, "date asked", today),
                           text(self.description, "description", DESCRIPTION_LIMIT), asked)


@dataclass(frozen=True)
class InitiativeRow:
    id: uuid.UUID
    title: str
    place: str
    status: InitiativeStatus
    started_on: date
    status_since: date
    support_items: int
    amount_granted: int  # cents
    amount_paid: int  # cents
    activities: int
    professional_minutes: int


@dataclass(frozen=True)
class StatusChangeView:
    status: InitiativeStatus
    changed_on: date


@dataclass(frozen=True)
class InitiatorView:
    id: uuid.UUID
    name: str
    phone: str
    email: str


@dataclass(frozen=True)
class SupportView:
    id: uuid.UUID
    kind: SupportKind
    description: str
    asked_on: date
    given_on: date | None
    amount_asked: int
    amount_granted: int
    amount_paid: int
    amount_accounted: int


@dataclass(frozen=True)
class EpisodeView:
    """Professional time on the initiative; intensive marks a short, intensive episode."""

    id: uuid.UUID
    professional: str
    professional_type: str  # ProfessionalType.code
    worked_on: date
    minutes: int
    intensive: bool
    note: str


@dataclass(frozen=True)
class GrownActivity:
    id: uuid.UUID
    title: str
    starts_on: date
    ends_on: date | None


@dataclass(frozen=True)
class InitiativeView:
    id: uuid.UUID
    data: InitiativeData
    place: str
    status: InitiativeStatus
    history: tuple[StatusChangeView, ...]  # oldest first
    initiators: tuple[InitiatorView, ...]
    support: tuple[SupportView, ...]  # latest asked first
    episodes: tuple[EpisodeView, ...]  # latest first
    activities: tuple[GrownActivity, ...]


def _last_change(s: Session, initiative_id: uuid.UUID) -> date | None:
    return s.scalar(select(func.max(InitiativeStatusChange.changed_on)).where(
        InitiativeStatusChange.initiative_id == initiative_id,
        InitiativeStatusChange.deleted_at.is_(None)))


class InitiativeService(TimeLogging):
    # Writing ---------------------------------------------------------------------------------

    def create(self, data: InitiativeData) -> uuid.UUID:
        """A new initiative, in status idea from its start date."""
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        data = data.validated(date.today())
        with self._write() as tx:
            s = tx.session
            check_area(s, data.place_id)
            row = Initiative(title=data.title, idea=data.idea, place_id=data.place_id,
                             status=InitiativeStatus.IDEA.value, started_on=data.started_on,
                             updated_by=self.actor_id)
            s.add(row)
            s.flush()
            self._status_row(tx, row, InitiativeStatus.IDEA, data.started_on)
            tx.audit(AuditEvent.CREATE, record_type=RECORD_TYPE, record_id=row.id,
                     fields=[f for f in ("title", "idea", "place_id", "started_on", "status")
                             if getattr(row, f)])
            return row.id

    def update(self, initiative_id: uuid.UUID, data: InitiativeData) -> None:
        """Title, idea, area and start date; a start date moves the first status row along
        and may not pass a later status change."""
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        data = data.validated(date.today())
        with self._write() as tx:
            s = tx.session
            row = live_initiative(s, initiative_id)
            check_area(s, data.place_id)
            changed = [f for f in ("title", "idea", "place_id", "started_on")
                       if getattr(row, f) != getattr(data, f)]
            if "started_on" in changed:
                changes = s.scalars(select(InitiativeStatusChange).where(
                    InitiativeStatusChange.initiative_id == row.id,
                    InitiativeStatusChange.deleted_at.is_(None))
                    .order_by(InitiativeStatusChange.changed_on,
                              InitiativeStatusChange.id)).all()
                if any(c.changed_on < data.started_on for c in changes[1:]):
                    raise ValidationError("An initiative cannot start after its status changed.")
                if changes:
                    changes[0].changed_on, changes[0].updated_by = data.started_on, self.actor_id
            for name in changed:
                setattr(row, name, getattr(data, name))
            if changed:
                row.updated_by = self.actor_id
                tx.audit(AuditEvent.UPDATE, record_type=RECORD_TYPE, record_id=row.id,
                         fields=changed)

    def add_initiator(self, initiative_id: uuid.UUID, name: str, phone: str = "",
                      email: str = "") -> uuid.UUID:
        """A contact person of the initiative (personal data: the audit names fields only)."""
        self._require(Permission.WRITE_RECORDS, record_type=INITIATOR_RECORD_TYPE)
        name = " ".join(text(name, "name", 160, required=True).split())
        phone = text(phone, "phone number", 32)
        email = check_email(email)
        if len(email) > 120:
            raise ValidationError("The e-mail address is longer than 120 characters.")
        with self._write() as tx:
            s = tx.session
            initiative = live_initiative(s, initiative_id)
            row = Initiator(initiative_id=initiative.id, name=name, phone=phone, email=email,
                            updated_by=self.actor_id)
            s.add(row)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type=INITIATOR_RECORD_TYPE, record_id=row.id,
                     fields=[f for f in ("name", "phone", "email") if getattr(row, f)],
                     detail=f"initiative {initiative.id}")
            return row.id

    def remove_initiator(self, initiator_id: uuid.UUID) -> None:
        """The contact person leaves: tombstoned with their details blanked."""
        self._require(Permission.WRITE_RECORDS, record_type=INITIATOR_RECORD_TYPE)
        with self._write() as tx:
            row = tx.session.get(Initiator, initiator_id)
            if row is None or row.deleted_at is not None:
                raise NotFound("This initiator does not exist.")
            row.name, row.phone, row.email = "", "", ""
            row.deleted_at, row.updated_by = utcnow(), self.actor_id
            tx.audit(AuditEvent.DELETE, record_type=INITIATOR_RECORD_TYPE, record_id=row.id,
                     fields=("name", "phone", "email"))

    def advance(self, initiative_id: uuid.UUID, new_status: InitiativeStatus,
                on: date) -> None:
        """Move the initiative forward (or stop it) on a date."""
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        new_status = choice(InitiativeStatus, new_status, "initiative status")
        not_future(on, "date of the status change", date.today())
        with self._write() as tx:
            row = live_initiative(tx.session, initiative_id)
            check_step(InitiativeStatus(row.status), new_status)
            last = _last_change(tx.session, row.id)
            if last is not None and on < last:
                raise ValidationError("A status change cannot precede the previous one.")
            self._set_status(tx, row, new_status, on)

    def request_support(self, initiative_id: uuid.UUID, data: SupportData) -> uuid.UUID:
        self._require(Permission.WRITE_RECORDS, record_type=SUPPORT_RECORD_TYPE)
        data = data.validated(date.today())
        with self._write() as tx:
            s = tx.session
            initiative = live_initiative(s, initiative_id)
            row = InitiativeSupport(initiative_id=initiative.id, kind=data.kind.value,
                                    description=data.description, asked_on=data.asked_on,
                                    amount_asked=data.amount_asked, updated_by=self.actor_id)
            s.add(row)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type=SUPPORT_RECORD_TYPE, record_id=row.id,
                     fields=[f for f in ("kind", "description", "asked_on", "amount_asked")
                             if getattr(row, f)],
                     detail=f"initiative {initiative.id}, {data.kind.value}")
            return row.id

    def record_support(self, support_id: uuid.UUID, *, given_on: date | None = None,
                       amount_granted: int = 0, amount_paid: int = 0,
                       amount_accounted: int = 0) -> None:
        """What was given: the date and, for financial support, the amounts granted, paid
        and accounted for (receipts). A grant may exceed what was asked; payment may not
        exceed the grant, nor the accounting the payment. Sets all four at once."""
        self._require(Permission.WRITE_RECORDS, record_type=SUPPORT_RECORD_TYPE)
        granted = cents(amount_granted, "amount granted")
        paid = cents(amount_paid, "amount paid")
        accounted = cents(amount_accounted, "amount accounted for")
        if given_on is not None:
            not_future(given_on, "date given", date.today())
        if paid > granted:
            raise ValidationError("More cannot be paid than was granted.")
        if accounted > paid:
            raise ValidationError("More cannot be accounted for than was paid.")
        with self._write() as tx:
            row = tx.session.get(InitiativeSupport, support_id)
            if row is None or row.deleted_at is not None:
                raise NotFound("This support item does not exist.")
            live_initiative(tx.session, row.initiative_id)
            if row.kind != SupportKind.FINANCIAL.value and (granted or paid or accounted):
                raise ValidationError("Only financial support has amounts.")
            if given_on is not None and given_on < row.asked_on:
                raise ValidationError("Support cannot be given before it was asked.")
            new = {"given_on": given_on, "amount_granted": granted, "amount_paid": paid,
                   "amount_accounted": accounted}
            changed = [f for f, v in new.items() if getattr(row, f) != v]
            for name in changed:
                setattr(row, name, new[name])
            if changed:
                row.updated_by = self.actor_id
                tx.audit(AuditEvent.UPDATE, record_type=SUPPORT_RECORD_TYPE, record_id=row.id,
                         fields=changed)

    def grow_into_activity(self, initiative_id: uuid.UUID, data: ActivityData) -> uuid.UUID:
        """A new activity that grew from the initiative. An initiative still at idea or
        supported is running from then: from the activity's start, or today if that lies
        ahead, and never before its last status change."""
        self._require(Permission.WRITE_RECORDS, record_type="activity")
        data = data.validated()
        today = date.today()
        with self._write() as tx:
            s = tx.session
            initiative = live_initiative(s, initiative_id)
            status = InitiativeStatus(initiative.status)
            if status is InitiativeStatus.STOPPED:
                raise Conflict("A stopped initiative does not grow into an activity.")
            check_area(s, data.place_id)
            values = {f: getattr(data, f) for f in ACTIVITY_FIELDS}
            values["initiative_id"] = initiative.id
            activity = Activity(**values, updated_by=self.actor_id)
            s.add(activity)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type="activity", record_id=activity.id,
                     fields=[f for f, v in values.items() if v not in (None, "")],
                     detail=f"grown from initiative {initiative.id}")
            if status in _BEFORE_RUNNING:
                on = min(data.starts_on, today)
                last = _last_change(s, initiative.id)
                if last is not None and on < last:
                    on = last
                self._set_status(tx, initiative, InitiativeStatus.RUNNING, on)
            return activity.id

    def _set_status(self, tx, row: Initiative, status: InitiativeStatus, on: date) -> None:  # type: ignore[no-untyped-def]
        row.status, row.updated_by = status.value, self.actor_id
        self._status_row(tx, row, status, on)
        tx.audit(AuditEvent.UPDATE, record_type=RECORD_TYPE, record_id=row.id,
                 fields=("status",), detail=status.value)

    def _status_row(self, tx, row: Initiative, status: InitiativeStatus, on: date) -> None:  # type: ignore[no-untyped-def]
        change = InitiativeStatusChange(initiative_id=row.id, status=status.value, changed_on=on,
                                        updated_by=self.actor_id)
        tx.session.add(change)
        tx.session.flush()
        tx.audit(AuditEvent.CREATE, record_type=STATUS_RECORD_TYPE, record_id=change.id,
                 fields=("status", "changed_on"), detail=status.value)

    # Reading ---------------------------------------------------------------------------------

    def list(self, place_id: uuid.UUID | None = None) -> list[InitiativeRow]:
        """Initiatives, latest start first; in a wijk also those of its buurten."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        with self._read() as s:
            return [_row(r) for r in s.execute(list_statement(place_id, ""))]

    def search(self, text: str, limit: int = 8) -> list[InitiativeRow]:
        """The best few initiatives for the global search, by title."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        if like_words(text) is None:
            return []
        with self._read() as s:
            return [_row(r) for r in s.execute(list_statement(None, text).limit(limit))]

    def detail(self, initiative_id: uuid.UUID) -> InitiativeView:
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        with self._read() as s:
            row = live_initiative(s, initiative_id)
            place = s.get(Place, row.place_id)
            history = tuple(
                StatusChangeView(InitiativeStatus(c.status), c.changed_on)
                for c in s.scalars(select(InitiativeStatusChange).where(
                    InitiativeStatusChange.initiative_id == row.id,
                    InitiativeStatusChange.deleted_at.is_(None))
                    .order_by(InitiativeStatusChange.changed_on, InitiativeStatusChange.id)))
            initiators = tuple(
                InitiatorView(i.id, i.name, i.phone, i.email)
                for i in s.scalars(select(Initiator).where(
                    Initiator.initiative_id == row.id, Initiator.deleted_at.is_(None))
                    .order_by(Initiator.created_at, Initiator.id)))
            support = tuple(
                SupportView(x.id, SupportKind(x.kind), x.description, x.asked_on, x.given_on,
                            x.amount_asked, x.amount_granted, x.amount_paid,
                            x.amount_accounted)
                for x in s.scalars(select(InitiativeSupport).where(
                    InitiativeSupport.initiative_id == row.id,
                    InitiativeSupport.deleted_at.is_(None))
                    .order_by(InitiativeSupport.asked_on.desc(), InitiativeSupport.id.desc())))
            episodes = tuple(
                EpisodeView(t.id, name, code, t.worked_on, t.minutes, t.intensive, t.note)
                for t, name, code in s.execute(
                    select(ProfessionalTime, Professional.name, ProfessionalType.code)
                    .join(Professional, Professional.id == ProfessionalTime.professional_id)
                    .join(ProfessionalType,
                          ProfessionalType.id == Professional.professional_type_id)
                    .where(ProfessionalTime.initiative_id == row.id,
                           ProfessionalTime.deleted_at.is_(None))
                    .order_by(ProfessionalTime.worked_on.desc(), ProfessionalTime.id.desc())))
            activities = tuple(
                GrownActivity(a.id, a.title, a.starts_on, a.ends_on)
                for a in s.scalars(select(Activity).where(
                    Activity.initiative_id == row.id, Activity.deleted_at.is_(None))
                    .order_by(Activity.starts_on, Activity.id)))
            return InitiativeView(
                row.id, InitiativeData(row.title, row.place_id, row.started_on, row.idea),
                place.name if place else "", InitiativeStatus(row.status), history,
                initiators, support, episodes, activities)


def list_statement(place_id: uuid.UUID | None, text_: str) -> Select:
    """One statement for the list, with support, activities and time aggregated per initiative
    in subqueries (no query per row)."""
    support = (select(InitiativeSupport.initiative_id, func.count().label("n"),
                      func.sum(InitiativeSupport.amount_granted).label("granted"),
                      func.sum(InitiativeSupport.amount_paid).label("paid"))
               .where(InitiativeSupport.deleted_at.is_(None))
               .group_by(InitiativeSupport.initiative_id).subquery())
    activities = (select(Activity.initiative_id, func.count().label("n"))
                  .where(Activity.deleted_at.is_(None), Activity.initiative_id.is_not(None))
                  .group_by(Activity.initiative_id).subquery())
    time = minutes_per(ProfessionalTime.initiative_id)
    since = (select(InitiativeStatusChange.initiative_id,
                    func.max(InitiativeStatusChange.changed_on).label("on"))
             .where(InitiativeStatusChange.deleted_at.is_(None))
             .group_by(InitiativeStatusChange.initiative_id).subquery())
    stmt = (
        select(Initiative.id, Initiative.title, Place.name.label("place"), Initiative.status,
               Initiative.started_on,
               func.coalesce(since.c.on, Initiative.started_on).label("status_since"),
               func.coalesce(support.c.n, 0).label("support_items"),
               func.coalesce(support.c.granted, 0).label("granted"),
               func.coalesce(support.c.paid, 0).label("paid"),
               func.coalesce(activities.c.n, 0).label("activities"),
               func.coalesce(time.c.m, 0).label("minutes"))
        .join(Place, Place.id == Initiative.place_id)
        .outerjoin(support, support.c.initiative_id == Initiative.id)
        .outerjoin(activities, activities.c.initiative_id == Initiative.id)
        .outerjoin(time, time.c.key == Initiative.id)
        .outerjoin(since, since.c.initiative_id == Initiative.id)
        .where(Initiative.deleted_at.is_(None))
        .order_by(Initiative.started_on.desc(), Initiative.id.desc())
    )
    if place_id is not None:
        stmt = stmt.where(in_area(Initiative.place_id, place_id))
    pattern = like_words(text_)
    if pattern is not None:
        stmt = stmt.where(func.lower(Initiative.title).like(pattern, escape="\\"))
    return stmt


def _row(r) -> InitiativeRow:  # type: ignore[no-untyped-def]
    return InitiativeRow(r.id, r.title, r.place, InitiativeStatus(r.status), r.started_on,
                         r.status_since, r.support_items, r.granted, r.paid, r.activities,
                         r.minutes)
