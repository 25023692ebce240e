"""The hash chain and its anchor, as pure functions."""

import dataclasses
from datetime import UTC, datetime

import pytest

from wijkdesk.security.audit_chain import (
    GENESIS,
    Anchor,
    AnchorInvalid,
    AnchorWrite,
    ChainEntry,
    read_anchor,
    verify_chain,
    write_anchor,
)


def _chain(n: int) -> list[ChainEntry]:
    out, prev = [], GENESIS
    for i in range(1, n + 1):
        e = ChainEntry(i, f"id-{i}", datetime(2026, 1, 1, 12, 0, i, tzinfo=UTC), "read",
                       "actor", None, "client", "resident", f"r{i}", ("b", "a"), None, prev)
        e = dataclasses.replace(e, hash=e.computed_hash())
        out.append(e)
        prev = e.hash
    return out


def test_intact_chain_with_matching_anchor_is_ok():
    chain = _chain(10)
    report = verify_chain(chain, Anchor(10, chain[-1].hash))
    assert report.ok and report.count == 10


@pytest.mark.parametrize("field", ["event", "actor_id", "client_id", "record_id", "fields", "at"])
def test_any_altered_field_is_named(field):
    chain = _chain(10)
    value = {"fields": ("x",), "at": datetime(2020, 1, 1, tzinfo=UTC)}.get(field, "other")
    chain[4] = dataclasses.replace(chain[4], **{field: value})
    report = verify_chain(chain, Anchor(10, chain[-1].hash))
    assert not report.ok and report.first_bad_seq == 5


def test_recomputed_entry_breaks_the_next_link():
    chain = _chain(10)
    forged = dataclasses.replace(chain[4], event="update")
    chain[4] = dataclasses.replace(forged, hash=forged.computed_hash())
    report = verify_chain(chain, Anchor(10, chain[-1].hash))
    assert not report.ok and report.first_bad_seq == 6


def test_removed_middle_entry_is_found():
    chain = _chain(10)
    del chain[3]
    report = verify_chain(chain, Anchor(10, chain[-1].hash))
    assert not report.ok and report.first_bad_seq == 5


def test_removed_newest_entries_are_found_by_the_anchor():
    chain = _chain(10)
    report = verify_chain(chain[:7], Anchor(10, chain[-1].hash))
    assert not report.ok and "removed" in report.problem


def test_database_ahead_of_anchor_is_ok_with_a_note():
    chain = _chain(10)
    report = verify_chain(chain, Anchor(8, chain[7].hash))
    assert report.ok and report.notes


def test_anchor_file_signature(tmp_path):
    path = tmp_path / "a.json"
    write_anchor(path, b"k" * 32, Anchor(3, "ab" * 32), AnchorWrite.CREATE)
    assert read_anchor(path, b"k" * 32) == Anchor(3, "ab" * 32)
    with pytest.raises(AnchorInvalid):
        read_anchor(path, b"x" * 32)
    path.write_text(path.read_text().replace('"count": 3', '"count": 2'))
    with pytest.raises(AnchorInvalid):
        read_anchor(path, b"k" * 32)


def test_anchor_never_moves_backwards_unless_told(tmp_path):
    path = tmp_path / "a.json"
    assert write_anchor(path, b"k", Anchor(5, "5" * 64), AnchorWrite.CREATE)
    assert not write_anchor(path, b"k", Anchor(4, "4" * 64))
    assert read_anchor(path, b"k").count == 5
    assert write_anchor(path, b"k", Anchor(4, "4" * 64), AnchorWrite.RESET)
    assert read_anchor(path, b"k").count == 4


def test_a_missing_or_forged_anchor_is_not_recreated_by_an_ordinary_write(tmp_path):
    path = tmp_path / "a.json"
    assert not write_anchor(path, b"k", Anchor(5, "5" * 64))
    assert not path.exists()
    path.write_text('{"count": 1, "head": "x", "mac": "forged"}')
    assert not write_anchor(path, b"k", Anchor(5, "5" * 64))
    assert not write_anchor(path, b"k", Anchor(5, "5" * 64), AnchorWrite.CREATE)
    assert "forged" in path.read_text()


def test_racing_anchor_writers_leave_one_valid_anchor(tmp_path):
    import threading

    path = tmp_path / "a.json"
    write_anchor(path, b"k", Anchor(1, "1" * 64), AnchorWrite.CREATE)
    errors = []

    def writer(start):
        try:
            for n in range(start, 400, 4):
                write_anchor(path, b"k", Anchor(n, f"{n:064d}"))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(s,)) for s in range(2, 6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert read_anchor(path, b"k").count == 399
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "a.json.lock"]


def test_a_backup_without_anchor_verifies_only_when_no_anchor_is_required():
    chain = _chain(5)
    assert not verify_chain(chain, None).ok
    assert verify_chain(chain, None, anchor_required=False).ok
    broken = chain[:2] + chain[3:]
    assert not verify_chain(broken, None, anchor_required=False).ok
