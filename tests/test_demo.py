"""The demo town: individual support that passes the services' own rules, the team member's
caseload, reproducible seeds, and the city size with summarised audit entries."""

from collections import Counter
from datetime import date, timedelta

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import func, select

from tests.conftest import ADMIN_PASSWORD, cli_env, run_cli
from wijkdesk.app import initialise
from wijkdesk.config import locations as make_locations
from wijkdesk.domain.residents import age_on
from wijkdesk.domain.support import (
    ContactKind,
    GoalStatus,
    LifeDomain,
    ReferralStatus,
    ScoreMoment,
    choice,
    not_future,
    ordered,
    score,
)
from wijkdesk.errors import ValidationError
from wijkdesk.security.keys import PassphraseSource
from wijkdesk.services.consents import ConsentData, ReferralData
from wijkdesk.services.contacts import ContactData, ContactQuery
from wijkdesk.services.demo import DEMO_PROFILES
from wijkdesk.services.profiles import NewProfile
from wijkdesk.services.residents import ResidentQuery
from wijkdesk.services.support import GoalData, RequestData
from wijkdesk.store.models import (
    AuditEntry,
    Consent,
    Contact,
    DomainScore,
    Household,
    PlanGoal,
    Professional,
    Referral,
    Resident,
    SupportPlan,
    SupportRequest,
)

PASSWORDS = {"medewerker": "medewerker-wachtwoord-1", "teamleider": "teamleider-wachtwoord-1"}


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    """A neighbourhood of 300 households with the demo team, shared by the read-only tests."""
    folder = tmp_path_factory.mktemp("town")
    mp = pytest.MonkeyPatch()
    mp.setenv("WIJKDESK_PASSPHRASE", "tijdelijk-test-wachtwoord")
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # before the per-test isolation runs
    made = {}

    def populate(builder, actor):
        made["summary"] = builder.demo(actor).generate(households=300, seed=11)
        builder.demo(actor).add_team(PASSWORDS)

    workspace, admin = initialise(make_locations(folder / "p"), PassphraseSource(interactive=False),
                                  NewProfile("beheer", "Beheerder Test", ADMIN_PASSWORD),
                                  populate)
    yield workspace, admin, made["summary"]
    workspace.close()
    keyring.set_keyring(previous)
    mp.undo()


def _all(workspace, model):
    with workspace.store.read() as s:
        return s.scalars(select(model)).all()


def test_help_questions_pass_the_services_rules(town):
    workspace, _admin, summary = town
    today = date.today()
    requests = _all(workspace, SupportRequest)
    born = {r.id: r.date_of_birth for r in _all(workspace, Resident)}
    assert len(requests) == summary.requests
    for r in requests:
        RequestData(r.life_domain, r.description, r.care_kind, r.purpose, r.legal_basis,
                    r.opened_on, r.professional_id, r.status, r.closed_on).validated(today)
        assert r.opened_on >= born[r.resident_id]
        youth = age_on(born[r.resident_id], r.opened_on) < 18
        assert (r.care_kind == "youth") == youth
        assert (r.legal_basis == "jeugdwet") == youth
        assert r.professional_id is not None
        assert "lorem" not in r.description.lower() and r.description.endswith(("?", "."))
    statuses = Counter(r.status for r in requests)
    assert set(statuses) == {"open", "active", "closed"}
    assert any(r.closed_on < today - timedelta(days=5 * 365) for r in requests
               if r.closed_on)  # material for the retention review
    assert {r.legal_basis for r in requests} >= {"wmo2015", "consent", "jeugdwet"}
    assert Counter(r.legal_basis for r in requests).most_common(1)[0][0] == "wmo2015"
    assert len({r.life_domain for r in requests}) >= 8
    households_helped = len(set(_households_of(workspace, requests)))
    assert 0.12 * summary.households <= households_helped <= 0.3 * summary.households


def _households_of(workspace, requests):
    household = {r.id: r.household_id for r in _all(workspace, Resident)}
    return [household[r.resident_id] for r in requests]


def test_plans_goals_and_scores_pass_the_services_rules(town):
    workspace, _admin, _summary = town
    today = date.today()
    requests = {r.id: r for r in _all(workspace, SupportRequest)}
    plans = {p.id: p for p in _all(workspace, SupportPlan)}
    assert {requests[p.request_id].status for p in plans.values()} <= {"active", "closed"}
    active = [r.id for r in requests.values() if r.status == "active"]
    assert {p.request_id for p in plans.values()} >= set(active)
    goals_per_plan = Counter()
    for g in _all(workspace, PlanGoal):
        GoalData(g.goal, g.target_date, g.status, g.result).validated()
        request = requests[plans[g.plan_id].request_id]
        ordered(request.opened_on, g.target_date, "target before opening")
        if request.status == "active":
            assert g.status in (GoalStatus.OPEN, GoalStatus.PARTLY)
        goals_per_plan[g.plan_id] += 1
    assert set(goals_per_plan.values()) <= {1, 2, 3} and len(goals_per_plan) == len(plans)
    moments = Counter()
    for sc in _all(workspace, DomainScore):
        score(sc.score)
        choice(LifeDomain, sc.life_domain, "life domain")
        moments[choice(ScoreMoment, sc.moment, "moment")] += 1
        request = requests[sc.request_id]
        not_future(sc.assessed_on, "assessment", today)
        assert sc.assessed_on >= request.opened_on
        if request.closed_on:
            assert sc.assessed_on <= request.closed_on
    assert moments[ScoreMoment.INTAKE] > moments[ScoreMoment.REVIEW] > 0


def test_contacts_consents_and_referrals_pass_the_services_rules(town):
    workspace, _admin, summary = town
    today = date.today()
    requests = {r.id: r for r in _all(workspace, SupportRequest)}
    residents = {r.id: r for r in _all(workspace, Resident)}
    contacts = _all(workspace, Contact)
    assert len(contacts) == summary.contacts > summary.requests
    for c in contacts:
        ContactData(c.occurred_on, c.minutes, c.kind, c.note, c.request_id,
                    c.professional_id).validated(today)
        assert 5 <= c.minutes <= 120
        assert c.occurred_on >= residents[c.resident_id].date_of_birth
        if c.request_id is not None:
            request = requests[c.request_id]
            assert request.resident_id == c.resident_id
            assert request.opened_on <= c.occurred_on <= (request.closed_on or today)
    kinds = Counter(c.kind for c in contacts)
    assert set(kinds) == set(ContactKind)
    assert kinds["home_visit"] > kinds["online"]
    tied = sum(c.request_id is not None for c in contacts)
    assert 0.5 * len(contacts) < tied < len(contacts)  # most tied to a question, some loose

    consents = _all(workspace, Consent)
    assert consents
    for c in consents:
        ConsentData(c.purpose, c.given_on, c.valid_until).validated(today)
        if c.withdrawn_on:
            not_future(c.withdrawn_on, "withdrawal", today)
            ordered(c.given_on, c.withdrawn_on, "withdrawn before given")
    referrals = _all(workspace, Referral)
    assert referrals
    for r in referrals:
        ReferralData(r.referred_on, r.organisation, r.activity_id, r.request_id, r.status,
                     r.note).validated(today)
        assert requests[r.request_id].resident_id == r.resident_id
        assert "Demostad" in r.organisation or "(demo)" in r.organisation
        if requests[r.request_id].status == "active":
            assert r.status in (ReferralStatus.PROPOSED, ReferralStatus.ACCEPTED)


def test_the_demo_team_member_has_a_caseload(town):
    workspace, _admin, _summary = town
    member = workspace.profiles().authenticate("medewerker", PASSWORDS["medewerker"])
    mine = workspace.residents(member).page(ResidentQuery(mine=True), limit=1_000).rows
    assert mine and all(r.open_requests >= 1 for r in mine)
    assert workspace.contacts(member).page(ContactQuery(mine=True)).rows
    display = dict((n, d) for n, d, *_ in DEMO_PROFILES)
    with workspace.store.read() as s:
        pros = s.scalars(select(Professional).where(Professional.name.in_(
            [display["medewerker"], display["teamleider"]]))).all()
        # linked to the professional generate() made, not to a second one without a caseload
        assert len(pros) == 2 and all(p.profile_id is not None for p in pros)
        linked = next(p for p in pros if p.name == display["medewerker"])
        assert s.scalar(select(func.count()).select_from(SupportRequest).where(
            SupportRequest.professional_id == linked.id)) >= 3
    lead = workspace.profiles().authenticate("teamleider", PASSWORDS["teamleider"])
    assert workspace.residents(lead).page(ResidentQuery(mine=True)).rows == []


def test_the_neighbourhood_audits_residents_one_by_one_and_contacts_in_one(town):
    workspace, _admin, summary = town
    with workspace.store.read() as s:
        per_type = Counter(s.scalars(select(AuditEntry.record_type).where(
            AuditEntry.event == "create")))
        contact_entry = s.scalar(select(AuditEntry).where(AuditEntry.record_type == "contact"))
        clients = set(s.scalars(select(AuditEntry.client_id).where(
            AuditEntry.record_type == "support_request")))
    assert per_type["resident"] == summary.residents
    assert per_type["support_request"] == summary.requests
    assert per_type["contact"] == 1 and contact_entry.detail == f"{summary.contacts} demo rows"
    assert None not in clients
    assert workspace.audit().verify().ok


def test_search_finds_demo_residents_by_name_and_postcode(town):
    workspace, admin, _summary = town
    with workspace.store.read() as s:
        someone = s.scalars(select(Resident).order_by(Resident.search_key).limit(1)).one()
    by_name = workspace.residents(admin).page(ResidentQuery(
        text=f"{someone.given_name} {someone.family_name[:3]}"), limit=1_000).rows
    assert someone.id in {r.id for r in by_name}
    by_postcode = workspace.residents(admin).page(
        ResidentQuery(text=someone.postcode[:4]), limit=1_000).rows
    assert someone.id in {r.id for r in by_postcode}
    assert all(r.postcode.startswith(someone.postcode[:4]) for r in by_postcode)


def _content(workspace):
    with workspace.store.read() as s:
        return (
            s.execute(select(Resident.given_name, Resident.family_name, Resident.date_of_birth,
                             Resident.street, Resident.postcode).order_by(Resident.search_key)
                      ).all(),
            s.execute(select(SupportRequest.description, SupportRequest.opened_on,
                             SupportRequest.status).order_by(SupportRequest.id)).all(),
            s.execute(select(Contact.occurred_on, Contact.minutes, Contact.kind, Contact.note)
                      .order_by(Contact.id)).all(),
        )


def _fresh(tmp_path, name, passphrase, **kwargs):
    def populate(builder, actor):
        builder.demo(actor).generate(**kwargs)

    workspace, admin = initialise(make_locations(tmp_path / name), passphrase,
                                  NewProfile("beheer", "Beheerder Test", ADMIN_PASSWORD),
                                  populate)
    return workspace, admin


def test_the_same_seed_gives_the_same_town(tmp_path, passphrase):
    made = [_fresh(tmp_path, name, passphrase, households=40, seed=seed)[0]
            for name, seed in (("a", 5), ("b", 5), ("c", 6))]
    try:
        first, again, other = (_content(w) for w in made)
        assert first == again
        assert first[1] and first[2]
        assert first[0] != other[0]
    finally:
        for w in made:
            w.close()


def test_a_small_city_has_exact_counts_and_summary_audit_entries(tmp_path, passphrase):
    workspace, admin = _fresh(tmp_path, "city", passphrase, residents=500,
                              contacts_per_resident=5, seed=3)
    try:
        counts = workspace.health().counts()
        assert counts["residents"] == 500 and counts["contacts"] == 2_500
        with workspace.store.read() as s:
            per_resident = set(s.scalars(select(func.count()).select_from(Contact)
                                         .group_by(Contact.resident_id)))
            entries = s.execute(select(AuditEntry.record_type, AuditEntry.detail).where(
                AuditEntry.event == "create")).all()
            households = s.scalar(select(func.count()).select_from(Household))
        assert per_resident == {5}
        by_type = Counter(t for t, _ in entries)
        assert by_type["resident"] == by_type["household"] == by_type["contact"] == 1
        assert by_type["support_request"] == 1
        assert ("resident", "500 demo rows") in entries
        assert ("contact", "2500 demo rows") in entries
        assert ("household", f"{households} demo rows") in entries
        assert workspace.audit().verify().ok
        family = workspace.residents(admin).page(ResidentQuery()).rows[0].family_name
        assert workspace.residents(admin).search(family[:2])
    finally:
        workspace.close()


def test_sizes_are_checked_before_anything_is_written(workspace, admin):
    before = workspace.audit().count()
    for kwargs in ({"households": 10, "residents": 10}, {"residents": 0},
                   {"residents": 10, "contacts_per_resident": 201}, {"households": 0}):
        with pytest.raises(ValidationError):
            workspace.demo(admin).generate(**kwargs)
    assert workspace.health().counts()["residents"] == 0
    assert workspace.audit().count() == before


def test_cli_makes_a_city(tmp_path):
    env = cli_env(tmp_path, WIJKDESK_PASSPHRASE="tijdelijk-test-wachtwoord")
    result = run_cli("--data-dir", str(tmp_path / "p"), "demo", "--residents", "120",
                     "--contacts-per-resident", "3", "--seed", "2", env=env)
    assert result.returncode == 0, result.stderr
    assert "120 residents" in result.stdout and "360 contacts" in result.stdout
    both = run_cli("--data-dir", str(tmp_path / "q"), "demo", "--residents", "10",
                   "--households", "10", env=env)
    assert both.returncode != 0 and "not both" in both.stderr
