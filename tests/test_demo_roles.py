"""The demo's role boundaries (issue 6): a team matrix whose findings are exactly the deliberate
ones, a settled matrix in one wijk, and agreements in every state, approved by the team lead."""

from datetime import date, timedelta

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import select

from tests.conftest import ADMIN_PASSWORD
from wijkdesk.app import initialise
from wijkdesk.config import locations as make_locations
from wijkdesk.domain.agreements import AgreementState, ReviewReason
from wijkdesk.domain.role_matrix import Level, Rule
from wijkdesk.domain.roles import Role
from wijkdesk.security.keys import PassphraseSource
from wijkdesk.services.demo import DEMO_PROFILES
from wijkdesk.services.profiles import NewProfile
from wijkdesk.store.models import AuditEntry, Profile

PASSWORDS = {"medewerker": "medewerker-wachtwoord-1", "teamleider": "teamleider-wachtwoord-1"}
TEAM = "Wijkteam Centrum"
LEAD = next(display for _n, display, role, _t in DEMO_PROFILES if role is Role.TEAM_LEAD)
WRITER = next(display for _n, display, role, _t in DEMO_PROFILES if role is Role.TEAM_MEMBER)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A small demo town with its team; read-only tests share it."""
    folder = tmp_path_factory.mktemp("roles")
    mp = pytest.MonkeyPatch()
    mp.setenv("WIJKDESK_PASSPHRASE", "tijdelijk-test-wachtwoord")
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())

    def populate(builder, actor):
        builder.demo(actor).generate(households=30, seed=4)
        builder.demo(actor).add_team(PASSWORDS)

    workspace, admin = initialise(make_locations(folder / "p"),
                                  PassphraseSource(interactive=False),
                                  NewProfile("beheer", "Beheerder Test", ADMIN_PASSWORD), populate)
    yield workspace, admin
    workspace.close()
    keyring.set_keyring(previous)
    mp.undo()


def _matrix(workspace, admin, *, wijk: bool):
    roles = workspace.roles(admin)
    found = [m for m in roles.matrices() if m.team == TEAM and bool(m.place_id) == wijk]
    assert len(found) == 1
    return roles.matrix(found[0].id)


def _named(view, finding):
    tasks = {t.id: t.name for t in view.tasks}
    types = {t.id: t.code for t in view.types}
    domains = {d.id: d.name for d in view.domains}
    return (finding.rule, tasks.get(finding.task_id), types.get(finding.type_id),
            domains.get(finding.domain_id))


def test_the_team_matrix_has_exactly_the_deliberate_findings(demo):
    workspace, admin = demo
    view = _matrix(workspace, admin, wijk=False)
    assert {_named(view, f) for f in view.findings()} == {
        (Rule.NO_ACCOUNTABLE, "Signalen uit de buurt ophalen", None, None),
        (Rule.SEVERAL_ACCOUNTABLE, "Netwerk van partners onderhouden", None, None),
        (Rule.FREE_HOLDS_POLICY_MANDATE, "Aanvragen van initiatieven beoordelen",
         "community_worker", None),
        (Rule.NO_SHARED_OWNER, None, None, "Signaleren"),
    }
    several = next(f for f in view.findings() if f.rule is Rule.SEVERAL_ACCOUNTABLE)
    codes = {t.id: t.code for t in view.types}
    assert {codes[ptype] for _task, ptype in several.cells} == {"community_worker",
                                                                 "area_worker"}


def test_the_team_matrix_is_filled_as_a_wijkteam_would(demo):
    workspace, admin = demo
    view = _matrix(workspace, admin, wijk=False)
    codes = {t.id: t.code for t in view.types}
    tasks = {t.id: t for t in view.tasks}
    assert len(codes) == 5 and len(tasks) == 15
    # every seeded task has cells, and every seeded type takes part
    assert {task for task, _t in view.levels} == set(tasks)
    assert {codes[ptype] for _task, ptype in view.levels} == set(codes.values())
    held = {(tasks[task].code, codes[ptype]): level for (task, ptype), level in
            view.levels.items()}
    assert held[("kitchen_table", "social_professional")] in (Level.RESPONSIBLE,
                                                              Level.ACCOUNTABLE)
    assert held[("allocate_budget", "area_worker")] is Level.ACCOUNTABLE
    assert held[("neighbourhood_agenda", "area_worker")] is Level.ACCOUNTABLE
    assert held[("neighbourhood_agenda", "community_worker")] is Level.RESPONSIBLE
    splits = {codes[ptype]: percent for ptype, percent in view.splits.items()}
    assert splits["social_professional"] == 80 and splits["community_worker"] == 15
    assert splits["area_worker"] == 40 and set(splits) == set(codes.values())


def test_the_wijk_matrix_is_smaller_and_settled(demo):
    workspace, admin = demo
    team, wijk = (_matrix(workspace, admin, wijk=w) for w in (False, True))
    assert wijk.info.place_name == "Centrum" and wijk.info.team == TEAM
    assert 0 < len(wijk.levels) < len(team.levels)
    assert set(wijk.levels.values()) == {Level.RESPONSIBLE, Level.ACCOUNTABLE}
    assert wijk.findings() == []


def test_agreements_in_every_state_in_dutch(demo):
    workspace, admin = demo
    versions = workspace.agreements(admin).list(all_versions=True)
    assert {v.state for v in versions} == set(AgreementState)
    for summary in versions:
        full = workspace.agreements(admin).get(summary.id)
        assert full.created_by_name == WRITER
        assert full.content.team == TEAM and "Demostad" in full.content.parties
        assert full.content.assignment.count(" ") > 15  # written out, not a placeholder
        assert "lorem" not in full.content.assignment.lower()
    newest = workspace.agreements(admin).list()
    assert len(newest) == len(versions) - 1  # one series has two versions


def test_a_superseded_first_version_and_an_approved_second_by_the_team_lead(demo):
    workspace, admin = demo
    service = workspace.agreements(admin)
    series = [s for s in service.list() if s.version == 2]
    assert len(series) == 1
    first, second = service.versions(series[0].series_id)
    assert (first.state, second.state) == (AgreementState.SUPERSEDED, AgreementState.APPROVED)
    assert first.approved_by_name == second.approved_by_name == LEAD
    trail = service.get(second.id).steps
    assert [s.to_state for s in trail] == [AgreementState.DRAFT, AgreementState.SUBMITTED,
                                           AgreementState.APPROVED]
    assert trail[-1].by_name == LEAD and trail[-1].note
    assert service.get(first.id).steps[-1].to_state is AgreementState.SUPERSEDED
    change = service.compare(first.id, second.id)
    assert {c.field for c in change.fields} >= {"hours_per_week", "review_on"}
    # the partner network gained its second accountable between the versions
    assert [(c.task, c.professional_type, c.old, c.new) for c in change.cells] == [
        ("Netwerk van partners onderhouden", "area_worker", "C", "A")]
    with workspace.store.read() as s:
        lead_id = s.scalar(select(Profile.id).where(Profile.display_name == LEAD))
        approvals = s.scalars(select(AuditEntry.actor_id).where(
            AuditEntry.event == "approve", AuditEntry.record_type == "agreement")).all()
    approved = [v for v in service.list(all_versions=True)
                if v.state in (AgreementState.APPROVED, AgreementState.SUPERSEDED)]
    assert approvals and set(approvals) == {lead_id} and len(approvals) == len(approved)


def test_the_review_queue_holds_an_overdue_and_a_due_review(demo):
    workspace, admin = demo
    today = date.today()
    queue = workspace.agreements(admin).review_queue(today=today)
    reasons = {item.reason: item.agreement for item in queue}
    assert [i.reason for i in queue] == [ReviewReason.AWAITING_APPROVAL,
                                        ReviewReason.REVIEW_OVERDUE, ReviewReason.REVIEW_DUE]
    overdue, due = reasons[ReviewReason.REVIEW_OVERDUE], reasons[ReviewReason.REVIEW_DUE]
    assert overdue.state is due.state is AgreementState.APPROVED
    assert overdue.review_on < today <= due.review_on <= today + timedelta(days=30)
    assert overdue.place_name == "Centrum"
    assert reasons[ReviewReason.AWAITING_APPROVAL].state is AgreementState.SUBMITTED


def test_the_matrices_are_audited_and_the_chain_holds(demo):
    workspace, _admin = demo
    with workspace.store.read() as s:
        made = s.scalars(select(AuditEntry.detail).where(
            AuditEntry.event == "create", AuditEntry.record_type == "role_matrix")).all()
    assert sorted(made) == ["31 cells, 3 splits", "60 cells, 5 splits"]
    assert workspace.audit().verify().ok
