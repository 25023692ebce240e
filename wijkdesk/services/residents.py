"""Residents: the people the wijkteam supports. Reading a file is logged as access."""

import uuid
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, select

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.residents import (
    check_birth_date,
    check_email,
    check_name,
    normalise_postcode,
)
from wijkdesk.domain.roles import Permission
from wijkdesk.errors import NotFound
from wijkdesk.services.base import Service
from wijkdesk.store.models import Place, Resident

RECORD_TYPE = "resident"


@dataclass(frozen=True)
class ResidentData:
    given_name: str
    family_name: str
    date_of_birth: date | None = None
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    neighbourhood_id: uuid.UUID | None = None

    def validated(self, today: date) -> "ResidentData":
        return ResidentData(
            given_name=check_name(self.given_name, "given name"),
            family_name=check_name(self.family_name, "family name"),
            date_of_birth=check_birth_date(self.date_of_birth, today),
            street=self.street.strip(),
            house_number=self.house_number.strip(),
            postcode=normalise_postcode(self.postcode),
            city=self.city.strip(),
            phone=self.phone.strip(),
            email=check_email(self.email),
            neighbourhood_id=self.neighbourhood_id,
        )


@dataclass(frozen=True)
class ResidentView:
    id: uuid.UUID
    data: ResidentData
    neighbourhood_code: str | None


_DATA_FIELDS = tuple(f.name for f in fields(ResidentData))


class ResidentService(Service):
    def create(self, data: ResidentData) -> uuid.UUID:
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        data = data.validated(date.today())
        with self._write() as tx:
            if data.neighbourhood_id is not None:
                place = tx.session.get(Place, data.neighbourhood_id)
                if place is None or place.level != "neighbourhood":
                    raise NotFound("The chosen buurt does not exist.")
            resident = Resident(**{name: getattr(data, name) for name in _DATA_FIELDS},
                                updated_by=self.actor_id)
            tx.session.add(resident)
            tx.session.flush()
            tx.audit(AuditEvent.CREATE, record_type=RECORD_TYPE, record_id=resident.id,
                     client_id=resident.id,
                     fields=[n for n in _DATA_FIELDS if getattr(data, n) not in (None, "")])
            return resident.id

    def get(self, resident_id: uuid.UUID) -> ResidentView:
        """The resident's data; the access is written to the audit log (NEN 7513)."""
        self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        with self._write() as tx:
            row = tx.session.execute(
                select(Resident, Place.code)
                .outerjoin(Place, Resident.neighbourhood_id == Place.id)
                .where(Resident.id == resident_id, Resident.deleted_at.is_(None))
            ).first()
            if row is None:
                raise NotFound("This resident does not exist or was erased.")
            resident, code = row
            tx.audit(AuditEvent.READ, record_type=RECORD_TYPE, record_id=resident.id,
                     client_id=resident.id)
            data = ResidentData(**{name: getattr(resident, name) for name in _DATA_FIELDS})
            return ResidentView(resident.id, data, code)

    def count(self) -> int:
        with self._read() as s:
            return s.scalar(
                select(func.count()).select_from(Resident).where(Resident.deleted_at.is_(None))
            ) or 0
