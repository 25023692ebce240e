"""The command line never damages a file it cannot open, and speaks in one sentence."""

import sqlite3

import pytest

from tests.conftest import PASSPHRASE, cli_env, run_cli, sha256

COMMANDS = [
    ["info"],
    ["info", "--json"],
    ["check"],
    ["audit", "verify"],
    ["backup", "create"],
    ["backup", "list"],
    ["backup", "restore", "nonexistent.db", "--user", "beheer"],
    ["key", "change", "--to", "passphrase", "--user", "beheer"],
    ["demo", "--user", "beheer"],
    ["profile", "list", "--user", "beheer"],
    ["init", "--username", "x", "--display-name", "X", "--password-file", "/dev/null"],
]


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("demo")
    env = cli_env(tmp, WIJKDESK_PASSPHRASE=PASSPHRASE)
    result = run_cli("--data-dir", str(tmp / "p"), "demo", "--households", "20", "--seed", "3",
                     env=env)
    assert result.returncode == 0, result.stderr
    return tmp / "p"


def _one_sentence(stderr: str) -> None:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("wijkdesk: ")


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_wrong_passphrase_leaves_the_file_byte_identical(demo_folder, tmp_path, command):
    files = {p: sha256(p) for p in demo_folder.rglob("*") if p.is_file() and "logs" not in p.parts}
    env = cli_env(tmp_path, WIJKDESK_PASSPHRASE="een-verkeerde-zin", WIJKDESK_PASSWORD="x" * 12,
                  WIJKDESK_NEW_PASSPHRASE="nog-een-andere-zin")
    result = run_cli("--data-dir", str(demo_folder), *command, env=env)
    assert result.returncode != 0
    _one_sentence(result.stderr)
    if command[0] != "init":
        assert "does not open" in result.stderr
    else:
        assert "already" in result.stderr
    after = {p: sha256(p) for p in demo_folder.rglob("*") if p.is_file() and "logs" not in p.parts}
    assert after == files, "a wrong passphrase changed, created or removed a file"


def test_missing_passphrase_without_terminal_is_one_sentence(demo_folder, tmp_path):
    result = run_cli("--data-dir", str(demo_folder), "info", env=cli_env(tmp_path))
    assert result.returncode == 2
    _one_sentence(result.stderr)
    assert "WIJKDESK_PASSPHRASE" in result.stderr


@pytest.mark.parametrize("kind", ["plain-sqlite", "garbage", "empty"])
def test_foreign_files_are_reported_and_never_overwritten(tmp_path, kind):
    folder = tmp_path / "p"
    folder.mkdir()
    db = folder / "wijkdesk.db"
    if kind == "plain-sqlite":
        c = sqlite3.connect(db)
        c.execute("CREATE TABLE t(x)")
        c.commit()
        c.close()
    elif kind == "garbage":
        db.write_bytes(bytes(range(256)) * 64)
    else:
        db.write_bytes(b"")
    (folder / "store.json").write_text(
        '{"format": 1, "database_id": "x", "storage_mode": "passphrase"}'
    )
    before = sha256(db)
    env = cli_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE)
    for command in (["check"], ["info"], ["backup", "create"]):
        result = run_cli("--data-dir", str(folder), *command, env=env)
        assert result.returncode == 2, result.stderr
        _one_sentence(result.stderr)
    assert sha256(db) == before
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == ["store.json", "wijkdesk.db"]


def test_no_database_says_how_to_start(tmp_path):
    result = run_cli("--data-dir", str(tmp_path / "empty"), "info", env=cli_env(tmp_path))
    assert result.returncode == 2
    _one_sentence(result.stderr)
    assert "wijkdesk init" in result.stderr
    assert not (tmp_path / "empty" / "wijkdesk.db").exists()


def test_init_without_terminal_needs_its_options(tmp_path):
    result = run_cli("--data-dir", str(tmp_path / "p"), "init",
                     env=cli_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE))
    assert result.returncode != 0
    _one_sentence(result.stderr)
    assert "--username" in result.stderr
    assert not (tmp_path / "p" / "wijkdesk.db").exists()


def test_init_with_a_weak_password_creates_nothing(tmp_path):
    pw = tmp_path / "pw"
    pw.write_text("kort\n")
    result = run_cli("--data-dir", str(tmp_path / "p"), "init", "--username", "anna",
                     "--display-name", "Anna", "--password-file", str(pw),
                     env=cli_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE))
    assert result.returncode == 3
    _one_sentence(result.stderr)
    assert not (tmp_path / "p" / "wijkdesk.db").exists()


def test_version_and_help(tmp_path):
    env = cli_env(tmp_path)
    from wijkdesk import __version__

    v = run_cli("--version", env=env)
    assert v.returncode == 0 and v.stdout.strip() == f"wijkdesk {__version__}"
    h = run_cli("--help", env=env)
    assert h.returncode == 0
    for command in ("init", "demo", "check", "info", "audit", "backup", "key"):
        assert command in h.stdout


def test_global_options_work_after_the_command_too(demo_folder, tmp_path):
    env = cli_env(tmp_path)
    pf = tmp_path / "pass"
    pf.write_text(PASSPHRASE + "\n")
    result = run_cli("info", "--json", "--data-dir", str(demo_folder), "--passphrase-file",
                     str(pf), env=env)
    assert result.returncode == 0, result.stderr
    assert '"storage_mode": "passphrase"' in result.stdout


def test_wrong_passphrase_leaves_a_leftover_wal_and_the_file_untouched(tmp_path):
    """After a crash the WAL holds commits; a wrong key must not replay or remove it."""
    import os
    import shutil

    from wijkdesk.app import initialise
    from wijkdesk.config import locations
    from wijkdesk.security.keys import PassphraseSource
    from wijkdesk.services.profiles import NewProfile
    from wijkdesk.services.residents import ResidentData

    os.environ["WIJKDESK_PASSPHRASE"] = PASSPHRASE
    try:
        ws, admin = initialise(locations(tmp_path / "live"), PassphraseSource(interactive=False),
                               NewProfile("beheer", "Beheer", "beheer-wachtwoord-1"))
    finally:
        del os.environ["WIJKDESK_PASSPHRASE"]
    try:
        for i in range(20):
            ws.residents(admin).create(ResidentData(given_name=f"Wal{i}", family_name="Test"))
        crashed = tmp_path / "crashed"
        shutil.copytree(tmp_path / "live", crashed)  # as a kill -9 would leave it
    finally:
        ws.close()
    assert (crashed / "wijkdesk.db-wal").stat().st_size > 0
    before = {p.name: sha256(p) for p in crashed.iterdir() if p.is_file()}
    env = cli_env(tmp_path, WIJKDESK_PASSPHRASE="een-verkeerde-zin")
    for command in (["check"], ["info"], ["audit", "verify"]):
        result = run_cli("--data-dir", str(crashed), *command, env=env)
        assert result.returncode == 2
    after = {p.name: sha256(p) for p in crashed.iterdir() if p.is_file()}
    assert after == before
    good = run_cli("--data-dir", str(crashed), "check",
                   env=cli_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE))
    assert good.returncode == 0, good.stdout + good.stderr


def test_a_failed_demo_on_an_empty_folder_leaves_nothing(tmp_path):
    folder = tmp_path / "p"
    env = cli_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE)
    result = run_cli("--data-dir", str(folder), "demo", "--households", "0", env=env)
    assert result.returncode == 3
    _one_sentence(result.stderr)
    assert not (folder / "wijkdesk.db").exists()
    again = run_cli("--data-dir", str(folder), "demo", "--households", "3", env=env)
    assert again.returncode == 0, again.stderr
    assert "medewerker" in again.stdout and "teamleider" in again.stdout


def test_a_closed_output_pipe_is_not_an_error(demo_folder, tmp_path):
    import subprocess
    import sys

    env = cli_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE)
    proc = subprocess.Popen([sys.executable, "-m", "wijkdesk", "--data-dir", str(demo_folder),
                             "info", "--json"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    proc.stdout.close()  # like `| head -0`
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0
    assert b"unexpected" not in err and b"Traceback" not in err


def test_profiles_are_managed_from_the_command_line(tmp_path):
    env = cli_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE, WIJKDESK_INIT_USERNAME="beheer",
                  WIJKDESK_INIT_DISPLAY_NAME="Beheer Test", WIJKDESK_INIT_PASSWORD="beheer-ww-123",
                  WIJKDESK_PASSWORD="beheer-ww-123", WIJKDESK_NEW_PASSWORD="nieuw-wachtwoord-55")
    base = ("--data-dir", str(tmp_path / "p"))
    assert run_cli("init", *base, env=env).returncode == 0

    def cli(*args, user="beheer", password="beheer-ww-123"):
        return run_cli(*args, *base, "--user", user, env={**env, "WIJKDESK_PASSWORD": password})

    added = cli("profile", "add", "joost", "--display-name", "Joost Test", "--role", "team_lead")
    assert added.returncode == 0, added.stderr
    listed = cli("profile", "list")
    assert "joost" in listed.stdout and "team_lead" in listed.stdout
    assert cli("profile", "disable", "joost").returncode == 0
    assert "disabled" in next(line for line in cli("profile", "list").stdout.splitlines()
                              if line.startswith("joost"))
    refused = cli("profile", "list", user="joost", password="nieuw-wachtwoord-55")
    assert refused.returncode == 4 and "disabled" in refused.stderr
    assert cli("profile", "enable", "joost").returncode == 0
    lead = cli("profile", "list", user="joost", password="nieuw-wachtwoord-55")
    assert lead.returncode == 4 and "role does not allow" in lead.stderr
    assert cli("profile", "role", "joost", "administrator").returncode == 0
    missing = cli("profile", "reset-password", "nobody")
    assert missing.returncode == 5
    _one_sentence(missing.stderr)
    own = cli("profile", "role", "beheer", "team_member")
    assert own.returncode == 6
    _one_sentence(own.stderr)
