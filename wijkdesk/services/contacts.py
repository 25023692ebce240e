"""Contacts with residents: recorded in under a minute, listed by date in keyset pages."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select, tuple_

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.roles import Permission, may
from wijkdesk.domain.support import NOTE_LIMIT, ContactKind, choice, minutes, not_future, text
from wijkdesk.errors import NotFound, PermissionDenied, ValidationError
from wijkdesk.services.base import Service
from wijkdesk.services.professionals import check_professional, professional_of
from wijkdesk.services.residents import PAGE_SIZE, Page, display_name, live_resident
from wijkdesk.store.models import Contact, Professional, Resident, SupportRequest
from wijkdesk.store.types import utcnow

RECORD_TYPE = "contact"


@dataclass(frozen=True)
class ContactData:
    occurred_on: date
    minutes: int
    kind: ContactKind
    note: str = ""
    request_id: uuid.UUID | None = None
    professional_id: uuid.UUID | None = None  # None: the acting profile's professional

    def validated(self, today: date) -> ContactData:
        return ContactData(not_future(self.occurred_on, "contact date", today),
                           minutes(self.minutes), choice(ContactKind, self.kind, "contact kind"),
                           text(self.note, "note", NOTE_LIMIT), self.request_id,
                           self.professional_id)


@dataclass(frozen=True)
class ContactRow:
    id: uuid.UUID
    occurred_on: date
    resident_id: uuid.UUID
    resident_name: str
    kind: str
    minutes: int
    professional: str
    life_domain: str | None  # of the request it belongs to
    note: str


@dataclass(frozen=True)
class ContactQuery:
    resident_id: uuid.UUID | None = None  # one resident's timeline, or all contacts
    mine: bool = False
    kind: ContactKind | None = None


class ContactService(Service):
    def add(self, resident_id: uuid.UUID, data: ContactData) -> uuid.UUID:
        self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        data = data.validated(date.today())
        with self._write() as tx:
            s = tx.session
            resident = live_resident(s, resident_id)
            professional_id = data.professional_id or professional_of(s, self.actor_id)
            check_professional(s, professional_id)
            if data.request_id is not None:
                request = s.get(SupportRequest, data.request_id)
                if request is None or request.deleted_at is not None:
                    raise NotFound("This request does not exist.")
                if request.resident_id != resident.id:
                    raise ValidationError("That request belongs to another resident.")
            contact = Contact(resident_id=resident.id, request_id=data.request_id,
                              professional_id=professional_id, occurred_on=data.occurred_on,
                              minutes=data.minutes, kind=data.kind.value, note=data.note,
                              updated_by=self.actor_id)
            s.add(contact)
            s.flush()
            tx.audit(AuditEvent.CREATE, record_type=RECORD_TYPE, record_id=contact.id,
                     client_id=resident.id,
                     fields=[f for f in ("occurred_on", "minutes", "kind", "note", "request_id",
                                         "professional_id") if getattr(contact, f)])
            return contact.id

    def remove(self, contact_id: uuid.UUID) -> None:
        """Tombstone a contact recorded by mistake (the undo of add): by the professional who
        recorded it, or by a team lead."""
        actor = self._require(Permission.WRITE_RECORDS, record_type=RECORD_TYPE)
        if not may(actor.role, Permission.PRIVACY_RIGHTS):
            with self._read() as s:
                row = s.execute(select(Contact.professional_id).where(
                    Contact.id == contact_id, Contact.deleted_at.is_(None))).first()
                mine = professional_of(s, actor.id)
            if row is None:
                raise NotFound("This contact does not exist.")
            if row.professional_id is None or row.professional_id != mine:
                with self._write() as tx:  # the refusal is on record, like every other
                    tx.audit(AuditEvent.PERMISSION_DENIED, record_type=RECORD_TYPE,
                             record_id=contact_id, detail="remove another's contact")
                raise PermissionDenied("Only the professional who recorded a contact, or a "
                                       "team lead, can remove it.")
        with self._write() as tx:
            contact = tx.session.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise NotFound("This contact does not exist.")
            contact.deleted_at = utcnow()
            contact.note = ""
            contact.updated_by = self.actor_id
            tx.audit(AuditEvent.DELETE, record_type=RECORD_TYPE, record_id=contact.id,
                     client_id=contact.resident_id)

    def page(self, query: ContactQuery, after: tuple | None = None,
             limit: int = PAGE_SIZE) -> Page:
        """Newest first; pass the previous page's `after` for the next page."""
        actor = self._require(Permission.READ_RECORDS, record_type=RECORD_TYPE)
        if not 1 <= limit <= 1_000:
            raise ValidationError("A page holds 1 to 1,000 rows.")
        with self._read() as s:
            mine = professional_of(s, actor.id) if query.mine else None
            if query.mine and mine is None:
                return Page([], None)
            rows = s.connection().execute(
                self.list_statement(query, mine, after, limit + 1)).all()
        more = len(rows) > limit
        rows = rows[:limit]
        out = [ContactRow(r.id, r.occurred_on, r.resident_id,
                          display_name(r.family_name, r.given_name), r.kind, r.minutes,
                          r.professional or "", r.life_domain, r.note) for r in rows]
        after_key = (rows[-1].occurred_on, rows[-1].id) if more else None
        return Page(out, after_key)

    @staticmethod
    def list_statement(query: ContactQuery, professional_id: uuid.UUID | None,
                       after: tuple | None, limit: int) -> Select:
        """The SQL of one page (public so that a test can check its query plan)."""
        stmt = (
            select(Contact.id, Contact.occurred_on, Contact.resident_id, Contact.kind,
                   Contact.minutes, Contact.note, Resident.family_name, Resident.given_name,
                   Professional.name.label("professional"), SupportRequest.life_domain)
            .join(Resident, Resident.id == Contact.resident_id)
            .outerjoin(Professional, Professional.id == Contact.professional_id)
            .outerjoin(SupportRequest, SupportRequest.id == Contact.request_id)
            .where(Contact.deleted_at.is_(None), Resident.deleted_at.is_(None))
        )
        if query.resident_id is not None:
            stmt = stmt.where(Contact.resident_id == query.resident_id)
        if professional_id is not None:
            stmt = stmt.where(Contact.professional_id == professional_id)
        if query.kind is not None:
            stmt = stmt.where(Contact.kind == query.kind.value)
        if after is not None:
            stmt = stmt.where(tuple_(Contact.occurred_on, Contact.id) < tuple_(*after))
        return stmt.order_by(Contact.occurred_on.desc(), Contact.id.desc()).limit(limit)

    def count(self) -> int:
        with self._read() as s:
            return s.scalar(select(func.count()).select_from(Contact).where(
                Contact.deleted_at.is_(None))) or 0
