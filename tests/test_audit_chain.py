"""The hash chain and its anchor, as pure functions."""

import dataclasses
from datetime import UTC, datetime

import pytest

from wijkdesk.security.audit_chain import (
    GENESIS,
    Anchor,
    AnchorInvalid,
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
    write_anchor(path, b"k" * 32, Anchor(3, "ab" * 32))
    assert read_anchor(path, b"k" * 32) == Anchor(3, "ab" * 32)
    with pytest.raises(AnchorInvalid):
        read_anchor(path, b"x" * 32)
    path.write_text(path.read_text().replace('"count": 3', '"count": 2'))
    with pytest.raises(AnchorInvalid):
        read_anchor(path, b"k" * 32)


def test_anchor_never_moves_backwards_unless_told(tmp_path):
    path = tmp_path / "a.json"
    write_anchor(path, b"k", Anchor(5, "5" * 64))
    write_anchor(path, b"k", Anchor(4, "4" * 64))
    assert read_anchor(path, b"k").count == 5
    write_anchor(path, b"k", Anchor(4, "4" * 64), allow_backwards=True)
    assert read_anchor(path, b"k").count == 4
