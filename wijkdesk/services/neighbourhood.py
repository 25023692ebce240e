"""The neighbourhood view: individual caseload beside collective work, for a buurt, wijk or
gemeente, and the hours professionals spent on each kind of work per month.

Every figure is an aggregate computed in SQL: a handful of grouped queries whose result size
depends on the number of months, life domains and professional types, never on the number of
residents, contacts or sessions. The view shows counts only, so it is not audited as access to
client records (nothing identifies a resident).

Where a figure belongs is decided by place: a resident's neighbourhood_id for residents, help
questions and contacts (so contacts of residents of another buurt do not count here, whoever
recorded them); an activity's or initiative's place_id for collective work. A wijk includes
its buurten and a gemeente everything below it. Erased residents no longer count as residents
(nor their participations), but their contacts stay counted: erasure keeps date, minutes and
professional precisely because they are the team's work.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Row, Select, and_, case, extract, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from wijkdesk.domain.collective import InitiativeStatus
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.roles import Permission
from wijkdesk.domain.support import LifeDomain, RequestStatus
from wijkdesk.errors import NotFound, ValidationError
from wijkdesk.services.base import Service
from wijkdesk.store.models import (
    Activity,
    ActivitySession,
    ContactMonth,
    Initiative,
    Participation,
    Place,
    Professional,
    ProfessionalTime,
    ProfessionalType,
    Resident,
    SupportRequest,
)

RECORD_TYPE = "neighbourhood"
_UNCLOSED = (RequestStatus.OPEN.value, RequestStatus.ACTIVE.value)


@dataclass(frozen=True)
class PlaceChoice:
    id: uuid.UUID
    level: PlaceLevel
    code: str
    name: str
    parent_name: str | None


@dataclass(frozen=True)
class Caseload:
    residents: int  # living in the area, not erased
    residents_with_request: int  # with an open or active help question
    open_requests: int
    active_requests: int
    by_domain: dict[str, int]  # open + active per life domain, every domain (LifeDomain order)
    contacts: int  # in the period
    contact_minutes: int


@dataclass(frozen=True)
class CollectiveFigures:
    activities: int  # running at some time in the period
    sessions: int  # held in the period
    attendance: int  # summed over those sessions
    new_participants: int
    referred_participants: int
    volunteers: int  # summed over sessions: one volunteer at two sessions counts twice
    volunteer_minutes: int
    participants: int  # participations running on the period's reference day
    participants_referred: int  # of those, through a referral (toeleiding)
    initiatives: dict[str, int]  # started by the period's end, per current status (every one)


@dataclass(frozen=True)
class HoursRow:
    month: str  # 'YYYY-MM'
    type_code: str
    type_name: str
    individual_minutes: int  # contacts with residents of the area
    collective_minutes: int  # time on activities and initiatives of the area


@dataclass(frozen=True)
class NeighbourhoodView:
    place: PlaceChoice
    first_day: date  # the period, both ends included
    last_day: date
    reference_day: date  # "current" participations are those running on this day
    caseload: Caseload
    collective: CollectiveFigures
    hours: list[HoursRow]  # every month of the period x every professional type, sorted


def period(year: int | None, today: date) -> tuple[date, date]:
    """A calendar year, or the last twelve whole months up to and including today's month."""
    if year is not None:
        if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 9999:
            raise ValidationError("Choose a year to show.")
        return date(year, 1, 1), date(year, 12, 31)
    months = today.year * 12 + today.month - 1 - 11
    return date(months // 12, months % 12 + 1, 1), today


def months_of(first: date, last: date) -> list[str]:
    out = []
    m = first.year * 12 + first.month - 1
    while m <= last.year * 12 + last.month - 1:
        out.append(f"{m // 12:04d}-{m % 12 + 1:02d}")
        m += 1
    return out


@dataclass(frozen=True)
class Statements:
    """The view's queries for one area and period (the benchmark runs the same ones raw)."""

    residents: Select
    requests: Select
    residents_with_request: Select
    contacts: Select
    activities: Select
    sessions: Select
    participants: Select
    initiatives: Select
    collective_time: Select
    types: Select

    def all(self) -> list[Select]:
        return [self.residents, self.requests, self.residents_with_request, self.contacts,
                self.activities, self.sessions, self.participants, self.initiatives,
                self.collective_time, self.types]


def _month_key(column):  # noqa: ANN001, ANN202 - a SQL expression: year * 100 + month
    return extract("year", column) * 100 + extract("month", column)


def statements(area: Sequence[uuid.UUID], first: date, last: date,
               reference: date) -> Statements:
    """The aggregate queries for the places in area (ids) and the period first..last."""
    area = list(area)
    live_resident = and_(Resident.neighbourhood_id.in_(area), Resident.deleted_at.is_(None))
    unclosed = and_(SupportRequest.status.in_(_UNCLOSED), SupportRequest.deleted_at.is_(None))
    in_area_requests = (select(SupportRequest.status, SupportRequest.life_domain,
                               func.count().label("n"))
                        .join(Resident, Resident.id == SupportRequest.resident_id)
                        .where(live_resident, unclosed)
                        .group_by(SupportRequest.status, SupportRequest.life_domain))
    with_request = (select(func.count(func.distinct(SupportRequest.resident_id)))
                    .join(Resident, Resident.id == SupportRequest.resident_id)
                    .where(live_resident, unclosed))
    # Contacts count by the resident's buurt; erased residents' contacts stay (see the module).
    # They come from the monthly rollup the triggers keep (a wijk holds a quarter of a million
    # contacts); the period starts on the first of a month and no contact lies in the future,
    # so whole months are exact. Professionals are mapped to their types afterwards.
    contacts = (select(ContactMonth.month, ContactMonth.professional_key,
                       func.sum(ContactMonth.contacts).label("n"),
                       func.sum(ContactMonth.minutes).label("minutes"))
                .where(ContactMonth.neighbourhood_key.in_([a.hex for a in area]),
                       ContactMonth.month >= first.year * 100 + first.month,
                       ContactMonth.month <= last.year * 100 + last.month)
                .group_by(ContactMonth.month, ContactMonth.professional_key))
    running = and_(Activity.place_id.in_(area), Activity.deleted_at.is_(None),
                   Activity.starts_on <= last,
                   or_(Activity.ends_on.is_(None), Activity.ends_on >= first))
    activities = select(func.count()).select_from(Activity).where(running)
    live_activity = and_(Activity.place_id.in_(area), Activity.deleted_at.is_(None))
    sessions = (select(func.count(), func.coalesce(func.sum(ActivitySession.attendance), 0),
                       func.coalesce(func.sum(ActivitySession.new_participants), 0),
                       func.coalesce(func.sum(ActivitySession.referred_participants), 0),
                       func.coalesce(func.sum(ActivitySession.volunteers), 0),
                       func.coalesce(func.sum(ActivitySession.volunteer_minutes), 0))
                .select_from(Activity)
                .join(ActivitySession, ActivitySession.activity_id == Activity.id)
                .where(live_activity, ActivitySession.deleted_at.is_(None),
                       ActivitySession.held_on >= first, ActivitySession.held_on <= last))
    participant = aliased(Resident)
    participants = (select(func.count(), func.coalesce(func.sum(
                        case((Participation.referral_id.is_not(None), 1), else_=0)), 0))
                    .select_from(Activity)
                    .join(Participation, Participation.activity_id == Activity.id)
                    .join(participant, participant.id == Participation.resident_id)
                    .where(live_activity, Participation.deleted_at.is_(None),
                           participant.deleted_at.is_(None), Participation.since <= reference,
                           or_(Participation.until.is_(None), Participation.until >= reference)))
    initiatives = (select(Initiative.status, func.count())
                   .where(Initiative.place_id.in_(area), Initiative.deleted_at.is_(None),
                          Initiative.started_on <= last)
                   .group_by(Initiative.status))
    # Time on an initiative that grew into an activity is one row with both ids: OR counts it
    # once.
    area_activities = select(Activity.id).where(live_activity)
    area_initiatives = select(Initiative.id).where(Initiative.place_id.in_(area),
                                                   Initiative.deleted_at.is_(None))
    worked = _month_key(ProfessionalTime.worked_on)
    collective_time = (select(worked.label("month"), ProfessionalTime.professional_id,
                              func.sum(ProfessionalTime.minutes))
                       .where(ProfessionalTime.deleted_at.is_(None),
                              ProfessionalTime.worked_on >= first,
                              ProfessionalTime.worked_on <= last,
                              or_(ProfessionalTime.activity_id.in_(area_activities),
                                  ProfessionalTime.initiative_id.in_(area_initiatives)))
                       .group_by(worked, ProfessionalTime.professional_id))
    # every professional, also one who left: their past work still counts for their type
    types = (select(ProfessionalType.code, ProfessionalType.name, Professional.id)
             .outerjoin(Professional,
                        Professional.professional_type_id == ProfessionalType.id)
             .where(ProfessionalType.deleted_at.is_(None)).order_by(ProfessionalType.code))
    residents = select(func.count()).select_from(Resident).where(live_resident)
    return Statements(residents, in_area_requests, with_request, contacts, activities, sessions,
                      participants, initiatives, collective_time, types)


def area_of(session: Session, place_id: uuid.UUID) -> tuple[PlaceChoice, list[uuid.UUID]]:
    """The place and the ids of it and every live place below it (two levels at most)."""
    parent = aliased(Place)
    found = session.execute(
        select(Place, parent.name).outerjoin(parent, parent.id == Place.parent_id)
        .where(Place.id == place_id, Place.deleted_at.is_(None))).first()
    if found is None:
        raise NotFound("This area does not exist.")
    place, parent_name = found
    children = select(Place.id).where(Place.parent_id == place_id, Place.deleted_at.is_(None))
    below = list(session.scalars(
        select(Place.id).where(Place.deleted_at.is_(None),
                               or_(Place.parent_id == place_id, Place.parent_id.in_(children)))))
    return (PlaceChoice(place.id, PlaceLevel(place.level), place.code, place.name, parent_name),
            [place.id, *below])


class NeighbourhoodService(Service):
    def view(self, place_id: uuid.UUID, *, year: int | None = None,
             today: date | None = None) -> NeighbourhoodView:
        """The figures of a buurt, wijk or gemeente for a calendar year, or (year None) the last
        twelve months."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        today = today or date.today()
        first, last = period(year, today)
        reference = min(last, today)
        with self._read() as s:
            place, area = area_of(s, place_id)
            q = statements(area, first, last, reference)
            contacts = _contact_rows(s, q)  # read once: totals and the chart
            caseload = self._caseload(s, q, contacts)
            collective = self._collective(s, q)
            hours = self._hours(s, q, contacts, months_of(first, last))
        return NeighbourhoodView(place, first, last, reference, caseload, collective, hours)

    def hours(self, place_id: uuid.UUID, *, today: date | None = None) -> list[HoursRow]:
        """Only the chart's rows of view() for the last twelve months: the professionals' hours
        per type and month, individual against collective (what the role map compares)."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        today = today or date.today()
        first, last = period(None, today)
        with self._read() as s:
            _place, area = area_of(s, place_id)
            q = statements(area, first, last, min(last, today))
            return self._hours(s, q, _contact_rows(s, q), months_of(first, last))

    def places_for_view(self) -> list[PlaceChoice]:
        """Every live place for the picker: the gemeente, then each wijk followed by its
        buurten (CBS codes nest by their digits, so ordering by the digits does it)."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        parent = aliased(Place)
        with self._read() as s:
            rows = s.execute(
                select(Place.id, Place.level, Place.code, Place.name, parent.name)
                .outerjoin(parent, parent.id == Place.parent_id)
                .where(Place.deleted_at.is_(None))
                .order_by(func.substr(Place.code, literal(3)), Place.code))
            return [PlaceChoice(i, PlaceLevel(level), code, name, parent_name)
                    for i, level, code, name, parent_name in rows]

    @staticmethod
    def _caseload(s: Session, q: Statements, contacts_rows: Sequence[Row]) -> Caseload:
        by_domain = dict.fromkeys((d.value for d in LifeDomain), 0)
        by_status = dict.fromkeys(_UNCLOSED, 0)
        for status, domain, n in s.execute(q.requests):
            by_domain[domain] = by_domain.get(domain, 0) + n
            by_status[status] += n
        contacts = minutes = 0
        for _month, _type, n, m in contacts_rows:
            contacts += n
            minutes += m or 0
        return Caseload(
            residents=s.scalar(q.residents) or 0,
            residents_with_request=s.scalar(q.residents_with_request) or 0,
            open_requests=by_status[RequestStatus.OPEN.value],
            active_requests=by_status[RequestStatus.ACTIVE.value],
            by_domain=by_domain, contacts=contacts, contact_minutes=minutes)

    @staticmethod
    def _collective(s: Session, q: Statements) -> CollectiveFigures:
        sessions, attendance, new, referred, volunteers, volunteer_minutes = s.execute(
            q.sessions).one()
        participants, via_referral = s.execute(q.participants).one()
        initiatives = dict.fromkeys((st.value for st in InitiativeStatus), 0)
        for status, n in s.execute(q.initiatives):
            initiatives[status] = initiatives.get(status, 0) + n
        return CollectiveFigures(
            activities=s.scalar(q.activities) or 0, sessions=sessions, attendance=attendance,
            new_participants=new, referred_participants=referred, volunteers=volunteers,
            volunteer_minutes=volunteer_minutes, participants=participants,
            participants_referred=via_referral, initiatives=initiatives)

    @staticmethod
    def _hours(s: Session, q: Statements, contacts_rows: Sequence[Row],
               months: list[str]) -> list[HoursRow]:
        names: dict[str, str] = {}
        type_of: dict[uuid.UUID, str] = {}
        for code, name, professional_id in s.execute(q.types):
            names[code] = name
            if professional_id is not None:
                type_of[professional_id] = code
        # a contact without a professional has no type to chart (it counts in the caseload)
        individual = _by_type(((m, p, minutes) for m, p, _n, minutes in contacts_rows),
                              type_of)
        collective = _by_type(s.execute(q.collective_time), type_of)
        return [HoursRow(month, code, name, individual.get((month, code), 0),
                         collective.get((month, code), 0))
                for month in months for code, name in names.items()]


def _contact_rows(s: Session, q: Statements) -> list[tuple]:
    """(month key, professional id, contacts, minutes): the rollup keys professionals by id."""
    return [(month, uuid.UUID(key) if key else None, n, minutes)
            for month, key, n, minutes in s.execute(q.contacts)]


def _by_type(rows: Iterable[tuple[int, uuid.UUID | None, int | None]],
             type_of: dict[uuid.UUID, str]) -> dict[tuple[str, str], int]:
    """Minutes per (month, type code) from minutes per (month key, professional): as many
    rows as months times the team's professionals, whatever the number of contacts."""
    out: dict[tuple[str, str], int] = {}
    for month, professional_id, minutes in rows:
        code = type_of.get(professional_id) if professional_id is not None else None
        if code is not None:
            key = (_month_label(month), code)
            out[key] = out.get(key, 0) + (minutes or 0)
    return out


def _month_label(key: int) -> str:
    return f"{int(key) // 100:04d}-{int(key) % 100:02d}"
