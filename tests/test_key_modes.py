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


class Crash(BaseException):
    """Stands for the process dying at that point."""


def _crash(*_args, **_kwargs):
    raise Crash


def _die_during_key_change(ws, admin, new_key, monkeypatch, *, after_switch: bool):
    """Run a key change whose process dies just before or just after the database file is
    switched to the new key; returns with the workspace closed and the patch undone."""
    import wijkdesk.services.keys as keys_module
    from wijkdesk.store.database import Store

    if after_switch:
        monkeypatch.setattr(keys_module, "finish_key_change", _crash)
    else:
        monkeypatch.setattr(Store, "replace_key", _crash)
    with pytest.raises(Crash):
        ws.change_key(admin, new_key)
    pending = json.loads(ws.locations.store_file.read_text())
    prepared = list(ws.locations.backups.glob("*.rekeyed"))
    ws.close()
    monkeypatch.undo()
    return pending, prepared


def _reopen(locations):
    from wijkdesk.app import open_workspace
    from wijkdesk.security.keys import PassphraseSource

    return open_workspace(locations, PassphraseSource(interactive=False), daily_backup=False)


@pytest.fixture
def keyring_workspace(tmp_path, memory_keyring):
    from wijkdesk.app import initialise
    from wijkdesk.config import locations as make_locations
    from wijkdesk.security.keys import PassphraseSource
    from wijkdesk.services.profiles import NewProfile

    where = make_locations(tmp_path / "k")
    ws, admin = initialise(where, PassphraseSource(interactive=False),
                           NewProfile("beheer", "Beheer", ADMIN_PASSWORD))
    assert ws.mode.value == "keyring"
    ws.backups().create("manual")
    return ws, admin, where, memory_keyring


def _main_key(ring, ws):
    return ring.store.get(f"wijkdesk/database-{ws.description.database_id}")


def _backups_open_with(ws, key):
    from wijkdesk.store import sqlcipher

    for b in ws.backups().list():
        sqlcipher.prove_key(b.path, key)


@pytest.mark.parametrize("target", ["keyring", "passphrase"])
def test_a_key_change_interrupted_after_the_switch_is_finished_on_open(
        keyring_workspace, monkeypatch, target):
    from wijkdesk.security.keys import DatabaseKey, StorageMode, new_raw_key

    ws, admin, where, ring = keyring_workspace
    new_key = new_raw_key() if target == "keyring" else DatabaseKey(StorageMode.PASSPHRASE,
                                                                     PASSPHRASE)
    _die_during_key_change(ws, admin, new_key, monkeypatch, after_switch=True)
    if target == "passphrase":
        monkeypatch.setenv("WIJKDESK_PASSPHRASE", PASSPHRASE)
    reopened = _reopen(where)
    try:
        assert reopened.mode.value == target
        assert reopened.description.pending_mode is None
        assert json.loads(where.store_file.read_text()).get("pending_mode") is None
        if target == "keyring":
            assert _main_key(ring, reopened) == new_key.secret
        else:
            assert _main_key(ring, reopened) is None
        assert not any(k.endswith("-next") for k in ring.store)
        _backups_open_with(reopened, new_key)
        assert not list(where.backups.glob("*.rekeyed"))
        assert reopened.health().check().ok
        with reopened.store.read() as s:
            from sqlalchemy import text

            detail = s.execute(text("SELECT detail FROM audit_log WHERE event = 'key_change'"
                                    )).scalar()
        assert "finished after an interruption" in detail
    finally:
        reopened.close()


def test_a_key_change_interrupted_before_rekeying_is_abandoned_on_open(keyring_workspace,
                                                                        monkeypatch):
    from wijkdesk.security.keys import DatabaseKey, StorageMode, new_raw_key

    ws, admin, where, ring = keyring_workspace
    old = _main_key(ring, ws)
    pending, _ = _die_during_key_change(ws, admin, new_raw_key(), monkeypatch,
                                        after_switch=False)
    assert pending["pending_mode"] == "keyring"
    reopened = _reopen(where)
    try:
        assert reopened.description.pending_mode is None
        assert _main_key(ring, reopened) == old
        assert not any(k.endswith("-next") for k in ring.store)
        _backups_open_with(reopened, DatabaseKey(StorageMode.KEYRING, old))
    finally:
        reopened.close()


def test_a_damaged_first_page_in_keyring_mode_is_not_called_a_missing_key(keyring_workspace):
    from wijkdesk.errors import WrongKey

    ws, _admin, where, _ring = keyring_workspace
    ws.close()
    data = bytearray(where.database.read_bytes())
    data[100] ^= 0x01
    where.database.write_bytes(bytes(data))
    with pytest.raises(WrongKey, match="damaged"):
        _reopen(where)


def test_only_a_trusted_keyring_counts_as_usable(memory_keyring):
    import keyring

    from tests.support.file_keyring import MemoryKeyring
    from wijkdesk.security.keys import keyring_usable

    assert keyring_usable()

    class Plaintext(MemoryKeyring):  # what keyrings.alt's file backends look like
        pass

    Plaintext.__module__ = "keyrings.alt.file"
    keyring.set_keyring(Plaintext())
    assert not keyring_usable()

    class Weak(MemoryKeyring):
        priority = 0.5

    keyring.set_keyring(Weak())
    assert not keyring_usable()


@pytest.fixture
def passphrase_workspace(tmp_path, monkeypatch):
    from wijkdesk.app import initialise
    from wijkdesk.config import locations as make_locations
    from wijkdesk.security.keys import PassphraseSource
    from wijkdesk.services.profiles import NewProfile

    monkeypatch.setenv("WIJKDESK_PASSPHRASE", PASSPHRASE)
    where = make_locations(tmp_path / "pp")
    ws, admin = initialise(where, PassphraseSource(interactive=False),
                           NewProfile("beheer", "Beheer", ADMIN_PASSWORD))
    ws.backups().create("manual")
    return ws, admin, where


NEW_PHRASE = "een-geheel-nieuwe-zin"


def test_passphrase_to_passphrase_interrupted_after_the_switch(passphrase_workspace,
                                                               monkeypatch):
    from wijkdesk.errors import WrongKey
    from wijkdesk.security.keys import DatabaseKey, StorageMode

    ws, admin, where = passphrase_workspace
    _die_during_key_change(ws, admin, DatabaseKey(StorageMode.PASSPHRASE, NEW_PHRASE),
                           monkeypatch, after_switch=True)
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", PASSPHRASE)  # the old one no longer opens it
    with pytest.raises(WrongKey, match="interrupted"):
        _reopen(where)
    assert json.loads(where.store_file.read_text())["pending_mode"] == "passphrase"
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", NEW_PHRASE)
    reopened = _reopen(where)
    try:
        assert reopened.description.pending_mode is None
        _backups_open_with(reopened, DatabaseKey(StorageMode.PASSPHRASE, NEW_PHRASE))
        assert reopened.health().check().ok
    finally:
        reopened.close()


def test_passphrase_to_passphrase_interrupted_before_the_switch(passphrase_workspace,
                                                                monkeypatch):
    from wijkdesk.security.keys import DatabaseKey, StorageMode

    ws, admin, where = passphrase_workspace
    _, prepared = _die_during_key_change(ws, admin, DatabaseKey(StorageMode.PASSPHRASE,
                                                                NEW_PHRASE),
                                         monkeypatch, after_switch=False)
    assert prepared, "backups were prepared before the crash"
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", PASSPHRASE)
    reopened = _reopen(where)
    try:
        assert reopened.description.pending_mode is None
        assert not list(where.backups.glob("*.rekeyed"))
        _backups_open_with(reopened, DatabaseKey(StorageMode.PASSPHRASE, PASSPHRASE))
    finally:
        reopened.close()


def test_a_backup_that_cannot_be_rekeyed_calls_the_change_off(keyring_workspace, monkeypatch):
    from wijkdesk.errors import BackupProblem
    from wijkdesk.security.keys import DatabaseKey, StorageMode, new_raw_key
    from wijkdesk.store import sqlcipher

    ws, admin, where, ring = keyring_workspace
    old = _main_key(ring, ws)
    real = sqlcipher.rekey_copy
    calls = []

    def flaky(source, target, *args, **kwargs):
        calls.append(source)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(sqlcipher, "rekey_copy", flaky)
    with pytest.raises(BackupProblem, match="not changed"):
        ws.change_key(admin, new_raw_key())
    monkeypatch.undo()
    assert _main_key(ring, ws) == old
    assert not any(k.endswith("-next") for k in ring.store)
    assert "pending_mode" not in json.loads(where.store_file.read_text())
    assert not list(where.backups.glob("*.rekeyed"))
    _backups_open_with(ws, DatabaseKey(StorageMode.KEYRING, old))
    assert ws.health().check().ok
