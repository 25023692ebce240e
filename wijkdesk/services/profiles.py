"""Profiles: who works in wijkdesk, with which role; signing in."""

from __future__ import annotations

import functools
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from wijkdesk.domain.audit_events import AuditEvent
from wijkdesk.domain.roles import Permission, Role
from wijkdesk.domain.sign_in import retry_delay
from wijkdesk.errors import (
    AuthenticationFailed,
    Conflict,
    LoginThrottled,
    NotFound,
    ValidationError,
)
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
    failed_logins: int = 0


def _info(p: Profile) -> ProfileInfo:
    return ProfileInfo(
        p.id, p.username, p.display_name, Role(p.role), p.disabled_at is not None,
        p.last_login_at, p.failed_logins,
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
        """Every profile: for administrators (and for the system, acting without a profile)."""
        if self.actor is not None:
            self._require(Permission.MANAGE_PROFILES, record_type=RECORD_TYPE)
        with self._read() as s:
            return [_info(p) for p in s.scalars(select(Profile).order_by(Profile.display_name))]

    def find(self, username: str) -> ProfileInfo:
        """A profile by user name: for administrators (so that others cannot probe names)."""
        if self.actor is not None:
            self._require(Permission.MANAGE_PROFILES, record_type=RECORD_TYPE)
        with self._read() as s:
            profile = s.scalar(select(Profile).where(Profile.username == username.strip().lower()))
            if profile is None:
                raise NotFound("That profile does not exist.")
            return _info(profile)

    def _insert(self, new: NewProfile, *, first: bool) -> ProfileInfo:
        new = new.validated()
        with self._write() as tx:
            s = tx.session
            if first and s.scalar(select(func.count()).select_from(Profile)):
                raise Conflict("This database already has profiles; sign in to add more.")
            if s.scalar(select(Profile.id).where(Profile.username == new.username)):
                raise Conflict("That user name is taken; choose another.")
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
        """The signed-in actor; every failure is audited and told apart only as far as is safe.

        After a few failures in a row a profile must wait before the next attempt is heard
        (doubling, capped): the wait is checked before the password, so guessing is slowed
        even when a guess would be right.
        """
        username = username.strip().lower()
        wait = 0
        with self._write() as tx:
            now = utcnow()
            profile = tx.session.scalar(select(Profile).where(Profile.username == username))
            wait = remaining_wait(profile, now) if profile is not None else 0
            if wait:
                tx.audit(AuditEvent.FAILED_LOGIN, record_type=RECORD_TYPE,
                         record_id=profile.id, detail="throttled")
                failed = True
            elif profile is None or not verify_password(profile.password_hash, password):
                if profile is None:  # as slow as a real check, so names cannot be probed
                    verify_password(_dummy_hash(), password)
                if profile is not None:
                    profile.failed_logins += 1
                    profile.last_failed_login_at = now
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
                profile.last_failed_login_at = None
                profile.last_login_at = now
                if needs_rehash(profile.password_hash):
                    profile.password_hash = hash_password(password)
                tx.actor = _actor(profile)
                tx.audit(AuditEvent.LOGIN, record_type=RECORD_TYPE, record_id=profile.id)
                actor = tx.actor
        # Raised after commit so that the failed attempt stays in the audit log.
        if wait:
            raise LoginThrottled(
                f"Too many failed attempts; try again in {wait} seconds.", wait)
        if failed:
            raise AuthenticationFailed(
                "The user name or password is wrong, or the profile is disabled."
            )
        return actor

    def record_session_end(self, event: AuditEvent) -> None:
        """The signed-in profile locked the window or signed out (NEN 7513 session events)."""
        if event not in (AuditEvent.LOCK, AuditEvent.LOGOUT) or self.actor is None:
            raise ValueError(event)
        with self._write() as tx:
            tx.audit(event, record_type=RECORD_TYPE, record_id=self.actor.id)

    # Administration -----------------------------------------------------------------------

    def _managed(self, tx, profile_id: uuid.UUID) -> Profile:  # type: ignore[no-untyped-def]
        profile = tx.session.get(Profile, profile_id)
        if profile is None:
            raise NotFound("That profile does not exist.")
        return profile

    def _keep_an_administrator(self, tx, leaving: Profile) -> None:  # type: ignore[no-untyped-def]
        if leaving.role != Role.ADMINISTRATOR.value or leaving.disabled_at is not None:
            return
        others = tx.session.scalar(
            select(func.count()).select_from(Profile).where(
                Profile.role == Role.ADMINISTRATOR.value, Profile.disabled_at.is_(None),
                Profile.id != leaving.id))
        if not others:
            raise Conflict("This is the last active administrator; make another profile "
                           "administrator first.")

    def set_disabled(self, profile_id: uuid.UUID, disabled: bool) -> ProfileInfo:
        """Disable a profile (it can no longer sign in) or enable it again."""
        self._require(Permission.MANAGE_PROFILES, record_type=RECORD_TYPE)
        with self._write() as tx:
            profile = self._managed(tx, profile_id)
            if disabled and profile.id == self.actor_id:
                raise Conflict("You cannot disable your own profile.")
            if disabled == (profile.disabled_at is not None):
                return _info(profile)
            if disabled:
                self._keep_an_administrator(tx, profile)
            profile.disabled_at = utcnow() if disabled else None
            profile.updated_by = self.actor_id
            tx.audit(AuditEvent.UPDATE, record_type=RECORD_TYPE, record_id=profile.id,
                     fields=("disabled_at",), detail="disabled" if disabled else "enabled")
            return _info(profile)

    def reset_password(self, profile_id: uuid.UUID, new_password: str) -> ProfileInfo:
        """An administrator sets a new password; waiting after failed attempts ends with it."""
        self._require(Permission.MANAGE_PROFILES, record_type=RECORD_TYPE)
        check_strength(new_password)
        with self._write() as tx:
            profile = self._managed(tx, profile_id)
            profile.password_hash = hash_password(new_password)
            profile.failed_logins = 0
            profile.last_failed_login_at = None
            profile.updated_by = self.actor_id
            tx.audit(AuditEvent.UPDATE, record_type=RECORD_TYPE, record_id=profile.id,
                     fields=("password_hash",), detail="password reset")
            return _info(profile)

    def change_role(self, profile_id: uuid.UUID, role: Role) -> ProfileInfo:
        self._require(Permission.MANAGE_PROFILES, record_type=RECORD_TYPE)
        role = Role(role)
        with self._write() as tx:
            profile = self._managed(tx, profile_id)
            if profile.id == self.actor_id:
                raise Conflict("You cannot change your own role; ask another administrator.")
            if profile.role == role.value:
                return _info(profile)
            if role is not Role.ADMINISTRATOR:
                self._keep_an_administrator(tx, profile)
            before = profile.role
            profile.role = role.value
            profile.updated_by = self.actor_id
            tx.audit(AuditEvent.UPDATE, record_type=RECORD_TYPE, record_id=profile.id,
                     fields=("role",), detail=f"{before} to {role.value}")
            return _info(profile)


@functools.cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_urlsafe(16))


def remaining_wait(profile: Profile, now: datetime) -> int:
    """Seconds before the profile's next password attempt is heard (sign-in and approval)."""
    delay = retry_delay(profile.failed_logins)
    if not delay or profile.last_failed_login_at is None:
        return 0
    remaining = profile.last_failed_login_at + timedelta(seconds=delay) - now
    return max(0, int(remaining.total_seconds() + 0.999))
