"""Funding flows: the arithmetic as properties, and the service against hand-computed figures."""

import uuid
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from wijkdesk.domain.collective import FundingKind
from wijkdesk.domain.funding import (
    Position,
    check_commitment,
    check_spending,
    position,
    total,
)
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from wijkdesk.services.places import PlaceService
from wijkdesk.store.models import (
    Activity,
    AuditEntry,
    Budget,
    Commitment,
    Initiative,
    OffsetSaving,
    Spending,
)
from wijkdesk.store.types import utcnow

# The arithmetic (wijkdesk.domain.funding) --------------------------------------------------------

amounts = st.integers(1, 50_000)
operation = st.one_of(
    st.tuples(st.just("commit"), amounts, st.none()),
    st.tuples(st.just("spend"), amounts, st.none() | st.integers(0, 20)),
)


def _model_open(commitments, spending):
    """Open commitments counted the plain way, apart from the code under test."""
    out = 0
    for cid, amount in commitments:
        paid = sum(a for c, a in spending if c == cid)
        out += max(0, amount - paid)
    return out


@given(st.integers(0, 200_000), st.lists(operation, max_size=30))
def test_without_overspend_free_is_budget_minus_open_commitments_minus_spent(budget, ops):
    commitments: list[tuple[uuid.UUID, int]] = []
    spending: list[tuple[uuid.UUID | None, int]] = []
    for kind, amount, pick in ops:
        current = position(budget, commitments, spending)
        if kind == "commit":
            try:
                check_commitment(current, amount)
            except Conflict:
                assert amount > current.free
                continue
            commitments.append((uuid.uuid4(), amount))
        else:
            against = commitments[pick % len(commitments)][0] if (
                pick is not None and commitments) else None
            open_on_it = _model_open([c for c in commitments if c[0] == against], spending)
            try:
                check_spending(current, amount, open_on_it)
            except Conflict:
                assert amount > current.free + min(amount, open_on_it)
                continue
            spending.append((against, amount))
        after = position(budget, commitments, spending)
        spent = sum(a for _, a in spending)
        assert after.spent == spent
        assert after.committed == _model_open(commitments, spending)
        assert after.free == budget - after.committed - spent
        assert after.free >= 0


@given(st.integers(1, 100_000), st.data())
def test_spending_against_a_commitment_up_to_its_amount_leaves_free_room_unchanged(budget,
                                                                                   data):
    committed = data.draw(st.integers(1, budget))
    paid = data.draw(st.integers(1, committed))
    cid = uuid.uuid4()
    before = position(budget, [(cid, committed)], [])
    check_spending(before, paid, committed)  # allowed without override
    after = position(budget, [(cid, committed)], [(cid, paid)])
    assert after.free == before.free
    assert after.committed == committed - paid and after.spent == paid


budget_parts = st.tuples(
    st.integers(0, 100_000),
    st.lists(st.integers(1, 30_000), max_size=5),
    st.lists(st.tuples(st.none() | st.integers(0, 10), st.integers(1, 30_000)), max_size=6),
)


@given(st.lists(budget_parts, min_size=1, max_size=6))
def test_bundled_total_is_the_sum_by_field_and_the_position_of_the_union(parts):
    positions, all_commitments, all_spending, budgeted = [], [], [], 0
    for amount, commitment_amounts, spends in parts:
        commitments = [(uuid.uuid4(), a) for a in commitment_amounts]
        spending = [(commitments[i % len(commitments)][0] if i is not None and commitments
                     else None, a) for i, a in spends]
        positions.append(position(amount, commitments, spending))
        all_commitments += commitments
        all_spending += spending
        budgeted += amount
    bundled = total(positions)
    assert bundled == Position(sum(p.budgeted for p in positions),
                               sum(p.committed for p in positions),
                               sum(p.spent for p in positions))
    assert bundled.free == sum(p.free for p in positions)
    assert bundled == position(budgeted, all_commitments, all_spending)


# The service --------------------------------------------------------------------------------------

DAY = date(2024, 3, 1)


@pytest.fixture
def area(workspace, admin):
    """A gemeente with wijk WK199900 (buurten …00 and …01) and a second wijk WK199901."""
    places = PlaceService(workspace.store, admin)
    gm = places.add(PlaceLevel.MUNICIPALITY, "GM1999", "Testgemeente")
    wk = places.add(PlaceLevel.DISTRICT, "WK199900", "Testwijk", gm.id)
    other = places.add(PlaceLevel.DISTRICT, "WK199901", "Andere wijk", gm.id)
    b0 = places.add(PlaceLevel.NEIGHBOURHOOD, "BU19990000", "Buurt Nul", wk.id)
    b1 = places.add(PlaceLevel.NEIGHBOURHOOD, "BU19990001", "Buurt Een", wk.id)
    return {"gm": gm.id, "wk": wk.id, "other": other.id, "b0": b0.id, "b1": b1.id}


def _activity(workspace, place_id, *, deleted=False):
    with workspace.store.write() as s:
        row = Activity(title="Testactiviteit", place_id=place_id, starts_on=DAY, ends_on=None,
                       deleted_at=utcnow() if deleted else None)
        s.add(row)
        s.flush()
        return row.id


def _initiative(workspace, place_id):
    with workspace.store.write() as s:
        row = Initiative(title="Testinitiatief", place_id=place_id, status="idea",
                         started_on=DAY)
        s.add(row)
        s.flush()
        return row.id


@pytest.fixture
def funding(workspace, admin):
    """A new database has the three statutory sources already (initialise seeds them)."""
    service = workspace.funding(admin)
    assert len(service.sources()) == 3
    return service


def _src(funding, name):
    return next(s.id for s in funding.sources() if s.name == name)


def _count(workspace, model):
    with workspace.store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_seeding_is_idempotent_and_source_names_are_unique(funding):
    assert funding.seed_sources() == 0
    assert {(s.name, s.kind) for s in funding.sources()} == {
        ("Wmo", FundingKind.WMO), ("Jeugdwet", FundingKind.YOUTH),
        ("Wijkbudget", FundingKind.MUNICIPAL)}
    funding.add_source("Stichting Testfonds", FundingKind.FOUNDATION)
    with pytest.raises(Conflict):
        funding.add_source("  stichting   TESTFONDS ", FundingKind.FOUNDATION)
    with pytest.raises(ValidationError):
        funding.add_source("   ", FundingKind.OTHER)
    with pytest.raises(ValidationError):
        funding.add_source("Iets", "lottery")


def test_a_bundle_of_two_sources_for_one_activity(workspace, funding, area):
    act = _activity(workspace, area["b0"])
    wmo, wijk = _src(funding, "Wmo"), _src(funding, "Wijkbudget")
    b_wmo = funding.add_budget(wmo, 1000_00, 2024, activity_id=act)
    b_wijk = funding.add_budget(wijk, 500_00, 2024, activity_id=act)
    c = funding.commit(b_wmo, 300_00, DAY, "Zaalhuur")
    funding.spend(b_wmo, 100_00, DAY, "Eerste termijn", commitment_id=c)
    funding.spend(b_wijk, 50_00, DAY, "Koffie en thee")
    funding.add_offset_saving(wijk, 200_00, 2024, "Bewoners doen het groenonderhoud; "
                              "schatting op basis van twee uur per week.", activity_id=act)

    view = funding.position_of(activity_id=act)
    by_name = {line.source_name: line.position for line in view.sources}
    assert by_name == {"Wmo": Position(1000_00, 200_00, 100_00),
                       "Wijkbudget": Position(500_00, 0, 50_00)}
    assert by_name["Wmo"].free == 700_00 and by_name["Wijkbudget"].free == 450_00
    assert view.total == Position(1500_00, 200_00, 150_00) and view.total.free == 1150_00
    assert {b.budget_id for b in view.budgets} == {b_wmo, b_wijk}
    assert [(o.source_name, o.amount, o.year) for o in view.offsets] == [
        ("Wijkbudget", 200_00, 2024)]
    assert view.offset_total == 200_00
    with pytest.raises(ValidationError):
        funding.position_of()
    with pytest.raises(NotFound):
        funding.position_of(initiative_id=uuid.uuid4())


@pytest.fixture
def flows(workspace, funding, area):
    """The small data set the figures below are computed from by hand."""
    wmo, jeugd, wijk = (_src(funding, n) for n in ("Wmo", "Jeugdwet", "Wijkbudget"))
    funding.add_source("Stichting Testfonds", FundingKind.FOUNDATION)
    a1 = _activity(workspace, area["b0"])  # buurt 00
    i1 = _initiative(workspace, area["b1"])  # buurt 01
    a2 = _activity(workspace, area["wk"])  # the wijk itself
    a3 = _activity(workspace, area["other"])  # another wijk
    b = funding.add_budget(wmo, 1000_00, 2024, activity_id=a1)
    c = funding.commit(b, 300_00, DAY)
    funding.spend(b, 100_00, DAY, commitment_id=c)
    b = funding.add_budget(wijk, 500_00, 2024, activity_id=a1)
    funding.spend(b, 50_00, DAY)
    b = funding.add_budget(wijk, 200_00, 2024, initiative_id=i1)
    funding.commit(b, 80_00, DAY)
    funding.spend(b, 100_00, DAY)
    b = funding.add_budget(jeugd, 400_00, 2025, activity_id=a2)
    funding.spend(b, 400_00, DAY)
    funding.add_budget(wmo, 999_00, 2024, activity_id=a3)
    funding.add_offset_saving(wmo, 150_00, 2024, "Minder individuele begeleiding nodig.",
                              initiative_id=i1)
    funding.add_offset_saving(wmo, 10_00, 2024, "Schatting.", activity_id=a3)
    a4 = _activity(workspace, area["b0"])
    funding.add_budget(wmo, 77_00, 2024, activity_id=a4)
    with workspace.store.write() as s:  # a tombstoned activity's money leaves the figures
        s.get(Activity, a4).deleted_at = utcnow()
    return area


def test_by_source_against_hand_computed_figures(funding, flows):
    views = {v.name: v for v in funding.by_source()}
    assert list(views) == ["Jeugdwet", "Stichting Testfonds", "Wijkbudget", "Wmo"]
    wmo = views["Wmo"]
    assert (wmo.budgeted, wmo.committed, wmo.spent, wmo.free) == (1999_00, 200_00, 100_00,
                                                                 1699_00)
    assert (wmo.activities, wmo.initiatives, wmo.offset_savings) == (2, 0, 160_00)
    wijk = views["Wijkbudget"]
    assert (wijk.budgeted, wijk.committed, wijk.spent, wijk.free) == (700_00, 80_00, 150_00,
                                                                     470_00)
    assert (wijk.activities, wijk.initiatives, wijk.offset_savings) == (1, 1, 0)
    jeugd = views["Jeugdwet"]
    assert jeugd.position == Position(400_00, 0, 400_00) and jeugd.free == 0
    assert views["Stichting Testfonds"].position == Position()

    in_2025 = {v.name: v for v in funding.by_source(2025)}
    assert in_2025["Jeugdwet"].position == Position(400_00, 0, 400_00)
    assert in_2025["Wmo"].position == Position() and in_2025["Wmo"].offset_savings == 0
    with pytest.raises(ValidationError):
        funding.by_source(1999)


def test_by_place_takes_a_wijk_with_its_buurten(funding, flows):
    wijk = funding.by_place(flows["wk"])
    assert wijk.code == "WK199900" and wijk.level is PlaceLevel.DISTRICT
    lines = {v.name: v for v in wijk.sources}
    assert list(lines) == ["Jeugdwet", "Wijkbudget", "Wmo"]  # the foundation has nothing here
    assert lines["Wmo"].position == Position(1000_00, 200_00, 100_00)
    assert lines["Wmo"].offset_savings == 150_00
    assert lines["Wijkbudget"].position == Position(700_00, 80_00, 150_00)
    assert lines["Jeugdwet"].position == Position(400_00, 0, 400_00)
    assert wijk.total == Position(2100_00, 280_00, 650_00) and wijk.total.free == 1170_00
    assert (wijk.activities, wijk.initiatives, wijk.offset_savings) == (2, 1, 150_00)

    buurt = funding.by_place(flows["b1"])
    lines = {v.name: v for v in buurt.sources}
    assert lines["Wijkbudget"].position == Position(200_00, 80_00, 100_00)
    assert lines["Wijkbudget"].free == 20_00
    assert lines["Wmo"].position == Position() and lines["Wmo"].offset_savings == 150_00
    assert buurt.total == Position(200_00, 80_00, 100_00)
    assert (buurt.activities, buurt.initiatives) == (0, 1)

    empty = funding.by_place(flows["b0"], 2025)
    assert empty.sources == () and empty.total == Position() and empty.activities == 0
    assert funding.by_place(flows["gm"]).total == Position(3099_00, 280_00, 650_00)
    with pytest.raises(NotFound):
        funding.by_place(uuid.uuid4())


def test_overspend_needs_an_explicit_override_and_is_flagged(workspace, funding, area):
    act = _activity(workspace, area["b0"])
    budget = funding.add_budget(_src(funding, "Wmo"), 100_00, 2024, activity_id=act)
    funding.spend(budget, 60_00, DAY, override=True)  # within budget: no flag
    before = _count(workspace, Spending)
    with pytest.raises(Conflict, match="beyond the budget"):
        funding.spend(budget, 40_01, DAY, "Te veel")
    assert _count(workspace, Spending) == before

    spent = funding.spend(budget, 40_01, DAY, "Te veel", override=True)
    with workspace.store.read() as s:
        flags = dict(s.execute(select(Spending.id, Spending.overspend_confirmed)).all())
        detail = s.scalar(select(AuditEntry.detail).where(AuditEntry.record_id == str(spent)))
        audit_text = " ".join(repr(tuple(r)) for r in s.execute(select(AuditEntry.__table__)))
    assert flags[spent] is True and sum(flags.values()) == 1
    assert detail == "overspend confirmed"
    assert "Te veel" not in audit_text  # descriptions stay out of the audit log
    assert funding.position_of(activity_id=act).total.free == -1


def test_commitments_beyond_the_free_room_need_an_override(workspace, funding, area):
    act = _activity(workspace, area["b0"])
    budget = funding.add_budget(_src(funding, "Wmo"), 100_00, 2024, activity_id=act)
    funding.commit(budget, 70_00, DAY)
    with pytest.raises(Conflict):
        funding.commit(budget, 30_01, DAY)
    assert _count(workspace, Commitment) == 1
    funding.commit(budget, 30_01, DAY, override=True)
    assert funding.position_of(activity_id=act).total == Position(100_00, 100_01, 0)


def test_paying_a_commitment_is_not_counted_twice(workspace, funding, area):
    act = _activity(workspace, area["b0"])
    budget = funding.add_budget(_src(funding, "Wmo"), 100_00, 2024, activity_id=act)
    c = funding.commit(budget, 100_00, DAY)
    funding.spend(budget, 100_00, DAY, commitment_id=c)  # the whole budget, reserved first
    assert funding.position_of(activity_id=act).total == Position(100_00, 0, 100_00)
    with pytest.raises(Conflict):  # the reservation is used up
        funding.spend(budget, 1, DAY, commitment_id=c)


def test_a_commitment_of_another_budget_is_refused(workspace, funding, area):
    act = _activity(workspace, area["b0"])
    wmo = _src(funding, "Wmo")
    first = funding.add_budget(wmo, 100_00, 2024, activity_id=act)
    second = funding.add_budget(wmo, 100_00, 2025, activity_id=act)
    c = funding.commit(first, 50_00, DAY)
    with pytest.raises(ValidationError, match="another budget"):
        funding.spend(second, 10_00, DAY, commitment_id=c)
    with pytest.raises(NotFound):
        funding.spend(second, 10_00, DAY, commitment_id=uuid.uuid4())
    assert _count(workspace, Spending) == 0


@pytest.mark.parametrize("call", [
    lambda f, src, b, act: f.add_budget(src, -1, 2024, activity_id=act),
    lambda f, src, b, act: f.add_budget(src, 0, 2024, activity_id=act),
    lambda f, src, b, act: f.add_budget(src, 10.5, 2024, activity_id=act),
    lambda f, src, b, act: f.add_budget(src, 100, 1999, activity_id=act),
    lambda f, src, b, act: f.add_budget(src, 100, 2024),
    lambda f, src, b, act: f.add_budget(src, 100, 2024, activity_id=act, initiative_id=act),
    lambda f, src, b, act: f.commit(b, -5, DAY),
    lambda f, src, b, act: f.commit(b, 5, date(2999, 1, 1)),
    lambda f, src, b, act: f.spend(b, -5, DAY),
    lambda f, src, b, act: f.spend(b, 5, DAY, "x" * 201),
    lambda f, src, b, act: f.add_offset_saving(src, -5, 2024, "Reden", activity_id=act),
    lambda f, src, b, act: f.add_offset_saving(src, 5, 2024, "   ", activity_id=act),
])
def test_invalid_amounts_and_inputs_are_refused_and_nothing_is_written(workspace, funding, area,
                                                                       call):
    act = _activity(workspace, area["b0"])
    src = _src(funding, "Wmo")
    budget = funding.add_budget(src, 100_00, 2024, activity_id=act)
    counts = [_count(workspace, m) for m in (Budget, Commitment, Spending, OffsetSaving)]
    with pytest.raises(ValidationError):
        call(funding, src, budget, act)
    assert [_count(workspace, m) for m in (Budget, Commitment, Spending, OffsetSaving)] == counts


def test_unknown_records_are_not_found(workspace, funding, area):
    act = _activity(workspace, area["b0"])
    with pytest.raises(NotFound):
        funding.add_budget(uuid.uuid4(), 100, 2024, activity_id=act)
    with pytest.raises(NotFound):
        funding.add_budget(_src(funding, "Wmo"), 100, 2024, initiative_id=uuid.uuid4())
    with pytest.raises(NotFound):
        funding.commit(uuid.uuid4(), 100, DAY)


def test_without_a_profile_nothing_is_read_or_written(workspace, funding, area):
    act = _activity(workspace, area["b0"])
    src = _src(funding, "Wmo")
    anonymous = workspace.funding(None)
    with pytest.raises(PermissionDenied):
        anonymous.add_budget(src, 100_00, 2024, activity_id=act)
    with pytest.raises(PermissionDenied):
        anonymous.by_source()
    with pytest.raises(PermissionDenied):
        anonymous.add_source("Iets", FundingKind.OTHER)
    assert _count(workspace, Budget) == 0
