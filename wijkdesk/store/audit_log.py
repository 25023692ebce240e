"""Reading and appending the audit log inside the caller's transaction."""

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.ids import uuid7
from wijkdesk.security.audit_chain import GENESIS, Anchor, ChainEntry
from wijkdesk.store.models import AuditEntry
from wijkdesk.store.types import utcnow

HEAD_KEY = "wijkdesk.audit_head"


@dataclass(frozen=True)
class AuditFact:
    """What a service says happened; the chain fields are added on append."""

    event: AuditEvent
    actor_id: uuid.UUID | None = None
    record_type: str | None = None
    record_id: uuid.UUID | str | None = None
    client_id: uuid.UUID | None = None
    on_behalf_of_id: uuid.UUID | None = None
    fields: Sequence[str] = ()
    detail: str | None = None  # never personal data: counts, lengths, reasons
    at: datetime | None = None  # when it happened, if earlier than its append (deferred facts)


def _s(value: uuid.UUID | str | None) -> str | None:
    return None if value is None else str(value)


def head(session: Session) -> tuple[int, str]:
    """The newest entry's number and hash; (0, GENESIS) for an empty log."""
    row = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return (0, GENESIS) if row is None else (row.seq, row.hash)


def append(session: Session, facts: Iterable[AuditFact]) -> Anchor | None:
    """Chain and insert the facts in this transaction (begun IMMEDIATE, so no one interleaves)."""
    seq, prev = head(session)
    rows = []
    for fact in facts:
        seq += 1
        entry = ChainEntry(
            seq=seq,
            id=str(uuid7()),
            at=fact.at or utcnow(),
            event=fact.event.value,
            actor_id=_s(fact.actor_id),
            on_behalf_of_id=_s(fact.on_behalf_of_id)
            if fact.on_behalf_of_id != fact.actor_id
            else None,
            client_id=_s(fact.client_id),
            record_type=fact.record_type,
            record_id=_s(fact.record_id),
            fields=tuple(sorted(fact.fields)),
            detail=fact.detail,
            prev_hash=prev,
        )
        digest = entry.computed_hash()
        rows.append(
            {
                "seq": entry.seq,
                "id": uuid.UUID(entry.id),
                "at": entry.at,
                "event": entry.event,
                "actor_id": fact.actor_id,
                "on_behalf_of_id": uuid.UUID(entry.on_behalf_of_id)
                if entry.on_behalf_of_id
                else None,
                "client_id": fact.client_id,
                "record_type": entry.record_type,
                "record_id": entry.record_id,
                "fields": list(entry.fields),
                "detail": entry.detail,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if not rows:
        return None
    session.execute(insert(AuditEntry), rows)
    anchor = Anchor(seq, prev)
    session.info[HEAD_KEY] = anchor
    return anchor


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def iter_chain(session: Session, batch: int = 5_000) -> Iterator[ChainEntry]:
    """All entries in seq order, fetched in keyset pages so memory stays flat."""
    table = AuditEntry.__table__
    last = 0
    while True:
        # Core rows, not ORM objects: verifying a long log is bound by this loop.
        rows = session.execute(
            select(table).where(table.c.seq > last).order_by(table.c.seq).limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            yield ChainEntry(
                seq=row.seq,
                id=str(row.id),
                at=row.at,
                event=row.event,
                actor_id=_s(row.actor_id),
                on_behalf_of_id=_s(row.on_behalf_of_id),
                client_id=_s(row.client_id),
                record_type=row.record_type,
                record_id=row.record_id,
                fields=tuple(row.fields or ()),
                detail=row.detail,
                prev_hash=row.prev_hash,
                hash=row.hash,
            )
        last = rows[-1].seq
