"""`wijkdesk check` and `wijkdesk audit verify` find damage and tampering."""

import shutil

import pytest

from tests.conftest import PASSPHRASE, cli_env, run_cli
from wijkdesk.security.keys import DatabaseKey, StorageMode
from wijkdesk.store import sqlcipher


@pytest.fixture
def demo(tmp_path):
    env = cli_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE)
    folder = tmp_path / "p"
    result = run_cli("--data-dir", str(folder), "demo", "--households", "40", "--seed", "7",
                     env=env)
    assert result.returncode == 0, result.stderr
    return folder, env


def _page_count(db):
    return db.stat().st_size // 4096


def test_check_passes_on_a_healthy_database(demo):
    folder, env = demo
    result = run_cli("--data-dir", str(folder), "check", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All checks passed." in result.stdout
    for name in ("integrity_check", "cipher_integrity_check", "foreign_key_check",
                 "audit_chain", "schema_version"):
        assert name in result.stdout


@pytest.mark.parametrize("page", [3, "middle", "last"])
def test_check_detects_one_flipped_byte_in_a_copy(demo, tmp_path, page):
    folder, env = demo
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    db = copy / "wijkdesk.db"
    pages = _page_count(db)
    number = {"middle": pages // 2, "last": pages - 1}.get(page, page)
    data = bytearray(db.read_bytes())
    offset = number * 4096 + 1000
    data[offset] ^= 0x01
    db.write_bytes(bytes(data))
    result = run_cli("--data-dir", str(copy), "check", env=env)
    assert result.returncode != 0, result.stdout
    assert "BAD" in result.stdout or "damaged" in result.stderr


def _tamper(folder, sql_list):
    """What someone holding the key could do with a SQL shell: bypass the triggers."""
    key = DatabaseKey(StorageMode.PASSPHRASE, PASSPHRASE)
    conn = sqlcipher.connect(folder / "wijkdesk.db", key)
    try:
        for sql in sql_list:
            conn.execute(sql)
    finally:
        conn.close()


@pytest.mark.parametrize("column,value", [
    ("event", "'update'"),
    ("fields", "'[]'"),
    ("actor_id", "NULL"),
    ("at", "'2020-01-01 00:00:00.000000'"),
])
def test_tampering_with_an_entry_is_named(demo, column, value):
    folder, env = demo
    _tamper(folder, [
        "DROP TRIGGER audit_log_no_update",
        f"UPDATE audit_log SET {column} = {value} WHERE seq = 17",
    ])
    result = run_cli("--data-dir", str(folder), "audit", "verify", env=env)
    assert result.returncode == 1
    assert "entry 17" in result.stdout


def test_removing_the_newest_entries_is_detected(demo):
    folder, env = demo
    _tamper(folder, [
        "DROP TRIGGER audit_log_no_delete",
        "DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)",
    ])
    result = run_cli("--data-dir", str(folder), "audit", "verify", env=env)
    assert result.returncode == 1
    assert "removed" in result.stdout


def test_a_forged_anchor_is_detected(demo):
    folder, env = demo
    anchor = folder / "audit-head.json"
    anchor.write_text(anchor.read_text().replace('"count": ', '"count": 1'))
    result = run_cli("--data-dir", str(folder), "audit", "verify", env=env)
    assert result.returncode == 1
    assert "anchor" in result.stdout


def test_the_audit_table_refuses_update_and_delete(demo):
    folder, _env = demo
    for sql in ("UPDATE audit_log SET event = 'x' WHERE seq = 1",
                "DELETE FROM audit_log WHERE seq = 1"):
        with pytest.raises(sqlcipher.sqlcipher3.IntegrityError, match="append-only"):
            _tamper(folder, [sql])


def test_a_deleted_anchor_is_not_blessed_by_later_writes_until_an_admin_reanchors(demo):
    folder, env = demo
    _tamper(folder, [
        "DROP TRIGGER audit_log_no_delete",
        "DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)",
    ])
    (folder / "audit-head.json").unlink()
    # an ordinary write afterwards: a failed sign-in is audited
    failed = run_cli("--data-dir", str(folder), "audit", "reanchor", "--user", "beheer",
                     env={**env, "WIJKDESK_PASSWORD": "niet-het-wachtwoord"})
    assert failed.returncode == 4
    verify = run_cli("--data-dir", str(folder), "audit", "verify", env=env)
    assert verify.returncode == 1 and "anchor" in verify.stdout
    assert not (folder / "audit-head.json").exists()


def test_reanchor_by_an_administrator_is_itself_audited(tmp_path):
    from tests.conftest import ADMIN_PASSWORD

    env = cli_env(tmp_path, WIJKDESK_PASSPHRASE=PASSPHRASE, WIJKDESK_INIT_USERNAME="beheer",
                  WIJKDESK_INIT_DISPLAY_NAME="Beheer", WIJKDESK_INIT_PASSWORD=ADMIN_PASSWORD,
                  WIJKDESK_PASSWORD=ADMIN_PASSWORD)
    folder = tmp_path / "p"
    assert run_cli("--data-dir", str(folder), "init", env=env).returncode == 0
    nothing = run_cli("--data-dir", str(folder), "audit", "reanchor", "--user", "beheer",
                      env=env)
    assert nothing.returncode == 6 and "nothing to re-anchor" in nothing.stderr
    (folder / "audit-head.json").unlink()
    fixed = run_cli("--data-dir", str(folder), "audit", "reanchor", "--user", "beheer", env=env)
    assert fixed.returncode == 0, fixed.stderr
    assert "OK" in fixed.stdout
    from wijkdesk.security.keys import DatabaseKey, StorageMode

    conn = sqlcipher.connect(folder / "wijkdesk.db", DatabaseKey(StorageMode.PASSPHRASE,
                                                                 PASSPHRASE))
    try:
        last = conn.execute(
            "SELECT event, record_type, detail FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    assert last[0] == "update" and last[1] == "audit_anchor" and "missing" in last[2]


def test_an_unreadable_anchor_is_reported_and_can_be_reanchored(demo):
    folder, env = demo
    (folder / "audit-head.json").write_bytes(b"\xff\xfe\x00garbage")
    verify = run_cli("--data-dir", str(folder), "audit", "verify", env=env)
    assert verify.returncode == 1 and "anchor" in verify.stdout
    backup = run_cli("--data-dir", str(folder), "backup", "create", env=env)
    assert backup.returncode == 0, backup.stderr  # writes go on; the anchor stays flagged
    check = run_cli("--data-dir", str(folder), "check", env=env)
    assert check.returncode == 1 and "BAD" in check.stdout
