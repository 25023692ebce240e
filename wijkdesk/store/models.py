"""ORM tables of the foundation. Later issues add their own modules beside this one.

Every domain row carries a UUIDv7 key, created_at/updated_at (UTC), updated_by and a tombstone
(deleted_at) so that laptops can later sync with a team server without losing or resurrecting
data. The audit log and the meta table are not domain rows and follow their own rules.
"""

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from wijkdesk.domain.ids import uuid7
from wijkdesk.store.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), uuid.UUID: Uuid()}


class Record:
    """Columns every domain row has."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[uuid.UUID | None]
    deleted_at: Mapped[datetime | None]


class Meta(Base):
    """Facts about the database itself (application version, anchor secret)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Profile(Record, Base):
    __tablename__ = "profiles"
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled_at: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_login_at: Mapped[datetime | None]


class AuditEntry(Base):
    """Append-only, hash-chained. Triggers refuse UPDATE and DELETE (see the migrations)."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID] = mapped_column(unique=True)
    at: Mapped[datetime]
    event: Mapped[str] = mapped_column(String(24))
    actor_id: Mapped[uuid.UUID | None]
    on_behalf_of_id: Mapped[uuid.UUID | None]
    client_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    record_type: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(64))
    fields: Mapped[list[str]] = mapped_column(JSON)
    detail: Mapped[str | None] = mapped_column(String(200))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_log_actor_at", "actor_id", "at"),)


class Place(Record, Base):
    """A gemeente, wijk or buurt with its CBS code."""

    __tablename__ = "places"
    level: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("places.id"), index=True)


class ProfessionalType(Record, Base):
    __tablename__ = "professional_types"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    assignment: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text, default="")


class Professional(Record, Base):
    __tablename__ = "professionals"
    name: Mapped[str] = mapped_column(String(120))
    professional_type_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("professional_types.id"), index=True
    )
    profile_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("profiles.id"), index=True)
    team: Mapped[str] = mapped_column(String(120), default="")


class Household(Record, Base):
    __tablename__ = "households"
    label: Mapped[str] = mapped_column(String(120))
    neighbourhood_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("places.id"), index=True
    )


class Resident(Record, Base):
    __tablename__ = "residents"
    given_name: Mapped[str] = mapped_column(String(80))
    family_name: Mapped[str] = mapped_column(String(120))
    date_of_birth: Mapped[date | None]
    street: Mapped[str] = mapped_column(String(120), default="")
    house_number: Mapped[str] = mapped_column(String(16), default="")
    postcode: Mapped[str] = mapped_column(String(7), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    neighbourhood_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("places.id"), index=True
    )
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"), index=True)
    household_relation: Mapped[str] = mapped_column(String(24), default="")
    # The full-text index's row number for this resident (an explicit column, because SQLite
    # may renumber implicit rowids on VACUUM).
    search_key: Mapped[int] = mapped_column(Integer, unique=True)
    sort_name: Mapped[str] = mapped_column(String(240))  # domain.residents.sort_name
    erased_at: Mapped[datetime | None]

    __table_args__ = (
        Index("ix_residents_name", "sort_name", "id"),
        Index("ix_residents_buurt_name", "neighbourhood_id", "sort_name", "id"),
        Index("ix_residents_postcode", "postcode", "house_number", "id"),
    )


class SupportRequest(Record, Base):
    """A help question (hulpvraag): what the resident asks, on which ground it is processed."""

    __tablename__ = "support_requests"
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), index=True)
    life_domain: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(8))
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]
    professional_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("professionals.id"), index=True)
    care_kind: Mapped[str] = mapped_column(String(8))
    purpose: Mapped[str] = mapped_column(String(200))
    legal_basis: Mapped[str] = mapped_column(String(24))


class SupportPlan(Record, Base):
    __tablename__ = "support_plans"
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("support_requests.id"), unique=True)
    agreed_on: Mapped[date]
    review_on: Mapped[date | None]


class PlanGoal(Record, Base):
    __tablename__ = "plan_goals"
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("support_plans.id"), index=True)
    goal: Mapped[str] = mapped_column(Text)
    target_date: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(16))
    result: Mapped[str] = mapped_column(Text, default="")


class DomainScore(Record, Base):
    """A Zelfredzaamheid-Matrix score of one life domain, at intake or at a review."""

    __tablename__ = "domain_scores"
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("support_requests.id"), index=True)
    life_domain: Mapped[str] = mapped_column(String(32))
    score: Mapped[int] = mapped_column(Integer)
    moment: Mapped[str] = mapped_column(String(8))
    assessed_on: Mapped[date]


class Contact(Record, Base):
    __tablename__ = "contacts"
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"))
    request_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("support_requests.id"), index=True)
    professional_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("professionals.id"))
    occurred_on: Mapped[date]
    minutes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(500), default="")

    __table_args__ = (
        # the keys of the two paged lists: one resident's timeline, and all contacts by date
        Index("ix_contacts_resident_date", "resident_id", "occurred_on", "id"),
        Index("ix_contacts_date", "occurred_on", "id"),
        Index("ix_contacts_professional_date", "professional_id", "occurred_on"),
    )


class Consent(Record, Base):
    __tablename__ = "consents"
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(200))
    # what the consent covers in a way the software acts on (domain.support.ConsentScope)
    scope: Mapped[str] = mapped_column(String(32), default="")
    given_on: Mapped[date]
    valid_until: Mapped[date | None]
    withdrawn_on: Mapped[date | None]


class Referral(Record, Base):
    """To an organisation, an activity or a resident initiative (toeleiding)."""

    __tablename__ = "referrals"
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), index=True)
    request_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("support_requests.id"))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    activity_id: Mapped[uuid.UUID | None]
    initiative_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("initiatives.id"))
    referred_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(500), default="")


class ContactMonth(Base):
    """Contacts per buurt (of the resident now), month and professional: derived data, kept by
    the triggers of revision 0005 (the SQLite corner), so that a wijk's figures read a few
    hundred rows instead of a quarter of a million contacts. Keys are the ids as stored (32 hex
    characters), '' for none."""

    __tablename__ = "contact_months"
    neighbourhood_key: Mapped[str] = mapped_column(String(32), primary_key=True)
    month: Mapped[int] = mapped_column(Integer, primary_key=True)  # year * 100 + month
    professional_key: Mapped[str] = mapped_column(String(32), primary_key=True)
    contacts: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)


# Collective work (issue 5) ---------------------------------------------------------------------


class FundingSource(Record, Base):
    __tablename__ = "funding_sources"
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(24))
    description: Mapped[str] = mapped_column(Text, default="")


class Initiative(Record, Base):
    """A resident initiative (wijkinitiatief)."""

    __tablename__ = "initiatives"
    title: Mapped[str] = mapped_column(String(160))
    idea: Mapped[str] = mapped_column(Text, default="")
    place_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("places.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    started_on: Mapped[date]


class InitiativeStatusChange(Record, Base):
    __tablename__ = "initiative_status_changes"
    initiative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("initiatives.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    changed_on: Mapped[date]


class Initiator(Record, Base):
    """A resident who carries an initiative: its contact person (personal data)."""

    __tablename__ = "initiators"
    initiative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("initiatives.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(120), default="")


class Activity(Record, Base):
    __tablename__ = "activities"
    title: Mapped[str] = mapped_column(String(160))
    theme: Mapped[str] = mapped_column(String(80), default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    organiser: Mapped[str] = mapped_column(String(160), default="")
    place_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("places.id"), index=True)
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]
    initiative_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("initiatives.id"),
                                                            index=True)


class ActivitySession(Record, Base):
    __tablename__ = "activity_sessions"
    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activities.id"))
    held_on: Mapped[date]
    attendance: Mapped[int] = mapped_column(Integer)
    new_participants: Mapped[int] = mapped_column(Integer, default=0)
    referred_participants: Mapped[int] = mapped_column(Integer, default=0)
    volunteers: Mapped[int] = mapped_column(Integer, default=0)
    volunteer_minutes: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_activity_sessions_activity_held", "activity_id", "held_on"),)


class ProfessionalTime(Record, Base):
    """Time a professional spent on collective work: an activity, or an initiative (where a
    short intensive support episode is marked as such)."""

    __tablename__ = "professional_time"
    professional_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("professionals.id"))
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activities.id"),
                                                          index=True)
    initiative_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("initiatives.id"),
                                                            index=True)
    worked_on: Mapped[date]
    minutes: Mapped[int] = mapped_column(Integer)
    intensive: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(String(500), default="")

    __table_args__ = (Index("ix_professional_time_professional_on", "professional_id",
                            "worked_on"),)


class InitiativeSupport(Record, Base):
    """Support asked and given: financial (amounts), organisational or process support."""

    __tablename__ = "initiative_support"
    initiative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("initiatives.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text, default="")
    asked_on: Mapped[date]
    given_on: Mapped[date | None]
    amount_asked: Mapped[int] = mapped_column(Integer, default=0)
    amount_granted: Mapped[int] = mapped_column(Integer, default=0)
    amount_paid: Mapped[int] = mapped_column(Integer, default=0)
    amount_accounted: Mapped[int] = mapped_column(Integer, default=0)


class Budget(Record, Base):
    """Money from one source for one activity or initiative; several make a bundle."""

    __tablename__ = "budgets"
    funding_source_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("funding_sources.id"),
                                                         index=True)
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activities.id"),
                                                          index=True)
    initiative_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("initiatives.id"),
                                                            index=True)
    year: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)


class Commitment(Record, Base):
    __tablename__ = "commitments"
    budget_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("budgets.id"), index=True)
    amount: Mapped[int] = mapped_column(Integer)
    committed_on: Mapped[date]
    description: Mapped[str] = mapped_column(String(200), default="")


class Spending(Record, Base):
    __tablename__ = "spending"
    budget_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("budgets.id"), index=True)
    commitment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("commitments.id"))
    amount: Mapped[int] = mapped_column(Integer)
    spent_on: Mapped[date]
    description: Mapped[str] = mapped_column(String(200), default="")
    overspend_confirmed: Mapped[bool] = mapped_column(default=False)


class OffsetSaving(Record, Base):
    """An estimated saving elsewhere (inverdieneffect), and the source whose budget gains."""

    __tablename__ = "offset_savings"
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activities.id"))
    initiative_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("initiatives.id"))
    funding_source_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("funding_sources.id"))
    amount: Mapped[int] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer)
    rationale: Mapped[str] = mapped_column(Text)


class Attachment(Record, Base):
    """A receipt, photo or signed form; the bytes live in the encrypted database itself."""

    __tablename__ = "attachments"
    owner_type: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[uuid.UUID] = mapped_column(index=True)
    label: Mapped[str] = mapped_column(String(160), default="")
    content_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Participation(Record, Base):
    """A resident taking part in an activity, often after a referral (toeleiding)."""

    __tablename__ = "participations"
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), index=True)
    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activities.id"), index=True)
    referral_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("referrals.id"))
    since: Mapped[date]
    until: Mapped[date | None]


class TaskDomain(Record, Base):
    """A group of neighbourhood tasks (signalling, referral, budgets...): the role map's
    columns."""

    __tablename__ = "task_domains"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Task(Record, Base):
    __tablename__ = "tasks"
    domain_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("task_domains.id"), index=True)
    code: Mapped[str | None] = mapped_column(String(40), unique=True)  # seeded tasks only
    name: Mapped[str] = mapped_column(String(160))
    description: Mapped[str] = mapped_column(Text, default="")
    work: Mapped[str] = mapped_column(String(12))  # domain.role_matrix.WorkKind
    policy: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class RoleMatrix(Record, Base):
    """The responsibility matrix of a team, or of a team in one wijk."""

    __tablename__ = "role_matrices"
    team: Mapped[str] = mapped_column(String(120))
    place_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("places.id"))
    # SQLite treats NULLs as distinct in a unique index: the key makes "no wijk" a value
    scope_key: Mapped[str] = mapped_column(String(200), unique=True)


class MatrixCell(Base):
    """A level (R, A, C, I) of a type for a task; no row means none."""

    __tablename__ = "matrix_cells"
    matrix_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("role_matrices.id"),
                                                 primary_key=True)
    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id"), primary_key=True)
    type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("professional_types.id"),
                                               primary_key=True)
    level: Mapped[str] = mapped_column(String(1))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[uuid.UUID | None]


class MatrixSplit(Base):
    """The agreed individual share of a type's hours, in whole percent (the rest collective)."""

    __tablename__ = "matrix_splits"
    matrix_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("role_matrices.id"),
                                                 primary_key=True)
    type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("professional_types.id"),
                                               primary_key=True)
    individual_percent: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[uuid.UUID | None]


class Agreement(Record, Base):
    """One version of a samenwerkingsafspraak; versions of one agreement share a series.
    Approved versions are frozen by the service and by a trigger (migration 0006)."""

    __tablename__ = "agreements"
    __table_args__ = (UniqueConstraint("series_id", "version"),)
    series_id: Mapped[uuid.UUID] = mapped_column(index=True)
    version: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(12))
    title: Mapped[str] = mapped_column(String(200))
    parties: Mapped[str] = mapped_column(Text)
    team: Mapped[str] = mapped_column(String(120))
    place_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("places.id"))
    period_from: Mapped[date | None]
    period_to: Mapped[date | None]
    assignment: Mapped[str] = mapped_column(Text)
    expected_results: Mapped[str] = mapped_column(Text, default="")
    mutual_expectations: Mapped[str] = mapped_column(Text, default="")
    mandate: Mapped[str] = mapped_column(Text, default="")
    hours_per_week: Mapped[int] = mapped_column(Integer, default=0)
    budget_cents: Mapped[int] = mapped_column(Integer, default=0)
    evaluation_criteria: Mapped[str] = mapped_column(Text, default="")
    review_on: Mapped[date | None] = mapped_column(index=True)
    matrix_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("role_matrices.id"))
    snapshot: Mapped[dict] = mapped_column(JSON)  # the matrix as it was, by names
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("profiles.id"))
    approved_at: Mapped[datetime | None]
    approved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("profiles.id"))
    approval_note: Mapped[str] = mapped_column(Text, default="")


class AgreementStep(Base):
    """The trail of a version: every state it went through, who took the step and why.
    Append-only (a trigger refuses changes)."""

    __tablename__ = "agreement_steps"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreements.id"), index=True)
    from_state: Mapped[str] = mapped_column(String(12), default="")
    to_state: Mapped[str] = mapped_column(String(12))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("profiles.id"))
    note: Mapped[str] = mapped_column(Text, default="")


# Record types counted by `wijkdesk info`; later issues register theirs here.
COUNTED: dict[str, type[Base]] = {
    "profiles": Profile,
    "places": Place,
    "professional_types": ProfessionalType,
    "professionals": Professional,
    "households": Household,
    "residents": Resident,
    "support_requests": SupportRequest,
    "contacts": Contact,
    "activities": Activity,
    "initiatives": Initiative,
    "agreements": Agreement,
}
