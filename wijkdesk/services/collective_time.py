"""What activities and initiatives share: the area they belong to, professional time spent on
them, and case-insensitive title search."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.collective import minutes_worked
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.roles import Permission
from wijkdesk.domain.support import NOTE_LIMIT, not_future, text
from wijkdesk.errors import NotFound, ValidationError
from wijkdesk.services.base import Service
from wijkdesk.services.professionals import check_professional
from wijkdesk.store.models import Activity, Initiative, Place, ProfessionalTime

TIME_RECORD_TYPE = "professional_time"
COLLECTIVE_LEVELS = (PlaceLevel.DISTRICT.value, PlaceLevel.NEIGHBOURHOOD.value)


def check_area(session: Session, place_id: uuid.UUID | None) -> Place:
    """The wijk or buurt that collective work belongs to."""
    place = session.get(Place, place_id) if place_id is not None else None
    if place is None or place.deleted_at is not None:
        raise NotFound("The chosen area does not exist.")
    if place.level not in COLLECTIVE_LEVELS:
        raise ValidationError("Collective work belongs to a wijk or buurt.")
    return place


def in_area(column: ColumnElement, place_id: uuid.UUID) -> ColumnElement[bool]:
    """column lies in the place itself or anywhere below it (a wijk shows its buurten's work,
    a gemeente its wijken's and their buurten's)."""
    children = select(Place.id).where(Place.parent_id == place_id)
    grandchildren = select(Place.id).where(Place.parent_id.in_(children))
    return or_(column == place_id, column.in_(children), column.in_(grandchildren))


def like_words(text_: str) -> str | None:
    """A LIKE pattern (escape character \\) for text anywhere, lower-cased; None for nothing."""
    words = " ".join(text_.split()).lower()
    if not words:
        return None
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def live_activity(session: Session, activity_id: uuid.UUID | None) -> Activity:
    row = session.get(Activity, activity_id) if activity_id is not None else None
    if row is None or row.deleted_at is not None:
        raise NotFound("This activity does not exist.")
    return row


def live_initiative(session: Session, initiative_id: uuid.UUID | None) -> Initiative:
    row = session.get(Initiative, initiative_id) if initiative_id is not None else None
    if row is None or row.deleted_at is not None:
        raise NotFound("This initiative does not exist.")
    return row


def minutes_per(column: ColumnElement):  # type: ignore[no-untyped-def]  # -> Subquery
    """Professional minutes per activity or per initiative (column names which), as a
    subquery with the columns `key` and `m`, for the lists to join once."""
    return (select(column.label("key"), func.sum(ProfessionalTime.minutes).label("m"))
            .where(ProfessionalTime.deleted_at.is_(None), column.is_not(None))
            .group_by(column).subquery())


def minutes_total(session: Session, column: ColumnElement, key: uuid.UUID) -> int:
    return session.scalar(select(func.coalesce(func.sum(ProfessionalTime.minutes), 0)).where(
        column == key, ProfessionalTime.deleted_at.is_(None))) or 0


class TimeLogging(Service):
    """Professional time on collective work; both the activity and the initiative service
    offer it, and it is the one place that writes it."""

    def log_time(self, professional_id: uuid.UUID, minutes: int, worked_on: date, *,
                 activity_id: uuid.UUID | None = None,
                 initiative_id: uuid.UUID | None = None,
                 intensive: bool = False, note: str = "") -> uuid.UUID:
        """Time spent on one activity or one initiative; an intensive support episode is
        marked on an initiative only."""
        self._require(Permission.WRITE_RECORDS, record_type=TIME_RECORD_TYPE)
        if (activity_id is None) == (initiative_id is None):
            raise ValidationError("Time is spent on either an activity or an initiative.")
        if intensive and activity_id is not None:
            raise ValidationError("Only support to an initiative is marked as intensive.")
        minutes = minutes_worked(minutes)
        not_future(worked_on, "date worked", date.today())
        note = text(note, "note", NOTE_LIMIT)
        with self._write() as tx:
            s = tx.session
            if professional_id is None:
                raise NotFound("The chosen professional does not exist.")
            check_professional(s, professional_id)
            if activity_id is not None:
                live_activity(s, activity_id)
            else:
                live_initiative(s, initiative_id)
            row = ProfessionalTime(professional_id=professional_id, activity_id=activity_id,
                                   initiative_id=initiative_id, worked_on=worked_on,
                                   minutes=minutes, intensive=bool(intensive), note=note,
                                   updated_by=self.actor_id)
            s.add(row)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type=TIME_RECORD_TYPE, record_id=row.id,
                     fields=[f for f in ("professional_id", "activity_id", "initiative_id",
                                         "worked_on", "minutes", "intensive", "note")
                             if getattr(row, f)])
            return row.id
