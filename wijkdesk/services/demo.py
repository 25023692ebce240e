"""A synthetic neighbourhood (Faker nl_NL) so that a newcomer sees a living wijkteam at once.

Everything here is invented: names, addresses and phone numbers come from Faker, the gemeente is
fictitious but carries a real-format CBS code, the organisations carry "Demostad" in their names.

Two sizes. The neighbourhood (`households=`, 300 by default) is audited as the services would
audit it: one entry per household, resident and support record. The city (`residents=`, say
50,000 with 20 contacts each) is for trying the app at scale and for the benchmarks: one summary
entry per record type, with the count in its detail. Contacts are summarised in both sizes, as a
neighbourhood of 300 households already holds a few hundred of them.

Faker costs tens of microseconds a call, too slow for a million rows: names, streets and phone
numbers are drawn once into pools and combined by one seeded random.Random, so the same seed
gives the same neighbourhood. Rows go in through Core insert() in chunks, in one transaction.
"""

from __future__ import annotations

import itertools
import random
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from faker import Faker
from sqlalchemy import Table, insert, select

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.ids import uuid7
from wijkdesk.domain.places import PlaceLevel, child_code
from wijkdesk.domain.professionals import SEEDED_TYPES
from wijkdesk.domain.residents import age_on, sort_name
from wijkdesk.domain.roles import Permission, Role
from wijkdesk.domain.support import (
    CareKind,
    GoalStatus,
    LegalBasis,
    LifeDomain,
    ReferralStatus,
    RequestStatus,
    ScoreMoment,
)
from wijkdesk.errors import Conflict, ValidationError
from wijkdesk.services import demo_texts as texts
from wijkdesk.services.base import Progress, Service, Tx, reporting
from wijkdesk.services.demo_collective import CLIENT_RECORDS, Candidate, add_collective
from wijkdesk.services.demo_collective import TABLES as COLLECTIVE_TABLES
from wijkdesk.services.professionals import ProfessionalService
from wijkdesk.services.profiles import NewProfile, ProfileService
from wijkdesk.store.models import (
    Consent,
    Contact,
    DomainScore,
    Household,
    Place,
    PlanGoal,
    Professional,
    ProfessionalType,
    Referral,
    Resident,
    SupportPlan,
    SupportRequest,
)
from wijkdesk.store.search import next_search_keys
from wijkdesk.store.types import utcnow

DEMO_MUNICIPALITY = ("GM1999", "Demostad")  # real format, no real gemeente has this code
DISTRICTS = ("Centrum", "Noord", "Oost", "Zuid-West")
NEIGHBOURHOODS = {
    "Centrum": ("Binnenstad", "Stationskwartier", "Havenbuurt"),
    "Noord": ("Bloemenwijk", "Molenbuurt", "Vogelaar"),
    "Oost": ("Parkzicht", "Oude Dorp", "Rivierenbuurt"),
    "Zuid-West": ("Kanaalzone", "De Weiden", "Schildersbuurt"),
}
RELATIONS_ADULT = ("head", "partner")
# user name, display name, role, professional type (the first is the database's first profile)
DEMO_PROFILES = (
    ("beheer", "Beheerder (demo)", Role.ADMINISTRATOR, None),
    ("medewerker", "Sanne Medewerker (demo)", Role.TEAM_MEMBER, "social_professional"),
    ("teamleider", "Teun Teamleider (demo)", Role.TEAM_LEAD, "area_worker"),
)
# The professionals the demo profiles become (add_team links them): generate() makes them with
# a caseload, so that "assigned to me" shows something the moment the team member signs in.
DEMO_PROFESSIONALS = {type_code: display for _n, display, _r, type_code in DEMO_PROFILES
                      if type_code}

DEFAULT_HOUSEHOLDS = 300
CHUNK = 10_000  # rows per executemany
POOL = 2_000  # Faker values drawn per pool
# Postcodes of Demostad: 3701-3796, eight four-digit areas per buurt.
POSTCODE_BASE, AREAS_PER_BUURT = 3701, 8
POSTCODE_LETTERS = "ABCDEGHJKLMNPRTVWXZ"  # no S: SA, SD and SS are not issued
REQUEST_SHARE = 0.2  # households with a help question (the brief: 15-25%)
LOOSE_CONTACT_YEARS = 5

_STATUSES = (RequestStatus.OPEN, RequestStatus.ACTIVE, RequestStatus.CLOSED)
_ADULT_DOMAINS = tuple(texts.ADULT_DOMAIN_WEIGHTS)
_ADULT_CUM = tuple(itertools.accumulate(texts.ADULT_DOMAIN_WEIGHTS.values()))
_KIND_CUM = tuple(itertools.accumulate(texts.CONTACT_WEIGHTS))
_REQUEST_FIELDS = ("life_domain", "description", "care_kind", "purpose", "legal_basis",
                   "opened_on", "professional_id", "status", "closed_on")
_RESIDENT_FIELDS = ("given_name", "family_name", "date_of_birth", "street", "house_number",
                    "postcode", "city", "phone", "email", "neighbourhood_id", "household_id",
                    "household_relation")


@dataclass(frozen=True)
class DemoSummary:
    places: int
    professionals: int
    households: int
    residents: int
    requests: int = 0
    contacts: int = 0
    activities: int = 0
    sessions: int = 0
    initiatives: int = 0
    participations: int = 0


@dataclass(frozen=True)
class _Request:
    id: uuid.UUID
    opened: date
    end: date  # the closing date, or today
    professional_id: uuid.UUID
    topic: str


@dataclass
class _Person:
    id: uuid.UUID
    born: date
    male: bool
    requests: list[_Request] = field(default_factory=list)


@dataclass
class _Street:
    name: str
    buurt: uuid.UUID
    area: int  # the postcode's four digits
    letter: str  # the postcode's first letter
    offset: int
    last_number: int = 0

    def next_address(self, rng: random.Random) -> tuple[str, str]:
        self.last_number += rng.choice((1, 1, 2))
        n = self.last_number
        second = POSTCODE_LETTERS[(self.offset + n // 20) % len(POSTCODE_LETTERS)]
        return str(n), f"{self.area} {self.letter}{second}"


@dataclass
class _Team:
    case_workers: list[uuid.UUID]  # social professionals: help questions are theirs
    field_workers: list[uuid.UUID]  # who else meets residents (loose contacts)


class _Town:
    """Draws the demo's rows. Every choice goes through one seeded random.Random, so a seed
    gives the same town; only ids and timestamps differ between runs."""

    def __init__(self, fake: Faker, rng: random.Random, stamp: dict, per_row: bool,
                 buurten: list[uuid.UUID], team: _Team, households: int):
        self.rng, self.stamp, self.per_row, self.team = rng, stamp, per_row, team
        self.today = date.today()
        self.family = [fake.last_name() for _ in range(POOL)]
        self.male = [fake.first_name_male() for _ in range(POOL // 2)]
        self.female = [fake.first_name_female() for _ in range(POOL // 2)]
        self.phones = [fake.phone_number() for _ in range(POOL)]
        self.users = [fake.user_name() for _ in range(POOL)]
        names = list(dict.fromkeys(fake.street_name() for _ in range(POOL)))
        self.streets = []
        for i, name in enumerate(names[:max(12, households // 25)]):
            b = i % len(buurten) if i < len(buurten) else rng.randrange(len(buurten))
            area = POSTCODE_BASE + AREAS_PER_BUURT * b + rng.randrange(AREAS_PER_BUURT)
            self.streets.append(_Street(name, buurten[b], area, rng.choice(POSTCODE_LETTERS),
                                        rng.randrange(len(POSTCODE_LETTERS))))
        self.rows: dict[str, list[dict]] = {k: [] for k in (
            "household", "resident", "support_request", "support_plan", "plan_goal",
            "domain_score", "consent", "referral")}
        self.persons: list[_Person] = []
        self.facts: list[tuple] = []  # (record_type, record_id, client_id, fields, detail)

    def _row(self, **values: object) -> dict:
        return {"id": uuid7(), **self.stamp, **values}

    def _fact(self, record_type: str, record_id: object, client_id: uuid.UUID | None,
              fields: Iterable[str], detail: str | None = None) -> None:
        if self.per_row:
            self.facts.append((record_type, record_id, client_id, tuple(fields), detail))

    def _days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def _between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    # Households and residents ----------------------------------------------------------------

    def people(self, households: int | None, residents: int | None) -> None:
        """households households, or as many as make exactly residents residents."""
        rng = self.rng
        made = 0
        while (len(self.rows["household"]) < households if households is not None
               else made < (residents or 0)):
            street = rng.choice(self.streets)
            number, postcode = street.next_address(rng)
            household = self._row(label="", neighbourhood_id=street.buurt)
            self.rows["household"].append(household)
            self._fact("household", household["id"], None, ("label", "neighbourhood_id"))
            members = self._members()
            if residents is not None:
                members = members[:residents - made]
            family = rng.choice(self.family)
            people = []
            for relation, age, male in members:
                born = self.today - timedelta(days=365 * age + rng.randrange(365))
                adult = relation != "child"
                row = self._row(
                    given_name=rng.choice(self.male if male else self.female),
                    family_name=family if relation != "partner" or rng.random() < 0.5
                    else rng.choice(self.family),
                    date_of_birth=born, street=street.name, house_number=number,
                    postcode=postcode, city="Demostad",
                    phone=rng.choice(self.phones) if adult else "",
                    email=(f"{rng.choice(self.users)}{rng.randrange(10, 100)}@"
                           f"{rng.choice(('example.com', 'example.net', 'example.org'))}"
                           if adult and rng.random() < 0.6 else ""),
                    neighbourhood_id=street.buurt, household_id=household["id"],
                    household_relation=relation)
                self.rows["resident"].append(row)
                people.append(_Person(row["id"], born, male))
            made += len(people)
            self.persons.extend(people)
            if people and rng.random() < REQUEST_SHARE:
                children = [p for p in people if age_on(p.born, self.today) < 18]
                who = (rng.choice(children) if children and rng.random() < 0.35
                       else rng.choice(people[:2]))
                self._request(who)
                if rng.random() < 0.15:  # an earlier, often long closed question
                    self._request(who, history=True)

    def _members(self) -> list[tuple[str, int, bool]]:
        """(relation, age in years, male) of one household's members."""
        rng = self.rng
        head_age = rng.randint(19, 92)
        head_male = rng.random() < 0.5
        members = [("head", head_age, head_male)]
        if rng.random() < 0.55:
            members.append(("partner", max(18, min(99, head_age + rng.randint(-6, 6))),
                            not head_male if rng.random() < 0.93 else head_male))
        if head_age < 60:
            children = rng.choices((0, 1, 2, 3), weights=(45, 20, 25, 10))[0]
            oldest = min(17, head_age - 18)
            members += [("child", rng.randint(0, oldest), rng.random() < 0.5)
                        for _ in range(children)]
        return members

    # Support ---------------------------------------------------------------------------------

    def _request(self, person: _Person, history: bool = False) -> None:
        rng, today = self.rng, self.today
        status = (RequestStatus.CLOSED if history
                  else rng.choices(_STATUSES, weights=(20, 35, 45))[0])
        if status is RequestStatus.OPEN:
            opened = self._days_ago(0, 60)
        elif status is RequestStatus.ACTIVE:
            opened = self._days_ago(30, 3 * 365)
        elif history or rng.random() < 0.35:  # closed long ago: material for retention review
            opened = self._days_ago(6 * 365, 20 * 365)
        else:
            opened = self._days_ago(60, 6 * 365)
        opened = max(opened, min(person.born + timedelta(days=365), today))
        closed = (min(opened + timedelta(days=rng.randint(30, 730)), today)
                  if status is RequestStatus.CLOSED else None)
        age = age_on(person.born, opened)
        youth = age < 18
        if youth:
            domain = rng.choice(self._youth_domains(age))
            wishes = texts.YOUNG_CHILD_WISHES if age < 6 else texts.YOUTH_WISHES
            said = f"{rng.choice(texts.YOUTH_PROBLEMS[domain])} {rng.choice(wishes)}"
            basis = LegalBasis.YOUTH_ACT
        else:
            domain = rng.choices(_ADULT_DOMAINS, cum_weights=_ADULT_CUM)[0]
            said = f"{rng.choice(texts.PROBLEMS[domain])} {rng.choice(texts.WISHES[domain])}"
            draw = rng.random()
            basis = (LegalBasis.CONSENT if draw < 0.15 else LegalBasis.PARTICIPATION_ACT
                     if draw < 0.3 and domain in (LifeDomain.FINANCES, LifeDomain.WORK_EDUCATION)
                     else LegalBasis.WMO)
        slots = {"maanden": rng.randint(2, 18), "kind": "zoon" if person.male else "dochter",
                 "leeftijd": age, "onderwerp": texts.TOPICS[domain]}
        professional = rng.choice(self.team.case_workers)
        row = self._row(resident_id=person.id, life_domain=domain.value,
                        description=said.format(**slots), status=status.value, opened_on=opened,
                        closed_on=closed, professional_id=professional,
                        care_kind=(CareKind.YOUTH if youth else CareKind.SOCIAL).value,
                        purpose=texts.PURPOSES[basis.value].format(**slots),
                        legal_basis=basis.value)
        self.rows["support_request"].append(row)
        self._fact("support_request", row["id"], person.id, _REQUEST_FIELDS)
        end = closed or today
        person.requests.append(_Request(row["id"], opened, end, professional,
                                        texts.TOPICS[domain]))
        if status is RequestStatus.ACTIVE or (status is RequestStatus.CLOSED
                                              and rng.random() < 0.6):
            self._plan(row["id"], person.id, domain, youth, status, opened, end)
        if status is not RequestStatus.OPEN or rng.random() < 0.5:
            self._scores(row["id"], person.id, domain, status, opened, closed)
        organisations = texts.YOUTH_ORGANISATIONS if youth else texts.ORGANISATIONS[domain]
        if basis is LegalBasis.CONSENT or rng.random() < 0.25:
            purpose = (texts.PURPOSES["consent"] if basis is LegalBasis.CONSENT else rng.choice(
                texts.YOUTH_CONSENT_PURPOSES if youth else texts.CONSENT_PURPOSES))
            self._consent(person.id, purpose.format(organisatie=rng.choice(organisations),
                                                    **slots), opened, end)
        if status is not RequestStatus.OPEN and rng.random() < 0.4:
            self._referral(person.id, row["id"], rng.choice(organisations), status, opened, end)

    @staticmethod
    def _youth_domains(age: int) -> tuple[LifeDomain, ...]:
        if age < 6:
            return texts.YOUNG_CHILD_DOMAINS
        return tuple(d for d in texts.YOUTH_PROBLEMS
                     if age >= 12 or d not in texts.TEEN_ONLY_DOMAINS)

    def _plan(self, request_id: uuid.UUID, client: uuid.UUID, domain: LifeDomain, youth: bool,
              status: RequestStatus, opened: date, end: date) -> None:
        rng = self.rng
        agreed = min(opened + timedelta(days=rng.randint(7, 30)), end)
        plan = self._row(request_id=request_id, agreed_on=agreed,
                         review_on=agreed + timedelta(days=rng.choice((91, 182))))
        self.rows["support_plan"].append(plan)
        self._fact("support_plan", plan["id"], client, ("request_id", "agreed_on"))
        pool = texts.YOUTH_GOALS if youth else texts.GOALS[domain]
        for goal in rng.sample(pool, k=min(len(pool), rng.randint(1, 3))):
            if status is RequestStatus.ACTIVE:
                done = rng.choices((GoalStatus.OPEN, GoalStatus.PARTLY), weights=(70, 30))[0]
            else:
                done = rng.choices((GoalStatus.ACHIEVED, GoalStatus.PARTLY,
                                    GoalStatus.NOT_ACHIEVED, GoalStatus.DROPPED),
                                   weights=(50, 25, 10, 15))[0]
            result = "" if done is GoalStatus.OPEN else rng.choice(texts.GOAL_RESULTS[done.value])
            row = self._row(plan_id=plan["id"], goal=goal,
                            target_date=agreed + timedelta(days=rng.randint(60, 365)),
                            status=done.value, result=result)
            self.rows["plan_goal"].append(row)
            self._fact("plan_goal", row["id"], client, ("goal", "target_date", "status",
                                                         "result"))

    def _scores(self, request_id: uuid.UUID, client: uuid.UUID, domain: LifeDomain,
                status: RequestStatus, opened: date, closed: date | None) -> None:
        rng = self.rng
        others = rng.sample([d for d in LifeDomain if d is not domain], rng.randint(1, 3))
        intake = {d: rng.choices((1, 2), weights=(40, 60))[0] if d is domain
                  else rng.choices((2, 3, 4, 5), weights=(20, 35, 30, 15))[0]
                  for d in (domain, *others)}
        moments = [(ScoreMoment.INTAKE, min(opened + timedelta(days=rng.randint(0, 14)),
                                            closed or self.today), intake)]
        review_on = None
        if closed is not None and rng.random() < 0.7:
            review_on = closed
        elif (status is RequestStatus.ACTIVE and (self.today - opened).days >= 180
              and rng.random() < 0.5):
            review_on = opened + timedelta(days=180)
        if review_on is not None:
            moments.append((ScoreMoment.REVIEW, review_on, {
                d: max(1, min(5, v + rng.choices((-1, 0, 1, 2), weights=(10, 30, 40, 20))[0]))
                for d, v in intake.items()}))
        for moment, on, scores in moments:
            for d, value in scores.items():
                self.rows["domain_score"].append(self._row(
                    request_id=request_id, life_domain=d.value, score=value,
                    moment=moment.value, assessed_on=on))
            self._fact("domain_score", request_id, client, ("life_domain", "score"),
                       f"{len(scores)} domains, {moment.value}")

    def _consent(self, client: uuid.UUID, purpose: str, opened: date, end: date) -> None:
        rng = self.rng
        given = self._between(opened, min(end, opened + timedelta(days=14)))
        until = rng.choice((None, given + timedelta(days=365), given + timedelta(days=730)))
        withdrawn = (self._between(given, min(end, until or end)) if rng.random() < 0.1
                     else None)
        row = self._row(resident_id=client, purpose=purpose, given_on=given, valid_until=until,
                        withdrawn_on=withdrawn)
        self.rows["consent"].append(row)
        self._fact("consent", row["id"], client, ("purpose", "given_on", "valid_until"))

    def _referral(self, client: uuid.UUID, request_id: uuid.UUID, organisation: str,
                  status: RequestStatus, opened: date, end: date) -> None:
        rng = self.rng
        if status is RequestStatus.ACTIVE:
            outcome = rng.choice((ReferralStatus.PROPOSED, ReferralStatus.ACCEPTED))
        else:
            outcome = rng.choices((ReferralStatus.COMPLETED, ReferralStatus.ACCEPTED,
                                   ReferralStatus.DECLINED), weights=(60, 20, 20))[0]
        row = self._row(resident_id=client, request_id=request_id, organisation=organisation,
                        activity_id=None,
                        referred_on=self._between(opened + timedelta(days=7), end)
                        if (end - opened).days > 7 else end,
                        status=outcome.value, note=rng.choice(texts.REFERRAL_NOTES))
        self.rows["referral"].append(row)
        self._fact("referral", row["id"], client,
                   [f for f in ("organisation", "request_id", "referred_on", "status", "note")
                    if row[f]])

    # Contacts ----------------------------------------------------------------------------------

    def contacts(self, per_resident: int | None, progress: Progress | None) -> Iterator[dict]:
        """Every resident's contacts: per_resident each, or (None) a few for each help question
        and now and then one for someone without a question."""
        rng = self.rng
        for person in reporting(self.persons, len(self.persons), progress):
            if per_resident is not None:
                n = per_resident
            elif person.requests:
                n = sum(rng.randint(2, 10) for _ in person.requests) + rng.randint(0, 1)
            else:
                n = 1 if rng.random() < 0.08 else 0
            for _ in range(n):
                yield self._contact(person)

    def _contact(self, person: _Person) -> dict:
        rng = self.rng
        if person.requests and rng.random() < 0.85:
            request = rng.choice(person.requests)
            day = self._between(request.opened, request.end)
            request_id = request.id if rng.random() < 0.9 else None
            professional = (request.professional_id if rng.random() < 0.85
                            else rng.choice(self.team.field_workers))
            topic = request.topic
        else:
            day = max(self._days_ago(0, LOOSE_CONTACT_YEARS * 365), person.born)
            request_id, professional = None, rng.choice(self.team.field_workers)
            topic = texts.TOPICS[LifeDomain.MENTAL_HEALTH]  # "hoe het gaat"
        kind = rng.choices(texts.CONTACT_KINDS, cum_weights=_KIND_CUM)[0]
        low, high = texts.CONTACT_MINUTES[kind]
        note = ("" if rng.random() < 0.1
                else rng.choice(texts.NOTES[kind]).format(onderwerp=topic))
        return {"id": uuid7(), **self.stamp, "resident_id": person.id, "request_id": request_id,
                "professional_id": professional, "occurred_on": day,
                "minutes": rng.randrange(low, high + 1, 5), "kind": kind.value, "note": note}


class DemoService(Service):
    def generate(self, households: int | None = None, seed: int | None = None, *,
                 residents: int | None = None, contacts_per_resident: int | None = None,
                 progress: Progress | None = None) -> DemoSummary:
        """The demo town: `households` households (300 if neither size is given), or a city of
        exactly `residents` residents. contacts_per_resident gives every resident that many
        contacts; without it, contacts follow the help questions."""
        self._require(Permission.MANAGE_STORE, record_type="demo")
        if households is not None and residents is not None:
            raise ValidationError("Give the demo's number of households or of residents, "
                                  "not both.")
        if residents is None and households is None:
            households = DEFAULT_HOUSEHOLDS
        if households is not None and not 1 <= households <= 200_000:
            raise ValidationError("The demo holds between 1 and 200,000 households.")
        if residents is not None and not 1 <= residents <= 500_000:
            raise ValidationError("The demo holds between 1 and 500,000 residents.")
        if contacts_per_resident is not None and not 0 <= contacts_per_resident <= 200:
            raise ValidationError("The demo gives each resident 0 to 200 contacts.")
        ProfessionalService(self.store, self.actor).seed_types()
        fake = Faker("nl_NL")
        rng = random.Random(seed)  # noqa: S311 (synthetic demo data, not security)
        fake.seed_instance(seed if seed is not None else rng.randrange(1 << 30))
        city = residents is not None
        now = utcnow()
        stamp = {"created_at": now, "updated_at": now, "updated_by": self.actor_id}
        # about 2.5 residents a household: a city's size in households, for streets and staff
        scale = households if households is not None else max(1, (residents or 0) * 2 // 5)
        with self._write(bulk=True) as tx:
            if tx.session.scalar(select(Place.id).where(Place.code == DEMO_MUNICIPALITY[0])):
                raise Conflict("This database holds the demo neighbourhood already.")
            buurten = self._places(tx)
            team, n_pro = self._professionals(tx, fake, rng, scale)
            town = _Town(fake, rng, stamp, not city, buurten, team, scale)
            town.people(households, residents)
            rows = town.rows
            for row, key in zip(rows["resident"],
                                next_search_keys(tx.session, len(rows["resident"])),
                                strict=True):
                row["search_key"] = key
                row["sort_name"] = sort_name(row["family_name"], row["given_name"])
            for name, model in (("household", Household), ("resident", Resident),
                                ("support_request", SupportRequest),
                                ("support_plan", SupportPlan), ("plan_goal", PlanGoal),
                                ("domain_score", DomainScore), ("consent", Consent),
                                ("referral", Referral)):
                count = _insert(tx, model.__table__, rows[name])
                if city and count:
                    _summary(tx, name, model.__table__, count)
            for record_type, record_id, client_id, fields, detail in town.facts:
                tx.audit(AuditEvent.CREATE, record_type=record_type, record_id=record_id,
                         client_id=client_id, fields=fields, detail=detail)
            if not city:
                for row in rows["resident"]:
                    tx.audit(AuditEvent.CREATE, record_type="resident", record_id=row["id"],
                             client_id=row["id"],
                             fields=[k for k in _RESIDENT_FIELDS if row.get(k)])
            n_contacts = _insert(tx, Contact.__table__,
                                 town.contacts(contacts_per_resident, progress))
            if n_contacts:
                _summary(tx, "contact", Contact.__table__, n_contacts)
            # Collective work (issue 5): drawn in demo_collective, after everything above so
            # that a seed still gives the same residents, questions and contacts.
            collective = self._collective(tx, town, rng, fake, stamp, scale, city)
        return DemoSummary(1 + len(DISTRICTS) + len(buurten), n_pro, len(rows["household"]),
                           len(rows["resident"]), len(rows["support_request"]), n_contacts,
                           **collective)

    @staticmethod
    def _collective(tx: Tx, town: _Town, rng: random.Random, fake: Faker, stamp: dict,
                    scale: int, city: bool) -> dict[str, int]:
        residents: dict[uuid.UUID, list[uuid.UUID]] = {}
        buurt_of = {}
        for row in town.rows["resident"]:
            residents.setdefault(row["neighbourhood_id"], []).append(row["id"])
            buurt_of[row["id"]] = row["neighbourhood_id"]
        candidates = [Candidate(p.id, buurt_of[p.id], r.id, r.opened, r.end)
                      for p in town.persons for r in p.requests]
        drawn = add_collective(tx.session, rng, fake, stamp=stamp, today=town.today,
                               residents=residents, candidates=candidates, scale=scale)
        for name, model in COLLECTIVE_TABLES:
            count = _insert(tx, model.__table__, drawn.rows[name])
            if count and (city or name not in CLIENT_RECORDS):
                _summary(tx, name, model.__table__, count)
        if not city:  # a resident's referrals, participations and consents, one by one
            for record_type, record_id, client_id, fields in drawn.facts:
                tx.audit(AuditEvent.CREATE, record_type=record_type, record_id=record_id,
                         client_id=client_id, fields=fields)
        return {key: len(drawn.rows[name]) for key, name in (
            ("activities", "activity"), ("sessions", "activity_session"),
            ("initiatives", "initiative"), ("participations", "participation"))}

    def add_team(self, passwords: dict[str, str]) -> None:
        """The demo's team member and team lead, each linked to a professional of their type:
        the one generate() made under their name (with a caseload) or, failing that, a new one."""
        profiles = ProfileService(self.store, self.actor)
        professionals = ProfessionalService(self.store, self.actor)
        for name, display, role, type_code in DEMO_PROFILES[1:]:
            created = profiles.create(NewProfile(name, display, passwords[name], role))
            if type_code and not self._link(display, type_code, created.id):
                professionals.add(display, type_code, "Wijkteam Centrum", created.id)

    def _link(self, name: str, type_code: str, profile_id: uuid.UUID) -> bool:
        self._require(Permission.WRITE_RECORDS, record_type="professional")
        with self._write(bulk=True) as tx:
            pro = tx.session.scalar(
                select(Professional).join(ProfessionalType)
                .where(Professional.name == name, ProfessionalType.code == type_code,
                       Professional.profile_id.is_(None), Professional.deleted_at.is_(None))
                .order_by(Professional.id).limit(1))
            if pro is None:
                return False
            pro.profile_id, pro.updated_by = profile_id, self.actor_id
            tx.audit(AuditEvent.UPDATE, record_type="professional", record_id=pro.id,
                     fields=("profile_id",))
            return True

    def _row(self) -> dict:
        now = utcnow()
        return {"id": uuid7(), "created_at": now, "updated_at": now, "updated_by": self.actor_id}

    def _places(self, tx: Tx) -> list[uuid.UUID]:
        code, name = DEMO_MUNICIPALITY
        gemeente = {**self._row(), "level": PlaceLevel.MUNICIPALITY.value, "code": code,
                    "name": name, "parent_id": None}
        rows = [gemeente]
        buurten = []
        for w, wijk_name in enumerate(DISTRICTS):
            wijk_code = child_code(PlaceLevel.DISTRICT, code, w)
            wijk = {**self._row(), "level": PlaceLevel.DISTRICT.value, "code": wijk_code,
                    "name": wijk_name, "parent_id": gemeente["id"]}
            rows.append(wijk)
            for b, buurt_name in enumerate(NEIGHBOURHOODS[wijk_name]):
                buurt = {**self._row(), "level": PlaceLevel.NEIGHBOURHOOD.value,
                         "code": child_code(PlaceLevel.NEIGHBOURHOOD, wijk_code, b),
                         "name": buurt_name, "parent_id": wijk["id"]}
                rows.append(buurt)
                buurten.append(buurt["id"])
        tx.session.execute(insert(Place), rows)
        for row in rows:
            tx.audit(AuditEvent.CREATE, record_type="place", record_id=row["id"],
                     fields=("level", "code", "name", "parent_id"))
        return buurten

    def _professionals(self, tx: Tx, fake: Faker, rng: random.Random,
                       households: int) -> tuple[_Team, int]:
        types = dict(tx.session.execute(select(ProfessionalType.code, ProfessionalType.id)).all())
        # a caseload of a few dozen questions each: a city needs more social professionals
        per_type = {"social_professional": max(5, households // 400), "community_worker": 3,
                    "area_worker": 2, "freelancer": 2, "social_entrepreneur": 1}
        rows, codes = [], []
        for seed_type in SEEDED_TYPES:
            for i in range(per_type.get(seed_type.code, 1)):
                demo_name = DEMO_PROFESSIONALS.get(seed_type.code) if i == 0 else None
                rows.append({**self._row(), "name": demo_name or fake.name(),
                             "professional_type_id": types[seed_type.code], "profile_id": None,
                             "team": "Wijkteam Centrum" if demo_name
                             else f"Wijkteam {rng.choice(DISTRICTS)}"})
                codes.append(seed_type.code)
        tx.session.execute(insert(Professional), rows)
        for row in rows:
            tx.audit(AuditEvent.CREATE, record_type="professional", record_id=row["id"],
                     fields=("name", "professional_type_id", "team"))
        case = [r["id"] for r, c in zip(rows, codes, strict=True) if c == "social_professional"]
        field_workers = [r["id"] for r, c in zip(rows, codes, strict=True)
                         if c in ("social_professional", "community_worker", "area_worker")]
        return _Team(case, field_workers), len(rows)


def _insert(tx: Tx, table: Table, rows: Iterable[dict]) -> int:
    """rows through Core executemany, CHUNK at a time: a generator is never held whole."""
    done = 0
    it = iter(rows)
    while chunk := list(itertools.islice(it, CHUNK)):
        tx.session.execute(insert(table), chunk)
        done += len(chunk)
    return done


def _summary(tx: Tx, record_type: str, table: Table, count: int) -> None:
    """One audit entry for many demo rows of a type; the count, never their content."""
    fields = [c.name for c in table.columns
              if c.name not in ("id", "created_at", "updated_at", "updated_by", "deleted_at")]
    tx.audit(AuditEvent.CREATE, record_type=record_type, fields=fields,
             detail=f"{count} demo rows")
