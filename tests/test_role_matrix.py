"""The responsibility matrix: every analysis rule on small matrices, properties of the analysis
and the role map on any matrix, and the role service (reference data, matrices, cells, splits
and who may change what)."""

import random
import uuid
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.conftest import audit_entries
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.professionals import AssignmentKind
from wijkdesk.domain.role_matrix import (
    LEVEL_ORDER,
    Finding,
    Level,
    Matrix,
    Rule,
    TaskRef,
    TypeRef,
    WorkKind,
    analyse,
    individual_share,
    load_limit,
    parse_level,
    role_map,
)
from wijkdesk.domain.role_tasks import SEEDED_DOMAINS
from wijkdesk.domain.support import ContactKind
from wijkdesk.errors import NotFound, PermissionDenied, ValidationError
from wijkdesk.services.activities import ActivityData
from wijkdesk.services.contacts import ContactData
from wijkdesk.services.residents import ResidentData
from wijkdesk.store.models import MatrixCell

A, R, C, I = Level.ACCOUNTABLE, Level.RESPONSIBLE, Level.CONSULTED, Level.INFORMED  # noqa: E741
IND, COL, BOTH = WorkKind.INDIVIDUAL, WorkKind.COLLECTIVE, WorkKind.BOTH
FREE, MANDATED = AssignmentKind.FREE, AssignmentKind.MANDATED
CONTRACTED, OWN = AssignmentKind.CONTRACTED, AssignmentKind.OWN

DOMAIN = uuid.UUID(int=1)


def task(n: int, work: WorkKind = IND, *, policy: bool = False,
         domain: uuid.UUID = DOMAIN) -> TaskRef:
    return TaskRef(uuid.UUID(int=1000 + n), f"taak {n}", domain, work, policy)


def ptype(n: int, assignment: AssignmentKind = CONTRACTED) -> TypeRef:
    return TypeRef(uuid.UUID(int=2000 + n), f"type {n}", assignment)


def of(findings: list[Finding], rule: Rule) -> list[Finding]:
    return [f for f in findings if f.rule is rule]


# The task rules ----------------------------------------------------------------------------


def test_a_task_without_accountable_and_without_responsible():
    t1, t2 = task(1), task(2)
    x, y = ptype(1), ptype(2)
    found = analyse([t1, t2], [x, y], {(t1.id, x.id): C, (t2.id, x.id): A, (t2.id, y.id): R})
    none_a = of(found, Rule.NO_ACCOUNTABLE)
    none_r = of(found, Rule.NO_RESPONSIBLE)
    assert [f.task_id for f in none_a] == [t1.id]
    assert [f.task_id for f in none_r] == [t1.id]
    assert set(none_a[0].cells) == {(t1.id, x.id), (t1.id, y.id)}  # the whole row
    assert none_a[0].explanation.startswith("Nobody is accountable")


def test_an_informed_or_consulted_type_is_neither_accountable_nor_responsible():
    t1 = task(1)
    types = [ptype(1), ptype(2)]
    found = analyse([t1], types, {(t1.id, types[0].id): I, (t1.id, types[1].id): C})
    assert {f.rule for f in found} == {Rule.NO_ACCOUNTABLE, Rule.NO_RESPONSIBLE}


def test_one_accountable_is_fine_and_two_are_several():
    t1, t2 = task(1), task(2)
    x, y, z = ptype(1), ptype(2), ptype(3)
    levels = {(t1.id, x.id): A, (t1.id, y.id): R,
              (t2.id, x.id): A, (t2.id, y.id): A, (t2.id, z.id): R}
    several = of(analyse([t1, t2], [x, y, z], levels), Rule.SEVERAL_ACCOUNTABLE)
    assert len(several) == 1
    f = several[0]
    assert (f.task_id, f.count) == (t2.id, 2)
    assert set(f.cells) == {(t2.id, x.id), (t2.id, y.id)}
    levels[(t2.id, z.id)] = A
    several = of(analyse([t1, t2], [x, y, z], levels), Rule.SEVERAL_ACCOUNTABLE)
    assert [(f.task_id, f.count) for f in several] == [(t2.id, 3)]
    # the task with three A's is not also without an R: z's R became an A
    assert [f.task_id for f in of(analyse([t1, t2], [x, y, z], levels),
                                  Rule.NO_RESPONSIBLE)] == [t2.id]


def test_a_fully_covered_matrix_has_no_task_findings():
    tasks = [task(n) for n in range(4)]
    x, y = ptype(1), ptype(2)
    levels = {}
    for t in tasks:
        levels[(t.id, x.id)] = A
        levels[(t.id, y.id)] = R
    found = analyse(tasks, [x, y], levels)
    assert not [f for f in found if f.task_id is not None]


# The load rule -------------------------------------------------------------------------------


def test_load_limit_is_half_the_tasks_and_at_least_three():
    assert [load_limit(n) for n in (0, 1, 5, 6, 7, 8, 9, 20)] == [3, 3, 3, 3, 4, 4, 5, 10]


@pytest.mark.parametrize("task_count", [4, 6, 8, 11])
def test_heavy_load_starts_one_task_over_the_limit(task_count):
    tasks = [task(n) for n in range(task_count)]
    heavy, other = ptype(1), ptype(2)
    limit = load_limit(task_count)
    # R and A both count as owning; C and I do not
    levels = {(t.id, heavy.id): (R if n % 2 else A) for n, t in enumerate(tasks[:limit])}
    levels.update({(t.id, heavy.id): C for t in tasks[limit:]})
    assert not of(analyse(tasks, [heavy, other], levels), Rule.HEAVY_LOAD)
    levels[(tasks[limit].id, heavy.id)] = R
    load = of(analyse(tasks, [heavy, other], levels), Rule.HEAVY_LOAD)
    assert len(load) == 1
    f = load[0]
    assert (f.type_id, f.count) == (heavy.id, limit + 1)
    assert set(f.cells) == {(t.id, heavy.id) for t in tasks[:limit + 1]}
    levels.update({(t.id, heavy.id): A for t in tasks})
    assert of(analyse(tasks, [heavy, other], levels), Rule.HEAVY_LOAD)[0].count == task_count


# The assignment rules ------------------------------------------------------------------------


def test_a_free_type_holding_the_mandate_of_a_policy_task():
    policy, plain = task(1, policy=True), task(2)
    free, mandated = ptype(1, FREE), ptype(2, MANDATED)
    levels = {(policy.id, free.id): A, (plain.id, free.id): A,
              (policy.id, mandated.id): R, (plain.id, mandated.id): R}
    found = of(analyse([policy, plain], [free, mandated], levels), Rule.FREE_HOLDS_POLICY_MANDATE)
    assert [(f.task_id, f.type_id, f.cells) for f in found] == [
        (policy.id, free.id, ((policy.id, free.id),))]


def test_a_free_type_executing_a_policy_task_or_mandated_accountable_is_fine():
    policy = task(1, policy=True)
    free, mandated = ptype(1, FREE), ptype(2, MANDATED)
    levels = {(policy.id, free.id): R, (policy.id, mandated.id): A}
    assert not of(analyse([policy], [free, mandated], levels), Rule.FREE_HOLDS_POLICY_MANDATE)


@pytest.mark.parametrize("assignment", [MANDATED, CONTRACTED, OWN])
def test_only_a_free_type_is_flagged_for_a_policy_mandate(assignment):
    policy = task(1, policy=True)
    other = ptype(1, assignment)
    assert not of(analyse([policy], [other], {(policy.id, other.id): A}),
                  Rule.FREE_HOLDS_POLICY_MANDATE)


def test_a_mandated_type_that_holds_no_mandate():
    t1, t2 = task(1), task(2)
    idle, busy = ptype(1, MANDATED), ptype(2, MANDATED)
    levels = {(t1.id, idle.id): R, (t2.id, idle.id): C, (t1.id, busy.id): A}
    found = of(analyse([t1, t2], [idle, busy], levels), Rule.MANDATE_UNUSED)
    assert [f.type_id for f in found] == [idle.id]
    assert set(found[0].cells) == {(t1.id, idle.id), (t2.id, idle.id)}  # its column


@pytest.mark.parametrize("assignment", [FREE, CONTRACTED, OWN])
def test_only_a_mandated_type_is_flagged_for_an_unused_mandate(assignment):
    t1 = task(1)
    other = ptype(1, assignment)
    assert not of(analyse([t1], [other], {}), Rule.MANDATE_UNUSED)
    assert not of(analyse([t1], [other], {(t1.id, other.id): R}), Rule.MANDATE_UNUSED)


# The shared-owner rule -----------------------------------------------------------------------


def test_a_domain_whose_individual_and_collective_owners_do_not_meet():
    ind, col = task(1, IND), task(2, COL)
    x, y = ptype(1), ptype(2)
    levels = {(ind.id, x.id): A, (col.id, y.id): R}
    found = of(analyse([ind, col], [x, y], levels), Rule.NO_SHARED_OWNER)
    assert [f.domain_id for f in found] == [DOMAIN]
    assert set(found[0].cells) == {(t.id, ty.id) for t in (ind, col) for ty in (x, y)}
    # a consulted type does not own: still unshared
    levels[(col.id, x.id)] = C
    assert of(analyse([ind, col], [x, y], levels), Rule.NO_SHARED_OWNER)
    # one type owning a task on each side joins them
    levels[(col.id, x.id)] = R
    assert not of(analyse([ind, col], [x, y], levels), Rule.NO_SHARED_OWNER)


def test_an_owner_of_a_task_of_both_kinds_is_a_shared_owner():
    ind, col, both = task(1, IND), task(2, COL), task(3, BOTH)
    x, y, z = ptype(1), ptype(2), ptype(3)
    levels = {(ind.id, x.id): A, (col.id, y.id): A}
    assert of(analyse([ind, col, both], [x, y, z], levels), Rule.NO_SHARED_OWNER)
    levels[(both.id, z.id)] = R
    assert not of(analyse([ind, col, both], [x, y, z], levels), Rule.NO_SHARED_OWNER)


def test_domains_are_judged_apart():
    other = uuid.UUID(int=2)
    ind, col = task(1, IND), task(2, COL)
    ind2, col2 = task(3, IND, domain=other), task(4, COL, domain=other)
    x, y = ptype(1), ptype(2)
    # x owns individual work in one domain and collective work in the other: no domain shares
    levels = {(ind.id, x.id): A, (col.id, y.id): A, (ind2.id, y.id): A, (col2.id, x.id): A}
    found = of(analyse([ind, col, ind2, col2], [x, y], levels), Rule.NO_SHARED_OWNER)
    assert {f.domain_id for f in found} == {DOMAIN, other}


@given(st.sampled_from([IND, COL, BOTH]), st.integers(1, 5), st.data())
def test_a_domain_of_one_kind_of_work_never_lacks_a_shared_owner(kind, n, data):
    """Only where individual and collective work meet can they lack a shared owner (a domain
    of a "both" task beside individual tasks is tested above)."""
    tasks = [task(i, kind) for i in range(n)]
    types = [ptype(i) for i in range(3)]
    levels = data.draw(levels_for(tasks, types))
    assert not of(analyse(tasks, types, levels), Rule.NO_SHARED_OWNER)


# Properties of the analysis ------------------------------------------------------------------

DOMAINS = [uuid.UUID(int=n) for n in range(1, 4)]
level_or_none = st.sampled_from([None, A, R, C, I])


def levels_for(tasks, types):
    cells = [(t.id, ty.id) for t in tasks for ty in types]
    return st.lists(level_or_none, min_size=len(cells), max_size=len(cells)).map(
        lambda lv: {cell: level for cell, level in zip(cells, lv, strict=True) if level})


@st.composite
def matrices(draw, max_tasks: int = 7, max_types: int = 5) -> Matrix:
    n_tasks = draw(st.integers(0, max_tasks))
    n_types = draw(st.integers(0, max_types))
    tasks = [task(n, draw(st.sampled_from(list(WorkKind))), policy=draw(st.booleans()),
                  domain=draw(st.sampled_from(DOMAINS))) for n in range(n_tasks)]
    types = [ptype(n, draw(st.sampled_from(list(AssignmentKind)))) for n in range(n_types)]
    levels = draw(levels_for(tasks, types))
    # cells of tasks or types that are not in the matrix (retired since) must not matter
    stray = draw(st.lists(st.tuples(st.integers(0, 3), level_or_none.filter(bool)),
                          max_size=3))
    for n, level in stray:
        levels[(uuid.UUID(int=9000 + n), types[0].id if types else uuid.UUID(int=9100))] = level
    return Matrix(tasks, types, levels)


@given(matrices())
def test_every_finding_points_at_cells_of_the_matrix(m):
    task_ids = {t.id for t in m.tasks}
    type_ids = {t.id for t in m.types}
    domain_ids = {t.domain_id for t in m.tasks}
    for f in m.analyse():
        assert f.cells or not m.types  # a finding links to cells wherever there are any
        for task_id, type_id in f.cells:
            assert task_id in task_ids and type_id in type_ids
        assert f.task_id is None or f.task_id in task_ids
        assert f.type_id is None or f.type_id in type_ids
        assert f.domain_id is None or f.domain_id in domain_ids
        assert f.explanation


@given(matrices(), st.randoms(use_true_random=False))
def test_the_analysis_is_deterministic_and_ignores_insertion_order(m, rnd):
    first = m.analyse()
    items = list(m.levels.items())
    rnd.shuffle(items)
    assert analyse(m.tasks, m.types, dict(items)) == first
    assert analyse(m.tasks, m.types, dict(reversed(items))) == first
    assert m.analyse() == first


@given(matrices(), st.data())
def test_an_accountable_removes_exactly_the_tasks_no_accountable_finding(m, data):
    unowned = [t for t in m.tasks
               if not any(m.levels.get((t.id, ty.id)) is A for ty in m.types)]
    if not unowned or not m.types:
        return
    target = data.draw(st.sampled_from(unowned))
    holder = data.draw(st.sampled_from(m.types))
    before = set(of(m.analyse(), Rule.NO_ACCOUNTABLE))
    m.levels[(target.id, holder.id)] = A
    after = set(of(m.analyse(), Rule.NO_ACCOUNTABLE))
    assert before - after == {f for f in before if f.task_id == target.id}
    assert len(before - after) == 1
    assert after < before


@given(st.integers(0, 8), st.lists(st.sampled_from(list(AssignmentKind)), max_size=4))
def test_an_empty_matrix_lacks_an_accountable_and_a_responsible_on_every_task(n, kinds_):
    tasks = [task(k, policy=bool(k % 2)) for k in range(n)]
    types = [ptype(k, kind) for k, kind in enumerate(kinds_)]
    found = analyse(tasks, types, {})
    assert [f.task_id for f in of(found, Rule.NO_ACCOUNTABLE)] == [t.id for t in tasks]
    assert [f.task_id for f in of(found, Rule.NO_RESPONSIBLE)] == [t.id for t in tasks]
    assert not of(found, Rule.SEVERAL_ACCOUNTABLE) and not of(found, Rule.HEAVY_LOAD)


@given(matrices())
def test_the_role_map_holds_the_strongest_level_and_counts_every_cell(m):
    domain_ids = sorted({t.domain_id for t in m.tasks}) + [uuid.UUID(int=77)]  # one empty
    cells = role_map(m.tasks, m.types, m.levels, domain_ids)
    assert set(cells) == {(ty.id, d) for ty in m.types for d in domain_ids}
    task_ids = {t.id for t in m.tasks}
    live = {k: v for k, v in m.levels.items() if k[0] in task_ids}
    total = 0
    for (type_id, domain_id), cell in cells.items():
        held = [m.levels[(t.id, type_id)] for t in m.tasks
                if t.domain_id == domain_id and (t.id, type_id) in m.levels]
        want = min(held, key=LEVEL_ORDER.index) if held else None
        assert cell.strongest == want
        assert sum(cell.counts.values()) == len(held)
        assert cell.owned == sum(1 for lv in held if lv in (A, R))
        total += sum(cell.counts.values())
    assert total == len(live)


def test_the_role_map_of_a_small_matrix():
    t1, t2 = task(1), task(2, COL)
    t3 = task(3, domain=uuid.UUID(int=2))
    x = ptype(1)
    cells = role_map([t1, t2, t3], [x], {(t1.id, x.id): C, (t2.id, x.id): R, (t3.id, x.id): I},
                     [DOMAIN, uuid.UUID(int=2)])
    assert cells[(x.id, DOMAIN)].strongest is R
    assert dict(cells[(x.id, DOMAIN)].counts) == {C: 1, R: 1}
    assert cells[(x.id, uuid.UUID(int=2))].strongest is I


@given(st.integers(0, 10**7), st.integers(0, 10**7))
def test_the_individual_share_is_a_percentage(individual, collective):
    share = individual_share(individual, collective)
    if individual + collective == 0:
        assert share is None
    else:
        assert 0 <= share <= 100
        assert abs(share - 100 * individual / (individual + collective)) <= 0.5


def test_the_individual_share_of_known_hours():
    assert individual_share(0, 0) is None
    assert individual_share(30, 90) == 25
    assert individual_share(60, 0) == 100
    assert individual_share(0, 45) == 0


@pytest.mark.parametrize(("typed", "level"), [
    ("r", R), ("R", R), ("a", A), (" A ", A), ("c", C), ("i", I), ("I", I),
    ("", None), ("  ", None), ("-", None)])
def test_parse_level_reads_what_a_user_types(typed, level):
    assert parse_level(typed) is level


ACCEPTED = {"", "-", "0", "r", "a", "c", "i", "R", "A", "C", "I"}


# the one letter outside R, A, C and I whose capital is one of them (Turkish dotless i)
typed_text = st.lists(st.one_of(st.characters(), st.just("\u0131")), max_size=4).map("".join)


@given(typed_text.filter(lambda s: s.strip() not in ACCEPTED))
def test_parse_level_refuses_anything_else(typed):
    with pytest.raises(ValidationError):
        parse_level(typed)


@pytest.mark.parametrize("typed", ["x", "RA", "ra", "accountable", "1", "ı"])
def test_parse_level_refuses_known_wrong_input(typed):
    with pytest.raises(ValidationError):
        parse_level(typed)


# The role service ----------------------------------------------------------------------------










def test_seed_holds_every_seeded_domain_and_task_and_runs_once(workspace, admin):
    roles = workspace.roles(admin)
    assert roles.seed() == 0  # the new database was seeded when it was made
    before = len(audit_entries(workspace))
    assert roles.seed() == 0
    assert len(audit_entries(workspace)) == before  # nothing added, nothing audited
    domains = {d.code: d for d in roles.domains()}
    assert list(domains) == [d.code for d in SEEDED_DOMAINS]
    tasks = {t.code: t for t in roles.tasks()}
    for seed in SEEDED_DOMAINS:
        assert domains[seed.code].name == seed.name
        for t in seed.tasks:
            assert tasks[t.code].domain_id == domains[seed.code].id
            assert (tasks[t.code].name, tasks[t.code].work, tasks[t.code].policy) == (
                t.name, t.work, t.policy)
    assert len(tasks) == sum(len(d.tasks) for d in SEEDED_DOMAINS)


def test_seed_adds_back_only_what_is_missing(workspace, admin):
    from sqlalchemy import delete

    from wijkdesk.store.models import Task

    with workspace.store.write() as s:
        s.execute(delete(Task).where(Task.code == "volunteers"))
    roles = workspace.roles(admin)
    assert roles.seed() == 1
    assert roles.seed() == 0
    assert "volunteers" in {t.code for t in roles.tasks()}


@pytest.fixture
def wijken(workspace, admin):
    places = workspace.places(admin)
    gemeente = places.add(PlaceLevel.MUNICIPALITY, "GM1998", "Teststad").id
    noord = places.add(PlaceLevel.DISTRICT, "WK199800", "Noord", gemeente).id
    zuid = places.add(PlaceLevel.DISTRICT, "WK199801", "Zuid", gemeente).id
    buurt = places.add(PlaceLevel.NEIGHBOURHOOD, "BU19980000", "Buurt A", noord).id
    return gemeente, noord, zuid, buurt


def test_open_matrix_finds_a_teams_matrix_per_wijk(workspace, admin, wijken):
    _, noord, zuid, buurt = wijken
    roles = workspace.roles(admin)
    team = roles.open_matrix("Team Noord")
    assert roles.open_matrix("team noord").id == team.id
    assert roles.open_matrix("  TEAM   Noord ").id == team.id
    in_noord = roles.open_matrix("Team Noord", noord)
    assert in_noord.id != team.id and in_noord.place_name == "Noord"
    assert roles.open_matrix("team NOORD", noord).id == in_noord.id
    assert roles.open_matrix("Team Noord", zuid).id not in (team.id, in_noord.id)
    assert roles.open_matrix("Team Zuid").id != team.id
    with pytest.raises(ValidationError):
        roles.open_matrix("Team Noord", buurt)
    with pytest.raises(ValidationError):
        roles.open_matrix("   ")
    assert len(roles.matrices()) == 4
    assert "Team Noord" in roles.teams()


def test_a_new_matrix_is_empty_and_analysed(workspace, admin):
    roles = workspace.roles(admin)
    view = roles.matrix(roles.open_matrix("Team Noord").id)
    assert view.levels == {} and view.splits == {}
    assert len(view.tasks) == sum(len(d.tasks) for d in SEEDED_DOMAINS)
    assert len(view.types) == 5
    assert len(of(view.findings(), Rule.NO_ACCOUNTABLE)) == len(view.tasks)


def _cells(view):
    return {(t, ty): lv for (t, ty), lv in view.levels.items()}


def test_set_levels_returns_the_previous_cells_in_one_audit_entry(workspace, admin):
    roles = workspace.roles(admin)
    m = roles.open_matrix("Team Noord").id
    view = roles.matrix(m)
    t1, t2, t3 = (t.id for t in view.tasks[:3])
    x, y = view.types[0].id, view.types[1].id
    before = len(audit_entries(workspace))
    assert roles.set_levels(m, [(t1, x, A), (t2, x, R), (t3, y, Level.CONSULTED)]) == [
        (t1, x, None), (t2, x, None), (t3, y, None)]
    entries = audit_entries(workspace)
    assert len(entries) == before + 1
    assert (entries[-1].event, entries[-1].record_type, entries[-1].record_id) == (
        "update", "role_matrix", str(m))
    assert _cells(roles.matrix(m)) == {(t1, x): A, (t2, x): R, (t3, y): C}
    # change one, clear one, leave one: the previous cells come back for undo
    previous = roles.set_levels(m, [(t1, x, R), (t2, x, None), (t1, y, "I")])
    assert previous == [(t1, x, A), (t2, x, R), (t1, y, None)]
    assert _cells(roles.matrix(m)) == {(t1, x): R, (t3, y): C, (t1, y): I}
    roles.set_levels(m, [(task_, type_, old) for task_, type_, old in previous])  # undo
    assert _cells(roles.matrix(m)) == {(t1, x): A, (t2, x): R, (t3, y): C}
    assert roles.set_levels(m, []) == []


def test_set_levels_with_an_unknown_task_writes_nothing(workspace, admin):
    roles = workspace.roles(admin)
    m = roles.open_matrix("Team Noord").id
    view = roles.matrix(m)
    t1, t2 = view.tasks[0].id, view.tasks[1].id
    x = view.types[0].id
    roles.set_levels(m, [(t1, x, A)])
    before = len(audit_entries(workspace))
    with pytest.raises(NotFound):
        roles.set_levels(m, [(t1, x, R), (t2, x, A), (uuid.uuid4(), x, R)])
    with pytest.raises(NotFound):
        roles.set_levels(m, [(t2, x, A), (t1, uuid.uuid4(), R)])
    assert _cells(roles.matrix(m)) == {(t1, x): A}
    assert len(audit_entries(workspace)) == before
    with pytest.raises(NotFound):
        roles.set_levels(uuid.uuid4(), [(t1, x, A)])


def test_a_retired_task_leaves_the_matrix(workspace, admin):
    roles = workspace.roles(admin)
    m = roles.open_matrix("Team Noord").id
    view = roles.matrix(m)
    t1, t2 = view.tasks[0].id, view.tasks[1].id
    x = view.types[0].id
    roles.set_levels(m, [(t1, x, A), (t2, x, R)])
    roles.retire_task(t1)
    after = roles.matrix(m)
    assert t1 not in {t.id for t in after.tasks}
    assert _cells(after) == {(t2, x): R}
    assert all(t1 not in (f.task_id, *(c[0] for c in f.cells)) for f in after.findings())
    with workspace.store.read() as s:
        assert s.scalar(select(func.count()).select_from(MatrixCell)
                        .where(MatrixCell.task_id == t1)) == 0
    with pytest.raises(NotFound):
        roles.set_levels(m, [(t1, x, A)])
    with pytest.raises(NotFound):
        roles.retire_task(t1)


@pytest.mark.parametrize("percent", [-1, 101, 50.5, True, "50"])
def test_set_split_refuses_what_is_no_percentage(workspace, admin, percent):
    roles = workspace.roles(admin)
    m = roles.open_matrix("Team Noord").id
    x = roles.types()[0].id
    with pytest.raises(ValidationError):
        roles.set_split(m, x, percent)
    assert roles.matrix(m).splits == {}


def test_set_split_keeps_the_agreed_share_and_returns_the_old_one(workspace, admin):
    roles = workspace.roles(admin)
    m = roles.open_matrix("Team Noord").id
    x, y = roles.types()[0].id, roles.types()[1].id
    assert roles.set_split(m, x, 0) is None
    assert roles.set_split(m, y, 100) is None
    assert roles.set_split(m, x, 40) == 0
    assert roles.matrix(m).splits == {x: 40, y: 100}
    assert roles.set_split(m, x, None) == 40
    assert roles.matrix(m).splits == {y: 100}
    with pytest.raises(NotFound):
        roles.set_split(m, uuid.uuid4(), 10)


def test_only_an_administrator_adds_a_professional_type(workspace, admin, lead):
    before = len(audit_entries(workspace))
    with pytest.raises(PermissionDenied):
        workspace.roles(lead).add_type("Buurtsportcoach", AssignmentKind.CONTRACTED)
    entries = audit_entries(workspace)
    assert len(entries) == before + 1
    assert (entries[-1].event, entries[-1].actor_id, entries[-1].detail) == (
        "permission_denied", lead.id, "manage_types")
    assert "Buurtsportcoach" not in {t.name for t in workspace.roles(admin).types()}
    made = workspace.roles(admin).add_type("Buurtsportcoach", AssignmentKind.CONTRACTED,
                                           "Sport in de buurt.")
    types = workspace.roles(admin).types()
    assert types[-1] == made and made.assignment is AssignmentKind.CONTRACTED
    with pytest.raises(ValidationError):
        workspace.roles(admin).add_type("buurtsportcoach", AssignmentKind.OWN)


def test_a_team_member_does_not_change_the_tasks(workspace, lead, member):
    domain = workspace.roles(lead).domains()[0].id
    before = len(audit_entries(workspace))
    with pytest.raises(PermissionDenied):
        workspace.roles(member).add_task("Buurtpreventie", domain, WorkKind.COLLECTIVE)
    entries = audit_entries(workspace)
    assert len(entries) == before + 1
    assert (entries[-1].event, entries[-1].actor_id, entries[-1].detail) == (
        "permission_denied", member.id, "manage_tasks")
    some = workspace.roles(lead).tasks()[0].id
    with pytest.raises(PermissionDenied):
        workspace.roles(member).retire_task(some)
    assert some in {t.id for t in workspace.roles(lead).tasks()}
    made = workspace.roles(lead).add_task("Buurtpreventie", domain, WorkKind.COLLECTIVE,
                                          policy=True)
    assert made in workspace.roles(member).tasks()
    assert (made.work, made.policy, made.code) == (WorkKind.COLLECTIVE, True, None)


def test_splits_compare_the_agreed_share_with_recorded_hours(workspace, admin, wijken):
    _, noord, zuid, buurt = wijken
    pros = workspace.professionals(admin)
    sp = pros.add("Sociaal Professional (test)", "social_professional").id
    cw = pros.add("Opbouwwerker (test)", "community_worker").id
    elsewhere = workspace.places(admin).add(PlaceLevel.NEIGHBOURHOOD, "BU19980100", "Buurt C",
                                            zuid).id
    on = date.today() - timedelta(days=20)
    residents = workspace.residents(admin)
    here = residents.create(ResidentData("Anna", "Testbewoner", neighbourhood_id=buurt))
    there = residents.create(ResidentData("Bram", "Testbewoner", neighbourhood_id=elsewhere))
    contacts = workspace.contacts(admin)
    contacts.add(here, ContactData(on, 45, ContactKind.PHONE, professional_id=sp))
    contacts.add(here, ContactData(on, 15, ContactKind.HOME_VISIT, professional_id=sp))
    contacts.add(here, ContactData(on, 30, ContactKind.PHONE, professional_id=cw))
    contacts.add(there, ContactData(on, 500, ContactKind.PHONE, professional_id=sp))  # Zuid
    activities = workspace.activities(admin)
    koffie = activities.create(ActivityData("Koffieochtend", buurt, on - timedelta(days=30)))
    activities.log_time(cw, 90, on, activity_id=koffie)
    activities.log_time(sp, 20, on, activity_id=koffie)
    roles = workspace.roles(admin)
    m = roles.open_matrix("Team Noord", noord).id
    types = {t.code: t.id for t in roles.types()}
    roles.set_split(m, types["community_worker"], 25)
    rows = {r.type_id: r for r in roles.splits(m)}
    assert set(rows) == set(types.values())
    worker = rows[types["community_worker"]]
    assert (worker.agreed_individual, worker.individual_minutes, worker.collective_minutes) == (
        25, 30, 90)
    assert worker.actual_individual == 25
    social = rows[types["social_professional"]]
    assert (social.agreed_individual, social.individual_minutes, social.collective_minutes) == (
        None, 60, 20)
    assert social.actual_individual == 75
    freelancer = rows[types["freelancer"]]
    assert (freelancer.individual_minutes, freelancer.collective_minutes) == (0, 0)
    assert freelancer.actual_individual is None
    # a team's matrix without a wijk counts the whole gemeente, Zuid included
    whole = {r.type_id: r for r in roles.splits(roles.open_matrix("Team Noord").id)}
    assert whole[types["social_professional"]].individual_minutes == 560


def test_the_matrix_view_analyses_what_is_stored(workspace, admin):
    roles = workspace.roles(admin)
    m = roles.open_matrix("Team Noord").id
    view = roles.matrix(m)
    free = next(t for t in view.types if t.assignment is AssignmentKind.FREE)
    policy = next(t for t in view.tasks if t.policy)
    roles.set_levels(m, [(policy.id, free.id, A)])
    view = roles.matrix(m)
    found = of(view.findings(), Rule.FREE_HOLDS_POLICY_MANDATE)
    assert [(f.task_id, f.type_id) for f in found] == [(policy.id, free.id)]
    domain_cell = view.role_map()[(free.id, policy.domain_id)]
    assert domain_cell.strongest is A and domain_cell.owned == 1


def test_set_levels_in_random_batches_matches_a_plain_dict(workspace, admin):
    """Many edits, some repeating a cell in one call: the stored matrix is what applying the
    edits one after another to a dict gives."""
    roles = workspace.roles(admin)
    m = roles.open_matrix("Team Noord").id
    view = roles.matrix(m)
    cells = [(t.id, ty.id) for t in view.tasks[:4] for ty in view.types[:3]]
    rnd = random.Random(6)
    expected: dict = {}
    for _ in range(8):
        batch = [(*rnd.choice(cells), rnd.choice([None, A, R, C, I])) for _ in range(5)]
        roles.set_levels(m, batch)
        for task_id, type_id, level in batch:
            if level is None:
                expected.pop((task_id, type_id), None)
            else:
                expected[(task_id, type_id)] = level
        assert _cells(roles.matrix(m)) == expected


def test_a_domain_of_a_both_task_and_individual_tasks_needs_a_shared_owner_too():
    ind, both = task(1, IND), task(2, BOTH)
    x, y = ptype(1), ptype(2)
    levels = {(ind.id, x.id): A}
    assert of(analyse([ind, both], [x, y], levels), Rule.NO_SHARED_OWNER)
    levels[(both.id, y.id)] = R  # y owns the bridging task, x only the individual one
    assert not of(analyse([ind, both], [x, y], levels), Rule.NO_SHARED_OWNER)
    # a domain of "both" tasks alone is left to the task rules
    assert not of(analyse([both], [x, y], {}), Rule.NO_SHARED_OWNER)


def test_two_tasks_of_one_domain_cannot_share_a_name(workspace, admin):
    roles = workspace.roles(admin)
    first = roles.tasks()[0]
    with pytest.raises(ValidationError):
        roles.add_task(first.name.upper(), first.domain_id, WorkKind.BOTH)
    other = roles.add_task("Overleg met de woningcorporatie", first.domain_id, WorkKind.BOTH)
    with pytest.raises(ValidationError):
        roles.update_task(other.id, name=first.name)
    with pytest.raises(ValidationError):
        roles.add_domain(roles.domains()[0].name.lower())
