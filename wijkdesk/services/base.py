"""What every service shares: the store, the acting profile, transactions with audit facts."""

import contextlib
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy.orm import Session

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.roles import Permission, Role, may
from wijkdesk.errors import PermissionDenied
from wijkdesk.store import audit_log
from wijkdesk.store.audit_log import AuditFact
from wijkdesk.store.database import Store
from wijkdesk.store.types import utcnow

T = TypeVar("T")

# Long work reports (done, total) through this; the caller may raise Cancelled from it to stop.
Progress = Callable[[int, int], None]


def reporting(items: Iterable[T], total: int, progress: Progress | None,
              every: int = 1_000) -> Iterator[T]:
    """items unchanged, telling progress how far along they are every so many."""
    done = 0
    if progress is not None:
        progress(0, total)
    for item in items:
        yield item
        done += 1
        if progress is not None and done % every == 0:
            progress(done, total)
    if progress is not None:
        progress(done, max(total, done))


@dataclass(frozen=True)
class Actor:
    """The profile on whose account a service acts (plain data, safe to hand to the window)."""

    id: uuid.UUID
    username: str
    display_name: str
    role: Role


@dataclass
class Tx:
    """One open transaction and the audit facts that will be chained into it before commit."""

    session: Session
    actor: Actor | None
    facts: list[AuditFact] = field(default_factory=list)

    def audit(
        self,
        event: AuditEvent,
        *,
        record_type: str | None = None,
        record_id: uuid.UUID | str | None = None,
        client_id: uuid.UUID | None = None,
        fields: Sequence[str] = (),
        detail: str | None = None,
        on_behalf_of: uuid.UUID | None = None,
    ) -> None:
        self.facts.append(
            AuditFact(
                event=event,
                actor_id=self.actor.id if self.actor else None,
                record_type=record_type,
                record_id=record_id,
                client_id=client_id,
                on_behalf_of_id=on_behalf_of,
                fields=tuple(fields),
                detail=detail,
            )
        )


class Service:
    def __init__(self, store: Store, actor: Actor | None = None):
        self.store = store
        self.actor = actor

    @property
    def actor_id(self) -> uuid.UUID | None:
        return self.actor.id if self.actor else None

    @contextlib.contextmanager
    def _write(self, *, bulk: bool = False) -> Iterator[Tx]:
        deferred = self.store.take_deferred()
        try:
            with self.store.write(bulk=bulk) as session:
                tx = Tx(session, self.actor)
                yield tx
                if deferred or tx.facts:
                    audit_log.append(session, [*deferred, *tx.facts])
        except BaseException:
            self.store.return_deferred(deferred)
            raise

    def _defer_audit(self, event: AuditEvent, *, record_type: str | None = None,
                     detail: str | None = None) -> None:
        """An audit fact of a read-only call, chained with the next write or flush_audit()."""
        self.store.defer(AuditFact(event=event, actor_id=self.actor_id, record_type=record_type,
                                   detail=detail, at=utcnow()))

    def flush_audit(self) -> bool:
        """Chain the deferred facts now; True if there were any."""
        if not self.store.has_deferred:
            return False
        with self._write():
            pass
        return True

    @contextlib.contextmanager
    def _read(self) -> Iterator[Session]:
        with self.store.read() as session:
            yield session

    def _require(self, permission: Permission, *, record_type: str | None = None) -> Actor:
        """The actor, if they may; otherwise the refusal is audited and PermissionDenied raised."""
        if self.actor is not None and may(self.actor.role, permission):
            return self.actor
        with self._write() as tx:
            tx.audit(
                AuditEvent.PERMISSION_DENIED, record_type=record_type, detail=permission.value
            )
        if self.actor is None:
            raise PermissionDenied("This action needs a signed-in profile.")
        raise PermissionDenied(f"Your role does not allow this ({permission.value}).")
