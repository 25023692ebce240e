"""Keyring mode and passphrase mode end to end, and changing the key between them."""

import json

import pytest

from tests.conftest import ADMIN_PASSWORD, PASSPHRASE, cli_env, run_cli

INIT = ("init", "--username", "beheer", "--display-name", "Beheer")


def _init_env(tmp_path, **extra):
    return cli_env(tmp_path, WIJKDESK_INIT_PASSWORD=ADMIN_PASSWORD, **extra)


def _files_containing(root, secret: str):
    needles = {secret.encode(), secret.encode("utf-16-le")}
    return [p for p in root.rglob("*") if p.is_file()
            and any(n in p.read_bytes() for n in needles)]


def test_passphrase_mode_end_to_end_with_the_fail_keyring(tmp_path):
    env = _init_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE)
    assert env["PYTHON_KEYRING_BACKEND"] == "keyring.backends.fail.Keyring"
    folder = tmp_path / "p"
    for args in (INIT, ("demo", "--households", "10", "--user", "beheer"), ("check",),
                 ("backup", "create"), ("audit", "verify")):
        result = run_cli("--data-dir", str(folder), *args,
                         env={**env, "WIJKDESK_PASSWORD": ADMIN_PASSWORD})
        assert result.returncode == 0, (args, result.stderr)
    info = run_cli("--data-dir", str(folder), "info", "--json", env=env)
    data = json.loads(info.stdout)
    assert data["storage_mode"] == "passphrase"
    assert data["counts"]["residents"] > 0
    assert json.loads((folder / "store.json").read_text())["storage_mode"] == "passphrase"
    assert _files_containing(tmp_path, PASSPHRASE) == []
    # with a passphrase file instead of the environment
    pf = tmp_path / "secret" / "pass.txt"
    pf.parent.mkdir()
    pf.write_text(PASSPHRASE + "\n")
    env.pop("WIJKDESK_PASSPHRASE")
    result = run_cli("--data-dir", str(folder), "--passphrase-file", str(pf), "check", env=env)
    assert result.returncode == 0, result.stderr


def test_without_keyring_or_passphrase_init_fails_in_one_sentence(tmp_path):
    folder = tmp_path / "p"
    result = run_cli("--data-dir", str(folder), *INIT, env=_init_env(tmp_path))
    assert result.returncode == 2
    assert "passphrase" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (folder / "wijkdesk.db").exists()


@pytest.fixture
def keyring_env(tmp_path):
    ring = tmp_path / "os-keyring.json"
    return _init_env(tmp_path, PYTHON_KEYRING_BACKEND="tests.support.file_keyring.FileKeyring",
                     WIJKDESK_TEST_KEYRING_FILE=str(ring)), ring


def test_keyring_mode_keeps_the_key_out_of_the_data_folder(tmp_path, keyring_env):
    env, ring = keyring_env
    folder = tmp_path / "p"
    result = run_cli("--data-dir", str(folder), *INIT, env=env)
    assert result.returncode == 0, result.stderr
    assert "keyring" in result.stdout
    stored = json.loads(ring.read_text())
    (name, key), = stored.items()
    assert len(key) == 64 and int(key, 16) >= 0  # a raw 256-bit key
    assert _files_containing(folder, key) == []
    assert run_cli("--data-dir", str(folder), "check", env=env).returncode == 0
    # the same folder without the keyring entry cannot be opened, and is left alone
    ring.write_text("{}")
    result = run_cli("--data-dir", str(folder), "info", env=env)
    assert result.returncode == 2 and "keyring" in result.stderr


def test_key_change_moves_between_modes_and_rekeys_backups(tmp_path, keyring_env):
    env, ring = keyring_env
    env["WIJKDESK_PASSWORD"] = ADMIN_PASSWORD
    folder = tmp_path / "p"
    assert run_cli("--data-dir", str(folder), *INIT, env=env).returncode == 0
    assert run_cli("--data-dir", str(folder), "backup", "create", env=env).returncode == 0
    old_key = next(iter(json.loads(ring.read_text()).values()))

    # keyring -> passphrase
    to_pass = run_cli("--data-dir", str(folder), "key", "change", "--to", "passphrase",
                      "--user", "beheer", env={**env, "WIJKDESK_NEW_PASSPHRASE": PASSPHRASE})
    assert to_pass.returncode == 0, to_pass.stderr
    assert "passphrase" in to_pass.stdout
    assert json.loads(ring.read_text()) == {}, "the old key must leave the keyring"
    penv = {**env, "WIJKDESK_PASSPHRASE": PASSPHRASE}
    check = run_cli("--data-dir", str(folder), "check", env=penv)
    assert check.returncode == 0, check.stdout + check.stderr
    backups = run_cli("--data-dir", str(folder), "backup", "list", env=penv).stdout
    manual = next(line.split()[0] for line in backups.splitlines() if "-manual.db" in line)
    restored = run_cli("--data-dir", str(folder), "backup", "restore", manual, "--user",
                       "beheer", env=penv)
    assert restored.returncode == 0, restored.stderr  # the old backup opens with the new key

    # passphrase -> keyring
    to_ring = run_cli("--data-dir", str(folder), "key", "change", "--to", "keyring",
                      "--user", "beheer", env=penv)
    assert to_ring.returncode == 0, to_ring.stderr
    new_key = next(iter(json.loads(ring.read_text()).values()))
    assert new_key != old_key
    ignored = run_cli("--data-dir", str(folder), "check", env=penv)  # keyring wins now
    assert ignored.returncode == 0
    verify = run_cli("--data-dir", str(folder), "audit", "verify", env=env)
    assert verify.returncode == 0, verify.stdout
    assert _files_containing(tmp_path / "p", new_key) == []
    assert _files_containing(tmp_path / "p", PASSPHRASE) == []


def test_an_interrupted_key_change_is_finished_on_open(workspace, admin, locations,
                                                         memory_keyring):
    """Crash after re-keying but before the keyring entry moved: the parked key opens it."""
    from wijkdesk.app import open_workspace
    from wijkdesk.security.keys import (
        PassphraseSource,
        StorageMode,
        StoreDescription,
        new_raw_key,
        save_keyring_key,
    )
    from wijkdesk.services.keys import NEXT_SUFFIX

    db_id = workspace.description.database_id
    stale, fresh = new_raw_key(), new_raw_key()
    save_keyring_key(db_id, stale)
    save_keyring_key(db_id + NEXT_SUFFIX, fresh)
    workspace.store.replace_key(fresh)
    StoreDescription(db_id, StorageMode.KEYRING).write(locations.store_file)
    workspace.close()
    reopened = open_workspace(locations, PassphraseSource(interactive=False))
    try:
        assert reopened.profiles().count() == 1
        assert memory_keyring.store[f"wijkdesk/database-{db_id}"] == fresh.secret
        assert f"wijkdesk/database-{db_id}{NEXT_SUFFIX}" not in memory_keyring.store
    finally:
        reopened.close()
