"""What the audit exports hold: the register of agreements and the access logs (NEN 7513:
per resident in time order, per professional, per period), read in keyset batches so a log of
any length streams through in constant memory."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from wijkdesk.domain.agreements import AgreementState
from wijkdesk.errors import ValidationError
from wijkdesk.export.agreement_pdf import STATES
from wijkdesk.export.audit_words import AUDIT_EVENTS, FIELDS, RECORD_TYPES, dutch, person
from wijkdesk.export.document import Column, Kind, Listing
from wijkdesk.export.pdf_kit import dmy, span
from wijkdesk.services.residents import display_name
from wijkdesk.store.models import Agreement, AuditEntry, Place, Profile, Resident

BATCH = 2_000

REGISTER_COLUMNS = (
    Column("title", "Titel", 4.5), Column("team", "Team", 3), Column("area", "Gebied", 2.9),
    Column("version", "Versie", 1.3, Kind.NUMBER), Column("state", "Status", 2.2),
    Column("period_from", "Van", 1.9, Kind.DATE), Column("period_to", "Tot en met", 1.9,
                                                         Kind.DATE),
    Column("review_on", "Evaluatie", 1.9, Kind.DATE),
    Column("approved_by", "Goedgekeurd door", 3),
    Column("approved_at", "Goedgekeurd op", 2.9, Kind.MOMENT),
)


@dataclass(frozen=True)
class AccessScope:
    """Which part of the log: one resident's file, one professional's actions, a period, or
    a resident or professional within a period. Dates are local and inclusive."""

    resident_id: uuid.UUID | None = None
    profile_id: uuid.UUID | None = None
    start: date | None = None
    end: date | None = None

    def validated(self) -> AccessScope:
        if self.resident_id is not None and self.profile_id is not None:
            raise ValidationError("Choose a resident or a professional, not both.")
        if self.start and self.end and self.start > self.end:
            raise ValidationError("The period ends before it starts.")
        return self

    def period(self, now: datetime) -> str:
        return span(self.start, self.end, f"het hele log tot en met {dmy(now.astimezone())}")


def register_count(s: Session) -> int:
    return s.scalar(select(func.count()).select_from(Agreement)
                    .where(Agreement.deleted_at.is_(None))) or 0


def register(s: Session) -> Listing:
    approver = aliased(Profile)

    def rows() -> Iterator[tuple]:
        q = (select(Agreement.title, Agreement.team, Place.name, Agreement.version,
                    Agreement.state, Agreement.period_from, Agreement.period_to,
                    Agreement.review_on, approver.display_name, Agreement.approved_at)
             .outerjoin(Place, Place.id == Agreement.place_id)
             .outerjoin(approver, approver.id == Agreement.approved_by)
             .where(Agreement.deleted_at.is_(None))
             .order_by(Agreement.team, Agreement.title, Agreement.series_id, Agreement.version))
        for row in s.execute(q.execution_options(yield_per=BATCH)):
            (title, team, place, version, state, start, end, review, by, at) = row
            yield (title, team, place or "hele team", version,
                   STATES.get(AgreementState(state).value, state), start, end, review,
                   by or "", at)

    return Listing("register", "Samenwerkingsafspraken", REGISTER_COLUMNS, rows(),
                   empty="Er zijn nog geen samenwerkingsafspraken.",
                   intro="Alle versies van alle afspraken, met hun status, evaluatiedatum en "
                         "wie ze goedkeurde.")


def access_columns() -> tuple[Column, ...]:
    # widths in points of a landscape page: six digits, a Dutch moment, "Fatima el Amrani
    # (famrani)" and "samenwerkingsafspraak" each on one line, so most rows take one line
    columns = [Column("seq", "Nr.", 37, Kind.NUMBER), Column("at", "Moment", 80, Kind.MOMENT),
               Column("who", "Wie", 138), Column("on_behalf_of", "Namens", 84),
               Column("event", "Handeling", 84), Column("record", "Onderdeel", 104)]
    # also in a resident's own log: a CSV has no cover to say whose log it is
    columns.append(Column("resident", "Bewoner", 96))
    columns.append(Column("fields", "Gegevens", 134))
    return tuple(columns)


def _bounds(scope: AccessScope) -> tuple[datetime | None, datetime | None]:
    def local(day: date) -> datetime:
        return datetime.combine(day, time()).astimezone()

    return (local(scope.start) if scope.start else None,
            local(scope.end + timedelta(days=1)) if scope.end else None)


def _filters(scope: AccessScope, head_seq: int) -> list:
    table = AuditEntry.__table__.c
    where = [table.seq <= head_seq]
    if scope.resident_id is not None:
        where.append(table.client_id == scope.resident_id)
    if scope.profile_id is not None:
        where.append(or_(table.actor_id == scope.profile_id,
                         table.on_behalf_of_id == scope.profile_id))
    start, end = _bounds(scope)
    if start is not None:
        where.append(table.at >= start)
    if end is not None:
        where.append(table.at < end)
    return where


def access_count(s: Session, scope: AccessScope, head_seq: int) -> int:
    return s.scalar(select(func.count()).select_from(AuditEntry.__table__)
                    .where(*_filters(scope, head_seq))) or 0


def access_log(s: Session, scope: AccessScope, head_seq: int) -> Listing:
    """The log up to and including entry head_seq (the head the document is sealed with), in
    the chain's order, which is time order."""
    table = AuditEntry.__table__.c
    people = {pid: (name, user) for pid, name, user in
              s.execute(select(Profile.id, Profile.display_name, Profile.username))}

    def who(pid: uuid.UUID | None) -> str:
        if pid is None:
            return "het systeem"
        return person(*people.get(pid, ("", "")), nobody=str(pid))

    def rows() -> Iterator[tuple]:
        last = 0
        where = _filters(scope, head_seq)
        while True:
            batch = s.execute(
                select(table.seq, table.at, table.actor_id, table.on_behalf_of_id,
                       table.event, table.record_type, table.client_id, table.fields)
                .where(table.seq > last, *where).order_by(table.seq).limit(BATCH)).all()
            if not batch:
                return
            names = resident_names(s, {r.client_id for r in batch if r.client_id})
            for r in batch:
                row = [r.seq, r.at, who(r.actor_id),
                       who(r.on_behalf_of_id) if r.on_behalf_of_id else "",
                       dutch(AUDIT_EVENTS, r.event), dutch(RECORD_TYPES, r.record_type)]
                row.append(names.get(r.client_id, "") if r.client_id else "")
                row.append(", ".join(dutch(FIELDS, f) for f in (r.fields or ())))
                yield tuple(row)
            last = batch[-1].seq

    return Listing("access_log", "Vastgelegde handelingen", access_columns(), rows(),
                   empty="In deze periode is niets vastgelegd.",
                   intro="Wie wat deed, wanneer en namens wie, in de volgorde van de "
                         "auditketen (NEN 7513). Nr. is het nummer van de regel in de keten.")


def resident_names(s: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Residents as the access log names them; an erased one as "(gewist)"."""
    if not ids:
        return {}
    return {i: ("(gewist)" if erased else display_name(family, given))
            for i, family, given, erased in s.execute(
                select(Resident.id, Resident.family_name, Resident.given_name,
                       Resident.erased_at).where(Resident.id.in_(ids)))}
