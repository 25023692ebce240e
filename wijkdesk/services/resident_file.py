"""A resident's file: everything the wijkteam holds on one person, read in one go and logged.

Opening the file is a `read` in the audit log (NEN 7513). The contact timeline comes with its
first page only; the window pages on through ContactService.page.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.roles import Permission
from wijkdesk.services.activities import ParticipationView, participations_of
from wijkdesk.services.base import Service
from wijkdesk.services.contacts import ContactQuery, ContactService
from wijkdesk.services.professionals import professional_of
from wijkdesk.services.residents import (
    DATA_FIELDS,
    HouseholdMember,
    Page,
    ResidentData,
    display_name,
    household_of,
    live_resident,
)
from wijkdesk.store.models import (
    Activity,
    Consent,
    DomainScore,
    Initiative,
    Place,
    PlanGoal,
    Professional,
    Referral,
    SupportPlan,
    SupportRequest,
)

RECORD_TYPE = "resident"


@dataclass(frozen=True)
class GoalView:
    id: uuid.UUID
    goal: str
    target_date: date | None
    status: str
    result: str


@dataclass(frozen=True)
class ScoreView:
    life_domain: str
    score: int
    moment: str
    assessed_on: date


@dataclass(frozen=True)
class RequestView:
    id: uuid.UUID
    life_domain: str
    description: str
    status: str
    opened_on: date
    closed_on: date | None
    professional_id: uuid.UUID | None
    professional: str
    care_kind: str
    purpose: str
    legal_basis: str
    plan_agreed_on: date | None = None
    goals: list[GoalView] = field(default_factory=list)
    scores: list[ScoreView] = field(default_factory=list)


@dataclass(frozen=True)
class ConsentView:
    id: uuid.UUID
    purpose: str
    given_on: date
    valid_until: date | None
    withdrawn_on: date | None
    scope: str = ""

    def in_force(self, today: date) -> bool:
        return self.withdrawn_on is None and (self.valid_until is None
                                              or self.valid_until >= today)


@dataclass(frozen=True)
class ReferralView:
    id: uuid.UUID
    referred_on: date
    organisation: str
    activity_id: uuid.UUID | None
    request_id: uuid.UUID | None
    status: str
    note: str
    target: str = ""  # what it goes to: the organisation, or the activity's or initiative's title


@dataclass(frozen=True)
class ResidentFile:
    id: uuid.UUID
    name: str
    data: ResidentData
    relation: str
    neighbourhood: str
    household: list[HouseholdMember]
    requests: list[RequestView]  # newest first
    contacts: Page  # first page of the timeline, newest first
    consents: list[ConsentView]
    referrals: list[ReferralView]
    my_professional_id: uuid.UUID | None  # the defaults of a new contact
    participations: list[ParticipationView] = field(default_factory=list)  # collective work

    @property
    def last_open_request(self) -> RequestView | None:
        return next((r for r in self.requests if r.status != "closed"), None)


class ResidentFileService(Service):
    def open(self, resident_id: uuid.UUID) -> ResidentFile:
        actor = self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        contacts = ContactService(self.store, self.actor)
        with self._write() as tx:
            s = tx.session
            resident = live_resident(s, resident_id)
            buurt = s.get(Place, resident.neighbourhood_id) if resident.neighbourhood_id else None
            file = ResidentFile(
                id=resident.id,
                name=display_name(resident.family_name, resident.given_name),
                data=ResidentData(**{n: getattr(resident, n) for n in DATA_FIELDS}),
                relation=resident.household_relation,
                neighbourhood=buurt.name if buurt else "",
                household=household_of(s, resident),
                requests=requests_of(s, resident.id),
                contacts=Page([], None),
                consents=[ConsentView(c.id, c.purpose, c.given_on, c.valid_until,
                                      c.withdrawn_on, c.scope)
                          for c in s.scalars(select(Consent).where(
                              Consent.resident_id == resident.id, Consent.deleted_at.is_(None))
                              .order_by(Consent.given_on.desc()))],
                referrals=referrals_of(s, resident.id),
                my_professional_id=professional_of(s, actor.id),
                participations=participations_of(s, resident.id),
            )
            tx.audit(AuditEvent.READ, record_type=RECORD_TYPE, record_id=resident.id,
                     client_id=resident.id)
        first = contacts.page(ContactQuery(resident_id=resident_id))
        return ResidentFile(**{**file.__dict__, "contacts": first})


def requests_of(s: Session, resident_id: uuid.UUID) -> list[RequestView]:
    """The resident's requests, newest first, each with its plan's goals and its scores."""
    requests = s.execute(
        select(SupportRequest, Professional.name, SupportPlan.id, SupportPlan.agreed_on)
        .outerjoin(Professional, Professional.id == SupportRequest.professional_id)
        .outerjoin(SupportPlan, SupportPlan.request_id == SupportRequest.id)
        .where(SupportRequest.resident_id == resident_id, SupportRequest.deleted_at.is_(None))
        .order_by(SupportRequest.opened_on.desc(), SupportRequest.id.desc())
    ).all()
    ids = [r.id for r, *_ in requests]
    plans = {plan_id: r.id for r, _, plan_id, _ in requests if plan_id is not None}
    goals: dict[uuid.UUID, list[GoalView]] = {}
    if plans:
        for g in s.scalars(select(PlanGoal).where(PlanGoal.plan_id.in_(plans),
                                                  PlanGoal.deleted_at.is_(None))
                           .order_by(PlanGoal.created_at)):
            goals.setdefault(plans[g.plan_id], []).append(
                GoalView(g.id, g.goal, g.target_date, g.status, g.result))
    scores: dict[uuid.UUID, list[ScoreView]] = {}
    if ids:
        for sc in s.scalars(select(DomainScore).where(DomainScore.request_id.in_(ids),
                                                      DomainScore.deleted_at.is_(None))
                            .order_by(DomainScore.assessed_on, DomainScore.life_domain)):
            scores.setdefault(sc.request_id, []).append(
                ScoreView(sc.life_domain, sc.score, sc.moment, sc.assessed_on))
    return [RequestView(r.id, r.life_domain, r.description, r.status, r.opened_on, r.closed_on,
                        r.professional_id, pro or "", r.care_kind, r.purpose, r.legal_basis,
                        agreed, goals.get(r.id, []), scores.get(r.id, []))
            for r, pro, _, agreed in requests]


def referrals_of(s: Session, resident_id: uuid.UUID) -> list[ReferralView]:
    """The resident's referrals, newest first, each with the name of where it goes."""
    rows = s.execute(
        select(Referral, Activity.title, Initiative.title)
        .outerjoin(Activity, Activity.id == Referral.activity_id)
        .outerjoin(Initiative, Initiative.id == Referral.initiative_id)
        .where(Referral.resident_id == resident_id, Referral.deleted_at.is_(None))
        .order_by(Referral.referred_on.desc())).all()
    return [ReferralView(r.id, r.referred_on, r.organisation, r.activity_id, r.request_id,
                         r.status, r.note, r.organisation or activity or initiative or "")
            for r, activity, initiative in rows]
