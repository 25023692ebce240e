"""Services: validation, permissions, and the audit entry that goes with each use case."""

import pytest
from sqlalchemy import select

from tests.conftest import ADMIN_PASSWORD
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.roles import Role
from wijkdesk.errors import AuthenticationFailed, Conflict, PermissionDenied, ValidationError
from wijkdesk.services.profiles import NewProfile
from wijkdesk.services.residents import ResidentData
from wijkdesk.store.models import AuditEntry, Profile


def _last(workspace, n=1):
    with workspace.store.read() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(n)).all()
        return list(reversed(rows))


@pytest.fixture
def member(workspace, admin):
    workspace.profiles(admin).create(NewProfile("lid", "Team Lid", "lid-wachtwoord-1",
                                                Role.TEAM_MEMBER))
    return workspace.profiles().authenticate("lid", "lid-wachtwoord-1")


def test_first_profile_is_an_administrator_hashed_with_argon2id(workspace, admin):
    assert admin.role is Role.ADMINISTRATOR
    with workspace.store.read() as s:
        stored = s.scalar(select(Profile.password_hash))
    assert stored.startswith("$argon2id$")
    params = dict(p.split("=") for p in stored.split("$")[3].split(","))
    assert int(params["m"]) >= 19_456 and int(params["t"]) >= 2  # OWASP's minimum
    assert ADMIN_PASSWORD not in stored


def test_a_second_first_profile_is_refused(workspace):
    with pytest.raises(Conflict):
        workspace.profiles().create_first(NewProfile("nog", "Nog Een", "wachtwoord-123"))


def test_only_administrators_add_profiles_and_refusals_are_audited(workspace, member):
    with pytest.raises(PermissionDenied):
        workspace.profiles(member).create(NewProfile("x-y", "X", "wachtwoord-123"))
    entry = _last(workspace)[0]
    assert entry.event == "permission_denied" and entry.actor_id == member.id
    with pytest.raises(PermissionDenied):
        workspace.profiles(None).create(NewProfile("x-z", "X", "wachtwoord-123"))


@pytest.mark.parametrize(("username", "display", "password"), [
    ("a", "Kort", "wachtwoord-123"),
    ("Met Spatie", "Naam", "wachtwoord-123"),
    ("goed", "   ", "wachtwoord-123"),
    ("goed", "Naam", "kort"),
])
def test_profile_validation(workspace, admin, username, display, password):
    with pytest.raises(ValidationError):
        workspace.profiles(admin).create(NewProfile(username, display, password))


def test_duplicate_user_names_conflict(workspace, admin, member):
    with pytest.raises(Conflict):
        workspace.profiles(admin).create(NewProfile("LID", "Ander", "wachtwoord-123"))


def test_failed_and_successful_logins_are_audited_without_the_attempted_name(workspace):
    with pytest.raises(AuthenticationFailed):
        workspace.profiles().authenticate("beheer", "fout-wachtwoord")
    with pytest.raises(AuthenticationFailed):
        workspace.profiles().authenticate("onbekende-naam", "fout-wachtwoord")
    actor = workspace.profiles().authenticate("beheer", ADMIN_PASSWORD)
    wrong_pw, unknown, ok = _last(workspace, 3)
    assert (wrong_pw.event, unknown.event, ok.event) == ("failed_login", "failed_login", "login")
    assert wrong_pw.record_id == str(actor.id)
    assert unknown.record_id is None
    with workspace.store.read() as s:
        texts = [repr(tuple(r)) for r in s.execute(select(AuditEntry.__table__))]
    assert not any("onbekende-naam" in t for t in texts)
    with workspace.store.read() as s:
        assert s.scalar(select(Profile.failed_logins)) == 0  # reset by the good login


def test_creating_and_reading_a_resident_is_audited_with_field_names_only(workspace, member):
    residents = workspace.residents(member)
    rid = residents.create(ResidentData(given_name=" Fenna ", family_name="de  Vries",
                                        postcode="1234ab", email="fenna@example.org"))
    created = _last(workspace)[0]
    assert created.event == "create" and created.client_id == rid
    assert set(created.fields) == {"given_name", "family_name", "postcode", "email"}
    view = residents.get(rid)
    assert (view.data.given_name, view.data.family_name, view.data.postcode) == (
        "Fenna", "de Vries", "1234 AB")
    read = _last(workspace)[0]
    assert (read.event, read.client_id, read.actor_id) == ("read", rid, member.id)
    with workspace.store.read() as s:
        dump = " ".join(repr(tuple(r)) for r in s.execute(select(AuditEntry.__table__)))
    assert "Fenna" not in dump and "fenna@example.org" not in dump


def test_resident_validation_writes_nothing(workspace, member):
    before = workspace.audit().count()
    for bad in (ResidentData(given_name="", family_name="X"),
                ResidentData(given_name="A", family_name="B", postcode="12"),
                ResidentData(given_name="A", family_name="B", email="geen-adres")):
        with pytest.raises(ValidationError):
            workspace.residents(member).create(bad)
    assert workspace.audit().count() == before
    assert workspace.residents(member).count() == 0


def test_places_follow_cbs_codes(workspace, member):
    places = workspace.places(member)
    gm = places.add(PlaceLevel.MUNICIPALITY, "GM0363", "Testgemeente")
    wk = places.add(PlaceLevel.DISTRICT, "WK036301", "Noord", gm.id)
    places.add(PlaceLevel.NEIGHBOURHOOD, "BU03630102", "Buurt 2", wk.id)
    with pytest.raises(ValidationError):
        places.add(PlaceLevel.NEIGHBOURHOOD, "BU03630201", "Elders", wk.id)
    with pytest.raises(Conflict):
        places.add(PlaceLevel.MUNICIPALITY, "GM0363", "Dubbel")
    assert [p.code for p in places.list()] == ["BU03630102", "GM0363", "WK036301"]


def test_demo_fills_a_neighbourhood_and_refuses_to_repeat(workspace, admin, member):
    with pytest.raises(PermissionDenied):
        workspace.demo(member).generate(households=5, seed=1)
    summary = workspace.demo(admin).generate(households=25, seed=1)
    counts = workspace.health().counts()
    assert counts["households"] == summary.households == 25
    assert counts["residents"] == summary.residents >= 25
    assert counts["places"] == summary.places == 1 + 4 + 12
    assert counts["professional_types"] == 5
    assert {p.type_code for p in workspace.professionals(admin).list()} == {
        "community_worker", "area_worker", "social_professional", "freelancer",
        "social_entrepreneur"}
    assert workspace.audit().verify().ok
    with pytest.raises(Conflict):
        workspace.demo(admin).generate(households=5, seed=2)
    codes = {p.code for p in workspace.places(admin).list()}
    assert "GM1999" in codes and "WK199900" in codes and "BU19990000" in codes
