"""Consents a resident gives (and withdraws), and referrals to organisations or activities."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.roles import Permission
from wijkdesk.domain.support import (
    NOTE_LIMIT,
    ConsentScope,
    ReferralStatus,
    choice,
    not_future,
    ordered,
    text,
)
from wijkdesk.errors import Conflict, NotFound, ValidationError
from wijkdesk.services.base import Service, Tx
from wijkdesk.services.collective_time import live_activity, live_initiative
from wijkdesk.services.residents import live_resident
from wijkdesk.services.support import live_request
from wijkdesk.store.models import Consent, Participation, Referral


@dataclass(frozen=True)
class ConsentData:
    purpose: str
    given_on: date
    valid_until: date | None = None
    scope: ConsentScope = ConsentScope.OTHER

    def validated(self, today: date) -> ConsentData:
        given = not_future(self.given_on, "date of consent", today)
        ordered(given, self.valid_until, "Consent cannot end before it was given.")
        return ConsentData(text(self.purpose, "purpose of the consent", 200, required=True),
                           given, self.valid_until, choice(ConsentScope, self.scope,
                                                           "scope of the consent"))


@dataclass(frozen=True)
class ReferralData:
    referred_on: date
    organisation: str = ""
    activity_id: uuid.UUID | None = None
    request_id: uuid.UUID | None = None
    status: ReferralStatus = ReferralStatus.PROPOSED
    note: str = ""
    initiative_id: uuid.UUID | None = None

    def validated(self, today: date) -> ReferralData:
        organisation = text(self.organisation, "organisation", 200)
        targets = [t for t in (organisation, self.activity_id, self.initiative_id) if t]
        if not targets:
            raise ValidationError("A referral goes to an organisation, an activity or an "
                                  "initiative.")
        if self.activity_id is not None and self.initiative_id is not None:
            raise ValidationError("Choose either an activity or an initiative.")
        return ReferralData(not_future(self.referred_on, "date of referral", today),
                            organisation, self.activity_id, self.request_id,
                            choice(ReferralStatus, self.status, "referral status"),
                            text(self.note, "note", NOTE_LIMIT), self.initiative_id)


class ConsentService(Service):
    def give(self, resident_id: uuid.UUID, data: ConsentData) -> uuid.UUID:
        self._require(Permission.WRITE_RECORDS, record_type="consent")
        data = data.validated(date.today())
        with self._write() as tx:
            live_resident(tx.session, resident_id)
            row = Consent(resident_id=resident_id, purpose=data.purpose, given_on=data.given_on,
                          valid_until=data.valid_until, scope=data.scope.value,
                          updated_by=self.actor_id)
            tx.session.add(row)
            tx.session.flush()
            tx.audit(AuditEvent.CREATE, record_type="consent", record_id=row.id,
                     client_id=resident_id,
                     fields=("purpose", "given_on", "valid_until", "scope"))
            return row.id

    def withdraw(self, consent_id: uuid.UUID, withdrawn_on: date) -> None:
        self._require(Permission.WRITE_RECORDS, record_type="consent")
        not_future(withdrawn_on, "date of withdrawal", date.today())
        with self._write() as tx:
            row = tx.session.get(Consent, consent_id)
            if row is None or row.deleted_at is not None:
                raise NotFound("This consent does not exist.")
            if row.withdrawn_on is not None:
                raise Conflict("This consent was withdrawn already.")
            ordered(row.given_on, withdrawn_on, "Consent cannot be withdrawn before it was given.")
            row.withdrawn_on, row.updated_by = withdrawn_on, self.actor_id
            tx.audit(AuditEvent.UPDATE, record_type="consent", record_id=row.id,
                     client_id=row.resident_id, fields=("withdrawn_on",))

    def refer(self, resident_id: uuid.UUID, data: ReferralData) -> uuid.UUID:
        self._require(Permission.WRITE_RECORDS, record_type="referral")
        data = data.validated(date.today())
        with self._write() as tx:
            live_resident(tx.session, resident_id)
            if data.activity_id is not None:
                live_activity(tx.session, data.activity_id)
            if data.initiative_id is not None:
                live_initiative(tx.session, data.initiative_id)
            if data.request_id is not None:
                request = live_request(tx.session, data.request_id)
                if request.resident_id != resident_id:
                    raise ValidationError("That request belongs to another resident.")
            row = Referral(resident_id=resident_id, request_id=data.request_id,
                           organisation=data.organisation, activity_id=data.activity_id,
                           initiative_id=data.initiative_id,
                           referred_on=data.referred_on, status=data.status.value,
                           note=data.note, updated_by=self.actor_id)
            tx.session.add(row)
            tx.session.flush()
            tx.audit(AuditEvent.CREATE, record_type="referral", record_id=row.id,
                     client_id=resident_id,
                     fields=[f for f in ("organisation", "activity_id", "initiative_id",
                                         "request_id",
                                         "referred_on", "status", "note") if getattr(row, f)])
            return row.id

    def set_referral_status(self, referral_id: uuid.UUID, status: ReferralStatus) -> None:
        self._require(Permission.WRITE_RECORDS, record_type="referral")
        status = choice(ReferralStatus, status, "referral status")
        with self._write() as tx:
            row = tx.session.get(Referral, referral_id)
            if row is None or row.deleted_at is not None:
                raise NotFound("This referral does not exist.")
            if row.status != status.value:
                row.status, row.updated_by = status.value, self.actor_id
                tx.audit(AuditEvent.UPDATE, record_type="referral", record_id=row.id,
                         client_id=row.resident_id, fields=("status",))
                if status is ReferralStatus.ACCEPTED and row.activity_id is not None:
                    self._take_part(tx, row)

    def _take_part(self, tx: Tx, referral: Referral) -> None:
        """An accepted referral to an activity: the resident takes part from today, counted
        as having come through the referral (once)."""
        already = tx.session.scalar(select(Participation.id).where(
            Participation.referral_id == referral.id, Participation.deleted_at.is_(None)))
        if already is not None:
            return
        live_activity(tx.session, referral.activity_id)
        row = Participation(resident_id=referral.resident_id, activity_id=referral.activity_id,
                            referral_id=referral.id, since=date.today(),
                            updated_by=self.actor_id)
        tx.session.add(row)
        tx.session.flush()
        tx.audit(AuditEvent.CREATE, record_type="participation", record_id=row.id,
                 client_id=referral.resident_id, fields=("activity_id", "referral_id", "since"))
