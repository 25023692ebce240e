"""Verifying the audit log: the hash chain inside, the anchor outside."""

from wijkdesk.security.audit_chain import AnchorInvalid, ChainReport, verify_chain
from wijkdesk.services.base import Service
from wijkdesk.store import audit_log


class AuditService(Service):
    def count(self) -> int:
        with self._read() as s:
            return audit_log.count(s)

    def verify(self) -> ChainReport:
        try:
            anchor = self.store.read_anchor()
        except AnchorInvalid as exc:
            with self._read() as s:
                return ChainReport(False, audit_log.count(s), None, str(exc))
        with self._read() as s:
            return verify_chain(audit_log.iter_chain(s), anchor)

    def verify_internal(self) -> ChainReport:
        """The chain alone, without the anchor (for a backup, which has no anchor of its own)."""
        with self._read() as s:
            report = verify_chain(audit_log.iter_chain(s), None)
        if not report.ok and report.first_bad_seq is None:  # only "anchor missing"
            return ChainReport(True, report.count)
        return report
