"""Profiles: who works in wijkdesk, with which role; signing in."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.roles import Permission, Role
from wijkdesk.errors import AuthenticationFailed, Conflict, ValidationError
from wijkdesk.security.passwords import check_strength, hash_password, needs_rehash, verify_password
from wijkdesk.services.base import Actor, Service
from wijkdesk.store.models import Profile
from wijkdesk.store.types import utcnow

_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{2,63}")
RECORD_TYPE = "profile"


@dataclass(frozen=True)
class ProfileInfo:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    disabled: bool
    last_login_at: datetime | None


def _info(p: Profile) -> ProfileInfo:
    return ProfileInfo(
        p.id, p.username, p.display_name, Role(p.role), p.disabled_at is not None, p.last_login_at
    )


def _actor(p: Profile) -> Actor:
    return Actor(p.id, p.username, p.display_name, Role(p.role))


@dataclass(frozen=True)
class NewProfile:
    username: str
    display_name: str
    password: str
    role: Role = Role.TEAM_MEMBER

    def validated(self) -> NewProfile:
        username = self.username.strip().lower()
        if not _USERNAME.fullmatch(username):
            raise ValidationError(
                "A user name has 3 to 64 characters: lower-case letters, digits, '.', '_' or '-'."
            )
        display = " ".join(self.display_name.split())
        if not display or len(display) > 120:
            raise ValidationError("A display name has 1 to 120 characters.")
        check_strength(self.password)
        return NewProfile(username, display, self.password, Role(self.role))


class ProfileService(Service):
    def count(self) -> int:
        with self._read() as s:
            return s.scalar(select(func.count()).select_from(Profile)) or 0

    def list(self) -> list[ProfileInfo]:
        with self._read() as s:
            return [_info(p) for p in s.scalars(select(Profile).order_by(Profile.display_name))]

    def _insert(self, new: NewProfile, *, first: bool) -> ProfileInfo:
        new = new.validated()
        with self._write() as tx:
            s = tx.session
            if first and s.scalar(select(func.count()).select_from(Profile)):
                raise Conflict("This database already has profiles; sign in to add more.")
            if s.scalar(select(Profile.id).where(Profile.username == new.username)):
                raise Conflict(f"The user name '{new.username}' is taken.")
            profile = Profile(
                username=new.username,
                display_name=new.display_name,
                role=new.role.value,
                password_hash=hash_password(new.password),
                updated_by=self.actor_id,
            )
            s.add(profile)
            s.flush()
            if first:
                profile.updated_by = profile.id
                tx.actor = _actor(profile)  # the first profile creates itself
            tx.audit(
                AuditEvent.CREATE,
                record_type=RECORD_TYPE,
                record_id=profile.id,
                fields=("username", "display_name", "role", "password_hash"),
            )
            return _info(profile)

    def create_first(self, new: NewProfile) -> ProfileInfo:
        """The administrator made at initialisation, when no profile exists yet."""
        return self._insert(NewProfile(new.username, new.display_name, new.password,
                                       Role.ADMINISTRATOR), first=True)

    def create(self, new: NewProfile) -> ProfileInfo:
        self._require(Permission.MANAGE_PROFILES, record_type=RECORD_TYPE)
        return self._insert(new, first=False)

    def authenticate(self, username: str, password: str) -> Actor:
        """The signed-in actor; every failure is audited and told apart only as far as is safe."""
        username = username.strip().lower()
        with self._write() as tx:
            profile = tx.session.scalar(select(Profile).where(Profile.username == username))
            if profile is None or not verify_password(profile.password_hash, password):
                if profile is not None:
                    profile.failed_logins += 1
                tx.audit(
                    AuditEvent.FAILED_LOGIN,
                    record_type=RECORD_TYPE,
                    record_id=profile.id if profile else None,
                    detail="wrong password" if profile else "unknown user name",
                )
                failed = True
            elif profile.disabled_at is not None:
                tx.audit(AuditEvent.FAILED_LOGIN, record_type=RECORD_TYPE,
                         record_id=profile.id, detail="profile disabled")
                failed = True
            else:
                failed = False
                profile.failed_logins = 0
                profile.last_login_at = utcnow()
                if needs_rehash(profile.password_hash):
                    profile.password_hash = hash_password(password)
                tx.actor = _actor(profile)
                tx.audit(AuditEvent.LOGIN, record_type=RECORD_TYPE, record_id=profile.id)
                actor = tx.actor
        if failed:
            # Raised after commit so that the failed attempt stays in the audit log.
            raise AuthenticationFailed(
                "The user name or password is wrong, or the profile is disabled."
            )
        return actor
