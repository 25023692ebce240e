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
        # to an organisation, or (collective work) to an activity of the demo
        assert ("Demostad" in r.organisation or "(demo)" in r.organisation
                or (r.activity_id is not None and r.organisation == ""))
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


# Collective work (issue 5) ----------------------------------------------------------------------


def test_initiatives_only_move_forward_with_initiators_and_support(town):
    from wijkdesk.domain.collective import InitiativeStatus, check_step
    from wijkdesk.store.models import (
        Initiative,
        InitiativeStatusChange,
        InitiativeSupport,
        Initiator,
    )
    workspace, _admin, summary = town
    today = date.today()
    initiatives = {i.id: i for i in _all(workspace, Initiative)}
    assert len(initiatives) == summary.initiatives >= 12  # one or more in every buurt
    assert {i.status for i in initiatives.values()} == set(InitiativeStatus)
    history = {}
    for change in sorted(_all(workspace, InitiativeStatusChange),
                         key=lambda c: (c.changed_on, c.created_at, c.id)):
        history.setdefault(change.initiative_id, []).append(change)
    assert set(history) == set(initiatives)
    for initiative_id, steps in history.items():
        initiative = initiatives[initiative_id]
        assert steps[0].status == "idea" and steps[0].changed_on == initiative.started_on
        for before, after in zip(steps, steps[1:], strict=False):
            check_step(InitiativeStatus(before.status), InitiativeStatus(after.status))
            assert before.changed_on <= after.changed_on <= today
        assert steps[-1].status == initiative.status
    initiators = Counter(i.initiative_id for i in _all(workspace, Initiator))
    assert set(initiators) == set(initiatives) and set(initiators.values()) <= {1, 2}
    supports = _all(workspace, InitiativeSupport)
    assert {s.kind for s in supports} == {"financial", "organisational", "process"}
    for s in supports:
        assert 0 <= s.amount_accounted <= s.amount_paid <= s.amount_granted
        assert s.amount_granted <= s.amount_asked
        assert s.asked_on >= initiatives[s.initiative_id].started_on
        if s.given_on is not None:
            assert s.asked_on <= s.given_on <= today
        else:
            assert s.amount_granted == 0
        if s.kind != "financial":
            assert s.amount_asked == 0
    assert any(s.amount_paid for s in supports)


def test_sessions_attendance_and_professional_time(town):
    from wijkdesk.domain.collective import check_attendance, check_period, minutes_worked
    from wijkdesk.store.models import Activity, ActivitySession, Initiative, ProfessionalTime
    workspace, _admin, summary = town
    today = date.today()
    activities = {a.id: a for a in _all(workspace, Activity)}
    assert len(activities) == summary.activities >= 24
    assert len({a.theme for a in activities.values()}) >= 6
    assert any(a.initiative_id for a in activities.values())  # an initiative grew into one
    sessions = _all(workspace, ActivitySession)
    assert len(sessions) == summary.sessions >= 10 * len(activities)
    for a in activities.values():
        check_period(a.starts_on, a.ends_on)
        assert "Demostad" in a.organiser or "(demo)" in a.organiser
    for s in sessions:
        check_attendance(s.attendance, s.new_participants, s.referred_participants)
        a = activities[s.activity_id]
        assert a.starts_on <= s.held_on <= min(a.ends_on or today, today)
        assert s.volunteer_minutes >= 0 and (s.volunteers == 0) == (s.volunteer_minutes == 0)
    initiatives = {i.id for i in _all(workspace, Initiative)}
    times = _all(workspace, ProfessionalTime)
    for t in times:
        minutes_worked(t.minutes)
        assert t.worked_on <= today
        assert t.activity_id in activities or t.initiative_id in initiatives
    assert any(t.intensive and t.initiative_id for t in times)
    with workspace.store.read() as s:
        from wijkdesk.store.models import Professional, ProfessionalType
        by_type = Counter(dict(s.execute(
            select(ProfessionalType.code, func.sum(ProfessionalTime.minutes))
            .join(Professional, Professional.id == ProfessionalTime.professional_id)
            .join(ProfessionalType).group_by(ProfessionalType.code)).all()))
    assert by_type["community_worker"] > by_type["social_professional"] > 0
    assert by_type["area_worker"] > 0


def test_budgets_are_bundled_and_never_overspent(town):
    from wijkdesk.domain.funding import position
    from wijkdesk.store.models import Budget, Commitment, FundingSource, OffsetSaving, Spending
    workspace, _admin, _summary = town
    sources = {f.id: f for f in _all(workspace, FundingSource)}
    # one source of each kind: the demo reuses the funding service's seeded Wmo, Jeugdwet and
    # wijkbudget, and adds a foundation and a housing corporation
    kinds = Counter(f.kind for f in sources.values())
    assert set(kinds) == {"wmo", "jeugd", "municipal", "foundation", "housing_corporation"}
    assert set(kinds.values()) == {1}
    assert {"Fonds Demostad (demo)", "Woonstichting Demostad (demo)"} <= {
        f.name for f in sources.values()}
    budgets = _all(workspace, Budget)
    commitments, spending = _all(workspace, Commitment), _all(workspace, Spending)
    for b in budgets:
        assert (b.activity_id is None) != (b.initiative_id is None) and b.amount > 0
        p = position(b.amount, [(c.id, c.amount) for c in commitments if c.budget_id == b.id],
                     [(s.commitment_id, s.amount) for s in spending if s.budget_id == b.id])
        assert p.free >= 0 and p.committed >= 0
    for s in spending:
        assert not s.overspend_confirmed and s.amount > 0
        if s.commitment_id is not None:
            against = sum(x.amount for x in spending if x.commitment_id == s.commitment_id)
            assert against <= next(c.amount for c in commitments if c.id == s.commitment_id)
    bundles = Counter((b.activity_id, b.year) for b in budgets if b.activity_id)
    assert set(bundles.values()) <= {2, 3} and len(bundles) >= 24
    assert commitments and any(s.commitment_id is None for s in spending)
    offsets = _all(workspace, OffsetSaving)
    assert offsets and all(o.rationale and o.amount > 0 and o.funding_source_id in sources
                           for o in offsets)


def test_participants_some_referred_with_consent_to_show_names(town):
    from wijkdesk.domain.support import ConsentScope
    from wijkdesk.store.models import Activity, Participation
    workspace, _admin, summary = town
    today = date.today()
    activities = {a.id: a for a in _all(workspace, Activity)}
    residents = {r.id: r for r in _all(workspace, Resident)}
    referrals = {r.id: r for r in _all(workspace, Referral)}
    participations = _all(workspace, Participation)
    assert len(participations) == summary.participations >= len(activities)
    seen = set()
    for p in participations:
        a = activities[p.activity_id]
        assert (p.resident_id, p.activity_id) not in seen
        seen.add((p.resident_id, p.activity_id))
        assert a.starts_on <= p.since <= today
        assert p.until is None or p.since <= p.until <= today
        if p.referral_id is not None:
            referral = referrals[p.referral_id]
            assert referral.activity_id == p.activity_id
            assert referral.resident_id == p.resident_id
            assert referral.status in ("accepted", "completed")
            assert referral.referred_on <= p.since
        if a.place_id != residents[p.resident_id].neighbourhood_id:  # a wijk's activity
            assert a.place_id not in {r.neighbourhood_id for r in residents.values()}
    to_activities = [r for r in referrals.values() if r.activity_id is not None]
    assert to_activities and any(p.referral_id for p in participations)
    assert all(r.activity_id in activities and r.request_id for r in to_activities)
    named = [c for c in _all(workspace, Consent) if c.scope == ConsentScope.COLLECTIVE_NAMES]
    participants = {p.resident_id for p in participations}
    assert named and {c.resident_id for c in named} <= participants
    assert len(named) == len({c.resident_id for c in named})


def test_the_neighbourhood_view_of_the_demo_has_something_to_show(town):
    workspace, admin, _summary = town
    service = workspace.neighbourhood(admin)
    buurt = next(p for p in service.places_for_view() if p.level == "neighbourhood")
    view = service.view(buurt.id)
    assert view.caseload.residents > 0 and view.collective.activities > 0
    assert view.collective.sessions > 0 and view.collective.participants > 0
    months = {h.month for h in view.hours if h.collective_minutes}
    assert len(months) >= 6
    gemeente = service.view(service.places_for_view()[0].id)
    assert sum(h.individual_minutes for h in gemeente.hours) > 0
    assert gemeente.collective.participants_referred > 0
