"""Collective activities per wijk or buurt: sessions with attendance, professional time, and the
residents who take part, often after a referral from their individual support (toeleiding).

Participants' names are personal data: an activity shows them only for residents whose consent
of scope ConsentScope.COLLECTIVE_NAMES is in force, and every name shown is an audited access to
that resident. Everyone else is only counted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.collective import check_attendance, check_period, count
from wijkdesk.domain.roles import Permission
from wijkdesk.domain.support import (
    DESCRIPTION_LIMIT,
    NOTE_LIMIT,
    ConsentScope,
    ReferralStatus,
    not_future,
    ordered,
    text,
)
from wijkdesk.errors import Conflict, NotFound, ValidationError
from wijkdesk.services.collective_time import (
    TimeLogging,
    check_area,
    in_area,
    like_words,
    live_activity,
    live_initiative,
    minutes_per,
)
from wijkdesk.services.residents import display_name, live_resident
from wijkdesk.services.support import live_request
from wijkdesk.store.models import (
    Activity,
    ActivitySession,
    Consent,
    Initiative,
    Participation,
    Place,
    Professional,
    ProfessionalTime,
    ProfessionalType,
    Referral,
    Resident,
)

RECORD_TYPE = "activity"
SESSION_RECORD_TYPE = "activity_session"
PARTICIPATION_RECORD_TYPE = "participation"
MAX_SESSION_COUNT = 100_000  # people at one session; more is a typing error
MAX_VOLUNTEER_MINUTES = 100_000 * 24 * 60


@dataclass(frozen=True)
class ActivityData:
    title: str
    place_id: uuid.UUID
    starts_on: date
    ends_on: date | None = None
    theme: str = ""
    goal: str = ""
    organiser: str = ""
    initiative_id: uuid.UUID | None = None

    def validated(self) -> ActivityData:
        if not isinstance(self.starts_on, date):
            raise ValidationError("An activity needs a start date.")
        not_future(self.starts_on, "start date", date.max)  # only the 1900 floor applies
        check_period(self.starts_on, self.ends_on)
        return ActivityData(text(self.title, "title", 160, required=True), self.place_id,
                            self.starts_on, self.ends_on, text(self.theme, "theme", 80),
                            text(self.goal, "goal", DESCRIPTION_LIMIT),
                            text(self.organiser, "organiser", 160), self.initiative_id)


DATA_FIELDS = ("title", "place_id", "starts_on", "ends_on", "theme", "goal", "organiser",
               "initiative_id")


@dataclass(frozen=True)
class SessionData:
    held_on: date
    attendance: int
    new_participants: int = 0
    referred_participants: int = 0
    volunteers: int = 0
    volunteer_minutes: int = 0

    def validated(self, today: date) -> SessionData:
        not_future(self.held_on, "session date", today)
        check_attendance(self.attendance, self.new_participants, self.referred_participants)
        count(self.volunteers, "volunteers")
        count(self.volunteer_minutes, "volunteer minutes")
        if (max(self.attendance, self.volunteers) > MAX_SESSION_COUNT
                or self.volunteer_minutes > MAX_VOLUNTEER_MINUTES):
            raise ValidationError("That number is too large for one session.")
        return self


@dataclass(frozen=True)
class ReferralResult:
    referral_id: uuid.UUID
    participation_id: uuid.UUID


@dataclass(frozen=True)
class ParticipantsView:
    activity_id: uuid.UUID
    on: date
    count: int  # residents taking part on that date (erased residents never counted)
    referred: int  # of them, how many came through a referral
    unnamed: int  # of them, how many have no consent to show their name
    names: tuple[str, ...]  # "family, given" of the others, in name order


@dataclass(frozen=True)
class ParticipationView:
    id: uuid.UUID
    activity_id: uuid.UUID
    activity_title: str
    place: str
    since: date
    until: date | None  # the last day of taking part; None while it goes on
    via_referral: bool


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    title: str
    theme: str
    place: str
    starts_on: date
    ends_on: date | None
    sessions: int
    attendance: int
    referred_attendance: int
    professional_minutes: int


@dataclass(frozen=True)
class SessionView:
    id: uuid.UUID
    held_on: date
    attendance: int
    new_participants: int
    referred_participants: int
    volunteers: int
    volunteer_minutes: int


@dataclass(frozen=True)
class MinutesBy:
    """Professional minutes summed by a key: a professional type code, or a professional."""

    key: str
    minutes: int


@dataclass(frozen=True)
class ActivityView:
    id: uuid.UUID
    data: ActivityData
    place: str
    initiative_title: str | None
    sessions: tuple[SessionView, ...]  # newest first
    minutes_by_type: tuple[MinutesBy, ...]  # ProfessionalType.code, largest first
    minutes_by_professional: tuple[MinutesBy, ...]  # professional's name, largest first

    @property
    def professional_minutes(self) -> int:
        return sum(m.minutes for m in self.minutes_by_type)


def _taking_part_on(day: date):  # type: ignore[no-untyped-def]
    return and_(Participation.deleted_at.is_(None), Participation.since <= day,
                or_(Participation.until.is_(None), Participation.until >= day))


def names_allowed_on(day: date, today: date | None = None):  # type: ignore[no-untyped-def]
    """True for a participation row whose resident's name may be shown for day: a consent of
    scope collective_names given by then, not withdrawn, and in force both on day and today.
    The name is shown now, so a withdrawal or an expiry ends it for every date looked at."""
    today = today or date.today()
    return exists().where(
        Consent.resident_id == Participation.resident_id,
        Consent.deleted_at.is_(None),
        Consent.scope == ConsentScope.COLLECTIVE_NAMES.value,
        Consent.given_on <= day,
        Consent.withdrawn_on.is_(None),
        or_(Consent.valid_until.is_(None), Consent.valid_until >= max(day, today)),
    )


def _check_initiative(session: Session, initiative_id: uuid.UUID | None) -> None:
    if initiative_id is not None:
        live_initiative(session, initiative_id)


def _open_participation(session: Session, resident_id: uuid.UUID, activity_id: uuid.UUID,
                        since: date) -> bool:
    """Whether the resident already takes part on or after since."""
    return bool(session.scalar(select(exists().where(
        Participation.resident_id == resident_id, Participation.activity_id == activity_id,
        Participation.deleted_at.is_(None),
        or_(Participation.until.is_(None), Participation.until >= since)))))


def _check_joinable(activity: Activity, since: date) -> None:
    if activity.ends_on is not None and since > activity.ends_on:
        raise ValidationError("This activity has ended.")
    if since < activity.starts_on:
        raise ValidationError("Taking part cannot begin before the activity starts.")


class ActivityService(TimeLogging):
    # Writing ---------------------------------------------------------------------------------

    def create(self, data: ActivityData) -> uuid.UUID:
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        data = data.validated()
        with self._write() as tx:
            s = tx.session
            check_area(s, data.place_id)
            _check_initiative(s, data.initiative_id)
            row = Activity(**{f: getattr(data, f) for f in DATA_FIELDS},
                           updated_by=self.actor_id)
            s.add(row)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type=RECORD_TYPE, record_id=row.id,
                     fields=[f for f in DATA_FIELDS if getattr(data, f) not in (None, "")])
            return row.id

    def update(self, activity_id: uuid.UUID, data: ActivityData) -> None:
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        data = data.validated()
        with self._write() as tx:
            s = tx.session
            row = live_activity(s, activity_id)
            check_area(s, data.place_id)
            _check_initiative(s, data.initiative_id)
            first, last = s.execute(select(func.min(ActivitySession.held_on),
                                           func.max(ActivitySession.held_on)).where(
                ActivitySession.activity_id == row.id,
                ActivitySession.deleted_at.is_(None))).one()
            if first is not None and (first < data.starts_on or (
                    data.ends_on is not None and last > data.ends_on)):
                raise ValidationError("Sessions already recorded fall outside this period.")
            changed = [f for f in DATA_FIELDS if getattr(row, f) != getattr(data, f)]
            for name in changed:
                setattr(row, name, getattr(data, name))
            if changed:
                row.updated_by = self.actor_id
                tx.audit(AuditEvent.UPDATE, record_type=RECORD_TYPE, record_id=row.id,
                         fields=changed)

    def add_session(self, activity_id: uuid.UUID, data: SessionData) -> uuid.UUID:
        self._require(Permission.WRITE_RECORDS, record_type=SESSION_RECORD_TYPE)
        data = data.validated(date.today())
        with self._write() as tx:
            s = tx.session
            activity = live_activity(s, activity_id)
            if data.held_on < activity.starts_on or (
                    activity.ends_on is not None and data.held_on > activity.ends_on):
                raise ValidationError("A session falls within the activity's period.")
            row = ActivitySession(activity_id=activity.id, held_on=data.held_on,
                                  attendance=data.attendance,
                                  new_participants=data.new_participants,
                                  referred_participants=data.referred_participants,
                                  volunteers=data.volunteers,
                                  volunteer_minutes=data.volunteer_minutes,
                                  updated_by=self.actor_id)
            s.add(row)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type=SESSION_RECORD_TYPE, record_id=row.id,
                     fields=("held_on", "attendance", "new_participants",
                             "referred_participants", "volunteers", "volunteer_minutes"),
                     detail=f"activity {activity.id}")
            return row.id

    def refer(self, resident_id: uuid.UUID, activity_id: uuid.UUID, referred_on: date,
              request_id: uuid.UUID | None = None, note: str = "") -> ReferralResult:
        """Toeleiding: the resident is referred to the activity and takes part from
        referred_on. The referral is recorded as accepted, because the participation starts
        with it; a referral that is only proposed goes through ConsentService.refer."""
        self._require(Permission.WRITE_RECORDS, record_type=PARTICIPATION_RECORD_TYPE)
        not_future(referred_on, "date of referral", date.today())
        note = text(note, "note", NOTE_LIMIT)
        with self._write() as tx:
            s = tx.session
            resident = live_resident(s, resident_id)
            activity = live_activity(s, activity_id)
            _check_joinable(activity, referred_on)
            if request_id is not None and live_request(s, request_id).resident_id != resident.id:
                raise ValidationError("That request belongs to another resident.")
            if _open_participation(s, resident.id, activity.id, referred_on):
                raise Conflict("This resident already takes part in this activity.")
            referral = Referral(resident_id=resident.id, request_id=request_id,
                                organisation="", activity_id=activity.id,
                                referred_on=referred_on, status=ReferralStatus.ACCEPTED.value,
                                note=note, updated_by=self.actor_id)
            s.add(referral)
            s.flush()
            participation = Participation(resident_id=resident.id, activity_id=activity.id,
                                          referral_id=referral.id, since=referred_on,
                                          updated_by=self.actor_id)
            s.add(participation)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type="referral", record_id=referral.id,
                     client_id=resident.id,
                     fields=[f for f in ("activity_id", "request_id", "referred_on", "status",
                                         "note") if getattr(referral, f)])
            tx.audit(AuditEvent.CREATE, record_type=PARTICIPATION_RECORD_TYPE,
                     record_id=participation.id, client_id=resident.id,
                     fields=("activity_id", "referral_id", "since"))
            return ReferralResult(referral.id, participation.id)

    def join(self, resident_id: uuid.UUID, activity_id: uuid.UUID, since: date) -> uuid.UUID:
        """The resident takes part without a referral (came on their own)."""
        self._require(Permission.WRITE_RECORDS, record_type=PARTICIPATION_RECORD_TYPE)
        not_future(since, "start of taking part", date.today())
        with self._write() as tx:
            s = tx.session
            resident = live_resident(s, resident_id)
            activity = live_activity(s, activity_id)
            _check_joinable(activity, since)
            if _open_participation(s, resident.id, activity.id, since):
                raise Conflict("This resident already takes part in this activity.")
            row = Participation(resident_id=resident.id, activity_id=activity.id, since=since,
                                updated_by=self.actor_id)
            s.add(row)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type=PARTICIPATION_RECORD_TYPE, record_id=row.id,
                     client_id=resident.id, fields=("activity_id", "since"))
            return row.id

    def leave(self, participation_id: uuid.UUID, until: date) -> None:
        """until is the last day the resident takes part."""
        self._require(Permission.WRITE_RECORDS, record_type=PARTICIPATION_RECORD_TYPE)
        not_future(until, "end of taking part", date.today())
        with self._write() as tx:
            row = tx.session.get(Participation, participation_id)
            if row is None or row.deleted_at is not None:
                raise NotFound("This participation does not exist.")
            if row.until is not None:
                raise Conflict("This resident stopped taking part already.")
            ordered(row.since, until, "Taking part cannot end before it began.")
            row.until, row.updated_by = until, self.actor_id
            tx.audit(AuditEvent.UPDATE, record_type=PARTICIPATION_RECORD_TYPE,
                     record_id=row.id, client_id=row.resident_id, fields=("until",))

    # Reading ---------------------------------------------------------------------------------

    def participants(self, activity_id: uuid.UUID, on: date | None = None) -> ParticipantsView:
        """Who takes part on a date (today by default): counted, and named where consent
        allows; each name shown is a read of that resident, audited in the same call."""
        self._require(Permission.READ_RECORDS, record_type=PARTICIPATION_RECORD_TYPE)
        day = on or date.today()
        with self._write() as tx:
            s = tx.session
            live_activity(s, activity_id)
            named = names_allowed_on(day).label("named")
            rows = s.execute(
                select(Participation.resident_id,
                       func.max(Participation.referral_id.is_not(None)).label("referred"),
                       func.max(named).label("named"),
                       Resident.family_name, Resident.given_name, Resident.sort_name)
                .join(Resident, Resident.id == Participation.resident_id)
                .where(Participation.activity_id == activity_id, _taking_part_on(day),
                       Resident.deleted_at.is_(None))
                .group_by(Participation.resident_id, Resident.family_name, Resident.given_name,
                          Resident.sort_name)
                .order_by(Resident.sort_name, Participation.resident_id)
            ).all()
            shown = [r for r in rows if r.named]
            for r in shown:
                tx.audit(AuditEvent.READ, record_type="resident", record_id=r.resident_id,
                         client_id=r.resident_id, fields=("family_name", "given_name"),
                         detail=f"participant of activity {activity_id}")
            return ParticipantsView(activity_id, day, len(rows),
                                    sum(1 for r in rows if r.referred),
                                    len(rows) - len(shown),
                                    tuple(display_name(r.family_name, r.given_name)
                                          for r in shown))

    def for_resident(self, resident_id: uuid.UUID) -> list[ParticipationView]:
        """The resident's collective participation, for their file (an audited read)."""
        self._require(Permission.READ_RECORDS, record_type=PARTICIPATION_RECORD_TYPE)
        with self._write() as tx:
            resident = live_resident(tx.session, resident_id)
            views = participations_of(tx.session, resident.id)
            tx.audit(AuditEvent.READ, record_type=PARTICIPATION_RECORD_TYPE,
                     client_id=resident.id, detail=f"{len(views)} participations")
            return views

    def list(self, place_id: uuid.UUID | None = None, text: str = "") -> list[ActivityRow]:
        """Activities, latest start first; in a wijk also those of its buurten."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        with self._read() as s:
            return [_row(r) for r in s.execute(list_statement(place_id, text))]

    def search(self, text: str, limit: int = 8) -> list[ActivityRow]:
        """The best few activities for the global search, by title or theme."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        if like_words(text) is None:
            return []
        with self._read() as s:
            return [_row(r) for r in s.execute(list_statement(None, text).limit(limit))]

    def detail(self, activity_id: uuid.UUID) -> ActivityView:
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        with self._read() as s:
            row = live_activity(s, activity_id)
            place = s.get(Place, row.place_id)
            initiative = s.get(Initiative, row.initiative_id) if row.initiative_id else None
            sessions = tuple(
                SessionView(x.id, x.held_on, x.attendance, x.new_participants,
                            x.referred_participants, x.volunteers, x.volunteer_minutes)
                for x in s.scalars(select(ActivitySession).where(
                    ActivitySession.activity_id == row.id,
                    ActivitySession.deleted_at.is_(None))
                    .order_by(ActivitySession.held_on.desc(), ActivitySession.id.desc())))
            return ActivityView(
                row.id, ActivityData(**{f: getattr(row, f) for f in DATA_FIELDS}),
                place.name if place else "",
                initiative.title if initiative and initiative.deleted_at is None else None,
                sessions,
                _minutes_by(s, row.id, ProfessionalType.code),
                _minutes_by(s, row.id, Professional.name))


def _minutes_by(s: Session, activity_id: uuid.UUID, key) -> tuple[MinutesBy, ...]:  # type: ignore[no-untyped-def]
    total = func.sum(ProfessionalTime.minutes)
    rows = s.execute(
        select(key.label("key"), total.label("minutes"))
        .select_from(ProfessionalTime)
        .join(Professional, Professional.id == ProfessionalTime.professional_id)
        .join(ProfessionalType, ProfessionalType.id == Professional.professional_type_id)
        .where(ProfessionalTime.activity_id == activity_id,
               ProfessionalTime.deleted_at.is_(None))
        .group_by(key).order_by(total.desc(), key))
    return tuple(MinutesBy(r.key, r.minutes) for r in rows)


def list_statement(place_id: uuid.UUID | None, text_: str) -> Select:
    """One statement for the list: sessions and time are aggregated per activity in
    subqueries and joined once (no query per row)."""
    sessions = (select(ActivitySession.activity_id,
                       func.count().label("n"),
                       func.sum(ActivitySession.attendance).label("attendance"),
                       func.sum(ActivitySession.referred_participants).label("referred"))
                .where(ActivitySession.deleted_at.is_(None))
                .group_by(ActivitySession.activity_id).subquery())
    time = minutes_per(ProfessionalTime.activity_id)
    stmt = (
        select(Activity.id, Activity.title, Activity.theme, Place.name.label("place"),
               Activity.starts_on, Activity.ends_on,
               func.coalesce(sessions.c.n, 0).label("sessions"),
               func.coalesce(sessions.c.attendance, 0).label("attendance"),
               func.coalesce(sessions.c.referred, 0).label("referred"),
               func.coalesce(time.c.m, 0).label("minutes"))
        .join(Place, Place.id == Activity.place_id)
        .outerjoin(sessions, sessions.c.activity_id == Activity.id)
        .outerjoin(time, time.c.key == Activity.id)
        .where(Activity.deleted_at.is_(None))
        .order_by(Activity.starts_on.desc(), Activity.id.desc())
    )
    if place_id is not None:
        stmt = stmt.where(in_area(Activity.place_id, place_id))
    pattern = like_words(text_)
    if pattern is not None:
        stmt = stmt.where(or_(func.lower(Activity.title).like(pattern, escape="\\"),
                              func.lower(Activity.theme).like(pattern, escape="\\")))
    return stmt


def _row(r) -> ActivityRow:  # type: ignore[no-untyped-def]
    return ActivityRow(r.id, r.title, r.theme, r.place, r.starts_on, r.ends_on, r.sessions,
                       r.attendance, r.referred, r.minutes)


def participations_of(s: Session, resident_id: uuid.UUID) -> list[ParticipationView]:
    """A resident's participation in activities, newest first (the caller audits the read)."""
    rows = s.execute(
        select(Participation.id, Participation.activity_id, Participation.since,
               Participation.until, Participation.referral_id, Activity.title,
               Place.name.label("place"))
        .join(Activity, Activity.id == Participation.activity_id)
        .join(Place, Place.id == Activity.place_id)
        .where(Participation.resident_id == resident_id,
               Participation.deleted_at.is_(None), Activity.deleted_at.is_(None))
        .order_by(Participation.since.desc(), Participation.id.desc())
    ).all()
    return [ParticipationView(r.id, r.activity_id, r.title, r.place, r.since, r.until,
                              r.referral_id is not None) for r in rows]
