"""Places: gemeente, wijk and buurt with their CBS codes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.places import PARENT_LEVEL, PlaceLevel, validate_code
from wijkdesk.domain.roles import Permission
from wijkdesk.errors import Conflict, NotFound, ValidationError
from wijkdesk.services.base import Service
from wijkdesk.store.models import Place

RECORD_TYPE = "place"


@dataclass(frozen=True)
class PlaceInfo:
    id: uuid.UUID
    level: PlaceLevel
    code: str
    name: str
    parent_id: uuid.UUID | None


def _info(p: Place) -> PlaceInfo:
    return PlaceInfo(p.id, PlaceLevel(p.level), p.code, p.name, p.parent_id)


class PlaceService(Service):
    def add(self, level: PlaceLevel, code: str, name: str,
            parent_id: uuid.UUID | None = None) -> PlaceInfo:
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        name = " ".join(name.split())
        if not name:
            raise ValidationError("An area needs a name.")
        with self._write() as tx:
            s = tx.session
            parent_code = None
            if level in PARENT_LEVEL:
                parent = s.get(Place, parent_id) if parent_id else None
                if parent is None or parent.deleted_at is not None:
                    raise NotFound("The area this one lies in does not exist.")
                if parent.level != PARENT_LEVEL[level]:
                    raise ValidationError(
                        f"A {level.value} lies in a {PARENT_LEVEL[level].value}."
                    )
                parent_code = parent.code
            code = validate_code(level, code, parent_code)
            if s.scalar(select(Place.id).where(Place.code == code)):
                raise Conflict(f"Area {code} exists already.")
            place = Place(level=level.value, code=code, name=name, parent_id=parent_id,
                          updated_by=self.actor_id)
            s.add(place)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type=RECORD_TYPE, record_id=place.id,
                     fields=("level", "code", "name", "parent_id"))
            return _info(place)

    def list(self, level: PlaceLevel | None = None) -> list[PlaceInfo]:
        with self._read() as s:
            query = select(Place).where(Place.deleted_at.is_(None)).order_by(Place.code)
            if level is not None:
                query = query.where(Place.level == level.value)
            return [_info(p) for p in s.scalars(query)]
