"""Plain rules: ids, CBS codes, postcodes, backup rotation."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wijkdesk.domain.ids import uuid7
from wijkdesk.domain.places import PlaceLevel, child_code, validate_code
from wijkdesk.domain.residents import normalise_postcode
from wijkdesk.domain.retention import backups_to_keep
from wijkdesk.errors import ValidationError


def test_uuid7_has_version_variant_and_time_order():
    ids = [uuid7() for _ in range(5_000)]
    assert all(i.version == 7 and i.variant == uuid.RFC_4122 for i in ids)
    assert ids == sorted(ids), "ids from one process must increase"
    assert len(set(ids)) == len(ids)
    ms = ids[0].int >> 80
    now_ms = int(datetime.now(UTC).timestamp() * 1000)
    assert abs(now_ms - ms) < 60_000


@pytest.mark.parametrize(
    ("level", "code", "parent"),
    [
        (PlaceLevel.MUNICIPALITY, "GM0363", None),
        (PlaceLevel.DISTRICT, "WK036300", "GM0363"),
        (PlaceLevel.NEIGHBOURHOOD, "bu03630001", "WK036300"),
    ],
)
def test_valid_cbs_codes(level, code, parent):
    assert validate_code(level, code, parent) == code.upper()


@pytest.mark.parametrize(
    ("level", "code", "parent"),
    [
        (PlaceLevel.MUNICIPALITY, "GM363", None),
        (PlaceLevel.DISTRICT, "WK036300", None),
        (PlaceLevel.DISTRICT, "WK059900", "GM0363"),  # lies in another gemeente
        (PlaceLevel.NEIGHBOURHOOD, "BU03630001", "GM0363"),  # parent of the wrong level
        (PlaceLevel.NEIGHBOURHOOD, "WK03630001", "WK036300"),
    ],
)
def test_invalid_cbs_codes(level, code, parent):
    with pytest.raises(ValidationError):
        validate_code(level, code, parent)


@given(st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99))
def test_child_codes_validate_under_their_parent(gm, wk, bu):
    gemeente = f"GM{gm:04d}"
    wijk = child_code(PlaceLevel.DISTRICT, gemeente, wk)
    buurt = child_code(PlaceLevel.NEIGHBOURHOOD, wijk, bu)
    assert validate_code(PlaceLevel.DISTRICT, wijk, gemeente) == wijk
    assert validate_code(PlaceLevel.NEIGHBOURHOOD, buurt, wijk) == buurt


@pytest.mark.parametrize(("raw", "expected"), [("1234ab", "1234 AB"), (" 9999 zz ", "9999 ZZ"),
                                               ("", "")])
def test_postcodes_normalise(raw, expected):
    assert normalise_postcode(raw) == expected


@pytest.mark.parametrize("raw", ["0123 AB", "12345", "1234 A1", "AB 1234"])
def test_bad_postcodes_are_refused(raw):
    with pytest.raises(ValidationError, match="postcode"):
        normalise_postcode(raw)


_start = datetime(2026, 1, 1, tzinfo=UTC)
moments = st.lists(
    st.integers(0, 200 * 24 * 60).map(lambda m: _start + timedelta(minutes=m)),
    min_size=0, max_size=80,
)


@given(moments)
def test_rotation_keeps_newest_per_day_and_week(created):
    keep = backups_to_keep(created, daily=7, weekly=4)
    assert keep <= set(created)
    assert len(keep) <= 7 + 4
    if created:
        assert max(created) in keep, "the newest backup is always kept"
    days = sorted({c.date() for c in created}, reverse=True)[:7]
    for day in days:
        newest_that_day = max(c for c in created if c.date() == day)
        assert newest_that_day in keep
    weeks = sorted({c.isocalendar()[:2] for c in created}, reverse=True)[:4]
    for week in weeks:
        assert any(k.isocalendar()[:2] == week for k in keep)


def test_rotation_drops_old_and_duplicate_backups():
    created = [_start + timedelta(days=d, hours=h) for d in range(60) for h in (1, 13)]
    keep = backups_to_keep(created)
    assert len(keep) <= 11
    assert _start + timedelta(days=0, hours=1) not in keep
