"""Help questions (hulpvragen) with their plan, goals and self-sufficiency scores."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.roles import Permission
from wijkdesk.domain.support import (
    DESCRIPTION_LIMIT,
    CareKind,
    GoalStatus,
    LegalBasis,
    LifeDomain,
    RequestStatus,
    ScoreMoment,
    choice,
    not_future,
    ordered,
    score,
    text,
)
from wijkdesk.errors import Conflict, NotFound, ValidationError
from wijkdesk.services.base import Service
from wijkdesk.services.professionals import check_professional
from wijkdesk.services.residents import live_resident
from wijkdesk.store.models import DomainScore, PlanGoal, SupportPlan, SupportRequest


@dataclass(frozen=True)
class RequestData:
    life_domain: LifeDomain
    description: str
    care_kind: CareKind
    purpose: str
    legal_basis: LegalBasis
    opened_on: date
    professional_id: uuid.UUID | None = None
    status: RequestStatus = RequestStatus.OPEN
    closed_on: date | None = None

    def validated(self, today: date) -> RequestData:
        status = choice(RequestStatus, self.status, "request status")
        opened = not_future(self.opened_on, "opening date", today)
        closed = self.closed_on
        if status is RequestStatus.CLOSED and closed is None:
            raise ValidationError("A closed request needs its closing date.")
        if status is not RequestStatus.CLOSED and closed is not None:
            raise ValidationError("Only a closed request has a closing date.")
        if closed is not None:
            not_future(closed, "closing date", today)
            ordered(opened, closed, "A request cannot close before it opened.")
        return RequestData(
            life_domain=choice(LifeDomain, self.life_domain, "life domain"),
            description=text(self.description, "description", DESCRIPTION_LIMIT, required=True),
            care_kind=choice(CareKind, self.care_kind, "kind of care"),
            purpose=text(self.purpose, "purpose of processing", 200, required=True),
            legal_basis=choice(LegalBasis, self.legal_basis, "legal basis"),
            opened_on=opened, professional_id=self.professional_id, status=status,
            closed_on=closed,
        )


@dataclass(frozen=True)
class GoalData:
    goal: str
    target_date: date | None = None
    status: GoalStatus = GoalStatus.OPEN
    result: str = ""

    def validated(self) -> GoalData:
        return GoalData(text(self.goal, "goal", DESCRIPTION_LIMIT, required=True),
                        self.target_date, choice(GoalStatus, self.status, "goal status"),
                        text(self.result, "result", DESCRIPTION_LIMIT))


REQUEST_FIELDS = ("life_domain", "description", "care_kind", "purpose", "legal_basis",
                  "opened_on", "professional_id", "status", "closed_on")


class SupportService(Service):
    def open_request(self, resident_id: uuid.UUID, data: RequestData) -> uuid.UUID:
        self._require(Permission.WRITE_RECORDS, record_type="support_request")
        data = data.validated(date.today())
        with self._write() as tx:
            live_resident(tx.session, resident_id)
            check_professional(tx.session, data.professional_id)
            row = SupportRequest(resident_id=resident_id, updated_by=self.actor_id,
                                 **{f: getattr(data, f) for f in REQUEST_FIELDS})
            tx.session.add(row)
            tx.session.flush()
            tx.audit(AuditEvent.CREATE, record_type="support_request", record_id=row.id,
                     client_id=resident_id, fields=REQUEST_FIELDS)
            return row.id

    def update_request(self, request_id: uuid.UUID, data: RequestData) -> None:
        self._require(Permission.WRITE_RECORDS, record_type="support_request")
        data = data.validated(date.today())
        with self._write() as tx:
            row = live_request(tx.session, request_id)
            check_professional(tx.session, data.professional_id)
            changed = [f for f in REQUEST_FIELDS if getattr(row, f) != getattr(data, f)]
            for f in changed:
                setattr(row, f, getattr(data, f))
            if changed:
                row.updated_by = self.actor_id
                tx.audit(AuditEvent.UPDATE, record_type="support_request", record_id=row.id,
                         client_id=row.resident_id, fields=changed)

    def close_request(self, request_id: uuid.UUID, closed_on: date) -> None:
        self._require(Permission.WRITE_RECORDS, record_type="support_request")
        not_future(closed_on, "closing date", date.today())
        with self._write() as tx:
            row = live_request(tx.session, request_id)
            if row.status == RequestStatus.CLOSED.value:
                raise Conflict("This request is closed already.")
            ordered(row.opened_on, closed_on, "A request cannot close before it opened.")
            row.status, row.closed_on, row.updated_by = "closed", closed_on, self.actor_id
            tx.audit(AuditEvent.UPDATE, record_type="support_request", record_id=row.id,
                     client_id=row.resident_id, fields=("status", "closed_on"))

    def add_goal(self, request_id: uuid.UUID, data: GoalData,
                 agreed_on: date | None = None) -> uuid.UUID:
        """A goal in the request's plan; the plan is made with its first goal."""
        self._require(Permission.WRITE_RECORDS, record_type="plan_goal")
        data = data.validated()
        with self._write() as tx:
            request = live_request(tx.session, request_id)
            plan = tx.session.scalar(select(SupportPlan).where(
                SupportPlan.request_id == request_id))
            if plan is None:
                agreed_on = not_future(agreed_on or date.today(), "date the plan was agreed",
                                       date.today())
                ordered(request.opened_on, agreed_on,
                        "A plan cannot be agreed before its request opened.")
                plan = SupportPlan(request_id=request_id, agreed_on=agreed_on,
                                   updated_by=self.actor_id)
                tx.session.add(plan)
                tx.session.flush()
                tx.audit(AuditEvent.CREATE, record_type="support_plan", record_id=plan.id,
                         client_id=request.resident_id, fields=("request_id", "agreed_on"))
            ordered(request.opened_on, data.target_date,
                    "A goal's target date lies before its request opened.")
            goal = PlanGoal(plan_id=plan.id, goal=data.goal, target_date=data.target_date,
                            status=data.status.value, result=data.result,
                            updated_by=self.actor_id)
            tx.session.add(goal)
            tx.session.flush()
            tx.audit(AuditEvent.CREATE, record_type="plan_goal", record_id=goal.id,
                     client_id=request.resident_id,
                     fields=("goal", "target_date", "status", "result"))
            return goal.id

    def update_goal(self, goal_id: uuid.UUID, data: GoalData) -> None:
        self._require(Permission.WRITE_RECORDS, record_type="plan_goal")
        data = data.validated()
        with self._write() as tx:
            goal = tx.session.get(PlanGoal, goal_id)
            if goal is None or goal.deleted_at is not None:
                raise NotFound("This goal does not exist.")
            request = live_request(tx.session, tx.session.get(SupportPlan,
                                                              goal.plan_id).request_id)
            ordered(request.opened_on, data.target_date,
                    "A goal's target date lies before its request opened.")
            new = {"goal": data.goal, "target_date": data.target_date,
                   "status": data.status.value, "result": data.result}
            changed = [k for k, v in new.items() if getattr(goal, k) != v]
            for k in changed:
                setattr(goal, k, new[k])
            if changed:
                goal.updated_by = self.actor_id
                tx.audit(AuditEvent.UPDATE, record_type="plan_goal", record_id=goal.id,
                         client_id=request.resident_id, fields=changed)

    def record_scores(self, request_id: uuid.UUID, scores: dict[LifeDomain, int],
                      moment: ScoreMoment, assessed_on: date) -> int:
        """Self-sufficiency scores of the domains the help question concerns (any subset)."""
        self._require(Permission.WRITE_RECORDS, record_type="domain_score")
        if not scores:
            raise ValidationError("Score at least one life domain.")
        moment = choice(ScoreMoment, moment, "moment of scoring")
        not_future(assessed_on, "date of the assessment", date.today())
        checked = {choice(LifeDomain, d, "life domain"): score(v) for d, v in scores.items()}
        with self._write() as tx:
            request = live_request(tx.session, request_id)
            for domain, value in checked.items():
                tx.session.add(DomainScore(request_id=request_id, life_domain=domain.value,
                                           score=value, moment=moment.value,
                                           assessed_on=assessed_on, updated_by=self.actor_id))
            tx.audit(AuditEvent.CREATE, record_type="domain_score", record_id=request_id,
                     client_id=request.resident_id, fields=("life_domain", "score"),
                     detail=f"{len(checked)} domains, {moment.value}")
            return len(checked)


def live_request(session: Session, request_id: uuid.UUID) -> SupportRequest:
    """The request, if it and its resident are live (nothing is added to an erased file)."""
    row = session.get(SupportRequest, request_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("This request does not exist.")
    live_resident(session, row.resident_id)
    return row
