"""The neighbourhood view: every figure against a small town counted by hand, and the query
plans of a buurt's view (no full scan of contacts)."""

import random
import re
from datetime import date, timedelta

import pytest
from sqlalchemy import insert, text, update

from wijkdesk.domain.ids import uuid7
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.support import CareKind, ContactKind, LegalBasis, LifeDomain, RequestStatus
from wijkdesk.errors import NotFound, PermissionDenied, ValidationError
from wijkdesk.services.consents import ReferralData
from wijkdesk.services.contacts import ContactData
from wijkdesk.services.neighbourhood import HoursRow, NeighbourhoodService, statements
from wijkdesk.services.residents import ResidentData
from wijkdesk.services.support import RequestData
from wijkdesk.store.models import (
    Activity,
    ActivitySession,
    Contact,
    Initiative,
    Participation,
    ProfessionalTime,
    Resident,
    SupportRequest,
)
from wijkdesk.store.search import next_search_keys
from wijkdesk.store.types import utcnow

Y = date.today().year - 2  # a whole year in the past: contacts may not lie in the future


def d(month: int, day: int, year: int = Y) -> date:
    return date(year, month, day)


class Town:
    """Teststad: wijk Noord (buurten A and B) and wijk Zuid (buurt C)."""

    def __init__(self, workspace, actor):
        self.ws, self.actor = workspace, actor
        places = workspace.places(actor)
        self.gemeente = places.add(PlaceLevel.MUNICIPALITY, "GM1998", "Teststad").id
        self.noord = places.add(PlaceLevel.DISTRICT, "WK199800", "Noord", self.gemeente).id
        self.zuid = places.add(PlaceLevel.DISTRICT, "WK199801", "Zuid", self.gemeente).id
        self.a = places.add(PlaceLevel.NEIGHBOURHOOD, "BU19980000", "Buurt A", self.noord).id
        self.b = places.add(PlaceLevel.NEIGHBOURHOOD, "BU19980001", "Buurt B", self.noord).id
        self.c = places.add(PlaceLevel.NEIGHBOURHOOD, "BU19980100", "Buurt C", self.zuid).id
        pros = workspace.professionals(actor)
        self.sp = pros.add("Sociaal Professional (test)", "social_professional").id
        self.cw = pros.add("Opbouwwerker (test)", "community_worker").id
        self.aw = pros.add("Gebiedswerker (test)", "area_worker").id

    def resident(self, buurt, given):
        return self.ws.residents(self.actor).create(
            ResidentData(given, "Testbewoner", neighbourhood_id=buurt))

    def request(self, resident, domain, status=RequestStatus.ACTIVE, closed=None):
        return self.ws.support(self.actor).open_request(resident, RequestData(
            domain, "Een verzonnen vraag.", CareKind.SOCIAL, "Ondersteuning (test)",
            LegalBasis.WMO, d(1, 2), self.sp, status, closed))

    def contact(self, resident, professional, on, minutes):
        self.ws.contacts(self.actor).add(resident, ContactData(
            on, minutes, ContactKind.PHONE, professional_id=professional))

    def rows(self, model, *rows):
        ids = []
        with self.ws.store.write() as s:
            for values in rows:
                ids.append(uuid7())
                s.execute(insert(model), [{"id": ids[-1], **values}])
        return ids


@pytest.fixture
def town(workspace, admin):
    t = Town(workspace, admin)
    r1, r2 = t.resident(t.a, "Anna"), t.resident(t.a, "Bram")
    r3, r4, r5 = t.resident(t.b, "Cor"), t.resident(t.c, "Dirk"), t.resident(t.a, "Eva")
    t.r = (r1, r2, r3, r4, r5)
    t.request(r1, LifeDomain.FINANCES, RequestStatus.OPEN)
    t.request(r1, LifeDomain.HOUSING)
    t.request(r2, LifeDomain.FINANCES)
    t.request(r2, LifeDomain.HOUSING, RequestStatus.CLOSED, d(3, 1))
    t.request(r3, LifeDomain.MENTAL_HEALTH, RequestStatus.OPEN)
    t.request(r4, LifeDomain.FINANCES)
    t.request(r5, LifeDomain.SOCIAL_NETWORK, RequestStatus.OPEN)
    for resident, pro, on, minutes in (
            (r1, t.sp, d(2, 10), 30), (r1, t.sp, d(2, 20), 45), (r1, t.cw, d(5, 5), 20),
            (r2, t.sp, d(5, 1), 60), (r2, None, d(7, 1), 10),  # no professional: no type
            (r3, t.aw, d(2, 11), 15),
            (r4, t.sp, d(2, 12), 90),  # buurt C, wijk Zuid
            (r1, t.sp, d(12, 31, Y - 1), 25),  # the year before
            (r1, t.sp, d(1, 5, Y + 1), 35), (r1, t.sp, d(1, 25, Y + 1), 50),  # the year after
            (r5, t.sp, d(6, 1), 40)):
        t.contact(resident, pro, on, minutes)
    act1, act2, act3, act4, act5 = t.rows(
        Activity,
        {"title": "Koffieochtend", "place_id": t.a, "starts_on": d(1, 1), "ends_on": None},
        {"title": "Zomerschool", "place_id": t.noord, "starts_on": d(3, 1),
         "ends_on": d(6, 30)},  # on the wijk itself
        {"title": "Taalcafé", "place_id": t.c, "starts_on": d(1, 1), "ends_on": None},
        {"title": "Oud project", "place_id": t.a, "starts_on": d(1, 1, Y - 2),
         "ends_on": d(6, 30, Y - 1)},
        {"title": "Vergissing", "place_id": t.b, "starts_on": d(1, 1), "ends_on": None,
         "deleted_at": utcnow()})
    t.act1 = act1

    def session(activity, on, total, new=0, referred=0, volunteers=0, minutes=0):
        return {"activity_id": activity, "held_on": on, "attendance": total,
                "new_participants": new, "referred_participants": referred,
                "volunteers": volunteers, "volunteer_minutes": minutes}

    t.rows(ActivitySession, session(act1, d(2, 3), 10, 3, 2, 2, 240),
           session(act1, d(5, 3), 12, 1, 1, 3, 360), session(act1, d(12, 1, Y - 1), 8, 8),
           session(act2, d(4, 1), 20, 5, 0, 1, 120), session(act3, d(2, 3), 7, 2),
           session(act4, d(3, 1, Y - 1), 9, 1), session(act5, d(3, 1), 99, 9, 9, 9, 999))
    i1, i2, _i3, _i4 = t.rows(
        Initiative,
        {"title": "Geveltuinen", "place_id": t.a, "status": "idea", "started_on": d(4, 1)},
        {"title": "Buurtmoestuin", "place_id": t.b, "status": "running",
         "started_on": d(1, 10)},
        {"title": "Rommelmarkt", "place_id": t.a, "status": "stopped",
         "started_on": d(5, 1, Y - 1)},
        {"title": "Later idee", "place_id": t.a, "status": "idea",
         "started_on": d(1, 25, Y + 1)})

    def worked(pro, on, minutes, activity=None, initiative=None):
        return {"professional_id": pro, "activity_id": activity, "initiative_id": initiative,
                "worked_on": on, "minutes": minutes}

    t.rows(ProfessionalTime, worked(t.cw, d(2, 15), 120, act1), worked(t.cw, d(5, 10), 60,
                                                                         initiative=i1),
           worked(t.aw, d(4, 2), 90, act2), worked(t.cw, d(2, 4), 30, act3),
           worked(t.sp, d(5, 20), 45, act1), worked(t.aw, d(2, 1), 50, initiative=i2),
           worked(t.cw, d(2, 16), 20, act1, i1),  # one row on both: counted once
           worked(t.cw, d(12, 20, Y - 1), 100, act1))
    referral = workspace.consents(admin).refer(r1, ReferralData(d(1, 20), activity_id=act1))
    t.rows(Participation,
           {"resident_id": r1, "activity_id": act1, "referral_id": referral,
            "since": d(2, 1), "until": None},
           {"resident_id": r2, "activity_id": act1, "since": d(2, 1), "until": d(6, 30)},
           {"resident_id": r5, "activity_id": act1, "since": d(2, 1), "until": None},
           {"resident_id": r3, "activity_id": act2, "since": d(3, 1), "until": None})
    with workspace.store.write() as s:  # Eva is erased (as privacy.erase leaves her row)
        s.execute(update(Resident).where(Resident.id == r5).values(deleted_at=utcnow(),
                                                                   erased_at=utcnow()))
    return t


def _hours(view):
    """The chart rows that are not zero, as (month, type code): (individual, collective)."""
    return {(h.month, h.type_code): (h.individual_minutes, h.collective_minutes)
            for h in view.hours if h.individual_minutes or h.collective_minutes}


def test_a_buurt_for_a_year(workspace, admin, town):
    view = workspace.neighbourhood(admin).view(town.a, year=Y)
    assert (view.first_day, view.last_day, view.reference_day) == (d(1, 1), d(12, 31),
                                                                   d(12, 31))
    assert view.place.name == "Buurt A" and view.place.parent_name == "Noord"
    c = view.caseload
    assert c.residents == 2  # Anna and Bram; Eva is erased
    assert (c.open_requests, c.active_requests, c.residents_with_request) == (1, 2, 2)
    assert {k: v for k, v in c.by_domain.items() if v} == {"finances": 2, "housing": 1}
    assert set(c.by_domain) == {dm.value for dm in LifeDomain}
    # Anna's three of the year, Bram's two (one without a professional), Eva's one: the
    # work stays counted after an erasure
    assert (c.contacts, c.contact_minutes) == (6, 30 + 45 + 20 + 60 + 10 + 40)
    k = view.collective
    assert k.activities == 1  # the old project ended the year before
    assert (k.sessions, k.attendance, k.new_participants, k.referred_participants) == (
        2, 22, 4, 3)
    assert (k.volunteers, k.volunteer_minutes) == (5, 600)
    assert (k.participants, k.participants_referred) == (1, 1)  # Bram left, Eva is erased
    assert {s: n for s, n in k.initiatives.items() if n} == {"idea": 1, "stopped": 1}
    assert set(k.initiatives) == {"idea", "supported", "running", "self_sustaining", "stopped"}
    assert _hours(view) == {
        (f"{Y}-02", "social_professional"): (75, 0),
        (f"{Y}-02", "community_worker"): (0, 140),
        (f"{Y}-05", "social_professional"): (60, 45),
        (f"{Y}-05", "community_worker"): (20, 60),
        (f"{Y}-06", "social_professional"): (40, 0),
    }


def test_the_chart_has_every_month_and_type_in_order(workspace, admin, town):
    view = workspace.neighbourhood(admin).view(town.a, year=Y)
    types = {"community_worker", "area_worker", "social_professional", "freelancer",
             "social_entrepreneur"}
    assert len(view.hours) == 12 * len(types)
    assert {h.type_code for h in view.hours} == types
    assert [h.month for h in view.hours[::len(types)]] == [f"{Y}-{m:02d}" for m in range(1, 13)]
    assert view.hours == sorted(view.hours, key=lambda h: (h.month, h.type_code))
    named = next(h for h in view.hours if h.type_code == "community_worker")
    assert named == HoursRow(f"{Y}-01", "community_worker", "Community worker (opbouwwerker)",
                             0, 0)


def test_a_wijk_includes_its_buurten_and_itself(workspace, admin, town):
    view = workspace.neighbourhood(admin).view(town.noord, year=Y)
    c = view.caseload
    assert c.residents == 3
    assert (c.open_requests, c.active_requests, c.residents_with_request) == (2, 2, 3)
    assert {k: v for k, v in c.by_domain.items() if v} == {"finances": 2, "housing": 1,
                                                           "mental_health": 1}
    assert (c.contacts, c.contact_minutes) == (7, 205 + 15)  # not Dirk's, of Zuid
    k = view.collective
    assert k.activities == 2  # the one of buurt A and the wijk's own; not the deleted one
    assert (k.sessions, k.attendance, k.new_participants, k.referred_participants) == (
        3, 42, 9, 3)
    assert (k.volunteers, k.volunteer_minutes) == (6, 720)
    assert (k.participants, k.participants_referred) == (2, 1)
    assert {s: n for s, n in k.initiatives.items() if n} == {"idea": 1, "running": 1,
                                                             "stopped": 1}
    assert _hours(view) == {
        (f"{Y}-02", "social_professional"): (75, 0),
        (f"{Y}-02", "community_worker"): (0, 140),
        (f"{Y}-02", "area_worker"): (15, 50),
        (f"{Y}-04", "area_worker"): (0, 90),
        (f"{Y}-05", "social_professional"): (60, 45),
        (f"{Y}-05", "community_worker"): (20, 60),
        (f"{Y}-06", "social_professional"): (40, 0),
    }


def test_the_gemeente_holds_everything(workspace, admin, town):
    view = workspace.neighbourhood(admin).view(town.gemeente, year=Y)
    assert view.caseload.residents == 4
    assert (view.caseload.open_requests, view.caseload.active_requests) == (2, 3)
    assert (view.caseload.contacts, view.caseload.contact_minutes) == (8, 310)
    assert (view.collective.activities, view.collective.sessions) == (3, 4)
    assert view.collective.attendance == 49
    hours = _hours(view)
    assert hours[f"{Y}-02", "social_professional"] == (165, 0)
    assert hours[f"{Y}-02", "community_worker"] == (0, 170)
    south = workspace.neighbourhood(admin).view(town.c, year=Y)
    assert _hours(south) == {(f"{Y}-02", "social_professional"): (90, 0),
                             (f"{Y}-02", "community_worker"): (0, 30)}


def test_another_year_and_the_last_twelve_months(workspace, admin, town):
    before = workspace.neighbourhood(admin).view(town.a, year=Y - 1)
    assert (before.caseload.contacts, before.caseload.contact_minutes) == (1, 25)
    assert before.collective.activities == 1  # the old project, not yet the coffee mornings
    assert (before.collective.sessions, before.collective.attendance) == (2, 17)
    assert {s: n for s, n in before.collective.initiatives.items() if n} == {"stopped": 1}
    assert _hours(before) == {(f"{Y - 1}-12", "social_professional"): (25, 0),
                              (f"{Y - 1}-12", "community_worker"): (0, 100)}
    # the caseload is the present's: it does not follow the year
    assert before.caseload.open_requests == 1

    rolling = workspace.neighbourhood(admin).view(town.a, today=d(1, 20, Y + 1))
    assert (rolling.first_day, rolling.last_day) == (d(2, 1), d(1, 20, Y + 1))
    months = sorted({h.month for h in rolling.hours})
    assert months[0] == f"{Y}-02" and months[-1] == f"{Y + 1}-01" and len(months) == 12
    # February on (the 10th and the 20th count) and January: whole months, from the rollup
    # (in the application no contact lies after today, so the month's end is not a cut)
    assert (rolling.caseload.contacts, rolling.caseload.contact_minutes) == (8, 205 + 35 + 50)
    assert _hours(rolling)[f"{Y + 1}-01", "social_professional"] == (85, 0)
    assert (rolling.collective.participants, rolling.collective.participants_referred) == (1, 1)
    assert {s: n for s, n in rolling.collective.initiatives.items() if n} == {
        "idea": 1, "stopped": 1}  # the later idea started after the 20th of January


def test_places_for_the_picker_nest_wijk_then_buurten(workspace, admin, town):
    places = workspace.neighbourhood(admin).places_for_view()
    assert [p.code for p in places] == ["GM1998", "WK199800", "BU19980000", "BU19980001",
                                        "WK199801", "BU19980100"]
    assert [p.parent_name for p in places] == [None, "Teststad", "Noord", "Noord", "Teststad",
                                               "Zuid"]
    assert places[2].level is PlaceLevel.NEIGHBOURHOOD


def test_refusals(workspace, admin, town):
    service = workspace.neighbourhood(admin)
    with pytest.raises(NotFound):
        service.view(uuid7())
    with pytest.raises(ValidationError):
        service.view(town.a, year=0)
    with pytest.raises(PermissionDenied):
        NeighbourhoodService(workspace.store, None).view(town.a)


def test_a_buurt_never_scans_all_contacts(workspace, admin, town):
    """After ANALYZE on a few thousand contacts, every query of a buurt's view reaches contacts
    (and the other big tables) by an index."""
    rng = random.Random(5)
    buurten = [town.a, town.b, town.c]
    residents, contacts = [], []
    stamp = {"created_at": utcnow(), "updated_at": utcnow()}
    with workspace.store.write() as s:
        keys = next_search_keys(s, 600)
        for i in range(600):
            residents.append({"id": uuid7(), **stamp, "given_name": "Test", "family_name":
                              f"Bewoner{i}", "neighbourhood_id": buurten[i % 3],
                              "search_key": keys[i], "sort_name": f"bewoner{i} test"})
        s.execute(insert(Resident), residents)
        for _ in range(6_000):
            contacts.append({"id": uuid7(), **stamp,
                             "resident_id": rng.choice(residents)["id"],
                             "professional_id": rng.choice((town.sp, town.cw, town.aw)),
                             "occurred_on": date(Y, 1, 1) + timedelta(days=rng.randrange(700)),
                             "minutes": 30, "kind": "phone"})
        s.execute(insert(Contact), contacts)
        # the other tables at a town's proportions, so that ANALYZE sees what a city has
        s.execute(insert(SupportRequest), [
            {"id": uuid7(), **stamp, "resident_id": r["id"], "life_domain": "finances",
             "description": "", "status": rng.choice(("open", "active", "closed", "closed")),
             "opened_on": date(Y, 1, 1), "care_kind": "social", "purpose": "test",
             "legal_basis": "wmo2015"} for r in residents[::2]])
        activities = [{"id": uuid7(), **stamp, "title": "Test", "place_id": rng.choice(buurten),
                       "starts_on": date(Y - 1, 1, 1)} for _ in range(200)]
        s.execute(insert(Activity), activities)
        s.execute(insert(ActivitySession), [
            {"id": uuid7(), **stamp, "activity_id": rng.choice(activities)["id"],
             "held_on": date(Y, 1, 1) + timedelta(days=rng.randrange(700)), "attendance": 5}
            for _ in range(3_000)])
        s.execute(insert(ProfessionalTime), [
            {"id": uuid7(), **stamp, "professional_id": town.cw,
             "activity_id": rng.choice(activities)["id"],
             "worked_on": date(Y, 1, 1) + timedelta(days=rng.randrange(700)), "minutes": 60}
            for _ in range(2_000)])
        s.execute(insert(Participation), [
            {"id": uuid7(), **stamp, "resident_id": r["id"],
             "activity_id": rng.choice(activities)["id"], "since": date(Y, 1, 1)}
            for r in residents[::3]])
        s.execute(text("ANALYZE"))
    dialect = workspace.store.engine.dialect
    plans = {}
    with workspace.store.read() as s:
        for stmt in statements([town.a], d(1, 1), d(12, 31), d(12, 31)).all():
            sql = str(stmt.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
            plans[sql] = [r[3] for r in s.execute(text(f"EXPLAIN QUERY PLAN {sql}"))]
    lines = [line for plan in plans.values() for line in plan]
    big = ("contacts", "support_requests", "activity_sessions", "professional_time",
           "participations", "residents")
    scans = [line for line in lines if re.match(rf"SCAN ({'|'.join(big)})\b", line)]
    assert scans == [], plans
    # contacts are read from their monthly rollup, by its key, never one by one
    assert not any("contacts " in line and "contact_months" not in line for line in lines), plans
    assert any(re.match(r"SEARCH contact_months USING (COVERING )?INDEX", line)
               for line in lines), plans
    # and the figures still add up with the extra rows: 200 residents more in buurt A
    assert workspace.neighbourhood(admin).view(town.a, year=Y).caseload.residents == 202


def _rollup_matches_contacts(workspace) -> None:
    """The triggers' monthly rollup equals the same sums taken from the contacts themselves."""
    direct = ("SELECT coalesce(r.neighbourhood_id, ''), "
              "CAST(substr(c.occurred_on, 1, 4) AS INTEGER) * 100 "
              "+ CAST(substr(c.occurred_on, 6, 2) AS INTEGER), coalesce(c.professional_id, ''), "
              "count(*), sum(c.minutes) FROM contacts c JOIN residents r ON r.id = c.resident_id "
              "WHERE c.deleted_at IS NULL GROUP BY 1, 2, 3")
    rolled = ("SELECT neighbourhood_key, month, professional_key, contacts, minutes "
              "FROM contact_months WHERE contacts <> 0 OR minutes <> 0")
    with workspace.store.read() as s:
        assert sorted(s.execute(text(direct)).all()) == sorted(s.execute(text(rolled)).all())


def test_the_monthly_rollup_follows_every_change_to_contacts_and_moves(workspace, admin, town):
    rng = random.Random(11)
    residents = workspace.residents(admin)
    contacts = workspace.contacts(admin)
    people = [residents.create(ResidentData("Rol", f"Op{i}", neighbourhood_id=town.a))
              for i in range(4)]
    made = [contacts.add(rng.choice(people), ContactData(
        date(Y, rng.randint(1, 12), rng.randint(1, 28)), rng.randint(5, 90),
        ContactKind.PHONE, professional_id=rng.choice((town.sp, town.cw))))
        for _ in range(25)]
    _rollup_matches_contacts(workspace)
    contacts.remove(made[0])  # tombstoned
    with workspace.store.write() as s:  # an edit of minutes, date and professional
        s.execute(update(Contact).where(Contact.id == made[1]).values(
            minutes=5, occurred_on=date(Y, 6, 6), professional_id=town.cw))
    _rollup_matches_contacts(workspace)
    person = people[0]
    residents.update(person, ResidentData("Rol", "Op0", neighbourhood_id=town.c))  # moves
    _rollup_matches_contacts(workspace)
    residents.update(person, ResidentData("Rol", "Op0"))  # buurt unknown now
    _rollup_matches_contacts(workspace)
    before = workspace.neighbourhood(admin).view(town.a, year=Y).caseload.contacts
    residents.update(person, ResidentData("Rol", "Op0", neighbourhood_id=town.a))  # back
    after = workspace.neighbourhood(admin).view(town.a, year=Y).caseload.contacts
    with workspace.store.read() as s:
        own = s.scalar(text("SELECT count(*) FROM contacts WHERE deleted_at IS NULL AND "
                            f"resident_id = '{person.hex}'"))
    assert after - before == own
    _rollup_matches_contacts(workspace)
