"""AVG rights of residents: access to everything held about them, erasure, retention.

Subject access gathers the whole file (every contact, not a page) and who opened it, from the
audit log. Erasure blanks every text about the resident in one transaction and keeps the
coded facts (dates, life domains, minutes) for anonymous counts; afterwards no plaintext of
what was erased may remain in the database file, its free pages or its WAL. The retention
list is computed in a few set-based queries, so it stays quick on a city's worth of contacts.
"""

from __future__ import annotations

import enum
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.residents import sort_name
from wijkdesk.domain.retention import (
    RetentionBasis,
    add_years,
    years_before,
)
from wijkdesk.domain.roles import Permission
from wijkdesk.domain.support import CareKind, RequestStatus, choice
from wijkdesk.export import subject_access as writer
from wijkdesk.resources import resource_path
from wijkdesk.services.activities import ParticipationView, participations_of
from wijkdesk.services.base import Service
from wijkdesk.services.resident_file import (
    ConsentView,
    ReferralView,
    RequestView,
    referrals_of,
    requests_of,
)
from wijkdesk.services.residents import DATA_FIELDS, ResidentData, display_name, live_resident
from wijkdesk.services.settings import SettingsService, WorkspaceSettings
from wijkdesk.store.database import DATABASE_ID_KEY
from wijkdesk.store.models import (
    AuditEntry,
    Consent,
    Contact,
    Household,
    Meta,
    Participation,
    Place,
    PlanGoal,
    Professional,
    Profile,
    Referral,
    Resident,
    SupportPlan,
    SupportRequest,
)
from wijkdesk.store.search import forget_deleted_tokens
from wijkdesk.store.types import utcnow

log = logging.getLogger(__name__)

RECORD_TYPE = "resident"


class ErasureReason(enum.StrEnum):
    REQUEST = "request"  # the resident asked (AVG article 17)
    RETENTION = "retention"  # the retention period is over


class ExportFormat(enum.StrEnum):
    PDF = "pdf"
    JSON = "json"


# Subject access ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HouseholdEntry:
    """Another member of the household: name and relation only (their own data is theirs)."""

    name: str
    relation: str


@dataclass(frozen=True)
class ContactEntry:
    id: uuid.UUID
    occurred_on: date
    kind: str
    minutes: int
    professional: str
    request_id: uuid.UUID | None
    life_domain: str | None  # of the request it belongs to
    note: str


@dataclass(frozen=True)
class AccessEntry:
    """One audit entry about the resident: who did what to which part of the file, when."""

    at: datetime
    event: str
    actor: str  # display name of the profile; "" for the system
    actor_username: str
    record_type: str | None
    fields: tuple[str, ...]
    on_behalf_of: str | None


@dataclass(frozen=True)
class SubjectAccess:
    resident_id: uuid.UUID
    generated_at: datetime
    generated_by: str
    database_id: str
    name: str
    data: ResidentData
    neighbourhood: str
    relation: str
    household: tuple[HouseholdEntry, ...]
    requests: tuple[RequestView, ...]  # newest first, with plan goals and scores
    contacts: tuple[ContactEntry, ...]  # all of them, newest first
    consents: tuple[ConsentView, ...]
    referrals: tuple[ReferralView, ...]
    access_log: tuple[AccessEntry, ...]  # oldest first
    participations: tuple[ParticipationView, ...] = ()  # collective activities, newest first


# Retention ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionItem:
    """A resident whose whole file is past its retention period."""

    resident_id: uuid.UUID
    retention_ended: date  # the last day of the longest-running retention period
    basis: RetentionBasis  # the kind of record whose period ended last


@dataclass(frozen=True)
class LooseContactItem:
    """Contacts without a request, past retention, of a resident whose file is still kept."""

    resident_id: uuid.UUID
    contacts: int
    newest: date


@dataclass(frozen=True)
class _Cutoffs:
    youth: date
    social: date
    loose: date
    registered: datetime

    @classmethod
    def of(cls, settings: WorkspaceSettings, today: date) -> _Cutoffs:
        loose = years_before(today, settings.retention_loose_contact_years)
        return cls(years_before(today, settings.retention_youth_years),
                   years_before(today, settings.retention_social_years), loose,
                   datetime(loose.year, loose.month, loose.day, tzinfo=UTC))


# Erasure steps, each one set-based UPDATE over one kind of record (tests make one fail) ---------


def _stamp(actor_id: uuid.UUID | None, now: datetime) -> dict:
    return {"updated_at": now, "updated_by": actor_id}


def _bulk(s: Session, statement) -> int:  # type: ignore[no-untyped-def]
    """Rows changed by a set-based UPDATE; no ORM objects are loaded or synchronised, however
    many rows it touches."""
    return s.execute(statement, execution_options={"synchronize_session": False}).rowcount


def _erase_requests(s: Session, resident_id: uuid.UUID, actor_id: uuid.UUID | None,
                    now: datetime) -> int:
    # life domain, dates, kind of care and legal basis stay for counts; the purpose is free
    # text, and an unclosed question ends with the erasure (no one works on it any more)
    closed = update(SupportRequest).where(SupportRequest.resident_id == resident_id)
    _bulk(s, closed.where(SupportRequest.status != "closed").values(
        status="closed", closed_on=now.date()))
    return _bulk(s, closed.values(description="", purpose="", **_stamp(actor_id, now)))


def _erase_goals(s: Session, resident_id: uuid.UUID, actor_id: uuid.UUID | None,
                 now: datetime) -> int:
    plans = (select(SupportPlan.id).join(SupportRequest,
                                         SupportRequest.id == SupportPlan.request_id)
             .where(SupportRequest.resident_id == resident_id))
    return _bulk(s, update(PlanGoal).where(PlanGoal.plan_id.in_(plans))
                    .values(goal="", result="", **_stamp(actor_id, now)))


def _erase_contacts(s: Session, resident_id: uuid.UUID, actor_id: uuid.UUID | None,
                    now: datetime) -> int:
    # date, minutes, kind and professional stay: they count the team's work
    return _bulk(s, update(Contact).where(Contact.resident_id == resident_id)
                    .values(note="", **_stamp(actor_id, now)))


def _erase_consents(s: Session, resident_id: uuid.UUID, actor_id: uuid.UUID | None,
                    now: datetime) -> int:
    return _bulk(s, update(Consent).where(Consent.resident_id == resident_id)
                    .values(purpose="", deleted_at=func.coalesce(Consent.deleted_at, now),
                            **_stamp(actor_id, now)))


def _erase_referrals(s: Session, resident_id: uuid.UUID, actor_id: uuid.UUID | None,
                     now: datetime) -> int:
    return _bulk(s, update(Referral).where(Referral.resident_id == resident_id)
                    .values(organisation="", note="",
                            deleted_at=func.coalesce(Referral.deleted_at, now),
                            **_stamp(actor_id, now)))


def _erase_participations(s: Session, resident_id: uuid.UUID, actor_id: uuid.UUID | None,
                          now: datetime) -> int:
    # the sessions' attendance counts stay; the link from the person to the activity goes
    return _bulk(s, update(Participation).where(Participation.resident_id == resident_id)
                    .values(deleted_at=func.coalesce(Participation.deleted_at, now),
                            until=func.coalesce(Participation.until, now.date()),
                            **_stamp(actor_id, now)))


def _erase_household(s: Session, resident: Resident, actor_id: uuid.UUID | None,
                     now: datetime) -> int:
    if resident.household_id is None:
        return 0
    household = s.get(Household, resident.household_id)
    if household is None:
        return 0
    others = s.scalar(select(func.count()).select_from(Resident).where(
        Resident.household_id == household.id, Resident.id != resident.id,
        Resident.deleted_at.is_(None))) or 0
    label = household.label.casefold()
    names = [n.casefold() for n in (resident.family_name, resident.given_name) if n.strip()]
    if others and not any(n in label for n in names):
        return 0
    household.label = ""
    if not others:
        household.deleted_at = household.deleted_at or now
    household.updated_at, household.updated_by = now, actor_id
    return 1


def _erase_resident(s: Session, resident: Resident, actor_id: uuid.UUID | None,
                    now: datetime) -> int:
    # The search index follows through the residents_search_update trigger (revision 0004):
    # the tombstone takes the row out of the full-text index; forget_deleted_tokens then
    # removes its words from the index's storage too.
    blank = dict.fromkeys(("given_name", "family_name", "street", "house_number", "postcode",
                           "city", "phone", "email", "household_relation"), "")
    _bulk(s, update(Resident).where(Resident.id == resident.id).values(
        **blank, date_of_birth=None, household_id=None, sort_name=sort_name("", ""),
        erased_at=now, deleted_at=now, **_stamp(actor_id, now)))
    forget_deleted_tokens(s)
    return 1


ERASE_STEPS: tuple[Callable[[Session, uuid.UUID, uuid.UUID | None, datetime], int], ...] = (
    _erase_requests, _erase_goals, _erase_contacts, _erase_consents, _erase_referrals,
    _erase_participations)


class PrivacyService(Service):
    # Right of access ---------------------------------------------------------------------------

    def subject_access(self, resident_id: uuid.UUID) -> SubjectAccess:
        """Everything held about the resident, and who saw it; the export itself is audited."""
        actor = self._require(Permission.PRIVACY_RIGHTS, record_type=RECORD_TYPE)
        with self._write() as tx:
            s = tx.session
            resident = live_resident(s, resident_id)
            buurt = s.get(Place, resident.neighbourhood_id) if resident.neighbourhood_id else None
            database_id = s.scalar(select(Meta.value).where(Meta.key == DATABASE_ID_KEY)) or ""
            access = SubjectAccess(
                resident_id=resident.id,
                generated_at=utcnow(),
                generated_by=actor.display_name,
                database_id=database_id,
                name=display_name(resident.family_name, resident.given_name),
                data=ResidentData(**{n: getattr(resident, n) for n in DATA_FIELDS}),
                neighbourhood=buurt.name if buurt else "",
                relation=resident.household_relation,
                household=_household(s, resident),
                requests=tuple(requests_of(s, resident.id)),
                contacts=_contacts(s, resident.id),
                consents=tuple(ConsentView(c.id, c.purpose, c.given_on, c.valid_until,
                                           c.withdrawn_on, c.scope)
                               for c in s.scalars(select(Consent).where(
                                   Consent.resident_id == resident.id,
                                   Consent.deleted_at.is_(None)).order_by(Consent.given_on))),
                referrals=tuple(referrals_of(s, resident.id)),
                access_log=_access_log(s, resident.id),
                participations=tuple(participations_of(s, resident.id)),
            )
            tx.audit(AuditEvent.EXPORT, record_type=RECORD_TYPE, record_id=resident.id,
                     client_id=resident.id, detail="subject access")
        return access

    def export(self, resident_id: uuid.UUID, path: Path,
               fmt: ExportFormat | str = ExportFormat.PDF) -> SubjectAccess:
        """subject_access() written to path, as a PDF for the resident or as JSON."""
        fmt = choice(ExportFormat, fmt, "export format")
        access = self.subject_access(resident_id)
        if fmt is ExportFormat.JSON:
            writer.write_json(access, path)
        else:  # the export layer cannot look up resources itself (tests/test_architecture.py)
            writer.write_pdf(access, path, fonts=resource_path("fonts"))
        return access

    # Right to erasure --------------------------------------------------------------------------

    def erase(self, resident_id: uuid.UUID, reason: ErasureReason | str) -> int:
        """Blank every personal text of the resident in one transaction; the number of records
        touched. Coded facts stay for anonymous counts."""
        self._require(Permission.PRIVACY_RIGHTS, record_type=RECORD_TYPE)
        reason = choice(ErasureReason, reason, "reason for erasure")
        now = utcnow()
        with self._write() as tx:
            s = tx.session
            resident = live_resident(s, resident_id)
            count = sum(step(s, resident.id, self.actor_id, now) for step in ERASE_STEPS)
            count += _erase_household(s, resident, self.actor_id, now)
            count += _erase_resident(s, resident, self.actor_id, now)
            tx.audit(AuditEvent.DELETE, record_type=RECORD_TYPE, record_id=resident.id,
                     client_id=resident.id, detail=f"erased: {reason.value} ({count} records)")
        self._scrub()
        return count

    def _scrub(self, attempts: int = 10) -> bool:
        """Move the erased pages out of the WAL into the (secure-deleting) database file and
        empty the WAL, so that no earlier version of the erased rows stays on disk. False when
        another reader kept it from finishing (the next erasure or close tries again)."""
        for attempt in range(attempts):
            with self.store.raw() as conn:
                busy, *_ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                return True
            time.sleep(0.05 * (attempt + 1))  # a reader in another process finishes soon
        log.warning("WAL not emptied after erasure: the database is busy elsewhere")
        return False

    # Retention ---------------------------------------------------------------------------------

    def past_retention(self, today: date | None = None) -> list[RetentionItem]:
        """Residents whose whole file may go: no open request, every request and every contact
        without a request past its retention period. Oldest end first."""
        self._require(Permission.PRIVACY_RIGHTS, record_type="retention")
        today = today or date.today()
        settings = SettingsService(self.store).get()
        cut = _Cutoffs.of(settings, today)
        with self._read() as s:
            rows = s.execute(_past_statement(cut)).all()
        items = []
        for resident_id, youth, social, loose, created in rows:
            ends = [(add_years(youth, settings.retention_youth_years),
                     RetentionBasis.YOUTH_REQUEST) if youth else None,
                    (add_years(social, settings.retention_social_years),
                     RetentionBasis.SOCIAL_REQUEST) if social else None,
                    (add_years(loose, settings.retention_loose_contact_years),
                     RetentionBasis.LOOSE_CONTACT) if loose else None]
            found = [e for e in ends if e is not None] or [
                (add_years(created.date(), settings.retention_loose_contact_years),
                 RetentionBasis.REGISTRATION)]
            end, basis = max(found, key=lambda e: e[0])
            items.append(RetentionItem(resident_id, end, basis))
        return sorted(items, key=lambda i: (i.retention_ended, str(i.resident_id)))

    def loose_contacts_past_retention(self, today: date | None = None
                                      ) -> list[LooseContactItem]:
        """Per resident whose file is still kept: contacts without a request past retention."""
        self._require(Permission.PRIVACY_RIGHTS, record_type="retention")
        cut = _Cutoffs.of(SettingsService(self.store).get(), today or date.today())
        with self._read() as s:
            rows = s.execute(
                select(Contact.resident_id, func.count(), func.max(Contact.occurred_on))
                .where(_loose_past(cut)).group_by(Contact.resident_id)
                .order_by(Contact.resident_id)).all()
        return [LooseContactItem(r, n, newest) for r, n, newest in rows]

    def purge_loose_contacts(self, today: date | None = None) -> int:
        """Blank and tombstone the contacts of loose_contacts_past_retention() in one
        transaction; the number of contacts. Each resident's audit trail gets the count."""
        self._require(Permission.PRIVACY_RIGHTS, record_type="retention")
        cut = _Cutoffs.of(SettingsService(self.store).get(), today or date.today())
        now = utcnow()
        with self._write() as tx:
            s = tx.session
            per_resident = s.execute(select(Contact.resident_id, func.count())
                                     .where(_loose_past(cut))
                                     .group_by(Contact.resident_id)).all()
            if not per_resident:
                return 0
            total = _bulk(s, update(Contact).where(_loose_past(cut)).values(
                note="", deleted_at=now, **_stamp(self.actor_id, now)))
            for resident_id, n in per_resident:
                tx.audit(AuditEvent.DELETE, record_type="contact", client_id=resident_id,
                         fields=("note",), detail=f"retention: {n} contacts without a request")
        self._scrub()
        return total


# Queries -----------------------------------------------------------------------------------------


def _household(s: Session, resident: Resident) -> tuple[HouseholdEntry, ...]:
    if resident.household_id is None:
        return ()
    rows = s.execute(select(Resident.family_name, Resident.given_name,
                            Resident.household_relation)
                     .where(Resident.household_id == resident.household_id,
                            Resident.id != resident.id, Resident.deleted_at.is_(None))
                     .order_by(Resident.date_of_birth, Resident.id)).all()
    return tuple(HouseholdEntry(display_name(f, g), rel) for f, g, rel in rows)


def _contacts(s: Session, resident_id: uuid.UUID) -> tuple[ContactEntry, ...]:
    rows = s.execute(
        select(Contact.id, Contact.occurred_on, Contact.kind, Contact.minutes,
               Professional.name, Contact.request_id, SupportRequest.life_domain, Contact.note)
        .outerjoin(Professional, Professional.id == Contact.professional_id)
        .outerjoin(SupportRequest, SupportRequest.id == Contact.request_id)
        .where(Contact.resident_id == resident_id, Contact.deleted_at.is_(None))
        .order_by(Contact.occurred_on.desc(), Contact.id.desc())).all()
    return tuple(ContactEntry(i, on, kind, minutes, pro or "", req, domain, note)
                 for i, on, kind, minutes, pro, req, domain, note in rows)


def _access_log(s: Session, resident_id: uuid.UUID) -> tuple[AccessEntry, ...]:
    actor = aliased(Profile)
    behalf = aliased(Profile)
    rows = s.execute(
        select(AuditEntry.at, AuditEntry.event, actor.display_name, actor.username,
               AuditEntry.record_type, AuditEntry.fields, behalf.display_name)
        .outerjoin(actor, actor.id == AuditEntry.actor_id)
        .outerjoin(behalf, behalf.id == AuditEntry.on_behalf_of_id)
        .where(AuditEntry.client_id == resident_id)
        .order_by(AuditEntry.seq)).all()
    return tuple(AccessEntry(at, event, name or "", user or "", record_type,
                             tuple(fields or ()), on_behalf)
                 for at, event, name, user, record_type, fields, on_behalf in rows)


def _past_statement(cut: _Cutoffs):  # type: ignore[no-untyped-def]
    """One row per resident past retention: newest closing of youth and social requests,
    newest contact without a request, and the registration moment."""
    closed = SupportRequest.status == RequestStatus.CLOSED.value
    youth = SupportRequest.care_kind == CareKind.YOUTH.value
    requests = (
        select(SupportRequest.resident_id.label("resident_id"),
               func.sum(case((closed, 0), else_=1)).label("unclosed"),
               func.max(case((youth, SupportRequest.closed_on))).label("youth"),
               func.max(case((~youth, SupportRequest.closed_on))).label("social"))
        .where(SupportRequest.deleted_at.is_(None))
        .group_by(SupportRequest.resident_id).subquery())
    loose = (
        select(Contact.resident_id.label("resident_id"),
               func.max(Contact.occurred_on).label("last"))
        .where(Contact.request_id.is_(None), Contact.deleted_at.is_(None))
        .group_by(Contact.resident_id).subquery())
    return (
        select(Resident.id, requests.c.youth, requests.c.social, loose.c.last,
               Resident.created_at)
        .outerjoin(requests, requests.c.resident_id == Resident.id)
        .outerjoin(loose, loose.c.resident_id == Resident.id)
        .where(Resident.deleted_at.is_(None),
               func.coalesce(requests.c.unclosed, 0) == 0,
               or_(requests.c.youth.is_(None), requests.c.youth < cut.youth),
               or_(requests.c.social.is_(None), requests.c.social < cut.social),
               or_(loose.c.last.is_(None), loose.c.last < cut.loose),
               or_(requests.c.resident_id.is_not(None), loose.c.resident_id.is_not(None),
                   Resident.created_at < cut.registered)))


def _loose_past(cut: _Cutoffs):  # type: ignore[no-untyped-def]
    """Live contacts without a request past retention, of residents whose file is kept."""
    past = _past_statement(cut).with_only_columns(Resident.id)
    erased = select(Resident.id).where(Resident.deleted_at.is_not(None))
    return and_(Contact.request_id.is_(None), Contact.deleted_at.is_(None),
                Contact.occurred_on < cut.loose, Contact.resident_id.not_in(past),
                Contact.resident_id.not_in(erased))


__all__ = [
    "AccessEntry",
    "ContactEntry",
    "ErasureReason",
    "ExportFormat",
    "HouseholdEntry",
    "LooseContactItem",
    "PrivacyService",
    "RetentionItem",
    "SubjectAccess",
]
