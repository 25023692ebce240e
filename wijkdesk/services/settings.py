"""Workspace settings that are policy for everyone on this database: idle lock, backup retention.

They live in the database (not in a per-user file) so that one administrator's choice holds for
every profile and for the command line; changing them is audited.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from sqlalchemy import select

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.roles import Permission
from wijkdesk.errors import ValidationError
from wijkdesk.services.base import Service
from wijkdesk.store.models import Meta

_PREFIX = "setting."
# (lowest, highest) accepted value of each setting
LIMITS = {
    "idle_lock_minutes": (1, 60),
    "backup_daily": (1, 90),
    "backup_weekly": (0, 104),
    "retention_youth_years": (1, 100),
    "retention_social_years": (1, 100),
    "retention_loose_contact_years": (1, 100),
}


@dataclass(frozen=True)
class WorkspaceSettings:
    idle_lock_minutes: int = 15
    backup_daily: int = 7
    backup_weekly: int = 4
    # AVG retention, in years: youth care requests after closure (Jeugdwet: 20), general
    # social work requests after closure, contacts that belong to no request after the contact
    retention_youth_years: int = 20
    retention_social_years: int = 15
    retention_loose_contact_years: int = 2
    # printed on the cover of every audit export
    organisation: str = ""

    def validated(self) -> WorkspaceSettings:
        messages = {
            "idle_lock_minutes": "The idle lock takes 1 to 60 minutes.",
            "backup_daily": "Keep the daily backups of 1 to 90 days.",
            "backup_weekly": "Keep the weekly backups of 0 to 104 weeks.",
            "retention_youth_years": "Keep youth care requests 1 to 100 years after closure.",
            "retention_social_years": "Keep social work requests 1 to 100 years after closure.",
            "retention_loose_contact_years": "Keep contacts without a request 1 to 100 years.",
        }
        for name, (low, high) in LIMITS.items():
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ValidationError(messages[name])
        if not isinstance(self.organisation, str) or len(self.organisation.strip()) > 120:
            raise ValidationError("The organisation's name takes at most 120 characters.")
        return replace(self, organisation=" ".join(self.organisation.split()))


class SettingsService(Service):
    def get(self) -> WorkspaceSettings:
        with self._read() as s:
            rows = dict(s.execute(
                select(Meta.key, Meta.value).where(Meta.key.startswith(_PREFIX))).all())
        found = {}
        for f in fields(WorkspaceSettings):
            raw = rows.get(_PREFIX + f.name)
            if raw is None:
                continue
            if f.name not in LIMITS:
                found[f.name] = raw
            elif raw.isdigit():
                found[f.name] = int(raw)
        try:
            return WorkspaceSettings(**found).validated()
        except ValidationError:  # a value out of range written by hand: fall back
            return WorkspaceSettings()

    def update(self, new: WorkspaceSettings) -> WorkspaceSettings:
        self._require(Permission.MANAGE_STORE, record_type="settings")
        new = new.validated()
        current = self.get()
        changed = [f.name for f in fields(WorkspaceSettings)
                   if getattr(new, f.name) != getattr(current, f.name)]
        if not changed:
            return current
        with self._write() as tx:
            for name in changed:
                self.store.set_meta(tx.session, _PREFIX + name, str(getattr(new, name)))
            tx.audit(AuditEvent.UPDATE, record_type="settings", fields=changed,
                     detail=", ".join(f"{n}={getattr(new, n)}" for n in changed
                                      if n in LIMITS)[:200] or None)
        return replace(new)
