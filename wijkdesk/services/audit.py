"""Verifying the audit log: the hash chain inside, the anchor outside."""

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.roles import Permission
from wijkdesk.errors import Conflict
from wijkdesk.security.audit_chain import (
    Anchor,
    AnchorInvalid,
    AnchorWrite,
    ChainReport,
    verify_chain,
)
from wijkdesk.services.base import Progress, Service, reporting
from wijkdesk.store import audit_log


class AuditService(Service):
    def count(self) -> int:
        with self._read() as s:
            return audit_log.count(s)

    def verify(self, progress: Progress | None = None) -> ChainReport:
        try:
            anchor = self.store.read_anchor()
        except AnchorInvalid as exc:
            with self._read() as s:
                return ChainReport(False, audit_log.count(s), None, str(exc))
        with self._read() as s:
            entries = audit_log.iter_chain(s)
            if progress is not None:
                entries = reporting(entries, audit_log.count(s), progress)
            return verify_chain(entries, anchor)

    def reanchor(self) -> ChainReport:
        """An administrator accepts the chain as it stands after the anchor was lost or failed.

        Only an intact chain can be re-anchored; what the anchor said is kept in the audit
        entry that records the re-anchoring, so the act itself stays visible.
        """
        self._require(Permission.MANAGE_STORE, record_type="audit_anchor")
        before = self.verify()
        if before.ok and not before.notes:
            raise Conflict("The audit log and its anchor agree; there is nothing to re-anchor.")
        internal = self.verify_internal()
        if not internal.ok:
            raise Conflict(f"The chain itself is broken ({internal.problem}); "
                           "restore a backup instead.")
        with self._read() as s:
            head = Anchor(*audit_log.head(s))
        self.store.write_anchor(head, AnchorWrite.RESET)
        with self._write() as tx:
            tx.audit(AuditEvent.UPDATE, record_type="audit_anchor",
                     detail=(before.problem or "anchor behind")[:200])
        return self.verify()

    def verify_internal(self) -> ChainReport:
        """The chain alone, without the anchor (for a backup, which has no anchor of its own)."""
        with self._read() as s:
            return verify_chain(audit_log.iter_chain(s), None, anchor_required=False)
