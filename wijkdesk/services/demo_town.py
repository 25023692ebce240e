"""The synthetic town's people and their individual support, drawn for the demo (see demo.py):
households and residents, help questions with plans, goals and scores, consents, referrals and
contacts, as rows ready for bulk insert, with their audit facts."""

from __future__ import annotations

import itertools
import random
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from faker import Faker

from wijkdesk.domain.ids import uuid7
from wijkdesk.domain.residents import age_on
from wijkdesk.domain.support import (
    CareKind,
    GoalStatus,
    LegalBasis,
    LifeDomain,
    ReferralStatus,
    RequestStatus,
    ScoreMoment,
)
from wijkdesk.services import demo_texts as texts
from wijkdesk.services.base import Progress, reporting

# Postcodes of Demostad: 3701-3796, eight four-digit areas per buurt.
POSTCODE_BASE, AREAS_PER_BUURT = 3701, 8
POOL = 2_000  # Faker values drawn per pool
POSTCODE_LETTERS = "ABCDEGHJKLMNPRTVWXZ"  # no S: SA, SD and SS are not issued
REQUEST_SHARE = 0.2  # households with a help question (the brief: 15-25%)
LOOSE_CONTACT_YEARS = 5

_STATUSES = (RequestStatus.OPEN, RequestStatus.ACTIVE, RequestStatus.CLOSED)
_ADULT_DOMAINS = tuple(texts.ADULT_DOMAIN_WEIGHTS)
_ADULT_CUM = tuple(itertools.accumulate(texts.ADULT_DOMAIN_WEIGHTS.values()))
_KIND_CUM = tuple(itertools.accumulate(texts.CONTACT_WEIGHTS))
_REQUEST_FIELDS = ("life_domain", "description", "care_kind", "purpose", "legal_basis",
                   "opened_on", "professional_id", "status", "closed_on")
RESIDENT_FIELDS = ("given_name", "family_name", "date_of_birth", "street", "house_number",
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
class Team:
    case_workers: list[uuid.UUID]  # social professionals: help questions are theirs
    field_workers: list[uuid.UUID]  # who else meets residents (loose contacts)


class Town:
    """Draws the demo's rows. Every choice goes through one seeded random.Random, so a seed
    gives the same town; only ids and timestamps differ between runs."""

    def __init__(self, fake: Faker, rng: random.Random, stamp: dict, per_row: bool,
                 buurten: list[uuid.UUID], team: Team, households: int):
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
