"""ORM tables of the foundation. Later issues add their own modules beside this one.

Every domain row carries a UUIDv7 key, created_at/updated_at (UTC), updated_by and a tombstone
(deleted_at) so that laptops can later sync with a team server without losing or resurrecting
data. The audit log and the meta table are not domain rows and follow their own rules.
"""

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, MetaData, String, Text, Uuid
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


# Record types counted by `wijkdesk info`; later issues register theirs here.
COUNTED: dict[str, type[Base]] = {
    "profiles": Profile,
    "places": Place,
    "professional_types": ProfessionalType,
    "professionals": Professional,
    "households": Household,
    "residents": Resident,
}
