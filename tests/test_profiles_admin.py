"""Profile administration, sign-in backoff and workspace settings (services, no window)."""

from datetime import timedelta

import pytest
from sqlalchemy import text

from tests.conftest import ADMIN_PASSWORD
from wijkdesk.domain.roles import Role
from wijkdesk.domain.sign_in import FREE_ATTEMPTS, MAX_DELAY_SECONDS, retry_delay
from wijkdesk.errors import (
    AuthenticationFailed,
    Conflict,
    LoginThrottled,
    PermissionDenied,
    ValidationError,
)
from wijkdesk.services.profiles import NewProfile
from wijkdesk.services.settings import WorkspaceSettings

MEMBER_PASSWORD = "lid-wachtwoord-42"


@pytest.fixture
def member(workspace, admin):
    return workspace.profiles(admin).create(
        NewProfile("lid", "Lid Test", MEMBER_PASSWORD, Role.TEAM_MEMBER))


def _events(workspace, n):
    with workspace.store.read() as s:
        rows = s.execute(text("SELECT event, detail FROM audit_log ORDER BY seq DESC LIMIT :n"),
                         {"n": n}).all()
    return [tuple(r) for r in reversed(rows)]


def test_retry_delay_is_free_at_first_then_doubles_up_to_a_cap():
    assert [retry_delay(n) for n in range(FREE_ATTEMPTS)] == [0] * FREE_ATTEMPTS
    assert [retry_delay(n) for n in (3, 4, 5, 6)] == [1, 2, 4, 8]
    assert retry_delay(50) == MAX_DELAY_SECONDS


def test_repeated_failures_make_even_the_right_password_wait(workspace, member):
    profiles = workspace.profiles()
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(AuthenticationFailed) as caught:
            profiles.authenticate("lid", "verkeerd-wachtwoord")
        assert not isinstance(caught.value, LoginThrottled)
    with pytest.raises(LoginThrottled) as caught:
        profiles.authenticate("lid", MEMBER_PASSWORD)
    assert 1 <= caught.value.retry_after <= retry_delay(FREE_ATTEMPTS)
    assert _events(workspace, 1) == [("failed_login", "throttled")]
    # once the wait is over the right password works and the count starts again
    with workspace.store.write() as s:
        s.execute(text("UPDATE profiles SET last_failed_login_at = :t WHERE username = 'lid'"),
                  {"t": "2000-01-01 00:00:00.000000"})
    assert profiles.authenticate("lid", MEMBER_PASSWORD).username == "lid"
    info = next(p for p in workspace.profiles().list() if p.username == "lid")
    assert info.failed_logins == 0


def test_an_administrator_disables_enables_resets_and_changes_roles(workspace, admin, member):
    profiles = workspace.profiles(admin)
    assert profiles.set_disabled(member.id, True).disabled
    with pytest.raises(AuthenticationFailed):
        workspace.profiles().authenticate("lid", MEMBER_PASSWORD)
    assert _events(workspace, 1) == [("failed_login", "profile disabled")]
    assert not profiles.set_disabled(member.id, False).disabled
    profiles.reset_password(member.id, "nieuw-wachtwoord-1")
    with pytest.raises(AuthenticationFailed):
        workspace.profiles().authenticate("lid", MEMBER_PASSWORD)
    assert workspace.profiles().authenticate("lid", "nieuw-wachtwoord-1").username == "lid"
    assert profiles.change_role(member.id, Role.TEAM_LEAD).role is Role.TEAM_LEAD
    assert _events(workspace, 2)[-1] == ("update", "team_member to team_lead")
    with pytest.raises(ValidationError):
        profiles.reset_password(member.id, "kort")


def test_the_last_administrator_stays_and_nobody_demotes_or_disables_themselves(
        workspace, admin, member):
    profiles = workspace.profiles(admin)
    with pytest.raises(Conflict):
        profiles.set_disabled(admin.id, True)
    with pytest.raises(Conflict):
        profiles.change_role(admin.id, Role.TEAM_MEMBER)
    second = profiles.change_role(member.id, Role.ADMINISTRATOR)
    other = workspace.profiles(workspace.profiles().authenticate("lid", MEMBER_PASSWORD))
    # with two administrators one may step down, but never the last one left
    assert other.change_role(admin.id, Role.TEAM_LEAD).role is Role.TEAM_LEAD
    lead = workspace.profiles().authenticate("beheer", ADMIN_PASSWORD)
    with pytest.raises(PermissionDenied):
        workspace.profiles(lead).change_role(second.id, Role.TEAM_MEMBER)
    with pytest.raises(Conflict):  # the one administrator left cannot step down
        other.change_role(second.id, Role.TEAM_MEMBER)


def test_team_members_cannot_manage_profiles_and_the_refusal_is_audited(workspace, member):
    actor = workspace.profiles().authenticate("lid", MEMBER_PASSWORD)
    others = workspace.profiles(actor)
    for attempt in (lambda: others.set_disabled(actor.id, True),
                    lambda: others.reset_password(actor.id, "zelf-gekozen-ww-1"),
                    lambda: others.change_role(actor.id, Role.ADMINISTRATOR),
                    lambda: others.create(NewProfile("nog1", "Nog Een", "wachtwoord-123")),
                    others.list,
                    lambda: others.find("beheer")):
        with pytest.raises(PermissionDenied):
            attempt()
        assert _events(workspace, 1) == [("permission_denied", "manage_profiles")]


def test_workspace_settings_default_validate_and_are_audited(workspace, admin, member):
    assert workspace.settings().get() == WorkspaceSettings(15, 7, 4)
    changed = workspace.settings(admin).update(WorkspaceSettings(idle_lock_minutes=5,
                                                                 backup_daily=3))
    assert workspace.settings().get() == changed == WorkspaceSettings(5, 3, 4)
    assert _events(workspace, 1) == [("update", "idle_lock_minutes=5, backup_daily=3")]
    assert (workspace.backups().daily, workspace.backups().weekly) == (3, 4)
    for bad in (WorkspaceSettings(idle_lock_minutes=0), WorkspaceSettings(idle_lock_minutes=61),
                WorkspaceSettings(backup_daily=0), WorkspaceSettings(backup_weekly=-1)):
        with pytest.raises(ValidationError):
            workspace.settings(admin).update(bad)
    actor = workspace.profiles().authenticate("lid", MEMBER_PASSWORD)
    with pytest.raises(PermissionDenied):
        workspace.settings(actor).update(WorkspaceSettings(idle_lock_minutes=60))
    assert workspace.settings().get().idle_lock_minutes == 5


def test_a_throttled_wait_counts_from_the_last_failure(workspace, member):
    from wijkdesk.services.profiles import remaining_wait
    from wijkdesk.store.models import Profile
    from wijkdesk.store.types import utcnow

    now = utcnow()
    p = Profile(failed_logins=5, last_failed_login_at=now - timedelta(seconds=1))
    assert remaining_wait(p, now) == 3  # 4 s delay, 1 s already passed
    p.last_failed_login_at = now - timedelta(seconds=10)
    assert remaining_wait(p, now) == 0


def test_an_unknown_user_name_still_pays_for_a_password_check(workspace, member, monkeypatch):
    """Otherwise the quick refusal would tell which user names exist."""
    import wijkdesk.services.profiles as module

    checked = []
    real = module.verify_password
    monkeypatch.setattr(module, "verify_password",
                        lambda stored, given: checked.append(stored) or real(stored, given))
    with pytest.raises(AuthenticationFailed):
        workspace.profiles().authenticate("bestaat-niet", "wat-dan-ook-123")
    assert len(checked) == 1 and checked[0].startswith("$argon2id$")
