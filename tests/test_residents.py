"""Residents, help questions, contacts, consents: validation, permissions, paging, search."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from tests.conftest import PASSPHRASE
from wijkdesk.app import open_workspace
from wijkdesk.domain.roles import Role
from wijkdesk.errors import NotFound, PermissionDenied, ValidationError
from wijkdesk.security.keys import PassphraseSource
from wijkdesk.services.consents import ConsentData, ReferralData
from wijkdesk.services.contacts import ContactData, ContactQuery
from wijkdesk.services.profiles import NewProfile
from wijkdesk.services.residents import ResidentData, ResidentQuery, ResidentSort
from wijkdesk.services.support import GoalData, RequestData
from wijkdesk.store import schema
from wijkdesk.store.models import AuditEntry

TODAY = date.today()


@pytest.fixture
def member(workspace, admin):
    workspace.profiles(admin).create(NewProfile("lid", "Team Lid", "lid-wachtwoord-1",
                                                Role.TEAM_MEMBER))
    return workspace.profiles().authenticate("lid", "lid-wachtwoord-1")


def _audit_count(workspace) -> int:
    with workspace.store.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def _request(**changes) -> RequestData:
    base = dict(life_domain="finances", description="Ik heb schulden.", care_kind="social",
                purpose="Ondersteuning", legal_basis="wmo2015", opened_on=TODAY)
    return RequestData(**{**base, **changes})


@pytest.fixture
def resident(workspace, member):
    return workspace.residents(member).create(ResidentData(
        "Fenna", "de Vries", date(1980, 5, 17), "Lindelaan", "12", "3771rh", "Demostad"))


def test_search_finds_by_prefix_of_name_address_and_postcode_and_keeps_in_step(
        workspace, member, resident):
    residents = workspace.residents(member)
    for query in ("vri", "fen de", "linde", "3771", "3771 R", "3771rh"):
        assert [r.id for r in residents.search(query)] == [resident], query
    assert residents.search("NEAR(vries") == []  # FTS syntax is text, not a command
    assert residents.search("demostad") == []  # the city everyone shares is not indexed
    residents.update(resident, ResidentData("Fenna", "Jansen", date(1980, 5, 17),
                                            "Eikenlaan", "3", "1234 AB", "Demostad"))
    assert residents.search("vries") == [] and residents.search("lindelaan") == []
    assert [r.id for r in residents.search("jans eiken")] == [resident]


def test_the_list_sorts_dutch_names_on_their_core_and_pages_by_key(workspace, member):
    residents = workspace.residents(member)
    for family in ("van den Berg", "Aalders", "de Vries", "Bakker", "'t Hart", "van Dijk"):
        residents.create(ResidentData("Jan", family))
    seen, after = [], None
    while True:
        page = residents.page(ResidentQuery(), after, limit=2)
        seen += [r.family_name for r in page.rows]
        after = page.after
        if after is None:
            break
    assert seen == ["Aalders", "Bakker", "van den Berg", "van Dijk", "'t Hart", "de Vries"]
    backwards = residents.page(ResidentQuery(descending=True), limit=10).rows
    assert [r.family_name for r in backwards] == seen[::-1]
    by_postcode = residents.page(ResidentQuery(sort=ResidentSort.POSTCODE), limit=10)
    assert len(by_postcode.rows) == 6 and by_postcode.after is None


def test_filters_status_and_assigned_to_me(workspace, admin, member, resident):
    pro = workspace.professionals(admin).add("Team Lid", "social_professional", "Wijkteam",
                                             member.id)
    other = workspace.residents(member).create(ResidentData("Kees", "Bakker"))
    workspace.support(member).open_request(resident, _request(professional_id=pro.id))
    workspace.support(member).open_request(other, _request(status="active"))
    residents = workspace.residents(member)
    assert [r.id for r in residents.page(ResidentQuery(mine=True)).rows] == [resident]
    assert [r.id for r in residents.page(ResidentQuery(status="active")).rows] == [other]
    assert residents.page(ResidentQuery(status="closed")).rows == []
    rows = residents.page(ResidentQuery()).rows
    assert {r.id: r.open_requests for r in rows} == {resident: 1, other: 1}


@pytest.mark.parametrize("bad, message", [
    (dict(description="  "), "description is required"),
    (dict(life_domain="geluk"), "not a known life domain"),
    (dict(legal_basis="omdat het kan"), "not a known legal basis"),
    (dict(opened_on=TODAY + timedelta(days=1)), "future"),
    (dict(status="closed"), "needs its closing date"),
    (dict(closed_on=TODAY), "Only a closed request"),
    (dict(status="closed", opened_on=TODAY, closed_on=TODAY - timedelta(days=3)),
     "cannot close before it opened"),
    (dict(purpose=""), "purpose of processing is required"),
])
def test_a_bad_help_question_is_refused_and_writes_nothing(workspace, member, resident, bad,
                                                           message):
    before = _audit_count(workspace)
    with pytest.raises(ValidationError, match=message):
        workspace.support(member).open_request(resident, _request(**bad))
    assert _audit_count(workspace) == before


@pytest.mark.parametrize("bad, message", [
    (dict(minutes=0), "1 minute to 24 hours"),
    (dict(minutes=24 * 60 + 1), "1 minute to 24 hours"),
    (dict(kind="duif"), "not a known contact kind"),
    (dict(occurred_on=TODAY + timedelta(days=1)), "future"),
    (dict(note="x" * 501), "longer than 500"),
])
def test_a_bad_contact_is_refused(workspace, member, resident, bad, message):
    data = dict(occurred_on=TODAY, minutes=30, kind="home_visit", note="")
    with pytest.raises(ValidationError, match=message):
        workspace.contacts(member).add(resident, ContactData(**{**data, **bad}))
    assert workspace.contacts(member).count() == 0


def test_records_of_one_resident_cannot_hang_under_another(workspace, member, resident):
    other = workspace.residents(member).create(ResidentData("Kees", "Bakker"))
    request = workspace.support(member).open_request(other, _request())
    with pytest.raises(ValidationError, match="another resident"):
        workspace.contacts(member).add(resident, ContactData(TODAY, 20, "phone",
                                                             request_id=request))
    with pytest.raises(ValidationError, match="another resident"):
        workspace.consents(member).refer(resident, ReferralData(TODAY, "Schuldhulp",
                                                                request_id=request))
    with pytest.raises(NotFound):
        workspace.contacts(member).add(other, ContactData(TODAY, 20, "phone",
                                                          request_id=other))


def test_goals_scores_consents_and_their_checks(workspace, member, resident):
    support = workspace.support(member)
    request = support.open_request(resident, _request(opened_on=TODAY - timedelta(days=30)))
    support.add_goal(request, GoalData("Overzicht van de schulden", TODAY + timedelta(days=60)))
    with pytest.raises(ValidationError, match="before its request opened"):
        support.add_goal(request, GoalData("Te vroeg", TODAY - timedelta(days=40)))
    assert support.record_scores(request, {"finances": 2, "housing": 4}, "intake", TODAY) == 2
    with pytest.raises(ValidationError, match="between 1 and 5"):
        support.record_scores(request, {"finances": 6}, "review", TODAY)
    with pytest.raises(ValidationError, match="at least one"):
        support.record_scores(request, {}, "review", TODAY)
    consents = workspace.consents(member)
    consent = consents.give(resident, ConsentData("Overleg met de huisarts", TODAY))
    consents.withdraw(consent, TODAY)
    with pytest.raises(Exception, match="withdrawn already"):
        consents.withdraw(consent, TODAY)
    file = workspace.resident_file(member).open(resident)
    assert [g.goal for g in file.requests[0].goals] == ["Overzicht van de schulden"]
    assert {s.life_domain: s.score for s in file.requests[0].scores} == {"finances": 2,
                                                                          "housing": 4}
    assert file.consents[0].withdrawn_on == TODAY and not file.consents[0].in_force(TODAY)
    assert file.last_open_request.id == request


def test_without_a_profile_nothing_is_read_or_written(workspace, resident):
    with pytest.raises(PermissionDenied):
        workspace.residents(None).page(ResidentQuery())
    with pytest.raises(PermissionDenied):
        workspace.resident_file(None).open(resident)
    with pytest.raises(PermissionDenied):
        workspace.contacts(None).add(resident, ContactData(TODAY, 10, "phone"))
    with pytest.raises(PermissionDenied):
        workspace.support(None).open_request(resident, _request())


def test_a_search_is_audited_without_its_words_and_a_file_read_with_its_reader(
        workspace, member, resident):
    workspace.residents(member).search("de vries")
    assert workspace.store.has_deferred  # typing costs no commit...
    workspace.resident_file(member).open(resident)  # ...the next write chains it
    assert not workspace.store.has_deferred
    with workspace.store.read() as s:
        rows = s.execute(select(AuditEntry.event, AuditEntry.detail, AuditEntry.actor_id,
                                AuditEntry.client_id)
                         .where(AuditEntry.event.in_(("search", "read")))
                         .order_by(AuditEntry.seq)).all()
    (search_event, detail, actor, _), (read_event, _, reader, client) = rows
    assert (search_event, read_event) == ("search", "read")
    assert "vries" not in detail.lower() and detail.startswith("length 8, hmac ")
    assert actor == reader == member.id and client == resident
    assert workspace.audit().verify().ok


def test_hot_queries_use_their_indexes(workspace, admin, member, resident):
    """SQLite's planner may flip a plan after ANALYZE: the pages must stay index walks."""
    workspace.demo(admin).generate(households=1_000, seed=3)  # statistics worth the name
    from wijkdesk.services.contacts import ContactService
    from wijkdesk.services.residents import ResidentService

    statements = {
        "resident list": ResidentService.list_statement(ResidentQuery(), None, member.id,
                                                        ("m", resident), 101),
        "resident search": ResidentService.list_statement(ResidentQuery(text="vr"), '"vr"*',
                                                          member.id, None, 101),
        "timeline": ContactService.list_statement(ContactQuery(resident_id=resident), None,
                                                  (TODAY, resident), 51),
        "all contacts": ContactService.list_statement(ContactQuery(), None, (TODAY, resident),
                                                      101),
    }
    with workspace.store.write() as s:
        s.execute(text("ANALYZE"))
    with workspace.store.read() as s:
        for name, stmt in statements.items():
            sql = stmt.compile(s.bind, compile_kwargs={"literal_binds": True})
            plan = " | ".join(row[-1] for row in s.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
            assert "SCAN residents" not in plan and "SCAN contacts" not in plan, (name, plan)
            assert "USE TEMP B-TREE FOR ORDER BY" not in plan or name == "resident search", \
                (name, plan)


def test_residents_from_before_the_upgrade_are_indexed_by_it(workspace, member, locations,
                                                            monkeypatch):
    workspace.residents(member).create(ResidentData("Oud", "Bestaand", postcode="9999 ZZ"))
    schema.downgrade(workspace.store.engine, "0003")
    workspace.close()
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", PASSPHRASE)
    reopened = open_workspace(locations, PassphraseSource(interactive=False),
                              daily_backup=False)
    try:
        actor = reopened.profiles().authenticate("lid", "lid-wachtwoord-1")
        assert [r.family_name for r in reopened.residents(actor).search("bestaand 9999")] == [
            "Bestaand"]
    finally:
        reopened.close()


def test_accented_names_sort_with_their_letter_and_punctuation_finds_nobody(workspace, member):
    residents = workspace.residents(member)
    for family in ("Zwart", "Öztürk", "Çelik", "Bakker"):
        residents.create(ResidentData("Ali", family))
    names = [r.family_name for r in residents.page(ResidentQuery()).rows]
    assert names == ["Bakker", "Çelik", "Öztürk", "Zwart"]
    for only_punctuation in ("-", "*", '"', "(("):
        assert residents.search(only_punctuation) == []
        assert residents.page(ResidentQuery(text=only_punctuation)).rows == []
    with pytest.raises(ValidationError, match="longer than 80"):
        residents.create(ResidentData("A" * 81, "Lang"))


def test_only_the_recorder_or_a_team_lead_removes_a_contact(workspace, admin, member, resident):
    other = workspace.profiles(admin).create(NewProfile("ander", "Ander Lid",
                                                        "ander-wachtwoord-1", Role.TEAM_MEMBER))
    workspace.professionals(admin).add("Team Lid", "social_professional", "", member.id)
    workspace.professionals(admin).add("Ander Lid", "social_professional", "", other.id)
    contact = workspace.contacts(member).add(resident, ContactData(TODAY, 20, "phone", "Belde"))
    someone_else = workspace.profiles().authenticate("ander", "ander-wachtwoord-1")
    before = _audit_count(workspace)
    with pytest.raises(PermissionDenied, match="recorded"):
        workspace.contacts(someone_else).remove(contact)
    with workspace.store.read() as s:
        denied = s.scalars(select(AuditEntry.event).order_by(AuditEntry.seq.desc())).first()
    assert denied == "permission_denied" and _audit_count(workspace) == before + 1
    workspace.contacts(member).remove(contact)
    assert workspace.contacts(member).page(ContactQuery(resident_id=resident)).rows == []
    with pytest.raises(NotFound):
        workspace.contacts(member).remove(contact)
