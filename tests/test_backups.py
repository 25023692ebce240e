"""Encrypted backups: daily on first open, rotation, a checked restore that keeps the current
state."""

from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, cli_env, run_cli
from wijkdesk.errors import BackupProblem, PermissionDenied
from wijkdesk.services.residents import ResidentData


def test_first_open_of_the_day_makes_one_daily_backup(workspace):
    daily = [b for b in workspace.backups().list() if b.kind == "daily"]
    assert len(daily) == 1
    assert workspace.backups().ensure_daily() is None  # the second open of the day does not


def test_backup_restore_round_trip(workspace, admin):
    residents = workspace.residents(admin)
    kept_id = residents.create(ResidentData(given_name="Bewaard", family_name="Testpersoon"))
    backup = workspace.backups().create("manual")
    lost_id = residents.create(ResidentData(given_name="Later", family_name="Testpersoon"))
    assert residents.count() == 2

    kept = workspace.backups(admin).restore(backup.path)

    assert residents.count() == 1
    assert residents.get(kept_id).data.given_name == "Bewaard"
    report = workspace.audit().verify()
    assert report.ok, report.problem
    events = _events(workspace)
    assert events[-2:] == ["restore", "read"]
    # the state before the restore is itself a backup, and can be restored back
    assert kept.kind == "pre-restore"
    workspace.backups(admin).restore(kept.path)
    assert residents.count() == 2
    assert residents.get(lost_id).data.given_name == "Later"
    assert workspace.audit().verify().ok


def _events(workspace):
    from sqlalchemy import select

    from wijkdesk.store.models import AuditEntry

    with workspace.store.read() as s:
        return list(s.scalars(select(AuditEntry.event).order_by(AuditEntry.seq)))


def test_restore_refuses_a_damaged_backup_and_changes_nothing(workspace, admin, tmp_path):
    workspace.residents(admin).create(ResidentData(given_name="Blijft", family_name="Staan"))
    backup = workspace.backups().create("manual")
    damaged = tmp_path / backup.path.name
    data = bytearray(backup.path.read_bytes())
    data[3 * 4096 + 500] ^= 0xFF
    damaged.write_bytes(bytes(data))
    count_before = len(workspace.backups().list())
    with pytest.raises(BackupProblem):
        workspace.backups(admin).restore(damaged)
    assert workspace.residents(admin).count() == 1
    assert len(workspace.backups().list()) == count_before  # no pre-restore backup either


def test_restore_needs_an_administrator(workspace, admin):
    from wijkdesk.domain.roles import Role
    from wijkdesk.services.profiles import NewProfile

    workspace.profiles(admin).create(NewProfile("lid", "Team Lid", "lid-wachtwoord-1",
                                                Role.TEAM_MEMBER))
    member = workspace.profiles().authenticate("lid", "lid-wachtwoord-1")
    backup = workspace.backups().create("manual")
    with pytest.raises(PermissionDenied):
        workspace.backups(member).restore(backup.path)
    assert _events(workspace)[-1] == "permission_denied"


def test_rotation_keeps_seven_daily_and_four_weekly(workspace):
    service = workspace.backups()
    template = service.list()[0].path.read_bytes()
    start = datetime(2026, 6, 1, 9, tzinfo=UTC)
    for day in range(60):
        moment = start + timedelta(days=day)
        name = f"wijkdesk-{moment:%Y%m%dT%H%M%S%f}Z-daily.db"
        (service.folder / name).write_bytes(template)
    for n in range(5):
        moment = start + timedelta(hours=n)
        (service.folder / f"wijkdesk-{moment:%Y%m%dT%H%M%S%f}Z-pre-restore.db").write_bytes(b"")
    manual = service.create("manual")  # rotates
    remaining = service.list()
    daily = [b for b in remaining if b.kind == "daily"]
    assert 7 <= len(daily) <= 7 + 4
    assert daily[0].created.date() == datetime.now(UTC).date()
    assert len([b for b in remaining if b.kind == "pre-restore"]) == 3
    assert manual in remaining


def test_backup_commands_on_the_command_line(tmp_path):
    env = cli_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE, WIJKDESK_INIT_USERNAME="beheer",
                  WIJKDESK_INIT_DISPLAY_NAME="Beheer", WIJKDESK_INIT_PASSWORD=ADMIN_PASSWORD)
    folder = str(tmp_path / "p")
    assert run_cli("--data-dir", folder, "init", env=env).returncode == 0
    made = run_cli("--data-dir", folder, "backup", "create", env=env)
    assert made.returncode == 0 and "encrypted" in made.stdout
    listed = run_cli("--data-dir", folder, "backup", "list", env=env)
    names = [line.split()[0] for line in listed.stdout.splitlines()]
    assert any(n.endswith("-manual.db") for n in names)
    manual = next(n for n in names if n.endswith("-manual.db"))
    refused = run_cli("--data-dir", folder, "backup", "restore", manual, env=env)
    assert refused.returncode == 4 and "--user" in refused.stderr
    env["WIJKDESK_PASSWORD"] = ADMIN_PASSWORD
    restored = run_cli("--data-dir", folder, "backup", "restore", manual, "--user", "beheer",
                       env=env)
    assert restored.returncode == 0, restored.stderr
    assert "pre-restore" in restored.stdout
    check = run_cli("--data-dir", folder, "check", env=env)
    assert check.returncode == 0, check.stdout
