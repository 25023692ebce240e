"""Professional types (the five from the article, seeded) and the professionals of a team."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import insert, select

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.professionals import SEEDED_TYPES, AssignmentKind
from wijkdesk.domain.roles import Permission
from wijkdesk.errors import NotFound, ValidationError
from wijkdesk.services.base import Service
from wijkdesk.store.models import Professional, ProfessionalType


@dataclass(frozen=True)
class ProfessionalTypeInfo:
    id: uuid.UUID
    code: str
    name: str
    assignment: AssignmentKind


@dataclass(frozen=True)
class ProfessionalInfo:
    id: uuid.UUID
    name: str
    type_code: str
    team: str


class ProfessionalService(Service):
    def seed_types(self) -> int:
        """Add the seeded types that are missing; reference data, so no actor is needed."""
        with self._write() as tx:
            s = tx.session
            present = set(s.scalars(select(ProfessionalType.code)))
            rows = [
                {"code": t.code, "name": t.name, "assignment": t.assignment.value,
                 "description": t.description, "updated_by": self.actor_id}
                for t in SEEDED_TYPES if t.code not in present
            ]
            if rows:
                s.execute(insert(ProfessionalType), rows)
                tx.audit(AuditEvent.CREATE, record_type="professional_type",
                         detail=f"{len(rows)} seeded types")
            return len(rows)

    def types(self) -> list[ProfessionalTypeInfo]:
        with self._read() as s:
            return [
                ProfessionalTypeInfo(t.id, t.code, t.name, AssignmentKind(t.assignment))
                for t in s.scalars(select(ProfessionalType).order_by(ProfessionalType.name))
            ]

    def add(self, name: str, type_code: str, team: str = "",
            profile_id: uuid.UUID | None = None) -> ProfessionalInfo:
        self._require(Permission.WRITE_RECORDS, record_type="professional")
        name = " ".join(name.split())
        if not name:
            raise ValidationError("A professional needs a name.")
        with self._write() as tx:
            s = tx.session
            ptype = s.scalar(select(ProfessionalType).where(ProfessionalType.code == type_code))
            if ptype is None:
                raise NotFound(f"There is no professional type '{type_code}'.")
            pro = Professional(name=name, professional_type_id=ptype.id, team=team.strip(),
                               profile_id=profile_id, updated_by=self.actor_id)
            s.add(pro)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type="professional", record_id=pro.id,
                     fields=("name", "professional_type_id", "team", "profile_id"))
            return ProfessionalInfo(pro.id, pro.name, ptype.code, pro.team)

    def mine(self) -> uuid.UUID | None:
        """The professional of the acting profile, if it has one."""
        with self._read() as s:
            return professional_of(s, self.actor_id)

    def list(self) -> list[ProfessionalInfo]:
        with self._read() as s:
            rows = s.execute(
                select(Professional, ProfessionalType.code)
                .join(ProfessionalType)
                .where(Professional.deleted_at.is_(None))
                .order_by(Professional.name)
            )
            return [ProfessionalInfo(p.id, p.name, code, p.team) for p, code in rows]


def professional_of(session, profile_id: uuid.UUID | None) -> uuid.UUID | None:  # noqa: ANN001
    """The professional linked to a profile (the "me" of new contacts and "assigned to me")."""
    if profile_id is None:
        return None
    return session.scalar(select(Professional.id).where(
        Professional.profile_id == profile_id, Professional.deleted_at.is_(None)).limit(1))


def check_professional(session, professional_id: uuid.UUID | None) -> None:  # noqa: ANN001
    if professional_id is not None:
        pro = session.get(Professional, professional_id)
        if pro is None or pro.deleted_at is not None:
            raise NotFound("The chosen professional does not exist.")
