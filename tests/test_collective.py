"""Collective work services: activities, sessions, professional time, participation with the
consent rule for names, and resident initiatives with their status, support and growth."""

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select

from wijkdesk.domain.collective import InitiativeStatus, SupportKind
from wijkdesk.domain.ids import uuid7
from wijkdesk.domain.places import PlaceLevel
from wijkdesk.domain.support import ConsentScope
from wijkdesk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from wijkdesk.services.activities import ActivityData, SessionData
from wijkdesk.services.consents import ConsentData
from wijkdesk.services.initiatives import InitiativeData, SupportData
from wijkdesk.services.privacy import PrivacyService
from wijkdesk.services.residents import ResidentData
from wijkdesk.store.models import (
    AuditEntry,
    InitiativeStatusChange,
    Participation,
    Referral,
)

TODAY = date.today()
START = date(2020, 1, 6)


@pytest.fixture
def area(workspace, admin):
    """(municipality, wijk, buurt, second buurt) place ids."""
    places = workspace.places(admin)
    gm = places.add(PlaceLevel.MUNICIPALITY, "GM0999", "Proefstad")
    wk = places.add(PlaceLevel.DISTRICT, "WK099901", "Oost", gm.id)
    bu = places.add(PlaceLevel.NEIGHBOURHOOD, "BU09990101", "Bloemenbuurt", wk.id)
    bu2 = places.add(PlaceLevel.NEIGHBOURHOOD, "BU09990102", "Vogelbuurt", wk.id)
    wk2 = places.add(PlaceLevel.DISTRICT, "WK099902", "West", gm.id)
    return {"gm": gm.id, "wk": wk.id, "bu": bu.id, "bu2": bu2.id, "wk2": wk2.id}


@pytest.fixture
def pros(workspace, admin):
    p = workspace.professionals(admin)
    return {"cw": p.add("Opbouw Een", "community_worker").id,
            "cw2": p.add("Opbouw Twee", "community_worker").id,
            "sp": p.add("Wijkteam Drie", "social_professional").id}


def _resident(workspace, admin, given="Testa", family="Proefmans"):
    return workspace.residents(admin).create(ResidentData(given, family))


def _activity(workspace, admin, area, **kw):
    values = {"title": "Buurtmaaltijd", "place_id": area["bu"], "starts_on": START}
    values.update(kw)
    return workspace.activities(admin).create(ActivityData(**values))


def _audit_since(workspace, seq):
    with workspace.store.read() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.seq > seq)
                         .order_by(AuditEntry.seq)).all()


def _last_seq(workspace):
    with workspace.store.read() as s:
        return s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)) or 0


# Activities ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("change", "error"), [
    ({"title": "   "}, ValidationError),
    ({"title": "x" * 161}, ValidationError),
    ({"theme": "t" * 81}, ValidationError),
    ({"organiser": "o" * 161}, ValidationError),
    ({"ends_on": START - timedelta(days=1)}, ValidationError),
    ({"place_id": "gm"}, ValidationError),  # a whole municipality is not a wijk or buurt
    ({"place_id": None}, NotFound),
    ({"initiative_id": "unknown"}, NotFound),
])
def test_activity_validation(workspace, admin, area, change, error):
    import uuid
    if change.get("place_id") == "gm":
        change = {"place_id": area["gm"]}
    elif "place_id" in change:
        change = {"place_id": uuid.uuid4()}
    if change.get("initiative_id") == "unknown":
        change = {"initiative_id": uuid.uuid4()}
    with pytest.raises(error):
        _activity(workspace, admin, area, **change)
    assert workspace.activities(admin).list() == []


def test_activity_in_a_wijk_or_buurt_is_stored_and_listed(workspace, admin, area):
    aid = _activity(workspace, admin, area, place_id=area["wk"], theme="Eenzaamheid",
                    title="  Koffieochtend  ", ends_on=date(2020, 12, 31))
    detail = workspace.activities(admin).detail(aid)
    assert detail.data.title == "Koffieochtend" and detail.place == "Oost"
    assert detail.data.ends_on == date(2020, 12, 31)


def test_no_actor_is_refused_everywhere(workspace, admin, area, pros):
    aid = _activity(workspace, admin, area)
    rid = _resident(workspace, admin)
    nobody = workspace.activities(None)
    calls = [
        lambda: nobody.create(ActivityData("X", area["bu"], START)),
        lambda: nobody.add_session(aid, SessionData(START, 3)),
        lambda: nobody.log_time(pros["cw"], 30, START, activity_id=aid),
        lambda: nobody.refer(rid, aid, TODAY),
        lambda: nobody.join(rid, aid, TODAY),
        lambda: nobody.participants(aid),
        lambda: nobody.for_resident(rid),
        lambda: nobody.list(),
        lambda: nobody.search("maal"),
        lambda: nobody.detail(aid),
        lambda: workspace.initiatives(None).create(InitiativeData("X", area["bu"], START)),
        lambda: workspace.initiatives(None).list(),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert workspace.activities(admin).detail(aid).sessions == ()
    with workspace.store.read() as s:
        assert s.scalar(select(Participation.id)) is None


@pytest.mark.parametrize(("session", "message"), [
    (SessionData(START, -1), "cannot be negative"),
    (SessionData(START, 5, new_participants=6), "outnumber"),
    (SessionData(START, 5, referred_participants=6), "outnumber"),
    (SessionData(START, 5, new_participants=-1), "cannot be negative"),
    (SessionData(START, 5, volunteers=-2), "cannot be negative"),
    (SessionData(START, 5, volunteer_minutes=-30), "cannot be negative"),
    (SessionData(START - timedelta(days=1), 5), "within the activity's period"),
    (SessionData(date(2021, 1, 1), 5), "within the activity's period"),
    (SessionData(TODAY + timedelta(days=1), 5), "future"),
])
def test_session_validation(workspace, admin, area, session, message):
    aid = _activity(workspace, admin, area, ends_on=date(2020, 12, 31))
    with pytest.raises(ValidationError, match=message):
        workspace.activities(admin).add_session(aid, session)
    assert workspace.activities(admin).detail(aid).sessions == ()


def test_session_in_an_open_ended_activity_and_period_change_guard(workspace, admin, area):
    svc = workspace.activities(admin)
    aid = _activity(workspace, admin, area)
    svc.add_session(aid, SessionData(date(2023, 5, 1), 12, 3, 2, volunteers=2,
                                     volunteer_minutes=240))
    svc.add_session(aid, SessionData(date(2023, 6, 1), 10, 1, 4))
    view = svc.detail(aid)
    assert [x.held_on for x in view.sessions] == [date(2023, 6, 1), date(2023, 5, 1)]
    with pytest.raises(ValidationError, match="outside this period"):
        svc.update(aid, ActivityData("Buurtmaaltijd", area["bu"], START,
                                     ends_on=date(2023, 5, 15)))
    svc.update(aid, ActivityData("Buurtmaaltijd", area["bu"], START, ends_on=date(2023, 6, 30),
                                 theme="Ontmoeting"))
    assert svc.detail(aid).data.theme == "Ontmoeting"


@pytest.mark.parametrize(("minutes", "kw", "error"), [
    (0, {}, ValidationError),
    (-60, {}, ValidationError),
    (True, {}, ValidationError),
    (30, {"worked_on": TODAY + timedelta(days=1)}, ValidationError),
    (30, {"both": True}, ValidationError),
    (30, {"neither": True}, ValidationError),
    (30, {"intensive": True}, ValidationError),  # intensive episodes are initiative support
    (30, {"unknown_professional": True}, NotFound),
])
def test_time_validation(workspace, admin, area, pros, minutes, kw, error):
    import uuid
    aid = _activity(workspace, admin, area)
    iid = workspace.initiatives(admin).create(InitiativeData("Moestuin", area["bu"], START))
    worked_on = kw.get("worked_on", START)
    target = {"activity_id": aid}
    if kw.get("both"):
        target = {"activity_id": aid, "initiative_id": iid}
    if kw.get("neither"):
        target = {}
    professional = uuid.uuid4() if kw.get("unknown_professional") else pros["cw"]
    with pytest.raises(error):
        workspace.activities(admin).log_time(professional, minutes, worked_on,
                                             intensive=kw.get("intensive", False), **target)
    assert workspace.activities(admin).detail(aid).professional_minutes == 0


def test_time_is_summed_per_professional_type_and_in_the_list(workspace, admin, area, pros):
    svc = workspace.activities(admin)
    aid = _activity(workspace, admin, area)
    other = _activity(workspace, admin, area, title="Taalcafe")
    svc.log_time(pros["cw"], 90, date(2023, 1, 2), activity_id=aid)
    svc.log_time(pros["cw2"], 30, date(2023, 1, 3), activity_id=aid)
    svc.log_time(pros["sp"], 45, date(2023, 1, 3), activity_id=aid)
    svc.log_time(pros["sp"], 1000, date(2023, 1, 3), activity_id=other)
    view = svc.detail(aid)
    assert {m.key: m.minutes for m in view.minutes_by_type} == {
        "community_worker": 120, "social_professional": 45}
    assert {m.key: m.minutes for m in view.minutes_by_professional} == {
        "Opbouw Een": 90, "Opbouw Twee": 30, "Wijkteam Drie": 45}
    rows = {r.id: r for r in svc.list()}
    assert rows[aid].professional_minutes == 165 and rows[other].professional_minutes == 1000


def test_list_aggregates_filters_and_searches(workspace, admin, area):
    svc = workspace.activities(admin)
    a = _activity(workspace, admin, area, title="Buurtmaaltijd", theme="Ontmoeting",
                  starts_on=date(2022, 1, 1))
    b = _activity(workspace, admin, area, title="Jeugd 100%", place_id=area["bu2"],
                  starts_on=date(2023, 1, 1))
    c = _activity(workspace, admin, area, title="Wandelclub", place_id=area["wk2"],
                  starts_on=date(2021, 1, 1))
    svc.add_session(a, SessionData(date(2022, 2, 1), 10, 2, 3))
    svc.add_session(a, SessionData(date(2022, 3, 1), 8, 0, 1))
    rows = svc.list()
    assert [r.id for r in rows] == [b, a, c]  # latest start first
    row_a = rows[1]
    assert (row_a.sessions, row_a.attendance, row_a.referred_attendance) == (2, 18, 4)
    assert (rows[0].sessions, rows[0].attendance) == (0, 0)
    assert {r.id for r in svc.list(place_id=area["wk"])} == {a, b}  # the wijk and its buurten
    assert [r.id for r in svc.list(place_id=area["bu2"])] == [b]
    assert [r.id for r in svc.list(text="ONTMOET")] == [a]  # theme, any case
    assert [r.id for r in svc.search("100%")] == [b]  # % is a character, not a wildcard
    assert [r.id for r in svc.search("10_")] == []
    assert svc.search("   ") == []
    assert len(svc.search("u", limit=2)) == 2


def test_list_is_one_statement_whatever_the_number_of_activities(workspace, admin, area):
    svc = workspace.activities(admin)

    def statements():
        seen = []

        def count(*_args):
            seen.append(1)
        event.listen(workspace.store.engine, "before_cursor_execute", count)
        try:
            svc.list()
        finally:
            event.remove(workspace.store.engine, "before_cursor_execute", count)
        return len(seen)

    aid = _activity(workspace, admin, area)
    svc.add_session(aid, SessionData(START, 3))
    one = statements()
    for n in range(5):
        other = _activity(workspace, admin, area, title=f"Activiteit {n}")
        svc.add_session(other, SessionData(START, 3))
    assert statements() == one


# Participation and the consent rule ------------------------------------------------------------


def test_referral_is_seen_from_the_resident_and_from_the_activity(workspace, admin, area):
    svc = workspace.activities(admin)
    aid = _activity(workspace, admin, area)
    referred = _resident(workspace, admin, "Refa", "Verwezen")
    walk_in = _resident(workspace, admin, "Loopa", "Binnen")
    seq = _last_seq(workspace)
    result = svc.refer(referred, aid, date(2024, 3, 1), note="via huisbezoek")
    svc.join(walk_in, aid, date(2024, 3, 5))

    mine = svc.for_resident(referred)
    assert [(p.activity_id, p.activity_title, p.place, p.since, p.via_referral)
            for p in mine] == [(aid, "Buurtmaaltijd", "Bloemenbuurt", date(2024, 3, 1), True)]
    assert svc.for_resident(walk_in)[0].via_referral is False
    view = svc.participants(aid, date(2024, 4, 1))
    assert (view.count, view.referred, view.unnamed, view.names) == (2, 1, 2, ())
    assert svc.participants(aid, date(2024, 3, 2)).count == 1  # the walk-in came later

    with workspace.store.read() as s:
        referral = s.get(Referral, result.referral_id)
        participation = s.get(Participation, result.participation_id)
    assert referral.activity_id == aid and referral.status == "accepted"
    assert participation.referral_id == referral.id and participation.since == date(2024, 3, 1)
    entries = _audit_since(workspace, seq)
    assert {e.record_type for e in entries if e.client_id == referred} >= {
        "referral", "participation"}
    assert all("huisbezoek" not in (e.detail or "") for e in entries)

    with pytest.raises(Conflict):
        svc.refer(referred, aid, date(2024, 3, 10))
    svc.leave(result.participation_id, date(2024, 3, 31))
    assert svc.participants(aid, date(2024, 4, 1)).referred == 0
    assert svc.participants(aid, date(2024, 3, 31)).referred == 1  # until is the last day
    with pytest.raises(Conflict):
        svc.leave(result.participation_id, date(2024, 4, 2))
    with pytest.raises(ValidationError):
        svc.join(walk_in, aid, TODAY + timedelta(days=1))


def test_referral_with_a_request_of_another_resident_is_refused(workspace, admin, area):
    from wijkdesk.domain.support import CareKind, LegalBasis, LifeDomain
    from wijkdesk.services.support import RequestData
    aid = _activity(workspace, admin, area)
    one = _resident(workspace, admin, "Een", "Proef")
    two = _resident(workspace, admin, "Twee", "Proef")
    rq = workspace.support(admin).open_request(one, RequestData(
        LifeDomain.SOCIAL_NETWORK, "eenzaam", CareKind.SOCIAL, "begeleiding", LegalBasis.WMO,
        date(2024, 1, 1)))
    with pytest.raises(ValidationError):
        workspace.activities(admin).refer(two, aid, date(2024, 2, 1), request_id=rq)
    workspace.activities(admin).refer(one, aid, date(2024, 2, 1), request_id=rq)


def test_no_one_joins_an_ended_activity(workspace, admin, area):
    aid = _activity(workspace, admin, area, ends_on=date(2020, 6, 30))
    rid = _resident(workspace, admin)
    with pytest.raises(ValidationError):
        workspace.activities(admin).refer(rid, aid, date(2020, 7, 1))
    with pytest.raises(ValidationError):
        workspace.activities(admin).join(rid, aid, date(2020, 7, 1))


def test_erased_residents_are_neither_named_nor_counted(workspace, admin, area):
    svc = workspace.activities(admin)
    aid = _activity(workspace, admin, area)
    stays = _resident(workspace, admin, "Blijf", "Hier")
    goes = _resident(workspace, admin, "Weg", "Gaan")
    for rid in (stays, goes):
        svc.refer(rid, aid, date(2024, 1, 1))
        workspace.consents(admin).give(rid, ConsentData("naam tonen", date(2024, 1, 1),
                                                        scope=ConsentScope.COLLECTIVE_NAMES))
    before = svc.participants(aid, date(2024, 2, 1))
    assert (before.count, before.referred, len(before.names)) == (2, 2, 2)
    PrivacyService(workspace.store, admin).erase(goes, "request")
    after = svc.participants(aid, date(2024, 2, 1))
    assert (after.count, after.referred, after.unnamed, after.names) == (1, 1, 0, ("Hier, Blijf",))
    with pytest.raises(NotFound):
        svc.for_resident(goes)


_day = st.integers(min_value=0, max_value=(TODAY - START).days).map(
    lambda n: START + timedelta(days=n))


@st.composite
def _consent_case(draw):
    given_on = draw(_day)
    valid_until = draw(st.none() | st.integers(0, 800).map(lambda n: given_on + timedelta(n)))
    withdrawn = draw(st.none() | st.integers(0, 800).map(
        lambda n: min(given_on + timedelta(n), TODAY)))
    scope = draw(st.sampled_from([ConsentScope.COLLECTIVE_NAMES, ConsentScope.OTHER]))
    return given_on, valid_until, withdrawn, scope


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cases=st.lists(st.one_of(st.none(), _consent_case()), min_size=1, max_size=4),
       on=st.integers(min_value=0, max_value=(TODAY - START).days + 400).map(
           lambda n: START + timedelta(days=n)))
def test_a_name_appears_iff_a_names_consent_is_in_force(workspace, admin, area, cases, on):
    svc = workspace.activities(admin)
    aid = _activity(workspace, admin, area)
    expected = set()
    for n, case in enumerate(cases):
        rid = _resident(workspace, admin, f"Deel{n}", f"Nemer{aid.hex[-6:]}")
        svc.join(rid, aid, START)
        if case is None:
            continue
        given_on, valid_until, withdrawn, scope = case
        cid = workspace.consents(admin).give(rid, ConsentData("naam bij activiteit", given_on,
                                                              valid_until, scope))
        if withdrawn is not None:
            workspace.consents(admin).withdraw(cid, withdrawn)
        # in force on the day looked at AND now: the name is shown today
        if (scope is ConsentScope.COLLECTIVE_NAMES and given_on <= on and withdrawn is None
                and (valid_until is None or valid_until >= max(on, TODAY))):
            expected.add(rid)
    seq = _last_seq(workspace)
    view = svc.participants(aid, on)
    assert view.count == len(cases)
    assert view.unnamed == len(cases) - len(expected)
    names = {f"Nemer{aid.hex[-6:]}, Deel{n}" for n in range(len(cases))}
    assert set(view.names) <= names and len(view.names) == len(expected)
    reads = [e for e in _audit_since(workspace, seq) if e.event == "read"]
    assert sorted(e.client_id for e in reads) == sorted(expected)
    assert all(e.detail and "Nemer" not in e.detail for e in reads)


# Initiatives -----------------------------------------------------------------------------------


def test_initiative_starts_as_an_idea_with_its_first_status_row(workspace, admin, area):
    svc = workspace.initiatives(admin)
    iid = svc.create(InitiativeData("Geveltuinen", area["bu"], date(2024, 1, 10),
                                    idea="Groen in de straat"))
    view = svc.detail(iid)
    assert view.status is InitiativeStatus.IDEA
    assert [(h.status, h.changed_on) for h in view.history] == [
        (InitiativeStatus.IDEA, date(2024, 1, 10))]
    with pytest.raises(ValidationError):
        svc.create(InitiativeData("", area["bu"], date(2024, 1, 10)))
    with pytest.raises(ValidationError):
        svc.create(InitiativeData("Later", area["bu"], TODAY + timedelta(days=1)))
    with pytest.raises(ValidationError):
        svc.create(InitiativeData("Stad", area["gm"], date(2024, 1, 10)))
    assert [r.id for r in svc.list()] == [iid]


def test_status_moves_forward_only_and_not_after_stopping(workspace, admin, area):
    svc = workspace.initiatives(admin)
    iid = svc.create(InitiativeData("Speeltuin", area["bu"], date(2024, 1, 1)))
    svc.advance(iid, InitiativeStatus.SUPPORTED, date(2024, 2, 1))
    svc.advance(iid, InitiativeStatus.SELF_SUSTAINING, date(2024, 3, 1))  # a skip forward
    with pytest.raises(ValidationError, match="only moves forward"):
        svc.advance(iid, InitiativeStatus.RUNNING, date(2024, 4, 1))
    with pytest.raises(ValidationError, match="only moves forward"):
        svc.advance(iid, InitiativeStatus.SELF_SUSTAINING, date(2024, 4, 1))
    with pytest.raises(ValidationError, match="precede"):
        svc.advance(iid, InitiativeStatus.STOPPED, date(2024, 2, 15))
    with pytest.raises(ValidationError, match="future"):
        svc.advance(iid, InitiativeStatus.STOPPED, TODAY + timedelta(days=1))
    svc.advance(iid, InitiativeStatus.STOPPED, date(2024, 5, 1))
    with pytest.raises(ValidationError, match="stopped"):
        svc.advance(iid, InitiativeStatus.SELF_SUSTAINING, date(2024, 6, 1))
    view = svc.detail(iid)
    assert [h.status for h in view.history] == [
        InitiativeStatus.IDEA, InitiativeStatus.SUPPORTED, InitiativeStatus.SELF_SUSTAINING,
        InitiativeStatus.STOPPED]
    row = svc.list()[0]
    assert row.status is InitiativeStatus.STOPPED and row.status_since == date(2024, 5, 1)


def test_support_amounts(workspace, admin, area):
    svc = workspace.initiatives(admin)
    iid = svc.create(InitiativeData("Buurtfeest", area["bu"], date(2024, 1, 1)))
    money = svc.request_support(iid, SupportData(SupportKind.FINANCIAL, date(2024, 1, 5),
                                                 "tent en koffie", amount_asked=50_000))
    help_ = svc.request_support(iid, SupportData(SupportKind.ORGANISATIONAL, date(2024, 1, 5)))
    with pytest.raises(ValidationError, match="Only financial"):
        svc.request_support(iid, SupportData(SupportKind.PROCESS, date(2024, 1, 5),
                                             amount_asked=100))
    with pytest.raises(ValidationError, match="Only financial"):
        svc.record_support(help_, given_on=date(2024, 2, 1), amount_granted=100)
    with pytest.raises(ValidationError, match="paid than was granted"):
        svc.record_support(money, amount_granted=10_000, amount_paid=10_001)
    with pytest.raises(ValidationError, match="accounted for than was paid"):
        svc.record_support(money, amount_granted=10_000, amount_paid=5_000,
                           amount_accounted=6_000)
    with pytest.raises(ValidationError, match="negative"):
        svc.record_support(money, amount_granted=-1)
    with pytest.raises(ValidationError):
        svc.record_support(money, amount_granted=12.5)
    with pytest.raises(ValidationError, match="before it was asked"):
        svc.record_support(money, given_on=date(2024, 1, 1), amount_granted=100)
    # a grant may be larger than what was asked
    svc.record_support(money, given_on=date(2024, 2, 1), amount_granted=60_000,
                       amount_paid=60_000, amount_accounted=45_000)
    svc.record_support(help_, given_on=date(2024, 2, 1))
    items = {x.id: x for x in svc.detail(iid).support}
    assert (items[money].amount_asked, items[money].amount_granted, items[money].amount_paid,
            items[money].amount_accounted) == (50_000, 60_000, 60_000, 45_000)
    assert items[help_].given_on == date(2024, 2, 1) and items[help_].amount_granted == 0
    row = svc.list()[0]
    assert (row.support_items, row.amount_granted, row.amount_paid) == (2, 60_000, 60_000)


def test_initiators_are_checked_and_kept_out_of_the_audit_text(workspace, admin, area):
    svc = workspace.initiatives(admin)
    iid = svc.create(InitiativeData("Repaircafe", area["bu"], date(2024, 1, 1)))
    with pytest.raises(ValidationError):
        svc.add_initiator(iid, "  ")
    with pytest.raises(ValidationError):
        svc.add_initiator(iid, "N" * 161)
    with pytest.raises(ValidationError, match="e-mail"):
        svc.add_initiator(iid, "Initia Tor", email="geen-adres")
    seq = _last_seq(workspace)
    one = svc.add_initiator(iid, "Initia Tor", "0612345678", "initia@example.org")
    entries = _audit_since(workspace, seq)
    assert sorted(entries[-1].fields) == ["email", "name", "phone"]
    assert all("Initia" not in (e.detail or "") for e in entries)
    assert [(i.id, i.name) for i in svc.detail(iid).initiators] == [(one, "Initia Tor")]
    svc.remove_initiator(one)
    assert svc.detail(iid).initiators == ()


def test_episodes_on_an_initiative_carry_the_intensive_flag(workspace, admin, area, pros):
    svc = workspace.initiatives(admin)
    iid = svc.create(InitiativeData("Moestuin", area["bu"], date(2024, 1, 1)))
    svc.log_time(pros["cw"], 240, date(2024, 1, 8), initiative_id=iid, intensive=True,
                 note="opstart")
    svc.log_time(pros["sp"], 30, date(2024, 1, 9), initiative_id=iid)
    episodes = svc.detail(iid).episodes
    assert [(e.professional_type, e.minutes, e.intensive) for e in episodes] == [
        ("social_professional", 30, False), ("community_worker", 240, True)]
    assert svc.list()[0].professional_minutes == 270


def test_an_initiative_grows_into_an_activity(workspace, admin, area):
    svc = workspace.initiatives(admin)
    iid = svc.create(InitiativeData("Samen koken", area["bu"], date(2024, 1, 1)))
    aid = svc.grow_into_activity(iid, ActivityData("Kookclub", area["bu"], date(2024, 3, 1)))
    act = workspace.activities(admin).detail(aid)
    assert act.data.initiative_id == iid and act.initiative_title == "Samen koken"
    view = svc.detail(iid)
    assert view.status is InitiativeStatus.RUNNING
    assert view.history[-1].changed_on == date(2024, 3, 1)
    assert [a.id for a in view.activities] == [aid]
    assert svc.list()[0].activities == 1

    # already beyond running: the status stays; a stopped initiative grows no more
    svc.advance(iid, InitiativeStatus.SELF_SUSTAINING, date(2024, 6, 1))
    svc.grow_into_activity(iid, ActivityData("Kookclub 2", area["bu2"], date(2024, 7, 1)))
    assert svc.detail(iid).status is InitiativeStatus.SELF_SUSTAINING
    svc.advance(iid, InitiativeStatus.STOPPED, date(2024, 8, 1))
    with pytest.raises(Conflict):
        svc.grow_into_activity(iid, ActivityData("Kookclub 3", area["bu"], date(2024, 9, 1)))
    with pytest.raises(ValidationError):
        svc.grow_into_activity(iid, ActivityData("", area["bu"], date(2024, 9, 1)))
    with workspace.store.read() as s:
        assert s.scalar(select(InitiativeStatusChange.id).where(
            InitiativeStatusChange.initiative_id == iid).order_by(
            InitiativeStatusChange.changed_on.desc()).limit(1)) is not None
    assert len(svc.detail(iid).activities) == 2


def test_growing_rolls_back_as_a_whole(workspace, admin, area):
    import uuid
    svc = workspace.initiatives(admin)
    iid = svc.create(InitiativeData("Buurtbieb", area["bu"], date(2024, 1, 1)))
    with pytest.raises(NotFound):
        svc.grow_into_activity(iid, ActivityData("Bieb", uuid.uuid4(), date(2024, 3, 1)))
    assert svc.detail(iid).status is InitiativeStatus.IDEA
    assert workspace.activities(admin).list() == []


def test_initiative_search_and_area_filter(workspace, admin, area):
    svc = workspace.initiatives(admin)
    a = svc.create(InitiativeData("Geveltuinen", area["bu"], date(2024, 1, 1)))
    b = svc.create(InitiativeData("Speelstraat", area["wk2"], date(2024, 2, 1)))
    assert [r.id for r in svc.search("GEVEL")] == [a]
    assert [r.id for r in svc.list(place_id=area["wk"])] == [a]
    assert [r.id for r in svc.list()] == [b, a]



def test_an_accepted_referral_to_an_activity_starts_taking_part_once(workspace, admin, area):
    from wijkdesk.services.consents import ReferralData

    aid = _activity(workspace, admin, area)
    rid = _resident(workspace, admin, "Voor", "Gesteld")
    consents = workspace.consents(admin)
    ref = consents.refer(rid, ReferralData(TODAY, activity_id=aid))  # proposed
    assert workspace.activities(admin).participants(aid).count == 0
    consents.set_referral_status(ref, "accepted")
    view = workspace.activities(admin).participants(aid)
    assert (view.count, view.referred) == (1, 1)
    consents.set_referral_status(ref, "completed")
    consents.set_referral_status(ref, "accepted")  # accepted again: no second participation
    assert workspace.activities(admin).participants(aid).count == 1
    with pytest.raises(NotFound):
        consents.refer(rid, ReferralData(TODAY, activity_id=uuid7()))


def test_taking_part_begins_no_earlier_than_the_activity(workspace, admin, area):
    svc = workspace.activities(admin)
    aid = svc.create(ActivityData("Later", area["bu"], TODAY - timedelta(days=10)))
    rid = _resident(workspace, admin, "Te", "Vroeg")
    with pytest.raises(ValidationError, match="before the activity starts"):
        svc.join(rid, aid, TODAY - timedelta(days=11))


def test_a_gemeente_lists_the_work_of_its_buurten(workspace, admin, area):
    aid = _activity(workspace, admin, area)
    gemeente = next(p.id for p in workspace.places(admin).list() if p.level.value ==
                    "municipality")
    assert aid in {a.id for a in workspace.activities(admin).list(place_id=gemeente)}


def test_a_referral_goes_to_an_initiative_or_an_activity_not_both(workspace, admin, area):
    from wijkdesk.services.consents import ReferralData

    rid = _resident(workspace, admin, "Naar", "Initiatief")
    iid = workspace.initiatives(admin).create(InitiativeData("Buurttuin", area["bu"], START))
    consents = workspace.consents(admin)
    consents.refer(rid, ReferralData(TODAY, initiative_id=iid))
    file = workspace.resident_file(admin).open(rid)
    assert [r.target for r in file.referrals] == ["Buurttuin"]
    with pytest.raises(ValidationError, match="either an activity or an initiative"):
        consents.refer(rid, ReferralData(TODAY, initiative_id=iid,
                                         activity_id=_activity(workspace, admin, area)))
    with pytest.raises(NotFound):
        consents.refer(rid, ReferralData(TODAY, initiative_id=uuid7()))
